/**
 * The one file that imports the `yaml` library (eemeli/yaml), set up to read and write YAML as
 * PyYAML 6.0 does with wandb's settings (`SafeDumper`, `default_flow_style=False`,
 * `allow_unicode=True`, `sort_keys=False`, width 80, indent 2).
 *
 * The library writes the block structure (`indentSeq: false` gives PyYAML's indentless
 * sequences under a key, empty collections come out as `[]` / `{}`) and parses everything.
 * Ours, each because the library has no setting for it:
 * - the YAML 1.1 resolver below, copied from PyYAML's `Resolver`: the library's own 1.1 schema
 *   also reads `y`, `n` and `1e5` (no dot) as bool and float, where PyYAML keeps them strings;
 * - string scalars, written by `_pyyaml_scalar.ts` (quoting and folding, see there);
 * - a `? ` key for an empty, multi-line or long (128+ code points, tag included) key, where the
 *   library only switches at 1024 characters: such a key is marked as a block scalar, the
 *   library's cue for an explicit key, and still written by `_pyyaml_scalar.ts`.
 *
 * @module
 */
import {
  Document,
  parseDocument,
  type ParseOptions,
  Scalar,
  type ScalarTag,
  type SchemaOptions,
  YAMLMap,
  YAMLSeq,
} from "yaml";
import { analyzeScalar, writeScalar } from "./_pyyaml_scalar.ts";

/** The tags a plain scalar can resolve to under YAML 1.1, as PyYAML names them. */
export type ScalarTagName =
  | "str"
  | "null"
  | "bool"
  | "int"
  | "float"
  | "timestamp"
  | "merge"
  | "value"
  | "yaml";

/** A represented node: what PyYAML's representer hands to the serializer. */
export type YamlNode =
  | { kind: "scalar"; tag: ScalarTagName; value: string }
  | { kind: "seq"; items: YamlNode[] }
  | { kind: "map"; pairs: Array<[YamlNode, YamlNode]> };

/** Thrown for text that is not valid YAML, naming the line and column. */
export class YamlSyntaxError extends SyntaxError {
  /** The class name. */
  override name = "YamlSyntaxError";
  /** Stable error code. */
  readonly code = "config-yaml/syntax";
  /**
   * Creates the error.
   *
   * @param line 1-based line number
   * @param column 1-based column number
   * @param problem what is wrong there
   */
  constructor(readonly line: number, readonly column: number, problem: string) {
    super(`Cannot parse YAML at line ${line}, column ${column}: ${problem}; fix the YAML there`);
  }
}

// PyYAML's implicit resolvers, in its order (its first-character index is implied by each
// pattern's first character).
const RESOLVERS: ReadonlyArray<[ScalarTagName, RegExp]> = [
  ["bool", /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/],
  [
    "float",
    /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  ],
  [
    "int",
    /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  ],
  ["merge", /^<<$/],
  ["null", /^(?:~|null|Null|NULL|)$/],
  [
    "timestamp",
    /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9]{2})?))?)$/,
  ],
  ["value", /^=$/],
  ["yaml", /^[!&*]$/],
];

/** Returns the tag PyYAML gives `text` written as a plain scalar. */
function resolvePlain(text: string): ScalarTagName {
  for (const [tag, re] of RESOLVERS) if (re.test(text)) return tag;
  return "str";
}

function pattern(tag: ScalarTagName): RegExp {
  return RESOLVERS.find(([t]) => t === tag)![1];
}

function sexagesimal(sign: number, parts: string[]): number {
  return sign * parts.reduce((v, p) => v * 60 + Number(p), 0);
}

function splitSign(text: string): [number, string] {
  const t = text.replaceAll("_", "");
  if (t[0] === "-") return [-1, t.slice(1)];
  return [1, t[0] === "+" ? t.slice(1) : t];
}

/** PyYAML's `construct_yaml_int`, with a `bigint` beyond 2^53. */
function yamlInt(text: string): number | bigint {
  const [sign, t] = splitSign(text);
  if (t.includes(":")) return sexagesimal(sign, t.split(":"));
  const octal = t.length > 1 && t[0] === "0" && !/^0[bx]/.test(t);
  const big = BigInt(sign) * BigInt(octal ? "0o" + t.slice(1) : t);
  const safe = big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER);
  return safe ? Number(big) : big;
}

