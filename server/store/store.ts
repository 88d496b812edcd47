/**
 * The SQLite store of the local W&B-compatible server: users and API keys, entities, projects,
 * runs, and the file_stream data (history, events, console output, summary) with idempotent,
 * offset-addressed writes. One `DatabaseSync` in WAL mode, `synchronous=NORMAL`.
 *
 * This module is the store's face: {@link Store} opens the database and delegates to one module
 * per table family (users.ts, projects.ts, runs.ts, file_stream.ts, files.ts), which share its
 * statement cache and transactions through one `StoreContext` (_context.ts).
 *
 * @example
 * ```ts
 * import { Store } from "./store.ts";
 * const store = Store.open(":memory:");
 * const { run } = store.upsertRun("me", "demo", "abc123", { displayName: "first" });
 * store.appendHistory(run.id, 0, ['{"_step":0,"loss":1.5}', '{"_step":1,"loss":NaN}']);
 * console.assert(store.getRun("me", "demo", "abc123")?.historyLineCount === 2);
 * store.close();
 * ```
 * @module
 */
import { DatabaseSync, type SQLInputValue } from "node:sqlite";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { applySchema, SchemaError } from "./schema.ts";
import { registerRegexp } from "./filters.ts";
import { type HistoryKey, HistoryStore } from "./_history.ts";
import { StoreContext } from "./_context.ts";
import type { Row } from "./_rows.ts";
import type { Connection, PageArgs } from "./_paging.ts";
import { type User, UserStore } from "./users.ts";
import { type Project, ProjectStore } from "./projects.ts";
import {
  type Alert,
  type ListRunsArgs,
  type Run,
  type RunFields,
  RunStore,
  type UpsertRunResult,
} from "./runs.ts";
import { FileStreamStore, type HistoryArgs, type HistoryRange } from "./file_stream.ts";
import { type RunFile, RunFileStore } from "./files.ts";
import { ArtifactStore } from "./artifacts.ts";
import { SweepStore } from "./sweeps.ts";
import { LaunchStore } from "./launch.ts";
import {
  type Checkpointer,
  startCheckpointer,
  WRITER_AUTOCHECKPOINT_PAGES,
} from "./_checkpointer.ts";

export { StoreError, type StoreErrorCode } from "./store_error.ts";
export type { Row } from "./_rows.ts";
export type { Connection, PageArgs } from "./_paging.ts";
export { hashApiKey, type User } from "./users.ts";
export type { Project } from "./projects.ts";
export type { Alert, ListRunsArgs, Run, RunFields, RunState, UpsertRunResult } from "./runs.ts";
export type { HistoryKey } from "./_history.ts";
export type { HistoryArgs, HistoryRange } from "./file_stream.ts";
export type { RunFile } from "./files.ts";
export {
  type ArtifactAliasRow,
  type ArtifactCollectionRow,
  type ArtifactFileRow,
  type ArtifactRow,
  type ArtifactState,
  ArtifactStore,
  type ArtifactTypeRow,
  checkAlias,
  checkArtifactName,
  type CollectionKind,
  type CreateArtifactArgs,
  type UpdateArtifactArgs,
} from "./artifacts.ts";
export {
  type AgentRow,
  type AgentState,
  type AssignmentRow,
  type CreateSweepArgs,
  randomSweepName,
  SWEEP_STATES,
  type SweepRow,
  type SweepState,
  SweepStore,
  type UpdateSweepArgs,
} from "./sweeps.ts";

/** Options of {@link Store.open}. */
export interface StoreOptions {
  /** Clock for timestamps (tests); defaults to `() => new Date()`. */
  now?: () => Date;
}

/** File name of the database inside the store directory. */
export const DB_FILE = "wandb-server.sqlite";

