/**
 * History storage (schema version 2): rows live in page blobs, and a key table keeps each key's
 * last value, both written in the caller's transaction.
 *
 * - `history_pages`: one row per run and page of {@link PAGE_STEPS} steps (`page = step / 1000`,
 *   W&B clients page history by 1,000 steps from 0) with the page's rows joined by `\n` and their
 *   steps joined by `,`, in step order. A scan reads one string per page instead of one per row
 *   (node:sqlite tops out near 0.5M JS strings a second), and a chunk of rows is one blob write
 *   instead of a B-tree insert per row. Rows arriving above the run's last step are appended to
 *   the last page in SQL; a resent, overlapping or out-of-order chunk merges into its pages.
 * - `history_keys`: per run and top-level key, the last step holding it and the value there (W&B
 *   extended JSON), so `historyKeys` is an indexed read instead of a scan of every row.
 *
 * @example
 * ```ts ignore
 * const history = new HistoryStore(db, (sql) => db.prepare(sql));
 * history.write(run, [0, 1], ['{"_step":0}', '{"_step":1}'], [{ _step: 0 }, { _step: 1 }]);
 * for (const rows of history.pages(run, 0, 1000)) console.log(rows.length);
 * ```
 * @module
 */
import type { DatabaseSync, SQLInputValue, StatementSync } from "node:sqlite";
import { parseValueJson, stringifyValueJson } from "../../proto/value_json.ts";

/** Steps per history page. */
export const PAGE_STEPS = 1000;

/** One top-level history key of a run: the last step holding it and its value there. */
export interface HistoryKey {
  key: string;
  step: number;
  value: unknown;
}

type Parsed = Record<string, unknown>;

/** DDL of the history tables (part of schema version 2). */
export const HISTORY_DDL = `
CREATE TABLE history_pages (
  run INTEGER NOT NULL,
  page INTEGER NOT NULL,
  last_step INTEGER NOT NULL,
  steps TEXT NOT NULL,
  rows TEXT NOT NULL,
  PRIMARY KEY (run, page)
);
CREATE TABLE history_keys (
  run INTEGER NOT NULL,
  key TEXT NOT NULL,
  step INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (run, key)
) WITHOUT ROWID;
`;

const UPSERT_KEYS_TAIL =
  " ON CONFLICT (run, key) DO UPDATE SET step = excluded.step, value = excluded.value WHERE excluded.step >= history_keys.step";

/** Pages of a run that intersect `[min, max)`, with steps only for the partial ones. */
const PAGES_IN_RANGE =
  `SELECT page, CASE WHEN page * ${PAGE_STEPS} < ? OR (page + 1) * ${PAGE_STEPS} > ? THEN steps END AS steps, rows FROM history_pages WHERE run = ? AND page >= ? AND page <= ? ORDER BY page`;

/** For each key, the index (into `rows`) of the row with the highest step holding it. */
function latestKeys(
  steps: readonly number[],
  rows: readonly Parsed[],
  indexes: readonly number[],
): Map<string, number> {
  const latest = new Map<string, number>();
  for (const i of indexes) {
    for (const k in rows[i]!) {
      const j = latest.get(k);
      if (j === undefined || steps[i]! >= steps[j]!) latest.set(k, i);
    }
  }
  return latest;
}

/** Whether a raw row may hold `key`: without a backslash every key is spelled literally. */
function mayHold(text: string, key: string): boolean {
  return text.includes(key) || text.includes("\\");
}

/**
 * Reads and writes a store's history through its statement cache.
 *
 * @example
 * ```ts ignore
 * const history = new HistoryStore(db, (sql) => db.prepare(sql));
 * console.log(history.lastStep(run), history.keys(run).map((k) => k.key));
 * ```
 */
export class HistoryStore {
  readonly #db: DatabaseSync;
  readonly #stmt: (sql: string) => StatementSync;

  /**
   * @param db the store's database; generators prepare their own statements on it, so two can
   *   be iterated at once
   * @param stmt returns a cached prepared statement for `sql`
   */
  constructor(db: DatabaseSync, stmt: (sql: string) => StatementSync) {
    this.#db = db;
    this.#stmt = stmt;
  }

