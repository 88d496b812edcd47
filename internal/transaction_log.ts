/**
 * The `.wandb` transaction log: the writer, which appends records in LevelDB-log chunks (the
 * byte format is in `log_format.ts`; spec: `protocol/transaction-log.md`), and, re-exported here,
 * the one reader of `log_reader.ts`.
 *
 * Permissions: the writer needs `--allow-write` on the run directory (and `--allow-read` for
 * the exclusive create); the file reader needs `--allow-read` on the file.
 *
 * @example Write two records, then read them back
 * ```ts ignore
 * const log = TransactionLogWriter.create("run-x.wandb");
 * log.append(new Uint8Array([0x08, 0x01, 0xaa, 0x01, 0x00]));
 * log.close();
 * for await (const entry of readTransactionLogFile("run-x.wandb")) console.log(entry);
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

export {
  BLOCK_SIZE,
  CHUNK_HEADER_SIZE,
  CHUNK_TYPE,
  FILE_HEADER,
  lastChunkOffset,
  TransactionLogError,
  type TransactionLogErrorCode,
} from "./log_format.ts";
export {
  type DamagedRegion,
  type LogEntry,
  LogReader,
  type LogRecord,
  readTransactionLog,
  readTransactionLogFile,
  type ReadTransactionLogOptions,
} from "./log_reader.ts";

const BLOCK = BLOCK_SIZE;
const HDR = CHUNK_HEADER_SIZE;
const { FULL, FIRST, MIDDLE, LAST } = CHUNK_TYPE;

/**
 * Appends records to a new `.wandb` file in 32 KiB blocks. `append` is synchronous and, for a
 * record that fits the current block, allocates nothing: it copies into the block buffer,
 * checksums in place and writes the block with one `writeSync` when it is full. `flush` writes
 * the not-yet-written tail of the current block; bytes already written are never rewritten.
 *
 * @example
 * ```ts ignore
 * using log = TransactionLogWriter.create("run-x.wandb");
 * const end = log.append(body, numPrefix); // payload = numPrefix ++ body
 * log.flush();
 * ```
 */
export class TransactionLogWriter {
  #file: Deno.FsFile | undefined;
  readonly #path: string;
  readonly #buf = new Uint8Array(BLOCK);
  /** Absolute file offset of `#buf[0]`. */
  #blockStart = 0;
  /** Bytes of `#buf` filled. */
  #pos = 0;
  /** Bytes of `#buf` already written to the file. */
  #written = 0;

  private constructor(file: Deno.FsFile, path: string) {
    this.#file = file;
    this.#path = path;
    this.#buf.set(FILE_HEADER);
    this.#pos = HDR;
  }

  /**
   * Creates the file (exclusive create: it must not exist) and writes the 7-byte file header.
   *
   * @param path where to create the log, e.g. `<run dir>/run-<id>.wandb`
   * @returns the writer, positioned at offset 7
   * @throws {TransactionLogError} `log/exists` when the file exists; `log/write-failed`
   * @example
   * ```ts ignore
   * const log = TransactionLogWriter.create("wandb/offline-run-x/run-x.wandb");
   * ```
   */
  static create(path: string | URL): TransactionLogWriter {
    const name = path instanceof URL ? path.href : path;
    let file: Deno.FsFile;
    try {
      file = Deno.openSync(path, { write: true, createNew: true });
    } catch (err) {
      if (err instanceof Deno.errors.AlreadyExists) {
        throw new TransactionLogError(
          "log/exists",
          0,
          `Cannot create transaction log ${name}: the file exists; write each run to a new file`,
          { cause: err },
        );
      }
      throw err;
    }
    const log = new TransactionLogWriter(file, name);
    try {
      log.flush();
    } catch (err) {
      file.close();
      throw err;
    }
    return log;
  }

  /** The logical end offset: the file size once {@linkcode flush} has run. */
  get offset(): number {
    return this.#blockStart + this.#pos;
  }

