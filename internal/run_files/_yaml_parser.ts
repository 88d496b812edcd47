/**
 * A small YAML reader for config files: block mappings and sequences (indentless sequences
 * included), `? ` complex keys, one-line flow collections, plain / single-quoted /
 * double-quoted scalars with line folding, literal and folded block scalars, comments and a
 * leading `---`. Plain scalars resolve as YAML 1.1 (PyYAML). Anchors, aliases, tags and
 * multiple documents are rejected with the line number.
 *
 * @module
 */
import { plainValue } from "./_yaml_resolver.ts";

/** Thrown for YAML text the reader does not accept. */
export class YamlSyntaxError extends SyntaxError {
  /** The class name. */
  override name = "YamlSyntaxError";
  /** Stable error code. */
  readonly code = "config-yaml/syntax";
  /**
   * Creates the error.
   *
   * @param line 1-based line number
   * @param problem what is wrong there
   */
  constructor(readonly line: number, problem: string) {
    super(`Cannot parse YAML at line ${line}: ${problem}; write it in block style as PyYAML does`);
  }
}

const DQ_ESCAPES: Record<string, string> = {
  "0": "\0",
  "a": "\x07",
  "b": "\b",
  "t": "\t",
  "\t": "\t",
  "n": "\n",
  "v": "\v",
  "f": "\f",
  "r": "\r",
  "e": "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "N": "\x85",
  "_": "\xa0",
  "L": "\u2028",
  "P": "\u2029",
};

/** Parses one YAML document. */
export function parseYaml(text: string): unknown {
  return new _Parser(text).document();
}

class _Parser {
  #s: string;
  #pos = 0;

