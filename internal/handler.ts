/**
 * The handler stage: reads every batch from the user thread in order, keeps the run state the
 * files need (config, summary, console text, history sample), and feeds the writer and sender.
 * Requests (`flush`, `finish`) are answered once everything before them is on disk.
 *
 * @example
 * ```ts ignore
 * await runHandler(inbox, { writer, sender, state, log, logPath, reply, onFinish });
 * ```
 * @module
 */
import { decodeRecord, encodeRecord, type wandb_internal } from "../proto/mod.ts";
import { MetricSummaries } from "./metric_summaries.ts";
import { MetricsConfig } from "./sender/metric_config.ts";
import { itemMetricName } from "../proto/metric_name.ts";
import type {
  FinishResult,
  FlushResult,
  RunStartResult,
  SendProgress,
  WorkerRequest,
} from "../proto/worker_protocol.ts";
import { readFrames } from "../proto/frames.ts";
import { RecordField as F, recordField } from "../proto/wire.ts";
import { macrotask } from "./macrotask.ts";
import { parseValueJson } from "../proto/value_json.ts";
import type { Channel } from "./channel.ts";
import type { DebugLog } from "./debug_log.ts";
import type { RunState } from "./run_state.ts";
import type { SendResult, StartInfo } from "./sender/sender.ts";
import type { ArtifactOutcome } from "./sender/artifacts.ts";
import { assertNever, type WriterItem } from "./writer.ts";

/** Items the handler consumes. */
export type InboxItem =
  | { kind: "batch"; bytes: Uint8Array; release: number }
  | { kind: "record"; bytes: Uint8Array }
  | { kind: "request"; id: number; request: WorkerRequest };

/** What the handler needs of the sender. */
export interface SenderControl {
  readonly started: Promise<StartInfo>;
  readonly done: Promise<SendResult>;
  close(offset: number): void;
  abort(reason: string): void;
  readonly progress: { ackedOffset: number; ackedLines: number };
  artifactOutcome(clientId: string): Promise<ArtifactOutcome>;
}

/** What the handler talks to. */
export interface HandlerDeps {
  writer: Channel<WriterItem>;
  /** The online sender (absent offline); it reads the log itself as the writer commits it. */
  sender?: SenderControl;
  /** How long `run_start` waits for the server. */
  initTimeoutMs?: number;
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
  /** While `finish` waits for the sender: how much of the log the server acknowledged. */
  onSendProgress?: (p: SendProgress) => void;
}

/**
 * Runs the handler until the inbox ends or `finish` was answered.
 */
