/**
 * The sweep operations of W&B's client, with its exact GraphQL documents (server-api.md §10), so
 * that our agent, `wandb.sweep()` and the controller work against W&B's hosted server as against
 * ours: `UpsertSweep` (5 variants tried in order, the next one on any GraphQL error),
 * `SweepWithRuns`, `CreateAgent`, `Heartbeat`, `GetSweepState` and the state-change `UpsertSweep`.
 *
 * @example
 * ```ts ignore
 * const gql = new GraphQLClient({ baseUrl, apiKey });
 * const { name } = await upsertSweep(gql, { config: { method: "grid", parameters: {} } });
 * const agentId = await createAgent(gql, { host: "h", sweep: name });
 * ```
 * @module
 */
import type { GraphQLClient } from "../../net/graphql.ts";
import { CommError } from "../../net/errors.ts";
import { GRAPHQL_POLICY, type RetryPolicy } from "../../net/retry.ts";
import { dumpYaml } from "../../internal/run_files/config_yaml.ts";
import { parseJsonKeepingFloats } from "./command.ts";
import { SweepError } from "./errors.ts";

const PROJECT_QUERY = `
            project {
                id
                name
                entity {
                    id
                    name
                }
            }`;

const UPSERT_SWEEP_TEMPLATE = `
    mutation UpsertSweep(
        $id: ID,
        $config: String,
        $description: String,
        $entityName: String,
        $projectName: String,
        $controller: JSONString,
        $scheduler: JSONString,
        $state: String,
        $priorRunsFilters: JSONString,
        $displayName: String,
    ) {
        upsertSweep(input: {
            id: $id,
            config: $config,
            description: $description,
            entityName: $entityName,
            projectName: $projectName,
            controller: $controller,
            scheduler: $scheduler,
            state: $state,
            priorRunsFilters: $priorRunsFilters,
            displayName: $displayName,
        }) {
            sweep {
                name
                _PROJECT_QUERY_
            }
            configValidationWarnings
        }
    }
    `;

/**
 * The 5 `UpsertSweep` documents W&B's client 0.30 tries in order: with `launchScheduler` and
 * `templateVariableValues`; with `launchScheduler`; without them; without
 * `configValidationWarnings`; without `project { ... }` (the last three only when there is no
 * launch scheduler, which is always the case here).
 *
 * @example
 * ```ts
 * import { UPSERT_SWEEP_VARIANTS } from "./gql.ts";
 * console.assert(UPSERT_SWEEP_VARIANTS.length === 5 && UPSERT_SWEEP_VARIANTS[0]!.includes("templateVariableValues"));
 * ```
 */
export const UPSERT_SWEEP_VARIANTS: readonly string[] = (() => {
  const withProject = UPSERT_SWEEP_TEMPLATE.replace("_PROJECT_QUERY_", PROJECT_QUERY);
  return [
    withProject
      .replace(
        "$controller: JSONString,",
        "$controller: JSONString,$launchScheduler: JSONString, $templateVariableValues: JSONString,",
      )
      .replace(
        "controller: $controller,",
        "controller: $controller,launchScheduler: $launchScheduler,templateVariableValues: $templateVariableValues,",
      ),
    withProject
      .replace("$controller: JSONString,", "$controller: JSONString,$launchScheduler: JSONString,")
      .replace(
        "controller: $controller,",
        "controller: $controller,launchScheduler: $launchScheduler",
      ),
    withProject,
    withProject.replace("configValidationWarnings", ""),
    UPSERT_SWEEP_TEMPLATE.replace("_PROJECT_QUERY_", "").replace("configValidationWarnings", ""),
  ];
})();

/** `SweepWithRuns`: the agent's and the controller's read of a sweep. */
export const SWEEP_WITH_RUNS = `
    query SweepWithRuns($entity: String, $project: String, $sweep: String!, $specs: [JSONString!]!) {
        project(name: $project, entityName: $entity) {
            sweep(sweepName: $sweep) {
                id
                name
                method
                state
                description
                config
                createdAt
                heartbeatAt
                updatedAt
                earlyStopJobRunning
                bestLoss
                controller
                scheduler
                runs {
                    edges {
                        node {
                            name
                            state
                            config
                            exitcode
                            heartbeatAt
                            shouldStop
                            failed
                            stopped
                            running
                            summaryMetrics
                            sampledHistory(specs: $specs)
                        }
                    }
                }
            }
        }
    }
    `;