/** PyYAML's `construct_yaml_float`. */
function yamlFloat(text: string): number {
  const [sign, t] = splitSign(text.toLowerCase());
  if (t === ".inf") return sign * Infinity;
  if (t === ".nan") return NaN;
  if (t.includes(":")) return sexagesimal(sign, t.split(":"));
  return sign * Number(t);
}

/** A non-string scalar already in its PyYAML text (`null`, `true`, `3`, `1.0e-05`). */
class _Resolved {
  constructor(readonly text: string) {}
}

/** A mapping value, with how many more UTF-16 units than code points its written key has. */
class _MapValue extends Scalar {
  constructor(value: unknown, readonly keySurplus: number) {
    super(value);
  }
}

const tagPrefix = "tag:yaml.org,2002:";

/** Set while {@linkcode parseYaml} reads with `floats` (parsing is synchronous). */
let wrapFloat: ((n: number) => unknown) | undefined;

/** Set while {@linkcode emitYaml} writes with `quoteLeadingZero` (emitting is synchronous). */
let quoteLeadingZero = false;

/** Strings: PyYAML's quoting and folding, at the place the library is writing. */
const strTag: ScalarTag = {
  tag: tagPrefix + "str",
  default: true,
  identify: (v) => typeof v === "string",
  resolve: (s) => s,
  stringify(item, ctx) {
    const text = String(item.value);
    // A map value starts after "key: " (indentAtStart counts the key and ':' plus one, in
    // UTF-16 units where PyYAML counts code points), on the pair's line, which is one indent
    // step left of ctx.indent; a sequence item or an explicit key starts at ctx.indent.
    const keySurplus = item instanceof _MapValue ? item.keySurplus : 0;
    const column = ctx.indentAtStart === undefined
      ? ctx.indent.length
      : ctx.indent.length - ctx.indentStep.length + ctx.indentAtStart - keySurplus;
    return writeScalar(text, {
      column,
      indent: ctx.indent.length,
      simpleKey: ctx.implicitKey === true,
      implicitPlain: resolvePlain(text) === "str" &&
        !(quoteLeadingZero && text.length > 1 && text.startsWith("0")),
    });
  },
};

/** Written as the represented text; never read (the tag name is never printed: `default`). */
const resolvedTag: ScalarTag = {
  tag: tagPrefix + "pyyaml-resolved",
  default: true,
  identify: (v) => v instanceof _Resolved,
  resolve: (s) => s,
  stringify: (item) => (item.value as _Resolved).text,
};

/** Plain scalars that read back as something other than a string, as PyYAML constructs them. */
const readTags: ScalarTag[] = [
  readTag("bool", (s) => /^(?:yes|true|on)$/i.test(s)),
  readTag("float", (s) => (wrapFloat ? wrapFloat(yamlFloat(s)) : yamlFloat(s))),
  readTag("int", yamlInt),
  readTag("null", () => null),
];

function readTag(name: ScalarTagName, resolve: (s: string) => unknown): ScalarTag {
  return { tag: tagPrefix + name, default: true, test: pattern(name), resolve };
}

const SCHEMA: SchemaOptions = {
  schema: "failsafe",
  customTags: (tags) => [
    ...tags.filter((t) => typeof t !== "object" || t.tag !== strTag.tag),
    strTag,
    resolvedTag,
    ...readTags,
  ],
};

// "!!str" and the like: PyYAML counts the tag in a simple key's 128-character limit.
const TAG_LENGTH: Record<ScalarTagName, number> = {
  str: 5,
  null: 6,
  bool: 6,
  int: 5,
  float: 7,
  timestamp: 11,
  merge: 7,
  value: 7,
  yaml: 6,
};

