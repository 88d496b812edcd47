/**
 * The agent's loop, shared by `wandb.agent()` (runs a function in this process) and
 * `wandb-ts agent` (runs the sweep's program as a child process), with W&B's protocol and rules
 * (`wandb_agent.py`): read the sweep, register with `CreateAgent`, then every interval look at
 * the runs, send a `Heartbeat` with the live ones, and obey the commands: `run`/`resume` (write
 * the parameter file, start the run), `stop` (terminate; a repeated stop after
 * `WANDB_AGENT_KILL_DELAY` seconds kills), `exit` (kill everything and stop). The loop ends after
 * `count` runs, on `exit`, on the failure rules, or when `signal` aborts.
 *
 * How a run is started is the {@linkcode RunLauncher}'s business.
 *
 * @example
 * ```ts ignore
 * const summary = await runAgentLoop({ gql, path: { sweep: "abc" }, launcher, env: Deno.env.toObject() });
 * ```
 * @module
 */
import type { GraphQLClient } from "../../net/graphql.ts";
import { CommError } from "../../net/errors.ts";
import { parseYaml } from "../../internal/run_files/_yaml.ts";
import { paramFileText, pyJsonDumps, type RunArgs } from "./command.ts";
import { SweepError } from "./errors.ts";
import {
  type AgentCommand,
  agentHeartbeat,
  createAgent,
  type SweepPath,
  sweepWithRuns,
} from "./gql.ts";
import { FailureRules } from "./rules.ts";

/** One run the agent was told to start. */
export interface RunRequest {
  /** The run id the server chose. */
  runId: string;
  /** The sweep's id. */
  sweepId: string;
  /** The suggested values. */
  args: RunArgs;
  /** The command's `program`. */
  program?: string;
  /** The sweep config's `command` template, if it has one. */
  command?: unknown[];
  /** `<WANDB_DIR>/wandb/sweep-<sweep>/config-<run>.yaml`, already written. */
  paramPath: string;
  /** `<WANDB_DIR>/wandb/sweep-<sweep>/config-<run>.json` (written when the command uses it). */
  argsJsonPath: string;
  /** The environment for the run: the agent's plus `WANDB_RUN_ID`, `WANDB_SWEEP_ID`, ... */
  env: Record<string, string>;
}

/** A started run. */
export interface RunHandle {
  /** Settles with the exit code once the run ended; `null` when a signal ended it. */
  readonly exited: Promise<number | null>;
  /** Asks the run to stop (SIGTERM; in-process: aborts `run.stopSignal`). */
  terminate(): void;
  /** Ends it now (SIGKILL). */
  kill(): void;
}

/** Starts runs. */
export interface RunLauncher {
  /** Starts one run; throws when it cannot (the agent logs it and goes on). */
  start(request: RunRequest): RunHandle | Promise<RunHandle>;
}

/** Counters shown by the status line. */
export interface AgentStatus {
  /** Runs started. */
  started: number;
  /** Runs that ended (the failed ones included). */
  finished: number;
  /** Runs that exited with a code above 0. */
  failed: number;
  /** The run going on, if any. */
  current?: string;
}

/** Options of {@linkcode runAgentLoop}. */
export interface AgentLoopOptions {
  gql: GraphQLClient;
  path: SweepPath;
  launcher: RunLauncher;
  /** Stop after this many runs ended. */
  count?: number;
  /** Reads `WANDB_DIR`, `WANDB_AGENT_*`; the base of each run's environment. */
  env: Record<string, string>;
  /** Between heartbeats. @default 5000 (W&B's POLL_INTERVAL) */
  intervalMs?: number;
  /** Milliseconds now (the failure rules and the kill delay read it). @default Date.now */
  clock?: () => number;
  /** Host name sent with `CreateAgent`. @default Deno.hostname() */
  host?: string;
  /** Log lines (`wandb: ...`). @default console.error */
  log?: (line: string) => void;
  /** Called whenever the counters change. */
  onStatus?: (status: AgentStatus) => void;
  /** Ends the loop; running runs are then terminated and waited for (killed after the delay). */
  signal?: AbortSignal;
}