/** `CreateAgent`: registers an agent with a sweep. */
export const CREATE_AGENT = `
    mutation CreateAgent(
        $host: String!
        $projectName: String,
        $entityName: String,
        $sweep: String!
    ) {
        createAgent(input: {
            host: $host,
            projectName: $projectName,
            entityName: $entityName,
            sweep: $sweep,
        }) {
            agent {
                id
            }
        }
    }
    `;

/** `Heartbeat`: the agent's run states out, the server's commands back. */
export const HEARTBEAT = `
    mutation Heartbeat(
        $id: ID!,
        $metrics: JSONString,
        $runState: JSONString
    ) {
        agentHeartbeat(input: {
            id: $id,
            metrics: $metrics,
            runState: $runState
        }) {
            agent {
                id
            }
            commands
        }
    }
    `;

/** `UpsertSweep` as `wandb sweep --pause/--resume/--stop/--cancel` sends it. */
export const SET_SWEEP_STATE = `
    mutation UpsertSweep(
        $id: ID,
        $state: String,
        $entityName: String,
        $projectName: String
    ) {
        upsertSweep(input: {
            id: $id,
            state: $state,
            entityName: $entityName,
            projectName: $projectName
        }){
            sweep {
                name
            }
        }
    }
    `;

/** Where a sweep lives; `entity`/`project` undefined: the server's defaults. */
export interface SweepPath {
  entity?: string;
  project?: string;
  /** The sweep's id (its `name`). */
  sweep: string;
}

/**
 * Splits `sweep`, `project/sweep` or `entity/project/sweep` (W&B's `parse_sweep_id`), or the
 * web form `entity/project/sweeps/sweep`; parts left out come from `defaults`. The one
 * sweep-path parser: the CLI, the agent and the public API use it.
 *
 * @throws {SweepError} `sweep/id` for more than 3 parts or an empty one
 * @example
 * ```ts
 * import { parseSweepPath } from "./gql.ts";
 * const p = parseSweepPath("me/proj/abc123");
 * console.assert(p.entity === "me" && p.project === "proj" && p.sweep === "abc123");
 * console.assert(parseSweepPath("abc", { project: "p" }).project === "p");
 * ```
 */
export function parseSweepPath(
  id: string,
  defaults: { entity?: string; project?: string } = {},
): SweepPath {
  let parts = id.replace(/^\/+|\/+$/g, "").split("/");
  // The web form entity/project/sweeps/id, as the sweep's page address has it.
  if (parts.length === 4 && parts[2] === "sweeps") parts = [parts[0]!, parts[1]!, parts[3]!];
  const sweep = parts.at(-1) ?? "";
  if (parts.length > 3 || parts.some((p) => p === "")) {
    throw new SweepError(
      "sweep/id",
      `Sweep id ${
        JSON.stringify(id)
      } is not of the form sweep, project/sweep or entity/project/sweep; give the id \`wandb sweep\` printed`,
    );
  }
  const project = parts.length >= 2 ? parts.at(-2) : defaults.project;
  const entity = parts.length === 3 ? parts[0] : defaults.entity;
  return { entity, project, sweep };
}

/** `entity/project/sweep` with the known parts, for messages. */
export function sweepPathText(p: SweepPath): string {
  return [p.entity, p.project, p.sweep].filter((x) => x).join("/");
}

/** What `upsertSweep` answered. */
export interface UpsertedSweep {
  /** The sweep id. */
  name: string;
  /** The project the server put it in (absent from the oldest variant's answer). */
  project?: string;
  /** The entity the server put it in. */
  entity?: string;
  /** The server's config warnings (`configValidationWarnings`). */
  warnings: string[];
}

/** Inputs of {@linkcode upsertSweep}. */
export interface UpsertSweepInput {
  /** The sweep config (sent as YAML text). */
  config: Record<string, unknown>;
  entity?: string;
  project?: string;
  /** The sweep's storage id, to update an existing sweep. */
  id?: string;
  /** Local controller state (JSON text). */
  controller?: string;
  /** Scheduler state (JSON text). */
  scheduler?: string;
  /** New state. */
  state?: string;
  /** Runs (ids) made before the sweep that it takes as its first results. */
  priorRuns?: string[];
}

