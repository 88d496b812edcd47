/**
 * Launch resolvers (server-api.md §11, and the documents the official 0.30 client and its
 * wandb-core send): run queues, their items, default resource configs and launch agents. The
 * SDL lives here ({@link LAUNCH_SDL}, concatenated into schema.ts's), the root fields in
 * {@link launchRootFields}, and `Project.runQueues`/`Project.runQueue`/
 * `Entity.defaultResourceConfig` delegate to {@link projectRunQueues}, {@link projectRunQueue}
 * and {@link entityDefaultResourceConfig}.
 *
 * Wire details the official client depends on: `pushToRunQueueByName.runSpec` is JSON *text*
 * (the client `json.loads` it) while `popFromRunQueue.runSpec` is a JSON *object* (the agent
 * uses it as a dict); item states are upper case (the client lower-cases them); ids are W&B's
 * shape, base64 of `RunQueue:<n>`, `RunQueueItem:<n>`, `LaunchAgent:<n>`,
 * `DefaultResourceConfig:<n>`.
 *
 * @example
 * ```ts ignore
 * const root = { ...createRootValue(), ...launchRootFields() };
 * ```
 * @module
 */
import type {
  LaunchAgentRow,
  LaunchAgentStatus,
  PrioritizationMode,
  Project,
  ResourceConfigRow,
  RunQueueAccess,
  RunQueueItemRow,
  RunQueueRow,
} from "../store/mod.ts";
import { RESOURCES } from "../../launch/spec.ts";
import { badArg, GraphqlApiError, notFound } from "./errors.ts";
import { decodeNodeId, encodeNodeId } from "./artifacts.ts";
import { type GqlContext, wandbTime } from "./resolvers.ts";

/**
 * The project W&B keeps run queues in by default, which every entity has (the official client's
 * `LAUNCH_DEFAULT_PROJECT`); the server makes it when it is first read.
 *
 * @example
 * ```ts
 * import { LAUNCH_DEFAULT_PROJECT } from "./launch.ts";
 * console.assert(LAUNCH_DEFAULT_PROJECT === "model-registry");
 * ```
 */
export const LAUNCH_DEFAULT_PROJECT = "model-registry";

