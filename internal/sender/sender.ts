/**
 * The online sender: reads a run's `.wandb` log from its place (the writer tells it how far the
 * log is committed) and holds the server conversation of W&B's sender (server-api.md). It is the
 * read loop and the post loop; each job is a module of its own, fed the records it handles by
 * one dispatch table (a new record kind is a module and one line there):
 *
 * - `run_updates.ts`: UpsertBucket at start and for run and config changes (debounced, 30 s),
 *   with the defined metrics as `_wandb.m`;
 * - `batcher.ts`: file_stream batches of history, system metrics, console lines and the
 *   summary, W&B's line limit, post rate and heartbeats, the console carry;
 * - `file_uploads.ts`: run-file uploads by policy (`now`, `live`, `end`, and every file of
 *   `files/` at the end);
 * - `stop_poll.ts`: RunStoppedStatus polls while the run is live;
 * - `alerts.ts`: `run.alert()` notifications;
 * - `artifacts.ts`: artifacts logged and used (CreateArtifact … CommitArtifact, UseArtifact);
 * - `checkpoint.ts`: the place saved after each acknowledged post.
 *
 * Nothing is held in memory beyond one batch: while the server is away the sender stops reading
 * and retries; once acknowledged, its place is saved, so `wandb sync` can go on from there with
 * the same class over a finished log.
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
import { GraphQLClient, type RetryPolicy } from "../../net/mod.ts";
import { RecordField as F, recordField } from "../../proto/wire.ts";
import { type DamagedRegion, LogReader } from "../log_reader.ts";
import { macrotask } from "../macrotask.ts";
import { Alerts } from "./alerts.ts";
import { type ArtifactOutcome, ArtifactSaver } from "./artifacts.ts";
import type { ArtifactProgress } from "../../proto/worker_protocol.ts";
import { Batcher, type ResumeBase } from "./batcher.ts";
import { type Capabilities, probeCapabilities } from "./capabilities.ts";
import { type Checkpoint, CheckpointSaver, syncedMarkerPath } from "./checkpoint.ts";
import { type Batch, FULL_BYTES } from "./file_stream.ts";
import { FileUploads } from "./file_uploads.ts";
import { RunUpdates, type StartInfo } from "./run_updates.ts";
import { StopPoll } from "./stop_poll.ts";

export type { ResumeBase } from "./batcher.ts";
export type { ArtifactOutcome } from "./artifacts.ts";
export { runUrl, type StartInfo, UPSERT_BUCKET } from "./run_updates.ts";

/** Bytes committed past the sender's place that wake it before its next post is due. */
const WAKE_BYTES = 256 * 1024;

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
  /** Progress of the artifact being uploaded. */
  onArtifactProgress?: (p: ArtifactProgress) => void;
  /** Progress: bytes of the log sent so far. */
  onProgress?: (offset: number) => void;
  /**
   * Leave the sync checkpoint and W&B's `.synced` marker next to the log (false: the board,
   * which shows runs without syncing them anywhere, must not make `sync` skip them).
   * @default true
   */
  saveProgress?: boolean;
}

/** How sending ended (the Worker hands it to the user thread as is). */
export type SendResult = SendSummary;

/**
 * What a record asks of the read loop: `"run"` start the run on the server if it has not
 * started, `"cut"` post the batch first and read the record again, `"full"` post before reading
 * on (its console lines wait in the carry).
 */
type Verdict = "run" | "cut" | "full" | undefined | void;

/** A record kind's handler: the decoded record in, what the read loop should do out. */
type Handler = (record: wandb_internal.Record) => Verdict;

/** The server conversation of one run. */
export class Sender {
  /** Settles once the run exists on the server (or rejects with why not). */
  readonly started: Promise<StartInfo>;
  /** Settles when sending ended (never rejects). */
  readonly done: Promise<SendResult>;
  #o: SenderOptions;
  #gql: GraphQLClient;
  #tail: LogReader;
  #ac = new AbortController();
  #runs: RunUpdates;
  #batcher: Batcher;
  #uploads: FileUploads;
  #stopPoll: StopPoll;
  #alerts: Alerts;
  #artifacts: ArtifactSaver;
  #saver: CheckpointSaver;
  /** The handlers of the record kinds the sender decodes, by field number (history aside). */
  #on: Map<number, Handler>;
  #committed = 0;
  #closed = false;
  #waiter: (() => void) | undefined;
  #wakePending = false;
  /** The loop sleeps with an empty batch and no post in flight. */
  #idle = false;
  /** Log offset up to which every record's data was acknowledged by the server. */
  #ackedOffset = 0;
  /** The batch is as large as a post may be: post it before reading on. */
  #mustCut = false;
  #caps: Promise<Capabilities | undefined> | undefined;
  #resolveStart!: (s: StartInfo) => void;
  #rejectStart!: (e: unknown) => void;
  #startInfo: StartInfo | undefined;
  #complete = false;
  #failure: string | undefined;

