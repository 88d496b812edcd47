/**
 * Console output → `output.log` lines as W&B's sender makes them (server-api.md §5.4): chunks
 * buffered per stream until a newline, one line per non-empty line with an ISO timestamp (and
 * `ERROR ` for stderr), and a line that starts with `\r` overwriting the stream's previous line
 * (progress bars) instead of taking a new offset.
 *
 * @example
 * ```ts
 * import { ConsoleLines } from "./console_lines.ts";
 * const c = new ConsoleLines(0);
 * const out = c.add("stdout", "hello\n", Date.UTC(2024, 3, 3, 10, 15, 3));
 * console.assert(out[0]!.offset === 0 && out[0]!.line === "2024-04-03T10:15:03 hello\n");
 * ```
 * @module
 */

/** One line to send at a line offset of `output.log`. */
export interface ConsoleLine {
  /** Line offset in `output.log` (an earlier one for a line that overwrites). */
  offset: number;
  /** The line: timestamp prefix, text and a trailing newline. */
  line: string;
}

/** State that a checkpoint keeps. */
export interface ConsoleState {
  /** The next new line offset. */
  next: number;
  /** Each stream's text not yet ended by a newline. */
  pending: { stdout: string; stderr: string };
  /** Offset of each stream's last line (−1 before its first), which a `\r` line overwrites. */
  last: { stdout: number; stderr: number };
}

/** The per-stream line maker. */
export class ConsoleLines {
  #s: ConsoleState;

  /**
   * Starts a line maker at an offset or from a saved state.
   *
   * @param start the first offset (`logLineCount` on resume), or a saved state
   */
  constructor(start: number | ConsoleState) {
    this.#s = typeof start === "number"
      ? { next: start, pending: { stdout: "", stderr: "" }, last: { stdout: -1, stderr: -1 } }
      : structuredClone(start);
  }

  /** The next new offset. */
  get next(): number {
    return this.#s.next;
  }

  /** A copy of the state, for a checkpoint. */
  state(): ConsoleState {
    return structuredClone(this.#s);
  }

  /**
   * Takes one captured chunk.
   *
   * @param stream which stream wrote it
   * @param text the chunk as written
   * @param ms when it was written (ms since epoch)
   * @returns the lines to send, in order
   */
  add(stream: "stdout" | "stderr", text: string, ms: number): ConsoleLine[] {
    const s = this.#s;
    if (!text.endsWith("\n")) {
      s.pending[stream] = text.startsWith("\r") ? text : s.pending[stream] + text;
      return [];
    }
    const chunk = s.pending[stream] + text;
    s.pending[stream] = "";
    const prefix = (stream === "stderr" ? "ERROR " : "") + isoTimestamp(ms) + " ";
    const out: ConsoleLine[] = [];
    for (const raw of chunk.split("\n")) {
      if (raw === "") continue;
      const overwrite = raw.startsWith("\r") && s.last[stream] >= 0;
      const body = shownText(raw);
      if (body === "") continue;
      const offset = overwrite ? s.last[stream] : s.next++;
      s.last[stream] = offset;
      out.push({ offset, line: prefix + body + "\n" });
    }
    return out;
  }
}

/**
 * What a terminal shows of one line: the text after its last `\r`, a trailing `\r` (a `\r\n`
 * line end) not counted.
 *
 * @example
 * ```ts
 * import { shownText } from "./console_lines.ts";
 * console.assert(shownText("10%\r50%") === "50%" && shownText("done\r") === "done");
 * ```
 */
export function shownText(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 13) end--;
  const cr = line.lastIndexOf("\r", end - 1);
  return line.slice(cr + 1, end);
}

/**
 * Python's `datetime.isoformat()` of a UTC time: `YYYY-MM-DDTHH:MM:SS.ffffff`, without the
 * fraction when it is zero.
 *
 * @example
 * ```ts
 * import { isoTimestamp } from "./console_lines.ts";
 * console.assert(isoTimestamp(Date.UTC(2024, 3, 3, 10, 15, 1, 123)) === "2024-04-03T10:15:01.123000");
 * ```
 */
export function isoTimestamp(ms: number, micros?: number): string {
  const d = new Date(Math.floor(ms));
  const us = micros ?? Math.round((ms - Math.floor(ms / 1000) * 1000) * 1000);
  const base = d.toISOString().slice(0, 19);
  return us === 0 ? base : `${base}.${String(us).padStart(6, "0")}`;
}
