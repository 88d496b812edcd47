/**
 * The file_stream batcher: puts what the log's records send through file_stream into the next
 * batch (server-api.md §5): history rows, system metrics as `wandb-events.jsonl` rows, console
 * lines of `output.log` (through the carry when a chunk does not fit beside the batch), the
 * latest summary, and the exit and preempting notices; keeps W&B's line limit (a row over it is
 * dropped, a console line cut, a post split before it) and W&B's post rate and heartbeats. The
 * posts themselves go through {@linkcode FileStream}; the sender decides when.
 *
 * @example
 * ```ts ignore
 * const batcher = new Batcher({ fileStream, heartbeatSeconds: 30 }, checkpoint, resume);
 * if (batcher.onHistory(recordBytes) === "cut") postFirst();
 * if (batcher.postDue(Date.now(), false)) await batcher.fs.post(batcher.fs.cut(snapshot));
 * ```
 * @module
 */
import type { wandb_internal } from "../../proto/mod.ts";
import type { Checkpoint } from "./checkpoint.ts";
import { type ConsoleLine, ConsoleLines, type ConsoleState } from "./console_lines.ts";
import {
  FileStream,
  type FileStreamOptions,
  type LineOffsets,
  MAX_LINE_BYTES,
} from "./file_stream.ts";
import { applyItems } from "../record_items.ts";
import { tsMs } from "./run_updates.ts";

const utf8 = new TextEncoder();

/** Where the server had a resumed run (RunResumeStatus). */
export interface ResumeBase {
  /** The server's next line offsets of the run's files. */
  lines: LineOffsets;
  /** The run's summary on the server. */
  summary: Record<string, unknown>;
}

/** Options of {@linkcode Batcher}. */
export interface BatcherOptions {
  /** How to reach file_stream (the URL is set once the run started). */
  fileStream: FileStreamOptions;
  /** Seconds between heartbeats when idle. @default 30 */
  heartbeatSeconds?: number;
  /** Fixed seconds between data posts instead of W&B's 2 s / 10 s / 30 s schedule. */
  transmitIntervalSeconds?: number;
  /** A one-line message for the user (a row too long to send). */
  notice?: (message: string) => void;
  /** Debug-log sink. */
  log?: (level: "info" | "warn" | "error", message: string) => void;
}

/** What the batcher keeps in a checkpoint. */
export interface BatcherState {
  /** Next line offsets on the server. */
  lines: LineOffsets;
  /** The run summary built from the summary records read so far. */
  summary: Record<string, unknown>;
  /** The console line maker's state. */
  console: ConsoleState;
  /** Console lines made but not yet in a batch; absent when none. */
  carry: ConsoleLine[] | undefined;
  /** Exit code and runtime from the exit record, once read. */
  exit: { code: number; runtime: number } | undefined;
}

/** Builds file_stream batches from records and says when to post them. */
export class Batcher {
  /** The file_stream client and its current batch. */
  readonly fs: FileStream;
  /** Exit code and runtime (seconds) from the exit record, once it was read. */
  exit: { code: number; runtime: number } | undefined;
  /** A preempting record was read: the next post carries W&B's preempting notice. */
  preempting = false;
  /** Seconds between heartbeats, in ms (the server's `limits` may change it). */
  heartbeatMs: number;
  /** When the last post was acknowledged (0: none yet). */
  lastPost = 0;
  /** When this batcher began (the run's age for the post rate; heartbeats count from it). */
  readonly startMs: number = Date.now();
  #o: BatcherOptions;
  #summary: Record<string, unknown> = {};
  #summaryDirty = false;
  #console: ConsoleLines;
  /**
   * Console lines made but not yet in a batch: a console chunk's lines that did not fit beside
   * the batch's (W&B's post limit). Drained into the next batches before any record is read;
   * saved in checkpoints.
   */
  #carry: ConsoleLine[] = [];

  /**
   * Creates the batcher, empty, as a checkpoint saved it, or at a resumed run's offsets.
   *
   * @param options file_stream, heartbeat and rate settings, message sinks
   * @param checkpoint where a previous sender stopped
   * @param resume where the server had a resumed run
   */
  constructor(options: BatcherOptions, checkpoint?: Checkpoint, resume?: ResumeBase) {
    this.#o = options;
    this.heartbeatMs = (options.heartbeatSeconds ?? 30) * 1000;
    const c = checkpoint;
    const lines = c?.lines ?? resume?.lines ?? { history: 0, events: 0, output: 0 };
    this.#console = new ConsoleLines(c?.console ?? lines.output);
    if (c) {
      this.#summary = c.summary;
      this.exit = c.exit;
      this.#carry = c.carry ?? [];
    } else if (resume) {
      this.#summary = { ...resume.summary };
    }
    this.fs = new FileStream(options.fileStream, lines);
  }

  /** Whether console lines wait in the carry. */
  get carrying(): boolean {
    return this.#carry.length > 0;
  }

  /** What a checkpoint keeps of the batcher (the line offsets after the current batch). */
  state(): BatcherState {
    return {
      lines: this.fs.batch.end(),
      summary: this.#summary,
      console: this.#console.state(),
      carry: this.#carry.length ? this.#carry.slice() : undefined,
      exit: this.exit,
    };
  }

  // --- records ---------------------------------------------------------------------------------

  /**
   * A history record: its row goes into the batch, unless it is over W&B's line limit (dropped,
   * with an error) or would push the post past it (`"cut"`: post first, then read it again).
   *
   * @param bytes the encoded record
   * @returns `"cut"` when the record must wait for the next batch
   */
  onHistory(bytes: Uint8Array): "cut" | undefined {
    const b = this.fs.batch;
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
  }

