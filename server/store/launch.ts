/**
 * The Launch family of the store (server-api.md §11), shaped as W&B's: run queues per project
 * (access `PROJECT`/`USER`, prioritization `DISABLED`/`V0`, an optional default resource config),
 * their items (a launch spec with a priority, 0 highest … 4 lowest, 2 by default), and launch
 * agents (hostname, the queues they poll, status, heartbeat, a stop request).
 *
 * An item moves `PENDING` → `LEASED` ({@link LaunchStore.pop}, handed to one agent) → `CLAIMED`
 * ({@link LaunchStore.ack}, linked to the run the agent started) and ends `FAILED`
 * ({@link LaunchStore.fail}); a claimed item reads `FINISHED` or `FAILED` once its run has
 * finished or crashed (derived from the run's state when read, as W&B does). A pop is one
 * `UPDATE … WHERE state = 'PENDING' RETURNING` inside a `BEGIN IMMEDIATE` transaction, so one
 * item is never handed out twice, even to agents in other processes. An item leased and never
 * acked within the lease time, or claimed for a run that never appeared while its agent stopped
 * heartbeating, goes back to `PENDING`.
 *
 * @example
 * ```ts
 * import { Store } from "./store.ts";
 * const s = Store.open(":memory:");
 * const q = s.launch.createQueue({ entity: "me", project: "p", name: "q", createdBy: null });
 * const item = s.launch.push(q.id, { spec: '{"uri":"x"}' });
 * console.assert(s.launch.pop(q.id, null)?.id === item.id);
 * console.assert(s.launch.pop(q.id, null) === undefined);
 * s.close();
 * ```
 * @module
 */
import type { SQLInputValue } from "node:sqlite";
import type { StoreContext } from "./_context.ts";
import type { Row } from "./_rows.ts";
import { type Connection, decodeCursor, type PageArgs, pageSize, toConnection } from "./_paging.ts";
import { StoreError } from "./store_error.ts";
import type { ProjectStore } from "./projects.ts";

/** Who may push to a queue. */
export type RunQueueAccess = "PROJECT" | "USER";
/** How a queue orders its items: FIFO, or by priority then FIFO. */
export type PrioritizationMode = "DISABLED" | "V0";
/** The state of an item, as stored (`FINISHED` is only ever derived from its run). */
export type RunQueueItemState = "PENDING" | "LEASED" | "CLAIMED" | "FINISHED" | "FAILED";
/** A launch agent's reported status. */
export type LaunchAgentStatus = "POLLING" | "RUNNING" | "KILLED";

/** The priority an item gets when pushed without one (W&B's "medium"). */
export const DEFAULT_PRIORITY = 2;
/** How long an item may stay leased without an ack, or claimed without its run, by default. */
export const DEFAULT_LEASE_MS = 60_000;

/** A run queue. */
export interface RunQueueRow {
  /** Storage id. */
  id: number;
  /** The project's storage id. */
  projectId: number;
  /** The project's entity. */
  entity: string;
  /** The project's name. */
  project: string;
  /** Queue name, unique in its project. */
  name: string;
  /** Access type. */
  access: RunQueueAccess;
  /** Prioritization mode. */
  prioritizationMode: PrioritizationMode;
  /** The default resource config's storage id, if any. */
  defaultResourceConfigId: number | null;
  /** External links (`{links: [{label, url}]}`), parsed, if set. */
  externalLinks: Record<string, unknown> | null;
  /** The creating user's name, if known. */
  createdBy: string | null;
  /** Creation time, ISO-8601 UTC. */
  createdAt: string;
}

/** A default resource config of an entity. */
export interface ResourceConfigRow {
  /** Storage id. */
  id: number;
  /** Owning entity. */
  entity: string;
  /** Resource (`local-container`, `local-process`, `kubernetes`, …). */
  resource: string;
  /** The config, parsed. */
  config: Record<string, unknown>;
  /** Template variables by name, each with its JSON schema. */
  templateVariables: Record<string, unknown>;
  /** Creation time, ISO-8601 UTC. */
  createdAt: string;
}

