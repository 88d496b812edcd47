/**
 * The hot-path encoder of `Record{history: HistoryRecord}` (records.md §5), written straight into a
 * {@linkcode FrameBuffer} with no intermediate objects: items are collected as (key | nested path,
 * value_json) string pairs in reused arrays, sizes are computed, then bytes are written. Its output
 * is byte-identical to the generated protobufjs encoder for the same message (tested), so the
 * generated code stays the one definition of the schema; this is only a faster path to it.
 *
 * Wire layout: `12 len HistoryRecord` where HistoryRecord = `(0a len HistoryItem)* 12 len HistoryStep`,
 * HistoryItem = `0a len key | (12 len part)*` then `82 01 len value_json`, HistoryStep = `[08 varint num]`.
 *
 * @example
 * ```ts
 * import { FrameBuffer } from "./frames.ts";
 * import { HistoryEncoder } from "./history_encoder.ts";
 * const enc = new HistoryEncoder();
 * enc.add("loss", "0.5");
 * const out = new FrameBuffer(256);
 * enc.encodeInto(out, 0);
 * console.assert(out.count === 1);
 * ```
 * @module
 */
import type { FrameBuffer } from "./frames.ts";

/** Collects the items of one history row and encodes it. */
export class HistoryEncoder {
  /** Keys of the collected items (empty string for nested items). */
  readonly keys: string[] = [];
  /** Nested key paths of the collected items (null for top-level items). */
  readonly paths: (readonly string[] | null)[] = [];
  /** value_json of the collected items. */
  readonly values: string[] = [];
  #sizes: number[] = [];
  #n = 0;

  /** Number of items collected so far. */
  get size(): number {
    return this.#n;
  }

  /** Adds a top-level item. */
  add(key: string, valueJson: string): void {
    const i = this.#n++;
    this.keys[i] = key;
    this.paths[i] = null;
    this.values[i] = valueJson;
  }

  /** Adds an item addressed by a nested key path (`nested_key`). */
  addNested(path: readonly string[], valueJson: string): void {
    const i = this.#n++;
    this.keys[i] = "";
    this.paths[i] = path;
    this.values[i] = valueJson;
  }

  /** Drops the collected items. */
  clear(): void {
    this.#n = 0;
  }

  /**
   * Encodes the collected items as one `Record{history}` frame with `step.num = step`, then clears.
   */
  encodeInto(out: FrameBuffer, step: number): void {
    // Most rows are ASCII: size them by string length and verify while copying; a non-ASCII
    // character sends the whole row through the exact (UTF-8 measuring) path instead.
    const start = out.pos;
    if (!this.#encode(out, step, true)) {
      out.pos = start;
      this.#encode(out, step, false);
    }
    this.#n = 0;
  }

  #encode(out: FrameBuffer, step: number, ascii: boolean): boolean {
    const n = this.#n;
    const keys = this.keys, paths = this.paths, values = this.values, sizes = this.#sizes;
    const len = ascii ? (s: string) => s.length : utf8Length;
    let hist = 0;
    for (let i = 0; i < n; i++) {
      let item = 0;
      const path = paths[i];
      if (path === null) {
        const k = len(keys[i]!);
        item += 1 + varintSize(k) + k;
      } else {
        for (let j = 0; j < path!.length; j++) {
          const k = len(path![j]!);
          item += 1 + varintSize(k) + k;
        }
      }
      const v = len(values[i]!);
      item += 2 + varintSize(v) + v;
      sizes[i] = item;
      hist += 1 + varintSize(item) + item;
    }
    const stepSize = step > 0 ? 1 + varintSize(step) : 0;
    hist += 1 + varintSize(stepSize) + stepSize;
    const total = 1 + varintSize(hist) + hist;

    let p = out.reserve(total);
    const b = out.bytes;
    b[p++] = 0x12;
    p = writeVarint(b, p, hist);
    for (let i = 0; i < n; i++) {
      b[p++] = 0x0a;
      p = writeVarint(b, p, sizes[i]!);
      const path = paths[i];
      if (path === null) {
        b[p++] = 0x0a;
        p = ascii ? writeAscii(b, p, keys[i]!) : writeString(b, p, keys[i]!);
      } else {
        for (let j = 0; j < path!.length; j++) {
          b[p++] = 0x12;
          p = ascii ? writeAscii(b, p, path![j]!) : writeString(b, p, path![j]!);
          if (p < 0) return false;
        }
      }
      if (p < 0) return false;
      b[p++] = 0x82;
      b[p++] = 0x01;
      p = ascii ? writeAscii(b, p, values[i]!) : writeString(b, p, values[i]!);
      if (p < 0) return false;
    }
    b[p++] = 0x12;
    p = writeVarint(b, p, stepSize);
    if (step > 0) {
      b[p++] = 0x08;
      p = writeVarint(b, p, step);
    }
    out.commit(p);
    return true;
  }
}

/** Writes `varint(len) s` for an ASCII string; returns -1 at the first non-ASCII character. */
function writeAscii(b: Uint8Array, p: number, s: string): number {
  const n = s.length;
  p = writeVarint(b, p, n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return -1;
    b[p + i] = c;
  }
  return p + n;
}

/** Bytes needed by a varint of a non-negative safe integer. */
export function varintSize(v: number): number {
  if (v < 0x80) return 1;
  if (v < 0x4000) return 2;
  if (v < 0x200000) return 3;
  if (v < 0x10000000) return 4;
  let n = 4;
  v = Math.floor(v / 0x10000000);
  while (v > 0) {
    n++;
    v = Math.floor(v / 0x80);
  }
  return n;
}

/** Writes a varint of a non-negative safe integer; returns the new position. */
export function writeVarint(b: Uint8Array, p: number, v: number): number {
  while (v >= 0x80) {
    b[p++] = (v & 0x7f) | 0x80;
    v = v >= 0x80000000 ? Math.floor(v / 128) : v >>> 7;
  }
  b[p++] = v;
  return p;
}

/** UTF-8 byte length of a string (lone surrogates count as U+FFFD, 3 bytes). */
export function utf8Length(s: string): number {
  const n = s.length;
  let len = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) len += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      len += 2; // 4 bytes for the pair of 2 code units
      i++;
    } else len += 2;
  }
  return len;
}

const encoder = new TextEncoder();

/** Writes `varint(len) utf8(s)`; returns the new position. */
function writeString(b: Uint8Array, p: number, s: string): number {
  const n = s.length;
  const start = p;
  if (n < 0x80) {
    p++;
    let i = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) break;
      b[p + i] = c;
    }
    if (i === n) {
      b[start] = n;
      return p + n;
    }
    p = start;
  }
  const len = utf8Length(s);
  p = writeVarint(b, p, len);
  encoder.encodeInto(s, b.subarray(p, p + len));
  return p + len;
}
