/**
 * The online sender: reads a run's `.wandb` log from its place (the writer tells it how far the
 * log is committed) and holds the server conversation of W&B's sender (server-api.md):
 * UpsertBucket at start and for config changes (debounced, 30 s), file_stream posts for history,
 * system metrics, console lines and the summary, run-file uploads by policy (`now`, `live`,
 * `end`, and every file of `files/` at the end), and the final post with the exit code.
 *
 * Nothing is held in memory beyond one batch: while the server is away the sender stops reading
 * and retries; once acknowledged, its place is saved (see `checkpoint.ts`), so `wandb sync` can
 * go on from there with the same class over a finished log.
 *
 * @example
 * ```ts ignore
 * const sender = new Sender({ logPath, filesDir, baseUrl, apiKey, live: true, ... });
 * sender.wake(committedOffset);
 * const start = await sender.started;
 * sender.close(finalOffset);
 * const result = await sender.done;
 * ```
 * @module
 */
import { decodeRecord, type wandb_internal } from "../../proto/mod.ts";
import type { SendSummary } from "../../proto/worker_protocol.ts";
import { CommError, GraphQLClient, type RetryPolicy } from "../../net/mod.ts";
import { RecordField as F, recordField } from "../../proto/wire.ts";
import { type Checkpoint, type RunInfo, saveCheckpoint, syncedMarkerPath } from "./checkpoint.ts";
import { type ConsoleLine, ConsoleLines } from "./console_lines.ts";
import {
  type Batch,
  FileStream,
  FULL_BYTES,
  type LineOffsets,
  MAX_LINE_BYTES,
} from "./file_stream.ts";
import { type DamagedRegion, LogReader } from "../log_reader.ts";
import { macrotask } from "../macrotask.ts";
import { applyItems } from "../record_items.ts";
import { type Capabilities, probeCapabilities } from "./capabilities.ts";
import { listFiles, uploadRunFiles } from "./uploader.ts";
import { MetricsConfig } from "./metric_config.ts";
import { itemMetricName } from "../../proto/metric_name.ts";

const RUN_STOPPED_STATUS =
  "query RunStoppedStatus($projectName: String, $entityName: String, $runId: String!) { project(name: $projectName, entityName: $entityName) { run(name: $runId) { stopped } } }";

const utf8 = new TextEncoder();

/** Bytes committed past the sender's place that wake it before its next post is due. */
const WAKE_BYTES = 256 * 1024;

/** W&B's alert mutation (server-api.md §12); `waitDuration` as the official client sends it (ms). */
const NOTIFY_ALERT =
  `mutation NotifyScriptableRunAlert($entityName: String!, $projectName: String!, $runName: String!, $title: String!, $text: String!, $severity: AlertSeverity = INFO, $waitDuration: Duration) { notifyScriptableRunAlert(input: {entityName: $entityName, projectName: $projectName, runName: $runName, title: $title, text: $text, severity: $severity, waitDuration: $waitDuration}) { success } }`;

/** The mutation W&B's sender uses to create and update runs (server-api.md §4.2). */
export const UPSERT_BUCKET =
  `mutation UpsertBucket($id: String, $name: String, $project: String, $entity: String, $groupName: String, $description: String, $displayName: String, $notes: String, $commit: String, $config: JSONString, $host: String, $debug: Boolean, $program: String, $repo: String, $jobType: String, $state: String, $sweep: String, $tags: [String!], $summaryMetrics: JSONString) { upsertBucket(input: {id: $id, name: $name, groupName: $groupName, modelName: $project, entityName: $entity, description: $description, displayName: $displayName, notes: $notes, config: $config, commit: $commit, host: $host, debug: $debug, jobProgram: $program, jobRepo: $repo, jobType: $jobType, state: $state, sweep: $sweep, tags: $tags, summaryMetrics: $summaryMetrics}) { bucket { id name displayName description config sweepName project { id name entity { id name } } historyLineCount } inserted } }`;

/** Where the server had a resumed run (RunResumeStatus). */
export interface ResumeBase {
  /** The server's next line offsets of the run's files. */
  lines: LineOffsets;
  /** The run's summary on the server. */
  summary: Record<string, unknown>;
}

/** Options of {@linkcode Sender}. */
export interface SenderOptions {
  /** The run's `.wandb` log. */
  logPath: string;
  /** The run's `files/` directory (uploads, `wandb-metadata.json`). */
  filesDir: string;
  /** The server's base URL (e.g. `https://api.wandb.ai`). */
  baseUrl: string;
  /** The API key; none for a server without auth. */
  apiKey?: string;
  /** Retry policy of GraphQL calls and uploads. */
  graphqlPolicy: RetryPolicy;
  /** Retry policy of file_stream posts. */
  fileStreamPolicy: RetryPolicy;
  /** Timeout of one GraphQL request, in ms. */
  graphqlTimeoutMs: number;
  /** Timeout of one file_stream post attempt, in ms. */
  fileStreamTimeoutMs: number;
  /** Seconds between heartbeats when idle. @default 30 */
  heartbeatSeconds?: number;
  /** Fixed seconds between data posts instead of W&B's 2 s / 10 s / 30 s schedule. */
  transmitIntervalSeconds?: number;
  /**
   * Seconds between RunStoppedStatus polls while the run is live (W&B: about 15); 0 turns them
   * off. A `"stopped": true` in a file_stream answer is read either way.
   * @default 15
   */
  stopPollSeconds?: number;
  /** A one-line message for the user (a row too long to send). */
  notice?: (message: string) => void;
  /** The server asked the run to stop (once). */
  onStop?: () => void;
  /**
   * A damaged region of a finished log was skipped (not live: `sync` reads on past damage, as
   * W&B's reader does, and reports it here).
   */
  onDamaged?: (region: DamagedRegion) => void;
  /** Seconds between config UpsertBuckets. @default 30 */
  configDebounceSeconds?: number;
  /** Tailing a log that a writer still appends to (else: a finished log, `sync`). */
  live: boolean;
  /** Overrides the entity (sync `--entity`). */
  entity?: string;
  /** Overrides the project (sync `--project`). */
  project?: string;
  /** Where the server had the run when it is resumed (line offsets, summary). */
  resume?: ResumeBase;
  /** Go on from a saved place (sync). */
  checkpoint?: Checkpoint;
  /** Debug-log sink. */
  log?: (level: "info" | "warn" | "error", message: string) => void;
  /** Progress: bytes of the log sent so far. */
  onProgress?: (offset: number) => void;
}

