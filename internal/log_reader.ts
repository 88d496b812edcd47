/**
 * The one reader of `.wandb` transaction logs: it parses chunks, checks checksums and recovers
 * from damage with the rules of W&B's readers (`protocol/transaction-log.md` §3), for every
 * consumer: the sender and `sync` read a log that may still be growing with {@linkcode LogReader}
 * (synchronous, resumable from any record offset, 1 MiB windows, no allocation per record), and
 * `dump` and the tests scan a whole file or stream with {@linkcode readTransactionLog}, an async
 * iterator over the same reader.
 *
 * The rules, strict (the default of {@linkcode LogReader}) or recovering:
 * - the file header must be `:W&B`, magic `0xBEE1`, version 0: else `log/bad-header`, always;
 * - a chunk whose checksum does not match, whose length runs past its block, whose type is not
 *   1..4, a chunk after FIRST that is not MIDDLE or LAST, zero bytes inside a record, or block
 *   padding that is not zero: strict, a `log/corrupt` error naming its offset; recovering (Go's
 *   reader), the record being read is dropped and reading goes on at the next block boundary;
 * - where a record should start, a MIDDLE or LAST chunk (its record's start was lost) is skipped
 *   on its own, and a chunk header of seven zero bytes (a zero-filled or pre-allocated block)
 *   skips the rest of its block, silently;
 * - what lies between the start of the first dropped record and the next good record is one
 *   damaged region (W&B reports the first error), reported when that good record is read;
 * - the data ends inside a record, or in damage with no good record after it: the reader stops
 *   at that record's (or region's) start, where a later read with more data goes on (Go's
 *   "unexpected EOF" of a live file; Python's "incomplete file: sync what was read").
 *
 * @example Read a finished log, skipping damaged regions
 * ```ts ignore
 * const reader = LogReader.open("run-x.wandb");
 * reader.recover = true;
 * for (const rec of reader.read()) handle(rec.bytes);
 * reader.close();
 * ```
 * @module
 */
import { crc32Update } from "./crc32.ts";
import {
  BLOCK_SIZE,
  CHUNK_HEADER_SIZE,
  CHUNK_TYPE,
  FILE_HEADER,
  TransactionLogError,
} from "./log_format.ts";

const BLOCK = BLOCK_SIZE;
const HDR = CHUNK_HEADER_SIZE;
const { FULL, FIRST, MIDDLE, LAST } = CHUNK_TYPE;
const TYPE_NAMES = ["zero", "FULL", "FIRST", "MIDDLE", "LAST"];
/** Bytes read per window. */
const WINDOW = 1 << 20;
/** `#parse` results: a whole record; an incomplete one (wait for more); bytes to skip (recover). */
const RECORD = 0, MORE = 1, SKIP = 2;

/** One record read back: its byte range in the file and its payload. The object is reused:
 * it and its `bytes` are valid until the iterator moves on. */
export interface LogRecord {
  /** Offset of the record's first chunk. */
  offset: number;
  /** Offset just after its last chunk: where the next record starts (after any padding). */
  end: number;
  /** The payload (a view into the reader's buffers). */
  bytes: Uint8Array;
}

/**
 * A damaged stretch of a log that a recovering {@linkcode LogReader} skipped: absolute byte
 * offsets, `from` the record start where reading failed, `to` (exclusive) the start of the next
 * good record.
 *
 * @example
 * ```ts
 * import type { DamagedRegion } from "./log_reader.ts";
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

/** Where a {@linkcode LogReader} gets its bytes. */
interface _Source {
  /** A view of the bytes `[at, at + k)`, `k <= want`; `k < want` only where the bytes end. */
  view(at: number, want: number): Uint8Array;
  /** The views handed out so far are spent: a buffer grown for a long record may go. */
  release(): void;
  close(): void;
}

/** A file read with positioned, synchronous reads into one reused window buffer. */
class _FileSource implements _Source {
  #file: Deno.FsFile;
  #buf = new Uint8Array(WINDOW);

  constructor(file: Deno.FsFile) {
    this.#file = file;
  }

