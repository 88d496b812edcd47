/**
 * Reads records back from a `.wandb` transaction log that may still be growing: the sender's
 * source. It starts at any record offset, reads only up to the offset the writer has committed,
 * checks every chunk's CRC, and remembers where the next record starts, so the sender holds no
 * rows in memory while the server is away: it simply stops reading and later goes on from its
 * place (or, in `sync`, from a checkpoint).
 *
 * @example
 * ```ts ignore
 * const tail = LogTail.open("run-x.wandb", 7);
 * for (const rec of tail.read(committedOffset)) handle(rec.bytes);
 * ```
 * @module
 */
import { crc32Update } from "../crc32.ts";
import { BLOCK_SIZE, CHUNK_HEADER_SIZE, TransactionLogError } from "../transaction_log.ts";

const BLOCK = BLOCK_SIZE;
const HDR = CHUNK_HEADER_SIZE;
const FULL = 1, FIRST = 2, MIDDLE = 3, LAST = 4;
const TYPE_NAMES = ["zero", "FULL", "FIRST", "MIDDLE", "LAST"];
/** Bytes read from the file per window. */
const WINDOW = 1 << 20;
/** `#parse` results: a whole record; an incomplete one (wait for more); bytes to skip (recover). */
const RECORD = 0, MORE = 1, SKIP = 2;

/** One record read back: its byte range in the file and its payload. The object is reused:
 * it and its `bytes` are valid until the iterator moves on. */
export interface TailRecord {
  /** Offset of the record's first chunk. */
  offset: number;
  /** Offset just after its last chunk: where the next record starts (after any padding). */
  end: number;
  /** The payload (a view into the reader's buffers). */
  bytes: Uint8Array;
}

/**
 * A damaged stretch of a log that a recovering {@linkcode LogTail} skipped: absolute byte offsets,
 * `from` the record start where reading failed, `to` (exclusive) the start of the next good record.
 *
 * @example
 * ```ts
 * import type { DamagedRegion } from "./log_tail.ts";
 * const region: DamagedRegion = { from: 114, to: 32768, reason: "checksum mismatch at byte offset 114" };
 * if (region.to - region.from !== 32654) throw new Error();
 * ```
 */
export interface DamagedRegion {
  /** Offset of the first byte not read as a record: where the failed record started. */
  from: number;
  /** Offset of the next good record (exclusive end of the region). */
  to: number;
  /** What was wrong first, e.g. `checksum mismatch at byte offset 114`. */
  reason: string;
}

/**
 * A reader of a transaction log from a record offset onwards. Strict by default (a damaged chunk
 * throws); with {@linkcode LogTail.recover} it skips damaged regions and reports them.
 *
 * @example
 * ```ts ignore
 * const tail = LogTail.open("run-x.wandb", checkpoint.logOffset);
 * tail.recover = true;
 * tail.onDamaged = (r) => console.warn(`skipped bytes ${r.from}..${r.to}: ${r.reason}`);
 * for (const rec of tail.read(Deno.statSync("run-x.wandb").size)) handle(rec.bytes);
 * if (tail.stalled) console.warn(`the log ends with an unreadable tail from byte ${tail.pos}`);
 * ```
 */
export class LogTail {
  /** Offset of the next record to read: always a record start (or the padding before one). */
  pos: number;
  /**
   * Check every chunk's CRC. The live sender turns it off: it reads back what the writer of the
   * same process checksummed a moment ago. `sync` keeps it on.
   */
  verify = true;
  /**
   * Skip damaged regions instead of throwing (the Go reader's recovery, see
   * `protocol/transaction-log.md` §3). On a checksum mismatch, a chunk length that runs past its
   * block, a bad chunk type, or a chunk after FIRST that is not MIDDLE/LAST, the record being read
   * is dropped and reading goes on at the next 32 KiB block boundary. Where a record should start,
   * MIDDLE/LAST chunks are skipped one by one until a FULL or FIRST chunk. A chunk header of 7 zero
   * bytes (a zero-filled or pre-allocated block) skips the rest of its block: silently where a
   * record should start, as damage inside a record. (Without `recover` all of these throw.)
   *
   * Reports: what lies between the start of the record that failed and the start of the next good
   * record is one {@linkcode DamagedRegion} (`from` = where the failed record started, i.e.
   * {@linkcode pos} past any block padding; `to` = the good record's offset; further damage before that good record joins it, with the first
   * reason). It is pushed onto {@linkcode damaged} and passed to {@linkcode onDamaged} when that
   * good record (whole, ending at or before `limit`) is found, just before it is yielded. Skipped
   * zero-filled blocks alone are not reported.
   *
   * End of the data: damage with no good record after it before `limit` (a torn or zero-filled
   * tail, a crash mid-write) is not reported. The read ends as at an incomplete record:
   * {@linkcode stalled} is true and {@linkcode pos} stays at the region's `from`, so a later
   * `read` with a larger `limit` scans it again and reports it if good records follow. For a
   * finished log this is Python's "incomplete file: sync what was read" (`_robust_scan`), applied
   * only to damage nothing good follows, where Python applies it to any damage in the last 32761
   * bytes and aborts on damage before them.
   */
  recover = false;
  /** Damaged regions skipped so far (with {@linkcode recover}), in file order. */
  readonly damaged: DamagedRegion[] = [];
  /** Called with each region as it is pushed onto {@linkcode damaged}. */
  onDamaged?: (region: DamagedRegion) => void;
  /** The last read stopped at a record that is not complete yet (or never will be: a log cut
   * short by a crash, or, with {@linkcode recover}, damage with no good record after it). */
  stalled = false;
  #file: Deno.FsFile;
  #path: string;
  #window = WINDOW;
  #buf = new Uint8Array(WINDOW);
  #rec = new Uint8Array(64 * 1024);
  #next = 0;
  #bytes: Uint8Array = this.#rec.subarray(0, 0);
  /** Why the last `SKIP` skipped; "" for a zero-filled block. */
  #why = "";
  /** During a read with `recover`: where the skipped bytes start (no good record since), or -1. */
  #from = -1;
  /** Why they were skipped: the first `#why` that is not "" (zero-filled blocks only). */
  #reason = "";

