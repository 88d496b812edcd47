/**
 * The internal process: a Worker that owns the transaction log, the run files and the system
 * monitor of one run. It is the only file here with top-level side effects: it registers its
 * message handler before any `await`, so no early message is lost, then wires the stages
 *
 *   inbox → handler → writer (transaction log)
 *                   → sender (server; offline: none)
 *   monitor → inbox
 *
 * Permissions: `--allow-write`/`--allow-read` on the run directory, `--allow-run=git` for the git
 * probe, and `-A` for truthful system metrics (see internal/monitor).
 *
 * @module
 */
import { parentPort } from "node:worker_threads";
import { encodeRecord } from "../proto/mod.ts";
import type { FromWorker, ToWorker, WorkerStart } from "../proto/worker_protocol.ts";
import { Channel } from "./channel.ts";
import { DebugLog } from "./debug_log.ts";
import { type InboxItem, runHandler } from "./handler.ts";
import { RunState } from "./run_state.ts";
import { Sender } from "./sender/sender.ts";
import { TransactionLogWriter } from "./transaction_log.ts";
import { runWriter, type WriterItem } from "./writer.ts";
import { startProbes } from "./probes.ts";

if (!parentPort) throw new Error("internal/worker.ts must run as a worker");
const port = parentPort;
const inbox = new Channel<InboxItem>();
let started = false;

const post = (msg: FromWorker) => port.postMessage(msg);

port.on("message", (msg: ToWorker) => {
  switch (msg.kind) {
    case "start":
      if (!started) {
        started = true;
        start(msg.start).catch((err) => {
          post({ kind: "fatal", message: (err as Error).message });
        });
      }
      break;
    case "records":
      inbox.push({
        kind: "batch",
        bytes: new Uint8Array(msg.buffer, 0, msg.length),
        release: msg.length,
      });
      break;
    case "request":
      inbox.push({ kind: "request", id: msg.id, request: msg.request });
      break;
  }
});

async function start(s: WorkerStart): Promise<void> {
  const inflight = new Int32Array(s.inflight);
  const log = new DebugLog(`${s.runDir}/logs/debug-internal.log`, "internal");
  log.info(`stream ${s.runId}: starting (${s.mode}) in ${s.runDir}`);
  const logPath = `${s.runDir}/run-${s.runId}.wandb`;
  const tlog = TransactionLogWriter.create(logPath);
  const writer = new Channel<WriterItem>();
  const state = new RunState(`${s.runDir}/files`, { startMs: s.startMs, version: s.version });
  // The header is record 1, before anything the user thread sent.
  writer.push({
    kind: "record",
    bytes: encodeRecord({ header: { versionInfo: { producer: `wandb-ts ${s.version}` } } }),
  });
  const o = s.online;
  const sender = o
    ? new Sender({
      logPath,
      filesDir: `${s.runDir}/files`,
      baseUrl: o.baseUrl,
      apiKey: o.apiKey,
      graphqlPolicy: o.graphqlPolicy,
      fileStreamPolicy: o.fileStreamPolicy,
      graphqlTimeoutMs: o.graphqlTimeoutMs,
      fileStreamTimeoutMs: o.fileStreamTimeoutMs,
      heartbeatSeconds: o.heartbeatSeconds,
      transmitIntervalSeconds: o.transmitIntervalSeconds,
      stopPollSeconds: o.stopPollSeconds,
      onStop: () => post({ kind: "stop" }),
      notice: (message) => post({ kind: "notice", message }),
      onArtifactProgress: (p) => post({ kind: "artifact-progress", ...p }),
      live: true,
      resume: o.resume,
      log: (level, m) => log[level](`sender: ${m}`),
    })
    : undefined;
  const writerDone = runWriter(writer, tlog, {
    onWritten: (n) => {
      Atomics.sub(inflight, 0, n);
      Atomics.notify(inflight, 0);
    },
    onCommit: (offset) => sender?.wake(offset),
  });
  let direct: ((bytes: Uint8Array) => void) | undefined;
  const probes = startProbes(
    s,
    (bytes) => direct ? direct(bytes) : inbox.push({ kind: "record", bytes }),
    state,
    log,
    (message) => post({ kind: "notice", message }),
  );
  await runHandler(inbox, {
    writer,
    sender,
    initTimeoutMs: o?.initTimeoutMs,
    state,
    log,
    logPath,
    reply: (id, r) => post({ kind: "reply", id, ...r } as FromWorker),
    onSendProgress: (p) => post({ kind: "progress", ...p }),
    onFinish: (d) => {
      direct = d;
      return probes.stop();
    },
  });
  writer.close();
  await writerDone;
  log.info("stream closed");
  log.close();
}