/** PyYAML's `check_simple_key` for a scalar: short, single-line and non-empty. */
function isSimpleKey(tag: ScalarTagName, value: string): boolean {
  const { chars, multiline } = analyzeScalar(value);
  return TAG_LENGTH[tag] + chars.length < 128 && chars.length > 0 && !multiline;
}

function toLibraryNode(node: YamlNode, keySurplus = 0): Scalar | YAMLSeq | YAMLMap {
  switch (node.kind) {
    case "scalar": {
      const value = node.tag === "str" ? node.value : new _Resolved(node.value);
      return keySurplus === 0 ? new Scalar(value) : new _MapValue(value, keySurplus);
    }
    case "seq": {
      const seq = new YAMLSeq();
      seq.items = node.items.map((item) => toLibraryNode(item));
      return seq;
    }
    case "map": {
      const map = new YAMLMap();
      for (const [k, v] of node.pairs) {
        const key = toLibraryNode(k);
        let surplus = 0;
        if (key instanceof Scalar && k.kind === "scalar") {
          // The library's cue for a `? ` key; the text is still written by strTag.
          if (!isSimpleKey(k.tag, k.value)) key.type = Scalar.BLOCK_LITERAL;
          else if (k.tag === "str") surplus = utf16Surplus(simpleKeyText(k.value));
        }
        map.add({ key, value: toLibraryNode(v, surplus) });
      }
      return map;
    }
  }
}

function simpleKeyText(text: string): string {
  const implicitPlain = resolvePlain(text) === "str";
  return writeScalar(text, { column: 0, indent: 0, simpleKey: true, implicitPlain });
}

function utf16Surplus(text: string): number {
  return text.length - Array.from(text).length;
}

/**
 * Serializes a node tree to YAML text as PyYAML would, ending with a newline;
 * `quoteLeadingZero` single-quotes strings starting with `0`, as W&B's sweep dumper does.
 */
export function emitYaml(root: YamlNode, options: { quoteLeadingZero?: boolean } = {}): string {
  const doc = new Document(null, SCHEMA);
  doc.contents = toLibraryNode(root);
  quoteLeadingZero = options.quoteLeadingZero === true;
  try {
    return doc.toString({ indentSeq: false, lineWidth: 0 });
  } finally {
    quoteLeadingZero = false;
  }
}

const PARSE: ParseOptions & SchemaOptions = {
  ...SCHEMA,
  merge: true, // PyYAML's safe_load merges `<<` keys
  uniqueKeys: false, // and keeps the last of repeated keys
};

/**
 * YAML 1.1 also breaks lines at U+0085 (NEL), U+2028 and U+2029, and PyYAML writes them raw
 * inside single-quoted strings; the library reads YAML 1.2, where they are content. PyYAML
 * reads NEL as "\n", and keeps U+2028 / U+2029 but drops the indentation after them.
 */
function yaml11Breaks(text: string): string {
  return text.replace(/\r\n|[\r\x85]/g, "\n").replace(/([\u2028\u2029])[ \t]+/g, "$1");
}

/**
 * Parses one YAML document as PyYAML's `safe_load` would, except that timestamps stay strings
 * and mapping keys become strings. `floats` maps each float scalar (to keep `1.0` apart from
 * `1`, say).
 *
 * @throws {YamlSyntaxError} for invalid YAML, with the line and column of the first error
 */
export function parseYaml(
  text: string,
  options: { floats?: (n: number) => unknown } = {},
): unknown {
  wrapFloat = options.floats;
  let doc;
  try {
    doc = parseDocument(yaml11Breaks(text), { ...PARSE, prettyErrors: true });
  } finally {
    wrapFloat = undefined;
  }
  const error = doc.errors[0];
  if (error !== undefined) {
    const at = error.linePos?.[0] ?? { line: 1, col: 1 };
    // The library's message is "<problem> at line L, column C:" and a snippet; keep the
    // problem's first clause (its multi-document message goes on to name its own API).
    const problem = error.message.split(" at line ")[0]!.split(/[;\n]/)[0]!;
    throw new YamlSyntaxError(at.line, at.col, problem);
  }
  return doc.toJS({ maxAliasCount: 100 }); // the library's default guard against alias bombs
}
