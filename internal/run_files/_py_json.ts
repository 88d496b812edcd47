/**
 * Python's `json.dumps(value, sort_keys=True)` as the official client writes W&B objects into
 * artifacts: `", "` and `": "` separators, keys sorted, non-ASCII escaped as `\uXXXX`, integers
 * without a fraction, other numbers as Python's `repr(float)`, `Infinity`/`-Infinity` bare.
 * NaN is written as `null` (W&B's `json_friendly` turns it into `None` first).
 *
 * @example
 * ```ts
 * import { pyDumps } from "./_py_json.ts";
 * console.assert(pyDumps({ b: 1e-5, a: ["é", NaN] }) === '{"a": ["\\u00e9", null], "b": 1e-05}');
 * ```
 * @module
 */
import { pythonFloatRepr } from "./_python_repr.ts";
import { YamlFloat } from "./config_yaml.ts";

/** Options of {@linkcode pyDumps}. */
export interface PyDumpsOptions {
  /** Sort mapping keys (`sort_keys=True`). @default true */
  sortKeys?: boolean;
  /** How NaN is written: `null` (W&B's `json_friendly` first) or Python's bare `NaN`. @default "null" */
  nan?: "null" | "NaN";
}

/**
 * Serializes plain JSON-like values (objects, arrays, strings, numbers, booleans, null;
 * {@linkcode YamlFloat} for a whole number written as a float, `1.0`).
 */
export function pyDumps(v: unknown, options: PyDumpsOptions = {}): string {
  const sortKeys = options.sortKeys ?? true;
  const nan = options.nan ?? "null";
  const dump = (x: unknown): string => {
    if (x === null || x === undefined) return "null";
    if (x instanceof YamlFloat) return pythonFloatRepr(x.value);
    switch (typeof x) {
      case "boolean":
        return x ? "true" : "false";
      case "bigint":
        return String(x);
      case "number":
        if (Number.isNaN(x)) return nan;
        if (x === Infinity) return "Infinity";
        if (x === -Infinity) return "-Infinity";
        return Number.isInteger(x) && Math.abs(x) < 1e16 ? String(x) : pythonFloatRepr(x);
      case "string":
        return pyString(x);
    }
    if (Array.isArray(x)) return "[" + x.map(dump).join(", ") + "]";
    const entries = Object.entries(x as Record<string, unknown>).filter(([, y]) => y !== undefined);
    if (sortKeys) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return "{" + entries.map(([k, y]) => pyString(k) + ": " + dump(y)).join(", ") + "}";
  };
  return dump(v);
}

/** A JSON string literal with non-ASCII escaped, as Python's `ensure_ascii`. */
export function pyString(s: string): string {
  return JSON.stringify(s).replace(
    /[\u007f-\uffff]/g,
    (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"),
  );
}

/** Python's `repr(str)`: single quotes unless the text holds `'` and no `"`. */
export function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const c of s) {
    const code = c.codePointAt(0)!;
    if (c === "\\") out += "\\\\";
    else if (c === q) out += "\\" + q;
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + code.toString(16).padStart(2, "0");
    else out += c;
  }
  return out + q;
}
