/**
 * The user thread's side of the internal Worker: `publish` (hot path, appends to the current
 * batch) and `deliver` (a request with one reply, matched by id). Batches are posted with their
 * buffer transferred, once per microtask turn or when full. Memory is bounded: a shared counter
 * holds the bytes posted and not yet on disk, and `publish` blocks (Atomics.wait) above a fixed
 * limit until the writer catches up.
 *
 * The Worker is a `node:worker_threads` Worker, `unref()`ed: a Deno web Worker keeps the process
 * alive forever (DENO-FACTS §1), which would hang every script that forgets `finish()`. Unref'd,
 * the process reaches `beforeunload`, where the run is finished and flushed. While a request is
 * pending the Worker is ref'd, so awaiting a reply keeps the process alive.
 *
 * @example
 * ```ts ignore
 * const bridge = Bridge.start(start);
 * bridge.publish({ config: { update: [{ key: "lr", valueJson: "0.1" }] } });
 * await bridge.deliver({ op: "flush" });
 * ```
 * @module
 */
import { Worker } from "node:worker_threads";
import { encodeRecord, type wandb_internal } from "../proto/mod.ts";
import { type Batch, FrameBuffer } from "../proto/frames.ts";
import type {
  ArtifactProgress,
  FromWorker,
  SendProgress,
  ToWorker,
  WorkerRequest,
  WorkerStart,
} from "../proto/worker_protocol.ts";
import { WandbError } from "./errors.ts";

/**
 * Bytes posted and not yet written above which `publish` waits. 4 MiB is ~25 ms of rows at full
 * speed, enough to ride over the Worker's pauses: 16 MiB held 12-35 MB more RSS (the batches
 * and their not yet collected buffers in the Worker) for no measurable gain in rows/s.
 */
export const INFLIGHT_LIMIT = 4 * 1024 * 1024;
const BATCH_BYTES = 128 * 1024;

/** Connection to one internal Worker. */
export class Bridge {
  /** The batch being filled; the history encoder writes straight into it. */
  readonly frames: FrameBuffer;
  #worker: Worker;
  #inflight: Int32Array;
  #mailbox = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  #nextId = 1;
  #scheduled = false;
  #closed = false;
  #dead = false;
  #flush = () => this.flush();
  /** Notices from the Worker (e.g. a monitor that cannot measure). */
  onNotice: (message: string) => void = () => {};
  /** Called when the server asks the run to stop. */
  onStop: () => void = () => {};
  /** Called while finishing with how much of the log the server acknowledged. */
  onSendProgress: (p: SendProgress) => void = () => {};
  /** Artifact uploads going on in the Worker. */
  onArtifactProgress: (p: ArtifactProgress) => void = () => {};
  /** Times `publish` had to wait for the writer (backpressure). */
  waits = 0;
  /** The most bytes ever posted and not yet written, counting the batch being posted. */
  maxInflight = 0;

