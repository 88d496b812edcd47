/**
 * What the SDK prints: one-line notices, the run header, and the closing summary with a sparkline
 * per history metric, like W&B's client. Everything goes to stderr (never into the run's captured
 * output), and `silent` / `quiet` are honoured by the caller.
 *
 * @example
 * ```ts
 * import { sparkline } from "./printer.ts";
 * console.assert(sparkline([0, 1, 2, 3, 4, 5, 6, 7]) === "▁▂▃▄▅▆▇█");
 * ```
 * @module
 */

import { withoutCapture } from "./console.ts";
import { cliCommand } from "../cli/command.ts";
import type { ArtifactProgress } from "../proto/worker_protocol.ts";

const encoder = new TextEncoder();

/** Writes lines to stderr, never into the run's captured output. */
export function printLines(lines: string[]): void {
  if (lines.length > 0) writeStderr(lines.join("\n") + "\n");
}

/** Writes text to stderr as is, around console capture. */
function writeStderr(text: string): void {
  withoutCapture(() => {
    try {
      const bytes = encoder.encode(text);
      let off = 0;
      while (off < bytes.length) off += Deno.stderr.writeSync(bytes.subarray(off));
    } catch {
      // stderr closed: nothing to do
    }
  });
}

const BARS = "▁▂▃▄▅▆▇█";

/**
 * Renders values as a sparkline of at most `width` characters (bucket means; NaN/±Inf ignored).
 *
 * @example
 * ```ts
 * import { sparkline } from "./printer.ts";
 * console.assert(sparkline([3, 3]) === "▁▁");
 * ```
 */
export function sparkline(values: number[], width = 40): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return "";
  const n = finite.length;
  const w = Math.min(width, n);
  const buckets: number[] = [];
  for (let b = 0; b < w; b++) {
    const from = Math.floor((b * n) / w);
    const to = Math.max(from + 1, Math.floor(((b + 1) * n) / w));
    let sum = 0;
    for (let i = from; i < to; i++) sum += finite[i]!;
    buckets.push(sum / (to - from));
  }
  let lo = Infinity, hi = -Infinity;
  for (const v of buckets) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi === lo) return BARS[0]!.repeat(buckets.length);
  return buckets.map((v) => BARS[Math.min(7, Math.floor(((v - lo) / (hi - lo)) * 8))]).join("");
}

/** Formats a summary value the way W&B's footer does (numbers to 5 significant digits). */
export function formatSummaryValue(v: unknown): string {
  if (typeof v === "number") {
    if (Number.isInteger(v)) return String(v);
    return Number.isFinite(v) ? String(Number(v.toPrecision(5))) : String(v);
  }
  if (typeof v === "string") return v.length > 40 ? v.slice(0, 37) + "..." : v;
  if (typeof v === "boolean") return String(v);
  return "";
}

/** Inputs of {@linkcode closingLines}. */
export interface ClosingInfo {
  runId: string;
  runDir: string;
  mode: "online" | "offline";
  history: Record<string, number[]>;
  summary: Record<string, unknown>;
  dropped: number;
  droppedSteps: number[];
  warnings: string[];
  url?: string;
  /** Online runs whose data did not all reach the server: why. */
  sendError?: string;
}

/**
 * The closing message: run history sparklines, run summary, where the files are, how to sync.
 *
 * @example
 * ```ts
 * import { closingLines } from "./printer.ts";
 * const lines = closingLines({ runId: "a", runDir: "wandb/offline-run-x-a", mode: "offline",
 *   history: { loss: [3, 2, 1] }, summary: { loss: 1 }, dropped: 0, droppedSteps: [], warnings: [] });
 * console.assert(lines.some((l) => l.includes("█▄▁")));
 * ```
 */