/** What the run start settled. */
export interface StartInfo {
  /** The run id. */
  runId: string;
  /** The entity the server put the run in. */
  entity: string;
  /** The project the server put the run in. */
  project: string;
  /** The display name (the run id when there is none). */
  displayName: string;
  /** The run's web page ({@linkcode runUrl}). */
  url: string;
  /** Whether UpsertBucket created the run (false: it existed). */
  inserted: boolean;
}

/** How sending ended (the Worker hands it to the user thread as is). */
export type SendResult = SendSummary;

/** The server conversation of one run. */
export class Sender {
  /** Settles once the run exists on the server (or rejects with why not). */
  readonly started: Promise<StartInfo>;
  /** Settles when sending ended (never rejects). */
  readonly done: Promise<SendResult>;
  #o: SenderOptions;
  #gql: GraphQLClient;
  #fs: FileStream;
  #tail: LogReader;
  #ac = new AbortController();
  #committed = 0;
  #closed = false;
  #waiter: (() => void) | undefined;
  #wakePending = false;
  /** The loop sleeps with an empty batch and no post in flight. */
  #idle = false;
  #lastStopPoll = Date.now();
  #stopPoll: Promise<void> | undefined;
  #stopPollAc: AbortController | undefined;
  #stopped = false;
  #sawRun = false;
  /** Log offset up to which every record's data was acknowledged by the server. */
  #ackedOffset = 0;
  /** The batch is as large as a post may be: post it before reading on. */
  #mustCut = false;
  #caps: Promise<Capabilities | undefined> | undefined;
  #resolveStart!: (s: StartInfo) => void;
  #rejectStart!: (e: unknown) => void;
  #startInfo: StartInfo | undefined;
  // Run state built from the records.
  #runId = "";
  #entity = "";
  #project = "";
  #displayName = "";
  #run: RunInfo = {};
  /** The run config (plain values; UpsertBucket and checkpoints wrap each key). */
  #config: Record<string, unknown> = {};
  #configDirty = false;
  #runDirty = false;
  #summary: Record<string, unknown> = {};
  #summaryDirty = false;
  #console: ConsoleLines;
  /**
   * Console lines made but not yet in a batch: a console chunk's lines that did not fit beside
   * the batch's (W&B's post limit). Drained into the next batches before any record is read;
   * saved in checkpoints.
   */
  #carry: ConsoleLine[] = [];
  #uploaded = new Map<string, { mtime: number; size: number }>();
  #now = new Set<string>();
  #live = new Set<string>();
  #exit: { code: number; runtime: number } | undefined;
  #preempting = false;
  /** The defined metrics, sent as the config's `_wandb.m`. */
  #metrics = new MetricsConfig();
  /** Alerts read from the log, not sent yet. */
  #alerts: wandb_internal.IAlertRecord[] = [];
  #complete = false;
  #failure: string | undefined;
  #lastPost = 0;
  #lastConfig = 0;
  #lastLiveCheck = 0;
  #heartbeatMs: number;
  /** When this sender began (the run's age for the post rate; heartbeats count from it). */
  readonly #startMs = Date.now();
  #lastSave = 0;
  #uploads: Promise<void> = Promise.resolve();

