/**
 * The file_stream family of the store: what a run streams line by line — history (kept in pages
 * by _history.ts), system-metric events, console output — written idempotently at line offsets,
 * the per-file offsets, the summary, and the reads of all of them.
 *
 * @example
 * ```ts
 * import { Store } from "./store.ts";
 * const s = Store.open(":memory:");
 * const { run } = s.upsertRun("me", "p", "r1");
 * s.appendHistory(run.id, 0, ['{"_step":0,"loss":1}']);
 * s.appendOutput(run.id, 0, ["hello"]);
 * console.assert(s.fileOffset(run.id, "output.log") === 1 && s.lastHistoryStep(run.id) === 0);
 * s.close();
 * ```
 * @module
 */
import type { SQLInputValue } from "node:sqlite";
import type { StoreContext } from "./_context.ts";
import type { HistoryKey, HistoryStore, RowKeys } from "./_history.ts";
import { RowTemplates } from "./_row_template.ts";
import { parseRow, type Row } from "./_rows.ts";
import { StoreError } from "./store_error.ts";

/** Range of {@link Store.history} / {@link Store.scanHistory}: `minStep <= _step < maxStep`. */
export interface HistoryRange {
  /** First step (inclusive). */
  minStep?: number;
  /** End step (exclusive). */
  maxStep?: number;
}

/** Arguments of {@link Store.history}. */
export interface HistoryArgs extends HistoryRange {
  /** Only rows having all these keys, projected to them (W&B `sampledHistory`). */
  keys?: readonly string[];
  /** At most this many rows, evenly spaced over the matching rows (first and last kept). */
  samples?: number;
  /** At most this many rows, the first ones. */
  limit?: number;
}

/**
 * At most `n` of `items`, evenly spread, first and last kept (W&B `samples`); all of them when
 * `n` is undefined or not smaller, none when `n <= 0`.
 */
function sampleEvenly<T>(items: T[], n: number | undefined): T[] {
  if (n === undefined || items.length <= n) return items;
  if (n <= 0) return [];
  if (n === 1) return [items[0]!];
  const picked: T[] = [];
  for (let j = 0; j < n; j++) picked.push(items[Math.round((j * (items.length - 1)) / (n - 1))]!);
  return picked;
}

function checkOffset(offset: number, what: string): void {
  if (!Number.isInteger(offset) || offset < 0) {
    throw new StoreError(
      "store/bad-argument",
      `${what}: offset must be a non-negative integer, got ${offset}`,
    );
  }
}

/**
 * The `events`, `output` and `file_offsets` tables, history through {@link HistoryStore}, and the
 * runs' line counts and summary; {@link Store} delegates its file_stream methods here.
 */
export class FileStreamStore {
  readonly #ctx: StoreContext;
  readonly #history: HistoryStore;
  /** Key sequences of recent history rows: the validation fast path of `appendHistory`. */
  readonly #templates = new RowTemplates();

  /**
   * @param ctx the store's shared database, statements, transactions and clock
   * @param history the history pages and keys
   */
  constructor(ctx: StoreContext, history: HistoryStore) {
    this.#ctx = ctx;
    this.#history = history;
  }

  // ---- writes ----

