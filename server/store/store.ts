/**
 * The SQLite store of the local W&B-compatible server: users and API keys, entities, projects,
 * runs, and the file_stream data (history, events, console output, summary) with idempotent,
 * offset-addressed writes. One `DatabaseSync` in WAL mode, `synchronous=NORMAL`.
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
import { DatabaseSync, type SQLInputValue, type StatementSync } from "node:sqlite";
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseValueJson } from "../../proto/value_json.ts";
import { applySchema, SchemaError } from "./schema.ts";
import { compileRunFilters, registerRegexp } from "./filters.ts";
import { type HistoryKey, HistoryStore, type RowKeys } from "./_history.ts";
import { RowTemplates } from "./_row_template.ts";
import { b64, unb64 } from "./_base64.ts";
import { StoreError, type StoreErrorCode } from "./store_error.ts";
import {
  type Checkpointer,
  startCheckpointer,
  WRITER_AUTOCHECKPOINT_PAGES,
} from "./_checkpointer.ts";

export type { HistoryKey };
export { StoreError, type StoreErrorCode };

/** A user account; the API key itself is never stored, only its SHA-256. */
export interface User {
  /** Storage id. */
  id: number;
  /** User (and own entity) name. */
  username: string;
  /** Email address, if given. */
  email: string | null;
  /** Creation time, ISO-8601 UTC. */
  createdAt: string;
}

/** A project (W&B "model"). */
export interface Project {
  /** Storage id (Project.internalId). */
  id: number;
  /** Owning entity. */
  entity: string;
  /** Project name. */
  name: string;
  /** Description, if set. */
  description: string | null;
  /** Creation time, ISO-8601 UTC. */
  createdAt: string;
}

/** Run states the server stores (lower case, as W&B clients compare them). */
export type RunState =
  | "pending"
  | "running"
  | "finished"
  | "failed"
  | "crashed"
  | "killed"
  | "preempting"
  | "preempted";

const RUN_STATES: ReadonlySet<string> = new Set([
  "pending",
  "running",
  "finished",
  "failed",
  "crashed",
  "killed",
  "preempting",
  "preempted",
]);

/** A run. JSON fields are kept as the JSON text W&B's GraphQL `JSONString` fields return. */
export interface Run {
  /** Storage id (GraphQL `id` is derived from it). */
  id: number;
  /** Owning entity. */
  entity: string;
  /** Project name. */
  project: string;
  /** The run id chosen by the client. */
  name: string;
  /** Display name (W&B's run name). */
  displayName: string | null;
  /** Lifecycle state. */
  state: RunState;
  /** Wrapped config JSON text: `{"lr": {"value": 0.1, "desc": null}, ...}`. */
  config: string;
  /** Summary JSON text (may hold `NaN`/`Infinity`). */
  summary: string;
  /** Latest system-metrics row, JSON text. */
  systemMetrics: string;
  /** Tags, in the order set. */
  tags: string[];
  /** Notes. */
  notes: string | null;
  /** Description. */
  description: string | null;
  /** Group. */
  group: string | null;
  /** Job type. */
  jobType: string | null;
  /** Sweep id. */
  sweep: string | null;
  /** Host the run ran on. */
  host: string | null;
  /** Program path. */
  program: string | null;
  /** Git commit. */
  commit: string | null;
  /** Git remote URL. */
  repo: string | null;
  /** Creation time, ISO-8601 UTC. */
  createdAt: string;
  /** Last update, ISO-8601 UTC. */
  updatedAt: string;
  /** Last heartbeat (file_stream post), ISO-8601 UTC. */
  heartbeatAt: string;
  /** Exit code once finished. */
  exitcode: number | null;
  /** A stop was requested (W&B's stopRun). */
  stopped: boolean;
  /** History rows stored. */
  historyLineCount: number;
  /** System-metric rows stored. */
  eventsLineCount: number;
  /** Console lines stored. */
  logLineCount: number;
}

