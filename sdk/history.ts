/**
 * `run.log()` semantics (records.md §12–13), on the user thread: validation, nested keys, `_step`,
 * `_runtime`, `_timestamp`, `commit: false` accumulation and explicit steps. Committed rows are
 * encoded straight into the outgoing batch by the hot-path {@linkcode HistoryEncoder}; nothing is
 * encoded or posted for a call that throws.
 *
 * @example
 * ```ts
 * import { FrameBuffer } from "../proto/frames.ts";
 * import { History } from "./history.ts";
 * const h = new History(new FrameBuffer(4096), { startMs: Date.now() });
 * h.log({ loss: 0.5, val: { acc: 0.9 } });
 * console.assert(h.step === 1);
 * ```
 * @module
 */
import type { FrameBuffer } from "../proto/frames.ts";
import { HistoryEncoder } from "../proto/history_encoder.ts";
import {
  encodeNumber,
  encodeValueJson,
  isPlainObject,
  ValueTypeError,
} from "../proto/value_json.ts";
import { metricKeyName, metricName, metricPath } from "../proto/metric_name.ts";
import { StepOrderError } from "./errors.ts";
import type { StepSync } from "./metrics.ts";
import { bindLogged, flattenMedia, isMediaValue, MediaBatch } from "./media/log_media.ts";

/** Options of `run.log()`. */
export interface LogOptions {
  /** Explicit step; a step lower than the current one drops the row (or throws in strict mode). */
  step?: number;
  /** `false` accumulates into the pending row; default: commit unless `step` is given. */
  commit?: boolean;
}

/** Separator of nested key paths in summary keys (never appears in real keys). */
export const PATH_SEP = "\u0000";

interface PendingItem {
  key: string;
  path: readonly string[] | null;
  json: string;
}

/** Options of {@linkcode History}. */
export interface HistoryOptions {
  /** Run start, ms since epoch (for `_runtime`). */
  startMs: number;
  /** First step (resume). @default 0 */
  startingStep?: number;
  /** Throw {@linkcode StepOrderError} instead of dropping rows with a lower step. @default false */
  strict?: boolean;
  /** Where warnings go. */
  warn?: (message: string) => void;
  /** Clock, ms since epoch. @default Date.now */
  now?: () => number;
}

/** History state of one run. */
export class History {
  /** The step the next committed row gets. */
  step: number;
  /** Rows dropped because their step was lower than the current one. */
  dropped = 0;
  /** The first few dropped steps, for the report at finish. */
  droppedSteps: number[] = [];
  /** Last logged value (JSON) of every leaf key path (keys joined by {@linkcode PATH_SEP}). */
  readonly last: Map<string, string> = new Map();
  /** Rows committed. */
  rows = 0;
  /** `defineMetric` step metrics to sync into rows that lack them (set by the run). */
  stepSync: StepSync | undefined;
  /** Receives the files and config entries of a row's media once the row is accepted. */
  onMedia: ((batch: MediaBatch) => void) | undefined;
  #media: MediaBatch | undefined;
  #out: FrameBuffer;
  #enc = new HistoryEncoder();
  #pending: Map<string, PendingItem> | null = null;
  #startMs: number;
  #strict: boolean;
  #warn: (message: string) => void;
  #now: () => number;
  #stack: object[] = [];
  #syncNames = new Set<string>();

  /**
   * @param out the outgoing batch buffer
   * @param options start time, strictness, warning sink
   */
  constructor(out: FrameBuffer, options: HistoryOptions) {
    this.#out = out;
    this.#startMs = options.startMs;
    this.step = options.startingStep ?? 0;
    this.#strict = options.strict ?? false;
    this.#warn = options.warn ?? (() => {});
    this.#now = options.now ?? Date.now;
  }

  /**
   * Logs one row (see `Run.log`).
   *
   * @throws {TypeError} naming the key path of an unsupported value, before anything is posted
   * @throws {StepOrderError} in strict mode for a step lower than the current one
   */
  log(data: Record<string, unknown>, options?: LogOptions): void {
    if (!isPlainObject(data)) {
      throw new TypeError(
        `run.log() takes a plain object of key → value; got ${
          data === null ? "null" : typeof data
        }`,
      );
    }
    // Items go straight into the encoder; a rejected value clears them, so nothing is posted.
    const enc = this.#enc;
    const base = enc.size;
    this.#stack.length = 0;
    this.#stack.push(data);
    try {
      this.#collect(data, null, "");
    } catch (err) {
      enc.clear();
      this.#media = undefined;
      throw err;
    }
    const stepOpt = options?.step;
    if (stepOpt !== undefined) {
      if (!Number.isSafeInteger(stepOpt) || stepOpt < 0) {
        enc.clear();
        this.#media = undefined;
        throw new TypeError(
          `run.log() option "step" must be a non-negative integer; got ${stepOpt}`,
        );
      }
      if (stepOpt < this.step) {
        enc.clear();
        this.#media = undefined;
        if (this.#strict) throw new StepOrderError(stepOpt, this.step);
        this.dropped++;
        if (this.droppedSteps.length < 5) this.droppedSteps.push(stepOpt);
        if (this.dropped === 1 || this.dropped % 1000 === 0) {
          this.#warn(
            `wandb: WARNING dropped a row logged at step ${stepOpt}: the current step is ${this.step} and steps must not decrease (${this.dropped} dropped so far; set x_strict_steps to make this an error)`,
          );
        }
        return;
      }
    }
    if (this.#media !== undefined) {
      const batch = this.#media;
      this.#media = undefined;
      this.onMedia?.(batch);
    }
    const commit = options?.commit ?? (stepOpt === undefined);
    const ts = this.#now();
    if (commit && this.#pending === null && (stepOpt === undefined || stepOpt === this.step)) {
      // Fast path: the row is already in the encoder.
      const last = this.last;
      const n = enc.size, keys = enc.keys, paths = enc.paths, values = enc.values;
      for (let i = base; i < n; i++) {
        const path = paths[i]!;
        last.set(path === null ? keys[i]! : path.join(PATH_SEP), values[i]!);
      }
      this.#emit(ts);
      return;
    }
    const items = this.#take();
    if (stepOpt !== undefined && stepOpt > this.step) {
      this.flushPending();
      this.step = stepOpt;
    }
    const pending = this.#pending ??= new Map();
    for (const it of items) pending.set(it.path === null ? it.key : it.path.join(PATH_SEP), it);
    pending.set("_timestamp", { key: "_timestamp", path: null, json: encodeNumber(ts / 1000) });
    if (commit) this.flushPending();
  }

