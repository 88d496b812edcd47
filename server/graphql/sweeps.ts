/**
 * Sweeps in GraphQL (server-api.md §10): `upsertSweep` (create, config update, state changes,
 * a local controller's `controller` JSON), `createAgent`, `agentHeartbeat` (its scheduling is in
 * sweep_scheduler.ts), `Project.sweep(sweepName)` / `Project.sweeps` and the `Sweep` and `Agent`
 * types the official client's SweepWithRuns, public `Sweep` and agents queries read.
 *
 * @example
 * ```ts ignore
 * const root = { ...sweepRootFields() }; // upsertSweep, createAgent, agentHeartbeat
 * ```
 * @module
 */
import { parse as parseYaml } from "yaml";
import {
  type AgentRow,
  type Project,
  SWEEP_STATES,
  type SweepRow,
  type SweepState,
} from "../store/mod.ts";
import { unb64 } from "../store/_base64.ts";
import {
  expectedRunCount,
  parseSweepConfig,
  type SweepConfig,
  SweepConfigError,
} from "../sweeps/mod.ts";
import { GraphqlApiError } from "./errors.ts";
import { encodeId } from "./ids.ts";
import {
  type GqlContext,
  ProjectNode,
  randomDisplayName,
  randomRunName,
  RunNode,
  wandbTime,
  writableEntity,
} from "./resolvers.ts";
import {
  heartbeat,
  isLocalController,
  reapLapsed,
  reapLapsedAgents,
  sweepConfig,
  sweepRuns,
} from "./sweep_scheduler.ts";

/** The sweep part of the schema, appended to schema.ts's SDL. */
export const SWEEPS_SDL = /* GraphQL */ `
extend type Mutation {
  upsertSweep(input: UpsertSweepInput!): UpsertSweepPayload
  createAgent(input: CreateAgentInput!): CreateAgentPayload
  agentHeartbeat(input: AgentHeartbeatInput!): AgentHeartbeatPayload
}
extend type Project {
  "A sweep by the id clients see (8 lowercase letters and digits), or null."
  sweep(sweepName: String!): Sweep
  "The project's sweeps, newest first."
  sweeps(after: String, first: Int, filters: JSONString, order: String): SweepConnection!
  totalSweeps: Int!
}
extend type Run {
  "The state is failed or crashed."
  failed: Boolean!
  "The state is running."
  running: Boolean!
  "The sweep the run belongs to, if any."
  sweep: Sweep
}
type Sweep {
  id: ID!
  "The id clients see."
  name: String!
  displayName: String
  method: String!
  "PENDING, RUNNING, PAUSED, CANCELED or FINISHED."
  state: String!
  description: String
  "The sweep config as YAML text."
  config: String!
  createdAt: DateTime!
  updatedAt: DateTime
  heartbeatAt: DateTime
  earlyStopJobRunning: Boolean!
  bestLoss: Float
  controller: JSONString
  scheduler: JSONString
  runCount: Int!
  runCountExpected: Int
  project: Project
  runs(after: String, first: Int, order: String): RunConnection!
  agents(after: String, first: Int): AgentConnection!
  agent(agentName: String!): Agent
}
type SweepEdge {
  node: Sweep!
  cursor: String!
}
type SweepConnection {
  edges: [SweepEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}
type Agent {
  id: ID!
  name: String!
  host: String!
  "RUNNING, FINISHED or LAPSED (heartbeat lost)."
  state: String!
  totalRuns: Int!
  createdAt: DateTime!
  heartbeatAt: DateTime
}
type AgentEdge {
  node: Agent!
  cursor: String!
}
type AgentConnection {
  edges: [AgentEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}
input UpsertSweepInput {
  "The Sweep.id of an existing sweep; absent to create one."
  id: ID
  config: String
  description: String
  entityName: String
  projectName: String
  controller: JSONString
  launchScheduler: JSONString
  templateVariableValues: JSONString
  scheduler: JSONString
  state: String
  priorRunsFilters: JSONString
  displayName: String
  clientMutationId: String
}
type UpsertSweepPayload {
  sweep: Sweep
  inserted: Boolean
  configValidationWarnings: [String!]!
  clientMutationId: String
}
input CreateAgentInput {
  host: String!
  projectName: String
  entityName: String
  sweep: String!
  persistent: Boolean
  clientMutationId: String
}
type CreateAgentPayload {
  agent: Agent
  clientMutationId: String
}
input AgentHeartbeatInput {
  id: ID!
  metrics: JSONString
  runState: JSONString
  clientMutationId: String
}
type AgentHeartbeatPayload {
  agent: Agent
  "JSON text of a list of commands: run, stop, exit."
  commands: JSONString
  clientMutationId: String
}
`;

