/**
 * The GraphQL operations of W&B launch — run queues, enqueue, the agent's registration, status,
 * dequeue, ack and fail — with the exact documents and variables of W&B's Python client
 * (`wandb/sdk/launch/api.py`, `apis/public/jobs.py`; protocol server-api.md §11), so they work
 * against the local server and W&B's hosted one. Sent through the repo's one GraphQL client.
 *
 * @example
 * ```ts ignore
 * const api = LaunchApi.fromEnv();
 * const item = await api.popFromRunQueue("default", "me", "model-registry", agentId);
 * ```
 * @module
 */
import { GraphQLClient } from "../net/graphql.ts";
import { resolveCredentials } from "../net/credentials.ts";
import { processEnv, resolveSettings } from "../sdk/settings.ts";
import { VIEWER_QUERY } from "../apis/public/viewer.ts";
import { LaunchError } from "./errors.ts";
import { LAUNCH_DEFAULT_PROJECT, type LaunchSpec } from "./spec.ts";

/** A popped run queue item. */
export interface PoppedItem {
  /** The item id. */
  runQueueItemId: string;
  /** Its spec (a JSON object on `popFromRunQueue`). */
  runSpec: LaunchSpec;
}

/** A run queue of a project. */
export interface RunQueueInfo {
  /** Queue id. */
  id: string;
  /** Queue name. */
  name: string;
  /** Who made it. */
  createdBy?: string | null;
  /** `PROJECT` or `USER`. */
  access?: string | null;
}

/** The agent as the server knows it. */
export interface LaunchAgentInfo {
  /** Agent id. */
  id: string;
  /** Its name. */
  name?: string | null;
  /** Ids of the queues it polls. */
  runQueues?: string[] | null;
  /** The machine it runs on. */
  hostname?: string | null;
  /** `POLLING`, `RUNNING`, `KILLED`, … */
  agentStatus?: string | null;
  /** Set (e.g. from the UI) to ask the agent to exit. */
  stopPolling?: boolean | null;
  /** Last status update. */
  heartbeatAt?: string | null;
}

/** A queue item's state. */
export interface RunQueueItemInfo {
  /** Item id. */
  id: string;
  /** Server-defined state (`PENDING`, `LEASED`, `CLAIMED`, `FINISHED`, `FAILED`, …). */
  state: string;
  /** The run id it was acked with. */
  associatedRunId?: string | null;
}

/** Options of {@linkcode LaunchApi.fromEnv}. */
export interface LaunchApiOptions {
  /** Server root. @default `WANDB_BASE_URL`, the settings files, else W&B's */
  baseUrl?: string;
  /** API key. @default `WANDB_API_KEY`, else netrc */
  apiKey?: string;
  /** Environment to read. @default the process's */
  env?: Record<string, string>;
  /** Stops pending retries. */
  signal?: AbortSignal;
}

const PROJECT_RUN_QUEUES =
  `query ProjectRunQueues($entity: String!, $projectName: String!){ project(entityName: $entity, name: $projectName) { runQueues { id name createdBy access } } }`;
const CREATE_RUN_QUEUE =
  `mutation createRunQueue($entity: String!, $project: String!, $queueName: String!, $access: RunQueueAccessType!, $prioritizationMode: RunQueuePrioritizationMode, $defaultResourceConfigID: ID) { createRunQueue(input: { entityName: $entity, projectName: $project, queueName: $queueName, access: $access, prioritizationMode: $prioritizationMode, defaultResourceConfigID: $defaultResourceConfigID }) { success queueID } }`;
const POP =
  `mutation popFromRunQueue($entity: String!, $project: String!, $queueName: String!, $launchAgentId: ID)  { popFromRunQueue(input: { entityName: $entity, projectName: $project, queueName: $queueName, launchAgentId: $launchAgentId }) { runQueueItemId runSpec } }`;
