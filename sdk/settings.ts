/**
 * One settings resolver. Sources, lowest to highest: built-in defaults < global settings file
 * (`$WANDB_CONFIG_DIR/settings`, default `~/.config/wandb/settings`) < workspace file
 * (`<root_dir>/wandb/settings`) < `WANDB_*` environment variables < `setup()` < `init()` arguments
 * (protocol README §2.3). Setting names are W&B's. When a later source overrides a value set by an
 * earlier non-default source, the user is told once, in one line.
 *
 * Permissions: `--allow-env` (WANDB_*, HOME), `--allow-read` of the two settings files.
 *
 * @example
 * ```ts
 * import { resolveSettings } from "./settings.ts";
 * const s = resolveSettings({ init: { project: "demo", mode: "offline" }, env: {}, files: false });
 * console.assert(s.settings.project === "demo" && s.settings.mode === "offline");
 * ```
 * @module
 */
import { randomId } from "../internal/ids.ts";
import { SettingsError } from "./errors.ts";

/** Run modes after aliasing (`dryrun` → offline, `run` → online). */
export type Mode = "online" | "offline" | "disabled";
/** Resume policies (`true` in init means `auto`). */
export type ResumeMode = "allow" | "must" | "never" | "auto";

/** Resolved settings, with W&B's names. */
export interface Settings {
  /** Where the run goes. @default "online" */
  mode: Mode;
  /** Project. @default "uncategorized" */
  project: string;
  /** Entity (user or team); the key's default when unset. */
  entity?: string;
  /** 8 random characters from `a-z0-9` unless given. */
  run_id: string;
  /** Display name. */
  run_name?: string;
  /** Notes. */
  run_notes?: string;
  /** Tags. @default [] */
  run_tags: string[];
  /** Group. */
  run_group?: string;
  /** Job type. */
  run_job_type?: string;
  /** Resume mode (W&B's rules). */
  resume?: ResumeMode;
  /** Parent of the `wandb/` directory. @default Deno.cwd() */
  root_dir: string;
  /** The W&B server. @default "https://api.wandb.ai" */
  base_url: string;
  /** API key (else `WANDB_API_KEY` or netrc); never logged. */
  api_key?: string;
  /** How console output is captured. @default "auto" */
  console: "auto" | "off" | "wrap" | "redirect";
  /** No output from the SDK. @default false */
  silent: boolean;
  /** Only warnings and errors. @default false */
  quiet: boolean;
  /** Do not record git state. @default false */
  disable_git: boolean;
  /** Do not save the program's code. @default false */
  disable_code: boolean;
  /** Seconds between system-metric samples. @default 15 */
  x_stats_sampling_interval: number;
  /** No system metrics. @default false */
  x_disable_stats: boolean;
  /** Seconds to wait for the run to start. @default 90 */
  init_timeout: number;
  /** Throw on a decreasing step instead of dropping the row with a warning. @default false */
  x_strict_steps: boolean;
  /**
   * Make no `job` artifact at finish (W&B's `disable_job_creation`; W&B 0.30 makes none unless
   * this is `false`, and neither do we). @default true
   */
  disable_job_creation: boolean;
  /** The Docker image the run executes in (`WANDB_DOCKER`): the source of an `image` job. */
  docker?: string;
  /** The job artifact's name instead of the one made from its source (`job_name`). */
  job_name?: string;
  /** The job's source instead of the first found (repo, then artifact, then image). */
  job_source?: "repo" | "artifact" | "image";
  /** Program path reported in metadata. */
  program?: string;
  /** Host name reported in metadata. */
  host?: string;
  /** The sweep this run belongs to. */
  sweep_id?: string;
  /** The sweep run's parameter file (`WANDB_SWEEP_PARAM_PATH`, config.yaml format). */
  sweep_param_path?: string;
  /** Started by a launch agent (`WANDB_LAUNCH`): `WANDB_CONFIG` overrides the config. */
  launch?: boolean;
  /** GraphQL retries (W&B default: no count limit, 7 days). */
  x_graphql_retry_max?: number;
  /** First GraphQL retry wait. @default 1 */
  x_graphql_retry_wait_min_seconds?: number;
  /** Longest GraphQL retry wait. @default 300 */
  x_graphql_retry_wait_max_seconds?: number;
  /** GraphQL request timeout. @default 20 */
  x_graphql_timeout_seconds?: number;
  /** file_stream retries. @default 30 */
  x_file_stream_retry_max?: number;
  /** First file_stream retry wait. @default 2 */
  x_file_stream_retry_wait_min_seconds?: number;
  /** Longest file_stream retry wait. @default 300 */
  x_file_stream_retry_wait_max_seconds?: number;
  /** file_stream request timeout. @default 180 */
  x_file_stream_timeout_seconds?: number;
  /** Fixed seconds between file_stream posts (W&B's schedule: 2 s, then 10 s, then 30 s). */
  x_file_stream_transmit_interval?: number;
  /** Seconds between polls asking the server whether the run was stopped (0: never). @default 15 */
  x_stop_polling_interval?: number;
}