/** The Launch part of the schema (types, inputs, and extensions of `Query`, `Mutation`, …). */
export const LAUNCH_SDL = /* GraphQL */ `
enum RunQueueAccessType {
  PROJECT
  USER
}
enum RunQueuePrioritizationMode {
  DISABLED
  V0
}
enum RunQueueItemState {
  PENDING
  LEASED
  CLAIMED
  FINISHED
  FAILED
}
type RunQueue {
  id: ID!
  name: String!
  "The creating user's name."
  createdBy: String
  access: RunQueueAccessType!
  prioritizationMode: RunQueuePrioritizationMode!
  defaultResourceConfigID: ID
  defaultResourceConfig: DefaultResourceConfig
  "External links, as a JSON object ({links: [{label, url}]})."
  externalLinks: JSON
  createdAt: DateTime
  updatedAt: DateTime
  "An item of this queue by id, or null."
  runQueueItem(id: ID!): RunQueueItem
  "The queue's items, oldest first."
  runQueueItems(after: String, first: Int): RunQueueItemConnection!
}
type RunQueueItemError {
  message: String!
  stage: String!
  filePaths: [String!]!
}
type RunQueueItemWarning {
  message: String!
  stage: String!
  filePaths: [String!]!
  createdAt: DateTime
}
type RunQueueItem {
  id: ID!
  state: RunQueueItemState!
  "The name (id) of the run the agent started, once acked."
  associatedRunId: String
  "The launch spec, as a JSON object."
  runSpec: JSON
  templateVariableValues: JSONString
  priority: Int!
  launchAgentId: ID
  error: RunQueueItemError
  warnings: [RunQueueItemWarning!]!
  createdAt: DateTime
  updatedAt: DateTime
}
type RunQueueItemEdge {
  node: RunQueueItem
  cursor: String!
}
type RunQueueItemConnection {
  edges: [RunQueueItemEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}
type TemplateVariable {
  name: String!
  schema: JSONString
}
type DefaultResourceConfig {
  id: ID!
  resource: String!
  "The config, as a JSON object."
  config: JSON
  templateVariables: [TemplateVariable!]!
  createdAt: DateTime
}
type LaunchAgent {
  id: ID!
  name: String!
  "Ids of the queues it polls."
  runQueues: [ID!]!
  hostname: String!
  agentStatus: String!
  stopPolling: Boolean!
  heartbeatAt: DateTime
  createdAt: DateTime
  version: String
  agentConfig: JSONString
}
extend type Query {
  "A launch agent by id, or null."
  launchAgent(id: ID!): LaunchAgent
}
extend type Project {
  "The project's run queues, by name."
  runQueues: [RunQueue!]!
  "A run queue by name, or null."
  runQueue(name: String!): RunQueue
  "The launch agents of the project, newest first."
  launchAgents: [LaunchAgent!]!
}
extend type Entity {
  "A default resource config of the entity by id, or null."
  defaultResourceConfig(id: ID!): DefaultResourceConfig
  "Whether the entity is a team (never here: every entity is a user's); the launch agent asks."
  isTeam: Boolean!
}
input CreateRunQueueInput {
  entityName: String!
  projectName: String!
  queueName: String!
  access: RunQueueAccessType!
  prioritizationMode: RunQueuePrioritizationMode
  defaultResourceConfigID: ID
  clientMutationId: String
}
type CreateRunQueuePayload {
  success: Boolean
  queueID: ID
  clientMutationId: String
}
input UpsertRunQueueInput {
  entityName: String!
  projectName: String!
  queueName: String!
  resourceType: String!
  resourceConfig: JSONString!
  templateVariables: JSONString
  prioritizationMode: RunQueuePrioritizationMode
  externalLinks: JSONString
  clientMutationId: String
}
type UpsertRunQueuePayload {
  success: Boolean
  "Always empty: resource configs are not validated against a schema here."
  configSchemaValidationErrors: [String!]
  clientMutationId: String
}
input DeleteRunQueuesInput {
  queueIDs: [ID!]!
  clientMutationId: String
}
input CreateDefaultResourceConfigInput {
  entityName: String!
  resource: String!
  config: JSONString!
  templateVariables: JSONString
  clientMutationId: String
}
type CreateDefaultResourceConfigPayload {
  defaultResourceConfigID: ID
  success: Boolean
  clientMutationId: String
}
input PushToRunQueueByNameInput {
  entityName: String!
  projectName: String!
  queueName: String!
  runSpec: JSONString!
  priority: Int
  templateVariableValues: JSONString
  clientMutationId: String
}
type PushToRunQueueByNamePayload {
  runQueueItemId: ID!
  "The launch spec as stored, JSON text."
  runSpec: JSONString
  clientMutationId: String
}
input PushToRunQueueInput {
  queueID: ID!
  runSpec: JSONString!
  priority: Int
  templateVariableValues: JSONString
  clientMutationId: String
}
type PushToRunQueuePayload {
  runQueueItemId: ID!
  clientMutationId: String
}
input PopFromRunQueueInput {
  entityName: String!
  projectName: String!
  queueName: String!
  launchAgentId: ID
  clientMutationId: String
}
type PopFromRunQueuePayload {
  runQueueItemId: ID!
  "The launch spec, as a JSON object."
  runSpec: JSON
  clientMutationId: String
}
input AckRunQueueItemInput {
  runQueueItemId: ID!
  runName: String!
  clientMutationId: String
}
input FailRunQueueItemInput {
  runQueueItemId: ID!
  message: String
  stage: String
  filePaths: [String!]
  clientMutationId: String
}
input UpdateRunQueueItemWarningInput {
  runQueueItemId: ID!
  message: String!
  stage: String!
  filePaths: [String!]
  clientMutationId: String
}
input DeleteFromRunQueueInput {
  queueID: ID!
  runQueueItemId: ID!
  clientMutationId: String
}
input CreateLaunchAgentInput {
  entityName: String!
  projectName: String!
  runQueues: [ID!]!
  hostname: String!
  agentConfig: JSONString
  version: String
  clientMutationId: String
}
type CreateLaunchAgentPayload {
  launchAgentId: ID!
  clientMutationId: String
}
input UpdateLaunchAgentInput {
  launchAgentId: ID!
  agentStatus: String
  "Asks the agent to stop (it exits at its next poll)."
  stopPolling: Boolean
  clientMutationId: String
}
type LaunchSuccessPayload {
  success: Boolean!
  clientMutationId: String
}
extend type Mutation {
  createRunQueue(input: CreateRunQueueInput!): CreateRunQueuePayload
  upsertRunQueue(input: UpsertRunQueueInput!): UpsertRunQueuePayload
  deleteRunQueues(input: DeleteRunQueuesInput!): LaunchSuccessPayload
  createDefaultResourceConfig(
    input: CreateDefaultResourceConfigInput!
  ): CreateDefaultResourceConfigPayload
  pushToRunQueueByName(input: PushToRunQueueByNameInput!): PushToRunQueueByNamePayload
  pushToRunQueue(input: PushToRunQueueInput!): PushToRunQueuePayload
  popFromRunQueue(input: PopFromRunQueueInput!): PopFromRunQueuePayload
  ackRunQueueItem(input: AckRunQueueItemInput!): LaunchSuccessPayload
  failRunQueueItem(input: FailRunQueueItemInput!): LaunchSuccessPayload
  updateRunQueueItemWarning(input: UpdateRunQueueItemWarningInput!): LaunchSuccessPayload
  deleteFromRunQueue(input: DeleteFromRunQueueInput!): LaunchSuccessPayload
  createLaunchAgent(input: CreateLaunchAgentInput!): CreateLaunchAgentPayload
  updateLaunchAgent(input: UpdateLaunchAgentInput!): LaunchSuccessPayload
}
`;