const ACK =
  `mutation ackRunQueueItem($itemId: ID!, $runId: String!)  { ackRunQueueItem(input: { runQueueItemId: $itemId, runName: $runId }) { success } }`;
const FAIL =
  `mutation failRunQueueItem($runQueueItemId: ID!, $message: String!, $stage: String!, $filePaths: [String!]) { failRunQueueItem( input: { runQueueItemId: $runQueueItemId message: $message stage: $stage filePaths: $filePaths } ) { success } }`;
const WARN =
  `mutation updateRunQueueItemWarning($runQueueItemId: ID!, $message: String!, $stage: String!, $filePaths: [String!]) { updateRunQueueItemWarning( input: { runQueueItemId: $runQueueItemId message: $message stage: $stage filePaths: $filePaths } ) { success } }`;
const CREATE_AGENT =
  `mutation createLaunchAgent( $entity: String!, $project: String!, $queues: [ID!]!, $hostname: String!, $agentConfig: JSONString, $version: String ) { createLaunchAgent( input: { entityName: $entity, projectName: $project, runQueues: $queues, hostname: $hostname, agentConfig: $agentConfig, version: $version } ) { launchAgentId } }`;
const UPDATE_AGENT =
  `mutation updateLaunchAgent($agentId: ID!, $agentStatus: String){ updateLaunchAgent( input: { launchAgentId: $agentId agentStatus: $agentStatus } ) { success } }`;
const GET_AGENT =
  `query LaunchAgent($agentId: ID!) { launchAgent(id: $agentId) { id name runQueues hostname agentStatus stopPolling heartbeatAt } }`;
const RUN_STATE =
  `query RunState( $project: String!, $entity: String!, $name: String!) { project(name: $project, entityName: $entity) { run(name: $name) { state } } }`;
const RUN_STOPPED =
  `query RunStoppedStatus($projectName: String, $entityName: String, $runId: String!) { project(name: $projectName, entityName: $entityName) { run(name: $runId) { stopped } } }`;
const SWEEP_STATE =
  `query GetSweepState($entity: String, $project: String, $sweep: String!) { project(name: $project, entityName: $entity) { sweep(sweepName: $sweep) { state } } }`;
const RUN_QUEUE_ITEM =
  `query GetRunQueueItem($projectName: String!, $entityName: String!, $runQueue: String!, $itemId: ID!) { project(name: $projectName, entityName: $entityName) { runQueue(name: $runQueue) { runQueueItem(id: $itemId) { id state associatedRunId } } } }`;
const RUN_QUEUE_ITEMS_LEGACY =
  `query GetRunQueueItem($projectName: String!, $entityName: String!, $runQueue: String!) { project(name: $projectName, entityName: $entityName) { runQueue(name:$runQueue) { runQueueItems { edges { node { id state associatedRunId } } } } } }`;
const RUN_QUEUE_ID =
  `query fetchRunQueuesFromProject($entityName: String!, $projectName: String!, $runQueueName: String!) { project(name: $projectName, entityName: $entityName) { runQueue(name: $runQueueName) { id } } }`;
const DELETE_ITEM =
  `mutation DeleteFromRunQueue( $queueID: ID!, $runQueueItemId: ID! ) { deleteFromRunQueue(input: { queueID: $queueID runQueueItemId: $runQueueItemId }) { success clientMutationId } }`;

/** The launch operations of one server, for one key. */
export class LaunchApi {
  /** The GraphQL client (also used to fetch jobs' artifacts). */
  readonly gql: GraphQLClient;
  /** The server root. */
  readonly baseUrl: string;
  readonly #apiKey?: string;
  readonly #entity?: string;
  #viewer?: Promise<string>;

  /**
   * Wraps a client.
   *
   * @param gql the GraphQL client
   * @param apiKey the key launched runs get
   * @param entity the default entity, when configured
   */
  constructor(gql: GraphQLClient, apiKey?: string, entity?: string) {
    this.gql = gql;
    this.baseUrl = gql.baseUrl;
    this.#apiKey = apiKey;
    this.#entity = entity;
  }