  private constructor(worker: Worker, inflight: Int32Array) {
    this.#worker = worker;
    this.#inflight = inflight;
    this.frames = new FrameBuffer(BATCH_BYTES, () => this.flush());
    worker.on("message", (msg: FromWorker) => this.#onMessage(msg));
    worker.on("error", (err: Error) => this.#failAll(err));
  }

  /**
   * Starts the Worker for one run.
   *
   * @param start everything but the shared counter, which the bridge creates
   */
  static start(start: Omit<WorkerStart, "inflight">): Bridge {
    const sab = new SharedArrayBuffer(4);
    // The Worker's young generation grows to ~16 MB while it loads its modules and V8 keeps it
    // while records stream in, though little survives a scavenge there (~0.1 MB): capped at
    // 4 MB it scavenges more often for the same CPU (700-790 ms per 1M rows either way) and the
    // process holds ~8-12 MB less.
    const worker = new Worker(
      new URL("../internal/worker.ts", import.meta.url),
      { type: "module", resourceLimits: { maxYoungGenerationSizeMb: 4 } } as never,
    );
    worker.unref();
    const bridge = new Bridge(worker, new Int32Array(sab));
    bridge.#post({ kind: "start", start: { ...start, inflight: sab } });
    return bridge;
  }

  /** Appends one record to the current batch. */
  publish(record: wandb_internal.IRecord): void {
    this.frames.pushFrame(encodeRecord(record));
    this.schedule();
  }

  /** Makes sure the current batch is posted at the end of this microtask turn. */
  schedule(): void {
    if (!this.#scheduled) {
      this.#scheduled = true;
      queueMicrotask(this.#flush);
    }
  }

  /** Posts the current batch now (waits first if too much is in flight). */
  flush(): void {
    this.#scheduled = false;
    if (this.frames.pos === 0 || this.#closed) return;
    if (this.#dead) {
      this.frames.take(); // the Worker is gone: nothing can be written any more
      return;
    }
    const batch: Batch = this.frames.take();
    this.#backpressure(batch.length);
    const inflight = Atomics.add(this.#inflight, 0, batch.length) + batch.length;
    if (inflight > this.maxInflight) this.maxInflight = inflight;
    this.#post(
      { kind: "records", buffer: batch.buffer, length: batch.length, count: batch.count },
      [batch.buffer],
    );
  }

  #backpressure(adding: number): void {
    const ia = this.#inflight;
    let v = Atomics.load(ia, 0);
    if (v + adding <= INFLIGHT_LIMIT) return;
    this.waits++;
    const deadline = Date.now() + 60_000;
    while (v + adding > INFLIGHT_LIMIT && v > 0 && Date.now() < deadline) {
      Atomics.wait(ia, 0, v, 100);
      v = Atomics.load(ia, 0);
    }
  }

  /**
   * Sends a request after everything published so far; resolves with the Worker's reply.
   *
   * @throws {WandbError} with the Worker's error code when the request fails
   */
  deliver<T>(request: WorkerRequest): Promise<T> {
    this.flush();
    const id = this.#nextId++;
    const { promise, resolve, reject } = Promise.withResolvers<T>();
    if (this.#dead) {
      reject(
        new WandbError(
          "internal/crashed",
          "The internal process failed; see logs/debug-internal.log",
        ),
      );
      return promise;
    }
    this.#mailbox.set(id, { resolve: resolve as (v: unknown) => void, reject });
    if (this.#mailbox.size === 1) this.#worker.ref();
    this.#post({ kind: "request", id, request });
    return promise;
  }

  /** Stops the Worker (after `finish` was answered). */
  terminate(): Promise<void> {
    this.#closed = true;
    return this.#worker.terminate().then(() => {});
  }

  #post(msg: ToWorker, transfer?: ArrayBuffer[]): void {
    this.#worker.postMessage(msg, transfer as never);
  }

  #onMessage(msg: FromWorker): void {
    if (msg.kind === "notice") {
      this.onNotice(msg.message);
      return;
    }
    if (msg.kind === "artifact-progress") {
      this.onArtifactProgress(msg);
      return;
    }
    if (msg.kind === "progress") {
      this.onSendProgress(msg);
      return;
    }
    if (msg.kind === "stop") {
      this.onStop();
      return;
    }
    if (msg.kind === "fatal") {
      this.#failAll(new Error(msg.message));
      return;
    }
    const entry = this.#mailbox.get(msg.id);
    if (!entry) return;
    this.#mailbox.delete(msg.id);
    if (this.#mailbox.size === 0) this.#worker.unref();
    if (msg.ok) entry.resolve(msg.value);
    else entry.reject(new WandbError(msg.error.code, msg.error.message));
  }

  #failAll(err: Error): void {
    if (!this.#dead) {
      this.#dead = true;
      this.onNotice(
        `wandb: ERROR the internal process failed (${err.message}); records after this point are lost, see logs/debug-internal.log`,
      );
    }
    for (const { reject } of this.#mailbox.values()) {
      reject(
        new WandbError(
          "internal/crashed",
          `The internal process failed: ${err.message}; see logs/debug-internal.log`,
        ),
      );
    }
    this.#mailbox.clear();
    this.#worker.unref();
  }
}