const AGENT_STATUSES: readonly string[] = ["POLLING", "RUNNING", "KILLED"];

function checkResource(resource: string): void {
  if (!(RESOURCES as readonly string[]).includes(resource)) {
    throw badArg(`resource ${JSON.stringify(resource)} is not one of ${RESOURCES.join(", ")}`);
  }
}

/** `entity` (the viewer's own when empty) if the viewer owns it. */
function ownEntity(ctx: GqlContext, entity: string | null | undefined): string {
  const name = entity || ctx.user.username;
  if (ctx.store.entityOwner(name) !== ctx.user.id) {
    throw new GraphqlApiError(
      "graphql/permission",
      `Entity "${name}" is not one of yours; use your entity "${ctx.user.username}"`,
    );
  }
  return name;
}

/** The queue `entity/project/name`, or a not-found error naming it. */
function queueByName(
  ctx: GqlContext,
  entity: string,
  project: string,
  name: string,
): RunQueueRow {
  const e = ownEntity(ctx, entity);
  const p = ctx.store.getProject(e, project);
  const q = p && ctx.store.launch.queueByName(p.id, name);
  if (!q) {
    throw notFound(
      `Run queue ${e}/${project}/${name} not found; create it first (createRunQueue) or check the name`,
    );
  }
  return q;
}

/** The queue with GraphQL id `id`, if the viewer owns its entity. */
function queueById(ctx: GqlContext, id: string, what: string): RunQueueRow {
  const q = ctx.store.launch.queue(decodeNodeId(id, "RunQueue", what));
  if (!q || ctx.store.entityOwner(q.entity) !== ctx.user.id) {
    throw notFound(`${what}: run queue ${JSON.stringify(id)} not found; pass a queue id of yours`);
  }
  return q;
}

/** The item with GraphQL id `id`, if the viewer owns its queue's entity. */
function itemById(ctx: GqlContext, id: string, what: string): RunQueueItemRow {
  const item = ctx.store.launch.item(decodeNodeId(id, "RunQueueItem", what));
  const q = item && ctx.store.launch.queue(item.queueId);
  if (!item || !q || ctx.store.entityOwner(q.entity) !== ctx.user.id) {
    throw notFound(
      `${what}: run queue item ${
        JSON.stringify(id)
      } not found; pass an item id this server returned`,
    );
  }
  return item;
}

