/**
 * `launch()`: runs a job, git URI or image right here (W&B's `wandb.sdk.launch.launch`), without
 * a queue: the spec is built, the source fetched, the runner started; a synchronous launch waits
 * and throws when the run fails.
 *
 * @example
 * ```ts ignore
 * const run = await launch({
 *   uri: "https://github.com/me/train.git",
 *   entryPoint: ["deno", "run", "-A", "train.ts"],
 *   resource: "local-process",
 *   runConfig: { lr: 0.01 },
 * });
 * console.log(run.runId, await run.getStatus()); // "finished"
 * ```
 * @module
 */
import { generateRunId } from "../sdk/settings.ts";
import { launchEnv } from "./env.ts";
import { LaunchError } from "./errors.ts";
import { LaunchApi } from "./launch_api.ts";
import { prepareProject } from "./project.ts";
import { runnerFor } from "./runner/mod.ts";
import { constructLaunchSpec, type LaunchSpec, type LaunchSpecOptions } from "./spec.ts";
import type { SubmittedRun } from "./submitted_run.ts";

/** Options of {@linkcode launch}: the spec's arguments, plus how to run it. */
export interface LaunchOptions extends Omit<LaunchSpecOptions, "defaultEntity"> {
  /** Wait for the run to end, throwing when it failed. @default true */
  synchronous?: boolean;
  /** The server and key. @default {@linkcode LaunchApi.fromEnv} */
  api?: LaunchApi;
  /** Receives the run's output lines (prefixed with its id). @default stderr */
  sink?: (line: string) => void;
  /** Parent of the fetched source. @default the system temp dir */
  workRoot?: string;
  /** The container program of `local-container`. @default "docker" */
  docker?: string;
  /** Variables the run gets besides the launch ones (e.g. `PATH`). @default none */
  env?: Record<string, string>;
  /**
   * How long one `git clone`/`checkout` of the source may take before the launch fails
   * (W&B's agent has no limit). @default 600 000 (10 minutes)
   */
  gitTimeoutMs?: number;
}

/**
 * Launches a run here.
 *
 * @param options source (`uri` | `job` | `dockerImage`), entry point, overrides, resource
 * @returns the run (ended when `synchronous`)
 * @throws {LaunchError} `launch/spec`, `launch/resource`, `launch/job-not-found`, `launch/fetch`,
 * `launch/entry-point`, or `launch/run-failed` when a synchronous run exits with an error
 * @example
 * ```ts ignore
 * await launch({ job: "me/proj/job-train:latest", resource: "local-process", runConfig: { epochs: 2 } });
 * ```
 */
export async function launch(options: LaunchOptions): Promise<SubmittedRun> {
  const api = options.api ?? LaunchApi.fromEnv();
  const spec = constructLaunchSpec({
    ...options,
    resource: options.resource ?? "local-container",
    defaultEntity: options.entity ?? await api.defaultEntity(),
  });
  const run = await startLaunch(spec, api, {
    sink: options.sink,
    workRoot: options.workRoot,
    docker: options.docker,
    env: options.env,
    gitTimeoutMs: options.gitTimeoutMs,
  });
  if (options.synchronous === false) return run;
  if (!(await run.wait())) {
    throw new LaunchError(
      "launch/run-failed",
      `Launched run ${run.runId} failed with exit code ${run.exitStatus?.code}; see its output above`,
      "run",
    );
  }
  return run;
}

/** Where a queued spec came from (for the run's environment). */
export interface QueueContext {
  /** The queue. */
  queueName?: string;
  /** The queue's entity. */
  queueEntity?: string;
  /** The item id. */
  runQueueItemId?: string;
}

/** How {@linkcode startLaunch} runs a spec. */
export interface StartOptions extends QueueContext {
  /** The run id (else the spec's, else a new one). */
  runId?: string;
  sink?: (line: string) => void;
  log?: (line: string) => void;
  workRoot?: string;
  docker?: string;
  /** Variables under the launch ones. */
  env?: Record<string, string>;
  /** See {@linkcode LaunchOptions.gitTimeoutMs}. */
  gitTimeoutMs?: number;
}

/**
 * Fetches a spec's source and starts it on its runner (what `launch()` and the agent share).
 *
 * @throws {LaunchError} as {@linkcode launch}, before the run starts
 */
export async function startLaunch(
  spec: LaunchSpec,
  api: LaunchApi,
  o: StartOptions = {},
): Promise<SubmittedRun> {
  const runner = runnerFor(spec.resource);
  const runId = o.runId ?? spec.run_id ?? generateRunId();
  const project = await prepareProject(spec, {
    api,
    runId,
    workRoot: o.workRoot,
    gitTimeoutMs: o.gitTimeoutMs,
  });
  const env = launchEnv(spec, {
    baseUrl: api.baseUrl,
    apiKey: api.apiKey,
    runId,
    dockerImage: project.image,
    queueName: o.queueName,
    queueEntity: o.queueEntity,
    runQueueItemId: o.runQueueItemId,
  });
  return await runner.run(project, {
    env: { ...o.env, ...env },
    sink: o.sink,
    log: o.log,
    docker: o.docker,
  });
}