/** Settings as given by a user or read from a source (strings are parsed). */
export type SettingsInput = { [K in keyof Settings]?: Settings[K] | string };

const DEFAULTS = {
  mode: "online",
  project: "uncategorized",
  run_tags: [] as string[],
  base_url: "https://api.wandb.ai",
  console: "auto",
  silent: false,
  quiet: false,
  disable_git: false,
  disable_code: false,
  x_stats_sampling_interval: 15,
  x_disable_stats: false,
  init_timeout: 90,
  x_strict_steps: false,
  disable_job_creation: true,
} as const;

type Kind = "string" | "bool" | "number" | "list";
const KINDS: Record<keyof Settings, Kind> = {
  mode: "string",
  project: "string",
  entity: "string",
  run_id: "string",
  run_name: "string",
  run_notes: "string",
  run_tags: "list",
  run_group: "string",
  run_job_type: "string",
  resume: "string",
  root_dir: "string",
  base_url: "string",
  api_key: "string",
  console: "string",
  silent: "bool",
  quiet: "bool",
  disable_git: "bool",
  disable_code: "bool",
  x_stats_sampling_interval: "number",
  x_disable_stats: "bool",
  init_timeout: "number",
  x_strict_steps: "bool",
  disable_job_creation: "bool",
  docker: "string",
  job_name: "string",
  job_source: "string",
  program: "string",
  host: "string",
  sweep_id: "string",
  sweep_param_path: "string",
  launch: "bool",
  x_graphql_retry_max: "number",
  x_graphql_retry_wait_min_seconds: "number",
  x_graphql_retry_wait_max_seconds: "number",
  x_graphql_timeout_seconds: "number",
  x_file_stream_retry_max: "number",
  x_file_stream_retry_wait_min_seconds: "number",
  x_file_stream_retry_wait_max_seconds: "number",
  x_file_stream_timeout_seconds: "number",
  x_file_stream_transmit_interval: "number",
  x_stop_polling_interval: "number",
};

/** Environment variables whose setting name is not the lower-cased suffix (README §2.1). */
const ENV_ALIASES: Record<string, keyof Settings> = {
  WANDB_DIR: "root_dir",
  WANDB_NAME: "run_name",
  WANDB_NOTES: "run_notes",
  WANDB_TAGS: "run_tags",
  WANDB_JOB_TYPE: "run_job_type",
  WANDB_RUN_GROUP: "run_group",
};

/** A source of settings, with the name shown to users. */
export interface SettingsSource {
  /** e.g. `WANDB_PROJECT`, `init()`, `/home/u/.config/wandb/settings` */
  name: string;
  values: SettingsInput;
  /** Per-key names, when one source has several (env vars). */
  keyNames?: Partial<Record<keyof Settings, string>>;
}

/** Inputs to {@linkcode resolveSettings}. */
export interface ResolveOptions {
  /** `init()` arguments, mapped to setting names. */
  init?: SettingsInput;
  /** `setup()` settings. */
  setup?: SettingsInput;
  /** Environment (defaults to `Deno.env.toObject()` where permitted). */
  env?: Record<string, string>;
  /** Read the settings files. @default true */
  files?: boolean;
  /** Override of the global config dir (else WANDB_CONFIG_DIR or ~/.config/wandb). */
  configDir?: string;
}

/** The result: the settings and the one-line override notices not yet shown in this process. */
export interface Resolved {
  settings: Settings;
  /** Where each value came from. */
  sources: Partial<Record<keyof Settings, string>>;
  /** Override notices to print (each is shown once per process). */
  notices: string[];
}

const shownNotices = new Set<string>();

/**
 * Resolves settings from every source and validates them.
 *
 * @throws {SettingsError} naming the setting for an unknown mode, bad run id, bad resume value, ...
 * @example
 * ```ts
 * import { resolveSettings } from "./settings.ts";
 * const r = resolveSettings({ env: { WANDB_PROJECT: "a" }, init: { project: "b" }, files: false });
 * console.assert(r.settings.project === "b" && r.notices.length === 1);
 * ```
 */