export function closingLines(info: ClosingInfo): string[] {
  const p = "wandb:";
  const lines: string[] = [];
  const flat = flatten(info.summary);
  const hist = Object.entries(info.history)
    .filter(([k, v]) => !k.startsWith("_") && v.filter(Number.isFinite).length > 1)
    .sort(([a], [b]) => a.localeCompare(b));
  const sum = Object.entries(flat).filter(([k, v]) =>
    !k.startsWith("_") && formatSummaryValue(v) !== ""
  )
    .sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(0, ...hist.map(([k]) => k.length), ...sum.map(([k]) => k.length));
  if (hist.length > 0) {
    lines.push(p, `${p} Run history:`);
    for (const [k, v] of hist) lines.push(`${p} ${k.padStart(width)} ${sparkline(v)}`);
  }
  if (sum.length > 0) {
    lines.push(p, `${p} Run summary:`);
    for (const [k, v] of sum) lines.push(`${p} ${k.padStart(width)} ${formatSummaryValue(v)}`);
  }
  lines.push(p);
  if (info.dropped > 0) {
    lines.push(
      `${p} WARNING ${info.dropped} row(s) were dropped because their step was lower than the current step (first: ${
        info.droppedSteps.join(", ")
      }); set x_strict_steps to make this an error`,
    );
  }
  for (const w of info.warnings) lines.push(`${p} WARNING ${w}`);
  if (info.sendError !== undefined) {
    lines.push(`${p} ERROR not everything reached the server: ${info.sendError}`);
    lines.push(`${p} The run is saved locally; upload the rest later with:`);
    lines.push(`${p} ${cliCommand("sync", info.runDir)}`);
  } else if (info.mode === "offline") {
    lines.push(`${p} You can sync this run to a W&B server by running:`);
    lines.push(`${p} ${cliCommand("sync", info.runDir)}`);
  } else if (info.url) {
    lines.push(`${p} 🚀 View run at: ${info.url}`);
  }
  lines.push(`${p} Find logs at: ${info.runDir}/logs`);
  return lines;
}

function flatten(
  obj: Record<string, unknown>,
  prefix = "",
  out: Record<string, unknown> = {},
): Record<string, unknown> {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === "object" && !Array.isArray(v) && !("_type" in v)) {
      flatten(v as Record<string, unknown>, key, out);
    } else out[key] = v;
  }
  return out;
}

/** Where {@linkcode SendProgressLine} writes: a terminal gets one live line. */
export interface ProgressSink {
  terminal: boolean;
  write(text: string): void;
}

const stderrSink: ProgressSink = {
  terminal: (() => {
    try {
      return Deno.stderr.isTerminal();
    } catch {
      return false;
    }
  })(),
  write: writeStderr,
};

/**
 * Replaces the one live status line at the bottom of the terminal with `text` (on stderr);
 * `undefined` when stderr is no terminal, where callers print plain lines instead. The CLI's
 * sync, agent and launch-agent status lines all go through it.
 *
 * @example
 * ```ts ignore
 * liveStatus?.("wandb: syncing 2 run(s) 50 %");
 * ```
 */
export const liveStatus: ((text: string) => void) | undefined = stderrSink.terminal
  ? (text) => stderrSink.write(`\r\x1b[K${text}`)
  : undefined;

/**
 * Shows how sending a run's data goes while `finish()` waits for the server, like W&B's
 * "uploaded" line: nothing for the first second, then one live line on a terminal, or a line
 * every 10 s otherwise.
 *
 * @example
 * ```ts
 * import { SendProgressLine } from "./printer.ts";
 * const out: string[] = [];
 * const line = new SendProgressLine({ terminal: false, write: (t) => out.push(t) }, 0);
 * line.update({ sent: 5 << 20, total: 10 << 20, lines: 250_000 }, 1500);
 * console.assert(out[0] === "wandb: sending run data: 5.0 of 10.0 MB (50 %), 250,000 lines acknowledged\n");
 * ```
 */
export class SendProgressLine {
  #sink: ProgressSink;
  #start: number;
  #last = -Infinity;
  #live = false;

  /**
   * @param sink where to write (stderr by default)
   * @param start when finishing started, ms
   */
  constructor(sink: ProgressSink = stderrSink, start = Date.now()) {
    this.#sink = sink;
    this.#start = start;
  }

