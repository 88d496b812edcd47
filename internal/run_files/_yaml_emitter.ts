/**
 * A block-style YAML emitter that reproduces the output of PyYAML 6.0's `SafeDumper` with
 * `default_flow_style=False`, `allow_unicode=True`, `sort_keys=False`, default width (80) and
 * indent (2): the same quoting choices, the same line folding of long scalars, the same
 * escapes. Scalars are measured in code points, as Python does.
 *
 * @module
 */
import { resolvePlain, type ScalarTag } from "./_yaml_resolver.ts";

/** A represented node: what PyYAML's representer hands to the serializer. */
export type YamlNode =
  | { kind: "scalar"; tag: ScalarTag; value: string }
  | { kind: "seq"; items: YamlNode[] }
  | { kind: "map"; pairs: Array<[YamlNode, YamlNode]> };

interface Analysis {
  chars: string[];
  empty: boolean;
  multiline: boolean;
  allowPlain: boolean;
  allowSingle: boolean;
}

const BEST_WIDTH = 80;
const BEST_INDENT = 2;
const BREAKS = "\n\x85\u2028\u2029";
const WS_OR_END = "\0 \t\r\n\x85\u2028\u2029";
const ESCAPES: Record<string, string> = {
  "\0": "0",
  "\x07": "a",
  "\x08": "b",
  "\t": "t",
  "\n": "n",
  "\x0B": "v",
  "\x0C": "f",
  "\r": "r",
  "\x1B": "e",
  '"': '"',
  "\\": "\\",
  "\x85": "N",
  "\xA0": "_",
  "\u2028": "L",
  "\u2029": "P",
};

function isPrintableUnicode(cp: number): boolean {
  return cp === 0x85 || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp < 0x10ffff);
}