/** An alert a run raised (`run.alert()`). */
export interface Alert {
  /** Alert title. */
  title: string;
  /** Alert text. */
  text: string;
  /** Severity. */
  severity: "INFO" | "WARN" | "ERROR";
  /**
   * The client's minimum wait between alerts of the same title, in milliseconds: what the official
   * client sends as `waitDuration` (60000 for its default of one minute).
   */
  waitMs: number | null;
  /** When it was raised, ISO-8601 UTC. */
  createdAt: string;
}

/** Fields of {@link Store.upsertRun} / {@link Store.updateRun}; `undefined` or `null` = unchanged. */
export interface RunFields {
  /** Display name. */
  displayName?: string | null;
  /** Lifecycle state. */
  state?: RunState | null;
  /** Whole replacement, JSON text of an object. */
  config?: string | null;
  /** Whole replacement, JSON text of an object. */
  summary?: string | null;
  /** Whole replacement, JSON text of an object. */
  systemMetrics?: string | null;
  /** Tags (whole replacement). */
  tags?: readonly string[] | null;
  /** Notes. */
  notes?: string | null;
  /** Description. */
  description?: string | null;
  /** Group. */
  group?: string | null;
  /** Job type. */
  jobType?: string | null;
  /** Sweep id. */
  sweep?: string | null;
  /** Host. */
  host?: string | null;
  /** Program path. */
  program?: string | null;
  /** Git commit. */
  commit?: string | null;
  /** Git remote URL. */
  repo?: string | null;
  /** ISO-8601 time. */
  heartbeatAt?: string | null;
  /** Exit code. */
  exitcode?: number | null;
  /** Stop requested. */
  stopped?: boolean | null;
}

/** Result of {@link Store.upsertRun}. */
export interface UpsertRunResult {
  /** The run as stored after the upsert. */
  run: Run;
  /** False when the run already existed. */
  inserted: boolean;
}

/** A stored run file. */
export interface RunFile {
  /** File name, relative to the run. */
  name: string;
  /** Size in bytes; null until uploaded. */
  size: number | null;
  /** Base64 MD5; null until uploaded. */
  md5: string | null;
  /** Where the bytes are, below the files directory. */
  path: string | null;
  /** Upload time; null while reserved but not uploaded. */
  updatedAt: string | null;
}

/** Relay-style page of results. */
export interface Connection<T> {
  /** The page's items with their cursors. */
  edges: { node: T; cursor: string }[];
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Items in all pages. */
  totalCount: number;
}

/** Paging arguments: at most `first` items after the edge whose cursor is `after`. */
export interface PageArgs {
  /** Page size. */
  first?: number | null;
  /** Cursor of the item to start after. */
  after?: string | null;
}

/** Arguments of {@link Store.listRuns}. */
export interface ListRunsArgs extends PageArgs {
  /** Mongo-style filter document or its JSON text. */
  filters?: unknown;
  /** Order string, e.g. `-created_at`, `+summary_metrics.loss`. */
  order?: string | null;
}

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

/** Options of {@link Store.open}. */
export interface StoreOptions {
  /** Clock for timestamps (tests); defaults to `() => new Date()`. */
  now?: () => Date;
}

/** File name of the database inside the store directory. */
export const DB_FILE = "wandb-server.sqlite";

const RUN_COLUMNS: Record<keyof RunFields, string> = {
  displayName: "display_name",
  state: "state",
  config: "config",
  summary: "summary",
  systemMetrics: "system_metrics",
  tags: "tags",
  notes: "notes",
  description: "description",
  group: "run_group",
  jobType: "job_type",
  sweep: "sweep",
  host: "host",
  program: "program",
  commit: "git_commit",
  repo: "git_repo",
  heartbeatAt: "heartbeat_at",
  exitcode: "exitcode",
  stopped: "stopped",
};

/** One result row of {@link Store.query}: column name → SQLite value. */
export type Row = Record<string, SQLInputValue>;