  /** Moves the collected items out of the encoder. */
  #take(): PendingItem[] {
    const enc = this.#enc;
    const out: PendingItem[] = [];
    for (let i = 0; i < enc.size; i++) {
      out.push({ key: enc.keys[i]!, path: enc.paths[i]!, json: enc.values[i]! });
    }
    enc.clear();
    return out;
  }

  /** Emits the pending row, if any, at the current step. */
  flushPending(): void {
    const pending = this.#pending;
    if (pending === null) return;
    this.#pending = null;
    const enc = this.#enc;
    let ts = this.#now();
    for (const [k, item] of pending) {
      if (k === "_timestamp") {
        ts = Number(item.json) * 1000;
        continue;
      }
      if (item.path === null) enc.add(item.key, item.json);
      else enc.addNested(item.path, item.json);
      this.last.set(k, item.json);
    }
    this.#emit(ts);
  }

  #emit(ts: number): void {
    const enc = this.#enc;
    if (this.stepSync && !this.stepSync.empty) this.#syncSteps();
    const tsJson = encodeNumber(ts / 1000);
    const runtimeJson = encodeNumber(Math.max(0, ts - this.#startMs) / 1000);
    const stepJson = encodeNumber(this.step);
    enc.add("_timestamp", tsJson);
    enc.add("_runtime", runtimeJson);
    enc.add("_step", stepJson);
    const last = this.last;
    last.set("_timestamp", tsJson);
    last.set("_runtime", runtimeJson);
    last.set("_step", stepJson);
    enc.encodeInto(this.#out, this.step);
    this.step++;
    this.rows++;
  }

  /** Adds the last value of each step metric a key of the row is synced to, where missing. */
  #syncSteps(): void {
    const enc = this.#enc, sync = this.stepSync!, names = this.#syncNames;
    const n = enc.size;
    names.clear();
    for (let i = 0; i < n; i++) {
      const path = enc.paths[i];
      names.add(path ? metricName(path) : metricKeyName(enc.keys[i]!));
    }
    // Only the row's own keys are looked up (a synced step added below is never re-synced).
    let i = 0;
    for (const name of names) {
      if (i++ === n) break;
      const step = sync.stepFor(name);
      if (step === null || names.has(step)) continue;
      const path = metricPath(step); // "t.step" is {t: {step}}; "t\.step" the flat "t.step"
      const json = this.last.get(path.length === 1 ? path[0]! : path.join(PATH_SEP));
      if (json === undefined) continue;
      if (path.length === 1) enc.add(path[0]!, json);
      else enc.addNested(path, json);
      names.add(step);
    }
  }

  /** Binds a media value at the current step and adds W&B's JSON as nested items. */
  #addMedia(v: unknown, prefix: string[] | null, key: string, path: string): void {
    let batch = this.#media;
    if (batch === undefined) {
      batch = this.#media = new MediaBatch(this);
    }
    const bound = bindLogged(v, path, path, this.step, batch);
    const leaf = key + bound.key.slice(path.length); // a chart's table is "<key>_table"
    const base = prefix === null ? [leaf] : [...prefix, leaf];
    flattenMedia(
      bound.json,
      base,
      (p, value) => this.#enc.addNested(p, encodeValueJson(value, path)),
    );
  }

  #collect(obj: Record<string, unknown>, prefix: string[] | null, where: string): void {
    const enc = this.#enc;
    // Plain objects only (checked by the caller), so for-in sees own keys only.
    for (const key in obj) {
      const v = obj[key];
      let json: string;
      switch (typeof v) {
        case "number":
          json = encodeNumber(v);
          break;
        case "string":
          json = JSON.stringify(v);
          break;
        case "boolean":
          json = v ? "true" : "false";
          break;
        case "undefined":
          continue;
        default: {
          const path = where ? `${where}.${key}` : key;
          if (isMediaValue(v)) {
            this.#addMedia(v, prefix, key, path);
            continue;
          }
          if (isPlainObject(v) && !("_type" in v)) {
            if (this.#stack.includes(v)) throw new ValueTypeError(path, "a circular reference");
            this.#stack.push(v);
            this.#collect(v, prefix === null ? [key] : [...prefix, key], path);
            this.#stack.pop();
            continue;
          }
          json = encodeValueJson(v, path);
        }
      }
      if (prefix === null) {
        if (key === "_step") continue;
        enc.add(key, json);
      } else enc.addNested([...prefix, key], json);
    }
  }
}
