/**
 * The one part of PyYAML's output that the `yaml` library cannot be configured to produce:
 * how a string scalar is quoted and folded. `_yaml.ts` calls {@linkcode writeScalar} from its
 * string tag; everything else (block mappings and sequences, indentation, `[]` / `{}`, `? ` keys)
 * is the library's.
 *
 * Why by hand, rule by rule (PyYAML 6.0 `Emitter`, `allow_unicode=True`, width 80, indent 2):
 * - Style: plain if the text would read back as a string and has no indicator, break or
 *   leading/trailing space; else single-quoted unless it holds a character YAML cannot print
 *   raw (a tab, a control character, U+FEFF) or a space next to a line break; else
 *   double-quoted. The library prefers single quotes too but allows tabs in them.
 * - Folding: PyYAML breaks at the first single space *after* column 80, so a folded line is
 *   longer than 80; the library breaks *before* its line width. No width setting turns one into
 *   the other.
 * - Line breaks in single quotes become a blank line plus indentation, as in the library, but
 *   double-quoted text escapes every code point above U+FFFF (`\U0001F600`), which the library
 *   writes raw.
 *
 * Widths are counted in code points, as Python does.
 *
 * @module
 */

const BEST_WIDTH = 80;
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

/** What PyYAML's `Emitter.analyze_scalar` decides about a scalar, block context only. */
export interface ScalarAnalysis {
  /** The text split into code points. */
  chars: string[];
  /** No characters at all. */
  empty: boolean;
  /** Holds a line break. */
  multiline: boolean;
  /** May be written plain in block context. */
  allowPlain: boolean;
  /** May be written single-quoted. */
  allowSingle: boolean;
}

/** Where a scalar starts: its column, and the indentation of its continuation lines. */
export interface ScalarPlace {
  /** Column of the scalar's first character. */
  column: number;
  /** Indentation for continuation lines. */
  indent: number;
  /** A simple (implicit) mapping key: never folded, never multi-line. */
  simpleKey: boolean;
  /** The text read back as a plain scalar is a string (PyYAML's `implicit[0]`). */
  implicitPlain: boolean;
}

function isPrintableUnicode(cp: number): boolean {
  return cp === 0x85 || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp < 0x10ffff);
}

/** PyYAML's `analyze_scalar` for block context. */
export function analyzeScalar(text: string): ScalarAnalysis {
  const chars = Array.from(text);
  const n = chars.length;
  if (n === 0) return { chars, empty: true, multiline: false, allowPlain: true, allowSingle: true };
  let indicators = text.startsWith("---") || text.startsWith("...");
  let lineBreaks = false, special = false;
  let leadingOrTrailing = false, breakSpace = false, spaceBreak = false;
  let precededByWs = true;
  let followedByWs = n === 1 || WS_OR_END.includes(chars[1]!);
  let prevSpace = false, prevBreak = false;
  for (let i = 0; i < n; i++) {
    const ch = chars[i]!;
    if (i === 0) {
      if ("#,[]{}&*!|>'\"%@`".includes(ch)) indicators = true;
      if ("?:-".includes(ch) && followedByWs) indicators = true;
    } else {
      if (ch === ":" && followedByWs) indicators = true;
      if (ch === "#" && precededByWs) indicators = true;
    }
    const isBreak = BREAKS.includes(ch);
    if (isBreak) lineBreaks = true;
    const cp = ch.codePointAt(0)!;
    if (ch !== "\n" && (cp < 0x20 || cp > 0x7e) && (!isPrintableUnicode(cp) || cp === 0xfeff)) {
      special = true;
    }
    if ((ch === " " || isBreak) && (i === 0 || i === n - 1)) leadingOrTrailing = true;
    if (ch === " " && prevBreak) breakSpace = true;
    if (isBreak && prevSpace) spaceBreak = true;
    prevSpace = ch === " ";
    prevBreak = isBreak;
    precededByWs = WS_OR_END.includes(ch);
    followedByWs = i + 2 >= n || WS_OR_END.includes(chars[i + 2]!);
  }
  const allowSingle = !(breakSpace || spaceBreak || special);
  const allowPlain = allowSingle && !(leadingOrTrailing || lineBreaks || indicators);
  return { chars, empty: false, multiline: lineBreaks, allowPlain, allowSingle };
}

