/**
 * `wandb.sweep()`: creates a sweep on the server and returns its id, as W&B's `wandb.sweep`
 * does: W&B's client defaults filled in (`min`/`max` → `int_uniform` or `uniform`; mixed bounds
 * refused), the config checked before anything is sent (a refused config throws the checker's
 * error, naming where), `UpsertSweep` with W&B's fallbacks, the server's config warnings shown,
 * and the command that starts an agent printed.
 *
 * @example
 * ```ts ignore
 * const id = await sweep({ method: "grid", parameters: { lr: { values: [0.1, 0.01] } } }, { project: "demo" });
 * await agent(id, { fn: train, count: 2 });
 * ```
 * @module
 */
import { fillClientDefaults, parseSweepConfig } from "../../server/sweeps/mod.ts";
import { cliCommand } from "../../cli/command.ts";
import { connect, sweepUrl } from "./_connect.ts";
import { upsertSweep } from "./gql.ts";
import { parseYaml } from "../../internal/run_files/_yaml.ts";
import { YamlFloat } from "../../internal/run_files/config_yaml.ts";

/** Options of {@linkcode sweep}. */
export interface SweepOptions {
  /** Project of the sweep. @default the config's `project`, else settings (WANDB_PROJECT, ...) */
  project?: string;
  /** Entity of the sweep. @default the config's `entity`, else settings, else the key's */
  entity?: string;
  /** Where the lines W&B prints go. @default console.error; `null`: nowhere */
  log?: ((line: string) => void) | null;
  /** Top-level keys set over the config's (the CLI's `--name`, `--program`, `--controller`). */
  overrides?: Record<string, unknown>;
  /** Runs (ids) made before the sweep that it takes as its first results (`--prior_run`). */
  priorRuns?: string[];
}

/** What {@linkcode createSweep} made. */
export interface CreatedSweep {
  /** The sweep id. */
  id: string;
  entity?: string;
  project: string;
  /** `entity/project/id` (the known parts), what `wandb agent` takes. */
  path: string;
  /** The sweep's web page. */
  url?: string;
  /** The server's warnings about the config. */
  warnings: string[];
}

/**
 * Creates a sweep and returns its id.
 *
 * @param config the sweep config: an object, or YAML text
 * @throws {SweepConfigError} `sweep/config` naming the bad key when the config is refused
 * (nothing is sent)
 * @throws {UsageError} with no API key; {@linkcode CommError} when the server refuses it
 * @example
 * ```ts ignore
 * const id = await sweep({ method: "random", parameters: { lr: { min: 0.001, max: 0.1 } } });
 * ```
 */
export async function sweep(
  config: Record<string, unknown> | string,
  options: SweepOptions = {},
): Promise<string> {
  return (await createSweep(config, options)).id;
}

/**
 * {@linkcode sweep} with everything the server answered (the CLI's `sweep` prints it).
 *
 * @throws as {@linkcode sweep}
 * @example
 * ```ts ignore
 * const { path } = await createSweep(yamlText, { project: "demo" });
 * ```
 */
export async function createSweep(
  config: Record<string, unknown> | string,
  options: SweepOptions = {},
): Promise<CreatedSweep> {
  const log = options.log === null ? () => {} : options.log ?? ((l: string) => console.error(l));
  const overrides = options.overrides ?? {};
  let filled = { ...fillClientDefaults(config), ...overrides };
  parseSweepConfig(filled); // throws the checker's SweepConfigError before any request
  if (typeof config === "string") filled = { ...withYamlFloats(config, filled), ...overrides };
  const conn = connect({
    entity: options.entity ?? str(filled.entity),
    project: options.project ?? str(filled.project),
  });
  const made = await upsertSweep(conn.gql, {
    config: filled,
    entity: conn.entity,
    project: conn.project,
    priorRuns: options.priorRuns,
  });
  if (made.warnings.length > 0) {
    log(
      "wandb: WARNING Malformed sweep config detected! This may cause your sweep to behave in unexpected ways.\n" +
        "wandb: WARNING To avoid this, please fix the sweep config schema violations below:\n" +
        made.warnings.map((w, i) => `wandb: WARNING   Violation ${i + 1}. ${w}`).join("\n"),
    );
  }
  const entity = made.entity ?? conn.entity;
  const project = made.project ?? conn.project;
  const path = [entity, project, made.name].filter((x) => x).join("/");
  const url = entity ? sweepUrl(conn.baseUrl, entity, project, made.name) : undefined;
  log(`wandb: Creating sweep with ID: ${made.name}`);
  if (url) log(`wandb: View sweep at: ${url}`);
  log(`wandb: Run sweep agent with: ${cliCommand("agent", path)}`);
  return { id: made.name, entity, project, path, url, warnings: made.warnings };
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

/**
 * The config from YAML text with whole numbers written as floats (`1.0`) kept as floats, so the
 * YAML sent is what W&B's client sends (`yaml.dump` of `yaml.safe_load`); the distributions
 * {@linkcode fillClientDefaults} added are carried over.
 */
function withYamlFloats(text: string, filled: Record<string, unknown>): Record<string, unknown> {
  // Read as the official client reads the file (PyYAML's safe_load), floats marked as floats.
  const typed = parseYaml(text, {
    floats: (n) => (Number.isInteger(n) ? new YamlFloat(n) : n),
  }) as Record<string, unknown>;
  const params = typed.parameters as Record<string, Record<string, unknown>> | undefined;
  const filledParams = filled.parameters as Record<string, Record<string, unknown>> | undefined;
  for (const [name, spec] of Object.entries(filledParams ?? {})) {
    const target = params?.[name];
    if (target && typeof target === "object" && spec?.distribution !== undefined) {
      target.distribution ??= spec.distribution;
    }
  }
  return typed;
}
