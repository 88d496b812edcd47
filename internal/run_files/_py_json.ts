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

/** Serializes plain JSON-like values (objects, arrays, strings, numbers, booleans, null). */
export function pyDumps(v: unknown): string {
  if (v === null || v === undefined) return "null";
  switch (typeof v) {
    case "boolean":
      return v ? "true" : "false";
    case "number":
      if (Number.isNaN(v)) return "null";
      if (v === Infinity) return "Infinity";
      if (v === -Infinity) return "-Infinity";
      return Number.isInteger(v) && Math.abs(v) < 1e16 ? String(v) : pythonFloatRepr(v);
    case "string":
      return pyString(v);
  }
  if (Array.isArray(v)) return "[" + v.map(pyDumps).join(", ") + "]";
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return "{" + entries.map(([k, x]) => pyString(k) + ": " + pyDumps(x)).join(", ") + "}";
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
