/**
 * The sweep configuration checker: parses a sweep config (YAML text or an object), validates it
 * the way W&B's `sweeps` library does (`sweeps.md` §1–2) and fills its defaults.
 *
 * @module
 */
import { parseDocument, YAMLParseError } from "yaml";
import { hyperbandBands } from "./hyperband.ts";

/**
 * One parameter spec of a sweep (`sweeps.md` §2): `{values}`, `{min, max}`, `{value}`,
 * `{distribution, ...}` or `{parameters: {...}}` for nested parameters.
 *
 * @example
 * ```ts
 * import type { ParameterSpec } from "./config.ts";
 * const lr: ParameterSpec = { distribution: "log_uniform_values", min: 1e-4, max: 1e-1 };
 * ```
 */
export type ParameterSpec = Record<string, unknown>;

/**
 * A sweep configuration (`sweeps.md` §1), as {@linkcode parseSweepConfig} returns it.
 *
 * @example
 * ```ts
 * import type { SweepConfig } from "./config.ts";
 * const c: SweepConfig = { method: "grid", parameters: { a: { values: [1, 2] } } };
 * ```
 */
export interface SweepConfig {
  /** Search strategy. */
  method: "grid" | "random" | "bayes" | "custom";
  /** Parameter name → spec. */
  parameters: Record<string, ParameterSpec>;
  /** The metric the search optimises (required by bayes and hyperband). */
  metric?: {
    name: string;
    goal?: "minimize" | "maximize";
    target?: number;
    impute?: "latest" | "best" | "worst";
    impute_while_running?: "latest" | "best" | "worst" | false;
  };
  /** `{type: "hyperband", min_iter | max_iter + s, eta, strict}`. */
  early_terminate?: Record<string, unknown>;
  /** Training script. */
  program?: string;
  /** Command template. */
  command?: unknown[];
  /** Most runs across all agents. */
  run_cap?: number;
  /** Who runs the search. */
  controller?: { type?: "local" | "cloud" };
  /** UI name. */
  name?: string;
  /** UI description. */
  description?: string;
  /** Other keys (`project`, `entity`, `job`, `apiVersion`...). */
  [key: string]: unknown;
}

/**
 * A sweep configuration W&B would reject; `path` names the offending key (`parameters.lr`).
 *
 * @example
 * ```ts
 * import { parseSweepConfig, SweepConfigError } from "./config.ts";
 * try {
 *   parseSweepConfig({ method: "nope", parameters: { a: { values: [1] } } });
 * } catch (e) {
 *   if (e instanceof SweepConfigError) console.log(e.path); // "method"
 * }
 * ```
 */
export class SweepConfigError extends Error {
  /** Always `"sweep/config"`. */
  readonly code = "sweep/config" as const;
  /** Where in the config the problem is, dotted (`parameters.optimizer.parameters.lr`). */
  readonly path: string;
  /**
   * Creates the error.
   * @param path where in the config, dotted (`""` for the whole document)
   * @param message W&B's message; the path is prefixed to it
   */
  constructor(path: string, message: string) {
    super(path === "" ? message : `${path}: ${message}`);
    this.name = "SweepConfigError";
    this.path = path;
  }
}

const METHODS = ["bayes", "random", "grid", "custom"] as const;
const TOP_KEYS = new Set([
  "apiVersion",
  "kind",
  "controller",
  "description",
  "program",
  "job",
  "image_uri",
  "entity",
  "project",
  "method",
  "command",
  "name",
  "run_cap",
  "metric",
  "early_terminate",
  "parameters",
]);
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * Numbers written as float literals (`1.0`, `3e6`) whose value is a whole number, per object (its
 * keys) or array (its indexes as strings): JavaScript cannot tell `1.0` from `1`, but W&B infers
 * `uniform` vs `int_uniform` from it, and passes `1.0` to the program as a float.
 */
type FloatKeys = WeakMap<object, Set<string>>;

