/**
 * The sweeps family of the store, shaped as W&B's: a sweep per project (its id clients see is
 * `name`, 8 lowercase letters and digits), the agents registered on it, and which agent each run
 * the server handed out went to. Runs themselves live in the `runs` table, linked to their sweep
 * by its `sweep` column (the sweep's name, as UpsertBucket sends it), so a run that joins a sweep
 * on its own is linked the same way as one the server scheduled.
 *
 * @example
 * ```ts
 * import { Store } from "./store.ts";
 * const s = Store.open(":memory:");
 * const p = s.ensureProject("me", "p");
 * const sweep = s.sweeps.create({ projectId: p.id, config: "method: grid\n", method: "grid" });
 * const agent = s.sweeps.createAgent(sweep.id, "host-1");
 * console.assert(s.sweeps.byName(p.id, sweep.name)?.id === sweep.id);
 * console.assert(s.sweeps.agentById(agent.id)?.sweepId === sweep.id);
 * s.close();
 * ```
 * @module
 */
import { randomId } from "../../internal/ids.ts";
import type { SQLInputValue } from "node:sqlite";
import type { StoreContext } from "./_context.ts";
import type { Row } from "./_rows.ts";
import { type Connection, decodeCursor, type PageArgs, pageSize, toConnection } from "./_paging.ts";
import { StoreError } from "./store_error.ts";

/** A sweep's lifecycle (W&B's upper-case names). */
export type SweepState = "PENDING" | "RUNNING" | "PAUSED" | "CANCELED" | "FINISHED";

/** Every {@link SweepState}. */
export const SWEEP_STATES: readonly SweepState[] = [
  "PENDING",
  "RUNNING",
  "PAUSED",
  "CANCELED",
  "FINISHED",
];

/** A sweep. */
export interface SweepRow {
  /** Storage id (GraphQL `Sweep.id` is derived from it). */
  id: number;
  /** The project's storage id. */
  projectId: number;
  /** Owning entity. */
  entity: string;
  /** Project name. */
  project: string;
  /** The sweep id clients see (8 lowercase letters and digits). */
  name: string;
  /** Display name, if set. */
  displayName: string | null;
  /** The sweep config as the YAML text the client sent. */
  config: string;
  /** Search method (`grid`, `random`, `bayes`, …). */
  method: string;
  /** Description. */
  description: string | null;
  /** Lifecycle state. */
  state: SweepState;
  /** Local-controller JSON text the client writes, if any. */
  controller: string | null;
  /** Scheduler JSON text the server writes for a local controller, if any. */
  scheduler: string | null;
  /** Creation time, ISO-8601 UTC. */
  createdAt: string;
  /** Last change, ISO-8601 UTC. */
  updatedAt: string;
  /** Last agent heartbeat, ISO-8601 UTC, if any. */
  heartbeatAt: string | null;
  /** Best metric value so far, if known. */
  bestLoss: number | null;
}

/** Fields of a new sweep. */
export interface CreateSweepArgs {
  /** The project's storage id. */
  projectId: number;
  /** Config YAML text. */
  config: string;
  /** Search method. */
  method: string;
  /** Description. */
  description?: string | null;
  /** Display name. */
  displayName?: string | null;
  /** Controller JSON text. */
  controller?: string | null;
  /** Scheduler JSON text. */
  scheduler?: string | null;
  /** Initial state. @default "PENDING" */
  state?: SweepState;
  /** The id clients see; a fresh random one when absent. */
  name?: string;
}

/** Changeable fields of a sweep (`undefined`/`null`: unchanged). */
export interface UpdateSweepArgs {
  /** Config YAML text. */
  config?: string | null;
  /** Search method. */
  method?: string | null;
  /** Description. */
  description?: string | null;
  /** Display name. */
  displayName?: string | null;
  /** State. */
  state?: SweepState | null;
  /** Controller JSON text. */
  controller?: string | null;
  /** Scheduler JSON text. */
  scheduler?: string | null;
  /** Best metric value. */
  bestLoss?: number | null;
  /** Last agent heartbeat, ISO-8601 UTC. */
  heartbeatAt?: string | null;
}

/** An agent's state: `RUNNING` while it heartbeats, `LAPSED` once its heartbeat stopped. */
export type AgentState = "RUNNING" | "FINISHED" | "LAPSED";

/** An agent registered on a sweep. */
export interface AgentRow {
  /** Storage id. */
  id: number;
  /** The sweep's storage id. */
  sweepId: number;
  /** Host name the agent runs on. */
  host: string;
  /** State. */
  state: AgentState;
  /** Registration time, ISO-8601 UTC. */
  createdAt: string;
  /** Last heartbeat, ISO-8601 UTC. */
  heartbeatAt: string;
  /** Number of runs handed to it. */
  totalRuns: number;
}

/** A run the server handed out for a sweep. */
export interface AssignmentRow {
  /** The sweep's storage id. */
  sweepId: number;
  /** The run id. */
  runName: string;
  /** The agent it went to last; null once re-offered. */
  agentId: number | null;
  /** The `args` JSON text of its `run` command. */
  args: string;
  /** The local controller's schedule entry id, if it came from one. */
  scheduleId: string | null;
  /** When it was handed out, ISO-8601 UTC. */
  createdAt: string;
}