/** How the loop ended. */
export interface AgentSummary extends AgentStatus {
  /** Why the agent stopped. */
  reason: "count" | "exit" | "failing" | "signal" | "sweep-gone";
  /** The failure rule's message, for `failing`. */
  message?: string;
  /** The agent's id. */
  agentId: string;
}

interface Live {
  handle: RunHandle;
  code?: number | null;
  ended: boolean;
  lastSigtermMs?: number;
}

/**
 * Runs an agent until it is done.
 *
 * @throws {SweepError} `sweep/not-found` when the sweep does not exist; `sweep/agent` for a bad
 * `WANDB_AGENT_*` variable
 */
export async function runAgentLoop(o: AgentLoopOptions): Promise<AgentSummary> {
  const log = o.log ?? ((l: string) => console.error(l));
  const clock = o.clock ?? Date.now;
  const intervalMs = o.intervalMs ?? 5000;
  const killDelayMs = envInt(o.env, "WANDB_AGENT_KILL_DELAY", 30) * 1000;
  const rules = new FailureRules({ env: o.env, clock });
  const wandbDir = o.env.WANDB_DIR ?? Deno.cwd();

  const sweep = await sweepWithRuns(o.gql, o.path);
  const sweepCommand = commandOf(sweep.config);
  const agentId = await createAgent(o.gql, { ...o.path, host: o.host ?? hostname() });
  log(`wandb: Starting sweep agent: agent_id=${agentId}`);

  const live = new Map<string, Live>();
  const status: AgentStatus = { started: 0, finished: 0, failed: 0 };
  const report = () => o.onStatus?.({ ...status });
  let wake: () => void = () => {};
  let reason: AgentSummary["reason"] | undefined;
  let message: string | undefined;
  const onAbort = () => wake();
  o.signal?.addEventListener("abort", onAbort);

  const startRun = async (cmd: AgentCommand) => {
    const runId = String(cmd.run_id ?? "");
    const args = (cmd.args ?? {}) as RunArgs;
    log(
      `wandb: Agent Starting Run: ${runId} with config:\n` +
        Object.entries(args).map(([k, v]) => `\t${k}: ${pyJsonDumps(v?.value)}`).join("\n"),
    );
    const dir = `${wandbDir}/wandb/sweep-${o.path.sweep}`;
    Deno.mkdirSync(dir, { recursive: true });
    const paramPath = `${dir}/config-${runId}.yaml`;
    const argsJsonPath = `${dir}/config-${runId}.json`;
    Deno.writeTextFileSync(paramPath, paramFileText(args));
    if (sweepCommand?.includes("${args_json_file}")) {
      Deno.writeTextFileSync(argsJsonPath, pyJsonDumps(mapValues(args)));
    }
    const env: Record<string, string> = {
      ...o.env,
      WANDB_DIR: wandbDir,
      WANDB_SWEEP_ID: o.path.sweep,
      WANDB_RUN_ID: runId,
      WANDB_SWEEP_PARAM_PATH: paramPath,
    };
    if (o.path.entity) env.WANDB_ENTITY = o.path.entity;
    if (o.path.project) env.WANDB_PROJECT = o.path.project;
    const handle = await o.launcher.start({
      runId,
      sweepId: o.path.sweep,
      args,
      program: cmd.program,
      command: sweepCommand,
      paramPath,
      argsJsonPath,
      env,
    });
    const entry: Live = { handle, ended: false };
    live.set(runId, entry);
    handle.exited.then((code) => {
      entry.code = code;
      entry.ended = true;
      wake();
    }, () => {
      entry.code = 1;
      entry.ended = true;
      wake();
    });
    status.started++;
    status.current = runId;
    report();
  };

  const stopRun = (cmd: AgentCommand) => {
    const runId = String(cmd.run_id ?? "");
    const entry = live.get(runId);
    if (!entry) {
      log(`wandb: Run ${runId} not running`);
      return;
    }
    const now = clock();
    if (entry.lastSigtermMs === undefined) {
      entry.lastSigtermMs = now;
      log(`wandb: Stop: ${runId}`);
      entry.handle.terminate();
    } else if (now > entry.lastSigtermMs + killDelayMs) {
      log(`wandb: Kill: ${runId}`);
      entry.handle.kill();
    }
  };

  try {
    while (reason === undefined) {
      if (o.signal?.aborted) {
        reason = "signal";
        break;
      }
      const runState: Record<string, boolean> = {};
      for (const [runId, entry] of live) {
        if (!entry.ended) {
          runState[runId] = true;
          continue;
        }
        const code = entry.code ?? null;
        const failed = code !== null && code > 0;
        const why = rules.runEnded(code);
        if (failed) status.failed++;
        if (why) {
          log(`wandb: ERROR ${why}`);
          reason = "failing";
          message = why;
          break;
        }
        live.delete(runId);
        status.finished++;
        if (status.current === runId) status.current = undefined;
        report();
        log(`wandb: Agent Finished Run: ${runId}${code ? ` (exit code ${code})` : ""}`);
      }
      if (reason) break;
      if (o.count && rules.finished >= o.count) {
        reason = "count";
        break;
      }
      let commands: AgentCommand[] = [];
      try {
        commands = await agentHeartbeat(o.gql, agentId, runState);
      } catch (err) {
        if (err instanceof CommError && err.status === 404 && live.size === 0) {
          log("wandb: ERROR Sweep was deleted or agent was not found.");
          reason = "sweep-gone";
          break;
        }
        log(`wandb: ERROR Error communicating with W&B: ${(err as Error).message}`);
      }
      for (const cmd of commands) {
        try {
          switch (cmd.type) {
            case "run":
            case "resume":
              await startRun(cmd);
              break;
            case "stop":
              stopRun(cmd);
              break;
            case "exit":
              log("wandb: Received exit command. Killing runs and quitting.");
              for (const e of live.values()) if (!e.ended) e.handle.kill();
              reason = "exit";
              break;
            default:
              log(`wandb: ERROR No such command: ${cmd.type}`);
          }
        } catch (err) {
          log(
            `wandb: ERROR Exception while processing command ${cmd.type}: ${
              (err as Error).message
            }`,
          );
        }
      }
      if (reason) break;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, intervalMs);
        wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      wake = () => {};
    }
    if (reason === "signal" || reason === "failing") await terminateAll(live, killDelayMs, log);
    else if (reason === "exit") await Promise.all([...live.values()].map((e) => e.handle.exited));
  } finally {
    o.signal?.removeEventListener("abort", onAbort);
  }
  status.current = undefined;
  report();
  return { ...status, reason, message, agentId };
}