  /**
   * Records that `file` now has lines up to `end` and sets the run's `column` count (and
   * heartbeat). `set` adds assignments to the same UPDATE, binding `setParams`; they see the
   * row's old values.
   */
  #advance(
    run: number,
    file: string,
    column: string,
    end: number,
    set = "",
    setParams: SQLInputValue[] = [],
  ): number {
    const ctx = this.#ctx;
    ctx.stmt(
      "INSERT INTO file_offsets (run, file, next_offset) VALUES (?, ?, ?) ON CONFLICT (run, file) DO UPDATE SET next_offset = max(next_offset, excluded.next_offset)",
    ).run(run, file, end);
    const r = ctx.stmt(
      `UPDATE runs SET ${column} = (SELECT next_offset FROM file_offsets WHERE run = ? AND file = ?), heartbeat_at = ?, updated_at = ?${set} WHERE id = ? RETURNING ${column} AS n`,
    ).get(run, file, ctx.nowIso(), ctx.nowIso(), ...setParams, run) as Row | undefined;
    if (!r) throw new StoreError("store/not-found", `No run with storage id ${run}`);
    return r.n as number;
  }

  /** See {@link Store.appendHistory}. */
  appendHistory(runId: number, offset: number, lines: readonly string[]): number {
    checkOffset(offset, "appendHistory");
    return this.#ctx.tx(() => {
      const n = lines.length;
      const steps: number[] = new Array(n);
      const texts: string[] = new Array(n);
      const keys: RowKeys[] = new Array(n);
      const parsed = new Map<number, Record<string, unknown>>();
      const templates = this.#templates;
      for (let i = 0; i < n; i++) {
        let line = lines[i]!;
        let step: number;
        const m = templates.match(line);
        if (m) {
          step = m.step;
          keys[i] = m;
        } else {
          const row = parseRow(line, `History line ${offset + i} of run ${runId}`);
          templates.learn(line, row);
          parsed.set(i, row);
          const k = Object.keys(row);
          keys[i] = { keys: k, has: new Set(k) };
          const s = row._step;
          step = typeof s === "number" && Number.isInteger(s) && s >= 0 ? s : -1;
        }
        // Pages are split on "\n"; outside strings (where JSON escapes it) it is whitespace.
        if (line.includes("\n")) line = line.replaceAll("\n", " ");
        steps[i] = step >= 0 ? step : offset + i;
        texts[i] = line;
      }
      const valueOf = (i: number, key: string) => {
        let row = parsed.get(i);
        if (!row) parsed.set(i, row = parseRow(lines[i]!, `History line ${offset + i}`));
        return row[key];
      };
      this.#history.write(runId, steps, texts, keys, valueOf);
      return this.#advance(
        runId,
        "wandb-history.jsonl",
        "history_line_count",
        offset + lines.length,
      );
    });
  }

  /** See {@link Store.appendEvents}. */
  appendEvents(runId: number, offset: number, lines: readonly string[]): number {
    checkOffset(offset, "appendEvents");
    const ctx = this.#ctx;
    return ctx.tx(() => {
      const ins = ctx.stmt("INSERT OR REPLACE INTO events (run, line, row) VALUES (?, ?, ?)");
      for (let i = 0; i < lines.length; i++) {
        parseRow(lines[i]!, `Events line ${offset + i} of run ${runId}`);
        ins.run(runId, offset + i, lines[i]!);
      }
      const end = offset + lines.length;
      if (lines.length === 0) {
        return this.#advance(runId, "wandb-events.jsonl", "events_line_count", end);
      }
      // A resent older chunk (ending before the stored count) leaves the latest row in place.
      return this.#advance(
        runId,
        "wandb-events.jsonl",
        "events_line_count",
        end,
        ", system_metrics = CASE WHEN ? >= events_line_count THEN ? ELSE system_metrics END",
        [end, lines[lines.length - 1]!],
      );
    });
  }

  /** See {@link Store.appendOutput}. */
  appendOutput(runId: number, offset: number, lines: readonly string[]): number {
    checkOffset(offset, "appendOutput");
    const ctx = this.#ctx;
    return ctx.tx(() => {
      const ins = ctx.stmt("INSERT OR REPLACE INTO output (run, line, text) VALUES (?, ?, ?)");
      for (let i = 0; i < lines.length; i++) ins.run(runId, offset + i, lines[i]!);
      return this.#advance(runId, "output.log", "log_line_count", offset + lines.length);
    });
  }

  /** See {@link Store.setSummary}. */
  setSummary(runId: number, text: string): void {
    parseRow(text, `Summary of run ${runId}`);
    const now = this.#ctx.nowIso();
    const r = this.#ctx.stmt(
      "UPDATE runs SET summary = ?, updated_at = ?, heartbeat_at = ? WHERE id = ?",
    )
      .run(text, now, now, runId);
    if (Number(r.changes) === 0) {
      throw new StoreError("store/not-found", `No run with storage id ${runId}`);
    }
  }

  // ---- reads ----

  /** See {@link Store.scanHistory}. */
  *scanHistory(runId: number, range: HistoryRange = {}): Generator<{ step: number; row: string }> {
    yield* this.#history.entries(
      runId,
      range.minStep ?? 0,
      range.maxStep ?? Number.MAX_SAFE_INTEGER,
    );
  }

  /** See {@link Store.historyRows}. */
  historyRows(runId: number, range: HistoryRange & { samples?: number } = {}): string[] {
    const pages = [
      ...this.#history.pages(runId, range.minStep ?? 0, range.maxStep ?? Number.MAX_SAFE_INTEGER),
    ];
    return sampleEvenly(pages.length === 1 ? pages[0]! : pages.flat(), range.samples);
  }

  /** See {@link Store.history}. */
  history(runId: number, args: HistoryArgs = {}): Record<string, unknown>[] {
    const keys = args.keys && args.keys.length > 0 ? args.keys : undefined;
    const limit = args.limit ?? Infinity;
    const rows: Record<string, unknown>[] = [];
    // A key no row holds: nothing matches (an indexed read instead of a scan).
    if (keys) {
      const known = new Set(this.#history.keyNames(runId));
      if (!keys.every((k) => known.has(k))) return [];
    }
    const pages = this.#history.pages(
      runId,
      args.minStep ?? 0,
      args.maxStep ?? Number.MAX_SAFE_INTEGER,
    );
    scan: for (const page of pages) {
      for (const text of page) {
        if (rows.length >= limit) break scan;
        const row = parseRow(text, `History of run ${runId}`);
        if (keys) {
          if (!keys.every((k) => Object.hasOwn(row, k))) continue;
          const out: Record<string, unknown> = {};
          for (const k of keys) out[k] = row[k];
          rows.push(out);
        } else rows.push(row);
      }
    }
    return sampleEvenly(rows, args.samples);
  }

  /** See {@link Store.lastHistoryStep}. */
  lastHistoryStep(runId: number): number {
    return this.#history.lastStep(runId);
  }

  /** See {@link Store.historyKeyNames}. */
  historyKeyNames(runId: number): string[] {
    return this.#history.keyNames(runId);
  }

  /** See {@link Store.historyKeys}. */
  historyKeys(runId: number): HistoryKey[] {
    return this.#history.keys(runId);
  }

  /** See {@link Store.historyTail}. */
  historyTail(runId: number, n = 1): string[] {
    return this.#history.tail(runId, n);
  }

  /** See {@link Store.events}. */
  events(runId: number, args: { limit?: number; samples?: number } = {}): string[] {
    const rows = (this.#ctx.stmt("SELECT row FROM events WHERE run = ? ORDER BY line LIMIT ?").all(
      runId,
      args.limit ?? -1,
    ) as Row[])
      .map((r) => r.row as string);
    return sampleEvenly(rows, args.samples);
  }

  /** See {@link Store.eventsTail}. */
  eventsTail(runId: number, n = 1): string[] {
    return (this.#ctx.stmt("SELECT row FROM events WHERE run = ? ORDER BY line DESC LIMIT ?").all(
      runId,
      n,
    ) as Row[])
      .map((r) => r.row as string).reverse();
  }

  /** See {@link Store.output}. */
  output(
    runId: number,
    args: { offset?: number; limit?: number } = {},
  ): { line: number; text: string }[] {
    const rows = this.#ctx.stmt(
      "SELECT line, text FROM output WHERE run = ? AND line >= ? ORDER BY line LIMIT ?",
    ).all(runId, args.offset ?? 0, args.limit ?? -1) as Row[];
    return rows.map((r) => ({ line: r.line as number, text: r.text as string }));
  }

  /** See {@link Store.fileOffset}. */
  fileOffset(runId: number, file: string): number {
    const r = this.#ctx.stmt("SELECT next_offset FROM file_offsets WHERE run = ? AND file = ?")
      .get(
        runId,
        file,
      ) as
        | Row
        | undefined;
    return (r?.next_offset as number | undefined) ?? 0;
  }
}