type Args = Record<string, unknown>;

/** `Agent`. */
export class AgentNode {
  readonly id: string;
  readonly name: string;
  readonly host: string;
  readonly state: string;
  readonly totalRuns: number;
  readonly createdAt: string | null;
  readonly heartbeatAt: string | null;
  /** @param agent the stored agent */
  constructor(agent: AgentRow) {
    this.id = encodeId("Agent", agent.id);
    this.name = String(agent.id);
    this.host = agent.host;
    this.state = agent.state;
    this.totalRuns = agent.totalRuns;
    this.createdAt = wandbTime(agent.createdAt);
    this.heartbeatAt = wandbTime(agent.heartbeatAt);
  }
}

/** `Sweep`. */
export class SweepNode {
  readonly id: string;
  readonly name: string;
  readonly displayName: string | null;
  readonly method: string;
  readonly state: SweepState;
  readonly description: string | null;
  readonly config: string;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
  readonly heartbeatAt: string | null;
  readonly earlyStopJobRunning = false;
  readonly bestLoss: number | null;
  readonly controller: string | null;
  readonly scheduler: string | null;
  /** @param sweep the stored sweep */
  constructor(readonly sweep: SweepRow) {
    this.id = encodeId("Sweep", sweep.id);
    this.name = sweep.name;
    this.displayName = sweep.displayName;
    this.method = sweep.method;
    this.state = sweep.state;
    this.description = sweep.description;
    this.config = sweep.config;
    this.createdAt = wandbTime(sweep.createdAt);
    this.updatedAt = wandbTime(sweep.updatedAt);
    this.heartbeatAt = wandbTime(sweep.heartbeatAt);
    this.bestLoss = sweep.bestLoss;
    this.controller = sweep.controller;
    this.scheduler = sweep.scheduler;
  }
  /** Number of runs linked to the sweep. */
  runCount(_: Args, ctx: GqlContext): number {
    return ctx.store.sweeps.runCount(this.sweep);
  }
  /** The grid size or `run_cap`; null when unbounded. */
  runCountExpected(): number | null {
    return expectedRunCount(sweepConfig(this.sweep));
  }
  /** The project. */
  project(_: Args, ctx: GqlContext): ProjectNode | null {
    const p = ctx.store.getProject(this.sweep.entity, this.sweep.project);
    return p ? new ProjectNode(p) : null;
  }
  /** The runs linked to the sweep, oldest first (all in one page). */
  runs(_: Args, ctx: GqlContext) {
    const runs = sweepRuns(ctx.store, this.sweep);
    return {
      edges: runs.map((r) => ({ node: new RunNode(r), cursor: "" })),
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: runs.length,
    };
  }
  /** The agents registered on the sweep, oldest first. */
  agents(_: Args, ctx: GqlContext) {
    const agents = ctx.store.sweeps.agents(this.sweep.id);
    return {
      edges: agents.map((a) => ({ node: new AgentNode(a), cursor: "" })),
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: agents.length,
    };
  }
  /** One agent by name. */
  agent(args: { agentName: string }, ctx: GqlContext): AgentNode | null {
    const a = ctx.store.sweeps.agents(this.sweep.id).find((a) => String(a.id) === args.agentName);
    return a ? new AgentNode(a) : null;
  }
}