  /**
   * Opens the log and starts sending at once; how it ends settles in {@linkcode Sender.done}.
   *
   * @param options the log, the server, policies, and where to start
   */
  constructor(options: SenderOptions) {
    this.#o = options;
    const log = options.log;
    const signal = this.#ac.signal;
    this.#gql = new GraphQLClient({
      baseUrl: options.baseUrl,
      apiKey: options.apiKey,
      timeoutMs: options.graphqlTimeoutMs,
      retry: options.graphqlPolicy,
      signal,
      onRetry: (op, e) =>
        log?.("warn", `${op}: retry ${e.attempt} in ${e.delayMs} ms: ${e.error.message}`),
    });
    const gql = this.#gql;
    const c = options.checkpoint;
    if (c) this.#ackedOffset = c.logOffset;
    this.#runs = new RunUpdates({
      gql,
      filesDir: options.filesDir,
      entity: options.entity,
      project: options.project,
      configDebounceSeconds: options.configDebounceSeconds,
      log,
    }, c);
    this.#batcher = new Batcher(
      {
        fileStream: {
          url: "",
          apiKey: options.apiKey,
          policy: options.fileStreamPolicy,
          timeoutMs: options.fileStreamTimeoutMs,
          signal,
          onRetry: (e) =>
            log?.("warn", `file_stream: retry ${e.attempt} in ${e.delayMs} ms: ${e.error.message}`),
        },
        heartbeatSeconds: options.heartbeatSeconds,
        transmitIntervalSeconds: options.transmitIntervalSeconds,
        notice: options.notice,
        log,
      },
      c,
      options.resume,
    );
    this.#uploads = new FileUploads({
      gql,
      filesDir: options.filesDir,
      policy: options.graphqlPolicy,
      signal,
      run: () => this.#startInfo && this.#runs,
      capabilities: () => this.#caps,
      onUploaded: (names) => this.#batcher.fs.batch.uploaded.push(...names),
      onFailure: (reason) => {
        this.#failure ??= reason;
        this.#wakeUp();
      },
      log,
    }, c?.uploaded);
    this.#stopPoll = new StopPoll({
      gql,
      signal,
      seconds: options.stopPollSeconds ?? 15,
      onStop: options.onStop,
      log,
    });
    this.#alerts = new Alerts({ gql, signal, log });
    this.#artifacts = new ArtifactSaver({
      gql,
      policy: options.graphqlPolicy,
      signal,
      run: () => this.#startInfo && this.#runs,
      onProgress: options.onArtifactProgress,
      log,
    });
    this.#saver = new CheckpointSaver(options.logPath, log, options.saveProgress !== false);
    const runs = this.#runs, batcher = this.#batcher;
    this.#on = new Map<number, Handler>([
      [F.run, (r) => runs.onRun(r.run!)],
      [F.config, (r) => runs.onConfig(r.config!)],
      [F.metric, (r) => runs.onMetric(r.metric!)],
      [F.summary, (r) => batcher.onSummary(r.summary!)],
      [F.output, (r) => batcher.onOutput(r.output!)],
      [F.outputRaw, (r) => batcher.onOutput(r.outputRaw!)],
      [F.stats, (r) => batcher.onStats(r.stats!, runs.run.startSeconds)],
      [F.exit, (r) => batcher.onExit(r.exit!)],
      [F.preempting, () => batcher.onPreempting()],
      [F.files, (r) => this.#uploads.onFiles(r.files!)],
      [F.alert, (r) => this.#alerts.add(r.alert!)],
      [F.artifact, (r) => this.#artifacts.onArtifact(r.artifact!)],
      [F.useArtifact, (r) => this.#artifacts.onUse(r.useArtifact!)],
    ]);
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

  /** Whether the run's exit record was read (the log's writer is done with it). */
  get sawExit(): boolean {
    return this.#batcher.exit !== undefined;
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
      pendingBytes: this.#batcher.fs.batch.size,
      ackedLines: this.#batcher.fs.ackedLines,
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
    const room = this.#batcher.fs.batch.size < FULL_BYTES;
    if (this.#idle || (room && this.#committed - this.#tail.pos >= WAKE_BYTES)) this.#wakeUp();
  }

  /**
   * How saving the artifact with this client id ended, once it has (its record may not have
   * been read yet).
   *
   * @param clientId the ArtifactRecord's `client_id`
   * @returns the server's id and version, or why saving failed
   */
  artifactOutcome(clientId: string): Promise<ArtifactOutcome> {
    return this.#artifacts.outcome(clientId);
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
    const batcher = this.#batcher;
    const fs = batcher.fs;
    let inflight: Promise<void> | undefined;
    let inflightDone = false;
    const startPost = (batch: Batch, flags = {}) => {
      inflightDone = false;
      inflight = fs.post(batch, flags).then((answer) => {
        batcher.acknowledged(answer);
        if (answer.stopped === true && this.#o.live) this.#stopPoll.requested("file_stream answer");
        const acked = batch.snapshot as Checkpoint | undefined;
        if (acked) this.#ackedOffset = Math.max(this.#ackedOffset, acked.logOffset);
        this.#saver.save(acked, false);
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
      if (batcher.carrying && !this.#mustCut && !batcher.drainCarry()) this.#mustCut = true;
      // A full batch waits for the post in flight: nothing more is read (memory stays bounded).
      const got = fs.batch.size < FULL_BYTES && !this.#mustCut
        ? this.#read(inflight !== undefined)
        : undefined;
      if (got === "start") {
        await this.#start();
        continue;
      }
      if (got === "handOver") {
        await macrotask();
        continue;
      }
      this.#o.onProgress?.(this.#tail.pos);
      // The read stopped at a record that is not whole yet: wait for more (a log read while
      // another process writes it, as the board does), or, once closed, the tail never will be
      // (a crash mid-write). Not waiting there would spin this loop and starve the thread.
      const caughtUp = (this.#tail.pos >= this.#committed || this.#tail.stalled) &&
        !batcher.carrying;
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
      const b = fs.batch;
      if (!batcher.takeSummary()) this.#mustCut = true; // the summary goes in the next post
      const due = batcher.postDue(now, this.#closed);
      const full = b.size >= FULL_BYTES || this.#mustCut;
      if (!inflight && !b.empty && (full || due || (this.#closed && caughtUp))) {
        this.#mustCut = false;
        startPost(fs.cut(this.#snapshot()));
        continue;
      }
      if (!inflight && batcher.preempting) {
        batcher.preempting = false; // W&B's preempting notice, once
        startPost(fs.cut(this.#snapshot()), { preempting: true });
        continue;
      }
      if (!inflight && batcher.heartbeatDue(now)) {
        startPost(fs.cut(this.#snapshot()));
        continue;
      }
      // 3. run updates, stop polls, uploads, alerts
      await this.#chores(now);
      if (this.#closed && caughtUp) {
        if (inflight) {
          await awaitInflight();
          continue;
        }
        if (!fs.batch.empty) continue;
        break;
      }
      // 4. wait for more data, the in-flight post, or the next deadline
      if (caughtUp || full) {
        const untilPost = batcher.untilPost(now, this.#closed);
        this.#idle = b.empty && !inflight;
        await this.#wait(Math.max(5, Math.min(untilPost, 5000)));
        this.#idle = false;
      }
    }
    return await this.#finish();
  }

  /**
   * Reads and handles the committed records, up to a full batch. While a post is in flight,
   * reading hands the loop over every 2 ms: its socket is served by this thread's event loop,
   * and building a whole batch first would hold it for ~20 ms.
   *
   * @returns `"start"` when a run record needs the run started first, `"handOver"` when the
   * loop should yield to the event loop
   */
  #read(posting: boolean): "start" | "handOver" | undefined {
    const fs = this.#batcher.fs;
    const t0 = performance.now();
    let n = 0;
    for (const rec of this.#tail.read(this.#committed)) {
      const got = this.#handle(rec.bytes);
      if (got === "cut") {
        // Read this record again into the next batch, once this one is posted.
        this.#tail.pos = rec.offset;
        this.#mustCut = true;
        return;
      }
      if (got === "full") {
        // This record's console lines fill the batch; the rest wait in the carry.
        this.#mustCut = true;
        return;
      }
      if (got === "run" && this.#startInfo === undefined) return "start";
      if (fs.batch.size >= FULL_BYTES) return;
      if ((++n & 255) === 0 && posting && performance.now() - t0 > 2) return "handOver";
    }
  }

  /**
   * Hands one record to the module that handles its kind. History rows, the hot path, go to the
   * batcher (and, while globs are defined, to the run's metrics) without decoding; the other
   * kinds the sender acts on are decoded once for their handler in {@link Sender.#on}.
   */
  #handle(bytes: Uint8Array): Verdict {
    const field = recordField(bytes);
    if (field === F.history) {
      this.#runs.onHistory(bytes);
      return this.#batcher.onHistory(bytes);
    }
    const on = this.#on.get(field);
    return on === undefined ? undefined : on(decodeRecord(bytes));
  }

  /** Between posts: due run updates, stop polls and uploads, and queued alerts. */
  async #chores(now: number): Promise<void> {
    const runs = this.#runs;
    if (!this.#closed && runs.due(now)) await runs.update(runs.runDirty);
    if (this.#o.live && !this.#closed) this.#stopPoll.tick(now, runs);
    this.#uploads.tick(now);
    this.#artifacts.tick();
    if (this.#alerts.pending) await this.#alerts.send(runs);
  }

  async #finish(): Promise<SendResult> {
    await this.#uploads.idle();
    await this.#artifacts.idle();
    await this.#stopPoll.finish(); // the run is ending: a poll in flight is moot
    if (this.#failure) throw new Error(this.#failure);
    // A run update read after close() (always in sync) goes up here, with every run field.
    await this.#runs.finish();
    // Every file of files/ that is new or changed since it was uploaded (W&B uploads them all).
    await this.#uploads.uploadAll();
    const batcher = this.#batcher;
    const fs = batcher.fs;
    if (!batcher.takeSummary()) {
      await fs.post(fs.cut(this.#snapshot())); // a large summary goes in its own post
      batcher.takeSummary();
    }
    const last = fs.cut(this.#snapshot());
    if (batcher.exit) {
      await fs.post(last, { complete: true, exitcode: batcher.exit.code });
      this.#complete = true;
      this.#saver.save(this.#snapshot(), true, true);
      if (this.#o.saveProgress !== false) {
        Deno.writeTextFileSync(syncedMarkerPath(this.#o.logPath), "");
      }
    } else {
      if (!last.empty) await fs.post(last);
      this.#saver.save(this.#snapshot(), true, this.#complete);
    }
    return this.#result();
  }

  #result(failure?: string): SendResult {
    return {
      ok: failure === undefined,
      complete: this.#complete,
      url: this.#startInfo?.url,
      message: failure,
      lines: this.#batcher.fs.ackedLines,
      files: this.#uploads.uploaded.size,
    };
  }

  #message(err: unknown): string {
    if (this.#failure) return this.#failure;
    const text = err instanceof Error ? err.message : String(err);
    return text;
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

  /** Starts the run on the server; its file_stream URL follows from where the server put it. */
  async #start(): Promise<void> {
    // W&B's clients probe the schema first; it runs beside the UpsertBucket, so it costs no wait.
    this.#caps ??= probeCapabilities(this.#gql, {
      signal: this.#ac.signal,
      log: (m) => this.#o.log?.("info", m),
    });
    try {
      const info = await this.#runs.start();
      this.#startInfo = info;
      const enc = encodeURIComponent;
      this.#batcher.fs.url = `${this.#gql.baseUrl}/files/${enc(info.entity)}/${enc(info.project)}/${
        enc(info.runId)
      }/file_stream`;
      this.#resolveStart(info);
    } catch (err) {
      this.#rejectStart(err);
      throw err;
    }
  }

  /** The checkpoint of the sender's place: the log offset and each module's state. */
  #snapshot(): Checkpoint {
    const runs = this.#runs;
    const s = this.#batcher.state();
    return {
      version: 1,
      baseUrl: this.#gql.baseUrl,
      runId: runs.runId,
      entity: runs.entity,
      project: runs.project,
      displayName: runs.displayName,
      logOffset: this.#tail.pos,
      lines: s.lines,
      config: runs.wrappedConfig,
      configDirty: runs.configDirty,
      runDirty: runs.runDirty,
      summary: s.summary,
      console: s.console,
      carry: s.carry,
      uploaded: Object.fromEntries(this.#uploads.uploaded),
      run: runs.run,
      exit: s.exit,
      complete: false,
    };
  }
}