function isNum(v: unknown): v is number {
  return typeof v === "number" && !Number.isNaN(v);
}
/** True when `obj[key]` is an integer literal (a whole number not written as a float). */
function isIntLit(obj: Record<string, unknown>, key: string, floats: FloatKeys): boolean {
  const v = obj[key];
  return typeof v === "number" && Number.isInteger(v) && !floats.get(obj)?.has(key);
}
function isFloatLit(obj: Record<string, unknown>, key: string, floats: FloatKeys): boolean {
  return isNum(obj[key]) && !isIntLit(obj, key, floats);
}
function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Parses YAML keeping which whole numbers were written as floats. */
function parseYaml(text: string): { value: unknown; floats: FloatKeys } {
  let doc;
  try {
    doc = parseDocument(text, { intAsBigInt: true });
  } catch (e) {
    throw yamlError(e);
  }
  if (doc.errors.length > 0) throw yamlError(doc.errors[0]);
  const floats: FloatKeys = new WeakMap();
  const convert = (v: unknown): unknown => {
    if (typeof v === "bigint") return Number(v);
    if (Array.isArray(v)) {
      const out = v.map(convert);
      v.forEach((x, i) => {
        if (typeof x === "number" && Number.isInteger(x)) {
          let s = floats.get(out);
          if (s === undefined) floats.set(out, s = new Set());
          s.add(String(i));
        }
      });
      return out;
    }
    if (isObj(v)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        out[k] = convert(x);
        if (typeof x === "number" && Number.isInteger(x)) {
          let s = floats.get(out);
          if (s === undefined) floats.set(out, s = new Set());
          s.add(k);
        }
      }
      return out;
    }
    return v;
  };
  return { value: convert(doc.toJS()), floats };
}

function yamlError(e: unknown): SweepConfigError {
  if (e instanceof YAMLParseError) {
    const pos = e.linePos?.[0];
    const where = pos ? ` at line ${pos.line}, column ${pos.col}` : "";
    const first = (e.message.split("\n")[0] ?? e.message).replace(
      / at line \d+, column \d+:?$/,
      "",
    );
    return new SweepConfigError(
      "",
      `Sweep config is not valid YAML${where}: ${first} (fix the YAML and retry)`,
    );
  }
  return new SweepConfigError("", `Sweep config is not valid YAML: ${String(e)}`);
}

/**
 * The distribution names a parameter may carry, in W&B's schema matching order (§2).
 *
 * @example
 * ```ts
 * import { DISTRIBUTIONS } from "./config.ts";
 * console.log(DISTRIBUTIONS[0]); // "q_beta"
 * ```
 */
export const DISTRIBUTIONS = [
  "q_beta",
  "beta",
  "categorical",
  "categorical_w_probabilities",
  "int_uniform",
  "uniform",
  "log_normal",
  "log_uniform",
  "inv_log_uniform",
  "normal",
  "q_log_normal",
  "q_log_uniform",
  "q_normal",
  "q_uniform",
  "constant",
  "inv_log_uniform_values",
  "log_uniform_values",
  "q_log_uniform_values",
] as const;
/**
 * A distribution name (`sweeps.md` §2).
 *
 * @example
 * ```ts
 * import type { Distribution } from "./config.ts";
 * const d: Distribution = "int_uniform";
 * ```
 */
export type Distribution = typeof DISTRIBUTIONS[number];

const DEPRECATED: Partial<Record<Distribution, Distribution>> = {
  log_uniform: "log_uniform_values",
  inv_log_uniform: "inv_log_uniform_values",
  q_log_uniform: "q_log_uniform_values",
};