/**
 * The server's store. All methods are synchronous; write methods are atomic. Each table family
 * lives in its own module (users.ts, projects.ts, runs.ts, file_stream.ts, files.ts) over one
 * shared `StoreContext`; the methods here delegate to them.
 *
 * @example
 * ```ts
 * import { Store } from "./store.ts";
 * const store = Store.open(":memory:");
 * const { user, apiKey } = store.createUser("alice");
 * console.assert(store.userByApiKey(apiKey)?.id === user.id);
 * store.close();
 * ```
 */
export class Store {
  readonly #ctx: StoreContext;
  readonly #users: UserStore;
  readonly #projects: ProjectStore;
  readonly #runs: RunStore;
  readonly #stream: FileStreamStore;
  readonly #files: RunFileStore;
  /**
   * The artifacts family (artifacts.ts): types, collections, versions, aliases, files, lineage
   * and blobs. Exposed whole rather than delegated method by method: it is one cohesive API.
   */
  readonly artifacts: ArtifactStore;
  /** The sweeps family (sweeps.ts): sweeps, their agents and the runs handed out. */
  readonly sweeps: SweepStore;
  /** The Launch family (launch.ts): run queues, their items and launch agents. */
  readonly launch: LaunchStore;
  readonly #checkpointer: Checkpointer | undefined;