  /**
   * Resolves the server and key as the SDK does (options, `WANDB_*`, settings files, netrc).
   *
   * @throws {LaunchError} `launch/api` when no key is found
   * @example
   * ```ts ignore
   * const api = LaunchApi.fromEnv({ baseUrl: "http://127.0.0.1:8080" });
   * ```
   */
  static fromEnv(options: LaunchApiOptions = {}): LaunchApi {
    const env = options.env ?? processEnv();
    const { settings } = resolveSettings({ env, init: { base_url: options.baseUrl } });
    const creds = resolveCredentials({ baseUrl: settings.base_url, apiKey: settings.api_key, env });
    const apiKey = options.apiKey ?? creds.apiKey;
    if (!apiKey) {
      throw new LaunchError(
        "launch/api",
        `No API key for ${creds.baseUrl}; set WANDB_API_KEY or log in first`,
      );
    }
    const gql = new GraphQLClient({ baseUrl: creds.baseUrl, apiKey, signal: options.signal });
    return new LaunchApi(gql, apiKey, settings.entity || undefined);
  }

  /** The key given to launched runs. */
  get apiKey(): string | undefined {
    return this.#apiKey;
  }

  /** The configured entity, else the viewer's (asked once). */
  defaultEntity(): Promise<string> {
    if (this.#entity) return Promise.resolve(this.#entity);
    return this.#viewer ??= this.gql.request<{ viewer: { entity: string } | null }>(VIEWER_QUERY)
      .then((r) => {
        if (!r.viewer) {
          throw new LaunchError(
            "launch/api",
            `The key is not valid on ${this.baseUrl}; log in again`,
          );
        }
        return r.viewer.entity;
      });
  }

  /** `ProjectRunQueues`. */
  async projectRunQueues(entity: string, project: string): Promise<RunQueueInfo[]> {
    const r = await this.gql.request<{ project: { runQueues: RunQueueInfo[] } | null }>(
      PROJECT_RUN_QUEUES,
      { projectName: project, entity },
    );
    if (!r.project) {
      throw new LaunchError(
        "launch/queue",
        `Cannot read the run queues of ${entity}/${project}; check that you have access to this entity and project`,
      );
    }
    return r.project.runQueues;
  }

  /** `createRunQueue` (what W&B's core sends for a missing `default` queue). */
  async createRunQueue(
    entity: string,
    project: string,
    queueName: string,
    access = "PROJECT",
  ): Promise<string | undefined> {
    const r = await this.gql.request<{ createRunQueue: { success: boolean; queueID: string } }>(
      CREATE_RUN_QUEUE,
      { entity, project, queueName, access },
    );
    return r.createRunQueue?.success ? r.createRunQueue.queueID : undefined;
  }

  /**
   * Enqueues a spec as W&B's `push_to_run_queue` does: `pushToRunQueueByName` (without the
   * `runSpec` selection on servers that lack it), else the legacy `pushToRunQueue` on the
   * queue's id, creating a missing `default` queue.
   *
   * @throws {LaunchError} `launch/queue` when the queue is missing or the push failed
   */
  async pushToRunQueue(
    queueName: string,
    spec: LaunchSpec,
    templateVariables: Record<string, unknown> | undefined,
    projectQueue: string,
    priority?: number,
  ): Promise<{ runQueueItemId: string; runSpec?: Record<string, unknown> }> {
    const entity = spec.queue_entity || spec.entity;
    const runSpec = JSON.stringify(spec);
    const byName = await this.#pushByName(
      entity,
      projectQueue,
      queueName,
      runSpec,
      templateVariables,
      priority,
    );
    if (byName) return byName;
    const where = projectQueue === LAUNCH_DEFAULT_PROJECT
      ? queueName
      : `${projectQueue}/${queueName}`;
    if (priority !== undefined) {
      throw new LaunchError(
        "launch/queue",
        `Cannot push to run queue ${where} with a priority; check that the queue exists`,
      );
    }
    const queues = await this.projectRunQueues(entity, projectQueue);
    const matching = queues.filter((q) => q.name === queueName);
    let queueId: string | undefined;
    if (matching.length === 0 && queueName === "default") {
      queueId = await this.createRunQueue(spec.entity, projectQueue, queueName);
    } else if (matching.length === 1) queueId = matching[0]!.id;
    if (!queueId) {
      throw new LaunchError(
        "launch/queue",
        matching.length > 1
          ? `Cannot push to run queue ${where}: more than one queue has this name; rename one`
          : `Cannot push to run queue ${where}: queue not found; create it or use "default"`,
      );
    }
    const params = ["$queueID: ID!", "$runSpec: JSONString!"];
    const input = ["queueID: $queueID", "runSpec: $runSpec"];
    const vars: Record<string, unknown> = { queueID: queueId, runSpec };
    if (templateVariables !== undefined) {
      params.push("$templateVariableValues: JSONString");
      input.push("templateVariableValues: $templateVariableValues");
      vars.templateVariableValues = JSON.stringify(templateVariables);
    }
    const r = await this.gql.request<{ pushToRunQueue: { runQueueItemId: string } | null }>(
      `mutation pushToRunQueue( ${params.join(", ")} ) { pushToRunQueue( input: {${
        input.join(", ")
      }} ) { runQueueItemId } }`,
      vars,
    );
    if (!r.pushToRunQueue) {
      throw new LaunchError("launch/queue", `Error pushing run queue item to queue ${queueName}`);
    }
    return r.pushToRunQueue;
  }