interface Shape {
  /** Keys allowed besides `distribution`. */
  keys: string[];
  /** Keys that must be present. */
  required: string[];
  /** Whether `distribution` must be written (no inference). */
  needsDistribution: boolean;
  defaults: Record<string, unknown>;
}
const QD = { q: 1 };
const NORMAL_D = { mu: 0, sigma: 1 };
const SHAPES: Record<Distribution, Shape> = {
  q_beta: {
    keys: ["a", "b", "q"],
    required: [],
    needsDistribution: true,
    defaults: { a: 1, b: 1, q: 1 },
  },
  beta: { keys: ["a", "b"], required: [], needsDistribution: true, defaults: { a: 1, b: 1 } },
  categorical: { keys: ["values"], required: ["values"], needsDistribution: false, defaults: {} },
  categorical_w_probabilities: {
    keys: ["values", "probabilities"],
    required: ["values", "probabilities"],
    needsDistribution: false,
    defaults: {},
  },
  int_uniform: {
    keys: ["min", "max"],
    required: ["min", "max"],
    needsDistribution: false,
    defaults: {},
  },
  uniform: {
    keys: ["min", "max"],
    required: ["min", "max"],
    needsDistribution: false,
    defaults: {},
  },
  log_normal: { keys: ["mu", "sigma"], required: [], needsDistribution: true, defaults: NORMAL_D },
  log_uniform: {
    keys: ["min", "max"],
    required: ["min", "max"],
    needsDistribution: true,
    defaults: {},
  },
  inv_log_uniform: {
    keys: ["min", "max"],
    required: ["min", "max"],
    needsDistribution: true,
    defaults: {},
  },
  normal: { keys: ["mu", "sigma"], required: [], needsDistribution: true, defaults: NORMAL_D },
  q_log_normal: {
    keys: ["mu", "sigma", "q"],
    required: [],
    needsDistribution: true,
    defaults: { ...NORMAL_D, ...QD },
  },
  q_log_uniform: {
    keys: ["min", "max", "q"],
    required: ["min", "max"],
    needsDistribution: true,
    defaults: QD,
  },
  q_normal: {
    keys: ["mu", "sigma", "q"],
    required: [],
    needsDistribution: true,
    defaults: { ...NORMAL_D, ...QD },
  },
  q_uniform: {
    keys: ["min", "max", "q"],
    required: ["min", "max"],
    needsDistribution: true,
    defaults: QD,
  },
  constant: { keys: ["value"], required: ["value"], needsDistribution: false, defaults: {} },
  inv_log_uniform_values: {
    keys: ["min", "max"],
    required: ["min", "max"],
    needsDistribution: true,
    defaults: {},
  },
  log_uniform_values: {
    keys: ["min", "max"],
    required: ["min", "max"],
    needsDistribution: true,
    defaults: {},
  },
  q_log_uniform_values: {
    keys: ["min", "max", "q"],
    required: ["min", "max"],
    needsDistribution: true,
    defaults: QD,
  },
};

/** Why `spec` does not match distribution `d`, or null when it does (W&B's JSON schema for `d`). */
function mismatch(
  d: Distribution,
  spec: Record<string, unknown>,
  floats: FloatKeys,
): string | null {
  const shape = SHAPES[d];
  if ("distribution" in spec) {
    if (spec.distribution !== d) return `distribution is not ${d}`;
  } else if (shape.needsDistribution) return `needs distribution: ${d}`;
  for (const k of Object.keys(spec)) {
    if (k !== "distribution" && !shape.keys.includes(k)) return `unexpected key "${k}"`;
  }
  for (const k of shape.required) if (!(k in spec)) return `"${k}" is required`;
  for (const k of ["min", "max", "mu", "sigma", "q", "a", "b"]) {
    if (k in spec && !isNum(spec[k])) return `"${k}" must be a number`;
  }
  const num = (k: string) => spec[k] as number;
  if ("sigma" in spec && num("sigma") < 0) return `sigma must be >= 0`;
  if ("q" in spec && num("q") <= 0) return `q must be > 0`;
  if ("a" in spec && num("a") < 0) return `a must be >= 0`;
  if ("b" in spec && num("b") < 0) return `b must be >= 0`;
  if (d.endsWith("_values") && num("min") <= 0) return `min must be > 0`;
  if ("values" in spec && (!Array.isArray(spec.values) || spec.values.length < 1)) {
    return `values must be a non-empty list`;
  }
  if (d === "categorical_w_probabilities") {
    const p = spec.probabilities;
    if (!Array.isArray(p) || p.length < 1 || !p.every((x) => isNum(x) && x >= 0)) {
      return `probabilities must be a non-empty list of numbers >= 0`;
    }
  }
  if (d === "int_uniform" && !(isIntLit(spec, "min", floats) && isIntLit(spec, "max", floats))) {
    return `min and max must be integers`;
  }
  if (d === "uniform" && !("distribution" in spec)) {
    // Inferred only when at least one bound is a float literal (both ints → int_uniform first).
    if (!(isFloatLit(spec, "min", floats) || isFloatLit(spec, "max", floats))) {
      return `min or max must be a float`;
    }
  }
  return null;
}