/** The agent with GraphQL id `id`, if the viewer owns its project's entity. */
function agentById(ctx: GqlContext, id: string, what: string): LaunchAgentRow {
  const a = ctx.store.launch.agent(decodeNodeId(id, "LaunchAgent", what));
  const owner = a && ctx.store.query("SELECT entity FROM projects WHERE id = ?", a.projectId)[0];
  if (!a || !owner || ctx.store.entityOwner(owner.entity as string) !== ctx.user.id) {
    throw notFound(
      `${what}: launch agent ${
        JSON.stringify(id)
      } not found; pass the id createLaunchAgent returned`,
    );
  }
  return a;
}

/** Checks a priority given over the wire (0 highest … 4 lowest). */
function wirePriority(p: number | null | undefined): number | null {
  if (p === null || p === undefined) return null;
  if (p < 0 || p > 4) throw badArg(`priority must be 0 (highest) to 4 (lowest), got ${p}`);
  return p;
}

/** `RunQueue`. */
export class RunQueueNode {
  readonly id: string;
  readonly name: string;
  readonly createdBy: string | null;
  readonly access: RunQueueAccess;
  readonly prioritizationMode: PrioritizationMode;
  readonly defaultResourceConfigID: string | null;
  readonly externalLinks: Record<string, unknown>;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
  /** @param queue the stored queue */
  constructor(readonly queue: RunQueueRow) {
    this.id = encodeNodeId("RunQueue", queue.id);
    this.name = queue.name;
    this.createdBy = queue.createdBy;
    this.access = queue.access;
    this.prioritizationMode = queue.prioritizationMode;
    this.defaultResourceConfigID = queue.defaultResourceConfigId === null
      ? null
      : encodeNodeId("DefaultResourceConfig", queue.defaultResourceConfigId);
    this.externalLinks = queue.externalLinks ?? {};
    this.createdAt = wandbTime(queue.createdAt);
    this.updatedAt = this.createdAt;
  }
  /** The default resource config, if set. */
  defaultResourceConfig(_: unknown, ctx: GqlContext) {
    const id = this.queue.defaultResourceConfigId;
    const c = id === null ? undefined : ctx.store.launch.resourceConfig(id);
    return c ? resourceConfigNode(c) : null;
  }
  /** An item of this queue (null when it is another queue's or unknown). */
  runQueueItem(args: { id: string }, ctx: GqlContext) {
    const item = ctx.store.launch.item(decodeNodeId(args.id, "RunQueueItem", "runQueueItem(id)"));
    return item && item.queueId === this.queue.id ? itemNode(item) : null;
  }
  /** The queue's items, oldest first. */
  runQueueItems(args: { first?: number | null; after?: string | null }, ctx: GqlContext) {
    const page = ctx.store.launch.items(this.queue.id, args);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: itemNode(e.node) })) };
  }
}

function itemNode(item: RunQueueItemRow) {
  return {
    id: encodeNodeId("RunQueueItem", item.id),
    state: item.state,
    associatedRunId: item.run?.name ?? null,
    runSpec: item.spec,
    templateVariableValues: item.templateVariableValues === null
      ? null
      : JSON.stringify(item.templateVariableValues),
    priority: item.priority,
    launchAgentId: item.agentId === null ? null : encodeNodeId("LaunchAgent", item.agentId),
    error: item.error,
    warnings: item.warnings.map((w) => ({ ...w, createdAt: wandbTime(w.createdAt) })),
    createdAt: wandbTime(item.createdAt),
    updatedAt: wandbTime(item.updatedAt),
  };
}

function resourceConfigNode(c: ResourceConfigRow) {
  return {
    id: encodeNodeId("DefaultResourceConfig", c.id),
    resource: c.resource,
    config: c.config,
    templateVariables: Object.entries(c.templateVariables).map(([name, schema]) => ({
      name,
      schema: JSON.stringify(schema),
    })),
    createdAt: wandbTime(c.createdAt),
  };
}