/** A failure or warning recorded against an item. */
export interface ItemIssue {
  /** What went wrong. */
  message: string;
  /** Where (`agent`, `build`, `run`, …). */
  stage: string;
  /** Files the agent saved about it. */
  filePaths: string[];
  /** When it was recorded, ISO-8601 UTC. */
  createdAt: string;
}

/** An item of a run queue. */
export interface RunQueueItemRow {
  /** Storage id. */
  id: number;
  /** The queue's storage id. */
  queueId: number;
  /** The launch spec, parsed. */
  spec: Record<string, unknown>;
  /** Template variable values, parsed, if given. */
  templateVariableValues: Record<string, unknown> | null;
  /** 0 (highest) … 4 (lowest). */
  priority: number;
  /** State, with `FINISHED`/`FAILED` derived from the linked run. */
  state: RunQueueItemState;
  /** The agent it was handed to, if any. */
  agentId: number | null;
  /** The acked run: entity, project and run name (id). */
  run: { entity: string; project: string; name: string } | null;
  /** The failure, if it failed. */
  error: ItemIssue | null;
  /** Warnings, oldest first. */
  warnings: ItemIssue[];
  /** Creation time, ISO-8601 UTC. */
  createdAt: string;
  /** Last state change, ISO-8601 UTC. */
  updatedAt: string;
}

/** A launch agent. */
export interface LaunchAgentRow {
  /** Storage id. */
  id: number;
  /** The project's storage id. */
  projectId: number;
  /** Display name. */
  name: string;
  /** Host it runs on. */
  hostname: string;
  /** The queues it polls (storage ids). */
  queueIds: number[];
  /** Last reported status. */
  status: LaunchAgentStatus;
  /** Whether it was asked to stop. */
  stopPolling: boolean;
  /** Its config (JSON text), if sent. */
  config: string | null;
  /** Its client version, if sent. */
  version: string | null;
  /** Last sign of life, ISO-8601 UTC. */
  heartbeatAt: string;
  /** Creation time, ISO-8601 UTC. */
  createdAt: string;
}

/** Arguments of {@link LaunchStore.createQueue}. */
export interface CreateQueueArgs {
  /** Entity. */
  entity: string;
  /** Project (created when missing). */
  project: string;
  /** Queue name. */
  name: string;
  /** Access type (`PROJECT` by default). */
  access?: RunQueueAccess;
  /** Prioritization mode (`DISABLED` by default). */
  prioritizationMode?: PrioritizationMode;
  /** Default resource config storage id. */
  defaultResourceConfigId?: number | null;
  /** The creating user's storage id. */
  createdBy: number | null;
}

/** Arguments of {@link LaunchStore.upsertQueue}. */
export interface UpsertQueueArgs {
  /** Entity. */
  entity: string;
  /** Project (created when missing). */
  project: string;
  /** Queue name. */
  name: string;
  /** Resource of its new default resource config. */
  resource: string;
  /** The config, JSON text of an object. */
  config: string;
  /** Template variables, JSON text of an object `{name: schema}`. */
  templateVariables?: string | null;
  /** Prioritization mode; unchanged (or `DISABLED` for a new queue) when absent. */
  prioritizationMode?: PrioritizationMode | null;
  /** External links, JSON text of an object. */
  externalLinks?: string | null;
  /** The creating user's storage id. */
  createdBy: number | null;
}

/** Arguments of {@link LaunchStore.push}. */
export interface PushArgs {
  /** The launch spec, JSON text of an object. */
  spec: string;
  /** 0 (highest) … 4 (lowest); {@link DEFAULT_PRIORITY} when absent. */
  priority?: number | null;
  /** Template variable values, JSON text of an object. */
  templateVariableValues?: string | null;
  /** The pushing user's storage id. */
  createdBy?: number | null;
}

/** Arguments of {@link LaunchStore.createAgent}. */
export interface CreateAgentArgs {
  /** The project's storage id. */
  projectId: number;
  /** Host name. */
  hostname: string;
  /** Queue storage ids (of the same project). */
  queueIds: number[];
  /** Agent config, JSON text. */
  config?: string | null;
  /** Client version. */
  version?: string | null;
  /** The creating user's storage id. */
  createdBy?: number | null;
}