  private constructor(file: Deno.FsFile, path: string, pos: number) {
    this.#file = file;
    this.#path = path;
    this.pos = pos;
  }

  /**
   * Opens a log for reading from `pos` (a record start; 7 = the first record).
   *
   * @example
   * ```ts ignore
   * const tail = LogTail.open("run-x.wandb");
   * tail.recover = true; // skip damaged blocks; see tail.damaged
   * ```
   */
  static open(path: string, pos = HDR): LogTail {
    return new LogTail(Deno.openSync(path, { read: true }), path, Math.max(pos, HDR));
  }

  /**
   * Yields the complete records between {@linkcode pos} and `limit` (the committed size), in
   * order, advancing `pos` past each one as it is yielded. Stops early when the caller breaks.
   * Sets {@linkcode stalled} when it stops at an incomplete record (or, with
   * {@linkcode recover}, at damage with no good record after it before `limit`).
   *
   * @throws {TransactionLogError} `log/corrupt` with the byte offset for a bad chunk, unless
   * {@linkcode recover} is set
   */
  *read(limit: number): Generator<TailRecord, void, undefined> {
    if (this.#window !== WINDOW) this.#shrink(); // a long record grew the buffers: let them go
    this.stalled = false;
    this.#from = -1;
    this.#reason = "";
    const out: TailRecord = { offset: 0, end: 0, bytes: this.#rec.subarray(0, 0) };
    let at = this.pos; // where the next window starts: a record start, or a skip's target
    let p = 0; // position in the window
    let n = 0; // bytes in the window
    while (at < limit) {
      const start = at;
      const want = Math.min(limit - start, this.#window);
      n = this.#readAt(start, want);
      p = 0;
      while (p < n) {
        const abs = start + p;
        const room = BLOCK - (abs % BLOCK);
        if (room < HDR) {
          p += room; // block padding
          continue;
        }
        const r = this.#parse(start, p, n);
        if (r !== RECORD) {
          if (r === MORE) break; // an incomplete record
          this.#skipped(abs); // recover
          p = this.#next;
          continue;
        }
        if (this.#from >= 0) this.#found(abs);
        p = this.#next;
        this.pos = start + p;
        out.offset = abs;
        out.end = this.pos;
        out.bytes = this.#bytes;
        yield out; // one object, refilled: nothing allocated per record but the view
      }
      at = start + p;
      if (n < want || start + n >= limit) break; // the end of the data
      if (p < HDR && p < n) this.#window *= 2; // a record longer than the window: grow it
    }
    if (this.#from >= 0) {
      this.pos = this.#from; // damage at the end: an incomplete tail
      this.stalled = true;
    } else {
      this.pos = Math.max(this.pos, at); // `at` is past padding only
      this.stalled = p < n; // stopped at an incomplete record
    }
  }

  /** `recover` skipped bytes at `abs`, where a record should start (see `#why`). */
  #skipped(abs: number): void {
    if (this.#from < 0) this.#from = abs;
    if (this.#reason === "") this.#reason = this.#why;
  }

  /** A good record at `abs` after skipped bytes: reports them unless only zero-filled blocks. */
  #found(abs: number): void {
    this.pos = abs;
    const region: DamagedRegion = { from: this.#from, to: abs, reason: this.#reason };
    this.#from = -1;
    this.#reason = "";
    if (region.reason === "") return;
    this.damaged.push(region);
    this.onDamaged?.(region);
  }

  /**
   * Parses one record starting at window position `p`. `RECORD`: `#next` is its end and `#bytes`
   * its payload; `MORE`: it is not complete in the window; `SKIP` (only with `recover`): `#next`
   * is where to look for a record start and `#why` why.
   */
  #parse(start: number, p: number, n: number): number {
    const b = this.#buf;
    const p0 = p;
    let size = 0;
    let first = true;
    while (true) {
      const abs = start + p;
      const room = BLOCK - (abs % BLOCK);
      if (room < HDR) {
        p += room;
        continue;
      }
      if (n - p < HDR) return MORE;
      const crc = (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;
      const len = b[p + 4]! | (b[p + 5]! << 8);
      const type = b[p + 6]!;
      if (len + HDR > room) {
        return this.#bad(start + p0, abs, p + room, `chunk length ${len} runs past its block`);
      }
      if (n - p < HDR + len) return MORE;
      const ok = first ? type === FULL || type === FIRST : type === MIDDLE || type === LAST;
      if (!ok) return this.#badType(start + p0, abs, p, room, first, crc, len, type);
      if (this.verify && crc32Update(0, b, p + 6, p + HDR + len) !== crc) {
        return this.#bad(start + p0, abs, p + room, "checksum mismatch");
      }
      if (type === FULL) {
        this.#next = p + HDR + len;
        this.#bytes = b.subarray(p + HDR, p + HDR + len);
        return RECORD;
      }
      if (size + len > this.#rec.length) {
        const grown = new Uint8Array(Math.max(this.#rec.length * 2, size + len));
        grown.set(this.#rec.subarray(0, size));
        this.#rec = grown;
      }
      this.#rec.set(b.subarray(p + HDR, p + HDR + len), size);
      size += len;
      p += HDR + len;
      first = false;
      if (type === LAST) {
        this.#next = p;
        this.#bytes = this.#rec.subarray(0, size);
        return RECORD;
      }
    }
  }

  /** A chunk of the wrong type at `abs` (window position `p`) in the record starting at `rec`. */
  #badType(
    rec: number,
    abs: number,
    p: number,
    room: number,
    first: boolean,
    crc: number,
    len: number,
    type: number,
  ): number {
    if (this.recover) {
      if (crc === 0 && len === 0 && type === 0) {
        if (!first) return this.#bad(rec, abs, p + room, "zero-filled block inside a record");
        this.#why = ""; // a zero-filled (pre-allocated) rest of block: skipped silently
        this.#next = p + room;
        return SKIP;
      }
      if (first && (type === MIDDLE || type === LAST)) {
        if (this.verify && crc32Update(0, this.#buf, p + 6, p + HDR + len) !== crc) {
          return this.#bad(rec, abs, p + room, "checksum mismatch");
        }
        this.#why = `${TYPE_NAMES[type]} chunk where a record should start at byte offset ${abs}`;
        this.#next = p + HDR + len; // skip this chunk only
        return SKIP;
      }
    }
    const after = first ? "" : " after FIRST";
    return this.#bad(rec, abs, p + room, `unexpected chunk type ${type}${after}`);
  }

  /**
   * A bad chunk at `abs` in the record starting at `rec`: throws, or with `recover` skips to `next`
   * (the window position of the next block boundary).
   */
  #bad(rec: number, abs: number, next: number, what: string): number {
    if (!this.recover) throw this.#corrupt(abs, what);
    const dropped = rec < abs ? ` (record starting at ${rec} dropped)` : "";
    this.#why = `${what} at byte offset ${abs}${dropped}`;
    this.#next = next;
    return SKIP;
  }

  /** Back to the first window and buffer sizes (the views of the last read are spent). */
  #shrink(): void {
    this.#window = WINDOW;
    if (this.#buf.length > WINDOW) this.#buf = new Uint8Array(WINDOW);
    if (this.#rec.length > 4 * WINDOW) this.#rec = new Uint8Array(64 * 1024);
  }

  #readAt(at: number, want: number): number {
    if (this.#buf.length < want) this.#buf = new Uint8Array(want);
    this.#file.seekSync(at, Deno.SeekMode.Start);
    let got = 0;
    while (got < want) {
      const n = this.#file.readSync(this.#buf.subarray(got, want));
      if (n === null || n === 0) break;
      got += n;
    }
    return got;
  }

  #corrupt(at: number, what: string): TransactionLogError {
    return new TransactionLogError(
      "log/corrupt",
      at,
      `Cannot read ${this.#path}: ${what} at byte offset ${at}; the records before it were sent`,
    );
  }

  /** Closes the file. */
  close(): void {
    try {
      this.#file.close();
    } catch {
      // already closed
    }
  }
}