/**
 * A parameter as the algorithms see it: its path of names, distribution and filled spec.
 *
 * @example
 * ```ts
 * import type { FlatParam } from "./config.ts";
 * const p: FlatParam = { path: ["opt", "lr"], type: "uniform", spec: { min: 0, max: 1 } };
 * ```
 */
export interface FlatParam {
  /** Path of names from the top level (`["optimizer", "lr"]`). */
  path: string[];
  /** Distribution (`constant` for fixed values). */
  type: Distribution;
  /** Spec with defaults filled. */
  spec: Record<string, unknown>;
}

/**
 * Flattens `parameters` in W&B's order: sorted names at every level, nested dicts recursed.
 *
 * @example
 * ```ts
 * import { flattenParameters } from "./config.ts";
 * const flat = flattenParameters({ b: { value: 1 }, a: { parameters: { x: { values: [1] } } } });
 * console.log(flat.map((p) => p.path.join("."))); // ["a.x", "b"]
 * ```
 */
export function flattenParameters(parameters: Record<string, ParameterSpec>): FlatParam[] {
  const out: FlatParam[] = [];
  const walk = (params: Record<string, ParameterSpec>, prefix: string[]) => {
    for (const name of Object.keys(params).sort()) {
      const spec = params[name]!;
      const d = spec.distribution;
      if (d === undefined && isObj(spec.parameters)) {
        walk(spec.parameters as Record<string, ParameterSpec>, [...prefix, name]);
      } else {
        const type = (typeof d === "string" ? d : inferType(spec, new WeakMap())) as Distribution;
        out.push({ path: [...prefix, name], type, spec: { ...SHAPES[type]?.defaults, ...spec } });
      }
    }
  };
  walk(parameters, []);
  return out;
}

function inferType(spec: Record<string, unknown>, floats: FloatKeys): Distribution | null {
  for (const d of DISTRIBUTIONS) if (mismatch(d, spec, floats) === null) return d;
  return null;
}

/** A value as Python prints it (W&B's messages are Python f-strings). */
function fmt(v: unknown): string {
  if (typeof v === "string") return `'${v}'`;
  if (Array.isArray(v)) return `[${v.map(fmt).join(", ")}]`;
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "object") {
    return `{${Object.entries(v).map(([k, x]) => `'${k}': ${fmt(x)}`).join(", ")}}`;
  }
  return String(v);
}

