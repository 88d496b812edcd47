/**
 * Reading the protobuf wire format by hand where decoding whole messages would cost too much:
 * the record type of an encoded `Record` (the handler and the sender look at every frame), and
 * varints through a module cursor, so the hot paths allocate nothing per call. The writing side
 * is `history_encoder.ts`.
 *
 * @example
 * ```ts
 * import { RecordField, recordField } from "./wire.ts";
 * // num = 3, control = {always_send: true}, exit = {}
 * const frame = Uint8Array.of(0x08, 0x03, 0x82, 0x01, 0x02, 0x28, 0x01, 0x92, 0x01, 0x00);
 * console.assert(recordField(frame) === RecordField.exit);
 * ```
 * @module
 */

/** Field numbers of the members of `Record` (records.md §2) that wandb-ts looks at. */
export const RecordField = {
  history: 2,
  summary: 3,
  output: 4,
  config: 5,
  files: 6,
  stats: 7,
  artifact: 8,
  alert: 10,
  metric: 12,
  outputRaw: 13,
  run: 17,
  exit: 18,
  preempting: 23,
  useArtifact: 25,
} as const;

/** Position after the last {@linkcode readVarint} (a live binding). */
export let wireAt = 0;
/** Range of the field the last successful {@linkcode findField} found (live bindings). */
export let fieldStart = 0, fieldEnd = 0;

/**
 * Reads a varint at `p`, leaving the position after it in {@linkcode wireAt}.
 *
 * @returns the value, or -1 when the bytes end inside the varint
 * @example
 * ```ts
 * import { readVarint, wireAt } from "./wire.ts";
 * console.assert(readVarint(Uint8Array.of(0xac, 0x02), 0) === 300 && wireAt === 2);
 * ```
 */
export function readVarint(b: Uint8Array, p: number): number {
  let v = 0, mul = 1;
  while (p < b.length) {
    const c = b[p++]!;
    v += (c & 0x7f) * mul;
    if (c < 0x80) {
      wireAt = p;
      return v;
    }
    mul *= 128;
  }
  wireAt = p;
  return -1;
}

/**
 * Skips the value of a field of wire type `wire` that starts at `p`.
 *
 * @returns the position after it (the end of `b` for an unknown wire type)
 * @example
 * ```ts
 * import { skipField } from "./wire.ts";
 * console.assert(skipField(Uint8Array.of(0x02, 0x61, 0x62, 0x09), 0, 2) === 3);
 * ```
 */
export function skipField(b: Uint8Array, p: number, wire: number): number {
  if (wire === 0) {
    readVarint(b, p);
    return wireAt;
  }
  if (wire === 1) return p + 8;
  if (wire === 5) return p + 4;
  if (wire === 2) {
    const len = readVarint(b, p);
    return len < 0 ? b.length : wireAt + len;
  }
  return b.length;
}

/**
 * Finds the first length-delimited field `field` in `b[from, to)`; its range is left in
 * {@linkcode fieldStart} / {@linkcode fieldEnd}.
 *
 * @returns whether it was found
 * @example
 * ```ts
 * import { fieldEnd, fieldStart, findField } from "./wire.ts";
 * console.assert(findField(Uint8Array.of(0x08, 0x01, 0x12, 0x01, 0x07), 0, 5, 2));
 * console.assert(fieldStart === 4 && fieldEnd === 5);
 * ```
 */
export function findField(b: Uint8Array, from: number, to: number, field: number): boolean {
  let p = from;
  while (p < to) {
    const tag = readVarint(b, p);
    if (tag < 0) return false;
    const wire = tag & 7;
    if (wire === 2) {
      const len = readVarint(b, wireAt);
      if (len < 0) return false;
      if (tag >>> 3 === field) {
        fieldStart = wireAt;
        fieldEnd = wireAt + len;
        return true;
      }
      p = wireAt + len;
    } else p = skipField(b, wireAt, wire);
  }
  return false;
}

/**
 * Field number of the record-type member of an encoded `Record`: the first top-level field that
 * is not `num` (1), `control` (16), `uuid` (19) or `_info` (200). Fields may come in any order
 * (protobufjs writes `control` before most members; the official client writes `_info` first).
 *
 * @returns the field number, or 0 for a frame without one (or a malformed one)
 * @example
 * ```ts
 * import { recordField } from "./wire.ts";
 * console.assert(recordField(Uint8Array.of(0x08, 0x01, 0x12, 0x00)) === 2);
 * ```
 */
export function recordField(frame: Uint8Array): number {
  let p = 0;
  const n = frame.length;
  while (p < n) {
    const tag = readVarint(frame, p);
    if (tag < 0) return 0;
    const field = Math.floor(tag / 8), wire = tag & 7;
    if (field !== 1 && field !== 16 && field !== 19 && field !== 200) return field;
    if (wire > 5 || wire === 3 || wire === 4) return 0;
    p = skipField(frame, wireAt, wire);
  }
  return 0;
}
