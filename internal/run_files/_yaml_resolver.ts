/**
 * YAML 1.1 implicit scalar resolution as PyYAML 6.0's `Resolver` does it: which tag a plain
 * scalar gets from its text. The emitter uses it to decide when a string must be quoted, the
 * parser to turn plain scalars back into values.
 *
 * @module
 */

/** The tags a plain scalar can resolve to. */
export type ScalarTag =
  | "str"
  | "null"
  | "bool"
  | "int"
  | "float"
  | "timestamp"
  | "merge"
  | "value"
  | "yaml";

const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP =
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9]{2})?))?)$/;

/** Resolvers by the first character they apply to, as PyYAML registers them. */
const BY_FIRST: ReadonlyArray<[string, ScalarTag, RegExp]> = [
  ["yYnNtTfFoO", "bool", BOOL],
  ["-+0123456789.", "float", FLOAT],
  ["-+0123456789", "int", INT],
  ["<", "merge", /^(?:<<)$/],
  ["~nN", "null", NULL],
  ["0123456789", "timestamp", TIMESTAMP],
  ["=", "value", /^(?:=)$/],
  ["!&*", "yaml", /^(?:!|&|\*)$/],
];

/**
 * Returns the tag PyYAML gives `text` when it appears as a plain scalar.
 *
 * Python's `$` also matches before one trailing newline; that is reproduced.
 */
export function resolvePlain(text: string): ScalarTag {
  if (text === "") return "null";
  const first = text[0]!;
  const body = text.endsWith("\n") ? [text, text.slice(0, -1)] : [text];
  for (const [chars, tag, re] of BY_FIRST) {
    if (chars.includes(first) && body.some((t) => re.test(t))) return tag;
  }
  return "str";
}

/** Converts a plain scalar to its value (the parser side of {@linkcode resolvePlain}). */
export function plainValue(text: string): unknown {
  switch (resolvePlain(text)) {
    case "null":
      return null;
    case "bool":
      return /^(?:yes|true|on)$/i.test(text);
    case "int":
      return parseYamlInt(text);
    case "float":
      return parseYamlFloat(text);
    default:
      return text;
  }
}

function sexagesimal(sign: number, parts: string[]): number {
  let v = 0;
  for (const p of parts) v = v * 60 + Number(p);
  return sign * v;
}

function parseYamlInt(text: string): number | bigint {
  let t = text.replaceAll("_", "");
  let sign = 1;
  if (t[0] === "-" || t[0] === "+") {
    if (t[0] === "-") sign = -1;
    t = t.slice(1);
  }
  if (t.includes(":")) return sexagesimal(sign, t.split(":"));
  let big: bigint;
  if (t === "0") big = 0n;
  else if (t.startsWith("0b")) big = BigInt(t);
  else if (t.startsWith("0x")) big = BigInt(t);
  else if (t.startsWith("0")) big = BigInt("0o" + t.slice(1));
  else big = BigInt(t);
  if (sign < 0) big = -big;
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(big)
    : big;
}

function parseYamlFloat(text: string): number {
  const t = text.replaceAll("_", "").toLowerCase();
  let sign = 1;
  let body = t;
  if (t[0] === "-" || t[0] === "+") {
    if (t[0] === "-") sign = -1;
    body = t.slice(1);
  }
  if (body === ".inf") return sign * Infinity;
  if (body === ".nan") return NaN;
  if (body.includes(":")) return sexagesimal(sign, body.split(":"));
  return sign * Number(body);
}
