/**
 * The content of one file_stream file in a post, built as bytes: comma-separated JSON string
 * literals, each one line of the file. History rows go straight from the encoded
 * `HistoryRecord` to the escaped JSON text of the row (no objects, no intermediate strings);
 * other lines come as strings. The buffer is reused post after post.
 *
 * @example
 * ```ts
 * import { LineBuffer } from "./line_buffer.ts";
 * const b = new LineBuffer();
 * b.addText('{"a": 1}');
 * console.assert(new TextDecoder().decode(b.bytes()) === '"{\\"a\\": 1}"' && b.count === 1);
 * ```
 * @module
 */

import {
  fieldEnd,
  fieldStart,
  findField,
  readVarint,
  skipField,
  wireAt,
} from "../../proto/wire.ts";

const enc = new TextEncoder();
const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c;
const HEX = "0123456789abcdef";
/** Capacity a buffer keeps across batches: a full batch (2 MiB) grows it to 4 MiB at most. */
const KEEP_BYTES = 4 << 20;

/** Bytes of comma-separated JSON string literals. */
export class LineBuffer {
  #buf = new Uint8Array(64 * 1024);
  #pos = 0;
  #lineStart = 0;
  /** Lines held. */
  count = 0;

  /** Bytes held. */
  get size(): number {
    return this.#pos;
  }

  /** The content so far (a view; valid until the next write). */
  bytes(): Uint8Array {
    return this.#buf.subarray(0, this.#pos);
  }

  /**
   * Forgets the content, keeping the memory: a full batch's worth (4 MiB); a buffer that one
   * long row grew past that goes back to its first size.
   */
  clear(): void {
    this.#pos = 0;
    this.count = 0;
    if (this.#buf.length > KEEP_BYTES) this.#buf = new Uint8Array(64 * 1024);
  }

  /** The bytes this buffer holds on to (its capacity). */
  get capacity(): number {
    return this.#buf.length;
  }

  /** Adds one line given as a string. */
  addText(line: string): void {
    this.#begin();
    const lit = JSON.stringify(line);
    this.#ensure(lit.length * 3);
    this.#pos += enc.encodeInto(lit, this.#buf.subarray(this.#pos)).written;
  }

  /**
   * Adds the history row of an encoded `Record` holding a `HistoryRecord` (field 2): its items
   * as a JSON object (`nested_key` items become nested objects), escaped as one string literal.
   *
   * @returns false (nothing added) when the record holds no history
   */
  addHistory(record: Uint8Array): boolean {
    if (!findField(record, 0, record.length, 2)) return false;
    const hs = fieldStart, he = fieldEnd;
    this.#begin();
    // Room for the worst case once (a key of control bytes: 7 bytes each), so the loops below
    // write through locals without a bounds check per item: this is the sender's hot path.
    this.#ensure((he - hs) * 7 + 16);
    const b = this.#buf;
    let q = this.#pos;
    b[q++] = QUOTE;
    b[q++] = 0x7b; // {
    let first = true;
    let nested: [Uint8Array[], Uint8Array][] | undefined;
    let p = hs;
    while (p < he) {
      // One-byte varints inline; longer ones through the wire cursor `wireAt`.
      let tag = record[p]!;
      if (tag < 0x80) p++;
      else {
        tag = readVarint(record, p);
        p = wireAt;
      }
      const wire = tag & 7;
      if (wire !== 2) {
        p = skipField(record, p, wire);
        continue;
      }
      let len = record[p]!;
      if (len < 0x80) p++;
      else {
        len = readVarint(record, p);
        if (len < 0) break; // cut short (the log's CRC makes this a bug, not a case)
        p = wireAt;
      }
      const r = p;
      p = r + len;
      if (tag !== 10) continue; // only items (field 1); step (2) is in the items as _step
      // HistoryItem: key (1), nested_key (2, repeated), value_json (16)
      let keyS = -1, keyE = -1, valS = -1, valE = -1;
      let path: Uint8Array[] | undefined;
      let i = r;
      while (i < p) {
        let t = record[i]!;
        if (t < 0x80) i++;
        else {
          t = readVarint(record, i);
          i = wireAt;
        }
        const w = t & 7;
        if (w !== 2) {
          i = skipField(record, i, w);
          continue;
        }
        let l = record[i]!;
        if (l < 0x80) i++;
        else {
          l = readVarint(record, i);
          if (l < 0) break;
          i = wireAt;
        }
        const f = t >>> 3;
        if (f === 1) {
          keyS = i;
          keyE = i + l;
        } else if (f === 2) (path ??= []).push(record.subarray(i, i + l));
        else if (f === 16) {
          valS = i;
          valE = i + l;
        }
        i += l;
      }
      if (valS < 0) continue;
      if (path && path.length > 0) {
        (nested ??= []).push([path, record.subarray(valS, valE)]);
        continue;
      }
      if (!first) b[q++] = COMMA;
      first = false;
      b[q++] = BACKSLASH;
      b[q++] = QUOTE;
      // The raw key: first as JSON string content, then escaped again for the literal.
      for (let k = keyS; k < keyE; k++) {
        const c = record[k]!;
        if (c === QUOTE || c === BACKSLASH) {
          b[q++] = BACKSLASH; // \\ then \" or \\\\ : the key's own escape, escaped
          b[q++] = BACKSLASH;
          b[q++] = BACKSLASH;
          b[q++] = c;
        } else if (c < 0x20) {
          b[q++] = BACKSLASH;
          q = u00(b, q, c); // \\u00XX
        } else b[q++] = c;
      }
      b[q++] = BACKSLASH;
      b[q++] = QUOTE;
      b[q++] = 0x3a; // :
      // The value's JSON text into the literal: `"` and `\` escaped, control bytes as \u00XX.
      for (let k = valS; k < valE; k++) {
        const c = record[k]!;
        if (c === QUOTE || c === BACKSLASH) {
          b[q++] = BACKSLASH;
          b[q++] = c;
        } else if (c < 0x20) q = u00(b, q, c);
        else b[q++] = c;
      }
    }
    this.#pos = q;
    if (nested) {
      const text = nestedJson(nested);
      const lit = JSON.stringify(text).slice(1, -1);
      this.#ensure(lit.length * 3 + 4);
      if (!first && text.length > 0) this.#buf[this.#pos++] = COMMA;
      this.#pos += enc.encodeInto(lit, this.#buf.subarray(this.#pos)).written;
    }
    this.#ensure(2);
    this.#buf[this.#pos++] = 0x7d; // }
    this.#buf[this.#pos++] = QUOTE;
    return true;
  }

  /** Bytes of the last line's string literal (escaped, without its quotes). */
  get lastLineBytes(): number {
    return this.count === 0 ? 0 : this.#pos - this.#lineStart - 2;
  }

  /**
   * UTF-8 bytes of the last line itself (what W&B's line limit counts): its literal without the
   * escapes this buffer added. A scan: for the rare line whose literal is over a limit.
   */
  lastLineContentBytes(): number {
    if (this.count === 0) return 0;
    const b = this.#buf;
    let n = 0;
    for (let i = this.#lineStart + 1, end = this.#pos - 1; i < end; i++) {
      n++;
      if (b[i] !== BACKSLASH) continue;
      if (b[i + 1] === 0x75) { // \uXXXX: one character of 1-3 UTF-8 bytes
        const code = parseInt(String.fromCharCode(b[i + 2]!, b[i + 3]!, b[i + 4]!, b[i + 5]!), 16);
        n += code < 0x80 ? 0 : code < 0x800 ? 1 : 2;
        i += 5;
      } else i++;
    }
    return n;
  }

  /** Takes the last line back out (one over the post limit). */
  dropLast(): void {
    if (this.count === 0) return;
    this.#pos = this.#lineStart - (this.count > 1 ? 1 : 0);
    this.count--;
  }

  #begin(): void {
    this.#ensure(1);
    if (this.count++ > 0) this.#buf[this.#pos++] = COMMA;
    this.#lineStart = this.#pos;
  }