  /**
   * A summary record: applied; the summary goes with the next post.
   *
   * @param s the record's `summary`
   */
  onSummary(s: wandb_internal.ISummaryRecord): void {
    applyItems(this.#summary, s);
    this.#summaryDirty = true;
  }

  /**
   * An output (or output_raw) record: its text becomes console lines, into the batch while they
   * fit, the rest into the carry.
   *
   * @param o the record's `output` or `outputRaw`
   * @returns `"full"` when the lines filled the batch (post before reading on)
   */
  onOutput(o: wandb_internal.IOutputRecord | wandb_internal.IOutputRawRecord): "full" | undefined {
    const ms = tsMs(o.timestamp) ?? Date.now();
    const stream = o.outputType === 1 ? "stdout" : "stderr"; // STDERR = 0, STDOUT = 1
    for (const l of this.#console.add(stream, o.line ?? "", ms)) this.#carry.push(this.#fitLine(l));
    return this.drainCarry() ? undefined : "full";
  }

  /**
   * A stats record: one `wandb-events.jsonl` row of `system.*` values, W&B's `_wandb`,
   * `_timestamp` and `_runtime` (from the run's start).
   *
   * @param s the record's `stats`
   * @param startSeconds the run's start, seconds since the epoch, if known
   */
  onStats(s: wandb_internal.IStatsRecord, startSeconds: number | undefined): void {
    const ms = tsMs(s.timestamp) ?? Date.now();
    const row: string[] = [];
    for (const it of s.item ?? []) {
      row.push(`${JSON.stringify("system." + (it.key ?? ""))}:${it.valueJson ?? "null"}`);
    }
    const secs = ms / 1000;
    const runtime = startSeconds !== undefined ? secs - startSeconds : 0;
    row.push(`"_wandb":true`, `"_timestamp":${secs}`, `"_runtime":${Math.max(0, runtime)}`);
    this.fs.batch.events.addText(`{${row.join(",")}}`);
  }

  /**
   * An exit record: its code goes with the final post.
   *
   * @param e the record's `exit`
   */
  onExit(e: wandb_internal.IRunExitRecord): void {
    this.exit = { code: e.exitCode ?? 0, runtime: e.runtime ?? 0 };
  }

  /** A preempting record: the next post says so, once. */
  onPreempting(): void {
    this.preempting = true;
  }

  // --- batches ---------------------------------------------------------------------------------

  /**
   * Moves console lines from the carry into the batch while they fit under W&B's post limit (a
   * line alone in a batch always fits: {@link Batcher.#fitLine} made it so).
   *
   * @returns false when lines are left for the next batch
   */
  drainCarry(): boolean {
    const b = this.fs.batch;
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
   * Puts the current summary into the batch, unless it would push the post past W&B's limit
   * (then it stays due, for the next post).
   *
   * @returns false when the summary is still due
   */
  takeSummary(): boolean {
    if (!this.#summaryDirty) return true;
    const text = JSON.stringify(this.#summary);
    const b = this.fs.batch;
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

  // --- rate and heartbeats ---------------------------------------------------------------------

  /**
   * W&B's post rate: every 2 s in the first minute, 10 s until 5 minutes, then 30 s (scaled by
   * the heartbeat); no wait once the log is closed.
   *
   * @param now the time, ms
   * @param closed the log is complete
   * @returns ms between data posts
   */
  rateMs(now: number, closed: boolean): number {
    if (closed) return 0;
    if (this.#o.transmitIntervalSeconds !== undefined) {
      return this.#o.transmitIntervalSeconds * 1000;
    }
    const age = now - this.startMs;
    const hb = this.heartbeatMs / 1000;
    const s = age < 60_000
      ? Math.max(1, hb / 15)
      : age < 300_000
      ? Math.max(2.5, hb / 3)
      : Math.max(5, hb);
    return s * 1000;
  }

  /**
   * Whether the post rate allows a data post now.
   *
   * @param now the time, ms
   * @param closed the log is complete
   */
  postDue(now: number, closed: boolean): boolean {
    return now - this.lastPost >= this.rateMs(now, closed);
  }

  /**
   * Whether an empty batch is due as a heartbeat: nothing was posted for a heartbeat period
   * (counted from the start, not the epoch).
   *
   * @param now the time, ms
   */
  heartbeatDue(now: number): boolean {
    return this.fs.batch.empty && now - Math.max(this.lastPost, this.startMs) >= this.heartbeatMs;
  }

  /**
   * How long the loop may sleep before a post is due: the rest of the rate interval, or a
   * heartbeat period for an empty batch.
   *
   * @param now the time, ms
   * @param closed the log is complete
   */
  untilPost(now: number, closed: boolean): number {
    return this.fs.batch.empty
      ? this.heartbeatMs
      : this.rateMs(now, closed) - (now - this.lastPost);
  }

  /**
   * A post was acknowledged: counts for the rate, and the server's `limits` may set the
   * heartbeat.
   *
   * @param answer the server's file_stream answer
   */
  acknowledged(answer: Record<string, unknown>): void {
    this.lastPost = Date.now();
    const limits = answer.limits as { heartbeat_seconds?: unknown } | undefined;
    if (typeof limits?.heartbeat_seconds === "number" && limits.heartbeat_seconds > 0) {
      this.heartbeatMs = limits.heartbeat_seconds * 1000;
    }
  }

  // --- line limit ------------------------------------------------------------------------------

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
}