/**
 * Creates or updates a sweep, trying W&B's 5 document variants in order: a GraphQL error moves
 * to the next one; an HTTP error (a refused key, a 4xx) is thrown at once.
 *
 * @throws {CommError} the last variant's error, or the first non-GraphQL one
 * @example
 * ```ts ignore
 * const s = await upsertSweep(gql, { config, project: "p" });
 * console.log(s.name);
 * ```
 */
export async function upsertSweep(
  gql: GraphQLClient,
  input: UpsertSweepInput,
): Promise<UpsertedSweep> {
  const variables: Record<string, unknown> = {
    id: input.id,
    config: dumpYaml(sortKeys(input.config), { quoteLeadingZero: true }),
    description: input.config.description ?? null,
    entityName: input.entity,
    projectName: input.project,
    controller: input.controller,
    launchScheduler: null,
    templateVariableValues: "null",
    scheduler: input.scheduler,
    priorRunsFilters: input.priorRuns?.length
      ? JSON.stringify({ $or: input.priorRuns.map((name) => ({ name })) })
      : null,
    displayName: null,
  };
  if (input.state) variables.state = input.state;
  let last: unknown;
  for (const doc of UPSERT_SWEEP_VARIANTS) {
    type Answer = {
      upsertSweep: {
        sweep: { name: string; project?: { name: string; entity?: { name: string } } };
        configValidationWarnings?: string[] | null;
      };
    };
    let data: Answer;
    try {
      data = await gql.request<Answer>(doc, variables);
    } catch (err) {
      if (err instanceof CommError && err.code === "comm/graphql") {
        last = err;
        continue;
      }
      throw err;
    }
    const sweep = data.upsertSweep.sweep;
    return {
      name: sweep.name,
      project: sweep.project?.name,
      entity: sweep.project?.entity?.name,
      warnings: data.upsertSweep.configValidationWarnings ?? [],
    };
  }
  throw last;
}

/** A run of a sweep as `SweepWithRuns` gives it (JSON strings left as the server sent them). */
export interface SweepRunNode {
  name: string;
  state: string;
  config: string | null;
  exitcode: number | null;
  heartbeatAt?: string | null;
  shouldStop?: boolean | null;
  failed?: boolean | null;
  stopped?: boolean | null;
  running?: boolean | null;
  summaryMetrics: string | null;
  sampledHistory?: unknown;
}

/** A sweep as `SweepWithRuns` gives it, its runs unwrapped from edges. */
export interface SweepWithRuns {
  /** Storage id (for state changes). */
  id: string;
  name: string;
  method?: string | null;
  state: string;
  description?: string | null;
  /** The config, YAML text. */
  config: string | null;
  controller?: string | null;
  scheduler?: string | null;
  bestLoss?: number | null;
  runs: SweepRunNode[];
}

/**
 * Reads a sweep and its runs (`SweepWithRuns`).
 *
 * @param specs history specs: `"{}"` for none (the agent), or the controller's keys
 * @throws {SweepError} `sweep/not-found` naming the sweep when the server has no such sweep
 * @example
 * ```ts ignore
 * const s = await sweepWithRuns(gql, { entity: "me", project: "p", sweep: "abc" });
 * ```
 */
export async function sweepWithRuns(
  gql: GraphQLClient,
  path: SweepPath,
  specs: string | string[] = "{}",
): Promise<SweepWithRuns> {
  type Answer = {
    project: {
      sweep: (Omit<SweepWithRuns, "runs"> & { runs: { edges: { node: SweepRunNode }[] } }) | null;
    } | null;
  };
  let data: Answer;
  try {
    data = await gql.request<Answer>(SWEEP_WITH_RUNS, {
      entity: path.entity,
      project: path.project,
      sweep: path.sweep,
      specs,
    });
  } catch (err) {
    if (saysNotFound(err)) throw notFound(path, err);
    throw err;
  }
  const sweep = data.project?.sweep;
  if (!sweep) throw notFound(path);
  return { ...sweep, runs: (sweep.runs?.edges ?? []).map((e) => e.node) };
}

/**
 * Whether a server error says the sweep (or its project) does not exist: a 404, or a GraphQL
 * error saying so. Other errors (a permission error, a schema mismatch) pass through as they are.
 */
function saysNotFound(err: unknown): boolean {
  if (!(err instanceof CommError)) return false;
  if (err.status === 404) return true;
  return err.code === "comm/graphql" &&
    /not found|no sweep|does not exist|unknown sweep|could not find/i.test(err.message);
}