export function resolveSettings(options: ResolveOptions = {}): Resolved {
  const env = options.env ?? processEnv();
  const envSource = envToSource(env);
  const early: SettingsSource[] = [envSource];
  if (options.setup) early.push({ name: "setup()", values: options.setup });
  if (options.init) early.push({ name: "init()", values: options.init });
  const sources: SettingsSource[] = [];
  if (options.files !== false) {
    // root_dir decides where the workspace file is, so take it from env/setup/init first.
    let root = Deno.cwd();
    for (const s of early) if (s.values.root_dir) root = String(s.values.root_dir);
    const global = globalSettingsPath(env, options.configDir);
    if (global) pushFile(sources, global);
    pushFile(sources, `${root}/wandb/settings`);
  }
  sources.push(...early);

  const values: Record<string, unknown> = { ...DEFAULTS, run_tags: [] };
  const from: Partial<Record<keyof Settings, string>> = {};
  const notices: string[] = [];
  for (const source of sources) {
    for (const [k, raw] of Object.entries(source.values)) {
      if (raw === undefined) continue;
      const key = k as keyof Settings;
      if (!(key in KINDS)) continue;
      const name = source.keyNames?.[key] ?? source.name;
      const value = parseValue(key, raw, name);
      const prev = from[key];
      if (prev !== undefined && !sameValue(values[key], value)) {
        const shown = key === "api_key" ? "" : ` = ${JSON.stringify(value)}`;
        const notice = `wandb: ${name} sets ${key}${shown}, overriding the value from ${prev}`;
        if (!shownNotices.has(notice)) {
          shownNotices.add(notice);
          notices.push(notice);
        }
      }
      values[key] = value;
      from[key] = name;
    }
  }
  values.mode = normalizeMode(values.mode, from.mode);
  if (values.run_id === undefined) values.run_id = generateRunId();
  if (values.root_dir === undefined) values.root_dir = Deno.cwd();
  const settings = values as unknown as Settings;
  validate(settings, from);
  settings.base_url = settings.base_url.replace(/\/+$/, "");
  return { settings, sources: from, notices };
}

/**
 * The global settings file: `<configDir>/settings`, the config dir being `configDir`, else
 * `WANDB_CONFIG_DIR`, else `$HOME/.config/wandb`; undefined when none of them is set.
 *
 * @example
 * ```ts
 * import { globalSettingsPath } from "./settings.ts";
 * console.assert(globalSettingsPath({ HOME: "/h" }) === "/h/.config/wandb/settings");
 * console.assert(globalSettingsPath({ WANDB_CONFIG_DIR: "/c", HOME: "/h" }) === "/c/settings");
 * ```
 */
export function globalSettingsPath(
  env: Record<string, string | undefined>,
  configDir?: string,
): string | undefined {
  const dir = configDir ?? env.WANDB_CONFIG_DIR ??
    (env.HOME ? `${env.HOME}/.config/wandb` : undefined);
  return dir === undefined ? undefined : `${dir}/settings`;
}

/**
 * The process environment, or `{}` without `--allow-env` (what the resolver reads by default).
 *
 * @example
 * ```ts
 * import { processEnv } from "./settings.ts";
 * console.assert(typeof processEnv() === "object");
 * ```
 */
export function processEnv(): Record<string, string> {
  try {
    return Deno.env.toObject();
  } catch {
    return {};
  }
}

function envToSource(env: Record<string, string>): SettingsSource {
  const values: SettingsInput = {};
  const keyNames: Partial<Record<keyof Settings, string>> = {};
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith("WANDB_")) continue;
    const key = ENV_ALIASES[name] ?? (name.slice(6).toLowerCase() as keyof Settings);
    if (!(key in KINDS)) continue;
    (values as Record<string, string>)[key] = value;
    keyNames[key] = name;
  }
  return { name: "environment", values, keyNames };
}

function pushFile(sources: SettingsSource[], path: string): void {
  let text: string;
  try {
    text = Deno.readTextFileSync(path);
  } catch {
    return; // a missing or unreadable settings file is not an error
  }
  sources.push({ name: path, values: parseIni(text) });
}

/**
 * Parses the `[default]` section of a W&B settings file (INI).
 *
 * @example
 * ```ts
 * import { parseIni } from "./settings.ts";
 * console.assert(parseIni("[default]\nproject = p\n").project === "p");
 * ```
 */
