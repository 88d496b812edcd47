/**
 * The closed set of messages between the user thread and the internal Worker (STYLE §2.5).
 * Records travel as batches of encoded protobuf frames (see `frames.ts`); control messages are
 * this small discriminated union. Errors cross as data.
 *
 * @example
 * ```ts
 * import type { ToWorker } from "./worker_protocol.ts";
 * const msg: ToWorker = { kind: "request", id: 1, request: { op: "flush" } };
 * console.assert(msg.kind === "request");
 * ```
 * @module
 */

/** What the Worker needs to run one stream. */
export interface WorkerStart {
  runId: string;
  project: string;
  entity?: string;
  mode: "online" | "offline";
  /** Absolute path of the run directory (already created with files/ and logs/). */
  runDir: string;
  /** Run start, ms since epoch. */
  startMs: number;
  /** Seconds between system-metric samples; 0 disables the monitor. */
  statsInterval: number;
  disableGit: boolean;
  program: string;
  args: string[];
  rootDir: string;
  host: string;
  /** SDK version, for telemetry and the header record. */
  version: string;
  /** Int32 slot 0: bytes posted and not yet written (backpressure). */
  inflight: SharedArrayBuffer;
  /** Present in online mode: the server and how to talk to it. */
  online?: OnlineStart;
}

/** A retry policy (see net/retry.ts). */
export interface RetryPolicyData {
  maxRetries: number;
  minDelayMs: number;
  maxDelayMs: number;
  budgetMs?: number;
}

/** How the Worker's sender reaches the server. The key stays in memory only. */
export interface OnlineStart {
  baseUrl: string;
  apiKey: string;
  graphqlPolicy: RetryPolicyData;
  fileStreamPolicy: RetryPolicyData;
  graphqlTimeoutMs: number;
  fileStreamTimeoutMs: number;
  /** How long `run_start` waits for the server before the run goes offline. */
  initTimeoutMs: number;
  heartbeatSeconds?: number;
  /** Fixed seconds between file_stream posts (`x_file_stream_transmit_interval`). */
  transmitIntervalSeconds?: number;
  /** Seconds between stop polls (`x_stop_polling_interval`); 0: only file_stream answers. */
  stopPollSeconds?: number;
  /** Where a resumed run left off on the server. */
  resume?: {
    lines: { history: number; events: number; output: number };
    summary: Record<string, unknown>;
  };
}

/** Reply value of `run_start`. */
export type RunStartResult =
  | { online: true; entity: string; project: string; displayName: string; url: string }
  | { online: false; message: string };

/** How the online conversation ended (in {@linkcode FinishResult}). */
export interface SendSummary {
  ok: boolean;
  /** The final post was acknowledged. */
  complete: boolean;
  url?: string;
  /** One line on what failed. */
  message?: string;
  /** History/events/console lines acknowledged. */
  lines: number;
  /** Uploaded files. */
  files: number;
}

/** A request that gets exactly one reply. */
export type WorkerRequest =
  | { op: "flush" }
  | { op: "run_start" }
  /** Answers once the sender has saved the artifact with this client id (online runs). */
  | { op: "artifact"; clientId: string }
  /**
   * Ends the run. The Worker writes the exit record itself, after the run's last records (the
   * final summary, the files of its probes): W&B's reader and `wandb sync` stop at `exit`.
   */
  | { op: "finish"; exitCode: number; runtime: number };

/** Reply value of `finish`. */
export interface FinishResult {
  /** Records in the transaction log. */
  records: number;
  /** Size of the transaction log in bytes. */
  bytes: number;
  /** Path of the transaction log. */
  logPath: string;
  /** Sampled values of each numeric history key, in step order. */
  sparklines: Record<string, number[]>;
  /** Problems the worker met (a probe that failed, a file it could not write). */
  warnings: string[];
  /** Online runs: how sending ended. */
  online?: SendSummary;
}

/** Reply value of `flush`. */
export interface FlushResult {
  records: number;
  bytes: number;
  /** The Worker's memory (`Deno.memoryUsage()` there) when it answered. */
  memory?: WorkerMemory;
}

/** Memory of the Worker's isolate, in bytes (`rss` is the whole process's). */
export interface WorkerMemory {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
}

/** Messages to the Worker. */
export type ToWorker =
  | { kind: "start"; start: WorkerStart }
  | { kind: "records"; buffer: ArrayBuffer; length: number; count: number }
  | { kind: "request"; id: number; request: WorkerRequest };

/** Messages from the Worker. */
export type FromWorker =
  | { kind: "reply"; id: number; ok: true; value: unknown }
  | { kind: "reply"; id: number; ok: false; error: { code: string; message: string } }
  | { kind: "notice"; message: string }
  /** The Worker cannot go on (e.g. the log could not be created): every request fails. */
  | { kind: "fatal"; message: string }
  /** The server asked the run to stop (W&B's stop button, `stopRun`). */
  | { kind: "stop" }
  /** While finishing: how much of the log the server has acknowledged (every 500 ms). */
  | ({ kind: "progress" } & SendProgress)
  /** An artifact's files going up (at most every 250 ms, and once `done`). */
  | ({ kind: "artifact-progress" } & ArtifactProgress);

/** How uploading one artifact's files goes. */
export interface ArtifactProgress {
  /** The artifact's name. */
  name: string;
  /** Bytes of its files uploaded so far. */
  bytes: number;
  /** Bytes of the files that need uploading (files the server has are not counted). */
  totalBytes: number;
  /** Files uploaded so far. */
  files: number;
  /** Files that need uploading. */
  totalFiles: number;
  /** All went up, or one failed: the line can go. */
  done: boolean;
}

/** How far sending got: log bytes acknowledged by the server, of the log's size. */
export interface SendProgress {
  sent: number;
  total: number;
  /** History/events/console lines acknowledged. */
  lines: number;
}
