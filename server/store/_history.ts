/**
 * History storage (schema version 2), written in the caller's transaction.
 *
 * - `history_pages`: rows in segments of consecutive steps, each one SQLite row holding the rows
 *   joined by `\n` and their steps joined by `,`, in step order. A segment never crosses a page
 *   boundary (pages of {@link PAGE_STEPS} steps from 0, as W&B clients page history), and
 *   segments never overlap. A chunk appended above the run's last step adds one segment per page
 *   it touches; once a later page is written to (or a page's last step arrives), the page's
 *   segments are compacted into one. A resent, overlapping or out-of-order chunk merges into the
 *   pages it touches (each rewritten as one segment). A scan thus reads one string per page
 *   instead of one per row (node:sqlite tops out near 0.5M JS strings a second), and a chunk is
 *   one blob write per page instead of a B-tree insert per row.
 * - `history_keys`: per run and top-level key, the last step holding it and the value there (W&B
 *   extended JSON), so `historyKeys` is an indexed read instead of a scan of every row.
 *
 * @example
 * ```ts
 * import { DatabaseSync } from "node:sqlite";
 * import { HISTORY_DDL, HistoryStore } from "./_history.ts";
 * const db = new DatabaseSync(":memory:");
 * db.exec(HISTORY_DDL);
 * const history = new HistoryStore(db, (sql) => db.prepare(sql));
 * const texts = ['{"_step":0,"a":1}', '{"_step":1,"a":2}'];
 * const keys = texts.map(() => ({ keys: ["_step", "a"], has: new Set(["_step", "a"]) }));
 * history.write(7, [0, 1], texts, keys, (i, key) => JSON.parse(texts[i]!)[key]);
 * console.assert([...history.pages(7, 0, 1000)][0]?.length === 2);
 * console.assert(history.keys(7).find((k) => k.key === "a")?.value === 2);
 * ```
 * @module
 */
import type { DatabaseSync, SQLInputValue, StatementSync } from "node:sqlite";
import { parseValueJson, stringifyValueJson } from "../../proto/value_json.ts";

/** Steps per history page. */
export const PAGE_STEPS = 1000;

/** One top-level history key of a run: the last step holding it and its value there. */
export interface HistoryKey {
  /** Top-level history key. */
  key: string;
  /** Last step holding it. */
  step: number;
  /** Its value in that row. */
  value: unknown;
}

type Parsed = Record<string, unknown>;