/** Validates one parameter spec; returns the filled spec (distribution explicit). */
function checkParameter(
  name: string,
  path: string,
  spec: unknown,
  floats: FloatKeys,
  warnings: string[],
): Record<string, unknown> {
  if (!isObj(spec)) {
    throw new SweepConfigError(
      path,
      `Invalid configuration for hyperparameter '${name}': expected a mapping such as {values: [...]} or {min: ..., max: ...}`,
    );
  }
  if (!("distribution" in spec) && "parameters" in spec) {
    if (Object.keys(spec).length !== 1 || !isObj(spec.parameters)) {
      throw new SweepConfigError(
        path,
        `Parameter ${name} is malformed: a nested parameter holds only "parameters: {name: spec, ...}"`,
      );
    }
    return { parameters: checkParameters(spec.parameters, `${path}.parameters`, floats, warnings) };
  }
  if (
    "min" in spec && "max" in spec && isNum(spec.min) && isNum(spec.max) && spec.min >= spec.max
  ) {
    throw new SweepConfigError(path, `${name}: min ${spec.min} is not less than max ${spec.max}`);
  }
  if (Array.isArray(spec.values) && Array.isArray(spec.probabilities)) {
    if (spec.values.length !== spec.probabilities.length) {
      throw new SweepConfigError(
        path,
        `Parameter ${name}: values ${fmt(spec.values)} and probabilities ${
          fmt(spec.probabilities)
        } are not the same length`,
      );
    }
    const sum = spec.probabilities.reduce((a: number, b) => a + Number(b), 0);
    if (!(Math.abs(sum - 1) <= 1e-8 + 1e-5)) {
      throw new SweepConfigError(
        path,
        `Parameter ${name}: Probabilities ${fmt(spec.probabilities)} do not sum to 1`,
      );
    }
  }
  const type = inferType(spec, floats);
  if (type === null) {
    const d = spec.distribution;
    let why: string;
    if (d === undefined) {
      why = "give values: [...], value: x, min/max, or a distribution";
    } else if (typeof d !== "string" || !(DISTRIBUTIONS as readonly string[]).includes(d)) {
      why = `unknown distribution ${fmt(d)} (one of ${DISTRIBUTIONS.join(", ")})`;
    } else {
      why = `${mismatch(d as Distribution, spec, floats)} for distribution ${d}` +
        (SHAPES[d as Distribution].required.length > 0
          ? ` (it needs ${SHAPES[d as Distribution].required.join(" and ")})`
          : "");
    }
    throw new SweepConfigError(path, `Parameter ${name} is malformed: ${why}`);
  }
  const replacement = DEPRECATED[type];
  if (replacement !== undefined) {
    warnings.push(
      `${name} uses ${type}, where min/max specify base-e exponents. Use ${replacement} to specify limit values.`,
    );
  }
  return { ...SHAPES[type].defaults, ...spec, distribution: type };
}

function checkParameters(
  params: unknown,
  path: string,
  floats: FloatKeys,
  warnings: string[],
): Record<string, ParameterSpec> {
  if (!isObj(params)) {
    throw new SweepConfigError(path, `${fmt(params)} is not of type 'object'`);
  }
  const names = Object.keys(params);
  if (names.length === 0) {
    throw new SweepConfigError(
      path,
      `{} does not have enough properties (add at least one parameter)`,
    );
  }
  const out: Record<string, ParameterSpec> = {};
  for (const name of names) {
    if (!NAME_RE.test(name)) {
      throw new SweepConfigError(
        `${path}.${name}`,
        `'${name}' does not match '^[A-Za-z_][A-Za-z0-9_.-]*$'`,
      );
    }
    out[name] = checkParameter(name, `${path}.${name}`, params[name], floats, warnings);
  }
  return out;
}

const GRID_TYPES = new Set<Distribution>(["categorical", "constant", "int_uniform", "q_uniform"]);

function checkMetric(metric: unknown, warnings: string[]): SweepConfig["metric"] {
  if (!isObj(metric)) {
    throw new SweepConfigError(
      "metric",
      `invalid type for metric: expected dict, got ${
        Array.isArray(metric) ? "list" : typeof metric
      }`,
    );
  }
  if (typeof metric.name !== "string") {
    throw new SweepConfigError(
      "metric.name",
      `'name' is a required property (the metric to optimise)`,
    );
  }
  for (const k of Object.keys(metric)) {
    if (!["name", "goal", "target", "impute", "impute_while_running"].includes(k)) {
      throw new SweepConfigError(
        `metric.${k}`,
        `Additional properties are not allowed ('${k}' was unexpected)`,
      );
    }
  }
  if ("target" in metric && !isNum(metric.target)) {
    throw new SweepConfigError("metric.target", `${fmt(metric.target)} is not of type 'number'`);
  }
  // W&B reports an invalid goal/impute and replaces it with its default.
  if ("goal" in metric && metric.goal !== "minimize" && metric.goal !== "maximize") {
    warnings.push(`${fmt(metric.goal)} is not one of ['minimize', 'maximize']`);
  }
  if ("impute" in metric && !["latest", "best", "worst"].includes(metric.impute as string)) {
    warnings.push(`${fmt(metric.impute)} is not one of ['latest', 'best', 'worst']`);
  }
  const goal = metric.goal === "maximize" ? "maximize" : "minimize";
  const impute = metric.impute === "latest" || metric.impute === "best" ? metric.impute : "worst";
  const iwr = metric.impute_while_running;
  if (iwr !== undefined && !["latest", "best", "worst", "false", false].includes(iwr as string)) {
    throw new SweepConfigError(
      "metric.impute_while_running",
      `${fmt(iwr)} is not one of ['latest', 'best', 'worst', 'false']`,
    );
  }
  const out: NonNullable<SweepConfig["metric"]> = {
    ...metric,
    name: metric.name,
    goal,
    impute,
    impute_while_running: iwr === "latest" || iwr === "best" || iwr === "worst" ? iwr : false,
  };
  return out;
}