/** Writes text while tracking the column, as PyYAML's emitter does. */
class _Line {
  out = "";
  constructor(public column: number, readonly indent: number) {}
  write(chars: string[] | string): void {
    const text = typeof chars === "string" ? chars : chars.join("");
    this.out += text;
    this.column += Array.from(text).length;
  }
  /** A line break, then indentation (PyYAML's `write_indent` mid-scalar). */
  newline(): void {
    this.out += "\n";
    this.indentAfterBreak();
  }
  /** Indentation at the start of a line already broken. */
  indentAfterBreak(): void {
    this.out += " ".repeat(this.indent);
    this.column = this.indent;
  }
}

/**
 * Writes a string scalar as PyYAML would at `place`: plain, single- or double-quoted, folded
 * at column 80 unless it is a simple key.
 */
export function writeScalar(text: string, place: ScalarPlace): string {
  const a = analyzeScalar(text);
  const line = new _Line(place.column, place.indent);
  const split = !place.simpleKey;
  if (place.implicitPlain && !(place.simpleKey && (a.empty || a.multiline)) && a.allowPlain) {
    writePlain(line, a.chars, split);
  } else if (a.allowSingle && !(place.simpleKey && a.multiline)) {
    writeSingleQuoted(line, a.chars, split);
  } else {
    writeDoubleQuoted(line, a.chars, split);
  }
  return line.out;
}

/** PyYAML's `write_plain`: a single space after column 80 becomes a line break. */
function writePlain(line: _Line, text: string[], split: boolean): void {
  let spaces = false;
  let start = 0;
  for (let end = 0; end <= text.length; end++) {
    const ch = text[end];
    if (spaces) {
      if (ch !== " ") {
        if (start + 1 === end && line.column > BEST_WIDTH && split) line.newline();
        else line.write(text.slice(start, end));
        start = end;
      }
    } else if (ch === undefined || ch === " ") {
      line.write(text.slice(start, end));
      start = end;
    }
    if (ch !== undefined) spaces = ch === " ";
  }
}

/** PyYAML's `write_single_quoted`: `''` for `'`, a break as a blank line, folding as plain. */
function writeSingleQuoted(line: _Line, text: string[], split: boolean): void {
  line.write("'");
  let spaces = false, breaks = false;
  let start = 0;
  for (let end = 0; end <= text.length; end++) {
    const ch = text[end];
    if (spaces) {
      if (ch !== " ") {
        const fold = start + 1 === end && line.column > BEST_WIDTH && split && start !== 0 &&
          end !== text.length;
        if (fold) line.newline();
        else line.write(text.slice(start, end));
        start = end;
      }
    } else if (breaks) {
      if (ch === undefined || !BREAKS.includes(ch)) {
        if (text[start] === "\n") line.out += "\n";
        for (let i = start; i < end; i++) line.out += text[i];
        line.indentAfterBreak();
        start = end;
      }
    } else if ((ch === undefined || " '".includes(ch) || BREAKS.includes(ch)) && start < end) {
      line.write(text.slice(start, end));
      start = end;
    }
    if (ch === "'") {
      line.write("''");
      start = end + 1;
    }
    if (ch !== undefined) {
      spaces = ch === " ";
      breaks = BREAKS.includes(ch);
    }
  }
  line.write("'");
}

/**
 * PyYAML's `write_double_quoted`: escapes, and a `\` line end where a line would pass column 80
 * (with a `\` before a leading space of the next line, so it is kept).
 */
function writeDoubleQuoted(line: _Line, text: string[], split: boolean): void {
  line.write('"');
  let start = 0;
  for (let end = 0; end <= text.length; end++) {
    const ch = text[end];
    if (ch === undefined || needsEscape(ch)) {
      if (start < end) line.write(text.slice(start, end));
      if (ch !== undefined) line.write(escape(ch));
      start = end + 1;
    }
    if (
      end > 0 && end < text.length - 1 && (ch === " " || start >= end) &&
      line.column + (end - start) > BEST_WIDTH && split
    ) {
      line.write(text.slice(start, end).join("") + "\\");
      if (start < end) start = end;
      line.newline();
      if (text[start] === " ") line.write("\\");
    }
  }
  line.write('"');
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