/** Queue names W&B accepts: 1–64 characters. */
function checkQueueName(name: string): void {
  if (!name || name.length > 64) {
    throw new StoreError(
      "store/bad-argument",
      `Queue name ${JSON.stringify(name)} must be 1 to 64 characters`,
    );
  }
}

/**
 * Parses `text` as a JSON object.
 *
 * @param what names the value in the error
 * @throws {StoreError} `store/bad-json` when it is not JSON text of an object
 */
export function parseJsonObject(text: string, what: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new StoreError("store/bad-json", `${what} is not valid JSON; send a JSON object`);
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new StoreError(
      "store/bad-json",
      `${what} must be a JSON object, got ${Array.isArray(v) ? "an array" : typeof v}`,
    );
  }
  return v as Record<string, unknown>;
}

/**
 * Checks a priority: an integer 0 (highest) … 4 (lowest).
 *
 * @throws {StoreError} `store/bad-argument` otherwise
 */
export function checkPriority(p: number): number {
  if (!Number.isInteger(p) || p < 0 || p > 4) {
    throw new StoreError(
      "store/bad-argument",
      `priority must be an integer from 0 (highest) to 4 (lowest), got ${p}`,
    );
  }
  return p;
}

const RUN_FAILED_STATES = "('failed','crashed','killed','preempted')";

/** Item columns with the state derived from the linked run. */
const ITEM_SELECT = `
SELECT i.*, CASE
  WHEN i.state = 'CLAIMED' AND r.state = 'finished' THEN 'FINISHED'
  WHEN i.state = 'CLAIMED' AND r.state IN ${RUN_FAILED_STATES} THEN 'FAILED'
  ELSE i.state END AS derived_state
FROM run_queue_items i
LEFT JOIN runs r ON r.entity = i.run_entity AND r.project = i.run_project AND r.name = i.run_name`;

const QUEUE_SELECT = `
SELECT q.*, p.entity AS p_entity, p.name AS p_name, u.username AS creator
FROM run_queues q JOIN projects p ON p.id = q.project LEFT JOIN users u ON u.id = q.created_by`;

function toQueue(r: Row): RunQueueRow {
  return {
    id: r.id as number,
    projectId: r.project as number,
    entity: r.p_entity as string,
    project: r.p_name as string,
    name: r.name as string,
    access: r.access as RunQueueAccess,
    prioritizationMode: r.prioritization_mode as PrioritizationMode,
    defaultResourceConfigId: (r.default_resource_config as number | null) ?? null,
    externalLinks: r.external_links ? JSON.parse(r.external_links as string) : null,
    createdBy: (r.creator as string | null) ?? null,
    createdAt: r.created_at as string,
  };
}

function toItem(r: Row): RunQueueItemRow {
  return {
    id: r.id as number,
    queueId: r.queue as number,
    spec: JSON.parse(r.run_spec as string),
    templateVariableValues: r.template_variable_values
      ? JSON.parse(r.template_variable_values as string)
      : null,
    priority: r.priority as number,
    state: (r.derived_state ?? r.state) as RunQueueItemState,
    agentId: (r.agent as number | null) ?? null,
    run: r.run_name
      ? {
        entity: r.run_entity as string,
        project: r.run_project as string,
        name: r.run_name as string,
      }
      : null,
    error: r.error ? JSON.parse(r.error as string) : null,
    warnings: JSON.parse(r.warnings as string),
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
  };
}

function toAgent(r: Row): LaunchAgentRow {
  return {
    id: r.id as number,
    projectId: r.project as number,
    name: r.name as string,
    hostname: r.hostname as string,
    queueIds: JSON.parse(r.queues as string),
    status: r.status as LaunchAgentStatus,
    stopPolling: r.stop_polling === 1,
    config: (r.config as string | null) ?? null,
    version: (r.version as string | null) ?? null,
    heartbeatAt: r.heartbeat_at as string,
    createdAt: r.created_at as string,
  };
}

/** Options of {@link LaunchStore}. */
export interface LaunchStoreOptions {
  /** Lease time in milliseconds; {@link DEFAULT_LEASE_MS} by default. */
  leaseMs?: number;
}

