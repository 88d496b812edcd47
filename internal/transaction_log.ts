/**
 * The `.wandb` transaction log, byte layer: a writer that appends records in LevelDB-log chunks
 * and a streaming reader that checks them. Spec: `protocol/transaction-log.md`.
 *
 * ```text
 * file    = header block*                         ; the last block is not padded
 * header  = 3A 57 26 42 ("the :W&B ident") E1 BE (magic 0xBEE1, u16le) 00 (version)
 * block   = chunk* padding                        ; 32768 bytes at absolute offset k*32768,
 *                                                 ; block 0 starts after the 7-byte header
 * chunk   = crc:u32le len:u16le type:u8 payload:len bytes     ; never crosses a block end
 * type    = 1 FULL | 2 FIRST | 3 MIDDLE | 4 LAST  ; record = FULL | FIRST MIDDLE* LAST
 * crc     = CRC-32 (zlib, unmasked) of type ++ payload
 * padding = 0..6 zero bytes, only when fewer than 7 bytes are left in a block
 * ```
 *
 * A record that does not fit the rest of a block starts with a FIRST chunk that fills it (which
 * is empty when exactly 7 bytes were left), goes on with MIDDLE chunks of 32761 bytes and ends
 * with a LAST chunk.
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

/** Block size: chunks never cross an absolute offset that is a multiple of this. */
export const BLOCK_SIZE = 32768;
/** Size of a chunk header (checksum, length, type). */
export const CHUNK_HEADER_SIZE = 7;
/** The 7-byte file header: ident `:W&B`, magic `0xBEE1` (u16le), version 0. */
export const FILE_HEADER: Readonly<Uint8Array> = Uint8Array.of(
  0x3a,
  0x57,
  0x26,
  0x42,
  0xe1,
  0xbe,
  0x00,
);

const BLOCK = BLOCK_SIZE;
const HDR = CHUNK_HEADER_SIZE;
const FULL = 1;
const FIRST = 2;
const MIDDLE = 3;
const LAST = 4;
const TYPE_NAMES = ["zero", "FULL", "FIRST", "MIDDLE", "LAST"] as const;

/** Stable codes of {@linkcode TransactionLogError}. */
export type TransactionLogErrorCode =
  | "log/bad-header"
  | "log/exists"
  | "log/closed"
  | "log/write-failed"
  | "log/corrupt";

/**
 * A transaction log that cannot be written, or a file that is not a transaction log. Corrupt
 * chunks inside a valid log are not errors: the reader yields them as `corrupt` entries.
 *
 * @example
 * ```ts
 * import { readTransactionLog, TransactionLogError } from "./transaction_log.ts";
 * const notALog = new TextEncoder().encode("not a log");
 * const err = await Array.fromAsync(readTransactionLog(notALog)).catch((e) => e);
 * if (!(err instanceof TransactionLogError) || err.code !== "log/bad-header") throw err;
 * ```
 */
