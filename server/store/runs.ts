/**
 * The runs family of the store: runs (created on first use, updated field by field), their
 * alerts, the filtered and ordered Runs listing (see filters.ts), crash marking, and deleting a
 * run with all its data.
 *
 * @example
 * ```ts
 * import { Store } from "./store.ts";
 * const s = Store.open(":memory:");
 * const { run } = s.upsertRun("me", "p", "r1", { state: "running" });
 * console.assert(s.countRuns("me", "p", { state: "running" }) === 1 && s.deleteRun(run.id));
 * s.close();
 * ```
 * @module
 */
import type { SQLInputValue } from "node:sqlite";
import type { StoreContext } from "./_context.ts";
import type { HistoryStore } from "./_history.ts";
import { parseRow, type Row } from "./_rows.ts";
import { type Connection, decodeCursor, type PageArgs, pageSize, toConnection } from "./_paging.ts";
import { compileRunFilters } from "./filters.ts";
import type { ProjectStore } from "./projects.ts";
import { StoreError } from "./store_error.ts";

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

/** Arguments of {@link Store.listRuns}. */
export interface ListRunsArgs extends PageArgs {
  /** Mongo-style filter document or its JSON text. */
  filters?: unknown;
  /** Order string, e.g. `-created_at`, `+summary_metrics.loss`. */
  order?: string | null;
}

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

/** The SQLite value of run field `key`, checked. */
function fieldValue(
  key: keyof RunFields,
  v: NonNullable<RunFields[keyof RunFields]>,
): SQLInputValue {
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

/** The `runs` and `alerts` tables; {@link Store} delegates its run methods here. */
export class RunStore {
  readonly #ctx: StoreContext;
  readonly #projects: ProjectStore;
  readonly #history: HistoryStore;

  /**
   * @param ctx the store's shared database, statements, transactions and clock
   * @param projects creates a new run's project
   * @param history deletes a deleted run's history
   */
  constructor(ctx: StoreContext, projects: ProjectStore, history: HistoryStore) {
    this.#ctx = ctx;
    this.#projects = projects;
    this.#history = history;
  }

  /** See {@link Store.upsertRun}. */
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
    const ctx = this.#ctx;
    return ctx.tx(() => {
      const existing = ctx.stmt(
        "SELECT id FROM runs WHERE entity = ? AND project = ? AND name = ?",
      )
        .get(entity, project, name) as Row | undefined;
      let id = existing?.id as number | undefined;
      if (id === undefined) {
        this.#projects.ensureProject(entity, project);
        const now = ctx.nowIso();
        id = (ctx.stmt(
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

  /** See {@link Store.updateRun}. */
  updateRun(id: number, fields: RunFields): Run {
    const sets: string[] = [];
    const values: SQLInputValue[] = [];
    for (const [key, column] of Object.entries(RUN_COLUMNS) as [keyof RunFields, string][]) {
      const v = fields[key];
      if (v === undefined || v === null) continue;
      sets.push(`${column} = ?`);
      values.push(fieldValue(key, v));
    }
    sets.push("updated_at = ?");
    values.push(this.#ctx.nowIso());
    const r = this.#ctx.stmt(`UPDATE runs SET ${sets.join(", ")} WHERE id = ? RETURNING *`).get(
      ...values,
      id,
    ) as
      | Row
      | undefined;
    if (!r) throw new StoreError("store/not-found", `No run with storage id ${id}`);
    return rowToRun(r);
  }

  /** See {@link Store.getRun}. */
  getRun(entity: string, project: string, name: string): Run | undefined {
    const r = this.#ctx.stmt("SELECT * FROM runs WHERE entity = ? AND project = ? AND name = ?")
      .get(entity, project, name) as Row | undefined;
    return r && rowToRun(r);
  }

  /** See {@link Store.sweepRuns}. */
  sweepRuns(entity: string, project: string, sweep: string): Run[] {
    return (this.#ctx.stmt(
      "SELECT * FROM runs WHERE entity = ? AND project = ? AND sweep = ? ORDER BY created_at, id",
    ).all(entity, project, sweep) as Row[]).map(rowToRun);
  }

  /** See {@link Store.getRunById}. */
  getRunById(id: number): Run | undefined {
    const r = this.#ctx.stmt("SELECT * FROM runs WHERE id = ?").get(id) as Row | undefined;
    return r && rowToRun(r);
  }

  /** See {@link Store.deleteRun}. */
  deleteRun(id: number): boolean {
    const ctx = this.#ctx;
    return ctx.tx(() => {
      for (const t of ["events", "output", "files", "file_offsets", "alerts"]) {
        ctx.stmt(`DELETE FROM ${t} WHERE run = ?`).run(id);
      }
      this.#history.deleteRun(id);
      return Number(ctx.stmt("DELETE FROM runs WHERE id = ?").run(id).changes) > 0;
    });
  }

  /** See {@link Store.addAlert}. */
  addAlert(runId: number, alert: Omit<Alert, "createdAt">): Alert {
    const createdAt = this.#ctx.now().toISOString();
    this.#ctx.stmt(
      "INSERT INTO alerts (run, title, text, severity, wait_ms, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    ).run(runId, alert.title, alert.text, alert.severity, alert.waitMs, createdAt);
    return { ...alert, createdAt };
  }

  /** See {@link Store.alerts}. */
  alerts(runId: number, limit = 1000): Alert[] {
    return (this.#ctx.stmt(
      "SELECT title, text, severity, wait_ms, created_at FROM alerts WHERE run = ? ORDER BY id LIMIT ?",
    ).all(runId, limit) as Row[]).map((r) => ({
      title: r.title as string,
      text: r.text as string,
      severity: r.severity as Alert["severity"],
      waitMs: r.wait_ms === null ? null : Number(r.wait_ms),
      createdAt: r.created_at as string,
    }));
  }

  /** See {@link Store.markCrashed}. */
  markCrashed(before: Date): number {
    return Number(
      this.#ctx.stmt(
        "UPDATE runs SET state = 'crashed' WHERE state = 'running' AND heartbeat_at < ?",
      )
        .run(before.toISOString()).changes,
    );
  }

  /** See {@link Store.listRuns}. */
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
    const rows = this.#ctx.stmt(
      `SELECT runs.*, ${q.sortExpr} AS _sort${
        windowCount ? ", count(*) OVER () AS _total" : ""
      } FROM runs WHERE ${base} AND ${keyset} ORDER BY _sort ${dir}, runs.id ${dir} LIMIT ?`,
    ).all(...sortParams, ...baseParams, ...keysetParams, first + 1) as Row[];
    const total = windowCount
      ? (rows.length > 0 ? rows[0]!._total as number : 0)
      : (this.#ctx.stmt(`SELECT count(*) AS n FROM runs WHERE ${base}`).get(...baseParams) as Row)
        .n as number;
    return toConnection(rows, first, total, rowToRun, (r) => [r._sort, r.id]);
  }

  /** See {@link Store.countRuns}. */
  countRuns(entity: string, project: string, filters?: unknown): number {
    const q = compileRunFilters(filters);
    return (this.#ctx.stmt(
      `SELECT count(*) AS n FROM runs WHERE runs.entity = ? AND runs.project = ? AND ${q.where}`,
    )
      .get(entity, project, ...(q.params as SQLInputValue[])) as Row).n as number;
  }
}