/** What PyYAML's `Emitter.analyze_scalar` decides about a scalar (block context only). */
function analyze(text: string): Analysis {
  const chars = Array.from(text);
  const n = chars.length;
  if (n === 0) {
    return { chars, empty: true, multiline: false, allowPlain: true, allowSingle: true };
  }
  let blockIndicators = text.startsWith("---") || text.startsWith("...");
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
  let breakSpace = false, spaceBreak = false;
  let precededByWs = true;
  let followedByWs = n === 1 || WS_OR_END.includes(chars[1]!);
  let prevSpace = false, prevBreak = false;
  for (let i = 0; i < n; i++) {
    const ch = chars[i]!;
    if (i === 0) {
      if ("#,[]{}&*!|>'\"%@`".includes(ch)) blockIndicators = true;
      if ("?:".includes(ch) && followedByWs) blockIndicators = true;
      if (ch === "-" && followedByWs) blockIndicators = true;
    } else {
      if (ch === ":" && followedByWs) blockIndicators = true;
      if (ch === "#" && precededByWs) blockIndicators = true;
    }
    if (BREAKS.includes(ch)) lineBreaks = true;
    const cp = ch.codePointAt(0)!;
    if (!(ch === "\n" || (cp >= 0x20 && cp <= 0x7e))) {
      if (!isPrintableUnicode(cp) || cp === 0xfeff) special = true;
    }
    if (ch === " ") {
      if (i === 0) leadingSpace = true;
      if (i === n - 1) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (BREAKS.includes(ch)) {
      if (i === 0) leadingBreak = true;
      if (i === n - 1) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
    precededByWs = WS_OR_END.includes(ch);
    followedByWs = i + 2 >= n || WS_OR_END.includes(chars[i + 2]!);
  }
  let allowPlain = true;
  let allowSingle = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) allowPlain = false;
  if (breakSpace) allowPlain = allowSingle = false;
  if (spaceBreak || special) allowPlain = allowSingle = false;
  if (lineBreaks || blockIndicators) allowPlain = false;
  return { chars, empty: false, multiline: lineBreaks, allowPlain, allowSingle };
}

/** Serializes a node tree to YAML text, ending with a newline. */
export function emitYaml(root: YamlNode): string {
  return new _Emitter().document(root);
}

class _Emitter {
  #out: string[] = [];
  #column = 0;
  #whitespace = true;
  #indention = true;
  #indent: number | null = null;
  #indents: Array<number | null> = [];

  document(root: YamlNode): string {
    this.#node(root, false, false);
    this.#writeIndent();
    return this.#out.join("");
  }

  #write(data: string, width = Array.from(data).length): void {
    this.#column += width;
    this.#out.push(data);
  }

  #increaseIndent(flow: boolean, indentless = false): void {
    this.#indents.push(this.#indent);
    if (this.#indent === null) this.#indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.#indent += BEST_INDENT;
  }

  #popIndent(): void {
    this.#indent = this.#indents.pop() ?? null;
  }

  #writeIndicator(ind: string, needWs: boolean, whitespace = false, indention = false): void {
    this.#write(this.#whitespace || !needWs ? ind : " " + ind);
    this.#whitespace = whitespace;
    this.#indention = this.#indention && indention;
  }

  #writeIndent(): void {
    const indent = this.#indent ?? 0;
    if (
      !this.#indention || this.#column > indent || (this.#column === indent && !this.#whitespace)
    ) {
      this.#writeLineBreak();
    }
    if (this.#column < indent) {
      this.#whitespace = true;
      this.#write(" ".repeat(indent - this.#column));
    }
  }

  #writeLineBreak(br = "\n"): void {
    this.#whitespace = true;
    this.#indention = true;
    this.#out.push(br);
    this.#column = 0;
  }

  /** Emits a node; `mapping` is PyYAML's mapping_context, `simpleKey` its simple_key_context. */
  #node(node: YamlNode, mapping: boolean, simpleKey: boolean): void {
    if (node.kind === "scalar") {
      this.#increaseIndent(true);
      this.#scalar(node, simpleKey);
      this.#popIndent();
    } else if (node.kind === "seq") {
      if (node.items.length === 0) return this.#emptyFlow("[", "]");
      this.#increaseIndent(false, mapping && !this.#indention);
      for (const item of node.items) {
        this.#writeIndent();
        this.#writeIndicator("-", true, false, true);
        this.#node(item, false, false);
      }
      this.#popIndent();
    } else {
      if (node.pairs.length === 0) return this.#emptyFlow("{", "}");
      this.#increaseIndent(false);
      for (const [key, value] of node.pairs) {
        this.#writeIndent();
        if (isSimpleKey(key)) {
          this.#node(key, true, true);
          this.#writeIndicator(":", false);
        } else {
          this.#writeIndicator("?", true, false, true);
          this.#node(key, true, false);
          this.#writeIndent();
          this.#writeIndicator(":", true, false, true);
        }
        this.#node(value, true, false);
      }
      this.#popIndent();
    }
  }

  #emptyFlow(open: string, close: string): void {
    this.#writeIndicator(open, true, true);
    this.#increaseIndent(true);
    this.#popIndent();
    this.#writeIndicator(close, false);
  }

  #scalar(node: { tag: ScalarTag; value: string }, simpleKey: boolean): void {
    const a = analyze(node.value);
    const implicitPlain = resolvePlain(node.value) === node.tag;
    const split = !simpleKey;
    if (implicitPlain && !(simpleKey && (a.empty || a.multiline)) && a.allowPlain) {
      this.#writePlain(a.chars, split);
    } else if (a.allowSingle && !(simpleKey && a.multiline)) {
      this.#writeSingleQuoted(a.chars, split);
    } else {
      this.#writeDoubleQuoted(a.chars, split);
    }
  }

  #writePlain(text: string[], split: boolean): void {
    if (text.length === 0) return;
    if (!this.#whitespace) this.#write(" ");
    this.#whitespace = false;
    this.#indention = false;
    let spaces = false;
    let start = 0;
    for (let end = 0; end <= text.length; end++) {
      const ch = text[end];
      if (spaces) {
        if (ch !== " ") {
          if (start + 1 === end && this.#column > BEST_WIDTH && split) {
            this.#writeIndent();
            this.#whitespace = false;
            this.#indention = false;
          } else {
            this.#write(text.slice(start, end).join(""), end - start);
          }
          start = end;
        }
      } else if (ch === undefined || ch === " ") {
        this.#write(text.slice(start, end).join(""), end - start);
        start = end;
      }
      if (ch !== undefined) spaces = ch === " ";
    }
  }

  #writeBreaks(text: string[], start: number, end: number): void {
    if (text[start] === "\n") this.#writeLineBreak();
    for (let i = start; i < end; i++) this.#writeLineBreak(text[i]!);
    this.#writeIndent();
  }

  #writeSingleQuoted(text: string[], split: boolean): void {
    this.#writeIndicator("'", true);
    let spaces = false;
    let breaks = false;
    let start = 0;
    for (let end = 0; end <= text.length; end++) {
      const ch = text[end];
      if (spaces) {
        if (ch !== " ") {
          if (
            start + 1 === end && this.#column > BEST_WIDTH && split && start !== 0 &&
            end !== text.length
          ) {
            this.#writeIndent();
          } else {
            this.#write(text.slice(start, end).join(""), end - start);
          }
          start = end;
        }
      } else if (breaks) {
        if (ch === undefined || !BREAKS.includes(ch)) {
          this.#writeBreaks(text, start, end);
          start = end;
        }
      } else if (ch === undefined || ch === "'" || ch === " " || BREAKS.includes(ch)) {
        if (start < end) {
          this.#write(text.slice(start, end).join(""), end - start);
          start = end;
        }
      }
      if (ch === "'") {
        this.#write("''");
        start = end + 1;
      }
      if (ch !== undefined) {
        spaces = ch === " ";
        breaks = BREAKS.includes(ch);
      }
    }
    this.#writeIndicator("'", false);
  }

  #writeDoubleQuoted(text: string[], split: boolean): void {
    this.#writeIndicator('"', true);
    let start = 0;
    for (let end = 0; end <= text.length; end++) {
      const ch = text[end];
      if (ch === undefined || needsEscape(ch)) {
        if (start < end) {
          this.#write(text.slice(start, end).join(""), end - start);
          start = end;
        }
        if (ch !== undefined) {
          this.#write(escape(ch));
          start = end + 1;
        }
      }
      if (
        end > 0 && end < text.length - 1 && (ch === " " || start >= end) &&
        this.#column + (end - start) > BEST_WIDTH && split
      ) {
        this.#write(text.slice(start, end).join("") + "\\", end - start + 1);
        if (start < end) start = end;
        this.#writeIndent();
        this.#whitespace = false;
        this.#indention = false;
        if (text[start] === " ") this.#write("\\");
      }
    }
    this.#writeIndicator('"', false);
  }
}

function needsEscape(ch: string): boolean {
  if ('"\\\x85\u2028\u2029\uFEFF'.includes(ch)) return true;
  const cp = ch.codePointAt(0)!;
  return !((cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd));
}

function escape(ch: string): string {
  const named = ESCAPES[ch];
  if (named !== undefined) return "\\" + named;
  const cp = ch.codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return "\\x" + hex.padStart(2, "0");
  if (cp <= 0xffff) return "\\u" + hex.padStart(4, "0");
  return "\\U" + hex.padStart(8, "0");
}

const TAG_LENGTH: Record<ScalarTag, number> = {
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

/** PyYAML's `check_simple_key`: short (tag `!!str` included), single-line, non-empty scalars. */
function isSimpleKey(key: YamlNode): boolean {
  if (key.kind !== "scalar") return false;
  const len = Array.from(key.value).length;
  return TAG_LENGTH[key.tag] + len < 128 && len > 0 && !analyze(key.value).multiline;
}