  private constructor(db: DatabaseSync, now: () => Date, checkpointer?: Checkpointer) {
    const ctx = new StoreContext(db, now);
    const history = new HistoryStore(db, (sql) => ctx.stmt(sql));
    this.#ctx = ctx;
    this.#users = new UserStore(ctx);
    this.#projects = new ProjectStore(ctx, this.#users);
    this.#runs = new RunStore(ctx, this.#projects, history);
    this.#stream = new FileStreamStore(ctx, history);
    this.#files = new RunFileStore(ctx);
    this.artifacts = new ArtifactStore(ctx);
    this.sweeps = new SweepStore(ctx);
    this.launch = new LaunchStore(ctx, this.#projects);
    this.#checkpointer = checkpointer;
  }

  /**
   * Opens (creating if needed) the store in `dir` (file {@link DB_FILE}), or an in-memory one for
   * `":memory:"`, and applies the schema.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * Store.open(":memory:").close();
   * ```
   */
  static open(dir: string, options: StoreOptions = {}): Store {
    let file = ":memory:";
    if (dir !== ":memory:") {
      mkdirSync(dir, { recursive: true });
      file = join(dir, DB_FILE);
    }
    const db = new DatabaseSync(file);
    try {
      db.exec("PRAGMA journal_mode = WAL");
      db.exec("PRAGMA synchronous = NORMAL");
      db.exec("PRAGMA busy_timeout = 5000");
      registerRegexp(db);
      applySchema(db);
    } catch (e) {
      db.close();
      throw e instanceof SchemaError && file !== ":memory:" ? new SchemaError(e.found, file) : e;
    }
    let checkpointer: Checkpointer | undefined;
    if (file !== ":memory:") {
      // WAL checkpoints (the only syncs under synchronous=NORMAL) run on a worker thread.
      db.exec(`PRAGMA wal_autocheckpoint = ${WRITER_AUTOCHECKPOINT_PAGES}`);
      db.exec("PRAGMA journal_size_limit = 67108864"); // a rewound WAL shrinks back to 64 MiB
      checkpointer = startCheckpointer(file);
    }
    return new Store(db, options.now ?? (() => new Date()), checkpointer);
  }

  /**
   * Closes the database, after stopping the checkpoint worker of a file store (its thread
   * then ends on its own; {@link Store.closed} resolves when it has).
   */
  close(): void {
    // The worker first (it blocks until its connection is closed), so this connection is the
    // last one: closing it checkpoints and removes the WAL before close returns.
    const stopped = this.#checkpointer?.stop() ?? Promise.resolve();
    this.#ctx.close();
    stopped.then(this.#resolveClosed);
  }

  readonly #closed = Promise.withResolvers<void>();
  readonly #resolveClosed = () => this.#closed.resolve();

  /**
   * Resolves once {@link Store.close} has run and the checkpoint worker has ended (its last
   * checkpoint written, its connection closed).
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * s.close();
   * await s.closed;
   * ```
   */
  get closed(): Promise<void> {
    return this.#closed.promise;
  }

  /** Runs raw SQL returning rows (diagnostics and tests). */
  query(sql: string, ...params: SQLInputValue[]): Row[] {
    return this.#ctx.db.prepare(sql).all(...params) as Row[];
  }

  /**
   * Runs `fn` (synchronous) in one transaction: the store writes it makes commit together, or
   * none of them when it throws. Store methods called inside join it.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * const run = s.transaction(() => {
   *   const { run } = s.upsertRun("me", "p", "r1");
   *   s.appendHistory(run.id, 0, ['{"_step":0}']);
   *   return s.updateRun(run.id, { state: "finished" });
   * });
   * console.assert(run.historyLineCount === 1);
   * ```
   */
  transaction<T>(fn: () => T): T {
    return this.#ctx.tx(fn);
  }

  // ---- users and entities ----

  /**
   * Creates a user (and an entity of the same name owned by it) with a fresh 40-hex-char API key.
   * Only the key's SHA-256 is stored; the key is returned once.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * console.assert(/^[0-9a-f]{40}$/.test(s.createUser("bob").apiKey));
   * ```
   */
  createUser(username: string, options: { email?: string } = {}): { user: User; apiKey: string } {
    return this.#users.createUser(username, options);
  }

  /**
   * The user owning an API key, or `undefined`.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * console.assert(Store.open(":memory:").userByApiKey("0".repeat(40)) === undefined);
   * ```
   */
  userByApiKey(key: string): User | undefined {
    return this.#users.userByApiKey(key);
  }

  /** The user named `username`, or `undefined`. */
  userByName(username: string): User | undefined {
    return this.#users.userByName(username);
  }

  /** The user with storage id `id`, or `undefined`. */
  userById(id: number): User | undefined {
    return this.#users.userById(id);
  }

  /**
   * The id of the user owning entity `name`, or `undefined` when the entity is missing or has no
   * owner (the access check of every request; a cached statement).
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * const { user } = s.createUser("alice");
   * console.assert(s.entityOwner("alice") === user.id && s.entityOwner("bob") === undefined);
   * ```
   */
  entityOwner(name: string): number | undefined {
    return this.#users.entityOwner(name);
  }

  /**
   * The names of the entities user `userId` owns, sorted.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * const { user } = s.createUser("alice");
   * console.assert(s.ownedEntities(user.id).join() === "alice");
   * ```
   */
  ownedEntities(userId: number): string[] {
    return this.#users.ownedEntities(userId);
  }

  /** Creates the entity if missing. */
  ensureEntity(name: string): void {
    this.#users.ensureEntity(name);
  }

  // ---- projects ----

  /**
   * Returns the project, creating it (and its entity) if missing.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * console.assert(s.ensureProject("me", "p").id === s.ensureProject("me", "p").id);
   * ```
   */
  ensureProject(entity: string, name: string): Project {
    return this.#projects.ensureProject(entity, name);
  }

  /** The project, or `undefined`. */
  getProject(entity: string, name: string): Project | undefined {
    return this.#projects.getProject(entity, name);
  }

  /**
   * Pages through an entity's projects in creation order.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * s.ensureProject("me", "a");
   * console.assert(s.listProjects("me", { first: 10 }).edges[0]?.node.name === "a");
   * ```
   */
  listProjects(entity: string, args: PageArgs = {}): Connection<Project> {
    return this.#projects.listProjects(entity, args);
  }

  // ---- runs ----

  /**
   * Creates the run (and its project) if missing, then applies the non-null `fields` (an
   * existing run given none is not written).
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * console.assert(s.upsertRun("me", "p", "r1", { notes: "a" }).inserted);
   * const again = s.upsertRun("me", "p", "r1", { tags: ["x"] });
   * console.assert(!again.inserted && again.run.notes === "a");
   * ```
   */
  upsertRun(
    entity: string,
    project: string,
    name: string,
    fields: RunFields = {},
  ): UpsertRunResult {
    return this.#runs.upsertRun(entity, project, name, fields);
  }

  /**
   * Applies the non-null `fields` to the run with storage id `id` and returns it.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * const { run } = s.upsertRun("me", "p", "r1");
   * console.assert(s.updateRun(run.id, { state: "finished", exitcode: 0 }).state === "finished");
   * ```
   */
  updateRun(id: number, fields: RunFields): Run {
    return this.#runs.updateRun(id, fields);
  }

  /** The run, or `undefined`. */
  getRun(entity: string, project: string, name: string): Run | undefined {
    return this.#runs.getRun(entity, project, name);
  }

  /**
   * The runs linked to sweep `sweep` (UpsertBucket's `sweep`) in a project, oldest first, in one
   * query.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * s.upsertRun("me", "p", "r1", { sweep: "sw1" });
   * console.assert(s.sweepRuns("me", "p", "sw1")[0]?.name === "r1");
   * ```
   */
  sweepRuns(entity: string, project: string, sweep: string): Run[] {
    return this.#runs.sweepRuns(entity, project, sweep);
  }

  /** The run with storage id `id`, or `undefined`. */
  getRunById(id: number): Run | undefined {
    return this.#runs.getRunById(id);
  }

  /**
   * Deletes a run and all its data; returns false if it did not exist.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * const { run } = s.upsertRun("me", "p", "r1");
   * console.assert(s.deleteRun(run.id) && !s.deleteRun(run.id));
   * ```
   */
  deleteRun(id: number): boolean {
    return this.#runs.deleteRun(id);
  }

  /**
   * Records an alert raised by run `runId` (W&B's `notifyScriptableRunAlert`).
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * const { run } = s.upsertRun("me", "p", "r1");
   * s.addAlert(run.id, { title: "t", text: "x", severity: "WARN", waitMs: null });
   * console.assert(s.alerts(run.id)[0]!.severity === "WARN");
   * ```
   */
  addAlert(runId: number, alert: Omit<Alert, "createdAt">): Alert {
    return this.#runs.addAlert(runId, alert);
  }

  /** The alerts of run `runId`, oldest first (at most `limit`, default 1,000). */
  alerts(runId: number, limit = 1000): Alert[] {
    return this.#runs.alerts(runId, limit);
  }

  /**
   * Marks `running` runs whose last heartbeat is older than `before` as `crashed`; returns how many.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * s.upsertRun("me", "p", "r1");
   * console.assert(s.markCrashed(new Date(Date.now() + 1000)) === 1);
   * ```
   */
  markCrashed(before: Date): number {
    return this.#runs.markCrashed(before);
  }

  /**
   * Pages through a project's runs matching Mongo-style `filters`, in `order` (see filters.ts).
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * s.upsertRun("me", "p", "r1", { config: '{"lr":{"value":0.1,"desc":null}}' });
   * const page = s.listRuns("me", "p", { filters: { "config.lr": 0.1 }, first: 10 });
   * console.assert(page.totalCount === 1 && page.edges[0]?.node.name === "r1");
   * ```
   */
  listRuns(entity: string, project: string, args: ListRunsArgs = {}): Connection<Run> {
    return this.#runs.listRuns(entity, project, args);
  }

  /** Number of a project's runs matching `filters`. */
  countRuns(entity: string, project: string, filters?: unknown): number {
    return this.#runs.countRuns(entity, project, filters);
  }

  // ---- file_stream ----

  /**
   * Stores `wandb-history.jsonl` lines sent at line `offset`. Rows are keyed by their `_step`
   * (line number if absent), so a resent or overlapping chunk overwrites instead of duplicating.
   * Rejects the whole chunk if a line is not a JSON object. A raw newline in a line (JSON
   * whitespace) is stored as a space. Returns the history line count. Rows are stored in pages
   * of 1,000 steps, and each key's last value is kept for {@link Store.historyKeys}.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * const { run } = s.upsertRun("me", "p", "r1");
   * s.appendHistory(run.id, 0, ['{"_step":0,"a":1}']);
   * console.assert(s.appendHistory(run.id, 0, ['{"_step":0,"a":2}']) === 1);
   * ```
   */
  appendHistory(runId: number, offset: number, lines: readonly string[]): number {
    return this.#stream.appendHistory(runId, offset, lines);
  }

  /**
   * Stores `wandb-events.jsonl` lines at line numbers `offset + i` (overwriting). The last line
   * of a chunk that reaches the end of the file becomes the run's `systemMetrics` (W&B's latest
   * system-metrics row). Returns the events line count.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * const { run } = s.upsertRun("me", "p", "r1");
   * s.appendEvents(run.id, 0, ['{"system.cpu":10}', '{"system.cpu":20}']);
   * console.assert(s.getRunById(run.id)?.systemMetrics === '{"system.cpu":20}');
   * ```
   */
  appendEvents(runId: number, offset: number, lines: readonly string[]): number {
    return this.#stream.appendEvents(runId, offset, lines);
  }

  /**
   * Stores `output.log` lines at line numbers `offset + i` (overwriting, as `\r` progress bars
   * need). Returns the log line count.
   */
  appendOutput(runId: number, offset: number, lines: readonly string[]): number {
    return this.#stream.appendOutput(runId, offset, lines);
  }

  /** Replaces the run's summary with `text` (one `wandb-summary.json` line, a JSON object). */
  setSummary(runId: number, text: string): void {
    this.#stream.setSummary(runId, text);
  }

  // ---- reads ----

  /**
   * Iterates history rows as stored JSON text, in step order, `minStep <= step < maxStep`.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * const { run } = s.upsertRun("me", "p", "r1");
   * s.appendHistory(run.id, 0, ['{"_step":1}', '{"_step":0}']);
   * console.assert([...s.scanHistory(run.id)].map((r) => r.step).join() === "0,1");
   * ```
   */
  scanHistory(runId: number, range: HistoryRange = {}): Generator<{ step: number; row: string }> {
    return this.#stream.scanHistory(runId, range);
  }

  /**
   * The raw rows (JSON text) of a step range, in step order, as one array. Rows are stored in
   * pages of 1,000 steps, each one `\n`-joined string (rows never hold a raw newline), which is
   * many times faster than fetching a JS string per row. `samples` spreads them evenly as
   * {@link Store.history} does.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * s.ensureProject("e", "p");
   * const { run } = s.upsertRun("e", "p", "r", {});
   * s.appendHistory(run.id, 0, ['{"_step": 0}', '{"_step": 1}']);
   * console.assert(s.historyRows(run.id, { minStep: 1 }).length === 1);
   * ```
   */
  historyRows(runId: number, range: HistoryRange & { samples?: number } = {}): string[] {
    return this.#stream.historyRows(runId, range);
  }

  /**
   * History rows parsed, for `history` / `sampledHistory`: with `keys`, only rows having every
   * key, projected to those keys; `samples` spreads the result evenly, `limit` keeps the first.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * const { run } = s.upsertRun("me", "p", "r1");
   * s.appendHistory(run.id, 0, ['{"_step":0,"a":1}', '{"_step":1,"b":2}']);
   * console.assert(s.history(run.id, { keys: ["_step", "b"] }).length === 1);
   * ```
   */
  history(runId: number, args: HistoryArgs = {}): Record<string, unknown>[] {
    return this.#stream.history(runId, args);
  }

  /** Last history step, or -1 when there is none. */
  lastHistoryStep(runId: number): number {
    return this.#stream.lastHistoryStep(runId);
  }

  /** The top-level keys present in any history row, sorted (an indexed read). */
  historyKeyNames(runId: number): string[] {
    return this.#stream.historyKeyNames(runId);
  }

  /**
   * Every top-level history key with the last step holding it and its value there, sorted by
   * key; kept up to date on each history write, so this is an indexed read (W&B `historyKeys`).
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * const { run } = s.upsertRun("me", "p", "r1");
   * s.appendHistory(run.id, 0, ['{"_step":0,"a":1}', '{"_step":1,"b":2}']);
   * console.assert(s.historyKeys(run.id).find((k) => k.key === "a")?.value === 1);
   * ```
   */
  historyKeys(runId: number): HistoryKey[] {
    return this.#stream.historyKeys(runId);
  }

  /** The last `n` history rows (JSON text), in step order (resume `historyTail`). */
  historyTail(runId: number, n = 1): string[] {
    return this.#stream.historyTail(runId, n);
  }

  /**
   * Events rows (JSON text) in line order; `limit` keeps the first ones, `samples` then spreads
   * them evenly as {@link Store.history} does.
   */
  events(runId: number, args: { limit?: number; samples?: number } = {}): string[] {
    return this.#stream.events(runId, args);
  }

  /** The last `n` events rows (JSON text), in line order (resume `eventsTail`). */
  eventsTail(runId: number, n = 1): string[] {
    return this.#stream.eventsTail(runId, n);
  }

  /** Console lines in line order, from line `offset`, at most `limit`. */
  output(
    runId: number,
    args: { offset?: number; limit?: number } = {},
  ): { line: number; text: string }[] {
    return this.#stream.output(runId, args);
  }

  /** The next expected offset (stored line count) of a file_stream file, 0 if none. */
  fileOffset(runId: number, file: string): number {
    return this.#stream.fileOffset(runId, file);
  }

  // ---- run files ----

  /**
   * Reserves a run file about to be uploaded (`createRunFiles`, `url(upload: true)`): recorded
   * without `updatedAt`, so it is not listed and counts as missing until {@link Store.putFile}
   * records the upload. A file already recorded is left as it is.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * const { run } = s.upsertRun("me", "p", "r1");
   * s.reserveFile(run.id, "config.yaml");
   * console.assert(s.getFile(run.id, "config.yaml")?.updatedAt === null);
   * console.assert(s.listFiles(run.id).totalCount === 0);
   * ```
   */
  reserveFile(runId: number, name: string): RunFile {
    return this.#files.reserveFile(runId, name);
  }

  /**
   * Records (or updates) an uploaded run file, stamping `updatedAt`.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * const { run } = s.upsertRun("me", "p", "r1");
   * s.putFile(run.id, { name: "config.yaml", size: 10 });
   * console.assert(s.listFiles(run.id).edges[0]?.node.size === 10);
   * ```
   */
  putFile(
    runId: number,
    file: { name: string; size?: number; md5?: string; path?: string },
  ): RunFile {
    return this.#files.putFile(runId, file);
  }

  /** One run file, or `undefined`. */
  getFile(runId: number, name: string): RunFile | undefined {
    return this.#files.getFile(runId, name);
  }

  /**
   * Pages through a run's uploaded files by name (a file only reserved by
   * {@link Store.reserveFile} is not listed); `names` (non-empty) restricts to those names, `pattern`
   * to names matching it: `*` or `%` any run of characters, `?` or `_` one character (glob and
   * SQL LIKE wildcards, as W&B clients send either), case-sensitive.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * const { run } = s.upsertRun("me", "p", "r1");
   * for (const name of ["a.log", "b.json", "c.log"]) s.putFile(run.id, { name });
   * const page = s.listFiles(run.id, { pattern: "*.log", first: 1 });
   * const next = s.listFiles(run.id, { pattern: "%.log", after: page.pageInfo.endCursor });
   * console.assert(page.totalCount === 2 && next.edges[0]?.node.name === "c.log");
   * ```
   */
  listFiles(
    runId: number,
    args: PageArgs & { names?: readonly string[]; pattern?: string | null } = {},
  ): Connection<RunFile> {
    return this.#files.listFiles(runId, args);
  }
}