  async #pushByName(
    entityName: string,
    projectName: string,
    queueName: string,
    runSpec: string,
    templateVariables: Record<string, unknown> | undefined,
    priority: number | undefined,
  ): Promise<{ runQueueItemId: string; runSpec?: Record<string, unknown> } | undefined> {
    const params = [
      "$entityName: String!",
      "$projectName: String!",
      "$queueName: String!",
      "$runSpec: JSONString!",
    ];
    const input = [
      "entityName: $entityName",
      "projectName: $projectName",
      "queueName: $queueName",
      "runSpec: $runSpec",
    ];
    const vars: Record<string, unknown> = { entityName, projectName, queueName, runSpec };
    if (priority !== undefined) {
      vars.priority = priority;
      params.push("$priority: Int");
      input.push("priority: $priority");
    }
    if (templateVariables !== undefined) {
      vars.templateVariableValues = JSON.stringify(templateVariables);
      params.push("$templateVariableValues: JSONString");
      input.push("templateVariableValues: $templateVariableValues");
    }
    type Push = { pushToRunQueueByName: { runQueueItemId: string; runSpec?: unknown } | null };
    try {
      const r = await this.gql.request<Push>(
        `mutation pushToRunQueueByName( ${params.join(", ")} ) { pushToRunQueueByName( input: { ${
          input.join(", ")
        } } ) { runQueueItemId runSpec } }`,
        vars,
      );
      const res = r.pushToRunQueueByName;
      if (!res) return undefined;
      const spec = typeof res.runSpec === "string" ? JSON.parse(res.runSpec) : undefined;
      return { runQueueItemId: res.runQueueItemId, runSpec: spec };
    } catch (err) {
      if (!String((err as Error).message).includes('Cannot query field "runSpec"')) {
        return undefined;
      }
    }
    try {
      const r = await this.gql.request<Push>(
        `mutation pushToRunQueueByName( $entityName: String!, $projectName: String!, $queueName: String!, $runSpec: JSONString!, ) { pushToRunQueueByName( input: { entityName: $entityName, projectName: $projectName, queueName: $queueName, runSpec: $runSpec } ) { runQueueItemId } }`,
        vars,
      );
      const res = r.pushToRunQueueByName;
      return res ? { runQueueItemId: res.runQueueItemId } : undefined;
    } catch {
      return undefined;
    }
  }

  /** `popFromRunQueue`: the next item, or null when the queue is empty. */
  async popFromRunQueue(
    queueName: string,
    entity: string,
    project: string,
    agentId?: string,
  ): Promise<PoppedItem | null> {
    const r = await this.gql.request<{ popFromRunQueue: PoppedItem | null }>(POP, {
      entity,
      project,
      queueName,
      launchAgentId: agentId,
    });
    const item = r.popFromRunQueue;
    if (item && typeof item.runSpec === "string") item.runSpec = JSON.parse(item.runSpec);
    return item;
  }

  /** `ackRunQueueItem`; false when another agent took it. */
  async ackRunQueueItem(itemId: string, runId: string): Promise<boolean> {
    const r = await this.gql.request<{ ackRunQueueItem: { success: boolean } }>(ACK, {
      itemId,
      runId,
    });
    return r.ackRunQueueItem?.success === true;
  }

  /** `failRunQueueItem` with the stage (`agent` or `run`) and a one-line message. */
  async failRunQueueItem(
    runQueueItemId: string,
    message: string,
    stage: string,
    filePaths?: string[],
  ): Promise<boolean> {
    const vars: Record<string, unknown> = { runQueueItemId, message, stage };
    if (filePaths !== undefined) vars.filePaths = filePaths;
    const r = await this.gql.request<{ failRunQueueItem: { success: boolean } }>(FAIL, vars);
    return r.failRunQueueItem?.success === true;
  }

  /** `updateRunQueueItemWarning`. */
  async updateRunQueueItemWarning(
    runQueueItemId: string,
    message: string,
    stage: string,
    filePaths: string[] | null = null,
  ): Promise<boolean> {
    const r = await this.gql.request<{ updateRunQueueItemWarning: { success: boolean } }>(WARN, {
      runQueueItemId,
      message,
      stage,
      filePaths,
    });
    return r.updateRunQueueItemWarning?.success === true;
  }

  /**
   * Registers an agent polling `queues` of `entity/project` as W&B's `create_launch_agent`
   * does (creating `default` when the project has no queue).
   *
   * @returns the agent id
   * @throws {LaunchError} `launch/queue` when a named queue does not exist
   */
  async createLaunchAgent(
    entity: string,
    project: string,
    queues: string[],
    agentConfig: Record<string, unknown>,
    version: string,
    hostname: string,
  ): Promise<string> {
    // A project that does not exist yet (a fresh server) has no queues: make `default`.
    let found = await this.projectRunQueues(entity, project).catch((err) => {
      if (err instanceof LaunchError) return [];
      throw err;
    });
    if (found.length === 0) {
      // Someone may push (creating "default") between the read and the create: read again.
      const id = await this.createRunQueue(entity, project, "default").catch(async (err) => {
        const again = await this.projectRunQueues(entity, project).catch(() => []);
        const made = again.find((q) => q.name === "default")?.id;
        if (made) return made;
        throw err;
      });
      if (!id) {
        throw new LaunchError(
          "launch/queue",
          `Unable to create default queue for ${entity}/${project}; create a queue first`,
        );
      }
      found = [{ id, name: "default" }];
    }
    const ids = found.filter((q) => queues.includes(q.name)).map((q) => q.id);
    if (ids.length !== queues.length) {
      throw new LaunchError(
        "launch/queue",
        `Could not start launch agent: not all of the requested queues (${
          queues.join(", ")
        }) found; available queues for ${entity}/${project}: ${found.map((q) => q.name).join(",")}`,
      );
    }
    const r = await this.gql.request<{ createLaunchAgent: { launchAgentId: string } }>(
      CREATE_AGENT,
      {
        entity,
        project,
        queues: ids,
        hostname,
        agentConfig: JSON.stringify(agentConfig),
        version,
      },
    );
    return r.createLaunchAgent.launchAgentId;
  }

  /** `updateLaunchAgent` with `POLLING`, `RUNNING` or `KILLED`. */
  async updateLaunchAgent(agentId: string, agentStatus: string): Promise<boolean> {
    const r = await this.gql.request<{ updateLaunchAgent: { success: boolean } }>(UPDATE_AGENT, {
      agentId,
      agentStatus,
    });
    return r.updateLaunchAgent?.success === true;
  }

  /** `LaunchAgent`: the agent as stored (its `stopPolling` flag). */
  async launchAgent(agentId: string): Promise<LaunchAgentInfo | null> {
    const r = await this.gql.request<{ launchAgent: LaunchAgentInfo | null }>(GET_AGENT, {
      agentId,
    });
    return r.launchAgent;
  }

  /** `RunState`: the run's state, or undefined when the run does not exist (yet). */
  async runState(entity: string, project: string, name: string): Promise<string | undefined> {
    const r = await this.gql.request<{ project: { run: { state: string } | null } | null }>(
      RUN_STATE,
      { project, entity, name },
    );
    return r.project?.run?.state ?? undefined;
  }

  /** `RunStoppedStatus`: whether a stop was requested for the run (false when it is not there). */
  async runStopped(entity: string, project: string, runId: string): Promise<boolean> {
    const r = await this.gql.request<{ project: { run: { stopped: boolean } | null } | null }>(
      RUN_STOPPED,
      { projectName: project, entityName: entity, runId },
    );
    return r.project?.run?.stopped === true;
  }

  /** `GetSweepState`: the sweep's state (`RUNNING`, `PAUSED`, …), or undefined when not found. */
  async sweepState(entity: string, project: string, sweep: string): Promise<string | undefined> {
    const r = await this.gql.request<{ project: { sweep: { state: string } | null } | null }>(
      SWEEP_STATE,
      { entity, project, sweep },
    );
    return r.project?.sweep?.state ?? undefined;
  }

  /** `GetRunQueueItem` (the older `runQueueItems` list on servers without the field). */
  async runQueueItem(
    entity: string,
    projectQueue: string,
    queueName: string,
    itemId: string,
  ): Promise<RunQueueItemInfo | undefined> {
    const vars = { projectName: projectQueue, entityName: entity, runQueue: queueName };
    try {
      type One = { project: { runQueue: { runQueueItem: RunQueueItemInfo | null } | null } | null };
      const r = await this.gql.request<One>(RUN_QUEUE_ITEM, { ...vars, itemId });
      const item = r.project?.runQueue?.runQueueItem;
      if (item) return item;
    } catch (err) {
      if (!String((err as Error).message).includes("Cannot query field")) throw err;
    }
    type Many = {
      project: {
        runQueue: { runQueueItems: { edges: { node: RunQueueItemInfo }[] } } | null;
      } | null;
    };
    const r = await this.gql.request<Many>(RUN_QUEUE_ITEMS_LEGACY, vars);
    return r.project?.runQueue?.runQueueItems.edges.map((e) => e.node)
      .find((n) => String(n.id) === String(itemId));
  }

  /** `DeleteFromRunQueue` of an item of `entity/projectQueue/queueName`. */
  async deleteFromRunQueue(
    entity: string,
    projectQueue: string,
    queueName: string,
    itemId: string,
  ): Promise<boolean> {
    const q = await this.gql.request<{ project: { runQueue: { id: string } | null } | null }>(
      RUN_QUEUE_ID,
      { entityName: entity, projectName: projectQueue, runQueueName: queueName },
    );
    const queueID = q.project?.runQueue?.id;
    if (!queueID) {
      throw new LaunchError(
        "launch/queue",
        `Cannot delete item ${itemId}: queue ${entity}/${projectQueue}/${queueName} not found`,
      );
    }
    const r = await this.gql.request<{ deleteFromRunQueue: { success: boolean } }>(DELETE_ITEM, {
      queueID,
      runQueueItemId: itemId,
    });
    return r.deleteFromRunQueue?.success === true;
  }
}