/**
 * `Project.sweep(sweepName)`. Reading a sweep first reaps its lapsed agents (sweep_scheduler.ts),
 * so a local controller's `SweepWithRuns` sees a dead agent's runs crashed.
 */
export function projectSweep(project: Project, name: string, ctx: GqlContext): SweepNode | null {
  const found = ctx.store.sweeps.byName(project.id, name);
  if (!found) return null;
  reapLapsed(ctx.store, found, ctx.server);
  return new SweepNode(ctx.store.sweeps.byId(found.id)!);
}

/** `Project.sweeps`, newest first. */
export function projectSweeps(
  project: Project,
  args: { first?: number | null; after?: string | null },
  ctx: GqlContext,
) {
  const page = ctx.store.sweeps.list(project.id, { first: args.first, after: args.after });
  return {
    edges: page.edges.map((e) => ({ node: new SweepNode(e.node), cursor: e.cursor })),
    pageInfo: page.pageInfo,
    totalCount: page.totalCount,
  };
}

/** `Run.sweep`. */
export function runSweep(entity: string, project: string, sweep: string | null, ctx: GqlContext) {
  if (!sweep) return null;
  const p = ctx.store.getProject(entity, project);
  const s = p && ctx.store.sweeps.byName(p.id, sweep);
  return s ? new SweepNode(s) : null;
}

/** Decodes a `Sweep.id` or `Agent.id` to its storage id. */
function decodeStorageId(type: "Sweep" | "Agent", id: string): number {
  const text = unb64(id);
  const prefix = `${type}:v1:`;
  const n = text?.startsWith(prefix) ? Number(text.slice(prefix.length)) : NaN;
  if (!Number.isSafeInteger(n)) {
    throw new GraphqlApiError(
      "graphql/bad-id",
      `Invalid ${type.toLowerCase()} id ${
        JSON.stringify(id)
      }; pass the ${type}.id this server returned`,
    );
  }
  return n;
}

/** Checks a config for upsertSweep; the checker's message names the parameter at fault. */
function checkConfig(text: string): { config: SweepConfig; warnings: string[] } {
  try {
    return parseSweepConfig(text);
  } catch (e) {
    if (e instanceof SweepConfigError) {
      throw new GraphqlApiError(
        "graphql/bad-argument",
        `Invalid sweep config: ${e.message}; fix the sweep config and try again`,
      );
    }
    throw e;
  }
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new GraphqlApiError(
      "graphql/bad-argument",
      `${what} is not valid JSON (${(e as Error).message})`,
    );
  }
}

/** Checks a local controller's JSON: an object, `earlystop` naming runs of the sweep. */
function checkController(text: string, sweep: SweepRow | undefined, ctx: GqlContext): void {
  const v = parseJson(text, "upsertSweep(input.controller)");
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new GraphqlApiError(
      "graphql/bad-argument",
      'upsertSweep(input.controller) must be a JSON object like {"schedule": [], "earlystop": []}',
    );
  }
  const { schedule, earlystop } = v as { schedule?: unknown; earlystop?: unknown };
  if (schedule !== undefined && !Array.isArray(schedule)) {
    throw new GraphqlApiError(
      "graphql/bad-argument",
      "upsertSweep(input.controller).schedule must be a list of {id, data: {args}}",
    );
  }
  if (earlystop === undefined) return;
  if (!Array.isArray(earlystop) || !earlystop.every((r) => typeof r === "string")) {
    throw new GraphqlApiError(
      "graphql/bad-argument",
      "upsertSweep(input.controller).earlystop must be a list of run ids",
    );
  }
  if (!sweep) return;
  for (const name of earlystop) {
    const run = ctx.store.getRun(sweep.entity, sweep.project, name);
    if (!run || run.sweep !== sweep.name) {
      throw new GraphqlApiError(
        "graphql/bad-argument",
        `upsertSweep(input.controller).earlystop: run ${
          JSON.stringify(name)
        } is not a run of sweep ${sweep.name}`,
      );
    }
  }
}

