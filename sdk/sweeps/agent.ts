/**
 * `wandb.agent()`: serves a sweep from this process, one run at a time, as W&B's `wandb.agent`
 * with a function: it registers with the server, heartbeats in the background, and for each
 * `run` command calls `fn`, in which `wandb.init()` joins that sweep run (its id, the sweep id,
 * the sweep's project and entity, and a config holding the suggested values). A `stop` command
 * aborts the run's `run.stopSignal` (the function should watch it and return); `exit` ends the
 * agent. A run `fn` leaves unfinished is finished when `fn` returns (exit code 0) or throws
 * (exit code 1, which the failure rules count).
 *
 * @example
 * ```ts ignore
 * import * as wandb from "@wandb/ts";
 * const id = await wandb.sweep({ method: "grid", parameters: { lr: { values: [0.1, 0.01] } } }, { project: "demo" });
 * await wandb.agent(id, {
 *   count: 2,
 *   fn: async () => {
 *     const run = await wandb.init();
 *     run.log({ loss: Number(run.config.lr) * 2 });
 *     await run.finish();
 *   },
 * });
 * ```
 * @module
 */
import type { Run } from "../run.ts";
import { connect } from "./_connect.ts";
import {
  type AgentStatus,
  type AgentSummary,
  runAgentLoop,
  type RunHandle,
  type RunLauncher,
  type RunRequest,
} from "./agent_loop.ts";
import { parseSweepPath } from "./gql.ts";
import { setPendingSweepRun } from "./join.ts";
import { processEnv } from "../settings.ts";

/** Options of {@linkcode agent}. */
export interface AgentOptions {
  /** The training function; `wandb.init()` inside it joins the sweep run. */
  fn: () => unknown;
  /** Stop after this many runs. */
  count?: number;
  /** Project of the sweep, when the id does not say it. */
  project?: string;
  /** Entity of the sweep, when the id does not say it. */
  entity?: string;
  /** Milliseconds between heartbeats. @default 5000 */
  intervalMs?: number;
  /** Where the agent's lines go. @default console.error */
  log?: (line: string) => void;
  /** Told whenever the run counters change. */
  onStatus?: (status: AgentStatus) => void;
  /** Ends the agent (the run going on is asked to stop and waited for). */
  signal?: AbortSignal;
}

/**
 * Serves a sweep with `fn` until `count` runs are done, the server says `exit`, the failure
 * rules stop it, or `signal` aborts.
 *
 * @param sweepId `id`, `project/id` or `entity/project/id`
 * @returns the counters and why it stopped
 * @throws {SweepError} `sweep/not-found` naming the sweep, `sweep/id` for a malformed id
 * @example
 * ```ts ignore
 * const summary = await agent("me/demo/abc123", { fn: train, count: 5 });
 * console.log(summary.finished, summary.failed);
 * ```
 */
export async function agent(sweepId: string, options: AgentOptions): Promise<AgentSummary> {
  const path0 = parseSweepPath(sweepId, { entity: options.entity, project: options.project });
  const conn = connect({ entity: path0.entity, project: path0.project });
  const path = { ...path0, entity: conn.entity, project: conn.project };
  const log = options.log ?? ((l: string) => console.error(l));
  return await runAgentLoop({
    gql: conn.gql,
    path,
    launcher: new FunctionLauncher(options.fn, log),
    count: options.count,
    env: processEnv(),
    intervalMs: options.intervalMs,
    log,
    onStatus: options.onStatus,
    signal: options.signal,
  });
}

/** Runs `fn` in this process for each run, one at a time. */
class FunctionLauncher implements RunLauncher {
  #previous: Promise<unknown> = Promise.resolve();

  constructor(readonly fn: () => unknown, readonly log: (line: string) => void) {}

  start(req: RunRequest): RunHandle {
    let run: Run | undefined;
    let stopAsked = false;
    const stop = (r: Run) => {
      // The agent's handler keeps the SDK from exiting the process on a stop: only the run ends.
      r.requestStop();
    };
    const exited = this.#previous.then(async () => {
      setPendingSweepRun({
        settings: {
          sweep_id: req.sweepId,
          run_id: req.runId,
          sweep_param_path: req.paramPath,
          root_dir: req.env.WANDB_DIR,
          ...(req.env.WANDB_PROJECT ? { project: req.env.WANDB_PROJECT } : {}),
          ...(req.env.WANDB_ENTITY ? { entity: req.env.WANDB_ENTITY } : {}),
        },
        onRun: (r) => {
          run = r;
          r.onStop(() => {});
          if (stopAsked) stop(r);
        },
      });
      let code = 0;
      try {
        await this.fn();
      } catch (err) {
        code = 1;
        this.log(
          `wandb: ERROR Run ${req.runId} errored: ${
            err instanceof Error ? (err.stack ?? err.message) : String(err)
          }`,
        );
      } finally {
        setPendingSweepRun(undefined);
      }
      if (run && !run.finished) await run.finish(code);
      return code;
    });
    this.#previous = exited.catch(() => {});
    return {
      exited,
      terminate: () => {
        stopAsked = true;
        if (run) stop(run);
      },
      kill: () => {
        stopAsked = true;
        if (run) stop(run);
      },
    };
  }
}
