/**
 * The run's `files/config.yaml` (protocol README §3.2): the text `wandb_version: 1`, then, for
 * a non-empty config, a blank line and a block mapping where every top-level key is wrapped as
 * `{desc: null, value: <value>}`, byte for byte what wandb writes with PyYAML's `SafeDumper`
 * (`default_flow_style=False`, `sort_keys=False`, `allow_unicode=True`).
 *
 * Numbers: JavaScript has one number type, Python two. A safe integer is written as a Python
 * `int` (`3`), any other number as a Python `float` in `repr` form (`0.01`, `1.0e-05`, `.inf`,
 * `.nan`). Wrap a whole number in {@linkcode yamlFloat} to write it as a float (`1.0`), or use a
 * `bigint` for an exact big integer. Object keys are strings (`'1':`); use a `Map` with number
 * keys to get Python int keys (`1:`), as in `_wandb.t`.
 *
 * @example
 * ```ts
 * import { formatConfigYaml, parseConfigYaml } from "./config_yaml.ts";
 * const text = formatConfigYaml({ lr: 0.01 });
 * console.assert(text === "wandb_version: 1\n\nlr:\n  desc: null\n  value: 0.01\n");
 * console.assert(parseConfigYaml(text).lr === 0.01);
 * ```
 * @module
 */
import { emitYaml, parseYaml, type YamlNode, YamlSyntaxError } from "./_yaml.ts";
import { pythonFloatRepr } from "./_python_repr.ts";

export { YamlSyntaxError };

/** A value that `config.yaml` cannot hold, with the key path where it was found. */
export class ConfigYamlValueError extends TypeError {
  /** The class name. */
  override name = "ConfigYamlValueError";
  /** Stable error code. */
  readonly code = "config-yaml/unsupported-value";
  /**
   * Creates the error.
   *
   * @param keyPath where the value was found, e.g. `model.layers[2]`
   * @param got a short description of what was found
   */
  constructor(readonly keyPath: string, got: string) {
    super(
      `Cannot write "${keyPath}" to config.yaml: got ${got}; use a number, bigint, boolean, string, null, array or plain object`,
    );
  }
}

/**
 * A number that `config.yaml` writes as a Python float even when it is whole (`1.0`).
 * JSON-encodes as the plain number.
 *
 * @example
 * ```ts
 * import { formatConfigYaml, YamlFloat } from "./config_yaml.ts";
 * console.assert(formatConfigYaml({ t: new YamlFloat(2) }).endsWith("value: 2.0\n"));
 * ```
 */
export class YamlFloat {
  /**
   * Wraps a number.
   *
   * @param value the number
   */
  constructor(readonly value: number) {}
  /** The plain number, so `JSON.stringify` is unaffected. */
  toJSON(): number {
    return this.value;
  }
}

/**
 * Marks a number to be written as a float ({@linkcode YamlFloat}).
 *
 * @example
 * ```ts
 * import { formatConfigYaml, yamlFloat } from "./config_yaml.ts";
 * console.assert(formatConfigYaml({ start_time: yamlFloat(1712139300) }).includes("1712139300.0"));
 * ```
 */
export function yamlFloat(value: number): YamlFloat {
  return new YamlFloat(value);
}

/**
 * Formats a number as Python's `repr(float)`, adjusted by PyYAML's float representer
 * (lower case, `.0` before a bare exponent, `.inf` / `-.inf` / `.nan`).
 *
 * @example
 * ```ts
 * import { pythonFloatYaml } from "./config_yaml.ts";
 * console.assert(pythonFloatYaml(1e-5) === "1.0e-05");
 * console.assert(pythonFloatYaml(3) === "3.0");
 * ```
 */
export function pythonFloatYaml(x: number): string {
  if (Number.isNaN(x)) return ".nan";
  if (x === Infinity) return ".inf";
  if (x === -Infinity) return "-.inf";
  const r = pythonFloatRepr(x);
  return !r.includes(".") && r.includes("e") ? r.replace("e", ".0e") : r;
}

function describe(v: unknown): string {
  if (typeof v === "function") return "a function";
  if (typeof v === "symbol") return "a symbol";
  if (typeof v === "object" && v !== null) {
    return `an instance of ${(v as { constructor?: { name?: string } }).constructor?.name ?? "?"}`;
  }
  return typeof v;
}

function scalarKey(k: unknown, path: string): YamlNode {
  const node = represent(k, path, new Set());
  if (node.kind !== "scalar") throw new ConfigYamlValueError(path, "a non-scalar Map key");
  return node;
}