export class TransactionLogError extends Error {
  /** Always `"TransactionLogError"`. */
  override name = "TransactionLogError";
  /**
   * Creates the error.
   *
   * @param code stable machine-readable code
   * @param offset byte offset in the file the error is about
   * @param message one line: what failed, where, and the fix
   * @param options `cause`
   */
  constructor(
    readonly code: TransactionLogErrorCode,
    readonly offset: number,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

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
    let type = FIRST;
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

/**
 * One entry of a scan:
 * - `record`: a whole record; `offset` is where its first chunk starts, `end` is just after its
 *   last chunk, `bytes` is the payload (a copy the caller owns).
 * - `corrupt`: a damaged region; `offset` is the bad chunk's offset (for a broken chunk sequence,
 *   the first chunk of the dropped record). The scan goes on at the next block boundary (or, for
 *   a chunk sequence error, at the next record start).
 * - `truncated`: the file ends inside a record (a writer still running, or killed mid-write);
 *   `offset` is that record's start. Always the last entry.
 */
export type LogEntry =
  | { kind: "record"; offset: number; end: number; bytes: Uint8Array }
  | { kind: "corrupt"; offset: number; reason: string }
  | { kind: "truncated"; offset: number; reason: string };

/**
 * The offset of a record's last chunk: its `offset` for a FULL record, else the start of the
 * block that holds its LAST chunk (a LAST chunk always starts a block). This is the `offset` the
 * official fixture's `records.jsonl` lists; seek with `offset`, not with this.
 *
 * @param record a `record` entry (or its `offset` and `end`)
 * @returns the byte offset of the record's FULL or LAST chunk
 * @example
 * ```ts
 * import { lastChunkOffset } from "./transaction_log.ts";
 * if (lastChunkOffset({ offset: 19, end: 70_062 }) !== 65_536) throw new Error();
 * if (lastChunkOffset({ offset: 7, end: 19 }) !== 7) throw new Error();
 * ```
 */
export function lastChunkOffset(record: { offset: number; end: number }): number {
  const lastBlock = Math.floor((record.end - 1) / BLOCK);
  return Math.floor(record.offset / BLOCK) === lastBlock ? record.offset : lastBlock * BLOCK;
}

/** Options of {@linkcode readTransactionLog}. */
export interface ReadTransactionLogOptions {
  /** Name of the source in error messages (a path). @default "transaction log" */
  name?: string;
}

/**
 * Scans a transaction log: validates the file header, checks every chunk's checksum, and yields
 * records, corrupt regions and a truncated tail (see {@linkcode LogEntry}). Input chunks may have
 * any size; the reader does not keep a reference to a chunk after it asks for the next one, so
 * the source may reuse its buffer. A file shorter than the header that is a prefix of it yields
 * one `truncated` entry at offset 0. Zeroed blocks (pre-allocated space) are skipped.
 *
 * @param source the file's bytes, whole or as a stream of chunks
 * @param options name for messages
 * @returns an async generator of entries in file order
 * @throws {TransactionLogError} `log/bad-header` (offset 0) when the file header is wrong
 * @example
 * ```ts
 * import { readTransactionLog } from "./transaction_log.ts";
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
  const name = options.name ?? "transaction log";
  const scan = new _Scanner();
  const block = new Uint8Array(BLOCK);
  let fill = 0;
  let base = 0;
  let headerOk = false;
  for await (const chunk of source instanceof Uint8Array ? [source] : source) {
    let i = 0;
    while (i < chunk.length) {
      let view: Uint8Array;
      if (fill === 0 && chunk.length - i >= BLOCK) {
        view = chunk.subarray(i, i + BLOCK); // a whole block in the input: no copy
        i += BLOCK;
      } else {
        const n = Math.min(BLOCK - fill, chunk.length - i);
        block.set(chunk.subarray(i, i + n), fill);
        fill += n;
        i += n;
        if (fill < BLOCK) continue;
        view = block;
        fill = 0;
      }
      if (!headerOk) headerOk = _checkHeader(view, BLOCK, name);
      yield* scan.block(view, base, BLOCK);
      base += BLOCK;
    }
  }
  if (!headerOk && base === 0) {
    if (fill >= HDR) {
      headerOk = _checkHeader(block, fill, name);
    } else {
      _checkHeader(block, fill, name); // throws unless the bytes are a prefix of the header
      yield {
        kind: "truncated",
        offset: 0,
        reason: `file ends inside the 7-byte header (${fill} bytes)`,
      };
      return;
    }
  }
  if (fill > 0) yield* scan.block(block, base, fill);
  yield* scan.end();
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
  // One generator layer only (each costs ~1 µs per entry); `_fileChunks` opens the file on the
  // first read and closes it when the scan ends, fails, or the caller stops iterating.
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

/**
 * Checks the first `min(len, 7)` bytes of `b` against the file header.
 *
 * @returns true when all 7 bytes were present and right
 * @throws {TransactionLogError} `log/bad-header` on a mismatch
 */
function _checkHeader(b: Uint8Array, len: number, name: string): boolean {
  const n = Math.min(len, HDR);
  for (let i = 0; i < n; i++) {
    if (b[i] === FILE_HEADER[i]) continue;
    const what = i < 4 ? "ident" : i < 6 ? "magic" : "version";
    throw new TransactionLogError(
      "log/bad-header",
      0,
      `Cannot read ${name}: bad file header at byte offset 0: found ${
        _hex(b.subarray(0, n))
      } (wrong ${what}), expected ${_hex(FILE_HEADER)}; pass a .wandb file (format version 0)`,
    );
  }
  return n === HDR;
}

function _hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ");
}

/** Chunk-level state machine shared by consecutive blocks. */
class _Scanner {
  /** Offset of the record being assembled from FIRST/MIDDLE chunks, or -1. */
  recStart = -1;
  pieces: Uint8Array[] = [];
  size = 0;
  /** After damage: drop MIDDLE/LAST chunks silently until a FULL or FIRST chunk. */
  skipping = false;