export function parseIni(text: string): SettingsInput {
  const out: Record<string, string> = {};
  let section = "";
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (!t || t.startsWith("#") || t.startsWith(";")) continue;
    const m = /^\[(.+)\]$/.exec(t);
    if (m) {
      section = m[1]!.trim();
      continue;
    }
    const eq = t.search(/[=:]/);
    if (section !== "default" || eq < 0) continue;
    out[t.slice(0, eq).trim()] = t.slice(eq + 1).trim();
  }
  return out as SettingsInput;
}

function parseValue(key: keyof Settings, raw: unknown, source: string): unknown {
  const kind = KINDS[key];
  if (kind === "list") {
    if (Array.isArray(raw)) return raw.map(String);
    return String(raw).split(",").map((s) => s.trim()).filter(Boolean);
  }
  if (kind === "bool") {
    if (typeof raw === "boolean") return raw;
    const s = String(raw).toLowerCase();
    if (["1", "true", "yes", "on", "y", "t"].includes(s)) return true;
    if (["0", "false", "no", "off", "n", "f", ""].includes(s)) return false;
    throw new SettingsError(
      key,
      `${JSON.stringify(raw)} is not a boolean`,
      "use true or false",
      source,
    );
  }
  if (kind === "number") {
    const n = typeof raw === "number" ? raw : Number(String(raw));
    if (!Number.isFinite(n) || n < 0) {
      throw new SettingsError(
        key,
        `${JSON.stringify(raw)} is not a non-negative number`,
        "use a number of seconds",
        source,
      );
    }
    return n;
  }
  if (key === "resume" && typeof raw === "boolean") return raw ? "auto" : undefined;
  return String(raw);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function normalizeMode(mode: unknown, source = "defaults"): Mode {
  switch (mode) {
    case "online":
    case "run":
      return "online";
    case "offline":
    case "dryrun":
      return "offline";
    case "disabled":
      return "disabled";
  }
  throw new SettingsError(
    "mode",
    `unknown mode ${JSON.stringify(mode)}`,
    "use online, offline or disabled",
    source,
  );
}

const RUN_ID = /^[A-Za-z0-9_.-]{1,128}$/;
const BAD_PROJECT = /[/\\#?%:]/;

function validate(s: Settings, from: Partial<Record<keyof Settings, string>>): void {
  if (!RUN_ID.test(s.run_id)) {
    throw new SettingsError(
      "run_id",
      `${
        JSON.stringify(s.run_id)
      } has characters other than letters, digits, "-", "_" and "." or is longer than 128`,
      'pick an id such as "abc123"',
      from.run_id,
    );
  }
  if (s.resume !== undefined && !["allow", "must", "never", "auto"].includes(s.resume)) {
    throw new SettingsError(
      "resume",
      `unknown value ${JSON.stringify(s.resume)}`,
      "use allow, must, never or auto",
      from.resume,
    );
  }
  if (!s.project || s.project.length > 128 || BAD_PROJECT.test(s.project)) {
    throw new SettingsError(
      "project",
      `${
        JSON.stringify(s.project)
      } is empty, longer than 128 characters or contains one of / \\ # ? % :`,
      "choose a plain project name",
      from.project,
    );
  }
  if (!["auto", "off", "wrap", "redirect", "wrap_raw", "wrap_emu"].includes(s.console)) {
    throw new SettingsError(
      "console",
      `unknown value ${JSON.stringify(s.console)}`,
      "use auto, off, wrap or redirect",
      from.console,
    );
  }
  if (s.job_source !== undefined && !["repo", "artifact", "image"].includes(s.job_source)) {
    throw new SettingsError(
      "job_source",
      `unknown value ${JSON.stringify(s.job_source)}`,
      "use repo, artifact or image",
      from.job_source,
    );
  }
  if (s.x_stats_sampling_interval <= 0) {
    throw new SettingsError(
      "x_stats_sampling_interval",
      "must be positive",
      "use a number of seconds such as 15",
      from.x_stats_sampling_interval,
    );
  }
}

/**
 * A run id as W&B makes them: 8 cryptographically random characters from `a-z0-9` (W&B's
 * `generate_id`; its artifact client ids are the same with 128 characters).
 *
 * @example
 * ```ts
 * import { generateRunId } from "./settings.ts";
 * console.assert(/^[a-z0-9]{8}$/.test(generateRunId()));
 * ```
 */
export function generateRunId(length = 8): string {
  return randomId(length);
}