function rowToRun(r: Row): Run {
  return {
    id: r.id as number,
    entity: r.entity as string,
    project: r.project as string,
    name: r.name as string,
    displayName: r.display_name as string | null,
    state: r.state as RunState,
    config: r.config as string,
    summary: r.summary as string,
    systemMetrics: r.system_metrics as string,
    tags: JSON.parse(r.tags as string) as string[],
    notes: r.notes as string | null,
    description: r.description as string | null,
    group: r.run_group as string | null,
    jobType: r.job_type as string | null,
    sweep: r.sweep as string | null,
    host: r.host as string | null,
    program: r.program as string | null,
    commit: r.git_commit as string | null,
    repo: r.git_repo as string | null,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
    heartbeatAt: r.heartbeat_at as string,
    exitcode: r.exitcode as number | null,
    stopped: r.stopped === 1,
    historyLineCount: r.history_line_count as number,
    eventsLineCount: r.events_line_count as number,
    logLineCount: r.log_line_count as number,
  };
}

function rowToUser(r: Row): User {
  return {
    id: r.id as number,
    username: r.username as string,
    email: r.email as string | null,
    createdAt: r.created_at as string,
  };
}

function rowToProject(r: Row): Project {
  return {
    id: r.id as number,
    entity: r.entity as string,
    name: r.name as string,
    description: r.description as string | null,
    createdAt: r.created_at as string,
  };
}

