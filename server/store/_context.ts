/**
 * What every table family of the store shares: the one `DatabaseSync`, its cache of prepared
 * statements, the transaction nesting, and the clock.
 *
 * @example
 * ```ts
 * import { DatabaseSync } from "node:sqlite";
 * import { StoreContext } from "./_context.ts";
 * const ctx = new StoreContext(new DatabaseSync(":memory:"), () => new Date(0));
 * console.assert(ctx.stmt("SELECT 1 AS one") === ctx.stmt("SELECT 1 AS one"));
 * console.assert(ctx.tx(() => ctx.tx(() => ctx.nowIso())) === "1970-01-01T00:00:00.000Z");
 * ctx.close();
 * ```
 * @module
 */
import type { DatabaseSync, StatementSync } from "node:sqlite";

/** The database, statement cache, transactions and clock shared by the store's table families. */
export class StoreContext {
  /** The store's one connection. */
  readonly db: DatabaseSync;
  readonly #now: () => Date;
  readonly #stmts = new Map<string, StatementSync>();
  #txDepth = 0;

  /**
   * @param db the open database (schema applied)
   * @param now clock for timestamps
   */
  constructor(db: DatabaseSync, now: () => Date) {
    this.db = db;
    this.#now = now;
  }

  /** The prepared statement for `sql`, prepared once and cached. */
  stmt(sql: string): StatementSync {
    let s = this.#stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.#stmts.set(sql, s);
    }
    return s;
  }

  /**
   * Runs `fn` (synchronous) in one `BEGIN IMMEDIATE` transaction, committed when it returns and
   * rolled back when it throws; inside a transaction already, `fn` just joins it.
   */
  tx<T>(fn: () => T): T {
    if (this.#txDepth > 0) return fn();
    this.db.exec("BEGIN IMMEDIATE");
    this.#txDepth++;
    try {
      const out = fn();
      this.db.exec("COMMIT");
      return out;
    } catch (e) {
      this.db.exec("ROLLBACK");
      throw e;
    } finally {
      this.#txDepth--;
    }
  }

  /** The clock's time. */
  now(): Date {
    return this.#now();
  }

  /** The clock's time, ISO-8601 UTC. */
  nowIso(): string {
    return this.#now().toISOString();
  }

  /** Drops the cached statements and closes the database. */
  close(): void {
    this.#stmts.clear();
    this.db.close();
  }
}