function agentNode(a: LaunchAgentRow) {
  return {
    id: encodeNodeId("LaunchAgent", a.id),
    name: a.name,
    runQueues: a.queueIds.map((q) => encodeNodeId("RunQueue", q)),
    hostname: a.hostname,
    agentStatus: a.status,
    stopPolling: a.stopPolling,
    heartbeatAt: wandbTime(a.heartbeatAt),
    createdAt: wandbTime(a.createdAt),
    version: a.version,
    agentConfig: a.config,
  };
}

/**
 * `Project.runQueues`: the project's queues, by name.
 *
 * @example
 * ```ts ignore
 * runQueues(_: unknown, ctx: GqlContext) { return projectRunQueues(this.project, ctx); }
 * ```
 */
export function projectRunQueues(project: Project, ctx: GqlContext): RunQueueNode[] {
  return ctx.store.launch.queues(project.id).map((q) => new RunQueueNode(q));
}

/**
 * `Project.runQueue(name)`: a queue by name, or null.
 *
 * @example
 * ```ts ignore
 * runQueue(args: { name: string }, ctx: GqlContext) { return projectRunQueue(this.project, args.name, ctx); }
 * ```
 */
export function projectRunQueue(
  project: Project,
  name: string,
  ctx: GqlContext,
): RunQueueNode | null {
  const q = ctx.store.launch.queueByName(project.id, name);
  return q ? new RunQueueNode(q) : null;
}

/**
 * `Project.launchAgents`: the project's agents, newest first.
 *
 * @example
 * ```ts ignore
 * launchAgents(_: unknown, ctx: GqlContext) { return projectLaunchAgents(this.project, ctx); }
 * ```
 */
export function projectLaunchAgents(project: Project, ctx: GqlContext): unknown[] {
  return ctx.store.launch.agents(project.id).map(agentNode);
}

/**
 * `Entity.defaultResourceConfig(id)`: one of the entity's default resource configs, or null.
 *
 * @example
 * ```ts ignore
 * defaultResourceConfig(args: { id: string }, ctx: GqlContext) { return entityDefaultResourceConfig(this.name, args.id, ctx); }
 * ```
 */
export function entityDefaultResourceConfig(
  entity: string,
  id: string,
  ctx: GqlContext,
): unknown {
  const c = ctx.store.launch.resourceConfig(
    decodeNodeId(id, "DefaultResourceConfig", "defaultResourceConfig(id)"),
  );
  return c && c.entity === entity && ctx.store.entityOwner(entity) === ctx.user.id
    ? resourceConfigNode(c)
    : null;
}

type In<T> = { input: T };

/**
 * The Launch root fields (queries and mutations) that resolvers.ts merges into its root.
 *
 * @example
 * ```ts ignore
 * const root = { ...createRootValue(), ...launchRootFields() };
 * ```
 */
