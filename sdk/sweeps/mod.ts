/**
 * Sweeps on the client side: {@linkcode sweep} creates a sweep, {@linkcode agent} serves one
 * with a function in this process, {@linkcode controller} runs the search locally
 * (`controller: {type: local}`); the building blocks of the `wandb-ts agent` command (its loop,
 * launcher, command macros and failure rules) are here too.
 *
 * ```ts ignore
 * import * as wandb from "@wandb/ts";
 * const id = await wandb.sweep({ method: "grid", parameters: { lr: { values: [0.1, 0.01] } } }, { project: "demo" });
 * await wandb.agent(id, { count: 2, fn: async () => {
 *   const run = await wandb.init();
 *   run.log({ loss: Number(run.config.lr) });
 *   await run.finish();
 * } });
 * ```
 * @module
 */
export { type CreatedSweep, createSweep, sweep, type SweepOptions } from "./sweep.ts";
export { agent, type AgentOptions } from "./agent.ts";
export {
  Controller,
  controller,
  type ControllerOptions,
  type ControllerRunOptions,
  type ControllerState,
} from "./controller.ts";
export {
  type AgentLoopOptions,
  type AgentStatus,
  type AgentSummary,
  runAgentLoop,
  type RunHandle,
  type RunLauncher,
  type RunRequest,
} from "./agent_loop.ts";
export { ProcessLauncher, type ProcessLauncherOptions } from "./process_launcher.ts";
export {
  argVariants,
  buildCommand,
  type BuildCommandOptions,
  DEFAULT_SWEEP_COMMAND,
  expandEnvVars,
  interpreterFor,
  paramFileText,
  parseJsonKeepingFloats,
  pyJsonDumps,
  pyStr,
  type RunArgs,
} from "./command.ts";
export { FailureRules, type FailureRulesOptions } from "./rules.ts";
export {
  type AgentCommand,
  parseSweepPath,
  type SweepPath,
  sweepPathText,
  type SweepState,
} from "./gql.ts";
export { SweepError, type SweepErrorCode } from "./errors.ts";
export { SweepConfigError } from "../../server/sweeps/mod.ts";