/** DDL of the history tables (part of schema version 2). */
export const HISTORY_DDL = `
CREATE TABLE history_pages (
  run INTEGER NOT NULL,
  first_step INTEGER NOT NULL,
  last_step INTEGER NOT NULL,
  steps TEXT NOT NULL,
  rows TEXT NOT NULL,
  PRIMARY KEY (run, first_step)
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

/**
 * Segments of a run intersecting `[min, max)`, with steps only for the partial ones. Parameters:
 * min, max, run, first step of min's page, max, min.
 */
const SEGMENTS_IN_RANGE =
  "SELECT CASE WHEN first_step >= ? AND last_step < ? THEN NULL ELSE steps END AS steps, rows FROM history_pages WHERE run = ? AND first_step >= ? AND first_step < ? AND last_step >= ? ORDER BY first_step";

const IN_PAGE = "run = ? AND first_step >= ? AND first_step < ?";

const pageOf = (step: number) => Math.floor(step / PAGE_STEPS);

/** The top-level keys of a row. Rows of one template share the same `keys` array. */
export interface RowKeys {
  readonly keys: readonly string[];
  readonly has: ReadonlySet<string>;
}

/**
 * For each key, the index of the row with the highest step holding it; `indexes` come in
 * descending step order, so a key's first row wins and a key list seen before adds nothing.
 */
function latestKeys(rows: readonly RowKeys[], indexes: readonly number[]): Map<string, number> {
  const latest = new Map<string, number>();
  const seen = new Set<readonly string[]>();
  for (const i of indexes) {
    const keys = rows[i]!.keys;
    if (seen.has(keys)) continue;
    seen.add(keys);
    for (const k of keys) if (!latest.has(k)) latest.set(k, i);
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
      "SELECT last_step FROM history_pages WHERE run = ? ORDER BY first_step DESC LIMIT 1",
    ).get(run);
    return (r?.last_step as number | undefined) ?? -1;
  }

  /**
   * Stores rows `texts[i]` (top-level keys: `rows[i]`; `valueOf(i, key)` parses a value out of
   * row `i`, asked only for the rows that hold a key's latest value) at `steps[i]`, replacing
   * rows already at those steps; on equal steps within the chunk the later line wins. Texts
   * must hold no `\n`.
   */
  write(
    run: number,
    steps: readonly number[],
    texts: readonly string[],
    rows: readonly RowKeys[],
    valueOf: (i: number, key: string) => unknown,
  ): void {
    const n = steps.length;
    if (n === 0) return;
    // The winning line of each step, in step order.
    let increasing = true;
    for (let i = 1; increasing && i < n; i++) increasing = steps[i]! > steps[i - 1]!;
    let order: number[];
    if (increasing) order = Array.from({ length: n }, (_, i) => i);
    else {
      const winner = new Map<number, number>();
      for (let i = 0; i < n; i++) winner.set(steps[i]!, i);
      order = [...winner.values()].sort((a, b) => steps[a]! - steps[b]!);
    }
    const groups: [number, number[]][] = [];
    for (const i of order) {
      const p = pageOf(steps[i]!);
      const g = groups.at(-1);
      if (g && g[0] === p) g[1].push(i);
      else groups.push([p, [i]]);
    }
    const prevLast = this.lastStep(run);
    const replaced = new Set<number>();
    if (steps[order[0]!]! > prevLast) {
      // Appending: a new segment per page, then compact the pages left behind or filled.
      const insert = this.#stmt(
        "INSERT INTO history_pages (run, first_step, last_step, steps, rows) VALUES (?, ?, ?, ?, ?)",
      );
      for (const [, indexes] of groups) {
        insert.run(
          run,
          steps[indexes[0]!]!,
          steps[indexes.at(-1)!]!,
          indexes.map((i) => steps[i]).join(","),
          indexes.map((i) => texts[i]).join("\n"),
        );
      }
      const newLast = steps[order.at(-1)!]!;
      const top = pageOf(newLast);
      const topFull = newLast === (top + 1) * PAGE_STEPS - 1;
      // (A page this chunk started holds one segment already.)
      if (prevLast >= 0 && (pageOf(prevLast) < top || topFull)) {
        this.#compact(run, pageOf(prevLast));
      }
    } else {
      for (const [p, indexes] of groups) this.#merge(run, p, indexes, steps, texts, replaced);
      if (groups.at(-1)![0] > pageOf(prevLast)) this.#compact(run, pageOf(prevLast));
    }
    // Keys whose last row was just replaced by a row without them must be looked up again.
    const stale: string[] = [];
    if (replaced.size > 0) {
      const at = new Map(order.map((i) => [steps[i]!, i]));
      for (const r of this.#stmt("SELECT key, step FROM history_keys WHERE run = ?").iterate(run)) {
        const step = r.step as number;
        if (replaced.has(step) && !rows[at.get(step)!]!.has.has(r.key as string)) {
          stale.push(r.key as string);
        }
      }
    }
    this.#setKeys(run, steps, valueOf, latestKeys(rows, order.reverse()));
    for (const key of stale) this.#rederiveKey(run, key);
  }

  /** Joins the segments of `page` (disjoint, in order) into one. */
  #compact(run: number, page: number): void {
    const range = [run, page * PAGE_STEPS, (page + 1) * PAGE_STEPS];
    const count = this.#stmt(`SELECT count(*) AS n FROM history_pages WHERE ${IN_PAGE}`).get(
      ...range,
    );
    if ((count?.n as number) < 2) return;
    const segs = this.#stmt(
      `SELECT first_step, last_step, steps, rows FROM history_pages WHERE ${IN_PAGE} ORDER BY first_step`,
    ).all(...range);
    this.#stmt(`DELETE FROM history_pages WHERE ${IN_PAGE}`).run(...range);
    this.#stmt(
      "INSERT INTO history_pages (run, first_step, last_step, steps, rows) VALUES (?, ?, ?, ?, ?)",
    ).run(
      run,
      segs[0]!.first_step as number,
      segs.at(-1)!.last_step as number,
      segs.map((s) => s.steps).join(","),
      segs.map((s) => s.rows).join("\n"),
    );
  }

  /** Merges rows `indexes` (distinct steps, all in `page`) into that page, as one segment. */
  #merge(
    run: number,
    page: number,
    indexes: readonly number[],
    steps: readonly number[],
    texts: readonly string[],
    replaced: Set<number>,
  ): void {
    const range = [run, page * PAGE_STEPS, (page + 1) * PAGE_STEPS];
    const merged = new Map<number, string>();
    const segs = this.#stmt(`SELECT steps, rows FROM history_pages WHERE ${IN_PAGE}`).all(
      ...range,
    );
    for (const seg of segs) {
      const ss = (seg.steps as string).split(",");
      const rs = (seg.rows as string).split("\n");
      for (let j = 0; j < ss.length; j++) merged.set(Number(ss[j]), rs[j]!);
    }
    if (segs.length > 0) this.#stmt(`DELETE FROM history_pages WHERE ${IN_PAGE}`).run(...range);
    for (const i of indexes) {
      if (merged.has(steps[i]!)) replaced.add(steps[i]!);
      merged.set(steps[i]!, texts[i]!);
    }
    const order = [...merged.keys()].sort((a, b) => a - b);
    this.#stmt(
      "INSERT INTO history_pages (run, first_step, last_step, steps, rows) VALUES (?, ?, ?, ?, ?)",
    ).run(
      run,
      order[0]!,
      order.at(-1)!,
      order.join(","),
      order.map((s) => merged.get(s)!).join("\n"),
    );
  }

  /** Upserts `key → valueOf(i, key)` at `steps[i]` unless the table holds a later step. */
  #setKeys(
    run: number,
    steps: readonly number[],
    valueOf: (i: number, key: string) => unknown,
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
      params.push(run, key, steps[i]!, stringifyValueJson(valueOf(i, key) ?? null));
      if (params.length === 200) flush();
    }
    flush();
  }

  /** Sets `key` from the last row holding it, or drops it when no row does. */
  #rederiveKey(run: number, key: string): void {
    for (const { step, row } of this.#newestFirst(run)) {
      if (!mayHold(row, key)) continue;
      const parsed = parseValueJson(row) as Parsed;
      if (!Object.hasOwn(parsed, key)) continue;
      this.#stmt(
        "INSERT OR REPLACE INTO history_keys (run, key, step, value) VALUES (?, ?, ?, ?)",
      ).run(run, key, step, stringifyValueJson(parsed[key] ?? null));
      return;
    }
    this.#stmt("DELETE FROM history_keys WHERE run = ? AND key = ?").run(run, key);
  }

  /** The run's rows, newest step first. */
  *#newestFirst(run: number): Generator<{ step: number; row: string }> {
    const segs = this.#db.prepare(
      "SELECT steps, rows FROM history_pages WHERE run = ? ORDER BY first_step DESC",
    );
    for (const r of segs.iterate(run)) {
      const ss = (r.steps as string).split(",");
      const rs = (r.rows as string).split("\n");
      for (let j = rs.length - 1; j >= 0; j--) yield { step: Number(ss[j]), row: rs[j]! };
    }
  }

  /** The raw rows of `min <= step < max` in step order, in arrays of at most a page. */
  *pages(run: number, min: number, max: number): Generator<string[]> {
    if (!(min < max)) return;
    const it = this.#db.prepare(SEGMENTS_IN_RANGE).iterate(
      min,
      max,
      run,
      pageOf(min) * PAGE_STEPS,
      max,
      min,
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
      "SELECT steps, rows FROM history_pages WHERE run = ? AND first_step >= ? AND first_step < ? AND last_step >= ? ORDER BY first_step",
    ).iterate(run, pageOf(min) * PAGE_STEPS, max, min);
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
    for (const { row } of this.#newestFirst(run)) {
      out.push(row);
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

  /** Recomputes `history_keys` of every run from its rows. */
  rebuildKeys(): void {
    this.#db.exec("DELETE FROM history_keys");
    const insert = this.#stmt(
      "INSERT INTO history_keys (run, key, step, value) VALUES (?, ?, ?, ?)",
    );
    const runs = this.#db.prepare("SELECT DISTINCT run FROM history_pages ORDER BY run").all()
      .map((r) => r.run as number);
    for (const run of runs) {
      const latest = new Map<string, { step: number; value: unknown }>();
      for (const { step, row } of this.entries(run, 0, Number.MAX_SAFE_INTEGER)) {
        let parsed: unknown;
        try {
          parsed = parseValueJson(row);
        } catch {
          continue; // not JSON: nothing to index
        }
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) continue;
        for (const [key, value] of Object.entries(parsed)) latest.set(key, { step, value });
      }
      for (const [key, { step, value }] of latest) {
        insert.run(run, key, step, stringifyValueJson(value ?? null));
      }
    }
  }
}

/**
 * Schema migration 1 → 2: moves the per-row `history (run, step, row)` table into one segment per
 * page (a raw newline in a row, JSON whitespace, becomes a space), drops it, and derives
 * `history_keys`. Call inside a transaction, after {@link HISTORY_DDL}.
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
    `INSERT INTO history_pages (run, first_step, last_step, steps, rows)
     SELECT run, min(step), max(step), group_concat(step, ',' ORDER BY step),
       group_concat(replace(row, char(10), ' '), char(10) ORDER BY step)
     FROM history GROUP BY run, step / ${PAGE_STEPS}`,
  );
  db.exec("DROP TABLE history");
  new HistoryStore(db, (sql) => db.prepare(sql)).rebuildKeys();
}