  #ensure(extra: number): void {
    if (this.#pos + extra <= this.#buf.length) return;
    const grown = new Uint8Array(Math.max(this.#buf.length * 2, this.#pos + extra));
    grown.set(this.#buf.subarray(0, this.#pos));
    this.#buf = grown;
  }
}

function u00(b: Uint8Array, p: number, c: number): number {
  b[p++] = BACKSLASH;
  b[p++] = 0x75; // u
  b[p++] = 0x30;
  b[p++] = 0x30;
  b[p++] = HEX.charCodeAt(c >> 4);
  b[p++] = HEX.charCodeAt(c & 15);
  return p;
}

const dec = new TextDecoder();

/** The members of nested items as JSON object text without braces: `"a":{"b":1}`. */
function nestedJson(items: [Uint8Array[], Uint8Array][]): string {
  type Node = Map<string, Node | string>;
  const root: Node = new Map();
  for (const [path, value] of items) {
    let node = root;
    for (let i = 0; i < path.length - 1; i++) {
      const k = dec.decode(path[i]);
      let next = node.get(k);
      if (typeof next !== "object") node.set(k, next = new Map());
      node = next;
    }
    node.set(dec.decode(path[path.length - 1]), dec.decode(value));
  }
  const emit = (n: Node): string =>
    [...n].map(([k, v]) => `${JSON.stringify(k)}:${typeof v === "string" ? v : `{${emit(v)}}`}`)
      .join(",");
  return emit(root);
}