/** Run queues, their items and launch agents. */
export class LaunchStore {
  readonly #ctx: StoreContext;
  readonly #projects: ProjectStore;
  readonly #lastSweep = new Map<number, number>();
  /** How long an item may stay leased without an ack (or claimed without its run). */
  leaseMs: number;

  /**
   * Made by the store (`Store`), which exposes it as `store.launch`; not constructed elsewhere.
   *
   * @param ctx the store's shared context
   * @param projects the projects family (queues create their project when missing)
   * @param options lease time
   */
  constructor(ctx: StoreContext, projects: ProjectStore, options: LaunchStoreOptions = {}) {
    this.#ctx = ctx;
    this.#projects = projects;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  }

  // ---- resource configs ----

  /**
   * Records a default resource config of `entity`.
   *
   * @param config JSON text of an object
   * @param templateVariables JSON text of an object `{name: schema}`
   */
  createResourceConfig(
    entity: string,
    resource: string,
    config: string,
    templateVariables?: string | null,
  ): ResourceConfigRow {
    parseJsonObject(config, "config");
    const tv = templateVariables || "{}";
    parseJsonObject(tv, "templateVariables");
    const r = this.#ctx.stmt(
      `INSERT INTO launch_resource_configs (entity, resource, config, template_variables, created_at)
       VALUES (?, ?, ?, ?, ?) RETURNING id`,
    ).get(entity, resource, config, tv, this.#ctx.nowIso()) as Row;
    return this.resourceConfig(r.id as number)!;
  }

  /** A resource config by storage id. */
  resourceConfig(id: number): ResourceConfigRow | undefined {
    const r = this.#ctx.stmt("SELECT * FROM launch_resource_configs WHERE id = ?").get(id) as
      | Row
      | undefined;
    return r && {
      id: r.id as number,
      entity: r.entity as string,
      resource: r.resource as string,
      config: JSON.parse(r.config as string),
      templateVariables: JSON.parse(r.template_variables as string),
      createdAt: r.created_at as string,
    };
  }

  // ---- queues ----

  /**
   * Creates a queue (and its project when missing).
   *
   * @throws {StoreError} `store/bad-argument` when the name is taken or invalid
   */
  createQueue(args: CreateQueueArgs): RunQueueRow {
    checkQueueName(args.name);
    return this.#ctx.tx(() => {
      const p = this.#projects.ensureProject(args.entity, args.project);
      if (this.queueByName(p.id, args.name)) {
        throw new StoreError(
          "store/bad-argument",
          `Run queue ${args.entity}/${args.project}/${args.name} exists already; push to it or pick another name`,
        );
      }
      const r = this.#ctx.stmt(
        `INSERT INTO run_queues (project, name, access, prioritization_mode,
           default_resource_config, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         RETURNING id`,
      ).get(
        p.id,
        args.name,
        args.access ?? "PROJECT",
        args.prioritizationMode ?? "DISABLED",
        args.defaultResourceConfigId ?? null,
        args.createdBy,
        this.#ctx.nowIso(),
      ) as Row;
      return this.queue(r.id as number)!;
    });
  }

  /**
   * Creates the queue or updates it (W&B's `upsertRunQueue`): a new default resource config,
   * and the prioritization mode and external links when given.
   *
   * @throws {StoreError} `store/bad-json` when the config, template variables or links are not
   *   JSON objects
   */
  upsertQueue(args: UpsertQueueArgs): RunQueueRow {
    if (args.externalLinks) parseJsonObject(args.externalLinks, "externalLinks");
    return this.#ctx.tx(() => {
      const config = this.createResourceConfig(
        args.entity,
        args.resource,
        args.config,
        args.templateVariables,
      );
      const p = this.#projects.ensureProject(args.entity, args.project);
      const found = this.queueByName(p.id, args.name);
      if (!found) {
        const q = this.createQueue({
          entity: args.entity,
          project: args.project,
          name: args.name,
          prioritizationMode: args.prioritizationMode ?? "DISABLED",
          defaultResourceConfigId: config.id,
          createdBy: args.createdBy,
        });
        this.#ctx.stmt("UPDATE run_queues SET external_links = ? WHERE id = ?").run(
          args.externalLinks || null,
          q.id,
        );
        return this.queue(q.id)!;
      }
      this.#ctx.stmt(
        `UPDATE run_queues SET default_resource_config = ?,
           prioritization_mode = coalesce(?, prioritization_mode),
           external_links = coalesce(?, external_links) WHERE id = ?`,
      ).run(config.id, args.prioritizationMode ?? null, args.externalLinks || null, found.id);
      return this.queue(found.id)!;
    });
  }

  /** A queue by storage id. */
  queue(id: number): RunQueueRow | undefined {
    const r = this.#ctx.stmt(`${QUEUE_SELECT} WHERE q.id = ?`).get(id) as Row | undefined;
    return r && toQueue(r);
  }

  /** A queue of a project by name. */
  queueByName(projectId: number, name: string): RunQueueRow | undefined {
    const r = this.#ctx.stmt(`${QUEUE_SELECT} WHERE q.project = ? AND q.name = ?`).get(
      projectId,
      name,
    ) as Row | undefined;
    return r && toQueue(r);
  }

  /** The queues of a project, by name. */
  queues(projectId: number): RunQueueRow[] {
    return (this.#ctx.stmt(`${QUEUE_SELECT} WHERE q.project = ? ORDER BY q.name`).all(
      projectId,
    ) as Row[]).map(toQueue);
  }

  /** Deletes queues with their items; returns how many existed. */
  deleteQueues(ids: number[]): number {
    return this.#ctx.tx(() => {
      let n = 0;
      for (const id of ids) {
        this.#ctx.stmt("DELETE FROM run_queue_items WHERE queue = ?").run(id);
        n += Number(this.#ctx.stmt("DELETE FROM run_queues WHERE id = ?").run(id).changes);
      }
      return n;
    });
  }

  // ---- items ----

  /**
   * Enqueues a launch spec.
   *
   * @throws {StoreError} `store/bad-json` when the spec or the template variable values are
   *   not JSON objects, `store/bad-argument` for a priority outside 0–4
   */
  push(queueId: number, args: PushArgs): RunQueueItemRow {
    parseJsonObject(args.spec, "runSpec");
    if (args.templateVariableValues) {
      parseJsonObject(args.templateVariableValues, "templateVariableValues");
    }
    const priority = checkPriority(args.priority ?? DEFAULT_PRIORITY);
    const now = this.#ctx.nowIso();
    const r = this.#ctx.stmt(
      `INSERT INTO run_queue_items (queue, run_spec, template_variable_values, priority, state,
         created_by, created_at, updated_at) VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?) RETURNING id`,
    ).get(
      queueId,
      args.spec,
      args.templateVariableValues || null,
      priority,
      args.createdBy ?? null,
      now,
      now,
    ) as Row;
    return this.item(r.id as number)!;
  }

  /** An item by storage id, with its derived state. */
  item(id: number): RunQueueItemRow | undefined {
    const r = this.#ctx.stmt(`${ITEM_SELECT} WHERE i.id = ?`).get(id) as Row | undefined;
    return r && toItem(r);
  }

  /** A page of a queue's items, oldest first. */
  items(queueId: number, args: PageArgs = {}): Connection<RunQueueItemRow> {
    const first = pageSize(args.first);
    const after = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
    const rows = this.#ctx.stmt(
      `${ITEM_SELECT} WHERE i.queue = ? AND i.id > ? ORDER BY i.id LIMIT ?`,
    ).all(queueId, after, first + 1) as Row[];
    const total = (this.#ctx.stmt("SELECT count(*) AS n FROM run_queue_items WHERE queue = ?")
      .get(queueId) as Row).n as number;
    return toConnection(rows, first, total, toItem, (r) => [r.id as SQLInputValue]);
  }

  /** How many items of the queue are in each (derived) state. */
  stateCounts(queueId: number): Map<RunQueueItemState, number> {
    const rows = this.#ctx.stmt(
      `SELECT derived_state AS s, count(*) AS n FROM (${ITEM_SELECT} WHERE i.queue = ?)
       GROUP BY derived_state ORDER BY min(id)`,
    ).all(queueId) as Row[];
    return new Map(rows.map((r) => [r.s as RunQueueItemState, r.n as number]));
  }

  /** Deletes an item of a queue; false when there is no such item there. */
  deleteItem(queueId: number, itemId: number): boolean {
    return Number(
      this.#ctx.stmt("DELETE FROM run_queue_items WHERE id = ? AND queue = ?").run(
        itemId,
        queueId,
      ).changes,
    ) > 0;
  }

  /**
   * Puts back to `PENDING` the queue's items whose lease ran out: leased and not acked within
   * {@link leaseMs}, or claimed that long ago for a run that never appeared while their agent
   * has not heartbeat within it either. Returns how many.
   */
  expireLeases(queueId: number): number {
    const cutoff = new Date(this.#ctx.now().getTime() - this.leaseMs).toISOString();
    const now = this.#ctx.nowIso();
    return this.#ctx.tx(() => {
      const leased = this.#ctx.stmt(
        `UPDATE run_queue_items SET state = 'PENDING', agent = NULL, updated_at = ?
         WHERE queue = ? AND state = 'LEASED' AND updated_at < ?`,
      ).run(now, queueId, cutoff).changes;
      const claimed = this.#ctx.stmt(
        `UPDATE run_queue_items SET state = 'PENDING', agent = NULL, run_entity = NULL,
           run_project = NULL, run_name = NULL, updated_at = ?
         WHERE queue = ? AND state = 'CLAIMED' AND updated_at < ?
           AND NOT EXISTS (SELECT 1 FROM runs r WHERE r.entity = run_queue_items.run_entity
             AND r.project = run_queue_items.run_project AND r.name = run_queue_items.run_name)
           AND coalesce((SELECT a.heartbeat_at FROM launch_agents a
             WHERE a.id = run_queue_items.agent), '') < ?`,
      ).run(now, queueId, cutoff, cutoff).changes;
      return Number(leased) + Number(claimed);
    });
  }

  /**
   * Hands the queue's next item to `agentId` (oldest first; in a `V0` queue, oldest of the
   * highest priority), leasing it; `undefined` when none is pending. Expired leases are
   * returned to the queue first (checked at most once a second of the store's clock). Records the agent's heartbeat.
   */
  pop(queueId: number, agentId: number | null): RunQueueItemRow | undefined {
    const q = this.queue(queueId);
    if (!q) return undefined;
    const order = q.prioritizationMode === "V0" ? "priority, id" : "id";
    return this.#ctx.tx(() => {
      // Sweeping scans the queue's old claimed items: at most once a second per queue.
      const t = this.#ctx.now().getTime();
      if (!(t - (this.#lastSweep.get(queueId) ?? -Infinity) < 1000)) {
        this.#lastSweep.set(queueId, t);
        this.expireLeases(queueId);
      }
      const now = this.#ctx.nowIso();
      if (agentId !== null) this.heartbeat(agentId);
      const r = this.#ctx.stmt(
        `UPDATE run_queue_items SET state = 'LEASED', agent = ?, updated_at = ?
         WHERE id = (SELECT id FROM run_queue_items WHERE queue = ? AND state = 'PENDING'
                     ORDER BY ${order} LIMIT 1)
           AND state = 'PENDING'
         RETURNING id`,
      ).get(agentId, now, queueId) as Row | undefined;
      return r ? this.item(r.id as number) : undefined;
    });
  }

  /**
   * Links a leased item to the run its agent started (`runName` in the spec's entity/project,
   * else the queue's), making it `CLAIMED`. False when it is not leased (already acked, or its
   * lease ran out and it went back to the queue).
   */
  ack(itemId: number, runName: string): boolean {
    return this.#ctx.tx(() => {
      const item = this.item(itemId);
      if (!item || item.state !== "LEASED") return false;
      const q = this.queue(item.queueId)!;
      const entity = typeof item.spec.entity === "string" && item.spec.entity
        ? item.spec.entity
        : q.entity;
      const project = typeof item.spec.project === "string" && item.spec.project
        ? item.spec.project
        : q.project;
      const changes = this.#ctx.stmt(
        `UPDATE run_queue_items SET state = 'CLAIMED', run_entity = ?, run_project = ?,
           run_name = ?, updated_at = ? WHERE id = ? AND state = 'LEASED'`,
      ).run(entity, project, runName, this.#ctx.nowIso(), itemId).changes;
      return Number(changes) === 1;
    });
  }

  /** Marks an item `FAILED` with its error; false when there is no such item. */
  fail(itemId: number, issue: Omit<ItemIssue, "createdAt">): boolean {
    const now = this.#ctx.nowIso();
    const changes = this.#ctx.stmt(
      "UPDATE run_queue_items SET state = 'FAILED', error = ?, updated_at = ? WHERE id = ?",
    ).run(JSON.stringify({ ...issue, createdAt: now }), now, itemId).changes;
    return Number(changes) === 1;
  }

  /** Adds a warning to an item; false when there is no such item. */
  warn(itemId: number, issue: Omit<ItemIssue, "createdAt">): boolean {
    const changes = this.#ctx.stmt(
      `UPDATE run_queue_items SET warnings = json_insert(warnings, '$[#]', json(?)) WHERE id = ?`,
    ).run(JSON.stringify({ ...issue, createdAt: this.#ctx.nowIso() }), itemId).changes;
    return Number(changes) === 1;
  }

  // ---- agents ----

  /** Registers an agent polling `queueIds`, `POLLING`, heartbeat now. */
  createAgent(args: CreateAgentArgs): LaunchAgentRow {
    const now = this.#ctx.nowIso();
    return this.#ctx.tx(() => {
      const r = this.#ctx.stmt(
        `INSERT INTO launch_agents (project, name, hostname, queues, status, stop_polling, config,
           version, heartbeat_at, created_by, created_at)
         VALUES (?, '', ?, ?, 'POLLING', 0, ?, ?, ?, ?, ?) RETURNING id`,
      ).get(
        args.projectId,
        args.hostname,
        JSON.stringify(args.queueIds),
        args.config ?? null,
        args.version ?? null,
        now,
        args.createdBy ?? null,
        now,
      ) as Row;
      const id = r.id as number;
      this.#ctx.stmt("UPDATE launch_agents SET name = ? WHERE id = ?").run(`agent-${id}`, id);
      return this.agent(id)!;
    });
  }

  /** An agent by storage id. */
  agent(id: number): LaunchAgentRow | undefined {
    const r = this.#ctx.stmt("SELECT * FROM launch_agents WHERE id = ?").get(id) as
      | Row
      | undefined;
    return r && toAgent(r);
  }

  /** The agents of a project, newest first. */
  agents(projectId: number): LaunchAgentRow[] {
    return (this.#ctx.stmt("SELECT * FROM launch_agents WHERE project = ? ORDER BY id DESC")
      .all(projectId) as Row[]).map(toAgent);
  }

  /** Records a sign of life of an agent. */
  heartbeat(agentId: number): void {
    this.#ctx.stmt("UPDATE launch_agents SET heartbeat_at = ? WHERE id = ?").run(
      this.#ctx.nowIso(),
      agentId,
    );
  }

  /**
   * Updates an agent's status (a heartbeat) and/or its stop request; false when there is no
   * such agent. A `KILLED` agent's leased, unacked items go back to the queue at once.
   */
  updateAgent(
    agentId: number,
    update: { status?: LaunchAgentStatus | null; stopPolling?: boolean | null },
  ): boolean {
    return this.#ctx.tx(() => {
      if (!this.agent(agentId)) return false;
      const now = this.#ctx.nowIso();
      if (update.status) {
        this.#ctx.stmt("UPDATE launch_agents SET status = ?, heartbeat_at = ? WHERE id = ?").run(
          update.status,
          now,
          agentId,
        );
        if (update.status === "KILLED") {
          this.#ctx.stmt(
            `UPDATE run_queue_items SET state = 'PENDING', agent = NULL, updated_at = ?
             WHERE agent = ? AND state = 'LEASED'`,
          ).run(now, agentId);
        }
      }
      if (update.stopPolling !== undefined && update.stopPolling !== null) {
        this.#ctx.stmt("UPDATE launch_agents SET stop_polling = ? WHERE id = ?").run(
          update.stopPolling ? 1 : 0,
          agentId,
        );
      }
      return true;
    });
  }
}