  /**
   * Appends one record whose payload is `head ++ body` (pass a small prefix as `head`, e.g. the
   * `num` field, to avoid a concatenation).
   *
   * @param body the record bytes (after `head`)
   * @param head optional bytes that go before `body`
   * @returns the file offset just after the record's last chunk
   * @throws {TransactionLogError} `log/closed` after {@linkcode close}; `log/write-failed`
   * @example
   * ```ts ignore
   * const end = log.append(new Uint8Array([0xaa, 0x01, 0x00]), new Uint8Array([0x08, 0x01]));
   * ```
   */
  append(body: Uint8Array, head?: Uint8Array): number {
    if (this.#file === undefined) throw this.#closedError();
    const buf = this.#buf;
    const headLen = head === undefined ? 0 : head.length;
    const n = headLen + body.length;
    let pos = this.#pos;
    if (BLOCK - pos < HDR) {
      buf.fill(0, pos, BLOCK);
      this.#pos = BLOCK;
      this.#emitBlock();
      pos = 0;
    }
    if (n + HDR > BLOCK - pos) return this.#appendSplit(body, head, headLen, n);
    const p = pos + HDR;
    if (headLen !== 0) buf.set(head!, p);
    buf.set(body, p + headLen);
    this.#sealChunk(pos, n, FULL);
    this.#pos = p + n;
    if (this.#pos === BLOCK) this.#emitBlock();
    return this.#blockStart + this.#pos;
  }

  /**
   * Writes the buffered, not-yet-written bytes of the current block to the file.
   *
   * @throws {TransactionLogError} `log/write-failed`
   * @example
   * ```ts ignore
   * log.flush(); // a killed process now leaves every appended record readable
   * ```
   */
  flush(): void {
    if (this.#file === undefined || this.#pos === this.#written) return;
    this.#write(this.#written, this.#pos);
    this.#written = this.#pos;
  }

  /**
   * {@linkcode flush}, then `fdatasync` (about 0.15–0.2 ms).
   *
   * @throws {TransactionLogError} `log/closed` after {@linkcode close}; `log/write-failed`
   * @example
   * ```ts ignore
   * log.sync();
   * ```
   */
  sync(): void {
    if (this.#file === undefined) throw this.#closedError();
    this.flush();
    this.#file.syncDataSync();
  }

  /**
   * Flushes and closes the file. Idempotent.
   *
   * @example
   * ```ts ignore
   * log.close();
   * ```
   */
  close(): void {
    const file = this.#file;
    if (file === undefined) return;
    try {
      this.flush();
    } finally {
      this.#file = undefined;
      file.close();
    }
  }

  /** Same as {@linkcode close}, for `using`. */
  [Symbol.dispose](): void {
    this.close();
  }

  /** Writes a record that needs FIRST, MIDDLE* and LAST chunks; `#pos` has room for a header. */
  #appendSplit(body: Uint8Array, head: Uint8Array | undefined, headLen: number, n: number): number {
    const buf = this.#buf;
    let done = 0;
    let type: number = FIRST;
    while (true) {
      const pos = this.#pos;
      const room = BLOCK - pos - HDR;
      if (type !== FIRST) type = n - done <= room ? LAST : MIDDLE;
      const len = type === LAST ? n - done : room;
      const p = pos + HDR;
      // Copy payload bytes [done, done + len) of head ++ body to buf[p...].
      if (done < headLen) {
        const h = Math.min(headLen, done + len);
        buf.set(head!.subarray(done, h), p);
        if (h - done < len) buf.set(body.subarray(0, len - (h - done)), p + h - done);
      } else if (len !== 0) {
        buf.set(body.subarray(done - headLen, done - headLen + len), p);
      }
      this.#sealChunk(pos, len, type);
      this.#pos = p + len;
      done += len;
      if (this.#pos === BLOCK) this.#emitBlock();
      if (type === LAST) return this.#blockStart + this.#pos;
      type = MIDDLE;
    }
  }

  /** Fills in the checksum, length and type of the chunk at `buf[pos]` whose payload is in place. */
  #sealChunk(pos: number, len: number, type: number): void {
    const buf = this.#buf;
    buf[pos + 4] = len & 0xff;
    buf[pos + 5] = len >>> 8;
    buf[pos + 6] = type;
    const crc = crc32Update(0, buf, pos + 6, pos + HDR + len);
    buf[pos] = crc & 0xff;
    buf[pos + 1] = (crc >>> 8) & 0xff;
    buf[pos + 2] = (crc >>> 16) & 0xff;
    buf[pos + 3] = crc >>> 24;
  }

  /** Writes the rest of the full block buffer and starts the next block. */
  #emitBlock(): void {
    this.#write(this.#written, BLOCK);
    this.#blockStart += BLOCK;
    this.#pos = 0;
    this.#written = 0;
  }

  #write(from: number, to: number): void {
    const file = this.#file!;
    const buf = this.#buf;
    try {
      while (from < to) {
        from += file.writeSync(from === 0 && to === BLOCK ? buf : buf.subarray(from, to));
      }
    } catch (err) {
      const at = this.#blockStart + from;
      throw new TransactionLogError(
        "log/write-failed",
        at,
        `Cannot write transaction log ${this.#path} at byte offset ${at}: ${
          (err as Error).message
        }; check free disk space and write permission`,
        { cause: err },
      );
    }
  }

  #closedError(): TransactionLogError {
    return new TransactionLogError(
      "log/closed",
      this.offset,
      `Cannot append to transaction log ${this.#path}: it is closed; create a new writer`,
    );
  }
}
