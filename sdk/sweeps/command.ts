/**
 * The agent's command line for one sweep run, as W&B's agent builds it (`wandb_agent.py`,
 * `sdk/launch/sweeps/utils.py`; sweeps.md §7): the sweep's `command` template (default
 * `${env} ${interpreter} ${program} ${args}`), each element that is a macro replaced by a list,
 * `${envvar:NAME}` filled in anywhere, and values written as Python's `str()` writes them
 * (`True`, `None`, `0.001`, `1e-05`, `[1, 2]`), so a training script sees the same argv under our
 * agent as under W&B's. Also the run's parameter file (`config-<run>.yaml`, config.yaml format)
 * and the `run` command's JSON read with floats kept as floats (`1.0` stays `1.0`).
 *
 * @example
 * ```ts
 * import { buildCommand } from "./command.ts";
 * const argv = buildCommand({
 *   program: "train.py",
 *   args: { lr: { value: 0.001 }, fast: { value: true } },
 *   argsJsonFile: "wandb/sweep-s/config-r.json",
 *   env: {},
 * });
 * console.assert(argv.join(" ") === "/usr/bin/env python train.py --lr=0.001 --fast=True");
 * ```
 * @module
 */
import { dumpYaml, YamlFloat } from "../../internal/run_files/config_yaml.ts";
import { pyDumps, pyRepr as pyStringRepr } from "../../internal/run_files/_py_json.ts";

/** The suggested values of one run: parameter name → `{ value }`, as the server sends them. */
export type RunArgs = Record<string, { value: unknown }>;

/** W&B's default command template. */
export const DEFAULT_SWEEP_COMMAND: readonly string[] = [
  "${env}",
  "${interpreter}",
  "${program}",
  "${args}",
];

const ENV_VAR_MACRO = /\$\{envvar:([A-Z0-9_]*)\}/g;

/** Inputs of {@linkcode buildCommand}. */
export interface BuildCommandOptions {
  /** The sweep config's `command`; W&B's default when absent or empty. */
  command?: readonly unknown[];
  /** The run command's `program` (the sweep's `program`). */
  program?: string;
  /** The run's suggested values. */
  args: RunArgs;
  /** Path that `${args_json_file}` expands to. */
  argsJsonFile: string;
  /** The environment `${envvar:NAME}` reads. */
  env: Record<string, string | undefined>;
  /** What `${interpreter}` expands to. @default {@linkcode interpreterFor} of the program */
  interpreter?: string[];
  /** The OS (`${env}` is empty on Windows). @default Deno.build.os */
  os?: string;
}

/**
 * The argv of one run.
 *
 * @returns the command and its arguments; macros with no value expand to nothing
 * @example
 * ```ts
 * import { buildCommand } from "./command.ts";
 * const argv = buildCommand({
 *   command: ["${interpreter}", "${program}", "${args_no_hyphens}", "--out=${envvar:OUT}"],
 *   program: "t.py",
 *   args: { n: { value: 3 } },
 *   argsJsonFile: "f.json",
 *   env: { OUT: "/tmp/o" },
 *   interpreter: ["python"],
 * });
 * console.assert(argv.join(" ") === "python t.py n=3 --out=/tmp/o");
 * ```
 */
export function buildCommand(options: BuildCommandOptions): string[] {
  const template = options.command && options.command.length > 0
    ? options.command
    : DEFAULT_SWEEP_COMMAND;
  const vars: Record<string, string[]> = {
    ...argVariants(options.args),
    interpreter: options.interpreter ?? interpreterFor(options.program ?? ""),
    program: options.program !== undefined ? [options.program] : [],
    args_json_file: [options.argsJsonFile],
    env: (options.os ?? Deno.build.os) === "windows" ? [] : ["/usr/bin/env"],
  };
  const out: string[] = [];
  for (const element of template) {
    const c = expandEnvVars(String(element), options.env);
    if (c.startsWith("${") && c.endsWith("}")) out.push(...(vars[c.slice(2, -1)] ?? []));
    else out.push(c);
  }
  return out;
}

/**
 * Fills `${envvar:NAME}` with the variable's value, or `NAME` itself when it is unset (W&B's
 * rule).
 *
 * @example
 * ```ts
 * import { expandEnvVars } from "./command.ts";
 * console.assert(expandEnvVars("${envvar:A}-${envvar:B}", { A: "x" }) === "x-B");
 * ```
 */
export function expandEnvVars(text: string, env: Record<string, string | undefined>): string {
  return text.replace(ENV_VAR_MACRO, (_, name: string) => env[name] ?? name);
}

/**
 * What `${interpreter}` is for a program: `python` for a `.py` file (W&B's only choice), and for
 * a `.ts`/`.js`/`.mjs` file the Deno running this agent with `run -A`.
 *
 * @example
 * ```ts
 * import { interpreterFor } from "./command.ts";
 * console.assert(interpreterFor("train.py")[0] === "python");
 * console.assert(interpreterFor("train.ts").slice(1).join(" ") === "run -A");
 * ```
 */
export function interpreterFor(program: string): string[] {
  if (/\.(ts|mts|js|mjs|tsx|jsx)$/.test(program)) return [Deno.execPath(), "run", "-A"];
  return ["python"];
}