/** PyYAML's SafeRepresenter for JavaScript values. */
function represent(v: unknown, path: string, seen: Set<object>): YamlNode {
  if (v === null || v === undefined) return { kind: "scalar", tag: "null", value: "null" };
  switch (typeof v) {
    case "boolean":
      return { kind: "scalar", tag: "bool", value: v ? "true" : "false" };
    case "string":
      return { kind: "scalar", tag: "str", value: v };
    case "bigint":
      return { kind: "scalar", tag: "int", value: v.toString() };
    case "number":
      return Number.isSafeInteger(v) && !Object.is(v, -0)
        ? { kind: "scalar", tag: "int", value: String(v) }
        : { kind: "scalar", tag: "float", value: pythonFloatYaml(v) };
    case "object":
      break;
    default:
      throw new ConfigYamlValueError(path, describe(v));
  }
  if (v instanceof YamlFloat) {
    return { kind: "scalar", tag: "float", value: pythonFloatYaml(v.value) };
  }
  if (seen.has(v)) throw new ConfigYamlValueError(path, "a circular reference");
  seen.add(v);
  try {
    if (Array.isArray(v) || ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const items = Array.from(
        v as ArrayLike<unknown>,
        (x, i) => represent(x, `${path}[${i}]`, seen),
      );
      return { kind: "seq", items };
    }
    if (v instanceof Map) {
      const pairs: Array<[YamlNode, YamlNode]> = [];
      for (const [k, x] of v) {
        pairs.push([scalarKey(k, path), represent(x, `${path}.${String(k)}`, seen)]);
      }
      return { kind: "map", pairs };
    }
    const toJSON = (v as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") return represent(toJSON.call(v), path, seen);
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) {
      throw new ConfigYamlValueError(path, describe(v));
    }
    const pairs: Array<[YamlNode, YamlNode]> = [];
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) continue;
      pairs.push([
        { kind: "scalar", tag: "str", value: k },
        represent(x, path ? `${path}.${k}` : k, seen),
      ]);
    }
    return { kind: "map", pairs };
  } finally {
    seen.delete(v);
  }
}

/**
 * Serializes a value the way PyYAML's `SafeDumper` would with wandb's settings, without the
 * `config.yaml` wrapping. Shared references are written out in full (no `&id001` anchors).
 *
 * @throws {ConfigYamlValueError} for functions, symbols, class instances and cycles
 * @example
 * ```ts
 * import { dumpYaml } from "./config_yaml.ts";
 * console.assert(dumpYaml({ a: [1, "x y"], b: "" }) === "a:\n- 1\n- x y\nb: ''\n");
 * ```
 */
export function dumpYaml(value: unknown, options: DumpYamlOptions = {}): string {
  return emitYaml(represent(value, "", new Set()), options);
}

/** Options of {@linkcode dumpYaml}. */
export interface DumpYamlOptions {
  /**
   * Single-quote strings that start with `0` (`'008'`), as W&B's `NonOctalStringDumper` does for
   * sweep configs, so a YAML 1.2 reader does not take them for numbers.
   */
  quoteLeadingZero?: boolean;
}

/**
 * Formats the config as wandb's `config.yaml`.
 *
 * @param config top-level keys in the order to write them (values unwrapped)
 * @returns the file text: `wandb_version: 1` alone for an empty config, else ending with `\n`
 * @throws {ConfigYamlValueError} for a value YAML cannot hold
 * @example
 * ```ts
 * import { formatConfigYaml } from "./config_yaml.ts";
 * console.assert(formatConfigYaml({}) === "wandb_version: 1");
 * ```
 */
export function formatConfigYaml(config: Record<string, unknown>): string {
  const pairs: Array<[YamlNode, YamlNode]> = [];
  for (const [k, v] of Object.entries(config)) {
    if (v === undefined) continue;
    pairs.push([{ kind: "scalar", tag: "str", value: k }, {
      kind: "map",
      pairs: [
        [{ kind: "scalar", tag: "str", value: "desc" }, {
          kind: "scalar",
          tag: "null",
          value: "null",
        }],
        [{ kind: "scalar", tag: "str", value: "value" }, represent(v, k, new Set())],
      ],
    }]);
  }
  if (pairs.length === 0) return "wandb_version: 1";
  return "wandb_version: 1\n\n" + emitYaml({ kind: "map", pairs });
}

/**
 * Reads a `config.yaml` (or a `WANDB_CONFIG_PATHS` / sweep parameter file): drops
 * `wandb_version` and takes each top-level entry's `value` when it is wrapped as
 * `{desc, value}`; unwrapped entries are kept as they are. Integers beyond 2^53 become
 * `bigint`; mapping keys become strings.
 *
 * Reads any YAML 1.1 document as PyYAML's `safe_load` does (anchors, aliases and `<<` merge
 * keys included, the last of repeated keys kept), except that timestamps stay strings.
 *
 * @throws {YamlSyntaxError} for invalid YAML or a document that is not a mapping, naming the
 * line and column
 * @example
 * ```ts
 * import { parseConfigYaml } from "./config_yaml.ts";
 * const cfg = parseConfigYaml("wandb_version: 1\n\nlayers:\n  desc: null\n  value:\n  - 64\n");
 * console.assert(JSON.stringify(cfg) === '{"layers":[64]}');
 * ```
 */
export function parseConfigYaml(text: string): Record<string, unknown> {
  const doc = parseYaml(text);
  if (doc === null) return {};
  if (typeof doc !== "object" || Array.isArray(doc)) {
    throw new YamlSyntaxError(1, 1, "the document is not a mapping");
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
    if (k === "wandb_version") continue;
    const wrapped = typeof v === "object" && v !== null && !Array.isArray(v) &&
      Object.hasOwn(v, "value");
    out[k] = wrapped ? (v as { value: unknown }).value : v;
  }
  return out;
}