  /**
   * Opens the log and starts sending at once; how it ends settles in {@linkcode Sender.done}.
   *
   * @param options the log, the server, policies, and where to start
   */
  constructor(options: SenderOptions) {
    this.#o = options;
    this.#heartbeatMs = (options.heartbeatSeconds ?? 30) * 1000;
    this.#gql = new GraphQLClient({
      baseUrl: options.baseUrl,
      apiKey: options.apiKey,
      timeoutMs: options.graphqlTimeoutMs,
      retry: options.graphqlPolicy,
      signal: this.#ac.signal,
      onRetry: (op, e) =>
        this.#o.log?.("warn", `${op}: retry ${e.attempt} in ${e.delayMs} ms: ${e.error.message}`),
    });
    const c = options.checkpoint;
    const lines = c?.lines ?? options.resume?.lines ?? { history: 0, events: 0, output: 0 };
    this.#console = new ConsoleLines(c?.console ?? lines.output);
    if (c) {
      this.#runId = c.runId;
      this.#entity = c.entity;
      this.#project = c.project;
      this.#displayName = c.displayName;
      this.#run = c.run;
      this.#sawRun = true;
      this.#ackedOffset = c.logOffset;
      this.#config = unwrapConfig(c.config);
      this.#configDirty = c.configDirty;
      this.#runDirty = c.runDirty ?? false;
      this.#summary = c.summary;
      this.#uploaded = new Map(Object.entries(c.uploaded));
      this.#exit = c.exit;
      this.#carry = c.carry ?? [];
    } else if (options.resume) {
      this.#summary = { ...options.resume.summary };
    }
    this.#fs = new FileStream({
      url: "",
      apiKey: options.apiKey,
      policy: options.fileStreamPolicy,
      timeoutMs: options.fileStreamTimeoutMs,
      signal: this.#ac.signal,
      onRetry: (e) =>
        this.#o.log?.(
          "warn",
          `file_stream: retry ${e.attempt} in ${e.delayMs} ms: ${e.error.message}`,
        ),
    }, lines);
    this.#tail = LogReader.open(options.logPath, c?.logOffset ?? 0);
    this.#tail.verify = !options.live;
    this.#tail.recover = !options.live;
    this.#tail.onDamaged = options.onDamaged;
    this.started = new Promise<StartInfo>((resolve, reject) => {
      this.#resolveStart = resolve;
      this.#rejectStart = reject;
    });
    this.started.catch(() => {}); // observed through done as well
    this.done = this.#main().then(
      (r) => r,
      (err) => {
        this.#rejectStart(err); // a failure before the start must not leave init waiting
        return this.#result(this.#message(err));
      },
    ).finally(() => {
      this.#rejectStart(new Error("the sender ended before the run started")); // no-op once settled
      this.#tail.close();
    });
  }

  /** Where sending stands: the next record to read, lines waiting to be posted, lines acknowledged. */
  get progress(): {
    readOffset: number;
    pendingBytes: number;
    ackedLines: number;
    ackedOffset: number;
  } {
    return {
      readOffset: this.#tail.pos,
      pendingBytes: this.#fs.batch.size,
      ackedLines: this.#fs.ackedLines,
      ackedOffset: this.#ackedOffset,
    };
  }

  /**
   * The writer committed the log up to `offset`. The loop is woken when it sleeps with nothing to
   * send (the first data after a pause go out at once), or when a read would fill a good part of
   * a batch that has room. Otherwise it wakes on its own when a post is due or the post in flight
   * ends: waking it for every commit costs the CPU the server needs.
   */
  wake(offset: number): void {
    if (offset > this.#committed) this.#committed = offset;
    const room = this.#fs.batch.size < FULL_BYTES;
    if (this.#idle || (room && this.#committed - this.#tail.pos >= WAKE_BYTES)) this.#wakeUp();
  }

  /** The log is complete at `offset` (the run finished, or sync of a finished file). */
  close(offset: number): void {
    if (offset > this.#committed) this.#committed = offset;
    this.#closed = true;
    this.#wakeUp();
  }

  /** Stops all sending now (the run went offline); the log keeps everything for `sync`. */
  abort(reason: string): void {
    this.#failure ??= reason;
    this.#ac.abort(reason);
    this.#wakeUp();
  }

  async #main(): Promise<SendResult> {
    let inflight: Promise<void> | undefined;
    let inflightDone = false;
    const startPost = (batch: Batch, flags = {}) => {
      inflightDone = false;
      inflight = this.#fs.post(batch, flags).then((answer) => {
        this.#lastPost = Date.now();
        this.#applyLimits(answer);
        const acked = batch.snapshot as Checkpoint | undefined;
        if (acked) this.#ackedOffset = Math.max(this.#ackedOffset, acked.logOffset);
        this.#saveCheckpoint(acked, false);
      }).finally(() => {
        inflightDone = true;
        this.#wakeUp();
      });
      inflight.catch(() => {}); // awaited (and rethrown) in the loop
    };
    const awaitInflight = async () => {
      if (!inflight) return;
      const p = inflight;
      inflight = undefined;
      await p;
    };
    if (this.#o.checkpoint) await this.#start();
    while (true) {
      if (this.#failure) throw new Error(this.#failure);
      // 1. read what the writer committed, up to a full batch
      let needStart = false;
      // A full batch waits for the post in flight: nothing more is read (memory stays bounded).
      // While a post is in flight, reading hands the loop over every 2 ms: its socket is served
      // by this thread's event loop, and building a whole batch first would hold it for ~20 ms.
      let handOver = false;
      if (this.#carry.length && !this.#mustCut && !this.#drainCarry()) this.#mustCut = true;
      if (this.#fs.batch.size < FULL_BYTES && !this.#mustCut) {
        const t0 = performance.now();
        let n = 0;
        for (const rec of this.#tail.read(this.#committed)) {
          const got = this.#handle(rec.bytes);
          if (got === "cut") {
            // Read this record again into the next batch, once this one is posted.
            this.#tail.pos = rec.offset;
            this.#mustCut = true;
            break;
          }
          if (got === "full") {
            // This record's console lines fill the batch; the rest wait in #carry.
            this.#mustCut = true;
            break;
          }
          if (got === "run" && this.#startInfo === undefined) {
            needStart = true;
            break;
          }
          if (this.#fs.batch.size >= FULL_BYTES) break;
          if ((++n & 255) === 0 && inflight && performance.now() - t0 > 2) {
            handOver = true;
            break;
          }
        }
      }
      if (needStart) {
        await this.#start();
        continue;
      }
      if (handOver) {
        await macrotask();
        continue;
      }
      this.#o.onProgress?.(this.#tail.pos);
      // A finished log may end inside a record (a crash): that tail is never complete.
      const caughtUp =
        (this.#tail.pos >= this.#committed || (this.#closed && this.#tail.stalled)) &&
        this.#carry.length === 0;
      if (this.#startInfo === undefined) {
        if (this.#closed && caughtUp) throw new Error("the log has no run record");
        // Idle: the commit of the run record wakes the loop (init waits for the start).
        this.#idle = true;
        await this.#wait(1000);
        this.#idle = false;
        continue;
      }
      // 2. post: at most one in flight
      if (inflight && inflightDone) await awaitInflight();
      const now = Date.now();
      const b = this.#fs.batch;
      if (!this.#takeSummary()) this.#mustCut = true; // the summary goes in the next post
      const due = now - this.#lastPost >= this.#rateMs(now);
      const full = b.size >= FULL_BYTES || this.#mustCut;
      if (!inflight && !b.empty && (full || due || (this.#closed && caughtUp))) {
        this.#mustCut = false;
        startPost(this.#fs.cut(this.#snapshot()));
        continue;
      }
      if (!inflight && this.#preempting) {
        this.#preempting = false; // W&B's preempting notice, once
        startPost(this.#fs.cut(this.#snapshot()), { preempting: true });
        continue;
      }
      // Heartbeats when nothing was posted for a while (counted from the start, not the epoch).
      if (
        !inflight && b.empty && now - Math.max(this.#lastPost, this.#startMs) >= this.#heartbeatMs
      ) {
        startPost(this.#fs.cut(this.#snapshot()));
        continue;
      }
      // 3. config / run updates, live files
      if ((this.#runDirty || this.#configDirty) && !this.#closed) {
        if (
          this.#runDirty || now - this.#lastConfig >= (this.#o.configDebounceSeconds ?? 30) * 1000
        ) {
          await this.#updateRun(this.#runDirty);
        }
      }
      const pollMs = (this.#o.stopPollSeconds ?? 15) * 1000;
      if (
        this.#o.live && !this.#closed && !this.#stopped && pollMs > 0 && !this.#stopPoll &&
        now - this.#lastStopPoll >= pollMs
      ) {
        this.#stopPoll = this.#pollStop().finally(() => {
          this.#stopPoll = undefined;
          this.#lastStopPoll = Date.now();
        });
      }
      if (this.#live.size > 0 && now - this.#lastLiveCheck >= 5000) {
        this.#lastLiveCheck = now;
        this.#queueUploads([...this.#live]);
      }
      if (this.#now.size > 0) {
        this.#queueUploads([...this.#now]);
        this.#now.clear();
      }
      if (this.#alerts.length > 0) await this.#sendAlerts();
      if (this.#closed && caughtUp) {
        if (inflight) {
          await awaitInflight();
          continue;
        }
        if (!this.#fs.batch.empty) continue;
        break;
      }
      // 4. wait for more data, the in-flight post, or the next deadline
      if (caughtUp || full) {
        const untilPost = b.empty ? this.#heartbeatMs : this.#rateMs(now) - (now - this.#lastPost);
        this.#idle = b.empty && !inflight;
        await this.#wait(Math.max(5, Math.min(untilPost, 5000)));
        this.#idle = false;
      }
    }
    return await this.#finish();
  }

  async #finish(): Promise<SendResult> {
    await this.#uploads;
    this.#stopPollAc?.abort(); // the run is ending: a poll in flight is moot
    await this.#stopPoll;
    if (this.#failure) throw new Error(this.#failure);
    const hadProgram = this.#run.program !== undefined;
    this.#fillFromMetadata();
    const learned = !hadProgram && this.#run.program !== undefined; // the probe finished late
    // A run update read after close() (always in sync) goes up here, with every run field.
    const full = learned || this.#runDirty;
    if (this.#configDirty || full) await this.#updateRun(full);
    // Every file of files/ that is new or changed since it was uploaded (W&B uploads them all).
    await this.#uploadChanged(listFiles(this.#o.filesDir));
    if (!this.#takeSummary()) {
      await this.#fs.post(this.#fs.cut(this.#snapshot())); // a large summary goes in its own post
      this.#takeSummary();
    }
    const last = this.#fs.cut(this.#snapshot());
    if (this.#exit) {
      await this.#fs.post(last, { complete: true, exitcode: this.#exit.code });
      this.#complete = true;
      this.#saveCheckpoint(this.#snapshot(), true);
      Deno.writeTextFileSync(syncedMarkerPath(this.#o.logPath), "");
    } else {
      if (!last.empty) await this.#fs.post(last);
      this.#saveCheckpoint(this.#snapshot(), true);
    }
    return this.#result();
  }

  #result(failure?: string): SendResult {
    return {
      ok: failure === undefined,
      complete: this.#complete,
      url: this.#startInfo?.url,
      message: failure,
      lines: this.#fs.ackedLines,
      files: this.#uploaded.size,
    };
  }

  #message(err: unknown): string {
    if (this.#failure) return this.#failure;
    const text = err instanceof Error ? err.message : String(err);
    return text;
  }

  /** W&B's post rate: every 2 s in the first minute, 10 s until 5 minutes, then 30 s. */
  #rateMs(now: number): number {
    if (this.#closed) return 0;
    if (this.#o.transmitIntervalSeconds !== undefined) {
      return this.#o.transmitIntervalSeconds * 1000;
    }
    const age = now - this.#startMs;
    const hb = this.#heartbeatMs / 1000;
    const s = age < 60_000
      ? Math.max(1, hb / 15)
      : age < 300_000
      ? Math.max(2.5, hb / 3)
      : Math.max(5, hb);
    return this.#closed ? 0 : s * 1000;
  }

  /**
   * Sleeps until `ms` passed or {@link #wakeUp} is called. A wake-up while the loop is not asleep
   * (say, a post ending during a run update) is kept for the next sleep, never lost.
   */
  #wait(ms: number): Promise<void> {
    if (this.#wakePending) {
      this.#wakePending = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(t);
        this.#waiter = undefined;
        resolve();
      };
      const t = setTimeout(done, ms);
      this.#waiter = done;
    });
  }

  /** Wakes the loop now, or at its next sleep. */
  #wakeUp(): void {
    if (this.#waiter) this.#waiter();
    else this.#wakePending = true;
  }

  /**
   * Sends the alerts read from the log (`run.alert()`), in order, with the GraphQL retry
   * policy. An alert the server refuses is logged and dropped: it never fails the run.
   */
  async #sendAlerts(): Promise<void> {
    const alerts = this.#alerts;
    this.#alerts = [];
    for (const a of alerts) {
      try {
        await this.#gql.request(NOTIFY_ALERT, {
          entityName: this.#entity,
          projectName: this.#project,
          runName: this.#runId,
          title: a.title ?? "",
          text: a.text ?? "",
          severity: ["INFO", "WARN", "ERROR"].includes(a.level ?? "") ? a.level : "INFO",
          waitDuration: a.waitDuration === null || a.waitDuration === undefined
            ? null
            : Number(a.waitDuration),
        }, { signal: this.#ac.signal });
      } catch (err) {
        this.#o.log?.("warn", `alert "${a.title}" not sent: ${(err as Error).message}`);
      }
    }
  }

  /** Asks the server whether the run should stop (server-api.md §4.3); errors wait for the next poll. */
  async #pollStop(): Promise<void> {
    const ac = this.#stopPollAc = new AbortController();
    try {
      const data = await this.#gql.request<
        { project: { run: { stopped: boolean } | null } | null }
      >(
        RUN_STOPPED_STATUS,
        { projectName: this.#project, entityName: this.#entity, runId: this.#runId },
        {
          retry: { maxRetries: 0, minDelayMs: 0, maxDelayMs: 0 },
          signal: AbortSignal.any([this.#ac.signal, ac.signal]),
        },
      );
      if (data.project?.run?.stopped === true) this.#stopRequested("RunStoppedStatus");
    } catch (err) {
      this.#o.log?.("info", `stop poll failed: ${(err as Error).message}`);
    }
  }

  #stopRequested(how: string): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#o.log?.("warn", `the server asked the run to stop (${how})`);
    this.#o.onStop?.();
  }

  #applyLimits(answer: Record<string, unknown>): void {
    if (answer.stopped === true && this.#o.live) this.#stopRequested("file_stream answer");
    const limits = answer.limits as { heartbeat_seconds?: unknown } | undefined;
    if (typeof limits?.heartbeat_seconds === "number" && limits.heartbeat_seconds > 0) {
      this.#heartbeatMs = limits.heartbeat_seconds * 1000;
    }
  }

  // --- records ---------------------------------------------------------------------------------

  /**
   * Applies one record.
   *
   * @returns "run" for a run record, "cut" when the record must wait for the next batch (read
   * again), "full" when its console lines filled the batch (the rest wait in the carry)
   */
  #handle(bytes: Uint8Array): string | undefined {
    const field = recordField(bytes);
    const b = this.#fs.batch;
    switch (field) {
      case F.history: {
        if (this.#metrics.hasGlobs) this.#observeMetricKeys(bytes);
        if (!b.history.addHistory(bytes)) return;
        // The escaped literal is at least the line's size: only a long one is counted exactly.
        if (b.history.lastLineBytes > MAX_LINE_BYTES) {
          const size = b.history.lastLineContentBytes();
          if (size > MAX_LINE_BYTES) {
            b.history.dropLast();
            this.#tooLong(`a history row of ${size} bytes`, "dropped");
            return;
          }
        }
        // W&B splits posts at its line limit: a row that would push this one past it waits
        // (unless it is alone: its literal plus two quotes is then the whole batch).
        if (b.size > MAX_LINE_BYTES && b.size > b.history.lastLineBytes + 2) {
          b.history.dropLast();
          return "cut";
        }
        return;
      }
      case F.summary:
      case F.output:
      case F.outputRaw:
      case F.config:
      case F.files:
      case F.stats:
      case F.run:
      case F.exit:
      case F.preempting:
      case F.alert:
      case F.metric:
        break;
      default:
        return;
    }
    const rec = decodeRecord(bytes);
    if (rec.run) {
      this.#applyRun(rec.run);
      return "run";
    }
    if (rec.config) {
      this.#applyConfig(rec.config);
      this.#configDirty = true;
    } else if (rec.summary) this.#applySummary(rec.summary);
    else if (rec.outputRaw || rec.output) {
      const o = (rec.outputRaw ?? rec.output)!;
      const ms = tsMs(o.timestamp) ?? Date.now();
      const stream = o.outputType === 1 ? "stdout" : "stderr"; // STDERR = 0, STDOUT = 1
      for (const l of this.#console.add(stream, o.line ?? "", ms)) {
        this.#carry.push(this.#fitLine(l));
      }
      if (!this.#drainCarry()) return "full";
    } else if (rec.stats) {
      const ms = tsMs(rec.stats.timestamp) ?? Date.now();
      const row: string[] = [];
      for (const it of rec.stats.item ?? []) {
        row.push(`${JSON.stringify("system." + (it.key ?? ""))}:${it.valueJson ?? "null"}`);
      }
      const secs = ms / 1000;
      const runtime = this.#run.startSeconds !== undefined ? secs - this.#run.startSeconds : 0;
      row.push(`"_wandb":true`, `"_timestamp":${secs}`, `"_runtime":${Math.max(0, runtime)}`);
      b.events.addText(`{${row.join(",")}}`);
    } else if (rec.files) {
      for (const f of rec.files.files ?? []) {
        if (!f.path) continue;
        if (f.policy === 2) {
          this.#live.add(f.path);
          this.#now.add(f.path);
        } else if (f.policy === 0 || f.policy === undefined || f.policy === null) {
          this.#now.add(f.path);
        }
        // END files go up at the end with everything else
      }
    } else if (rec.exit) {
      this.#exit = { code: rec.exit.exitCode ?? 0, runtime: rec.exit.runtime ?? 0 };
    } else if (rec.preempting) {
      this.#preempting = true;
    } else if (rec.alert) {
      this.#alerts.push(rec.alert);
    } else if (rec.metric) {
      // A glob's expansion (the Worker's, or the official client's handler's) is listed from the
      // history keys themselves, with the glob's options, as the official client's live `m` has it.
      if (rec.metric.expandedFromGlob) return;
      if (this.#metrics.define(rec.metric)) this.#metricsChanged();
    }
    return;
  }

  #applyRun(r: wandb_internal.IRunRecord): void {
    this.#runId ||= r.runId ?? "";
    this.#entity = this.#o.entity ?? (this.#entity || (r.entity ?? ""));
    this.#project = this.#o.project ?? (this.#project || (r.project ?? ""));
    if (r.displayName) this.#displayName = r.displayName;
    const run = this.#run;
    // A later run record is an update (run.name/notes/tags/... set): it carries every field, so
    // an empty one clears it; the first one only fills what it has.
    const update = this.#sawRun;
    this.#sawRun = true;
    if (update || r.runGroup) run.group = r.runGroup || undefined;
    if (update || r.jobType) run.jobType = r.jobType || undefined;
    if (update || r.notes) run.notes = r.notes ?? "";
    if (update || r.tags?.length) run.tags = [...(r.tags ?? [])];
    if (r.host) run.host = r.host;
    if (r.sweepId) run.sweep = r.sweepId;
    if (r.git?.commit) run.commit = r.git.commit;
    if (r.git?.remoteUrl) run.repo = r.git.remoteUrl;
    const start = tsMs(r.startTime);
    if (start !== undefined && run.startSeconds === undefined) run.startSeconds = start / 1000;
    if (r.config) this.#applyConfig(r.config);
    if (this.#startInfo !== undefined) this.#runDirty = true;
  }

  /** Lists the keys of a history row that a defined glob matches (only while globs exist). */
  #observeMetricKeys(bytes: Uint8Array): void {
    const items = decodeRecord(bytes).history?.item ?? [];
    if (this.#metrics.observe(items.map(itemMetricName)).length > 0) this.#metricsChanged();
  }

  /** The config's `_wandb.m` follows the defined metrics; the next run update sends it. */
  #metricsChanged(): void {
    this.#config = this.#configWithMetrics();
    this.#configDirty = true;
  }

  /**
   * The config with `_wandb.m` set from the defined metrics (a later run record's config may
   * have replaced `_wandb`); as it is when no metric was read (a checkpoint may hold them).
   */
  #configWithMetrics(): Record<string, unknown> {
    if (this.#metrics.list.length === 0) return this.#config;
    const w = this.#config._wandb;
    const wandb = w !== null && typeof w === "object" && !Array.isArray(w) ? w : {};
    return { ...this.#config, _wandb: { ...wandb, m: this.#metrics.list.map((e) => ({ ...e })) } };
  }

  #applyConfig(c: wandb_internal.IConfigRecord): void {
    applyItems(this.#config, c);
  }

  #applySummary(s: wandb_internal.ISummaryRecord): void {
    applyItems(this.#summary, s);
    this.#summaryDirty = true;
  }

  /**
   * Moves console lines from {@link Sender.#carry} into the batch while they fit under W&B's
   * post limit (a line alone in a batch always fits: {@link Sender.#fitLine} made it so).
   *
   * @returns false when lines are left for the next batch
   */
  #drainCarry(): boolean {
    const b = this.#fs.batch;
    const carry = this.#carry;
    let i = 0;
    for (; i < carry.length; i++) {
      const l = carry[i]!;
      const next = b.start.output + b.output.count;
      if (l.offset < next) {
        // A \r line overwrites an earlier one. W&B keeps the last line per offset of a batch;
        // here the batch's last line is replaced in place, an earlier line of this batch is
        // overwritten once the batch is posted (cut here), and a line of a posted batch is
        // overwritten in a post of its own, sent before this batch.
        if (l.offset < b.start.output) {
          b.overwrites.set(l.offset, l.line); // the last one per offset is posted
          continue;
        }
        if (l.offset !== next - 1) break;
        b.output.dropLast();
      }
      b.output.addText(l.line);
      if (b.size > MAX_LINE_BYTES && b.size > b.output.lastLineBytes + 2) {
        b.output.dropLast();
        break;
      }
    }
    if (i === carry.length) carry.length = 0;
    else carry.splice(0, i);
    return carry.length === 0;
  }

  /**
   * A console line over W&B's line limit is cut to fit, with a note of its size, and the cut is
   * reported once per line (the spec names no rule for output.log; dropping it, as history
   * rows are, would lose the start of it and leave a hole in the line offsets).
   */
  #fitLine(l: ConsoleLine): ConsoleLine {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: only a line that might be over is encoded.
    if (l.line.length * 3 <= MAX_LINE_BYTES) return l;
    const bytes = utf8.encode(l.line);
    if (bytes.length <= MAX_LINE_BYTES) return l;
    const note = ` [line cut: ${bytes.length} bytes]\n`;
    let end = MAX_LINE_BYTES - note.length;
    while ((bytes[end]! & 0xc0) === 0x80) end--; // not inside a character
    this.#tooLong(
      `a console line of ${bytes.length} bytes`,
      `cut to its first ${end}`,
      "print less per line or save the output to a file with run.save",
    );
    return { offset: l.offset, line: new TextDecoder().decode(bytes.subarray(0, end)) + note };
  }

  /**
   * Puts the current summary into the batch, unless it would push the post past W&B's limit
   * (then it stays due, for the next post).
   *
   * @returns false when the summary is still due
   */
  #takeSummary(): boolean {
    if (!this.#summaryDirty) return true;
    const text = JSON.stringify(this.#summary);
    const b = this.#fs.batch;
    // Room beside the batch's lines (UTF-8 bytes ≤ 3 × UTF-16 length: only a summary that might
    // not fit is encoded).
    const room = MAX_LINE_BYTES - (b.size - (b.summary?.length ?? 0));
    const size = text.length * 3 > room ? utf8.encode(text).length : text.length;
    if (size > MAX_LINE_BYTES) {
      this.#summaryDirty = false;
      this.#tooLong(`the summary (${size} bytes)`, "not sent");
      return true;
    }
    if (size > room && !b.empty) return false;
    this.#summaryDirty = false;
    b.summary = text;
    return true;
  }

  /** W&B's rule for a line over the post limit (server-api.md §5.2): dropped, with an error. */
  #tooLong(
    what: string,
    done: string,
    fix = "log smaller values (files and tables go in run.save or artifacts)",
  ): void {
    const m =
      `${what} is over file_stream's ${MAX_LINE_BYTES}-byte line limit and was ${done}; ${fix}`;
    this.#o.log?.("error", m);
    this.#o.notice?.(`wandb: ERROR ${m}`);
  }

  // --- server calls ----------------------------------------------------------------------------

  async #start(): Promise<void> {
    // W&B's clients probe the schema first; it runs beside the UpsertBucket, so it costs no wait.
    this.#caps ??= probeCapabilities(this.#gql, {
      signal: this.#ac.signal,
      log: (m) => this.#o.log?.("info", m),
    });
    try {
      const info = await this.#upsert(true);
      this.#lastConfig = Date.now();
      this.#startInfo = info;
      this.#fs.url = `${this.#gql.baseUrl}/files/${enc(info.entity)}/${enc(info.project)}/${
        enc(info.runId)
      }/file_stream`;
      this.#resolveStart(info);
    } catch (err) {
      this.#rejectStart(err);
      throw err;
    }
  }

  /**
   * Program and git commit/remote for UpsertBucket come from the run's `wandb-metadata.json`
   * (the probe writes it; RunRecord carries no program). Until it exists they stay unset.
   */
  #fillFromMetadata(): void {
    const run = this.#run;
    if (run.program !== undefined && run.commit !== undefined) return;
    try {
      const m = JSON.parse(Deno.readTextFileSync(`${this.#o.filesDir}/wandb-metadata.json`)) as {
        program?: string;
        git?: { remote?: string | null; commit?: string | null };
      };
      run.program ??= m.program;
      run.commit ??= m.git?.commit ?? undefined;
      run.repo ??= m.git?.remote ?? undefined;
    } catch {
      // not written yet (the first UpsertBucket races the probe), or not readable
    }
  }

  /**
   * A config/run update. A server that refuses it (a 4xx, e.g. a config too large) costs the
   * update, not the run: said in the debug log, and the stream goes on. Outages still stop it.
   */
  async #updateRun(full: boolean): Promise<void> {
    try {
      await this.#upsert(full);
    } catch (err) {
      const refused = err instanceof CommError && !err.retryable && err.code !== "comm/gave-up" &&
        err.code !== "comm/aborted";
      if (!refused) throw err;
      this.#configDirty = false;
      this.#o.log?.("warn", `run update refused, going on without it: ${err.message}`);
    }
  }

  async #upsert(full: boolean): Promise<StartInfo> {
    const run = this.#run;
    if (full) this.#fillFromMetadata();
    const vars: Record<string, unknown> = {
      name: this.#runId,
      entity: this.#entity || null,
      project: this.#project || null,
      config: JSON.stringify(wrapConfig(this.#configWithMetrics())),
    };
    if (full) {
      Object.assign(vars, {
        groupName: run.group,
        jobType: run.jobType,
        displayName: this.#displayName || undefined,
        notes: run.notes,
        tags: run.tags,
        host: run.host,
        sweep: run.sweep,
        commit: run.commit,
        repo: run.repo,
        program: run.program,
      });
    }
    this.#configDirty = false;
    this.#runDirty = false;
    this.#lastConfig = Date.now();
    let data;
    try {
      data = await this.#gql.request<{
        upsertBucket: {
          bucket: {
            name: string;
            displayName: string | null;
            project: { name: string; entity: { name: string } };
          };
          inserted: boolean;
        };
      }>(UPSERT_BUCKET, vars);
    } catch (err) {
      this.#configDirty = true;
      throw err;
    }
    const bucket = data.upsertBucket.bucket;
    this.#entity = bucket.project.entity.name;
    this.#project = bucket.project.name;
    if (bucket.displayName) this.#displayName = bucket.displayName;
    return {
      runId: bucket.name,
      entity: this.#entity,
      project: this.#project,
      displayName: this.#displayName || bucket.name,
      url: runUrl(this.#gql.baseUrl, this.#entity, this.#project, bucket.name),
      inserted: data.upsertBucket.inserted,
    };
  }

  /** Uploads in the background, one batch after another, so posts go on meanwhile. */
  #queueUploads(names: string[]): void {
    this.#uploads = this.#uploads.then(() => this.#uploadChanged(names)).catch((err) => {
      this.#failure ??= `upload failed: ${(err as Error).message}`;
      this.#wakeUp();
    });
  }

  async #uploadChanged(names: string[]): Promise<void> {
    if (!this.#startInfo) return;
    const changed: string[] = [];
    for (const name of names) {
      try {
        const st = Deno.statSync(`${this.#o.filesDir}/${name}`);
        const prev = this.#uploaded.get(name);
        const mtime = st.mtime?.getTime() ?? 0;
        if (!prev || prev.mtime !== mtime || prev.size !== st.size) changed.push(name);
      } catch {
        // not there (yet)
      }
    }
    if (changed.length === 0) return;
    let done;
    try {
      done = await uploadRunFiles(
        this.#gql,
        {
          entity: this.#entity,
          project: this.#project,
          run: this.#runId,
        },
        this.#o.filesDir,
        changed,
        {
          policy: this.#o.graphqlPolicy,
          timeoutMs: 0,
          signal: this.#ac.signal,
          createRunFiles: (await this.#caps)?.mutations.has("createRunFiles"),
        },
      );
    } catch (err) {
      // The server is gone (or we stopped): stop. A file the server refused: say so, go on.
      if (
        !(err instanceof CommError) || err.retryable || err.code === "comm/gave-up" ||
        err.code === "comm/aborted"
      ) throw err;
      this.#o.log?.("warn", `upload of ${changed.join(", ")} failed: ${err.message}`);
      for (const name of changed) this.#uploaded.set(name, { mtime: -1, size: -1 });
      return;
    }
    for (const u of done) this.#uploaded.set(u.name, { mtime: u.mtime, size: u.size });
    this.#fs.batch.uploaded.push(...done.map((u) => u.name));
  }

  // --- checkpoint ------------------------------------------------------------------------------

  #snapshot(): Checkpoint {
    return {
      version: 1,
      baseUrl: this.#gql.baseUrl,
      runId: this.#runId,
      entity: this.#entity,
      project: this.#project,
      displayName: this.#displayName,
      logOffset: this.#tail.pos,
      lines: this.#fs.batch.end(),
      config: wrapConfig(this.#config),
      configDirty: this.#configDirty,
      runDirty: this.#runDirty,
      summary: this.#summary,
      console: this.#console.state(),
      carry: this.#carry.length ? this.#carry.slice() : undefined,
      uploaded: Object.fromEntries(this.#uploaded),
      run: this.#run,
      exit: this.#exit,
      complete: false,
    };
  }

  #saveCheckpoint(c: Checkpoint | undefined, force: boolean): void {
    if (!c) return;
    const now = Date.now();
    if (!force && now - this.#lastSave < 1000) return;
    this.#lastSave = now;
    try {
      // Config and summary are copied when saved, not at every cut (they are small).
      saveCheckpoint(this.#o.logPath, { ...c, complete: force && this.#complete });
    } catch (err) {
      this.#o.log?.("warn", `could not save the sync checkpoint: ${(err as Error).message}`);
    }
  }
}

/**
 * The web address of a run: W&B's app for `api.*` hosts, else the server itself (ours serves its
 * UI at the same origin).
 *
 * @example
 * ```ts
 * import { runUrl } from "./sender.ts";
 * console.assert(runUrl("https://api.wandb.ai", "e", "p", "r") === "https://wandb.ai/e/p/runs/r");
 * console.assert(runUrl("http://127.0.0.1:8080", "e", "p", "r") === "http://127.0.0.1:8080/e/p/runs/r");
 * ```
 */
export function runUrl(baseUrl: string, entity: string, project: string, runId: string): string {
  let app = baseUrl;
  try {
    const u = new URL(baseUrl);
    if (u.hostname.startsWith("api.")) {
      u.hostname = u.hostname.slice(4);
      app = u.origin;
    }
  } catch {
    // keep as is
  }
  return `${app}/${enc(entity)}/${enc(project)}/runs/${enc(runId)}`;
}

function enc(s: string): string {
  return encodeURIComponent(s);
}

function tsMs(
  t: { seconds?: number | { toNumber(): number } | null; nanos?: number | null } | null | undefined,
): number | undefined {
  if (!t) return undefined;
  const s = t.seconds ?? 0;
  return (typeof s === "number" ? s : s.toNumber()) * 1000 + (t.nanos ?? 0) / 1e6;
}

/** UpsertBucket's config shape: each top-level key as `{ desc, value }`. */
function wrapConfig(
  config: Record<string, unknown>,
): Record<string, { desc: null; value: unknown }> {
  const out: Record<string, { desc: null; value: unknown }> = {};
  for (const [k, value] of Object.entries(config)) out[k] = { desc: null, value };
  return out;
}

/** The plain config of a checkpoint's wrapped one. */
function unwrapConfig(wrapped: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(wrapped)) {
    out[k] = v !== null && typeof v === "object" && "value" in v
      ? (v as { value: unknown }).value
      : v;
  }
  return out;
}