/** Input of `upsertSweep`. */
export interface UpsertSweepInput {
  id?: string | null;
  config?: string | null;
  description?: string | null;
  entityName?: string | null;
  projectName?: string | null;
  controller?: string | null;
  launchScheduler?: string | null;
  templateVariableValues?: string | null;
  scheduler?: string | null;
  state?: string | null;
  priorRunsFilters?: string | null;
  displayName?: string | null;
}

function checkState(state: string): SweepState {
  const s = state.toUpperCase() as SweepState;
  if (!SWEEP_STATES.includes(s)) {
    throw new GraphqlApiError(
      "graphql/bad-argument",
      `upsertSweep(input.state): unknown sweep state ${JSON.stringify(state)}; use one of ${
        SWEEP_STATES.join(", ")
      }`,
    );
  }
  return s;
}

function sameConfig(a: string, b: string): boolean {
  try {
    return JSON.stringify(parseYaml(a)) === JSON.stringify(parseYaml(b));
  } catch {
    return false;
  }
}

function updateSweep(input: UpsertSweepInput, ctx: GqlContext) {
  const store = ctx.store;
  const sweep = store.sweeps.byId(decodeStorageId("Sweep", input.id!));
  if (!sweep || store.entityOwner(sweep.entity) !== ctx.user.id) {
    throw new GraphqlApiError(
      "graphql/not-found",
      `Sweep ${JSON.stringify(input.id)} not found; pass the Sweep.id of one of your sweeps`,
    );
  }
  let warnings: string[] = [];
  const fields: Parameters<typeof store.sweeps.update>[1] = {};
  if (input.config && !sameConfig(input.config, sweep.config)) {
    const checked = checkConfig(input.config);
    if (store.sweeps.runCount(sweep) > 0) {
      throw new GraphqlApiError(
        "graphql/bad-argument",
        `Sweep ${sweep.name} already has runs; its config can only change before the first run (create a new sweep instead)`,
      );
    }
    warnings = checked.warnings;
    fields.config = input.config;
    fields.method = checked.config.method;
  }
  if (input.state) {
    const state = checkState(input.state);
    if (
      state !== sweep.state && (sweep.state === "CANCELED" || sweep.state === "FINISHED")
    ) {
      throw new GraphqlApiError(
        "graphql/bad-argument",
        `Sweep ${sweep.name} is ${sweep.state.toLowerCase()} and cannot become ${state}; create a new sweep instead`,
      );
    }
    if (state === "PAUSED" && sweep.state !== "RUNNING" && sweep.state !== "PENDING") {
      throw new GraphqlApiError(
        "graphql/bad-argument",
        `Sweep ${sweep.name} is ${sweep.state.toLowerCase()}; only a running sweep can be paused`,
      );
    }
    fields.state = state;
  }
  if (input.controller) checkController(input.controller, sweep, ctx);
  fields.controller = input.controller;
  fields.scheduler = input.scheduler;
  if (input.description !== undefined) fields.description = input.description;
  if (input.displayName !== undefined) fields.displayName = input.displayName;
  const updated = store.transaction(() => {
    const s = store.sweeps.update(sweep.id, fields);
    if (fields.state === "CANCELED") {
      for (const r of sweepRuns(store, s)) {
        if (r.state === "running" || r.state === "pending") {
          store.updateRun(r.id, { stopped: true });
        }
      }
    }
    return s;
  });
  return { sweep: new SweepNode(updated), inserted: false, configValidationWarnings: warnings };
}

