/**
 * Batches of encoded records on their way from the user thread to the internal Worker. A batch is
 * a byte buffer of frames, each `u32le length` followed by one encoded `Record` **without** its
 * `num` field (the writer assigns `num` and prepends it). Batches are transferred, never copied.
 *
 * @example
 * ```ts
 * import { FrameBuffer, readFrames } from "./frames.ts";
 * const out = new FrameBuffer(1024);
 * out.pushFrame(new Uint8Array([0xaa, 0x01, 0x00]));
 * const batch = out.take();
 * console.assert([...readFrames(new Uint8Array(batch.buffer, 0, batch.length))].length === 1);
 * ```
 * @module
 */

/** A batch ready to post. */
export interface Batch {
  /** Transferable buffer. */
  buffer: ArrayBuffer;
  /** Bytes used. */
  length: number;
  /** Frames in it. */
  count: number;
}

/** A growable buffer of length-prefixed frames, reused by the encoders on the hot path. */
export class FrameBuffer {
  /** The current buffer. */
  bytes: Uint8Array;
  /** Write position. */
  pos = 0;
  /** Frames written. */
  count = 0;
  /** Called when a frame does not fit: must empty the buffer (e.g. post it via `take()`). */
  onFull: (buf: FrameBuffer) => void;

  /**
   * @param capacity bytes per batch
   * @param onFull called when a frame does not fit; defaults to growing the buffer
   */
  constructor(readonly capacity: number = 128 * 1024, onFull?: (buf: FrameBuffer) => void) {
    this.bytes = new Uint8Array(capacity);
    this.onFull = onFull ?? (() => {});
  }

  /**
   * Reserves a frame of `n` payload bytes and returns the offset where the payload starts.
   * Call {@linkcode FrameBuffer.commit} after writing it.
   */
  reserve(n: number): number {
    if (this.pos + 4 + n > this.bytes.length) {
      if (this.pos > 0) this.onFull(this);
      if (this.pos + 4 + n > this.bytes.length) {
        const grown = new Uint8Array(Math.max(this.capacity, this.pos + 4 + n));
        grown.set(this.bytes.subarray(0, this.pos));
        this.bytes = grown;
      }
    }
    const b = this.bytes;
    const p = this.pos;
    b[p] = n & 0xff;
    b[p + 1] = (n >>> 8) & 0xff;
    b[p + 2] = (n >>> 16) & 0xff;
    b[p + 3] = (n >>> 24) & 0xff;
    return p + 4;
  }

  /** Marks the frame reserved last as written (`end` = offset after its payload). */
  commit(end: number): void {
    this.pos = end;
    this.count++;
  }

  /** Appends a whole encoded record as one frame. */
  pushFrame(record: Uint8Array): void {
    const at = this.reserve(record.length);
    this.bytes.set(record, at);
    this.commit(at + record.length);
  }

  /** Hands out the current batch and starts a new buffer. */
  take(): Batch {
    const batch = { buffer: this.bytes.buffer as ArrayBuffer, length: this.pos, count: this.count };
    this.bytes = new Uint8Array(this.capacity);
    this.pos = 0;
    this.count = 0;
    return batch;
  }
}

/**
 * Iterates the frames of a batch as subarrays (no copies).
 *
 * @throws {RangeError} when a frame length runs past the batch
 * @example
 * ```ts
 * import { readFrames } from "./frames.ts";
 * const frames = [...readFrames(new Uint8Array([1, 0, 0, 0, 7]))];
 * console.assert(frames[0]![0] === 7);
 * ```
 */
export function* readFrames(batch: Uint8Array): Generator<Uint8Array> {
  let p = 0;
  while (p < batch.length) {
    const n = (batch[p]! | (batch[p + 1]! << 8) | (batch[p + 2]! << 16) | (batch[p + 3]! << 24)) >>>
      0;
    p += 4;
    if (p + n > batch.length) throw new RangeError(`Frame at ${p - 4} runs past the batch end`);
    yield batch.subarray(p, p + n);
    p += n;
  }
}