  view(at: number, want: number): Uint8Array {
    if (this.#buf.length < want) this.#buf = new Uint8Array(want);
    this.#file.seekSync(at, Deno.SeekMode.Start);
    let got = 0;
    while (got < want) {
      const n = this.#file.readSync(this.#buf.subarray(got, want));
      if (n === null || n === 0) break;
      got += n;
    }
    return this.#buf.subarray(0, got);
  }

  release(): void {
    if (this.#buf.length > WINDOW) this.#buf = new Uint8Array(WINDOW);
  }

  close(): void {
    try {
      this.#file.close();
    } catch {
      // already closed
    }
  }
}

/**
 * Bytes in memory: adopted whole (no copy), or appended piece by piece (copied, so the caller
 * may reuse its buffers). Bytes before the reader's place are dropped when more are appended.
 */
class _Spool implements _Source {
  #buf: Uint8Array;
  /** Absolute offset of `#buf[0]`. */
  #base = 0;
  #len: number;
  /** `#buf` is ours (not the caller's adopted bytes). */
  #own: boolean;

  constructor(bytes?: Uint8Array) {
    this.#buf = bytes ?? new Uint8Array(0);
    this.#len = this.#buf.length;
    this.#own = bytes === undefined;
  }

  /** Appends a copy of `chunk`, dropping the bytes before `keep` (an absolute offset). */
  append(chunk: Uint8Array, keep: number): void {
    const drop = Math.max(0, Math.min(keep - this.#base, this.#len));
    const live = this.#len - drop;
    if (!this.#own || live + chunk.length > this.#buf.length) {
      const grown = new Uint8Array(Math.max(64 * 1024, 2 * (live + chunk.length)));
      grown.set(this.#buf.subarray(drop, this.#len));
      this.#buf = grown;
      this.#own = true;
    } else if (drop > 0) {
      this.#buf.copyWithin(0, drop, this.#len);
    }
    this.#base += drop;
    this.#len = live;
    this.#buf.set(chunk, live);
    this.#len += chunk.length;
  }

  view(at: number, want: number): Uint8Array {
    const i = at - this.#base;
    if (i < 0) {
      throw new RangeError(
        `Cannot read log bytes at ${at}: bytes before ${this.#base} were dropped; read on from the reader's pos`,
      );
    }
    return this.#buf.subarray(Math.min(i, this.#len), Math.min(i + want, this.#len));
  }

  release(): void {}

  close(): void {}
}

/**
 * Reads records from a `.wandb` log, from any record offset on, up to a limit (the offset the
 * writer committed): a file that may still be growing ({@linkcode LogReader.open}) or bytes in
 * memory ({@linkcode LogReader.of}, {@linkcode LogReader.append}). Strict by default (a damaged
 * chunk throws); with {@linkcode LogReader.recover} it skips damaged regions and reports them.
 *
 * @example
 * ```ts ignore
 * const reader = LogReader.open("run-x.wandb", checkpoint.logOffset);
 * reader.recover = true;
 * reader.onDamaged = (r) => console.warn(`skipped bytes ${r.from}..${r.to}: ${r.reason}`);
 * for (const rec of reader.read(Deno.statSync("run-x.wandb").size)) handle(rec.bytes);
 * if (reader.stalled) console.warn(`the log ends with an unreadable tail from byte ${reader.pos}`);
 * ```
 */
export class LogReader {
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
   * block, a bad chunk type, a chunk after FIRST that is not MIDDLE/LAST, or non-zero block
   * padding, the record being read is dropped and reading goes on at the next 32 KiB block
   * boundary. Where a record should start, MIDDLE/LAST chunks are skipped one by one until a FULL
   * or FIRST chunk. A chunk header of 7 zero bytes (a zero-filled or pre-allocated block) skips
   * the rest of its block: silently where a record should start, as damage inside a record.
   * (Without `recover` all of these throw.)
   *
   * Reports: what lies between the start of the record that failed and the start of the next good
   * record is one {@linkcode DamagedRegion} (`from` = where the failed record started, i.e.
   * {@linkcode pos} past any block padding; `to` = the good record's offset; further damage before
   * that good record joins it, with the first reason). It is pushed onto {@linkcode damaged} and
   * passed to {@linkcode onDamaged} when that good record (whole, ending at or before `limit`) is
   * found, just before it is yielded. Skipped zero-filled blocks alone are not reported.
   *
   * End of the data: damage with no good record after it before `limit` (a torn or zero-filled
   * tail, a crash mid-write) is not reported. The read ends as at an incomplete record:
   * {@linkcode stalled} is true and {@linkcode pos} stays at the region's `from`, so a later
   * `read` with a larger `limit` goes on (from where this one stopped, unless `pos` was moved)
   * and reports it if good records follow. For a finished log this is Python's "incomplete file:
   * sync what was read" (`_robust_scan`), applied only to damage nothing good follows, where
   * Python applies it to any damage in the last 32761 bytes and aborts on damage before them.
   */
  recover = false;
  /** Damaged regions skipped so far (with {@linkcode recover}), in file order. */
  readonly damaged: DamagedRegion[] = [];
  /** Called with each region as it is pushed onto {@linkcode damaged}. */
  onDamaged?: (region: DamagedRegion) => void;
  /** The last read stopped at a record that is not complete yet (or never will be: a log cut
   * short by a crash, or, with {@linkcode recover}, damage with no good record after it). */
  stalled = false;
  #src: _Source;
  #name: string;
  #headerOk = false;
  #window = WINDOW;
  /** The window being parsed. */
  #b: Uint8Array = new Uint8Array(0);
  #rec = new Uint8Array(64 * 1024);
  #next = 0;
  #bytes: Uint8Array = this.#rec.subarray(0, 0);
  /** Why the last `SKIP` skipped; "" for a zero-filled block. */
  #why = "";
  /** During a read with `recover`: where the skipped bytes start (no good record since), or -1. */
  #from = -1;
  /** Why they were skipped: the first `#why` that is not "" (zero-filled blocks only). */
  #reason = "";
  /** A read that ended in unreported damage: its `#from`, `#reason` and where it stopped. */
  #tail = { from: -1, reason: "", at: 0 };
  /** Why the last read stalled (see {@linkcode stall}). */
  #stall: { offset: number; reason: string } | undefined;

  private constructor(source: _Source, name: string, pos: number) {
    this.#src = source;
    this.#name = name;
    this.pos = Math.max(pos, HDR);
  }

  /**
   * Opens a log file for reading from `pos` (a record start; 7 = the first record).
   *
   * @param path the `.wandb` file
   * @param pos where to start: a record offset (a checkpoint's `logOffset`)
   * @returns a strict reader; set {@linkcode recover} to skip damage
   * @throws {Deno.errors.NotFound} and other open errors
   * @example
   * ```ts ignore
   * const reader = LogReader.open("run-x.wandb");
   * reader.recover = true; // skip damaged blocks; see reader.damaged
   * ```
   */
  static open(path: string | URL, pos = HDR): LogReader {
    const name = path instanceof URL ? path.href : path;
    return new LogReader(new _FileSource(Deno.openSync(path, { read: true })), name, pos);
  }

  /**
   * A reader of a log in memory: `bytes` (not copied), then whatever {@linkcode append} adds.
   *
   * @param bytes the log from offset 0 (its file header first), whole or a first part
   * @param name the log's name in error messages
   * @returns a strict reader at the first record
   * @example
   * ```ts
   * import { LogReader } from "./log_reader.ts";
   * const reader = LogReader.of(new Uint8Array([
   *   0x3a, 0x57, 0x26, 0x42, 0xe1, 0xbe, 0x00, // file header
   *   0x55, 0xb7, 0xa6, 0x3f, 0x05, 0x00, 0x01, 0x08, 0x01, 0xaa, 0x01, 0x00, // FULL chunk
   * ]));
   * const ends = Array.from(reader.read(), (r) => r.end);
   * if (ends.length !== 1 || ends[0] !== 19 || reader.stalled) throw new Error();
   * ```
   */
  static of(bytes?: Uint8Array, name = "transaction log"): LogReader {
    return new LogReader(new _Spool(bytes), name, HDR);
  }

  /**
   * Appends bytes to a reader made by {@linkcode LogReader.of} (a copy: the caller may reuse
   * `chunk`). Bytes before {@linkcode pos} are dropped meanwhile.
   *
   * @param chunk the next bytes of the log
   * @throws {TypeError} for a reader of a file
   * @example
   * ```ts
   * import { LogReader } from "./log_reader.ts";
   * const reader = LogReader.of();
   * reader.append(new Uint8Array([0x3a, 0x57, 0x26, 0x42, 0xe1, 0xbe, 0x00]));
   * if ([...reader.read()].length !== 0 || reader.stalled) throw new Error();
   * ```
   */
  append(chunk: Uint8Array): void {
    if (!(this.#src instanceof _Spool)) {
      throw new TypeError(`Cannot append to ${this.#name}: it is read from its file`);
    }
    const keep = !this.#headerOk ? 0 : this.#tail.from === this.pos ? this.#tail.at : this.pos;
    this.#src.append(chunk, keep);
  }

  /**
   * Why the last read stopped short ({@linkcode stalled}): the offset and a one-line reason, for
   * a log that ends inside its file header (offset 0), inside a record (its start), or in damage
   * with no good record after it (the region's start, with the first damage's reason).
   * `undefined` when the last read did not stall, or only zero-filled blocks are left.
   */
  get stall(): { offset: number; reason: string } | undefined {
    return this.#stall;
  }

  /**
   * Yields the complete records between {@linkcode pos} and `limit` (the committed size; the end
   * of the data by default), in order, advancing `pos` past each one as it is yielded. Stops
   * early when the caller breaks. Sets {@linkcode stalled} when it stops at an incomplete record
   * (or, with {@linkcode recover}, at damage with no good record after it before `limit`).
   *
   * @param limit read no byte at or past this offset
   * @returns a generator of records; each is valid until the next one is asked for
   * @throws {TransactionLogError} `log/bad-header` when the file header is wrong; `log/corrupt`
   * with the byte offset of a bad chunk, unless {@linkcode recover} is set
   * @example
   * ```ts ignore
   * for (const rec of reader.read(committedOffset)) handle(rec.bytes);
   * ```
   */
  *read(limit: number = Infinity): Generator<LogRecord, void, undefined> {
    if (this.#window !== WINDOW) this.#shrink(); // a long record grew the buffers: let them go
    this.stalled = false;
    this.#stall = undefined;
    if (!this.#headerOk && !this.#checkHeader()) return;
    let at = this.pos; // where the next window starts: a record start, or a skip's target
    const tail = this.#tail;
    if (tail.from >= 0 && tail.from === at) {
      // The last read ended in damage nothing good followed yet: go on from where it stopped.
      this.#from = tail.from;
      this.#reason = tail.reason;
      at = tail.at;
    } else {
      this.#from = -1;
      this.#reason = "";
    }
    tail.from = -1;
    const out: LogRecord = { offset: 0, end: 0, bytes: this.#rec.subarray(0, 0) };
    let p = 0; // position in the window
    let n = 0; // bytes in the window
    while (at < limit) {
      const start = at;
      const want = Math.min(limit - start, this.#window);
      const b = this.#b = this.#src.view(start, want);
      n = b.length;
      p = 0;
      while (p < n) {
        const abs = start + p;
        const room = BLOCK - (abs % BLOCK);
        if (room < HDR) {
          const end = Math.min(p + room, n);
          let i = p;
          while (i < end && b[i] === 0) i++;
          if (i < end) {
            this.#bad(abs, abs, p + room, `non-zero block padding (byte ${start + i})`);
            this.#skipped(abs);
          }
          p += room;
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
    this.#b = this.#rec.subarray(0, 0);
    if (this.#from >= 0) {
      this.pos = this.#from; // damage at the end: an incomplete tail
      this.stalled = true;
      tail.from = this.#from;
      tail.reason = this.#reason;
      tail.at = at;
      if (this.#reason !== "") {
        this.#stall = {
          offset: this.#from,
          reason: `no readable record after byte offset ${this.#from}: ${this.#reason}`,
        };
      }
    } else {
      this.pos = Math.max(this.pos, at); // `at` is past padding only
      this.stalled = p < n; // stopped at an incomplete record
      if (this.stalled) {
        this.#stall = {
          offset: this.pos,
          reason: `file ends inside the record starting at byte offset ${this.pos}`,
        };
      }
    }
  }

  /** Closes the file (a reader of bytes has nothing to close). */
  close(): void {
    this.#src.close();
  }

  /** Checks the file header; false (stalled) while it is not all there. */
  #checkHeader(): boolean {
    const h = this.#src.view(0, HDR);
    for (let i = 0; i < h.length; i++) {
      if (h[i] === FILE_HEADER[i]) continue;
      const what = i < 4 ? "ident" : i < 6 ? "magic" : "version";
      throw new TransactionLogError(
        "log/bad-header",
        0,
        `Cannot read ${this.#name}: bad file header at byte offset 0: found ${
          _hex(h)
        } (wrong ${what}), expected ${_hex(FILE_HEADER)}; pass a .wandb file (format version 0)`,
      );
    }
    if (h.length === HDR) return this.#headerOk = true;
    this.stalled = true;
    this.#stall = {
      offset: 0,
      reason: `file ends inside the 7-byte header (${h.length} bytes)`,
    };
    return false;
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
    const b = this.#b;
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
        if (this.verify && crc32Update(0, this.#b, p + 6, p + HDR + len) !== crc) {
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
    this.#src.release();
    if (this.#rec.length > 4 * WINDOW) this.#rec = new Uint8Array(64 * 1024);
  }

  #corrupt(at: number, what: string): TransactionLogError {
    return new TransactionLogError(
      "log/corrupt",
      at,
      `Cannot read ${this.#name}: ${what} at byte offset ${at}; the records before it were read`,
    );
  }
}

/**
 * One entry of a scan:
 * - `record`: a whole record; `offset` is where its first chunk starts, `end` is just after its
 *   last chunk, `bytes` is the payload (a copy the caller owns).
 * - `corrupt`: a damaged region (see {@linkcode DamagedRegion}): from `offset`, the start of the
 *   first record that could not be read, to `end`, the next good record, which follows.
 * - `truncated`: the data ends inside a record (a writer still running, or killed mid-write), or
 *   in damage with no good record after it; `offset` is that record's (or region's) start, 0 when
 *   the data ends inside the file header. Always the last entry.
 */
export type LogEntry =
  | { kind: "record"; offset: number; end: number; bytes: Uint8Array }
  | { kind: "corrupt"; offset: number; end: number; reason: string }
  | { kind: "truncated"; offset: number; reason: string };

/** Options of {@linkcode readTransactionLog}. */
export interface ReadTransactionLogOptions {
  /** Name of the source in error messages (a path). @default "transaction log" */
  name?: string;
}

/**
 * Scans a transaction log with a recovering {@linkcode LogReader}: validates the file header,
 * checks every chunk's checksum, and yields records, damaged regions and a truncated tail (see
 * {@linkcode LogEntry}). Input chunks may have any size; the reader copies what it needs, so the
 * source may reuse its buffer. Bytes are read in 1 MiB steps (more for a longer record).
 *
 * @param source the file's bytes, whole or as a stream of chunks
 * @param options name for messages
 * @returns an async generator of entries in file order
 * @throws {TransactionLogError} `log/bad-header` (offset 0) when the file header is wrong
 * @example
 * ```ts
 * import { readTransactionLog } from "./log_reader.ts";
 * const file = new Uint8Array([
 *   0x3a, 0x57, 0x26, 0x42, 0xe1, 0xbe, 0x00, // file header
 *   0x55, 0xb7, 0xa6, 0x3f, 0x05, 0x00, 0x01, 0x08, 0x01, 0xaa, 0x01, 0x00, // FULL chunk
 * ]);
 * for await (const entry of readTransactionLog(file)) {
 *   if (entry.kind !== "record" || entry.offset !== 7 || entry.end !== 19) throw new Error();
 * }
 * ```
 */
export async function* readTransactionLog(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | Uint8Array,
  options: ReadTransactionLogOptions = {},
): AsyncGenerator<LogEntry, void, undefined> {
  const whole = source instanceof Uint8Array;
  const reader = LogReader.of(whole ? source : undefined, options.name);
  reader.recover = true;
  const regions: DamagedRegion[] = [];
  reader.onDamaged = (region) => regions.push(region);
  if (!whole) {
    // Read when a window's worth came in; while a long record is incomplete, wait for twice as
    // much each time, so that it is parsed a bounded number of times.
    let due = WINDOW;
    let since = 0;
    for await (const chunk of source) {
      reader.append(chunk);
      since += chunk.length;
      if (since < due) continue;
      yield* _entries(reader, regions);
      due = reader.stalled ? 2 * due : WINDOW;
      since = 0;
    }
  }
  yield* _entries(reader, regions);
  const stall = reader.stall;
  if (stall) yield { kind: "truncated", offset: stall.offset, reason: stall.reason };
}

function* _entries(reader: LogReader, regions: DamagedRegion[]): Generator<LogEntry> {
  for (const rec of reader.read()) {
    for (const r of regions) yield { kind: "corrupt", offset: r.from, end: r.to, reason: r.reason };
    regions.length = 0;
    yield { kind: "record", offset: rec.offset, end: rec.end, bytes: rec.bytes.slice() };
  }
}

/**
 * Scans a `.wandb` file, streaming it in 128 KiB reads; see {@linkcode readTransactionLog}.
 * The file is closed when the scan ends or the caller stops iterating.
 *
 * @param path the `.wandb` file
 * @returns an async generator of entries in file order
 * @throws {TransactionLogError} `log/bad-header`; `Deno.errors.NotFound` and other open errors
 * @example
 * ```ts ignore
 * for await (const e of readTransactionLogFile("run-x.wandb")) if (e.kind === "record") use(e.bytes);
 * ```
 */
export function readTransactionLogFile(
  path: string | URL,
): AsyncGenerator<LogEntry, void, undefined> {
  // `_fileChunks` opens the file on the first read and closes it when the scan ends, fails, or
  // the caller stops iterating.
  return readTransactionLog(_fileChunks(path), { name: path instanceof URL ? path.href : path });
}

async function* _fileChunks(path: string | URL): AsyncGenerator<Uint8Array> {
  using file = await Deno.open(path, { read: true });
  const buf = new Uint8Array(4 * BLOCK);
  while (true) {
    const n = await file.read(buf);
    if (n === null) return;
    if (n > 0) yield buf.subarray(0, n);
  }
}

function _hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ");
}