function notFound(path: SweepPath, cause?: unknown): SweepError {
  return new SweepError(
    "sweep/not-found",
    `Sweep ${sweepPathText(path)} not found${
      cause ? ` (${(cause as Error).message})` : ""
    }; check the id and the entity/project it was created in`,
    { cause },
  );
}

/**
 * Registers an agent (`CreateAgent`) and returns its id.
 *
 * @throws {SweepError} `sweep/not-found` when the server refuses the sweep
 * @example
 * ```ts ignore
 * const id = await createAgent(gql, { host: Deno.hostname(), sweep: "abc" });
 * ```
 */
export async function createAgent(
  gql: GraphQLClient,
  input: SweepPath & { host: string },
): Promise<string> {
  try {
    const data = await gql.request<{ createAgent: { agent: { id: string } } }>(CREATE_AGENT, {
      host: input.host,
      entityName: input.entity,
      projectName: input.project,
      sweep: input.sweep,
    });
    return data.createAgent.agent.id;
  } catch (err) {
    if (saysNotFound(err)) throw notFound(input, err);
    throw err;
  }
}

/** Retries of one heartbeat: GraphQL's backoff within 60 s. */
const HEARTBEAT_POLICY: RetryPolicy = { ...GRAPHQL_POLICY, budgetMs: 60_000 };

/** One command the server hands an agent. */
export interface AgentCommand {
  type: string;
  id?: string;
  run_id?: string;
  program?: string;
  args?: Record<string, { value: unknown }>;
  [key: string]: unknown;
}

/**
 * Sends one heartbeat (`Heartbeat`, 60 s timeout) and returns the commands, JSON floats kept
 * as floats.
 *
 * @param runState run id → `true` for each run still alive
 * @throws {CommError} when the request fails (the caller decides whether to go on)
 * @example
 * ```ts ignore
 * const commands = await agentHeartbeat(gql, agentId, {});
 * ```
 */
export async function agentHeartbeat(
  gql: GraphQLClient,
  agentId: string,
  runState: Record<string, boolean>,
): Promise<AgentCommand[]> {
  // W&B gives a heartbeat 60 s; a server that stays away longer costs one missed beat, not a
  // stuck agent (the runs are looked at again before the next one).
  const data = await gql.request<{ agentHeartbeat: { commands: string | null } }>(HEARTBEAT, {
    id: agentId,
    metrics: "{}",
    runState: JSON.stringify(runState),
  }, { retry: HEARTBEAT_POLICY });
  const text = data.agentHeartbeat.commands;
  if (!text) return [];
  const commands = parseJsonKeepingFloats(text);
  return Array.isArray(commands) ? commands as AgentCommand[] : [];
}

/** States a sweep can be put in. */
export type SweepState = "RUNNING" | "PAUSED" | "CANCELED" | "FINISHED";

/**
 * Changes a sweep's state with W&B's checks: only a running or paused sweep can be paused, and
 * only a running, paused or pending sweep can be stopped or canceled.
 *
 * @throws {SweepError} `sweep/state` naming the sweep's state, `sweep/not-found`
 * @example
 * ```ts ignore
 * await setSweepState(gql, { sweep: "abc", project: "p" }, "PAUSED");
 * ```
 */
export async function setSweepState(
  gql: GraphQLClient,
  path: SweepPath,
  state: SweepState,
): Promise<void> {
  const s = await sweepWithRuns(gql, path);
  const current = s.state.toUpperCase();
  if (state === "PAUSED" && !["PAUSED", "RUNNING"].includes(current)) {
    throw new SweepError(
      "sweep/state",
      `Cannot pause ${current.toLowerCase()} sweep ${sweepPathText(path)}`,
    );
  } else if (state !== "RUNNING" && !["RUNNING", "PAUSED", "PENDING"].includes(current)) {
    throw new SweepError(
      "sweep/state",
      `Sweep ${sweepPathText(path)} already ${current.toLowerCase()}`,
    );
  }
  await gql.request(SET_SWEEP_STATE, {
    id: s.id,
    state,
    entityName: path.entity,
    projectName: path.project,
  });
}

/** A copy of a JSON value with every mapping's keys sorted (PyYAML's `yaml.dump` order). */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}