function checkEarlyTerminate(et: unknown): Record<string, unknown> {
  const p = "early_terminate";
  if (!isObj(et)) throw new SweepConfigError(p, `${fmt(et)} is not of type 'object'`);
  if (et.type !== "hyperband") {
    throw new SweepConfigError(`${p}.type`, `${fmt(et.type)} is not one of ['hyperband']`);
  }
  for (const k of Object.keys(et)) {
    if (!["type", "max_iter", "min_iter", "s", "eta", "strict"].includes(k)) {
      throw new SweepConfigError(
        `${p}.${k}`,
        `Additional properties are not allowed ('${k}' was unexpected)`,
      );
    }
  }
  const hasMax = "max_iter" in et && "s" in et;
  if (!hasMax && !("min_iter" in et)) {
    throw new SweepConfigError(p, `hyperband needs min_iter, or max_iter and s`);
  }
  for (const k of ["max_iter", "min_iter"]) {
    if (k in et && !(Number.isInteger(et[k]))) {
      throw new SweepConfigError(`${p}.${k}`, `${fmt(et[k])} is not of type 'integer'`);
    }
  }
  if ("min_iter" in et && (et.min_iter as number) < 1) {
    throw new SweepConfigError(`${p}.min_iter`, `${et.min_iter} is less than the minimum of 1`);
  }
  if ("s" in et && !isNum(et.s)) {
    throw new SweepConfigError(`${p}.s`, `${fmt(et.s)} is not of type 'number'`);
  }
  if ("eta" in et && !(isNum(et.eta) && et.eta > 1)) {
    throw new SweepConfigError(
      `${p}.eta`,
      `${fmt(et.eta)} is less than or equal to the minimum of 1`,
    );
  }
  if ("strict" in et && typeof et.strict !== "boolean") {
    throw new SweepConfigError(`${p}.strict`, `${fmt(et.strict)} is not of type 'boolean'`);
  }
  const filled = { eta: 3, strict: true, ...et };
  if (hyperbandBands(filled).length < 1) {
    throw new SweepConfigError(
      p,
      "Bands must be an array of length at least 1. Try increasing s, decreasing eta, or increasing min_iter.",
    );
  }
  return filled;
}

/**
 * Parses a sweep config (YAML text or an object), validates it against W&B's schema and returns
 * it with defaults filled (every parameter's `distribution` explicit, metric goal/impute) plus
 * W&B's validation warnings (deprecated distributions, unknown top-level keys).
 *
 * @example
 * ```ts
 * import { parseSweepConfig } from "./config.ts";
 * const { config } = parseSweepConfig("method: random\nparameters:\n  lr: {min: 0.001, max: 0.1}\n");
 * console.log(config.parameters.lr!.distribution); // "uniform"
 * ```
 */