export async function runHandler(
  inbox: AsyncIterable<InboxItem>,
  deps: HandlerDeps,
): Promise<void> {
  const { writer, state } = deps;
  let sender = deps.sender;
  let lastYield = performance.now();
  let runtime = 0;
  const metrics = new MetricSummaries();
  // Which history keys a defined glob matches: each, once seen, gets the MetricRecord the
  // official client's handler writes for it (`expanded_from_glob`), after the batch holding it.
  // W&B's `wandb sync` reads the metrics a glob stands for from those records only.
  const globs = new MetricsConfig();
  let expanded: Uint8Array[] = [];
  const inspect = (frame: Uint8Array) => {
    const field = recordField(frame);
    if (field === F.history) {
      state.sampler.offer(() => numericItems(frame));
      if (metrics.active || globs.hasGlobs) {
        const h = decodeRecord(frame).history ?? {};
        if (metrics.active) metrics.observe(h);
        if (globs.hasGlobs) {
          for (const { name, glob } of globs.observe((h.item ?? []).map(itemMetricName))) {
            expanded.push(encodeRecord({ metric: globExpansion(name, glob) }));
          }
        }
      }
      return;
    }
    if (field === F.metric) {
      const m = decodeRecord(frame).metric;
      if (m && !m.expandedFromGlob) {
        metrics.define(m);
        globs.define(m);
      }
      return;
    }
    if (
      field !== F.summary && field !== F.output && field !== F.config && field !== F.outputRaw &&
      field !== F.run && field !== F.exit
    ) return;
    const rec = decodeRecord(frame);
    if (rec.summary) state.applySummary(rec.summary);
    else if (rec.config) state.applyConfig(rec.config);
    else if (rec.run?.config) state.applyConfig(rec.run.config);
    else if (rec.outputRaw) state.appendOutput(rec.outputRaw.line ?? "");
    else if (rec.output) state.appendOutput(rec.output.line ?? "");
    else if (rec.exit) runtime = rec.exit.runtime ?? 0;
  };
  /** Writes the glob expansions the frames just written brought. */
  const writeExpanded = () => {
    if (expanded.length === 0) return;
    for (const bytes of expanded) writer.push({ kind: "record", bytes });
    expanded = [];
  };
  for await (const item of inbox) {
    switch (item.kind) {
      case "batch": {
        for (const frame of readFrames(item.bytes)) inspect(frame);
        writer.push(item);
        writeExpanded();
        state.flushFiles();
        // A busy inbox is drained in microtasks, which would starve every macrotask of this
        // Worker (the sender's network I/O, the monitor's timers) for as long as the user logs
        // fast: hand the loop over every 4 ms.
        if (performance.now() - lastYield > 4) {
          await macrotask();
          lastYield = performance.now();
        }
        break;
      }
      case "record":
        inspect(item.bytes);
        writer.push(item);
        writeExpanded();
        break;
      case "request": {
        const { id, request } = item;
        try {
          switch (request.op) {
            case "flush": {
              const r: FlushResult = await barrier(writer, false);
              r.memory = Deno.memoryUsage();
              deps.reply(id, { ok: true, value: r });
              break;
            }
            case "run_start": {
              await barrier(writer, false); // the run record is in the log: the sender sees it
              const r = await runStart(sender, deps.initTimeoutMs ?? 90_000);
              if (!r.online) {
                sender?.abort(r.message);
                sender = undefined;
                deps.log.warn(`run_start: ${r.message}`);
              }
              deps.reply(id, { ok: true, value: r satisfies RunStartResult });
              break;
            }
            case "artifact": {
              // The record is in the log (the sender reads it from there); the answer comes when
              // the sender has saved it, without holding up the inbox meanwhile.
              await barrier(writer, false);
              if (!sender) {
                deps.reply(id, {
                  ok: false,
                  error: {
                    code: "artifact/offline",
                    message:
                      "Cannot wait for the artifact: the run is offline; it is kept in the run's log and uploaded by sync",
                  },
                });
                break;
              }
              sender.artifactOutcome(request.clientId).then((o) =>
                deps.reply(
                  id,
                  o.ok ? { ok: true, value: o } : {
                    ok: false,
                    error: { code: "artifact/upload-failed", message: o.message },
                  },
                )
              );
              break;
            }
            case "finish": {
              await deps.onFinish((bytes) => {
                inspect(bytes);
                writer.push({ kind: "record", bytes });
                writeExpanded();
              });
              // The summaries `defineMetric` asked for, over the consolidated summary.
              const metricSummary = metrics.summaryRecord();
              if (metricSummary) {
                const bytes = encodeRecord({ summary: metricSummary });
                inspect(bytes);
                writer.push({ kind: "record", bytes });
              }
              // `exit` follows every record of the run, as in the official client's logs: W&B's
              // reader and `wandb sync` stop at it. `final` and `footer` close the file for
              // readers that look for them (W&B's older Python sync sends `exit` at `final`).
              const exit = encodeRecord({
                exit: { exitCode: request.exitCode, runtime: request.runtime },
                control: { alwaysSend: true },
              });
              inspect(exit);
              writer.push({ kind: "record", bytes: exit });
              writer.push({ kind: "record", bytes: encodeRecord({ final: {} }) });
              writer.push({ kind: "record", bytes: encodeRecord({ footer: {} }) });
              const r = await barrier(writer, true);
              state.writeSummaryJson(runtime);
              state.close();
              let online: FinishResult["online"];
              if (sender) {
                const s = sender;
                s.close(r.bytes);
                const report = () => {
                  const p = s.progress;
                  deps.onSendProgress?.({
                    sent: p.ackedOffset,
                    total: r.bytes,
                    lines: p.ackedLines,
                  });
                };
                const timer = setInterval(report, 500);
                try {
                  online = await sender.done;
                } finally {
                  clearInterval(timer);
                }
                deps.log.info(`sender: ${JSON.stringify(online)}`);
              }
              deps.log.info(`finished: ${r.records} records, ${r.bytes} bytes in ${deps.logPath}`);
              const result: FinishResult = {
                records: r.records,
                bytes: r.bytes,
                logPath: deps.logPath,
                sparklines: state.sampler.series(),
                warnings: state.warnings,
                online,
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

/**
 * The MetricRecord the official client's handler writes for a key a glob matched: the glob's
 * step metric, options (less `defined`), summary and goal, under the key's own name.
 */
function globExpansion(
  name: string,
  glob: wandb_internal.IMetricRecord,
): wandb_internal.IMetricRecord {
  const o = glob.options ?? {};
  return {
    name,
    ...(glob.stepMetric ? { stepMetric: glob.stepMetric } : {}),
    options: { ...(o.stepSync ? { stepSync: true } : {}), ...(o.hidden ? { hidden: true } : {}) },
    ...(glob.summary ? { summary: glob.summary } : {}),
    ...(glob.goal ? { goal: glob.goal } : {}),
    _control: { overwrite: true },
    expandedFromGlob: true,
  };
}

async function runStart(
  sender: SenderControl | undefined,
  timeoutMs: number,
): Promise<RunStartResult> {
  if (!sender) return { online: false, message: "this run is offline" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<RunStartResult>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({ online: false, message: `no answer from the server in ${timeoutMs / 1000} s` }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([
      sender.started.then(
        (s): RunStartResult => ({ online: true, ...s }),
        (err): RunStartResult => ({ online: false, message: (err as Error).message }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
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
