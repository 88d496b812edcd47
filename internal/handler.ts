/**
 * The handler stage: reads every batch from the user thread in order, keeps the run state the
 * files need (config, summary, console text, history sample), and feeds the writer and sender.
 * Requests (`flush`, `finish`) are answered once everything before them is on disk.
 *
 * @example
 * ```ts ignore
 * await runHandler(inbox, { writer, sender, state, reply, finishing });
 * ```
 * @module
 */
import { decodeRecord, encodeRecord } from "../proto/mod.ts";
import type { WorkerRequest } from "../proto/worker_protocol.ts";
import type { FinishResult, FlushResult } from "../proto/worker_protocol.ts";
import { readFrames } from "../proto/frames.ts";
import { parseValueJson } from "../proto/value_json.ts";
import type { Channel } from "./channel.ts";
import type { DebugLog } from "./debug_log.ts";
import type { RunState } from "./run_state.ts";
import type { SenderItem } from "./sender.ts";
import { assertNever, type WriterItem } from "./writer.ts";

/** Items the handler consumes. */
export type InboxItem =
  | { kind: "batch"; bytes: Uint8Array; release: number }
  | { kind: "record"; bytes: Uint8Array }
  | { kind: "request"; id: number; request: WorkerRequest };

/** What the handler talks to. */
export interface HandlerDeps {
  writer: Channel<WriterItem>;
  /** Absent in offline mode. */
  sender?: Channel<SenderItem>;
  state: RunState;
  log: DebugLog;
  logPath: string;
  /** Sends a reply to the user thread. */
  reply: (
    id: number,
    result: { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } },
  ) => void;
  /**
   * Called when finish starts (stops the monitor); records pushed while it runs must go to
   * `direct`, since the inbox is no longer read.
   */
  onFinish: (direct: (bytes: Uint8Array) => void) => Promise<void>;
}

// Record field numbers (records.md §2).
const F_HISTORY = 2,
  F_SUMMARY = 3,
  F_OUTPUT = 4,
  F_CONFIG = 5,
  F_OUTPUT_RAW = 13,
  F_RUN = 17,
  F_EXIT = 18;

/** Field number of the first field of an encoded record (our encoders write the oneof first). */
export function firstField(frame: Uint8Array): number {
  let tag = 0, shift = 0;
  for (let i = 0; i < frame.length && i < 5; i++) {
    const b = frame[i]!;
    tag |= (b & 0x7f) << shift;
    if (b < 0x80) break;
    shift += 7;
  }
  return tag >>> 3;
}

/**
 * Runs the handler until the inbox ends or `finish` was answered.
 */
export async function runHandler(
  inbox: AsyncIterable<InboxItem>,
  deps: HandlerDeps,
): Promise<void> {
  const { writer, sender, state } = deps;
  let runtime = 0;
  const inspect = (frame: Uint8Array) => {
    const field = firstField(frame);
    if (field === F_HISTORY) {
      state.sampler.offer(() => numericItems(frame));
      return;
    }
    if (
      field !== F_SUMMARY && field !== F_OUTPUT && field !== F_CONFIG && field !== F_OUTPUT_RAW &&
      field !== F_RUN && field !== F_EXIT
    ) return;
    const rec = decodeRecord(frame);
    if (rec.summary) state.applySummary(rec.summary);
    else if (rec.config) state.applyConfig(rec.config);
    else if (rec.run?.config) state.applyConfig(rec.run.config);
    else if (rec.outputRaw) state.appendOutput(rec.outputRaw.line ?? "");
    else if (rec.output) state.appendOutput(rec.output.line ?? "");
    else if (rec.exit) runtime = rec.exit.runtime ?? 0;
  };
  for await (const item of inbox) {
    switch (item.kind) {
      case "batch": {
        for (const frame of readFrames(item.bytes)) inspect(frame);
        writer.push(item);
        sender?.push({ kind: "batch", bytes: item.bytes });
        state.flushFiles();
        break;
      }
      case "record":
        inspect(item.bytes);
        writer.push(item);
        sender?.push(item);
        break;
      case "request": {
        const { id, request } = item;
        try {
          switch (request.op) {
            case "flush": {
              const r = await barrier(writer, false);
              deps.reply(id, { ok: true, value: r satisfies FlushResult });
              break;
            }
            case "finish": {
              await deps.onFinish((bytes) => {
                inspect(bytes);
                writer.push({ kind: "record", bytes });
              });
              writer.push({ kind: "record", bytes: encodeRecord({ final: {} }) });
              writer.push({ kind: "record", bytes: encodeRecord({ footer: {} }) });
              const r = await barrier(writer, true);
              state.writeSummaryJson(runtime);
              state.close();
              deps.log.info(`finished: ${r.records} records, ${r.bytes} bytes in ${deps.logPath}`);
              const result: FinishResult = {
                records: r.records,
                bytes: r.bytes,
                logPath: deps.logPath,
                sparklines: state.sampler.series(),
                warnings: state.warnings,
              };
              deps.reply(id, { ok: true, value: result });
              return;
            }
            default:
              assertNever(request);
          }
        } catch (err) {
          deps.log.error(`request ${request.op} failed: ${(err as Error).stack}`);
          deps.reply(id, {
            ok: false,
            error: {
              code: "internal/request",
              message: `${request.op} failed: ${(err as Error).message}`,
            },
          });
        }
        break;
      }
      default:
        assertNever(item);
    }
  }
}

function barrier(
  writer: Channel<WriterItem>,
  close: boolean,
): Promise<{ records: number; bytes: number }> {
  return new Promise((done) => writer.push({ kind: "barrier", done, close }));
}

function* numericItems(frame: Uint8Array): Generator<[string, number]> {
  const rec = decodeRecord(frame);
  for (const it of rec.history?.item ?? []) {
    const key = it.nestedKey && it.nestedKey.length > 0 ? it.nestedKey.join(".") : it.key ?? "";
    if (key.startsWith("_")) continue;
    const text = it.valueJson ?? "";
    const c = text.charCodeAt(0);
    if (!((c >= 48 && c <= 57) || c === 45 || c === 78 || c === 73)) continue; // digit, -, NaN, Infinity
    const v = parseValueJson(text);
    if (typeof v === "number") yield [key, v];
  }
}