export function parseSweepConfig(
  source: string | Record<string, unknown>,
): { config: SweepConfig; warnings: string[] } {
  let raw: unknown;
  let floats: FloatKeys = new WeakMap();
  if (typeof source === "string") {
    ({ value: raw, floats } = parseYaml(source));
  } else {
    raw = structuredClone(source);
  }
  if (!isObj(raw)) {
    throw new SweepConfigError(
      "",
      "Sweep config must be parsable as a JSON object (a YAML mapping)",
    );
  }
  const warnings: string[] = [];
  for (const k of Object.keys(raw)) {
    if (!TOP_KEYS.has(k)) {
      warnings.push(`Additional properties are not allowed ('${k}' was unexpected)`);
    }
  }
  if (!("method" in raw)) {
    throw new SweepConfigError(
      "method",
      `'method' is a required property (one of grid, random, bayes)`,
    );
  }
  if (!(METHODS as readonly unknown[]).includes(raw.method)) {
    throw new SweepConfigError(
      "method",
      `${fmt(raw.method)} is not one of ['bayes', 'random', 'grid', 'custom']`,
    );
  }
  if (!("parameters" in raw)) {
    throw new SweepConfigError("parameters", `'parameters' is a required property`);
  }
  const config = { ...raw } as SweepConfig;
  config.parameters = checkParameters(raw.parameters, "parameters", floats, warnings);
  if ("metric" in raw) config.metric = checkMetric(raw.metric, warnings);
  if ("early_terminate" in raw) {
    config.early_terminate = checkEarlyTerminate(raw.early_terminate);
    if (config.metric === undefined) {
      throw new SweepConfigError(
        "metric",
        `early_terminate (hyperband) requires a "metric" section`,
      );
    }
  }
  if ("run_cap" in raw && !(Number.isInteger(raw.run_cap) && (raw.run_cap as number) > 0)) {
    throw new SweepConfigError(
      "run_cap",
      Number.isInteger(raw.run_cap)
        ? `${fmt(raw.run_cap)} is less than or equal to the minimum of 0`
        : `${fmt(raw.run_cap)} is not of type 'integer'`,
    );
  }
  if ("controller" in raw) {
    const c = raw.controller;
    if (!isObj(c)) throw new SweepConfigError("controller", `${fmt(c)} is not of type 'object'`);
    if (c.type !== "local" && c.type !== "cloud") {
      throw new SweepConfigError(
        "controller.type",
        "type" in c
          ? `${fmt(c.type)} is not one of ['local', 'cloud']`
          : `'type' is a required property`,
      );
    }
  }
  if ("command" in raw && !Array.isArray(raw.command)) {
    throw new SweepConfigError("command", `${fmt(raw.command)} is not of type 'array'`);
  }
  for (const k of ["program", "name", "description", "project", "entity", "job", "image_uri"]) {
    if (k in raw && typeof raw[k] !== "string") {
      throw new SweepConfigError(k, `${fmt(raw[k])} is not of type 'string'`);
    }
  }
  const flat = flattenParameters(config.parameters);
  if (config.method === "grid") {
    for (const p of flat) {
      if (!GRID_TYPES.has(p.type)) {
        throw new SweepConfigError(
          `parameters.${p.path.join(".parameters.")}`,
          `Parameter ${
            p.path.join(".")
          } is a disallowed type with grid search. Grid search requires all parameters to be categorical, constant, int_uniform, or q_uniform. Specification of probabilities for categorical parameters is disallowed in grid search`,
        );
      }
    }
  }
  if (config.method === "bayes") {
    if (config.metric === undefined) {
      throw new SweepConfigError("metric", `Bayesian search requires "metric" section`);
    }
    if (flat.every((p) => p.type === "constant")) {
      throw new SweepConfigError(
        "parameters",
        "Need at least one searchable parameter for bayes search.",
      );
    }
  }
  return { config, warnings };
}

/**
 * The wandb client's defaults before upload (`server-api.md` §10): a parameter with `min`/`max`
 * and no `distribution` gets `int_uniform` (both integers) or `uniform` (both floats); mixed
 * bounds are rejected. Like the client, only top-level parameters are filled. Returns a new object.
 *
 * @example
 * ```ts
 * import { fillClientDefaults } from "./config.ts";
 * const c = fillClientDefaults({ method: "random", parameters: { n: { min: 1, max: 9 } } });
 * console.log((c.parameters as any).n.distribution); // "int_uniform"
 * ```
 */