/**
 * SHA-256 hex of an API key, as stored in `users.api_key_hash`.
 *
 * @example
 * ```ts
 * import { hashApiKey } from "./store.ts";
 * console.assert(hashApiKey("k").length === 64);
 * ```
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** Parses W&B extended JSON, trying the native parser first (rows rarely hold NaN/Infinity). */
function parseRow(text: string, what: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    try {
      v = parseValueJson(text);
    } catch (e) {
      throw new StoreError("store/bad-json", `${what} is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new StoreError("store/bad-json", `${what} must be a JSON object`);
  }
  return v as Record<string, unknown>;
}

/** Cursor value encoding that survives Infinity and distinguishes types. */
function encodeCursor(parts: (SQLInputValue | undefined)[]): string {
  const enc = parts.map((v) =>
    v === null || v === undefined
      ? ["z"]
      : typeof v === "number"
      ? ["n", String(v)]
      : ["s", String(v)]
  );
  return b64(JSON.stringify(enc));
}

function decodeCursor(cursor: string, arity: number): (string | number | null)[] {
  try {
    const text = unb64(cursor);
    if (text === undefined) throw new Error("base64");
    const parts = JSON.parse(text) as [string, string?][];
    if (!Array.isArray(parts) || parts.length !== arity) throw new Error("arity");
    return parts.map(([t, v]) => {
      if (t === "z") return null;
      if (t === "n") return Number(v);
      if (t === "s" && typeof v === "string") return v;
      throw new Error("type");
    });
  } catch {
    throw new StoreError(
      "store/bad-cursor",
      `Invalid page cursor ${JSON.stringify(cursor)}; pass a cursor returned by the previous page`,
    );
  }
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

function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return 50;
  if (!Number.isInteger(first) || first < 0) {
    throw new StoreError(
      "store/bad-argument",
      `first must be a non-negative integer, got ${first}`,
    );
  }
  return Math.min(first, 10_000);
}

/**
 * The server's store. All methods are synchronous; write methods are atomic.
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
  readonly #db: DatabaseSync;
  readonly #now: () => Date;
  readonly #stmts = new Map<string, StatementSync>();
  readonly #history: HistoryStore;
  /** Key sequences of recent history rows: the validation fast path of `appendHistory`. */
  readonly #templates = new RowTemplates();
  readonly #checkpointer: Checkpointer | undefined;
  #txDepth = 0;

  private constructor(db: DatabaseSync, now: () => Date, checkpointer?: Checkpointer) {
    this.#db = db;
    this.#now = now;
    this.#checkpointer = checkpointer;
    this.#history = new HistoryStore(db, (sql) => this.#stmt(sql));
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
    this.#stmts.clear();
    this.#db.close();
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
    return this.#db.prepare(sql).all(...params) as Row[];
  }

  #stmt(sql: string): StatementSync {
    let s = this.#stmts.get(sql);
    if (!s) {
      s = this.#db.prepare(sql);
      this.#stmts.set(sql, s);
    }
    return s;
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
    return this.#tx(fn);
  }

  #tx<T>(fn: () => T): T {
    if (this.#txDepth > 0) return fn();
    this.#db.exec("BEGIN IMMEDIATE");
    this.#txDepth++;
    try {
      const out = fn();
      this.#db.exec("COMMIT");
      return out;
    } catch (e) {
      this.#db.exec("ROLLBACK");
      throw e;
    } finally {
      this.#txDepth--;
    }
  }

  #nowIso(): string {
    return this.#now().toISOString();
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
    if (!username) throw new StoreError("store/bad-argument", "createUser: username is empty");
    const bytes = crypto.getRandomValues(new Uint8Array(20));
    const apiKey = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return this.#tx(() => {
      if (this.#stmt("SELECT 1 FROM users WHERE username = ?").get(username)) {
        throw new StoreError(
          "store/bad-argument",
          `User "${username}" already exists; pick another name`,
        );
      }
      const now = this.#nowIso();
      const r = this.#stmt(
        "INSERT INTO users (username, email, api_key_hash, created_at) VALUES (?, ?, ?, ?) RETURNING *",
      ).get(username, options.email ?? null, hashApiKey(apiKey), now) as Row;
      this.#stmt(
        "INSERT INTO entities (name, owner, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET owner = excluded.owner",
      )
        .run(username, r.id as number, now);
      return { user: rowToUser(r), apiKey };
    });
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
    const r = this.#stmt("SELECT * FROM users WHERE api_key_hash = ?").get(hashApiKey(key)) as
      | Row
      | undefined;
    return r && rowToUser(r);
  }

  /** The user named `username`, or `undefined`. */
  userByName(username: string): User | undefined {
    const r = this.#stmt("SELECT * FROM users WHERE username = ?").get(username) as Row | undefined;
    return r && rowToUser(r);
  }

  /** The user with storage id `id`, or `undefined`. */
  userById(id: number): User | undefined {
    const r = this.#stmt("SELECT * FROM users WHERE id = ?").get(id) as Row | undefined;
    return r && rowToUser(r);
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
    const r = this.#stmt("SELECT owner FROM entities WHERE name = ?").get(name) as Row | undefined;
    return r?.owner === null || r?.owner === undefined ? undefined : Number(r.owner);
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
    return (this.#stmt("SELECT name FROM entities WHERE owner = ? ORDER BY name").all(
      userId,
    ) as Row[]).map((r) => r.name as string);
  }

  /** Creates the entity if missing. */
  ensureEntity(name: string): void {
    this.#stmt(
      "INSERT INTO entities (name, owner, created_at) VALUES (?, NULL, ?) ON CONFLICT DO NOTHING",
    )
      .run(name, this.#nowIso());
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
    if (!entity || !name) {
      throw new StoreError(
        "store/bad-argument",
        `Project needs an entity and a name, got "${entity}/${name}"`,
      );
    }
    return this.#tx(() => {
      const found = this.getProject(entity, name);
      if (found) return found;
      this.ensureEntity(entity);
      const r = this.#stmt(
        "INSERT INTO projects (entity, name, created_at) VALUES (?, ?, ?) RETURNING *",
      )
        .get(entity, name, this.#nowIso()) as Row;
      return rowToProject(r);
    });
  }

  /** The project, or `undefined`. */
  getProject(entity: string, name: string): Project | undefined {
    const r = this.#stmt("SELECT * FROM projects WHERE entity = ? AND name = ?").get(
      entity,
      name,
    ) as
      | Row
      | undefined;
    return r && rowToProject(r);
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
    const first = pageSize(args.first);
    const afterId = args.after ? decodeCursor(args.after, 1)[0] : null;
    const rows = this.#stmt(
      "SELECT * FROM projects WHERE entity = ? AND id > ? ORDER BY id LIMIT ?",
    ).all(entity, typeof afterId === "number" ? afterId : 0, first + 1) as Row[];
    const total =
      (this.#stmt("SELECT count(*) AS n FROM projects WHERE entity = ?").get(entity) as Row)
        .n as number;
    const page = rows.slice(0, first);
    const edges = page.map((r) => ({ node: rowToProject(r), cursor: encodeCursor([r.id]) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: total,
    };
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
    if (!name) {
      throw new StoreError(
        "store/bad-argument",
        `upsertRun: run name is empty in ${entity}/${project}`,
      );
    }
    return this.#tx(() => {
      const existing = this.#stmt(
        "SELECT id FROM runs WHERE entity = ? AND project = ? AND name = ?",
      )
        .get(entity, project, name) as Row | undefined;
      let id = existing?.id as number | undefined;
      if (id === undefined) {
        this.ensureProject(entity, project);
        const now = this.#nowIso();
        id = (this.#stmt(
          "INSERT INTO runs (entity, project, name, created_at, updated_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        ).get(entity, project, name, now, now, now) as Row).id as number;
      }
      const inserted = existing === undefined;
      if (!Object.values(fields).some((v) => v !== undefined && v !== null)) {
        // Nothing to change: no second write, and an existing run's updated_at stays.
        return { run: this.getRunById(id)!, inserted };
      }
      return { run: this.updateRun(id, fields), inserted };
    });
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
    const sets: string[] = [];
    const values: SQLInputValue[] = [];
    for (const [key, column] of Object.entries(RUN_COLUMNS) as [keyof RunFields, string][]) {
      const v = fields[key];
      if (v === undefined || v === null) continue;
      sets.push(`${column} = ?`);
      values.push(this.#fieldValue(key, v));
    }
    sets.push("updated_at = ?");
    values.push(this.#nowIso());
    const r = this.#stmt(`UPDATE runs SET ${sets.join(", ")} WHERE id = ? RETURNING *`).get(
      ...values,
      id,
    ) as
      | Row
      | undefined;
    if (!r) throw new StoreError("store/not-found", `No run with storage id ${id}`);
    return rowToRun(r);
  }

  #fieldValue(key: keyof RunFields, v: NonNullable<RunFields[keyof RunFields]>): SQLInputValue {
    switch (key) {
      case "config":
      case "summary":
      case "systemMetrics":
        parseRow(v as string, `Run ${key}`);
        return v as string;
      case "tags":
        if (!Array.isArray(v) || !v.every((t) => typeof t === "string")) {
          throw new StoreError("store/bad-argument", "Run tags must be an array of strings");
        }
        return JSON.stringify(v);
      case "state":
        if (!RUN_STATES.has(v as string)) {
          throw new StoreError(
            "store/bad-argument",
            `Unknown run state "${v}"; use one of ${[...RUN_STATES].join(", ")}`,
          );
        }
        return v as string;
      case "stopped":
        return v ? 1 : 0;
      case "exitcode":
        if (!Number.isInteger(v)) {
          throw new StoreError("store/bad-argument", `exitcode must be an integer, got ${v}`);
        }
        return v as number;
      default:
        if (typeof v !== "string") {
          throw new StoreError(
            "store/bad-argument",
            `Run field ${key} must be a string, got ${typeof v}`,
          );
        }
        return v;
    }
  }

  /** The run, or `undefined`. */
  getRun(entity: string, project: string, name: string): Run | undefined {
    const r = this.#stmt("SELECT * FROM runs WHERE entity = ? AND project = ? AND name = ?")
      .get(entity, project, name) as Row | undefined;
    return r && rowToRun(r);
  }

  /** The run with storage id `id`, or `undefined`. */
  getRunById(id: number): Run | undefined {
    const r = this.#stmt("SELECT * FROM runs WHERE id = ?").get(id) as Row | undefined;
    return r && rowToRun(r);
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
    return this.#tx(() => {
      for (const t of ["events", "output", "files", "file_offsets", "alerts"]) {
        this.#stmt(`DELETE FROM ${t} WHERE run = ?`).run(id);
      }
      this.#history.deleteRun(id);
      return Number(this.#stmt("DELETE FROM runs WHERE id = ?").run(id).changes) > 0;
    });
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
    const createdAt = this.#now().toISOString();
    this.#stmt(
      "INSERT INTO alerts (run, title, text, severity, wait_ms, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    ).run(runId, alert.title, alert.text, alert.severity, alert.waitMs, createdAt);
    return { ...alert, createdAt };
  }

  /** The alerts of run `runId`, oldest first (at most `limit`, default 1,000). */
  alerts(runId: number, limit = 1000): Alert[] {
    return (this.#stmt(
      "SELECT title, text, severity, wait_ms, created_at FROM alerts WHERE run = ? ORDER BY id LIMIT ?",
    ).all(runId, limit) as Row[]).map((r) => ({
      title: r.title as string,
      text: r.text as string,
      severity: r.severity as Alert["severity"],
      waitMs: r.wait_ms === null ? null : Number(r.wait_ms),
      createdAt: r.created_at as string,
    }));
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
    return Number(
      this.#stmt("UPDATE runs SET state = 'crashed' WHERE state = 'running' AND heartbeat_at < ?")
        .run(before.toISOString()).changes,
    );
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
    const first = pageSize(args.first);
    const q = compileRunFilters(args.filters, args.order);
    const base = `runs.entity = ? AND runs.project = ? AND ${q.where}`;
    const baseParams = [entity, project, ...q.params] as SQLInputValue[];
    const sortParams = q.sortParams as SQLInputValue[];
    let keyset = "1";
    const keysetParams: SQLInputValue[] = [];
    if (args.after) {
      const [v = null, id = 0] = decodeCursor(args.after, 2);
      const e = q.sortExpr;
      const cmp = q.descending ? "<" : ">";
      if (v === null) {
        keyset = q.descending
          ? `(${e} IS NULL AND runs.id < ?)`
          : `((${e} IS NULL AND runs.id > ?) OR ${e} IS NOT NULL)`;
        keysetParams.push(...sortParams, id, ...(q.descending ? [] : sortParams));
      } else {
        keyset = `(${e} ${cmp} ? OR ${
          q.descending ? `${e} IS NULL OR ` : ""
        }(${e} = ? AND runs.id ${cmp} ?))`;
        keysetParams.push(
          ...sortParams,
          v,
          ...(q.descending ? sortParams : []),
          ...sortParams,
          v,
          id,
        );
      }
    }
    // With a filter, the first page's total comes from a window count in the same pass over the
    // filtered runs. Without one, the page is an index range (LIMIT) and a count(*) is cheap,
    // whereas a window would read and sort every run of the project.
    const windowCount = !args.after && q.where !== "1";
    const dir = q.descending ? "DESC" : "ASC";
    const rows = this.#stmt(
      `SELECT runs.*, ${q.sortExpr} AS _sort${
        windowCount ? ", count(*) OVER () AS _total" : ""
      } FROM runs WHERE ${base} AND ${keyset} ORDER BY _sort ${dir}, runs.id ${dir} LIMIT ?`,
    ).all(...sortParams, ...baseParams, ...keysetParams, first + 1) as Row[];
    const total = windowCount
      ? (rows.length > 0 ? rows[0]!._total as number : 0)
      : (this.#stmt(`SELECT count(*) AS n FROM runs WHERE ${base}`).get(...baseParams) as Row)
        .n as number;
    const page = rows.slice(0, first);
    const edges = page.map((r) => ({ node: rowToRun(r), cursor: encodeCursor([r._sort, r.id]) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: total,
    };
  }

  /** Number of a project's runs matching `filters`. */
  countRuns(entity: string, project: string, filters?: unknown): number {
    const q = compileRunFilters(filters);
    return (this.#stmt(
      `SELECT count(*) AS n FROM runs WHERE runs.entity = ? AND runs.project = ? AND ${q.where}`,
    )
      .get(entity, project, ...(q.params as SQLInputValue[])) as Row).n as number;
  }

  // ---- file_stream writes ----

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
    this.#stmt(
      "INSERT INTO file_offsets (run, file, next_offset) VALUES (?, ?, ?) ON CONFLICT (run, file) DO UPDATE SET next_offset = max(next_offset, excluded.next_offset)",
    ).run(run, file, end);
    const r = this.#stmt(
      `UPDATE runs SET ${column} = (SELECT next_offset FROM file_offsets WHERE run = ? AND file = ?), heartbeat_at = ?, updated_at = ?${set} WHERE id = ? RETURNING ${column} AS n`,
    ).get(run, file, this.#nowIso(), this.#nowIso(), ...setParams, run) as Row | undefined;
    if (!r) throw new StoreError("store/not-found", `No run with storage id ${run}`);
    return r.n as number;
  }

  #checkOffset(offset: number, what: string): void {
    if (!Number.isInteger(offset) || offset < 0) {
      throw new StoreError(
        "store/bad-argument",
        `${what}: offset must be a non-negative integer, got ${offset}`,
      );
    }
  }

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
    this.#checkOffset(offset, "appendHistory");
    return this.#tx(() => {
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
    this.#checkOffset(offset, "appendEvents");
    return this.#tx(() => {
      const ins = this.#stmt("INSERT OR REPLACE INTO events (run, line, row) VALUES (?, ?, ?)");
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

  /**
   * Stores `output.log` lines at line numbers `offset + i` (overwriting, as `\r` progress bars
   * need). Returns the log line count.
   */
  appendOutput(runId: number, offset: number, lines: readonly string[]): number {
    this.#checkOffset(offset, "appendOutput");
    return this.#tx(() => {
      const ins = this.#stmt("INSERT OR REPLACE INTO output (run, line, text) VALUES (?, ?, ?)");
      for (let i = 0; i < lines.length; i++) ins.run(runId, offset + i, lines[i]!);
      return this.#advance(runId, "output.log", "log_line_count", offset + lines.length);
    });
  }

  /** Replaces the run's summary with `text` (one `wandb-summary.json` line, a JSON object). */
  setSummary(runId: number, text: string): void {
    parseRow(text, `Summary of run ${runId}`);
    const now = this.#nowIso();
    const r = this.#stmt(
      "UPDATE runs SET summary = ?, updated_at = ?, heartbeat_at = ? WHERE id = ?",
    )
      .run(text, now, now, runId);
    if (Number(r.changes) === 0) {
      throw new StoreError("store/not-found", `No run with storage id ${runId}`);
    }
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
  *scanHistory(runId: number, range: HistoryRange = {}): Generator<{ step: number; row: string }> {
    yield* this.#history.entries(
      runId,
      range.minStep ?? 0,
      range.maxStep ?? Number.MAX_SAFE_INTEGER,
    );
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
    const pages = [
      ...this.#history.pages(runId, range.minStep ?? 0, range.maxStep ?? Number.MAX_SAFE_INTEGER),
    ];
    return sampleEvenly(pages.length === 1 ? pages[0]! : pages.flat(), range.samples);
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

  /** Last history step, or -1 when there is none. */
  lastHistoryStep(runId: number): number {
    return this.#history.lastStep(runId);
  }

  /** The top-level keys present in any history row, sorted (an indexed read). */
  historyKeyNames(runId: number): string[] {
    return this.#history.keyNames(runId);
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
    return this.#history.keys(runId);
  }

  /** The last `n` history rows (JSON text), in step order (resume `historyTail`). */
  historyTail(runId: number, n = 1): string[] {
    return this.#history.tail(runId, n);
  }

  /**
   * Events rows (JSON text) in line order; `limit` keeps the first ones, `samples` then spreads
   * them evenly as {@link Store.history} does.
   */
  events(runId: number, args: { limit?: number; samples?: number } = {}): string[] {
    const rows = (this.#stmt("SELECT row FROM events WHERE run = ? ORDER BY line LIMIT ?").all(
      runId,
      args.limit ?? -1,
    ) as Row[])
      .map((r) => r.row as string);
    return sampleEvenly(rows, args.samples);
  }

  /** The last `n` events rows (JSON text), in line order (resume `eventsTail`). */
  eventsTail(runId: number, n = 1): string[] {
    return (this.#stmt("SELECT row FROM events WHERE run = ? ORDER BY line DESC LIMIT ?").all(
      runId,
      n,
    ) as Row[])
      .map((r) => r.row as string).reverse();
  }

  /** Console lines in line order, from line `offset`, at most `limit`. */
  output(
    runId: number,
    args: { offset?: number; limit?: number } = {},
  ): { line: number; text: string }[] {
    const rows = this.#stmt(
      "SELECT line, text FROM output WHERE run = ? AND line >= ? ORDER BY line LIMIT ?",
    ).all(runId, args.offset ?? 0, args.limit ?? -1) as Row[];
    return rows.map((r) => ({ line: r.line as number, text: r.text as string }));
  }

  /** The next expected offset (stored line count) of a file_stream file, 0 if none. */
  fileOffset(runId: number, file: string): number {
    const r = this.#stmt("SELECT next_offset FROM file_offsets WHERE run = ? AND file = ?").get(
      runId,
      file,
    ) as
      | Row
      | undefined;
    return (r?.next_offset as number | undefined) ?? 0;
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
    const r = this.#stmt(
      `INSERT INTO files (run, name) VALUES (?, ?) ON CONFLICT (run, name) DO NOTHING`,
    ).run(runId, name);
    if (Number(r.changes) > 0) {
      return { name, size: null, md5: null, path: null, updatedAt: null };
    }
    return this.getFile(runId, name)!;
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
    const r = this.#stmt(
      `INSERT INTO files (run, name, size, md5, path, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (run, name) DO UPDATE SET size = coalesce(excluded.size, size),
       md5 = coalesce(excluded.md5, md5), path = coalesce(excluded.path, path), updated_at = excluded.updated_at
       RETURNING *`,
    ).get(
      runId,
      file.name,
      file.size ?? null,
      file.md5 ?? null,
      file.path ?? null,
      this.#nowIso(),
    ) as Row;
    return rowToFile(r);
  }

  /** One run file, or `undefined`. */
  getFile(runId: number, name: string): RunFile | undefined {
    const r = this.#stmt("SELECT * FROM files WHERE run = ? AND name = ?").get(runId, name) as
      | Row
      | undefined;
    return r && rowToFile(r);
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
    const first = pageSize(args.first);
    const after = args.after ? String(decodeCursor(args.after, 1)[0]) : "";
    const names = args.names && args.names.length > 0 ? JSON.stringify(args.names) : null;
    const glob = args.pattern ? filePatternGlob(args.pattern) : null;
    const filter =
      "run = ? AND updated_at IS NOT NULL AND (? IS NULL OR name IN (SELECT value FROM json_each(?))) AND (? IS NULL OR name GLOB ?)";
    const params = [runId, names, names, glob, glob];
    const rows = this.#stmt(
      `SELECT * FROM files WHERE ${filter} AND name > ? ORDER BY name LIMIT ?`,
    )
      .all(...params, after, first + 1) as Row[];
    const total = (this.#stmt(`SELECT count(*) AS n FROM files WHERE ${filter}`).get(
      ...params,
    ) as Row)
      .n as number;
    const edges = rows.slice(0, first).map((r) => ({
      node: rowToFile(r),
      cursor: encodeCursor([r.name]),
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: total,
    };
  }
}

/** A file pattern (`*`/`%`, `?`/`_` wildcards) as an SQLite GLOB; `[` is matched literally. */
function filePatternGlob(pattern: string): string {
  return pattern.replace(
    /[*%?_[]/g,
    (c) => c === "%" ? "*" : c === "_" ? "?" : c === "[" ? "[[]" : c,
  );
}

function rowToFile(r: Row): RunFile {
  return {
    name: r.name as string,
    size: r.size as number | null,
    md5: r.md5 as string | null,
    path: r.path as string | null,
    updatedAt: r.updated_at as string | null,
  };
}