function createSweep(input: UpsertSweepInput, ctx: GqlContext) {
  const store = ctx.store;
  const entity = writableEntity(ctx, input.entityName);
  if (!input.config) {
    throw new GraphqlApiError(
      "graphql/bad-argument",
      "upsertSweep(input.config) is required to create a sweep: send the sweep config as YAML",
    );
  }
  const { config, warnings } = checkConfig(input.config);
  if (input.controller) checkController(input.controller, undefined, ctx);
  // Created RUNNING: the official client pauses only a RUNNING sweep (`wandb sweep --pause`).
  const state = input.state ? checkState(input.state) : "RUNNING";
  const project = store.ensureProject(entity, input.projectName || "uncategorized");
  const sweep = store.transaction(() => {
    const s = store.sweeps.create({
      projectId: project.id,
      config: input.config!,
      method: config.method,
      description: input.description ?? config.description ?? null,
      displayName: input.displayName ?? config.name ?? null,
      controller: input.controller ?? null,
      scheduler: input.scheduler ?? null,
      state,
    });
    if (input.priorRunsFilters) {
      // `wandb sweep -R <run>`: earlier runs join the sweep's search.
      const runs = store.listRuns(entity, project.name, {
        filters: input.priorRunsFilters,
        first: 10_000,
      });
      for (const e of runs.edges) store.updateRun(e.node.id, { sweep: s.name });
    }
    return s;
  });
  if (isLocalController(config)) ctx.server.log(`sweep ${sweep.name}: local controller`);
  return { sweep: new SweepNode(sweep), inserted: true, configValidationWarnings: warnings };
}

/**
 * The sweep mutations of the root value.
 *
 * @example
 * ```ts ignore
 * const root = { ...sweepRootFields() };
 * ```
 */
export function sweepRootFields() {
  return {
    upsertSweep: (args: { input: UpsertSweepInput }, ctx: GqlContext) =>
      args.input.id ? updateSweep(args.input, ctx) : createSweep(args.input, ctx),
    createAgent: (
      args: {
        input: {
          host: string;
          projectName?: string | null;
          entityName?: string | null;
          sweep: string;
        };
      },
      ctx: GqlContext,
    ) => {
      const input = args.input;
      const entity = writableEntity(ctx, input.entityName);
      const projectName = input.projectName || "uncategorized";
      const project = ctx.store.getProject(entity, projectName);
      const sweep = project && ctx.store.sweeps.byName(project.id, input.sweep);
      if (!sweep) {
        throw new GraphqlApiError(
          "graphql/not-found",
          `Sweep ${entity}/${projectName}/${input.sweep} not found; check the sweep id, entity and project`,
        );
      }
      const agent = ctx.store.transaction(() => {
        // A replacement for an agent that died gets its unstarted runs on its first heartbeat.
        reapLapsedAgents(
          ctx.store,
          sweep,
          ctx.server.agentTimeoutSeconds ?? 60,
          ctx.server.now(),
        );
        if (sweep.state === "PENDING") ctx.store.sweeps.update(sweep.id, { state: "RUNNING" });
        return ctx.store.sweeps.createAgent(sweep.id, input.host);
      });
      return { agent: new AgentNode(agent) };
    },
    agentHeartbeat: (
      args: { input: { id: string; metrics?: string | null; runState?: string | null } },
      ctx: GqlContext,
    ) => {
      const agentId = decodeStorageId("Agent", args.input.id);
      const agent = ctx.store.sweeps.agentById(agentId);
      const sweep = agent && ctx.store.sweeps.byId(agent.sweepId);
      if (!agent || !sweep || ctx.store.entityOwner(sweep.entity) !== ctx.user.id) {
        throw new GraphqlApiError(
          "graphql/not-found",
          `Agent ${JSON.stringify(args.input.id)} not found; register it with createAgent first`,
        );
      }
      const runState = args.input.runState
        ? parseJson(args.input.runState, "agentHeartbeat(input.runState)")
        : {};
      if (typeof runState !== "object" || runState === null || Array.isArray(runState)) {
        throw new GraphqlApiError(
          "graphql/bad-argument",
          'agentHeartbeat(input.runState) must be a JSON object like {"<run id>": true}',
        );
      }
      const commands = heartbeat(ctx.store, agentId, runState as Record<string, unknown>, {
        agentTimeoutSeconds: ctx.server.agentTimeoutSeconds,
        now: ctx.server.now,
        newRunName: randomRunName,
        newDisplayName: randomDisplayName,
      });
      return {
        agent: new AgentNode(ctx.store.sweeps.agentById(agentId)!),
        commands: JSON.stringify(commands),
      };
    },
  };
}