  /** Shows `p` (at most once per 10 s without a terminal). */
  update(p: { sent: number; total: number; lines: number }, now = Date.now()): void {
    if (now - this.#start < 1000) return;
    const mb = (n: number) => (n / (1 << 20)).toFixed(1);
    const pct = p.total > 0 ? Math.min(100, Math.floor((p.sent / p.total) * 100)) : 100;
    const text = `wandb: sending run data: ${mb(p.sent)} of ${mb(p.total)} MB (${pct} %), ${
      p.lines.toLocaleString("en-US")
    } lines acknowledged`;
    if (this.#sink.terminal) {
      this.#sink.write(`\r\x1b[K${text}`);
      this.#live = true;
    } else if (now - this.#last >= 10_000) {
      this.#last = now;
      this.#sink.write(`${text}\n`);
    }
  }

  /** Clears the live line. */
  end(): void {
    if (this.#live) this.#sink.write("\r\x1b[K");
    this.#live = false;
  }
}

/**
 * Shows an artifact upload while it goes, like {@linkcode SendProgressLine}: nothing for its
 * first second (short uploads print nothing), then one live line on a terminal, or a line every
 * 10 s at most otherwise; the live line is cleared when the upload is done.
 *
 * @example
 * ```ts
 * import { ArtifactProgressLine } from "./printer.ts";
 * const out: string[] = [];
 * const line = new ArtifactProgressLine({ terminal: false, write: (t) => out.push(t) });
 * const p = { name: "ds", bytes: 0, totalBytes: 8 << 20, files: 0, totalFiles: 4, done: false };
 * line.update(p, 0);
 * line.update({ ...p, bytes: 2 << 20, files: 1 }, 1500);
 * console.assert(out[0] === "wandb: uploading artifact ds: 2.0 of 8.0 MB, 1 of 4 files\n");
 * ```
 */
export class ArtifactProgressLine {
  #sink: ProgressSink;
  #name: string | undefined;
  #start = 0;
  #last = -Infinity;
  #live = false;

  /** @param sink where to write (stderr by default) */
  constructor(sink: ProgressSink = stderrSink) {
    this.#sink = sink;
  }

  /** Shows `p` (a new upload starts its own one-second grace). */
  update(p: ArtifactProgress, now = Date.now()): void {
    if (p.done) {
      this.end();
      this.#name = undefined;
      return;
    }
    if (this.#name !== p.name) {
      this.#name = p.name;
      this.#start = now;
      this.#last = now;
    }
    if (now - this.#start < 1000) return;
    const text = artifactProgressText(p);
    if (this.#sink.terminal) {
      this.#sink.write(`\r\x1b[K${text}`);
      this.#live = true;
    } else if (this.#last === this.#start || now - this.#last >= 10_000) {
      this.#last = now;
      this.#sink.write(`${text}\n`);
    }
  }

  /** Clears the live line. */
  end(): void {
    if (this.#live) this.#sink.write("\r\x1b[K");
    this.#live = false;
  }
}

/**
 * The text of an artifact upload's progress line.
 *
 * @example
 * ```ts
 * import { artifactProgressText } from "./printer.ts";
 * const t = artifactProgressText({ name: "m", bytes: 3 << 20, totalBytes: 6 << 20, files: 1, totalFiles: 1, done: false });
 * console.assert(t === "wandb: uploading artifact m: 3.0 of 6.0 MB, 1 of 1 file");
 * ```
 */
export function artifactProgressText(p: ArtifactProgress): string {
  const mb = (n: number) => (n / (1 << 20)).toFixed(1);
  return `wandb: uploading artifact ${p.name}: ${mb(p.bytes)} of ${mb(p.totalBytes)} MB, ${
    p.files.toLocaleString("en-US")
  } of ${p.totalFiles.toLocaleString("en-US")} file${p.totalFiles === 1 ? "" : "s"}`;
}