const SWEEP_COLUMNS = `s.id, s.project, p.entity, p.name AS project_name, s.name, s.display_name,
  s.config, s.method, s.description, s.state, s.controller, s.scheduler, s.created_at,
  s.updated_at, s.heartbeat_at, s.best_loss`;
const SWEEP_FROM = "sweeps s JOIN projects p ON p.id = s.project";

function sweepRow(r: Row): SweepRow {
  return {
    id: r.id as number,
    projectId: r.project as number,
    entity: r.entity as string,
    project: r.project_name as string,
    name: r.name as string,
    displayName: r.display_name as string | null,
    config: r.config as string,
    method: r.method as string,
    description: r.description as string | null,
    state: r.state as SweepState,
    controller: r.controller as string | null,
    scheduler: r.scheduler as string | null,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
    heartbeatAt: r.heartbeat_at as string | null,
    bestLoss: r.best_loss as number | null,
  };
}

function agentRow(r: Row): AgentRow {
  return {
    id: r.id as number,
    sweepId: r.sweep as number,
    host: r.host as string,
    state: r.state as AgentState,
    createdAt: r.created_at as string,
    heartbeatAt: r.heartbeat_at as string,
    totalRuns: r.total_runs as number,
  };
}

function assignmentRow(r: Row): AssignmentRow {
  return {
    sweepId: r.sweep as number,
    runName: r.run_name as string,
    agentId: r.agent as number | null,
    args: r.args as string,
    scheduleId: r.schedule_id as string | null,
    createdAt: r.created_at as string,
  };
}

/** A fresh sweep id: 8 characters of `[a-z0-9]`, as W&B's. */
export function randomSweepName(): string {
  return randomId(8);
}

const UPDATE_COLUMNS: Record<keyof UpdateSweepArgs, string> = {
  config: "config",
  method: "method",
  description: "description",
  displayName: "display_name",
  state: "state",
  controller: "controller",
  scheduler: "scheduler",
  bestLoss: "best_loss",
  heartbeatAt: "heartbeat_at",
};

/** The `sweeps`, `sweep_agents` and `sweep_runs` tables. */
export class SweepStore {
  readonly #ctx: StoreContext;

  /**
   * Made by the store (`Store`), which exposes it as `store.sweeps`; not constructed elsewhere.
   *
   * @param ctx the store's shared context
   */
  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  /** Creates a sweep in its project; its `name` is fresh unless given. */
  create(args: CreateSweepArgs): SweepRow {
    const ctx = this.#ctx;
    return ctx.tx(() => {
      let name = args.name ?? randomSweepName();
      while (!args.name && this.byName(args.projectId, name)) name = randomSweepName();
      if (this.byName(args.projectId, name)) {
        throw new StoreError("store/bad-argument", `Sweep ${name} already exists in this project`);
      }
      const now = ctx.nowIso();
      const id = (ctx.stmt(
        `INSERT INTO sweeps (project, name, display_name, config, method, description, state,
          controller, scheduler, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          RETURNING id`,
      ).get(
        args.projectId,
        name,
        args.displayName ?? null,
        args.config,
        args.method,
        args.description ?? null,
        args.state ?? "PENDING",
        args.controller ?? null,
        args.scheduler ?? null,
        now,
        now,
      ) as Row).id as number;
      return this.byId(id)!;
    });
  }

  /** A sweep by storage id. */
  byId(id: number): SweepRow | undefined {
    const r = this.#ctx.stmt(`SELECT ${SWEEP_COLUMNS} FROM ${SWEEP_FROM} WHERE s.id = ?`).get(id);
    return r ? sweepRow(r as Row) : undefined;
  }