/**
 * The argument macros of W&B's agent for a run's values: `args`, `args_no_equals`,
 * `args_no_hyphens`, `args_no_boolean_flags`, `args_json`, `args_append_hydra`,
 * `args_override_hydra`.
 *
 * @example
 * ```ts
 * import { argVariants } from "./command.ts";
 * const v = argVariants({ a: { value: false }, b: { value: [1, 2.5] } });
 * console.assert(v.args_no_boolean_flags!.join(" ") === "--b=[1, 2.5]");
 * console.assert(v.args_json![0] === '{"a": false, "b": [1, 2.5]}');
 * ```
 */
export function argVariants(args: RunArgs): Record<string, string[]> {
  const flags: string[] = [];
  const noHyphens: string[] = [];
  const noBooleans: string[] = [];
  const noEquals: string[] = [];
  const appendHydra: string[] = [];
  const overrideHydra: string[] = [];
  const dict: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(args)) {
    const value = spec?.value;
    const flag = `${name}=${pyStr(value)}`;
    flags.push(`--${flag}`);
    noHyphens.push(flag);
    noEquals.push(`--${name}`, pyStr(value));
    appendHydra.push(`+${flag}`);
    overrideHydra.push(`++${flag}`);
    if (typeof value === "boolean") {
      if (value) noBooleans.push(`--${name}`);
    } else noBooleans.push(`--${flag}`);
    dict[name] = value;
  }
  return {
    args: flags,
    args_no_equals: noEquals,
    args_no_hyphens: noHyphens,
    args_no_boolean_flags: noBooleans,
    args_json: [pyJsonDumps(dict)],
    args_append_hydra: appendHydra,
    args_override_hydra: overrideHydra,
  };
}

/**
 * Python's `str(value)` of a JSON value: `True`/`False`, `None`, ints as digits, floats in
 * `repr` form (a {@linkcode YamlFloat} or a non-integer number), containers with `repr` items.
 *
 * @example
 * ```ts
 * import { pyStr } from "./command.ts";
 * import { YamlFloat } from "../../internal/run_files/config_yaml.ts";
 * console.assert(pyStr(1e-5) === "1e-05" && pyStr(new YamlFloat(2)) === "2.0");
 * console.assert(pyStr(["a", null, { k: true }]) === "['a', None, {'k': True}]");
 * ```
 */
export function pyStr(value: unknown): string {
  return typeof value === "string" ? value : pyRepr(value);
}

function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "string") return pyStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(", ")}]`;
  if (typeof value === "object" && !(value instanceof YamlFloat)) {
    const items = Object.entries(value as Record<string, unknown>).map(([k, v]) =>
      `${pyStringRepr(k)}: ${pyRepr(v)}`
    );
    return `{${items.join(", ")}}`;
  }
  // Numbers (and YamlFloat) are written as in JSON, where Python's repr agrees.
  return pyDumps(value, { sortKeys: false, nan: "NaN" }).replace(/^NaN$/, "nan")
    .replace(/^(-?)Infinity$/, "$1inf");
}

/**
 * Python's `json.dumps(value)` with its defaults: `", "` and `": "` separators, ASCII only,
 * floats in `repr` form (`1.0`, `1e-05`), `NaN`/`Infinity` as Python writes them.
 *
 * @example
 * ```ts
 * import { pyJsonDumps } from "./command.ts";
 * console.assert(pyJsonDumps({ a: "é", b: 1e-5 }) === '{"a": "\\u00e9", "b": 1e-05}');
 * ```
 */
export function pyJsonDumps(value: unknown): string {
  return pyDumps(value, { sortKeys: false, nan: "NaN" });
}

/**
 * The parameter file of a run (`WANDB_SWEEP_PARAM_PATH`): `wandb_version: 1`, then the args in
 * config.yaml's `{value: ...}` shape, as W&B's `save_config_file_from_dict` writes it.
 *
 * @example
 * ```ts
 * import { paramFileText } from "./command.ts";
 * console.assert(paramFileText({ lr: { value: 0.1 } }) === "wandb_version: 1\n\nlr:\n  value: 0.1\n");
 * console.assert(paramFileText({}) === "wandb_version: 1");
 * ```
 */
export function paramFileText(args: RunArgs): string {
  if (Object.keys(args).length === 0) return "wandb_version: 1";
  return "wandb_version: 1\n\n" + dumpYaml(args);
}

/**
 * Parses a JSON text as W&B's Python agent would: a number written with a fraction or an
 * exponent stays a float even when whole (`1.0` becomes a {@linkcode YamlFloat}), so the run
 * sees `1.0`, not `1`.
 *
 * @example
 * ```ts
 * import { parseJsonKeepingFloats, pyStr } from "./command.ts";
 * const v = parseJsonKeepingFloats('{"a": 1.0, "b": 2}') as Record<string, unknown>;
 * console.assert(pyStr(v.a) === "1.0" && v.b === 2);
 * ```
 */
export function parseJsonKeepingFloats(text: string): unknown {
  return JSON.parse(
    text,
    // deno-lint-ignore no-explicit-any
    function (_key: string, value: unknown, context?: any) {
      if (
        typeof value === "number" && Number.isInteger(value) &&
        typeof context?.source === "string" && /[.eE]/.test(context.source)
      ) return new YamlFloat(value);
      return value;
    } as (key: string, value: unknown) => unknown,
  );
}