/** Terminates the runs still going and waits for them; kills those left after the delay. */
async function terminateAll(
  live: Map<string, Live>,
  killDelayMs: number,
  log: (line: string) => void,
): Promise<void> {
  const going = [...live.values()].filter((e) => !e.ended);
  if (going.length === 0) return;
  log("wandb: Terminating and syncing runs.");
  for (const e of going) e.handle.terminate();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const all = Promise.all(going.map((e) => e.handle.exited)).then(() => true);
  const late = new Promise<boolean>((r) => timer = setTimeout(() => r(false), killDelayMs));
  const done = await Promise.race([all, late]);
  clearTimeout(timer);
  if (!done) {
    log("wandb: Killing runs and quitting.");
    for (const e of going) if (!e.ended) e.handle.kill();
    await all;
  }
}

function commandOf(configYaml: string | null): unknown[] | undefined {
  if (!configYaml) return undefined;
  try {
    const cfg = parseYaml(configYaml) as Record<string, unknown> | null;
    return Array.isArray(cfg?.command) && cfg.command.length > 0 ? cfg.command : undefined;
  } catch {
    return undefined;
  }
}

function mapValues(args: RunArgs): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).map(([k, v]) => [k, v?.value]));
}

function envInt(env: Record<string, string>, name: string, dflt: number): number {
  const raw = env[name];
  if (raw === undefined) return dflt;
  if (!/^\s*\d+\s*$/.test(raw)) {
    throw new SweepError(
      "sweep/agent",
      `${name}=${
        JSON.stringify(raw)
      } is not a whole number of seconds; set a number such as ${dflt}`,
    );
  }
  return Number(raw);
}

function hostname(): string {
  try {
    return Deno.hostname();
  } catch {
    return "localhost";
  }
}
