/**
 * W&B's "extended JSON" for `value_json` fields (records.md §12): standard JSON plus the bare tokens
 * `NaN`, `Infinity` and `-Infinity` for non-finite numbers, as Python's `json.dumps(allow_nan=True)`
 * and the Go core write them. The encoder validates as it goes and names the key path of any value
 * it cannot encode; the parser accepts any whitespace and the non-finite tokens.
 *
 * @example
 * ```ts
 * import { encodeValueJson, parseValueJson } from "./value_json.ts";
 * const text = encodeValueJson({ a: [1, NaN] }, "row");
 * console.assert(text === '{"a":[1,NaN]}');
 * console.assert(Number.isNaN((parseValueJson(text) as { a: number[] }).a[1]));
 * ```
 * @module
 */

/** A value that cannot be encoded, with the key path where it was found. */
export class ValueTypeError extends TypeError {
  /** Error class name. */
  override name = "ValueTypeError";
  /** Stable error code. */
  readonly code = "value/unsupported";
  /**
   * Creates the error.
   *
   * @param keyPath where the value was found, e.g. `val.loss` or `layers[2]`
   * @param got a short description of what was found
   */
  constructor(readonly keyPath: string, got: string) {
    super(
      `Cannot encode "${keyPath}": got ${got}; use a number, bigint, boolean, string, null, Date, array, typed array or plain object`,
    );
  }
}

/**
 * Encodes a number as W&B does: shortest round-trip decimal, `NaN`, `Infinity`, `-Infinity`.
 *
 * @example
 * ```ts
 * import { encodeNumber } from "./value_json.ts";
 * console.assert(encodeNumber(-Infinity) === "-Infinity");
 * ```
 */
export function encodeNumber(n: number): string {
  // Never `"" + n` for finite numbers: V8 keeps every number it turns into a string that way in
  // its old-space number-string cache, so on the `run.log` hot path ~1 MB of fresh strings
  // survived each scavenge and was promoted, and the user thread's heap grew by ~60 MB of old
  // garbage between major GCs (`deno task bench`, `memory`). Instead: integers come from a table
  // of 4-digit strings (~10 ns); other numbers from a small memo of our own (a repeated value,
  // such as a learning rate or a timestamp within one millisecond, costs one lookup), and on a
  // miss from JSON.stringify, which formats without V8's cache (~50 ns, the cost of a miss
  // there too). NaN and ±Infinity keep W&B's tokens.
  if ((n | 0) === n && n < 1e8 && n > -1e8) {
    return n >= 0 ? smallIntJson(n) : "-" + smallIntJson(-n);
  }
  BITS_F64[0] = n;
  const h = (BITS_U32[0]! ^ BITS_U32[1]! ^ (BITS_U32[1]! >>> 11)) & (MEMO_SIZE - 1);
  if (MEMO_NUM[h] === n) return MEMO_TEXT[h]!;
  const text = n - n === 0 ? JSON.stringify(n) : "" + n;
  MEMO_NUM[h] = n;
  MEMO_TEXT[h] = text;
  return text;
}

const DIGITS4: string[] = [];
const PADDED4: string[] = [];
for (let i = 0; i < 10000; i++) {
  DIGITS4.push(JSON.stringify(i));
  PADDED4.push(JSON.stringify(i).padStart(4, "0"));
}
const MEMO_SIZE = 256;
/** The numbers of the memo (NaN: empty, since NaN equals nothing) and their texts. */
const MEMO_NUM = new Float64Array(MEMO_SIZE).fill(NaN);
const MEMO_TEXT: string[] = new Array<string>(MEMO_SIZE).fill("");
const BITS_F64 = new Float64Array(1);
const BITS_U32 = new Uint32Array(BITS_F64.buffer);

/** The decimal text of an integer in [0, 1e8) (`-0` gives `"0"`, as String does). */
function smallIntJson(n: number): string {
  return n < 10000 ? DIGITS4[n]! : DIGITS4[(n / 10000) | 0]! + PADDED4[n % 10000]!;
}

/** Describes a rejected value for an error message. */
export function describeValue(v: unknown): string {
  if (v === undefined) return "undefined";
  if (typeof v === "function") return `a function${v.name ? ` (${v.name})` : ""}`;
  if (typeof v === "symbol") return `a symbol (${String(v.description ?? "")})`;
  if (typeof v === "object" && v !== null) {
    const ctor = (v as { constructor?: { name?: string } }).constructor?.name;
    return `an instance of ${ctor ?? "an unknown class"} without toJSON()`;
  }
  return typeof v;
}