  constructor(text: string) {
    this.#s = text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  }

  document(): unknown {
    this.#skipBlank();
    if (this.#s.startsWith("---", this.#pos) && /^---(?:[ \n]|$)/.test(this.#s.slice(this.#pos))) {
      this.#pos += 3;
    }
    this.#skipBlank();
    const value = this.#eof() ? null : this.#block(-1);
    this.#skipBlank();
    if (this.#s.startsWith("...", this.#pos)) {
      this.#pos += 3;
      this.#skipBlank();
    }
    if (!this.#eof()) this.#fail("unexpected content after the document");
    return value;
  }

  #eof(): boolean {
    return this.#pos >= this.#s.length;
  }

  #line(pos = this.#pos): number {
    let n = 1;
    for (let i = 0; i < pos && i < this.#s.length; i++) if (this.#s[i] === "\n") n++;
    return n;
  }

  #fail(problem: string): never {
    throw new YamlSyntaxError(this.#line(), problem);
  }

  #col(pos = this.#pos): number {
    return pos - (this.#s.lastIndexOf("\n", pos - 1) + 1);
  }

  /** Skips spaces, comments and line breaks. */
  #skipBlank(): void {
    const s = this.#s;
    while (this.#pos < s.length) {
      const c = s[this.#pos];
      if (c === " " || c === "\n" || c === "\t") this.#pos++;
      else if (c === "#" && (this.#pos === 0 || " \t\n".includes(s[this.#pos - 1]!))) {
        while (this.#pos < s.length && s[this.#pos] !== "\n") this.#pos++;
      } else break;
    }
  }

  /** Skips spaces and a comment on the current line; true if the line ends there. */
  #restOfLineEmpty(): boolean {
    const s = this.#s;
    while (s[this.#pos] === " " || s[this.#pos] === "\t") this.#pos++;
    if (s[this.#pos] === "#") { while (this.#pos < s.length && s[this.#pos] !== "\n") this.#pos++; }
    return this.#eof() || s[this.#pos] === "\n";
  }

  #isSeqItem(pos = this.#pos): boolean {
    return this.#s[pos] === "-" && (pos + 1 >= this.#s.length || " \n".includes(this.#s[pos + 1]!));
  }

  /** Parses the node at the current position, which is at column > `parent`. */
  #block(parent: number): unknown {
    const col = this.#col();
    if (col <= parent) return null;
    const c = this.#s[this.#pos];
    if (this.#isSeqItem()) return this.#sequence(col);
    if (c === "?" && " \n".includes(this.#s[this.#pos + 1] ?? "\n")) return this.#mapping(col);
    if (c === "&" || c === "*" || c === "!") {
      this.#fail("anchors, aliases and tags are not supported");
    }
    if (c === "|" || c === ">") return this.#blockScalar(parent);
    const start = this.#pos;
    if (c === "[" || c === "{") return this.#flow();
    this.#scalar(parent, true);
    const isKey = this.#atMappingColon();
    this.#pos = start;
    if (isKey) return this.#mapping(col);
    return this.#scalar(parent, false);
  }

  #atMappingColon(): boolean {
    let p = this.#pos;
    while (this.#s[p] === " ") p++;
    return this.#s[p] === ":" && (p + 1 >= this.#s.length || " \n".includes(this.#s[p + 1]!));
  }

  #sequence(col: number): unknown[] {
    const out: unknown[] = [];
    while (!this.#eof() && this.#col() === col && this.#isSeqItem()) {
      this.#pos++;
      out.push(this.#afterIndicator(col));
      this.#skipBlank();
    }
    return out;
  }

  /** The node after `-`, `?` or `:`: on the same line, or on the next lines deeper than `col`. */
  #afterIndicator(col: number, indentlessSeq = false): unknown {
    if (this.#restOfLineEmpty()) {
      this.#skipBlank();
      if (this.#eof()) return null;
      if (indentlessSeq && this.#col() === col && this.#isSeqItem()) return this.#sequence(col);
      return this.#col() > col ? this.#block(col) : null;
    }
    return this.#block(col);
  }

  #mapping(col: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    while (!this.#eof() && this.#col() === col && !this.#isSeqItem()) {
      let key: unknown;
      if (this.#s[this.#pos] === "?" && " \n".includes(this.#s[this.#pos + 1] ?? "\n")) {
        this.#pos++;
        key = this.#afterIndicator(col);
        this.#skipBlank();
        if (this.#col() !== col || this.#s[this.#pos] !== ":") {
          this.#fail("expected ':' after '?' key");
        }
      } else {
        const c = this.#s[this.#pos];
        if (c === "[" || c === "{") this.#fail("flow collections as keys are not supported");
        key = this.#scalar(col, true);
        while (this.#s[this.#pos] === " ") this.#pos++;
        if (this.#s[this.#pos] !== ":") this.#fail("expected ':' after a mapping key");
      }
      this.#pos++;
      out[keyString(key)] = this.#afterIndicator(col, true);
      this.#skipBlank();
    }
    if (!this.#eof() && this.#col() > col) this.#fail("bad indentation of a mapping entry");
    return out;
  }

  /** Reads a scalar; `key` stops plain scalars at `: ` and keeps them on one line. */
  #scalar(parent: number, key: boolean): unknown {
    const c = this.#s[this.#pos];
    if (c === "'") return this.#quoted("'");
    if (c === '"') return this.#quoted('"');
    return plainValue(this.#plain(parent, key));
  }

  #plain(parent: number, key: boolean): string {
    const s = this.#s;
    let out = "";
    let line = "";
    let pendingBreaks = 0;
    for (;;) {
      // Read the rest of this line.
      while (this.#pos < s.length && s[this.#pos] !== "\n") {
        const ch = s[this.#pos]!;
        const next = s[this.#pos + 1];
        if (ch === ":" && (next === undefined || next === " " || next === "\n")) break;
        if (ch === "#" && (line === "" || line.endsWith(" ") || line.endsWith("\t"))) break;
        line += ch;
        this.#pos++;
      }
      const trimmed = line.replace(/[ \t]+$/, "");
      if (trimmed !== "") {
        out += pendingBreaks === 0
          ? trimmed
          : (pendingBreaks === 1 ? " " : "\n".repeat(pendingBreaks - 1)) + trimmed;
      }
      line = "";
      if (key || this.#eof() || s[this.#pos] !== "\n") break;
      // A continuation line must be deeper than the parent and not start a new node.
      const save = this.#pos;
      let breaks = 0;
      let p = this.#pos;
      while (p < s.length && (s[p] === "\n" || s[p] === " ")) {
        if (s[p] === "\n") breaks++;
        p++;
      }
      const col = this.#col(p);
      if (p >= s.length || col <= parent || s[p] === "#") {
        this.#pos = save;
        break;
      }
      this.#pos = p;
      const probe = this.#pos;
      while (this.#pos < s.length && s[this.#pos] !== "\n" && !this.#atMappingColon()) this.#pos++;
      const isKey = this.#atMappingColon();
      this.#pos = probe;
      if (isKey) {
        this.#pos = save;
        break;
      }
      pendingBreaks = breaks;
    }
    return out;
  }

  #quoted(q: "'" | '"'): string {
    const s = this.#s;
    this.#pos++;
    let out = "";
    for (;;) {
      if (this.#eof()) this.#fail(`unterminated ${q === "'" ? "single" : "double"}-quoted scalar`);
      const ch = s[this.#pos]!;
      if (q === "'" && ch === "'") {
        if (s[this.#pos + 1] === "'") {
          out += "'";
          this.#pos += 2;
          continue;
        }
        this.#pos++;
        return out;
      }
      if (q === '"' && ch === '"') {
        this.#pos++;
        return out;
      }
      if (q === '"' && ch === "\\") {
        const e = s[this.#pos + 1] ?? "";
        if (e === "\n") {
          // Escaped line break: join without a space, drop the next line's indentation.
          this.#pos += 2;
          while (s[this.#pos] === " " || s[this.#pos] === "\t") this.#pos++;
          continue;
        }
        const len = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
        if (len > 0) {
          const hex = s.slice(this.#pos + 2, this.#pos + 2 + len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) {
            this.#fail(`bad escape \\${e}${hex}`);
          }
          out += String.fromCodePoint(parseInt(hex, 16));
          this.#pos += 2 + len;
          continue;
        }
        const rep = DQ_ESCAPES[e];
        if (rep === undefined) this.#fail(`unknown escape \\${e}`);
        out += rep;
        this.#pos += 2;
        continue;
      }
      if (ch === "\n") {
        // Line folding: trailing white space goes, one break is a space, n breaks are n-1 newlines.
        out = out.replace(/[ \t]+$/, "");
        let breaks = 0;
        while (this.#pos < s.length && " \t\n".includes(s[this.#pos]!)) {
          if (s[this.#pos] === "\n") breaks++;
          this.#pos++;
        }
        out += breaks === 1 ? " " : "\n".repeat(breaks - 1);
        continue;
      }
      out += ch;
      this.#pos++;
    }
  }

  #blockScalar(parent: number): string {
    const s = this.#s;
    const folded = s[this.#pos] === ">";
    this.#pos++;
    let chomp: "clip" | "strip" | "keep" = "clip";
    let indent = -1;
    while (this.#pos < s.length && /[-+1-9]/.test(s[this.#pos]!)) {
      const c = s[this.#pos]!;
      if (c === "-") chomp = "strip";
      else if (c === "+") chomp = "keep";
      else indent = Math.max(parent, 0) + Number(c);
      this.#pos++;
    }
    if (!this.#restOfLineEmpty()) this.#fail("a block scalar header must end its line");
    if (!this.#eof()) this.#pos++;
    const lines: string[] = [];
    while (this.#pos < s.length) {
      let end = s.indexOf("\n", this.#pos);
      if (end < 0) end = s.length;
      const raw = s.slice(this.#pos, end);
      if (raw.trim() !== "") {
        const lead = raw.length - raw.trimStart().length;
        if (indent < 0) {
          if (lead <= parent) break;
          indent = lead;
        }
        if (lead < indent) break;
        lines.push(raw.slice(indent));
      } else lines.push(indent >= 0 && raw.length > indent ? raw.slice(indent) : "");
      this.#pos = end < s.length ? end + 1 : end;
    }
    let last = lines.length;
    while (last > 0 && lines[last - 1] === "") last--;
    const trailing = lines.length - last + 1;
    let content = "";
    let empties = 0;
    let prev: string | undefined;
    for (const l of lines.slice(0, last)) {
      if (l === "") {
        empties++;
        continue;
      }
      if (prev === undefined) content += "\n".repeat(empties);
      else if (!folded || l.startsWith(" ") || prev.startsWith(" ")) {
        content += "\n".repeat(empties + 1);
      } else content += empties === 0 ? " " : "\n".repeat(empties);
      content += l;
      empties = 0;
      prev = l;
    }
    if (chomp === "strip" || content === "") return content;
    return content + "\n".repeat(chomp === "keep" ? trailing : 1);
  }

  /** One-line flow collection `[a, b]` / `{a: 1}` of scalars and nested flow collections. */
  #flow(): unknown {
    const s = this.#s;
    const open = s[this.#pos]!;
    const close = open === "[" ? "]" : "}";
    this.#pos++;
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    const ws = () => {
      while (this.#pos < s.length && " \n\t".includes(s[this.#pos]!)) this.#pos++;
    };
    const item = (): unknown => {
      ws();
      const c = s[this.#pos];
      if (c === "[" || c === "{") return this.#flow();
      if (c === "'" || c === '"') return this.#quoted(c);
      const m = /^[^,\[\]{}\n]*?(?=\s*(?:[,\]}]|:(?:\s|$)))/.exec(s.slice(this.#pos));
      if (!m) this.#fail("unterminated flow collection");
      this.#pos += m[0].length;
      return plainValue(m[0].trim());
    };
    ws();
    if (s[this.#pos] === close) {
      this.#pos++;
      return open === "[" ? list : map;
    }
    for (;;) {
      const k = item();
      ws();
      if (open === "{") {
        let v: unknown = null;
        if (s[this.#pos] === ":") {
          this.#pos++;
          v = item();
          ws();
        }
        map[keyString(k)] = v;
      } else list.push(k);
      if (s[this.#pos] === ",") {
        this.#pos++;
        ws();
        if (s[this.#pos] === close) {
          this.#pos++;
          break;
        }
        continue;
      }
      if (s[this.#pos] === close) {
        this.#pos++;
        break;
      }
      this.#fail(`expected ',' or '${close}' in a flow collection`);
    }
    return open === "[" ? list : map;
  }
}

function keyString(key: unknown): string {
  if (key === null) return "null";
  if (typeof key === "object") return JSON.stringify(key);
  return String(key);
}
