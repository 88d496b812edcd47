/**
 * The `.wandb` transaction log's byte format, shared by its writer (`transaction_log.ts`) and its
 * one reader (`log_reader.ts`). Spec: `protocol/transaction-log.md`.
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
 * @example The chunk types
 * ```ts
 * import { CHUNK_TYPE } from "./log_format.ts";
 * if (CHUNK_TYPE.FULL !== 1 || CHUNK_TYPE.LAST !== 4) throw new Error();
 * ```
 * @module
 */

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

/** The chunk types: a record is one FULL chunk, or FIRST, MIDDLE* and LAST. */
export const CHUNK_TYPE = { FULL: 1, FIRST: 2, MIDDLE: 3, LAST: 4 } as const;

/** Stable codes of {@linkcode TransactionLogError}. */
export type TransactionLogErrorCode =
  | "log/bad-header"
  | "log/exists"
  | "log/closed"
  | "log/write-failed"
  | "log/corrupt";

/**
 * A transaction log that cannot be written, or a file that is not a transaction log. Damaged
 * chunks inside a valid log are errors (`log/corrupt`) only for a strict reader: a recovering
 * one skips them and reports them as damaged regions (`corrupt` entries of the async reader).
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
 * The offset of a record's last chunk: its `offset` for a FULL record, else the start of the
 * block that holds its LAST chunk (a LAST chunk always starts a block). This is the `offset` the
 * official fixture's `records.jsonl` lists; seek with `offset`, not with this.
 *
 * @param record a record's `offset` and `end`
 * @returns the byte offset of the record's FULL or LAST chunk
 * @example
 * ```ts
 * import { lastChunkOffset } from "./log_format.ts";
 * if (lastChunkOffset({ offset: 19, end: 70_062 }) !== 65_536) throw new Error();
 * if (lastChunkOffset({ offset: 7, end: 19 }) !== 7) throw new Error();
 * ```
 */
export function lastChunkOffset(record: { offset: number; end: number }): number {
  const lastBlock = Math.floor((record.end - 1) / BLOCK_SIZE);
  return Math.floor(record.offset / BLOCK_SIZE) === lastBlock
    ? record.offset
    : lastBlock * BLOCK_SIZE;
}
