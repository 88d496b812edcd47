/**
 * The environment a launched run gets (W&B's `LaunchProject.get_env_vars_dict`): where to log,
 * its id, name and sweep, the queue item it came from, its config overrides as `WANDB_CONFIG`
 * (split into `WANDB_CONFIG_0`, `WANDB_CONFIG_1`, … when longer than the runner's limit) and the
 * artifacts it uses as `WANDB_ARTIFACTS`.
 *
 * @example
 * ```ts
 * import { launchEnv } from "./env.ts";
 * const env = launchEnv(
 *   { entity: "me", project: "p", resource: null, git: {}, overrides: { run_config: { lr: 0.1 } } },
 *   { baseUrl: "http://127.0.0.1:8080", apiKey: "k", runId: "abc123" },
 * );
 * console.assert(env.WANDB_LAUNCH === "True" && env.WANDB_CONFIG === '{"lr":0.1}');
 * ```
 * @module
 */
import type { LaunchSpec } from "./spec.ts";

/** The longest value W&B puts in one variable (`MAX_ENV_LENGTHS`; SageMaker: 512). */
export const MAX_ENV_LENGTH = 32_670;

/** The artifact slot of the job a run was launched from (`LAUNCH_JOB_ARTIFACT_SLOT_NAME`). */
export const JOB_ARTIFACT_SLOT = "_wandb_job";

/** Context of {@linkcode launchEnv} beyond the spec. */
export interface LaunchEnvContext {
  /** The server the run logs to. */
  baseUrl: string;
  /** The agent's key (the spec's `_wandb_api_key` wins). */
  apiKey?: string;
  /** The run id chosen for the item. */
  runId: string;
  /** The image the run runs in (`WANDB_DOCKER`). */
  dockerImage?: string;
  /** The queue the item came from. */
  queueName?: string;
  /** The entity of that queue. */
  queueEntity?: string;
  /** The run queue item id (`WANDB_LAUNCH_TRACE_ID`). */
  runQueueItemId?: string;
  /** The runner's limit on one variable. @default {@linkcode MAX_ENV_LENGTH} */
  maxEnvLength?: number;
}

/**
 * The variables a launched run is started with, in W&B's order.
 *
 * @param spec the launch spec
 * @param ctx server, key, run id and queue item
 * @returns name → value
 * @example
 * ```ts
 * import { launchEnv } from "./env.ts";
 * const env = launchEnv(
 *   { entity: "me", project: "p", resource: null, git: {}, overrides: { run_config: { s: "xxxx" } } },
 *   { baseUrl: "http://h", runId: "r1", maxEnvLength: 5 },
 * );
 * console.assert(env.WANDB_CONFIG === undefined && env.WANDB_CONFIG_0 === '{"s":');
 * ```
 */
export function launchEnv(spec: LaunchSpec, ctx: LaunchEnvContext): Record<string, string> {
  const env: Record<string, string> = {};
  env.WANDB_BASE_URL = ctx.baseUrl;
  const overrideKey = spec._wandb_api_key;
  env.WANDB_API_KEY = overrideKey || ctx.apiKey || "";
  if (spec.project) env.WANDB_PROJECT = spec.project.toLowerCase();
  env.WANDB_ENTITY = spec.entity;
  env.WANDB_LAUNCH = "True";
  env.WANDB_RUN_ID = ctx.runId;
  const image = ctx.dockerImage ?? spec.docker?.docker_image;
  if (image) env.WANDB_DOCKER = image;
  if (spec.name != null) env.WANDB_NAME = spec.name;
  if (spec.author && !overrideKey) env.WANDB_USERNAME = spec.author;
  if (spec.sweep_id) env.WANDB_SWEEP_ID = spec.sweep_id;
  if ((spec._resume_count ?? 0) > 0) env.WANDB_RESUME = "allow";
  if (ctx.queueName) env.WANDB_LAUNCH_QUEUE_NAME = ctx.queueName;
  if (ctx.queueEntity) env.WANDB_LAUNCH_QUEUE_ENTITY = ctx.queueEntity;
  if (ctx.runQueueItemId) env.WANDB_LAUNCH_TRACE_ID = ctx.runQueueItemId;
  const max = ctx.maxEnvLength ?? MAX_ENV_LENGTH;
  Object.assign(
    env,
    splitEnvValue("WANDB_CONFIG", JSON.stringify(spec.overrides.run_config ?? {}), max),
  );
  const files = spec.overrides.files ?? {};
  Object.assign(env, splitEnvValue("WANDB_LAUNCH_FILE_OVERRIDES", JSON.stringify(files), max));
  const artifacts: Record<string, unknown> = spec.job ? { [JOB_ARTIFACT_SLOT]: spec.job } : {};
  env.WANDB_ARTIFACTS = JSON.stringify({ ...artifacts, ...spec.overrides.artifacts });
  return env;
}

/**
 * `{NAME: value}` when the value fits in `max` characters, else `{NAME_0: …, NAME_1: …}` in
 * chunks of `max` (a chunk never ends inside a surrogate pair).
 *
 * @param name the variable
 * @param value its value
 * @param max the longest value of one variable
 * @returns the variables
 * @example
 * ```ts
 * import { splitEnvValue } from "./env.ts";
 * console.assert(JSON.stringify(splitEnvValue("V", "abcde", 2)) === '{"V_0":"ab","V_1":"cd","V_2":"e"}');
 * ```
 */
export function splitEnvValue(name: string, value: string, max: number): Record<string, string> {
  if (value.length <= max) return { [name]: value };
  const out: Record<string, string> = {};
  let i = 0;
  for (let at = 0; at < value.length; i++) {
    let end = Math.min(at + max, value.length);
    const last = value.charCodeAt(end - 1);
    if (end < value.length && last >= 0xd800 && last <= 0xdbff && end - 1 > at) end--;
    out[`${name}_${i}`] = value.slice(at, end);
    at = end;
  }
  return out;
}
