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
/** Bytes read from the file per window. */
const WINDOW = 1 << 20;

/** One record read back: its byte range in the file and its payload. The object is reused:
 * it and its `bytes` are valid until the iterator moves on. */
export interface TailRecord {
  offset: number;
  end: number;
  bytes: Uint8Array;
}

/** A reader of a transaction log from a record offset onwards. */
export class LogTail {
  /** Offset of the next record to read. */
  pos: number;
  /**
   * Check every chunk's CRC. The live sender turns it off: it reads back what the writer of the
   * same process checksummed a moment ago. `sync` keeps it on.
   */
  verify = true;
  /** The last read stopped at a record that is not complete yet (or never will be: a log cut
   * short by a crash). */
  stalled = false;
  #file: Deno.FsFile;
  #path: string;
  #window = WINDOW;
  #buf = new Uint8Array(WINDOW);
  #rec = new Uint8Array(64 * 1024);
  #next = 0;
  #bytes: Uint8Array = this.#rec.subarray(0, 0);

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
   * ```
   */
  static open(path: string, pos = HDR): LogTail {
    return new LogTail(Deno.openSync(path, { read: true }), path, Math.max(pos, HDR));
  }

  /**
   * Yields the complete records between {@linkcode pos} and `limit` (the committed size), in
   * order, advancing `pos` past each one as it is yielded. Stops early when the caller breaks.
   *
   * @throws {TransactionLogError} `log/corrupt` with the byte offset for a bad chunk
   */
  *read(limit: number): Generator<TailRecord, void, undefined> {
    this.stalled = false;
    const out: TailRecord = { offset: 0, end: 0, bytes: this.#rec.subarray(0, 0) };
    while (this.pos < limit) {
      // Read a window that starts at the next record.
      const start = this.pos;
      const want = Math.min(limit - start, this.#window);
      const n = this.#readAt(start, want);
      let p = 0; // position in the window
      let progressed = false;
      while (p < n) {
        const abs = start + p;
        const room = BLOCK - (abs % BLOCK);
        if (room < HDR) {
          p += room; // block padding
          if (p >= n) this.pos = start + p;
          continue;
        }
        if (!this.#parse(start, p, n)) break;
        p = this.#next;
        this.pos = start + p;
        progressed = true;
        out.offset = abs;
        out.end = start + p;
        out.bytes = this.#bytes;
        yield out; // one object, refilled: nothing allocated per record but the view
      }
      if (!progressed) {
        if (this.pos > start) continue; // skipped padding only
        if (n === limit - start) {
          this.stalled = true; // the rest is an incomplete record: wait for more
          return;
        }
        this.#window *= 2; // a record longer than the window: grow it
      }
    }
  }

  /**
   * Parses one record starting at window position `p` into `#next`/`#bytes`; false when it is
   * not complete.
   */
  #parse(start: number, p: number, n: number): boolean {
    const b = this.#buf;
    let size = 0;
    let first = true;
    while (true) {
      const abs = start + p;
      const room = BLOCK - (abs % BLOCK);
      if (room < HDR) {
        p += room;
        continue;
      }
      if (n - p < HDR) return false;
      const crc = (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;
      const len = b[p + 4]! | (b[p + 5]! << 8);
      const type = b[p + 6]!;
      if (len + HDR > room) throw this.#corrupt(abs, `chunk length ${len} runs past its block`);
      if (n - p < HDR + len) return false;
      const ok = first ? type === FULL || type === FIRST : type === MIDDLE || type === LAST;
      if (!ok) throw this.#corrupt(abs, `unexpected chunk type ${type}`);
      if (this.verify && crc32Update(0, b, p + 6, p + HDR + len) !== crc) {
        throw this.#corrupt(abs, "checksum mismatch");
      }
      if (type === FULL) {
        this.#next = p + HDR + len;
        this.#bytes = b.subarray(p + HDR, p + HDR + len);
        return true;
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
        return true;
      }
    }
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