  /** A sweep by the id clients see, in a project. */
  byName(projectId: number, name: string): SweepRow | undefined {
    const r = this.#ctx.stmt(
      `SELECT ${SWEEP_COLUMNS} FROM ${SWEEP_FROM} WHERE s.project = ? AND s.name = ?`,
    ).get(projectId, name);
    return r ? sweepRow(r as Row) : undefined;
  }

  /** A project's sweeps, newest first, paged. */
  list(projectId: number, page: PageArgs = {}): Connection<SweepRow> {
    const ctx = this.#ctx;
    const first = pageSize(page.first);
    const before = page.after ? decodeCursor(page.after, 1)[0] as number : Number.MAX_SAFE_INTEGER;
    const total = (ctx.stmt("SELECT count(*) AS n FROM sweeps WHERE project = ?").get(
      projectId,
    ) as Row).n as number;
    const rows = ctx.stmt(
      `SELECT ${SWEEP_COLUMNS} FROM ${SWEEP_FROM} WHERE s.project = ? AND s.id < ?
       ORDER BY s.id DESC LIMIT ?`,
    ).all(projectId, before, first + 1) as Row[];
    return toConnection(rows, first, total, sweepRow, (r) => [r.id]);
  }

  /** Changes the given fields (and `updatedAt`); returns the sweep. */
  update(id: number, fields: UpdateSweepArgs): SweepRow {
    const ctx = this.#ctx;
    const sets: string[] = [];
    const values: SQLInputValue[] = [];
    for (
      const [key, column] of Object.entries(UPDATE_COLUMNS) as [keyof UpdateSweepArgs, string][]
    ) {
      const v = fields[key];
      if (v === undefined || v === null) continue;
      if (key === "state" && !SWEEP_STATES.includes(v as SweepState)) {
        throw new StoreError(
          "store/bad-argument",
          `Unknown sweep state "${v}"; use one of ${SWEEP_STATES.join(", ")}`,
        );
      }
      sets.push(`${column} = ?`);
      values.push(v as SQLInputValue);
    }
    if (sets.length > 0) {
      const changed = ctx.stmt(
        `UPDATE sweeps SET ${sets.join(", ")}, updated_at = ? WHERE id = ?`,
      ).run(...values, ctx.nowIso(), id);
      if (changed.changes === 0) {
        throw new StoreError("store/not-found", `Sweep with storage id ${id} not found`);
      }
    }
    const s = this.byId(id);
    if (!s) throw new StoreError("store/not-found", `Sweep with storage id ${id} not found`);
    return s;
  }

  /** Names of the runs linked to a sweep (its `runs.sweep` column), oldest first. */
  runNames(sweep: SweepRow): string[] {
    return (this.#ctx.stmt(
      "SELECT name FROM runs WHERE entity = ? AND project = ? AND sweep = ? ORDER BY created_at, id",
    ).all(sweep.entity, sweep.project, sweep.name) as Row[]).map((r) => r.name as string);
  }

  /** Number of runs linked to a sweep. */
  runCount(sweep: SweepRow): number {
    return (this.#ctx.stmt(
      "SELECT count(*) AS n FROM runs WHERE entity = ? AND project = ? AND sweep = ?",
    ).get(sweep.entity, sweep.project, sweep.name) as Row).n as number;
  }

  /** Registers an agent on a sweep. */
  createAgent(sweepId: number, host: string): AgentRow {
    const ctx = this.#ctx;
    const now = ctx.nowIso();
    const id = (ctx.stmt(
      `INSERT INTO sweep_agents (sweep, host, state, created_at, heartbeat_at)
       VALUES (?, ?, 'RUNNING', ?, ?) RETURNING id`,
    ).get(sweepId, host, now, now) as Row).id as number;
    return this.agentById(id)!;
  }

  /** An agent by storage id. */
  agentById(id: number): AgentRow | undefined {
    const r = this.#ctx.stmt(
      `SELECT a.*, (SELECT count(*) FROM sweep_runs r WHERE r.agent = a.id) AS total_runs
       FROM sweep_agents a WHERE a.id = ?`,
    ).get(id);
    return r ? agentRow(r as Row) : undefined;
  }

  /** A sweep's agents, oldest first. */
  agents(sweepId: number): AgentRow[] {
    return (this.#ctx.stmt(
      `SELECT a.*, (SELECT count(*) FROM sweep_runs r WHERE r.agent = a.id) AS total_runs
       FROM sweep_agents a WHERE a.sweep = ? ORDER BY a.id`,
    ).all(sweepId) as Row[]).map(agentRow);
  }

  /** Records an agent's heartbeat (now) and state. */
  touchAgent(id: number, state: AgentState = "RUNNING"): AgentRow {
    this.#ctx.stmt("UPDATE sweep_agents SET heartbeat_at = ?, state = ? WHERE id = ?").run(
      this.#ctx.nowIso(),
      state,
      id,
    );
    return this.agentById(id)!;
  }

  /** Sets an agent's state, keeping its heartbeat time. */
  setAgentState(id: number, state: AgentState): void {
    this.#ctx.stmt("UPDATE sweep_agents SET state = ? WHERE id = ?").run(state, id);
  }

  /** Records that run `runName` was handed to `agentId` (again, when re-offered). */
  assign(
    sweepId: number,
    runName: string,
    agentId: number,
    args: string,
    scheduleId: string | null = null,
  ): void {
    this.#ctx.stmt(
      `INSERT INTO sweep_runs (sweep, run_name, agent, args, schedule_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (sweep, run_name) DO UPDATE SET agent = excluded.agent`,
    ).run(sweepId, runName, agentId, args, scheduleId, this.#ctx.nowIso());
  }

  /** Takes a run away from its agent, so that another one gets it. */
  unassign(sweepId: number, runName: string): void {
    this.#ctx.stmt("UPDATE sweep_runs SET agent = NULL WHERE sweep = ? AND run_name = ?").run(
      sweepId,
      runName,
    );
  }

  /** The runs the server handed out for a sweep, oldest first. */
  assignments(sweepId: number): AssignmentRow[] {
    return (this.#ctx.stmt(
      "SELECT * FROM sweep_runs WHERE sweep = ? ORDER BY created_at, rowid",
    ).all(sweepId) as Row[]).map(assignmentRow);
  }
}
