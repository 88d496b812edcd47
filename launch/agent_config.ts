/**
 * The launch agent's config file (W&B's `~/.config/wandb/launch-config.yaml`): `queues`,
 * `entity`, `project`, `max_jobs` (`-1`: no limit), `max_schedulers`, `builder`, `registry`,
 * `environment`. Command-line values override the file's.
 *
 * @example
 * ```ts
 * import { parseLaunchConfig } from "./agent_config.ts";
 * const c = parseLaunchConfig("queues: [gpu]\nmax_jobs: -1\nentity: me\n", "launch-config.yaml");
 * console.assert(c.queues?.[0] === "gpu" && c.max_jobs === Infinity && c.entity === "me");
 * ```
 * @module
 */
import { parseYaml } from "../internal/run_files/_yaml.ts";
import { LaunchError } from "./errors.ts";

/** The file's settings, with W&B's names. */
export interface LaunchAgentConfig {
  /** Queues to poll. */
  queues?: string[];
  /** The queues' entity. */
  entity?: string;
  /** The queues' project. @default "model-registry" */
  project?: string;
  /** Most jobs at once (`-1` or `inf`: no limit). */
  max_jobs?: number;
  /** Most sweep schedulers at once. */
  max_schedulers?: number;
  /** Seconds a run stopped from the server may take to exit before the agent stops it. @default 60 */
  stopped_run_timeout?: number;
  /** Image builder settings (kept and sent as the agent config; this package has no builder). */
  builder?: Record<string, unknown>;
  /** Container registry settings. */
  registry?: Record<string, unknown>;
  /** Cloud environment settings. */
  environment?: Record<string, unknown>;
  /** Other fields, kept as given. */
  [key: string]: unknown;
}

/**
 * The default path: `$WANDB_CONFIG_DIR/launch-config.yaml`, else
 * `~/.config/wandb/launch-config.yaml`.
 *
 * @param env the environment
 * @returns the path, or undefined without HOME
 * @example
 * ```ts
 * import { launchConfigPath } from "./agent_config.ts";
 * console.assert(launchConfigPath({ HOME: "/h" }) === "/h/.config/wandb/launch-config.yaml");
 * ```
 */
export function launchConfigPath(env: Record<string, string | undefined>): string | undefined {
  const dir = env.WANDB_CONFIG_DIR ?? (env.HOME ? `${env.HOME}/.config/wandb` : undefined);
  return dir === undefined ? undefined : `${dir}/launch-config.yaml`;
}

/**
 * Reads a launch config file; a missing file at the default path is an empty config.
 *
 * @param path the file
 * @param required an explicit `--config` path must exist
 * @returns the config
 * @throws {LaunchError} `launch/config` naming the file for unreadable YAML or bad values
 * @example
 * ```ts ignore
 * const config = await readLaunchConfig("launch-config.yaml", true);
 * ```
 */
export async function readLaunchConfig(path: string, required = false): Promise<LaunchAgentConfig> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (err) {
    if (!required && err instanceof Deno.errors.NotFound) return {};
    throw new LaunchError(
      "launch/config",
      `Cannot read the launch config ${path}: ${(err as Error).message}; check the --config path`,
    );
  }
  return parseLaunchConfig(text, path);
}

/**
 * Parses and checks a launch config's text.
 *
 * @param text YAML
 * @param where the file, for messages
 * @returns the config
 * @throws {LaunchError} `launch/config`
 * @example
 * ```ts
 * import { parseLaunchConfig } from "./agent_config.ts";
 * console.assert(parseLaunchConfig("queues: q1\n", "c.yaml").queues?.[0] === "q1");
 * ```
 */
export function parseLaunchConfig(text: string, where: string): LaunchAgentConfig {
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (err) {
    throw new LaunchError(
      "launch/config",
      `The launch config ${where} is not valid YAML: ${
        (err as Error).message.split("\n")[0]
      }; fix the file`,
    );
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new LaunchError(
      "launch/config",
      `The launch config ${where} is not a mapping; write key: value lines`,
    );
  }
  const c = { ...(raw as Record<string, unknown>) } as LaunchAgentConfig;
  const bad = (key: string, want: string) =>
    new LaunchError(
      "launch/config",
      `The launch config ${where} has a bad ${key}: ${JSON.stringify(c[key])}; use ${want}`,
    );
  if (typeof c.queues === "string") c.queues = [c.queues];
  if (
    c.queues !== undefined &&
    (!Array.isArray(c.queues) || c.queues.some((q) => typeof q !== "string"))
  ) {
    throw bad("queues", "a list of queue names");
  }
  for (const key of ["max_jobs", "max_schedulers"] as const) {
    const v = c[key] as unknown;
    if (v === undefined || v === null) {
      delete c[key];
      continue;
    }
    const n = v === "inf" || v === -1 ? Infinity : Number(v);
    if (!(n === Infinity || (Number.isInteger(n) && n > 0))) {
      throw bad(key, "a positive integer or -1");
    }
    c[key] = n;
  }
  for (const key of ["entity", "project"] as const) {
    if (c[key] !== undefined && typeof c[key] !== "string") throw bad(key, "a name");
  }
  return c;
}