/** True for objects made by `{}`, `Object.create(null)` or JSON parsing. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Encodes a value as W&B extended JSON (compact separators).
 *
 * @param value the value to encode
 * @param keyPath the key path used in error messages
 * @returns the JSON text
 * @throws {ValueTypeError} for functions, symbols, circular references and class instances without `toJSON`
 * @example
 * ```ts
 * import { encodeValueJson } from "./value_json.ts";
 * console.assert(encodeValueJson(new Float32Array([0.5, 1])) === "[0.5,1]");
 * ```
 */
export function encodeValueJson(value: unknown, keyPath: string): string {
  return encodeAt(value, keyPath, null);
}

function encodeAt(value: unknown, path: string, stack: unknown[] | null): string {
  switch (typeof value) {
    case "number":
      return encodeNumber(value);
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return value.toString();
    case "object":
      break;
    default:
      throw new ValueTypeError(path, describeValue(value));
  }
  if (value === null) return "null";
  if (stack === null) stack = [];
  else if (stack.includes(value)) throw new ValueTypeError(path, "a circular reference");
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ValueTypeError(path, "an invalid Date");
    return JSON.stringify(value.toISOString());
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const arr = value as unknown as ArrayLike<number | bigint>;
    let out = "[";
    for (let i = 0; i < arr.length; i++) out += (i ? "," : "") + String(arr[i]);
    return out + "]";
  }
  stack.push(value);
  try {
    if (Array.isArray(value)) {
      let out = "[";
      for (let i = 0; i < value.length; i++) {
        const v = value[i];
        out += (i ? "," : "") + (v === undefined ? "null" : encodeAt(v, `${path}[${i}]`, stack));
      }
      return out + "]";
    }
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") {
      return encodeAt(toJSON.call(value), path, stack);
    }
    if (isPlainObject(value)) {
      let out = "{";
      let first = true;
      for (const k of Object.keys(value)) {
        const v = value[k];
        if (v === undefined) continue;
        out += (first ? "" : ",") + JSON.stringify(k) + ":" + encodeAt(v, `${path}.${k}`, stack);
        first = false;
      }
      return out + "}";
    }
    throw new ValueTypeError(path, describeValue(value));
  } finally {
    stack.pop();
  }
}

const NON_FINITE = /NaN|-?Infinity/;

/**
 * Parses W&B extended JSON (accepts `NaN`, `Infinity`, `-Infinity` outside strings).
 *
 * @throws {SyntaxError} when the text is not JSON even with the extra tokens
 * @example
 * ```ts
 * import { parseValueJson } from "./value_json.ts";
 * console.assert(parseValueJson("-Infinity") === -Infinity);
 * ```
 */
export function parseValueJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    if (!NON_FINITE.test(text)) throw err;
  }
  // Replace the bare tokens outside string literals by sentinel strings, then revive them.
  let out = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92 /* \ */) j += 2;
        else if (d === 34) break;
        else j++;
      }
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (text.startsWith("NaN", i)) {
      out += '"\\u0000NaN"';
      i += 3;
    } else if (text.startsWith("-Infinity", i)) {
      out += '"\\u0000-Infinity"';
      i += 9;
    } else if (text.startsWith("Infinity", i)) {
      out += '"\\u0000Infinity"';
      i += 8;
    } else {
      out += text[i];
      i++;
    }
  }
  return JSON.parse(out, (_k, v) => {
    if (typeof v === "string" && v.charCodeAt(0) === 0) {
      if (v === "\u0000NaN") return NaN;
      if (v === "\u0000Infinity") return Infinity;
      if (v === "\u0000-Infinity") return -Infinity;
    }
    return v;
  });
}

/**
 * Stringifies a parsed value back to W&B extended JSON (non-finite numbers as bare tokens).
 *
 * @example
 * ```ts
 * import { stringifyValueJson } from "./value_json.ts";
 * console.assert(stringifyValueJson({ x: NaN }) === '{"x":NaN}');
 * ```
 */
export function stringifyValueJson(value: unknown, indent?: number): string {
  const marker = "\u0000nf:";
  const text = JSON.stringify(
    value,
    (
      _k,
      v,
    ) => (typeof v === "number" && !Number.isFinite(v)
      ? marker + String(v)
      : typeof v === "bigint"
      ? Number(v)
      : v),
    indent,
  );
  return text.includes("\\u0000nf:") ? text.replace(/"\\u0000nf:(NaN|-?Infinity)"/g, "$1") : text;
}
