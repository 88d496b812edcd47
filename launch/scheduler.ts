/**
 * W&B's launch sweep scheduler (`wandb launch-sweep`, `wandb scheduler`): a sweep agent that does
 * not run the sweep's runs itself but enqueues each run the server suggests on a launch queue (a
 * launch spec with the sweep's `job` or `image_uri`, `sweep_id`, the run id the server chose and
 * the suggested values in `overrides.run_config`), so launch agents run them as runs of the
 * sweep. A launch agent recognizes a scheduler item (uri `placeholder-uri-scheduler`, entry point
 * `wandb scheduler <sweep>`) and runs this scheduler in its place, as a run of its own.
 *
 * @example
 * ```ts ignore
 * await runLaunchScheduler({ api, sweep: "abc123", entity: "me", project: "p", queue: "default" });
 * ```
 * @module
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { type AgentSummary, runAgentLoop } from "../sdk/sweeps/agent_loop.ts";
import { setSweepState, sweepWithRuns } from "../sdk/sweeps/gql.ts";
import { LaunchError } from "./errors.ts";
import { launchAdd } from "./launch_add.ts";
import type { LaunchApi } from "./launch_api.ts";
import { type LaunchSpec, SCHEDULER_PLACEHOLDER_URI } from "./spec.ts";

export { SCHEDULER_PLACEHOLDER_URI };

/**
 * Whether a spec is a sweep scheduler (W&B's `_is_scheduler_job`): its uri is the placeholder
 * and, for `local-process`, it names a job or its entry point is `wandb scheduler …`.
 *
 * @param spec the item's launch spec
 * @returns true for a scheduler item
 * @example
 * ```ts
 * import { isSchedulerSpec } from "./scheduler.ts";
 * console.assert(isSchedulerSpec({
 *   uri: "placeholder-uri-scheduler", entity: "me", project: "p", resource: "local-process",
 *   git: {}, overrides: { entry_point: ["wandb", "scheduler", "abc"] },
 * }));
 * ```
 */
export function isSchedulerSpec(spec: LaunchSpec): boolean {
  if (spec?.uri !== SCHEDULER_PLACEHOLDER_URI) return false;
  if (spec.resource !== "local-process" || spec.job) return true;
  const cmd = spec.overrides?.entry_point ?? [];
  return cmd.length >= 3 && cmd[0] === "wandb" && cmd[1] === "scheduler";
}

/**
 * The command that runs a scheduler item here: `wandb scheduler <sweep> [args]` becomes
 * `deno run -A scheduler_main.ts <sweep> [args]` (with this package's import map when it runs
 * from a checkout).
 *
 * @param spec a scheduler item's spec
 * @returns the entry point for the local-process runner
 * @throws {LaunchError} `launch/spec` for a scheduler that is not `wandb scheduler <sweep>`
 * @example
 * ```ts
 * import { schedulerEntryPoint } from "./scheduler.ts";
 * const ep = schedulerEntryPoint({
 *   uri: "placeholder-uri-scheduler", entity: "me", project: "p", resource: "local-process",
 *   git: {}, overrides: { entry_point: ["wandb", "scheduler", "abc"] },
 * });
 * console.assert(ep[0] === "deno" && ep.includes("abc"));
 * ```
 */
export function schedulerEntryPoint(spec: LaunchSpec): string[] {
  const cmd = spec.overrides?.entry_point ?? [];
  if (spec.job || cmd[0] !== "wandb" || cmd[1] !== "scheduler" || !cmd[2]) {
    throw new LaunchError(
      "launch/spec",
      `Sweep scheduler item runs ${
        spec.job ? `job ${spec.job}` : JSON.stringify(cmd)
      }; this agent runs only "wandb scheduler <sweep id>" schedulers (local-process)`,
    );
  }
  const main = new URL("./scheduler_main.ts", import.meta.url);
  const out = ["deno", "run", "-A"];
  if (main.protocol === "file:") {
    const config = fileURLToPath(new URL("../deno.json", import.meta.url));
    if (existsSync(config)) out.push("--config", config);
  }
  return [...out, main.href, ...cmd.slice(2)];
}