  /** The run's highest step, or -1 when it has no history. */
  lastStep(run: number): number {
    const r = this.#stmt(
      "SELECT last_step FROM history_pages WHERE run = ? ORDER BY page DESC LIMIT 1",
    ).get(run);
    return (r?.last_step as number | undefined) ?? -1;
  }

  /**
   * Stores rows `texts[i]` (parsed: `rows[i]`) at `steps[i]`, replacing rows already at those
   * steps; on equal steps within the chunk the later line wins. Texts must hold no `\n`.
   */
  write(
    run: number,
    steps: readonly number[],
    texts: readonly string[],
    rows: readonly Parsed[],
  ): void {
    const n = steps.length;
    if (n === 0) return;
    let appending = steps[0]! > this.lastStep(run);
    for (let i = 1; appending && i < n; i++) appending = steps[i]! > steps[i - 1]!;
    if (appending) {
      this.#appendPages(run, steps, texts);
      const order: number[] = [];
      for (let i = n - 1; i >= 0; i--) order.push(i);
      this.#setKeys(run, steps, rows, latestKeys(steps, rows, order));
      return;
    }
    // Later lines win: index of the last line of each step, grouped by page.
    const winner = new Map<number, number>();
    for (let i = 0; i < n; i++) winner.set(steps[i]!, i);
    const byPage = new Map<number, number[]>();
    for (const [step, i] of winner) {
      const p = Math.floor(step / PAGE_STEPS);
      const list = byPage.get(p);
      if (list) list.push(i);
      else byPage.set(p, [i]);
    }
    const replaced = new Set<number>();
    for (const [page, indexes] of byPage) {
      this.#mergePage(run, page, indexes, steps, texts, replaced);
    }
    // Keys whose last row was just replaced by a row without them must be looked up again.
    const stale: string[] = [];
    if (replaced.size > 0) {
      for (const r of this.#stmt("SELECT key, step FROM history_keys WHERE run = ?").iterate(run)) {
        const step = r.step as number;
        if (replaced.has(step) && !Object.hasOwn(rows[winner.get(step)!]!, r.key as string)) {
          stale.push(r.key as string);
        }
      }
    }
    this.#setKeys(run, steps, rows, latestKeys(steps, rows, [...winner.values()]));
    for (const key of stale) this.#rederiveKey(run, key);
  }

  /** Appends rows of increasing steps, all above the run's last step, to their pages. */
  #appendPages(run: number, steps: readonly number[], texts: readonly string[]): void {
    const append = this.#stmt(
      "UPDATE history_pages SET last_step = ?, steps = steps || ',' || ?, rows = rows || char(10) || ? WHERE run = ? AND page = ?",
    );
    const insert = this.#stmt(
      "INSERT INTO history_pages (run, page, last_step, steps, rows) VALUES (?, ?, ?, ?, ?)",
    );
    for (let start = 0; start < steps.length;) {
      const page = Math.floor(steps[start]! / PAGE_STEPS);
      const limit = (page + 1) * PAGE_STEPS;
      let end = start + 1;
      while (end < steps.length && steps[end]! < limit) end++;
      const whole = start === 0 && end === steps.length;
      const stepText = (whole ? steps : steps.slice(start, end)).join(",");
      const rowText = (whole ? texts : texts.slice(start, end)).join("\n");
      const last = steps[end - 1]!;
      if (Number(append.run(last, stepText, rowText, run, page).changes) === 0) {
        insert.run(run, page, last, stepText, rowText);
      }
      start = end;
    }
  }

  /** Merges rows `indexes` (distinct steps, all in `page`) into the page; notes replaced steps. */
  #mergePage(
    run: number,
    page: number,
    indexes: readonly number[],
    steps: readonly number[],
    texts: readonly string[],
    replaced: Set<number>,
  ): void {
    const merged = new Map<number, string>();
    const cur = this.#stmt("SELECT steps, rows FROM history_pages WHERE run = ? AND page = ?").get(
      run,
      page,
    );
    if (cur) {
      const ss = (cur.steps as string).split(",");
      const rs = (cur.rows as string).split("\n");
      for (let j = 0; j < ss.length; j++) merged.set(Number(ss[j]), rs[j]!);
    }
    for (const i of indexes) {
      if (merged.has(steps[i]!)) replaced.add(steps[i]!);
      merged.set(steps[i]!, texts[i]!);
    }
    const order = [...merged.keys()].sort((a, b) => a - b);
    this.#stmt(
      "INSERT OR REPLACE INTO history_pages (run, page, last_step, steps, rows) VALUES (?, ?, ?, ?, ?)",
    ).run(
      run,
      page,
      order.at(-1)!,
      order.join(","),
      order.map((s) => merged.get(s)!).join("\n"),
    );
  }

  /** Upserts `key → rows[i][key]` at `steps[i]` unless the table holds a later step. */
  #setKeys(
    run: number,
    steps: readonly number[],
    rows: readonly Parsed[],
    latest: Map<string, number>,
  ): void {
    const params: SQLInputValue[] = [];
    const flush = () => {
      const n = params.length / 4;
      if (n === 0) return;
      this.#stmt(
        "INSERT INTO history_keys (run, key, step, value) VALUES " +
          "(?, ?, ?, ?), ".repeat(n - 1) + "(?, ?, ?, ?)" + UPSERT_KEYS_TAIL,
      ).run(...params);
      params.length = 0;
    };
    for (const [key, i] of latest) {
      params.push(run, key, steps[i]!, stringifyValueJson(rows[i]![key] ?? null));
      if (params.length === 200) flush();
    }
    flush();
  }

  /** Sets `key` from the last row holding it, or drops it when no row does. */
  #rederiveKey(run: number, key: string): void {
    const it = this.#stmt(
      "SELECT steps, rows FROM history_pages WHERE run = ? ORDER BY page DESC",
    ).iterate(run);
    for (const r of it) {
      const rs = (r.rows as string).split("\n");
      for (let j = rs.length - 1; j >= 0; j--) {
        if (!mayHold(rs[j]!, key)) continue;
        const row = parseValueJson(rs[j]!) as Parsed;
        if (!Object.hasOwn(row, key)) continue;
        const step = Number((r.steps as string).split(",")[j]);
        this.#stmt(
          "INSERT OR REPLACE INTO history_keys (run, key, step, value) VALUES (?, ?, ?, ?)",
        ).run(run, key, step, stringifyValueJson(row[key] ?? null));
        return;
      }
    }
    this.#stmt("DELETE FROM history_keys WHERE run = ? AND key = ?").run(run, key);
  }

  /** The raw rows of `min <= step < max` in step order, one array per page. */
  *pages(run: number, min: number, max: number): Generator<string[]> {
    if (!(min < max)) return;
    const it = this.#db.prepare(PAGES_IN_RANGE).iterate(
      min,
      max,
      run,
      Math.floor(min / PAGE_STEPS),
      Math.floor((max - 1) / PAGE_STEPS),
    );
    for (const r of it) {
      const rs = (r.rows as string).split("\n");
      if (r.steps === null) {
        yield rs;
        continue;
      }
      const ss = (r.steps as string).split(",");
      const out: string[] = [];
      for (let j = 0; j < ss.length; j++) {
        const s = Number(ss[j]);
        if (s >= min && s < max) out.push(rs[j]!);
      }
      if (out.length > 0) yield out;
    }
  }

  /** The rows of `min <= step < max` with their steps, in step order. */
  *entries(run: number, min: number, max: number): Generator<{ step: number; row: string }> {
    if (!(min < max)) return;
    const it = this.#db.prepare(
      "SELECT steps, rows FROM history_pages WHERE run = ? AND page >= ? AND page <= ? ORDER BY page",
    ).iterate(run, Math.floor(min / PAGE_STEPS), Math.floor((max - 1) / PAGE_STEPS));
    for (const r of it) {
      const ss = (r.steps as string).split(",");
      const rs = (r.rows as string).split("\n");
      for (let j = 0; j < ss.length; j++) {
        const step = Number(ss[j]);
        if (step >= min && step < max) yield { step, row: rs[j]! };
      }
    }
  }

  /** The last `n` rows, in step order. */
  tail(run: number, n: number): string[] {
    const out: string[] = [];
    if (n <= 0) return out;
    const it = this.#stmt("SELECT rows FROM history_pages WHERE run = ? ORDER BY page DESC")
      .iterate(run);
    for (const r of it) {
      const rs = (r.rows as string).split("\n");
      for (let j = rs.length - 1; j >= 0 && out.length < n; j--) out.push(rs[j]!);
      if (out.length >= n) break;
    }
    return out.reverse();
  }

  /** The run's top-level history keys with their last values, sorted by key. */
  keys(run: number): HistoryKey[] {
    return this.#stmt("SELECT key, step, value FROM history_keys WHERE run = ? ORDER BY key")
      .all(run).map((r) => ({
        key: r.key as string,
        step: r.step as number,
        value: parseValueJson(r.value as string),
      }));
  }

  /** The run's top-level history key names, sorted. */
  keyNames(run: number): string[] {
    return this.#stmt("SELECT key FROM history_keys WHERE run = ? ORDER BY key").all(run).map((
      r,
    ) => r.key as string);
  }

  /** Deletes the run's history. */
  deleteRun(run: number): void {
    this.#stmt("DELETE FROM history_pages WHERE run = ?").run(run);
    this.#stmt("DELETE FROM history_keys WHERE run = ?").run(run);
  }
}