  /** Parses `b[0, len)`, the block at absolute offset `base`; `len < BLOCK` only at the end. */
  *block(b: Uint8Array, base: number, len: number): Generator<LogEntry, void, undefined> {
    let p = base === 0 ? HDR : 0;
    while (true) {
      if (BLOCK - p < HDR) {
        for (let i = p; i < len; i++) {
          if (b[i] !== 0) {
            yield this.#damage(base + p, `non-zero byte at ${base + i} in the block's end padding`);
            return;
          }
        }
        return;
      }
      if (len - p < HDR) {
        if (len > p) yield* this.#truncated(base + p, "chunk header");
        return;
      }
      const at = base + p;
      const crc = (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;
      const n = b[p + 4]! | (b[p + 5]! << 8);
      const type = b[p + 6]!;
      const end = p + HDR + n;
      if (crc === 0 && n === 0 && type === 0) {
        if (this.recStart >= 0) yield this.#damage(at, "zeroed block inside a record");
        return; // zeroed (pre-allocated) rest of block
      }
      if (end > BLOCK) {
        yield this.#damage(at, `chunk length ${n} runs past the block end at ${base + BLOCK}`);
        return;
      }
      if (end > len) {
        yield* this.#truncated(at, `${TYPE_NAMES[type] ?? "chunk"} payload`);
        return;
      }
      if (type < FULL || type > LAST) {
        yield this.#damage(at, `bad chunk type ${type}`);
        return;
      }
      const sum = crc32Update(0, b, p + 6, end);
      if (sum !== crc) {
        yield this.#damage(
          at,
          `checksum mismatch in ${TYPE_NAMES[type]} chunk: stored ${_h32(crc)}, computed ${
            _h32(sum)
          }`,
        );
        return;
      }
      if (type === FULL || type === FIRST) {
        if (this.recStart >= 0) {
          const start = this.recStart;
          this.#drop();
          yield {
            kind: "corrupt",
            offset: start,
            reason: `record starting at ${start} has no LAST chunk: ${
              TYPE_NAMES[type]
            } chunk at ${at}`,
          };
        }
        this.skipping = false;
        if (type === FULL) {
          yield { kind: "record", offset: at, end: base + end, bytes: b.slice(p + HDR, end) };
        } else {
          this.recStart = at;
          this.#push(b, p + HDR, end);
        }
      } else if (this.recStart < 0) {
        if (!this.skipping) {
          this.skipping = true;
          yield {
            kind: "corrupt",
            offset: at,
            reason: `${TYPE_NAMES[type]} chunk where a record should start (FULL or FIRST)`,
          };
        }
      } else {
        this.#push(b, p + HDR, end);
        if (type === LAST) {
          const offset = this.recStart;
          const bytes = this.#join();
          yield { kind: "record", offset, end: base + end, bytes };
        }
      }
      p = end;
    }
  }

  /** Called at the end of the input. */
  *end(): Generator<LogEntry, void, undefined> {
    if (this.recStart >= 0) yield* this.#truncated(-1, "");
  }

  /** A bad chunk: drop the partial record, skip to the next block and resynchronize. */
  #damage(at: number, what: string): LogEntry {
    const reason = this.recStart >= 0
      ? `${what} (record starting at ${this.recStart} dropped)`
      : what;
    this.#drop();
    this.skipping = true;
    return { kind: "corrupt", offset: at, reason };
  }

  *#truncated(at: number, what: string): Generator<LogEntry, void, undefined> {
    const offset = this.recStart >= 0 ? this.recStart : at;
    const got = this.recStart >= 0 ? ` after ${this.size} payload bytes` : "";
    const inside = what === "" ? "between its chunks" : `inside a ${what}`;
    this.#drop();
    yield {
      kind: "truncated",
      offset,
      reason: `file ends ${inside} of the record starting at ${offset}${got}`,
    };
  }

  #push(b: Uint8Array, from: number, to: number): void {
    if (to > from) this.pieces.push(b.slice(from, to));
    this.size += to - from;
  }

  #join(): Uint8Array {
    const out = this.pieces.length === 1 ? this.pieces[0]! : new Uint8Array(this.size);
    if (this.pieces.length !== 1) {
      let o = 0;
      for (const piece of this.pieces) {
        out.set(piece, o);
        o += piece.length;
      }
    }
    this.#drop();
    return out;
  }

  #drop(): void {
    this.recStart = -1;
    this.pieces = [];
    this.size = 0;
  }
}

function _h32(x: number): string {
  return "0x" + x.toString(16).padStart(8, "0");
}
