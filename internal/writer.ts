/**
 * The writer stage: assigns `Record.num` (1, 2, 3, … over persisted records) and appends every
 * record to the transaction log, writing whole 32 KiB blocks and flushing the tail after each
 * batch, so a killed process leaves a log readable up to its last flushed batch. After a batch is
 * on disk it releases its bytes from the backpressure counter.
 *
 * Permissions: `--allow-write` on the run directory.
 *
 * @example
 * ```ts ignore
 * await runWriter(channel, TransactionLogWriter.create("run-x.wandb"), { onWritten: () => {} });
 * ```
 * @module
 */
import { writeVarint } from "../proto/history_encoder.ts";
import { readFrames } from "../proto/frames.ts";
import type { TransactionLogWriter } from "./transaction_log.ts";

/** Items the writer consumes. */
export type WriterItem =
  | { kind: "batch"; bytes: Uint8Array; release: number }
  | { kind: "record"; bytes: Uint8Array }
  | { kind: "barrier"; done: (r: { records: number; bytes: number }) => void; close?: boolean };

/** Options of {@linkcode runWriter}. */
export interface WriterOptions {
  /** Called after a batch is on disk with the bytes to release from backpressure. */
  onWritten?: (release: number) => void;
  /** Called after every flush with the committed size of the log (the sender reads up to it). */
  onCommit?: (offset: number) => void;
}

/**
 * Runs the writer stage until `items` ends; closes the log at the end.
 *
 * @returns the number of records written
 */
export async function runWriter(
  items: AsyncIterable<WriterItem>,
  log: TransactionLogWriter,
  options: WriterOptions = {},
): Promise<number> {
  const head = new Uint8Array(11);
  head[0] = 0x08;
  let num = 0;
  const append = (frame: Uint8Array) => {
    const end = writeVarint(head, 1, ++num);
    log.append(frame, head.subarray(0, end));
  };
  try {
    for await (const item of items) {
      switch (item.kind) {
        case "batch":
          for (const frame of readFrames(item.bytes)) append(frame);
          log.flush();
          options.onWritten?.(item.release);
          options.onCommit?.(log.offset);
          break;
        case "record":
          append(item.bytes);
          log.flush();
          options.onCommit?.(log.offset);
          break;
        case "barrier":
          if (item.close) log.close();
          else log.flush();
          options.onCommit?.(log.offset);
          item.done({ records: num, bytes: log.offset });
          break;
        default:
          assertNever(item);
      }
    }
  } finally {
    log.close();
  }
  return num;
}

/** Exhaustiveness check for discriminated unions. */
export function assertNever(x: never): never {
  throw new TypeError(`Unknown message: ${JSON.stringify(x)}`);
}