export function fillClientDefaults(
  config: string | Record<string, unknown>,
): Record<string, unknown> {
  let raw: unknown;
  let floats: FloatKeys = new WeakMap();
  if (typeof config === "string") ({ value: raw, floats } = parseYaml(config));
  else raw = structuredClone(config);
  if (!isObj(raw)) throw new SweepConfigError("", "Sweep config must be a mapping");
  const fill = (params: unknown, path: string): unknown => {
    if (!isObj(params)) return params;
    const out: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(params)) {
      if (!isObj(spec)) {
        out[name] = spec;
        continue;
      }
      const s = { ...spec };
      if (!("distribution" in s) && "min" in s && "max" in s && isNum(s.min) && isNum(s.max)) {
        const minInt = isIntLit(spec, "min", floats);
        const maxInt = isIntLit(spec, "max", floats);
        if (minInt && maxInt) s.distribution = "int_uniform";
        else if (!minInt && !maxInt) s.distribution = "uniform";
        else {
          throw new SweepConfigError(
            `${path}.${name}`,
            `Parameter ${name} is ambiguous, please specify bounds as both floats (for a float_uniform distribution) or ints (for an int_uniform distribution).`,
          );
        }
      }
      out[name] = s;
    }
    return out;
  };
  return { ...raw, parameters: fill(raw.parameters, "parameters") };
}

/** Distributions whose samples W&B passes to the program as floats (the `q_` ones: when q is). */
const FLOAT_DISTRIBUTIONS = new Set<string>([
  "uniform",
  "log_uniform",
  "log_uniform_values",
  "inv_log_uniform",
  "inv_log_uniform_values",
  "normal",
  "log_normal",
  "beta",
]);

/**
 * Per parameter (its path of names as JSON, `["opt","lr"]`), which whole-number values W&B passes
 * to the program as floats: `"all"` for a continuous distribution (and a `q_` one with a float
 * `q`), else the whole numbers its `value` / `values` wrote as float literals (`1.0`). Parameters
 * with none are absent. Throws {@linkcode SweepConfigError} for an invalid config.
 *
 * @example
 * ```ts
 * import { floatParameterValues } from "./config.ts";
 * const f = floatParameterValues("method: grid\nparameters:\n  lr: {values: [1.0, 2]}\n");
 * console.log(f.get('["lr"]')); // Set(1) { 1 }
 * ```
 */
export function floatParameterValues(text: string): Map<string, Set<number> | "all"> {
  const { config } = parseSweepConfig(text);
  const { value: raw, floats } = parseYaml(text);
  const out = new Map<string, Set<number> | "all">();
  const walk = (rawParams: unknown, params: Record<string, ParameterSpec>, prefix: string[]) => {
    for (const [name, spec] of Object.entries(params)) {
      const path = [...prefix, name];
      const rawSpec = isObj(rawParams) && isObj(rawParams[name]) ? rawParams[name] : {};
      if (spec.distribution === undefined && isObj(spec.parameters)) {
        walk(rawSpec.parameters, spec.parameters as Record<string, ParameterSpec>, path);
        continue;
      }
      const d = String(spec.distribution);
      if (FLOAT_DISTRIBUTIONS.has(d) || (d.startsWith("q_") && isFloatLit(rawSpec, "q", floats))) {
        out.set(JSON.stringify(path), "all");
        continue;
      }
      const whole = new Set<number>();
      if (isNum(rawSpec.value) && !isIntLit(rawSpec, "value", floats)) {
        if (Number.isInteger(rawSpec.value)) whole.add(rawSpec.value);
      }
      const values = rawSpec.values;
      if (Array.isArray(values)) {
        values.forEach((v, i) => {
          if (isNum(v) && Number.isInteger(v) && floats.get(values)?.has(String(i))) whole.add(v);
        });
      }
      if (whole.size > 0) out.set(JSON.stringify(path), whole);
    }
  };
  if (isObj(raw)) walk(raw.parameters, config.parameters, []);
  return out;
}