/**
 * Schema migration 1 → 2: moves the per-row `history (run, step, row)` table into pages (a raw
 * newline in a row, JSON whitespace, becomes a space), drops it, and derives `history_keys`.
 * Call inside a transaction, after {@link HISTORY_DDL}.
 *
 * @example
 * ```ts ignore
 * db.exec("BEGIN IMMEDIATE");
 * db.exec(HISTORY_DDL);
 * migrateRowsToPages(db);
 * db.exec("COMMIT");
 * ```
 */
export function migrateRowsToPages(db: DatabaseSync): void {
  db.exec(
    `INSERT INTO history_pages (run, page, last_step, steps, rows)
     SELECT run, step / ${PAGE_STEPS}, max(step), group_concat(step, ',' ORDER BY step),
       group_concat(replace(row, char(10), ' '), char(10) ORDER BY step)
     FROM history GROUP BY run, step / ${PAGE_STEPS}`,
  );
  db.exec("DROP TABLE history");
  rebuildHistoryKeys(db);
}

/**
 * Recomputes `history_keys` of every run from `history_pages` (call inside a transaction).
 *
 * @example
 * ```ts ignore
 * rebuildHistoryKeys(db);
 * ```
 */
export function rebuildHistoryKeys(db: DatabaseSync): void {
  db.exec("DELETE FROM history_keys");
  const insert = db.prepare(
    "INSERT INTO history_keys (run, key, step, value) VALUES (?, ?, ?, ?)",
  );
  let run = -1;
  let latest = new Map<string, { step: number; value: unknown }>();
  const flush = () => {
    for (const [key, { step, value }] of latest) {
      insert.run(run, key, step, stringifyValueJson(value ?? null));
    }
    latest = new Map();
  };
  const pages = db.prepare("SELECT run, steps, rows FROM history_pages ORDER BY run, page");
  for (const r of pages.iterate()) {
    if (r.run !== run) {
      flush();
      run = r.run as number;
    }
    const ss = (r.steps as string).split(",");
    const rs = (r.rows as string).split("\n");
    for (let j = 0; j < rs.length; j++) {
      let row: unknown;
      try {
        row = parseValueJson(rs[j]!);
      } catch {
        continue; // not JSON: nothing to index
      }
      if (typeof row !== "object" || row === null || Array.isArray(row)) continue;
      for (const [key, value] of Object.entries(row)) {
        latest.set(key, { step: Number(ss[j]), value });
      }
    }
  }
  flush();
}