export function launchRootFields(): Record<string, (args: never, ctx: GqlContext) => unknown> {
  return {
    launchAgent: (args: { id: string }, ctx: GqlContext) =>
      agentNode(agentById(ctx, args.id, "launchAgent(id)")),

    createDefaultResourceConfig: (
      { input }: In<{
        entityName: string;
        resource: string;
        config: string;
        templateVariables?: string | null;
      }>,
      ctx: GqlContext,
    ) => {
      const entity = ownEntity(ctx, input.entityName);
      checkResource(input.resource);
      const c = ctx.store.launch.createResourceConfig(
        entity,
        input.resource,
        input.config,
        input.templateVariables,
      );
      return {
        defaultResourceConfigID: encodeNodeId("DefaultResourceConfig", c.id),
        success: true,
      };
    },

    createRunQueue: (
      { input }: In<{
        entityName: string;
        projectName: string;
        queueName: string;
        access: RunQueueAccess;
        prioritizationMode?: PrioritizationMode | null;
        defaultResourceConfigID?: string | null;
      }>,
      ctx: GqlContext,
    ) => {
      const entity = ownEntity(ctx, input.entityName);
      let configId: number | null = null;
      if (input.defaultResourceConfigID) {
        configId = decodeNodeId(
          input.defaultResourceConfigID,
          "DefaultResourceConfig",
          "defaultResourceConfigID",
        );
        if (ctx.store.launch.resourceConfig(configId)?.entity !== entity) {
          throw notFound(
            `defaultResourceConfigID ${input.defaultResourceConfigID} is not a resource config of ${entity}; create one with createDefaultResourceConfig`,
          );
        }
      }
      const q = ctx.store.launch.createQueue({
        entity,
        project: input.projectName,
        name: input.queueName,
        access: input.access,
        prioritizationMode: input.prioritizationMode ?? "DISABLED",
        defaultResourceConfigId: configId,
        createdBy: ctx.user.id,
      });
      return { success: true, queueID: encodeNodeId("RunQueue", q.id) };
    },

    upsertRunQueue: (
      { input }: In<{
        entityName: string;
        projectName: string;
        queueName: string;
        resourceType: string;
        resourceConfig: string;
        templateVariables?: string | null;
        prioritizationMode?: PrioritizationMode | null;
        externalLinks?: string | null;
      }>,
      ctx: GqlContext,
    ) => {
      const entity = ownEntity(ctx, input.entityName);
      checkResource(input.resourceType);
      ctx.store.launch.upsertQueue({
        entity,
        project: input.projectName,
        name: input.queueName,
        resource: input.resourceType,
        config: input.resourceConfig,
        templateVariables: input.templateVariables,
        prioritizationMode: input.prioritizationMode,
        externalLinks: input.externalLinks,
        createdBy: ctx.user.id,
      });
      return { success: true, configSchemaValidationErrors: [] };
    },

    deleteRunQueues: ({ input }: In<{ queueIDs: string[] }>, ctx: GqlContext) => {
      const ids = input.queueIDs.map((id) => queueById(ctx, id, "deleteRunQueues").id);
      ctx.store.launch.deleteQueues(ids);
      return { success: true };
    },

    pushToRunQueueByName: (
      { input }: In<{
        entityName: string;
        projectName: string;
        queueName: string;
        runSpec: string;
        priority?: number | null;
        templateVariableValues?: string | null;
      }>,
      ctx: GqlContext,
    ) => {
      const priority = wirePriority(input.priority);
      const entity = ownEntity(ctx, input.entityName);
      // The `default` queue is created on first use, as W&B's clients expect of it.
      const q = ctx.store.transaction(() => {
        const p = ctx.store.getProject(entity, input.projectName);
        const found = p && ctx.store.launch.queueByName(p.id, input.queueName);
        if (found) return found;
        if (input.queueName !== "default") {
          return queueByName(ctx, entity, input.projectName, input.queueName);
        }
        return ctx.store.launch.createQueue({
          entity,
          project: input.projectName,
          name: "default",
          createdBy: ctx.user.id,
        });
      });
      const item = ctx.store.launch.push(q.id, {
        spec: input.runSpec,
        priority,
        templateVariableValues: input.templateVariableValues,
        createdBy: ctx.user.id,
      });
      return {
        runQueueItemId: encodeNodeId("RunQueueItem", item.id),
        runSpec: JSON.stringify(item.spec),
      };
    },

    pushToRunQueue: (
      { input }: In<{
        queueID: string;
        runSpec: string;
        priority?: number | null;
        templateVariableValues?: string | null;
      }>,
      ctx: GqlContext,
    ) => {
      const priority = wirePriority(input.priority);
      const q = queueById(ctx, input.queueID, "pushToRunQueue");
      const item = ctx.store.launch.push(q.id, {
        spec: input.runSpec,
        priority,
        templateVariableValues: input.templateVariableValues,
        createdBy: ctx.user.id,
      });
      return { runQueueItemId: encodeNodeId("RunQueueItem", item.id) };
    },

    popFromRunQueue: (
      { input }: In<{
        entityName: string;
        projectName: string;
        queueName: string;
        launchAgentId?: string | null;
      }>,
      ctx: GqlContext,
    ) => {
      const q = queueByName(ctx, input.entityName, input.projectName, input.queueName);
      const agent = input.launchAgentId
        ? agentById(ctx, input.launchAgentId, "popFromRunQueue launchAgentId")
        : undefined;
      const item = ctx.store.launch.pop(q.id, agent?.id ?? null);
      return item
        ? { runQueueItemId: encodeNodeId("RunQueueItem", item.id), runSpec: item.spec }
        : null;
    },

    ackRunQueueItem: (
      { input }: In<{ runQueueItemId: string; runName: string }>,
      ctx: GqlContext,
    ) => {
      const item = itemById(ctx, input.runQueueItemId, "ackRunQueueItem");
      if (!input.runName) throw badArg("ackRunQueueItem: runName must be the run's id");
      return { success: ctx.store.launch.ack(item.id, input.runName) };
    },

    failRunQueueItem: (
      { input }: In<
        {
          runQueueItemId: string;
          message?: string | null;
          stage?: string | null;
          filePaths?: string[] | null;
        }
      >,
      ctx: GqlContext,
    ) => {
      const item = itemById(ctx, input.runQueueItemId, "failRunQueueItem");
      return {
        success: ctx.store.launch.fail(item.id, {
          message: input.message ?? "",
          stage: input.stage ?? "",
          filePaths: input.filePaths ?? [],
        }),
      };
    },

    updateRunQueueItemWarning: (
      { input }: In<
        { runQueueItemId: string; message: string; stage: string; filePaths?: string[] | null }
      >,
      ctx: GqlContext,
    ) => {
      const item = itemById(ctx, input.runQueueItemId, "updateRunQueueItemWarning");
      return {
        success: ctx.store.launch.warn(item.id, {
          message: input.message,
          stage: input.stage,
          filePaths: input.filePaths ?? [],
        }),
      };
    },

    deleteFromRunQueue: (
      { input }: In<{ queueID: string; runQueueItemId: string }>,
      ctx: GqlContext,
    ) => {
      const q = queueById(ctx, input.queueID, "deleteFromRunQueue");
      const item = itemById(ctx, input.runQueueItemId, "deleteFromRunQueue");
      if (item.queueId !== q.id) {
        throw notFound(
          `deleteFromRunQueue: item ${input.runQueueItemId} is not in queue ${q.name}; pass its own queue's id`,
        );
      }
      return { success: ctx.store.launch.deleteItem(q.id, item.id) };
    },

    createLaunchAgent: (
      { input }: In<{
        entityName: string;
        projectName: string;
        runQueues: string[];
        hostname: string;
        agentConfig?: string | null;
        version?: string | null;
      }>,
      ctx: GqlContext,
    ) => {
      const entity = ownEntity(ctx, input.entityName);
      const p = ctx.store.getProject(entity, input.projectName);
      if (!p) {
        throw notFound(
          `Project ${entity}/${input.projectName} not found; create a run queue in it first`,
        );
      }
      const queueIds = input.runQueues.map((id) => {
        const q = queueById(ctx, id, "createLaunchAgent runQueues");
        if (q.projectId !== p.id) {
          throw badArg(
            `createLaunchAgent: queue ${q.name} is not in ${entity}/${input.projectName}; pass queues of that project`,
          );
        }
        return q.id;
      });
      const a = ctx.store.launch.createAgent({
        projectId: p.id,
        hostname: input.hostname,
        queueIds,
        config: input.agentConfig,
        version: input.version,
        createdBy: ctx.user.id,
      });
      return { launchAgentId: encodeNodeId("LaunchAgent", a.id) };
    },

    updateLaunchAgent: (
      { input }: In<
        { launchAgentId: string; agentStatus?: string | null; stopPolling?: boolean | null }
      >,
      ctx: GqlContext,
    ) => {
      const a = agentById(ctx, input.launchAgentId, "updateLaunchAgent");
      if (input.agentStatus && !AGENT_STATUSES.includes(input.agentStatus)) {
        throw badArg(
          `updateLaunchAgent: agentStatus ${JSON.stringify(input.agentStatus)} is not one of ${
            AGENT_STATUSES.join(", ")
          }`,
        );
      }
      return {
        success: ctx.store.launch.updateAgent(a.id, {
          status: input.agentStatus as LaunchAgentStatus | null | undefined,
          stopPolling: input.stopPolling,
        }),
      };
    },
  };
}
