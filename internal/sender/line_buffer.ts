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

  /** Forgets the content, keeping the memory. */
  clear(): void {
    this.#pos = 0;
    this.count = 0;
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
    this.#ensure((he - hs) * 2 + 16);
    this.#buf[this.#pos++] = QUOTE;
    this.#buf[this.#pos++] = 0x7b; // {
    let first = true;
    let nested: [Uint8Array[], Uint8Array][] | undefined;
    let p = hs;
    while (p < he) {
      // Varints are read through the wire cursor `wireAt`: no tuple per call on this hot path.
      const tag = readVarint(record, p);
      p = wireAt;
      const wire = tag & 7;
      if (wire !== 2) {
        p = skipField(record, p, wire);
        continue;
      }
      const len = readVarint(record, p);
      if (len < 0) break; // cut short (the log's CRC makes this a bug, not a case)
      const r = wireAt;
      p = r + len;
      if (tag >>> 3 !== 1) continue; // only items (1); step (2) is in the items as _step
      // HistoryItem: key (1), nested_key (2, repeated), value_json (16)
      let keyS = -1, keyE = -1, valS = -1, valE = -1;
      let path: Uint8Array[] | undefined;
      let i = r;
      while (i < p) {
        const t = readVarint(record, i);
        const w = t & 7;
        if (w !== 2) {
          i = skipField(record, wireAt, w);
          continue;
        }
        const l = readVarint(record, wireAt);
        if (l < 0) break;
        const k = wireAt;
        const f = t >>> 3;
        if (f === 1) {
          keyS = k;
          keyE = k + l;
        } else if (f === 2) (path ??= []).push(record.subarray(k, k + l));
        else if (f === 16) {
          valS = k;
          valE = k + l;
        }
        i = k + l;
      }
      if (valS < 0) continue;
      if (path && path.length > 0) {
        (nested ??= []).push([path, record.subarray(valS, valE)]);
        continue;
      }
      if (!first) this.#buf[this.#pos++] = COMMA;
      first = false;
      this.#buf[this.#pos++] = BACKSLASH;
      this.#buf[this.#pos++] = QUOTE;
      if (keyS >= 0) this.#escapeTwice(record, keyS, keyE);
      this.#buf[this.#pos++] = BACKSLASH;
      this.#buf[this.#pos++] = QUOTE;
      this.#buf[this.#pos++] = 0x3a; // :
      this.#escape(record, valS, valE);
    }
    if (nested) {
      const text = nestedJson(nested);
      const lit = JSON.stringify(text).slice(1, -1);
      this.#ensure(lit.length * 3 + 4);
      if (!first && text.length > 0) this.#buf[this.#pos++] = COMMA;
      this.#pos += enc.encodeInto(lit, this.#buf.subarray(this.#pos)).written;
    }
    this.#buf[this.#pos++] = 0x7d; // }
    this.#buf[this.#pos++] = QUOTE;
    return true;
  }

  /** Bytes of the last line's string literal (escaped, without its quotes). */
  get lastLineBytes(): number {
    return this.count === 0 ? 0 : this.#pos - this.#lineStart - 2;
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

  /** Copies JSON text into a string literal: `"` and `\` escaped, control bytes as \u00XX. */
  #escape(src: Uint8Array, from: number, to: number): void {
    this.#ensure((to - from) * 6);
    const b = this.#buf;
    let p = this.#pos;
    for (let i = from; i < to; i++) {
      const c = src[i]!;
      if (c === QUOTE || c === BACKSLASH) {
        b[p++] = BACKSLASH;
        b[p++] = c;
      } else if (c < 0x20) {
        p = u00(b, p, c);
      } else b[p++] = c;
    }
    this.#pos = p;
  }

  /** A raw key: first as JSON string content, then escaped again for the literal. */
  #escapeTwice(src: Uint8Array, from: number, to: number): void {
    this.#ensure((to - from) * 12);
    const b = this.#buf;
    let p = this.#pos;
    for (let i = from; i < to; i++) {
      const c = src[i]!;
      if (c === QUOTE || c === BACKSLASH) {
        b[p++] = BACKSLASH; // \\ then \" or \\\\ : the key's own escape, escaped
        b[p++] = BACKSLASH;
        b[p++] = BACKSLASH;
        b[p++] = c;
      } else if (c < 0x20) {
        b[p++] = BACKSLASH;
        p = u00(b, p, c); // \\u00XX
      } else b[p++] = c;
    }
    this.#pos = p;
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
