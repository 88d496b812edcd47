/**
 * W&B Launch from Deno: {@linkcode launch} runs a job, git URI or image here;
 * {@linkcode launchAdd} puts one on a run queue; {@linkcode LaunchAgent} polls queues and runs
 * their items with the `local-process` or `local-container` runner. The GraphQL is W&B's own, so
 * this works against the local server and W&B's hosted one, and with W&B's Python agent and
 * `launch_add` on the other end.
 *
 * ```ts ignore
 * import { launchAdd, LaunchAgent } from "@wandb/ts/launch";
 * const queued = await launchAdd({
 *   uri: "https://github.com/me/train.git",
 *   entryPoint: ["deno", "run", "-A", "train.ts"],
 *   resource: "local-process",
 *   runConfig: { lr: 0.01 },
 * });
 * const agent = new LaunchAgent({ queues: ["default"], maxJobs: 2 });
 * agent.loop();
 * console.log((await queued.waitUntilFinished()).state);
 * agent.stop();
 * ```
 * @module
 */

// Launching
export { launch, type LaunchOptions } from "./launch.ts";
export {
  launchAdd,
  type LaunchAddOptions,
  QueuedRun,
  type QueuedRunInfo,
  type WaitOptions,
} from "./launch_add.ts";
export { SubmittedRun, type SubmittedRunState } from "./submitted_run.ts";

// The agent
export {
  AGENT_POLLING_INTERVAL_MS,
  type AgentStatus,
  LaunchAgent,
  type LaunchAgentOptions,
  STOPPED_RUN_TIMEOUT_MS,
} from "./agent.ts";
export {
  isSchedulerSpec,
  type LaunchSchedulerOptions,
  runLaunchScheduler,
  SCHEDULER_PLACEHOLDER_URI,
} from "./scheduler.ts";
export {
  type LaunchAgentConfig,
  launchConfigPath,
  parseLaunchConfig,
  readLaunchConfig,
} from "./agent_config.ts";

// Specs, environment, runners
export {
  constructLaunchSpec,
  LAUNCH_DEFAULT_PROJECT,
  type LaunchOverrides,
  type LaunchSpec,
  type LaunchSpecOptions,
  RESOURCES,
  validateLaunchSpec,
} from "./spec.ts";
export {
  JOB_ARTIFACT_SLOT,
  launchEnv,
  type LaunchEnvContext,
  MAX_ENV_LENGTH,
  splitEnvValue,
} from "./env.ts";
export {
  CODE_MOUNT_DIR,
  DEFAULT_BASE_IMAGE,
  dockerCommand,
  type DockerCommandOptions,
} from "./runner/local_container.ts";
export { type Runner, runnerFor, RUNNERS, type RunOptions } from "./runner/mod.ts";
export type { ExitStatus } from "./runner/_process.ts";
export { type LaunchProject, resolveCommand } from "./project.ts";

// The server side of the client
export {
  type LaunchAgentInfo,
  LaunchApi,
  type LaunchApiOptions,
  type PoppedItem,
  type RunQueueInfo,
  type RunQueueItemInfo,
} from "./launch_api.ts";

// Errors
export { LaunchError, type LaunchErrorCode } from "./errors.ts";