/** Options of {@linkcode runLaunchScheduler}. */
export interface LaunchSchedulerOptions {
  /** The server. */
  api: LaunchApi;
  /** The sweep id. */
  sweep: string;
  /** The sweep's entity (its runs go there too). */
  entity: string;
  /** The sweep's project (its runs go there too). */
  project: string;
  /** The queue runs go on. @default "default" */
  queue?: string;
  /** The project that holds the queue. @default "model-registry" */
  projectQueue?: string;
  /** The job runs start (else the sweep config's `job`). */
  job?: string;
  /** The image runs start (else the sweep config's `image_uri`). */
  imageUri?: string;
  /** The runs' resource (the scheduler run's `launch.resource`). */
  resource?: string;
  /** The runs' resource args (the scheduler run's `launch.resource_args`). */
  resourceArgs?: Record<string, Record<string, unknown>>;
  /** Who enqueues. */
  author?: string;
  /** Between heartbeats. @default 5000 */
  intervalMs?: number;
  /** Where the sweep agent writes its parameter files. @default the current directory */
  dir?: string;
  /** Log lines. @default stderr */
  log?: (line: string) => void;
  /** Stops the scheduler. */
  signal?: AbortSignal;
}

/**
 * Runs a launch sweep scheduler until the sweep ends or reaches its `run_cap`: a running sweep
 * (a `PENDING` one is started) is asked for runs, each enqueued with `launchAdd`, and each is
 * reported alive to the sweep until its run ended.
 *
 * @returns how the sweep agent ended
 * @throws {LaunchError} `launch/sweep` when the sweep has neither or both of `job` and `image_uri`,
 * or has ended
 * @example
 * ```ts ignore
 * const summary = await runLaunchScheduler({ api, sweep: "abc123", entity: "me", project: "p" });
 * console.log(summary.reason, summary.finished);
 * ```
 */
export async function runLaunchScheduler(o: LaunchSchedulerOptions): Promise<AgentSummary> {
  const path = { entity: o.entity, project: o.project, sweep: o.sweep };
  const log = o.log ?? ((line: string) => console.error(line));
  const sweep = await sweepWithRuns(o.api.gql, path);
  const config = (sweep.config ? parseYaml(sweep.config) : {}) as Record<string, unknown>;
  const job = o.job ?? (config.job as string | undefined);
  const image = o.imageUri ?? (config.image_uri as string | undefined);
  if (!job === !image) {
    throw new LaunchError(
      "launch/sweep",
      `Sweep ${o.sweep} has ${
        job ? "both 'job' and 'image_uri'" : "no 'job' nor 'image_uri'"
      }; give exactly one in the sweep config`,
    );
  }
  const state = sweep.state.toUpperCase();
  if (state === "PENDING") await setSweepState(o.api.gql, path, "RUNNING");
  else if (state !== "RUNNING" && state !== "PAUSED") {
    throw new LaunchError(
      "launch/sweep",
      `Sweep ${o.sweep} already in end state (${state.toLowerCase()}); resume it first`,
    );
  }
  const command = Array.isArray(config.command) && config.command.length > 0 &&
      config.command.every((c) => typeof c === "string" && !c.startsWith("${"))
    ? config.command as string[]
    : undefined;
  const intervalMs = o.intervalMs ?? 5000;
  log(
    `wandb: launch: Scheduler running sweep ${o.sweep}, runs go on queue ${o.queue ?? "default"}`,
  );
  return await runAgentLoop({
    gql: o.api.gql,
    path,
    count: typeof config.run_cap === "number" ? config.run_cap : undefined,
    env: { WANDB_DIR: o.dir ?? Deno.cwd() },
    intervalMs,
    log,
    signal: o.signal,
    launcher: {
      async start(request) {
        const runConfig = Object.fromEntries(
          Object.entries(request.args).map(([k, v]) => [k, v.value]),
        );
        const queued = await launchAdd({
          api: o.api,
          job,
          dockerImage: image,
          runId: request.runId,
          sweepId: o.sweep,
          entity: o.entity,
          project: o.project,
          queueName: o.queue,
          projectQueue: o.projectQueue,
          resource: o.resource,
          resourceArgs: o.resourceArgs,
          entryPoint: command,
          author: o.author,
          runConfig,
        });
        log(`wandb: launch: Added run (${request.runId}) to queue (${o.queue ?? "default"})`);
        const exited = queued.waitUntilFinished({ intervalMs }).then(
          (run) => (run.state === "finished" ? 0 : 1),
          () => 1,
        );
        const drop = () => void queued.delete().catch(() => {});
        return { exited, terminate: drop, kill: drop };
      },
    },
  });
}
