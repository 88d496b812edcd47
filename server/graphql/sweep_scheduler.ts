/**
 * The server's side of the sweep agent protocol (server-api.md §10): what an agent's heartbeat
 * gets back. An idle agent of an active sweep gets one `run` command (a run the search chose, or
 * one a local controller scheduled, or one a lapsed agent never started); runs the search (or the
 * local controller, or a user) stopped get `stop`; a canceled sweep, or a finished one to an idle
 * agent, gets `exit`. Agents whose heartbeat lapsed lose their runs: the ones that never started
 * are offered to the next idle agent, the live ones are marked crashed (so the search counts
 * them as W&B's does); lapses are found on any agent's heartbeat, when an agent registers and
 * when the sweep is read. A run its agent no longer reports alive that never ended is `killed`
 * (the sweep stopped it) or `crashed`. Run args keep the sweep config's float literals
 * (sweep_args.ts), and a local controller's sweep ends at `run_cap`.
 *
 * Choices where W&B's server is not public: a new sweep is `RUNNING` (the official client
 * pauses only a running sweep; one created `PENDING` becomes `RUNNING` when an agent registers);
 * a sweep whose search is exhausted becomes `FINISHED` once no run of it is pending or running,
 * and from then on an idle agent gets `exit`; `PAUSED` hands out nothing and keeps agents
 * waiting; `CANCELED` sends `exit` (the agent kills its runs) and marks the runs stopped.
 *
 * @example
 * ```ts ignore
 * const commands = heartbeat(store, agentId, { "run-1": true }, { agentTimeoutSeconds: 60 });
 * ```
 * @module
 */
import type { AgentRow, Run, Store, SweepRow } from "../store/mod.ts";
import { parseRow } from "../store/_rows.ts";
import {
  bestMetric,
  floatParameterValues,
  nextRun,
  parseSweepConfig,
  runsToStop,
  type SweepConfig,
  SweepConfigError,
  type SweepRunInfo,
} from "../sweeps/mod.ts";
import { GraphqlApiError } from "./errors.ts";
import { floatArgs, parseKeepingFloats } from "./sweep_args.ts";

/** One command of a heartbeat answer. */
export type AgentCommand =
  | { type: "run"; run_id: string; program: string | null; args: Record<string, unknown> }
  | { type: "stop"; run_id: string }
  | { type: "exit" };

/** Options of {@link heartbeat}. */
export interface HeartbeatOptions {
  /** An agent silent for longer loses its runs. @default 60 */
  agentTimeoutSeconds?: number;
  /** Random source of the search (tests). @default Math.random */
  random?: () => number;
  /** The clock heartbeat times are compared against. */
  now: () => Date;
  /** A fresh run id. */
  newRunName: () => string;
  /** A display name for a run the server creates, given the project's run count. */
  newDisplayName: (n: number) => string;
}

/** The local controller's JSON (sweeps.md §8). */
interface ControllerJson {
  schedule?: { id?: string; data?: { args?: Record<string, unknown> | null } }[];
  earlystop?: string[];
}

/** The server's answer to a local controller. */
interface SchedulerJson {
  scheduled?: { id: string; runid: string | null }[];
}

const LIVE = new Set(["pending", "running", "preempting"]);

/** Whether the sweep's search runs on the client (`controller: {type: local}`). */
export function isLocalController(config: SweepConfig): boolean {
  return config.controller?.type === "local";
}

/** The parsed config of a stored sweep (it was checked when stored). */
export function sweepConfig(sweep: SweepRow): SweepConfig {
  const hit = CONFIGS.get(sweep.config);
  if (hit) return hit;
  const config = parseSweepConfig(sweep.config).config;
  if (CONFIGS.size >= 256) CONFIGS.delete(CONFIGS.keys().next().value!);
  CONFIGS.set(sweep.config, config);
  return config;
}

/** Parsed configs by their YAML text (a heartbeat would parse the same text every time). */
const CONFIGS = new Map<string, SweepConfig>();

/** The runs linked to a sweep, oldest first. */
export function sweepRuns(store: Store, sweep: SweepRow): Run[] {
  return store.sweepRuns(sweep.entity, sweep.project, sweep.name);
}

/** A stored local controller JSON, its float literals kept; `{}` when absent or unreadable. */
function controllerJson(text: string | null): ControllerJson {
  if (!text) return {};
  try {
    const v = parseKeepingFloats(text);
    return typeof v === "object" && v !== null ? v as ControllerJson : {};
  } catch {
    return {};
  }
}

function jsonOr<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** A run's {@link SweepRunInfo} and what it was built from. */
interface CachedInfo {
  state: string;
  stopped: boolean;
  historyLineCount: number;
  summary: string;
  config: string;
  metric: string | undefined;
  info: SweepRunInfo;
}

/**
 * Built run infos by store and run id: a finished run's config, summary and metric history do
 * not change, so a heartbeat reads and parses only the runs that moved since the last one
 * (history is append-only: its line count tells).
 */
const INFO_CACHE = new WeakMap<Store, Map<number, CachedInfo>>();

/** What the search algorithms see of a run. */
export function runInfo(store: Store, config: SweepConfig, run: Run): SweepRunInfo {
  const metric = config.metric?.name;
  let cache = INFO_CACHE.get(store);
  if (!cache) INFO_CACHE.set(store, cache = new Map());
  const hit = cache.get(run.id);
  if (
    hit && hit.state === run.state && hit.stopped === run.stopped &&
    hit.historyLineCount === run.historyLineCount && hit.summary === run.summary &&
    hit.config === run.config && hit.metric === metric
  ) {
    return hit.info;
  }
  let summary: Record<string, unknown> = {};
  try {
    summary = parseRow(run.summary, "summary");
  } catch {
    summary = {};
  }
  const info: SweepRunInfo = {
    name: run.name,
    state: (run.state === "preempting" ? "running" : run.state) as SweepRunInfo["state"],
    config: jsonOr<Record<string, unknown>>(run.config, {}),
    summaryMetrics: summary,
    history: metric
      ? store.history(run.id, { keys: ["_step", metric], samples: 100_000 })
      : undefined,
    stopped: run.stopped,
  };
  cache.set(run.id, {
    state: run.state,
    stopped: run.stopped,
    historyLineCount: run.historyLineCount,
    summary: run.summary,
    config: run.config,
    metric,
    info,
  });
  return info;
}

/**
 * Marks agents of `sweep` whose heartbeat is older than the timeout `LAPSED`: their runs that
 * never started go back to the pool, their running runs become `crashed`.
 */
export function reapLapsedAgents(
  store: Store,
  sweep: SweepRow,
  timeoutSeconds: number,
  now: Date,
  except?: number,
): void {
  const cutoff = now.getTime() - timeoutSeconds * 1000;
  const lapsed = store.sweeps.agents(sweep.id).filter((a) =>
    a.id !== except && a.state === "RUNNING" && Date.parse(a.heartbeatAt) < cutoff
  );
  if (lapsed.length === 0) return;
  const ids = new Set(lapsed.map((a) => a.id));
  for (const a of store.sweeps.assignments(sweep.id)) {
    if (a.agentId === null || !ids.has(a.agentId)) continue;
    const run = store.getRun(sweep.entity, sweep.project, a.runName);
    if (!run || run.state === "pending") store.sweeps.unassign(sweep.id, a.runName);
    else if (run.state === "running" || run.state === "preempting") {
      store.updateRun(run.id, { state: "crashed" });
    }
  }
  for (const a of lapsed) store.sweeps.setAgentState(a.id, "LAPSED");
}

/**
 * Reaps the lapsed agents of `sweep` outside a heartbeat, in one transaction: when a new agent
 * registers (`createAgent`) and when the sweep is read (`SweepWithRuns`, the UI), so the runs of
 * a sweep's only agent that died go back to the pool for a replacement agent, and a reader sees
 * them crashed, without waiting for another agent's heartbeat.
 */
export function reapLapsed(
  store: Store,
  sweep: SweepRow,
  opts: { agentTimeoutSeconds?: number; now: () => Date },
): void {
  store.transaction(() =>
    reapLapsedAgents(store, sweep, opts.agentTimeoutSeconds ?? 60, opts.now())
  );
}

/**
 * A run this agent was given on an earlier heartbeat is in its `runState` while its process
 * lives; one missing from it whose process is gone but which never ended died without telling
 * (its program never reached `wandb.init`, or was killed: the agent's `stop` sends SIGTERM, and
 * a killed program's run is never finished by its client). Such a run still `pending` or
 * `running` is marked `killed` when the sweep had stopped it, else `crashed`, so the search
 * counts it, the agent's failure rules see it, and the sweep can finish.
 */
function endVanished(
  store: Store,
  sweep: SweepRow,
  agent: AgentRow,
  runState: Record<string, unknown>,
): void {
  for (const a of store.sweeps.assignments(sweep.id)) {
    if (a.agentId !== agent.id || runState[a.runName]) continue;
    const run = store.getRun(sweep.entity, sweep.project, a.runName);
    if (!run || !LIVE.has(run.state)) continue;
    store.updateRun(run.id, { state: run.stopped ? "killed" : "crashed" });
  }
}

/** Checks the agent's `runState` names runs of its sweep; returns the live ones. */
function liveRuns(store: Store, sweep: SweepRow, runState: Record<string, unknown>): Run[] {
  const out: Run[] = [];
  for (const [name, alive] of Object.entries(runState)) {
    const run = store.getRun(sweep.entity, sweep.project, name);
    if (!run || run.sweep !== sweep.name) {
      throw new GraphqlApiError(
        "graphql/bad-argument",
        `agentHeartbeat(runState): run ${
          JSON.stringify(name)
        } is not a run of sweep ${sweep.name}; report only runs this agent was given`,
      );
    }
    if (alive) out.push(run);
  }
  return out;
}

/** Creates the pending run for a `run` command and records which agent has it. */
function handOut(
  store: Store,
  sweep: SweepRow,
  config: SweepConfig,
  agent: AgentRow,
  args: Record<string, unknown>,
  opts: HeartbeatOptions,
  scheduleId: string | null = null,
): AgentCommand {
  let name = opts.newRunName();
  while (store.getRun(sweep.entity, sweep.project, name)) name = opts.newRunName();
  const n = store.countRuns(sweep.entity, sweep.project);
  store.upsertRun(sweep.entity, sweep.project, name, {
    state: "pending",
    sweep: sweep.name,
    config: JSON.stringify(args),
    displayName: opts.newDisplayName(n + 1),
  });
  store.sweeps.assign(sweep.id, name, agent.id, JSON.stringify(args), scheduleId);
  return { type: "run", run_id: name, program: config.program ?? null, args };
}

/** The next run for an idle agent, or `exhausted` when the search has nothing more. */
function nextCommand(
  store: Store,
  sweep: SweepRow,
  config: SweepConfig,
  agent: AgentRow,
  runs: Run[],
  opts: HeartbeatOptions,
): AgentCommand | "exhausted" | null {
  // A run a lapsed agent never started comes first.
  for (const a of store.sweeps.assignments(sweep.id)) {
    if (a.agentId !== null) continue;
    const run = store.getRun(sweep.entity, sweep.project, a.runName);
    if (!run || run.state !== "pending") continue;
    store.sweeps.assign(sweep.id, a.runName, agent.id, a.args);
    return {
      type: "run",
      run_id: a.runName,
      program: config.program ?? null,
      args: parseKeepingFloats(a.args) as Record<string, unknown>,
    };
  }
  if (isLocalController(config)) {
    // The controller's args keep its float literals (`1.0`) on their way to the agent.
    const controller = controllerJson(sweep.controller);
    const scheduler = jsonOr<SchedulerJson>(sweep.scheduler, {});
    const scheduled = scheduler.scheduled ?? [];
    for (const entry of controller.schedule ?? []) {
      if (!entry.id || scheduled.some((s) => s.id === entry.id)) continue;
      const args = entry.data?.args;
      // W&B's local controller never reads `run_cap`: the server ends the sweep at the cap.
      if (!args || (config.run_cap !== undefined && runs.length >= config.run_cap)) {
        return "exhausted";
      }
      const cmd = handOut(store, sweep, config, agent, args, opts, entry.id);
      scheduled.push({ id: entry.id, runid: (cmd as { run_id: string }).run_id });
      store.sweeps.update(sweep.id, {
        scheduler: JSON.stringify({ ...scheduler, scheduled }),
      });
      return cmd;
    }
    return null; // the controller has not scheduled anything new yet
  }
  let suggestion;
  try {
    suggestion = nextRun(config, runs.map((r) => runInfo(store, config, r)), opts.random);
  } catch (e) {
    if (!(e instanceof SweepConfigError)) throw e;
    throw new GraphqlApiError(
      "graphql/bad-argument",
      `Sweep ${sweep.name} cannot choose a run: ${e.message}`,
    );
  }
  if (!suggestion) return "exhausted";
  const args = floatArgs(suggestion.args, floatParameterValues(sweep.config));
  return handOut(store, sweep, config, agent, args, opts);
}

/** Marks the runs the search (Hyperband) or the local controller stops as stopped. */
function applyStops(store: Store, sweep: SweepRow, config: SweepConfig, runs: Run[]): void {
  let names: string[];
  if (isLocalController(config)) {
    names = controllerJson(sweep.controller).earlystop ?? [];
  } else if (config.early_terminate) {
    names = runsToStop(config, runs.map((r) => runInfo(store, config, r)));
  } else return;
  const stop = new Set(names);
  for (const run of runs) {
    if (stop.has(run.name) && !run.stopped && LIVE.has(run.state)) {
      store.updateRun(run.id, { stopped: true });
    }
  }
}

/**
 * Answers one heartbeat of agent `agentId` reporting `runState` (`{"<run id>": true}` for its
 * live runs): records it and returns the agent's commands. Throws `graphql/not-found` for an
 * unknown agent and `graphql/bad-argument` for a run that is not its sweep's, changing nothing.
 */
export function heartbeat(
  store: Store,
  agentId: number,
  runState: Record<string, unknown>,
  opts: HeartbeatOptions,
): AgentCommand[] {
  return store.transaction(() => {
    const found = store.sweeps.agentById(agentId);
    if (!found) {
      throw new GraphqlApiError(
        "graphql/not-found",
        `Agent ${agentId} not found; register it with createAgent first`,
      );
    }
    let sweep = store.sweeps.byId(found.sweepId)!;
    const live = liveRuns(store, sweep, runState);
    const agent = store.sweeps.touchAgent(found.id);
    sweep = store.sweeps.update(sweep.id, { heartbeatAt: opts.now().toISOString() });
    reapLapsedAgents(store, sweep, opts.agentTimeoutSeconds ?? 60, opts.now(), agent.id);
    endVanished(store, sweep, agent, runState);
    const config = sweepConfig(sweep);

    if (sweep.state === "CANCELED") {
      for (const r of live) if (!r.stopped) store.updateRun(r.id, { stopped: true });
      store.sweeps.setAgentState(agent.id, "FINISHED");
      return [{ type: "exit" }];
    }
    let runs = sweepRuns(store, sweep);
    applyStops(store, sweep, config, runs);
    runs = sweepRuns(store, sweep);
    const best = bestMetric(config, runs.map((r) => runInfo(store, config, r)));
    if (best !== undefined && best !== sweep.bestLoss) {
      sweep = store.sweeps.update(sweep.id, { bestLoss: best });
    }
    const commands: AgentCommand[] = [];
    for (const r of live) {
      const now = store.getRunById(r.id)!;
      if (now.stopped) commands.push({ type: "stop", run_id: r.name });
    }
    if (live.length > 0) return commands;

    if (sweep.state === "FINISHED") {
      store.sweeps.setAgentState(agent.id, "FINISHED");
      return [{ type: "exit" }];
    }
    if (sweep.state === "PAUSED") return commands;
    const next = nextCommand(store, sweep, config, agent, runs, opts);
    if (next === "exhausted") {
      if (!runs.some((r) => LIVE.has(r.state))) {
        store.sweeps.update(sweep.id, { state: "FINISHED" });
        store.sweeps.setAgentState(agent.id, "FINISHED");
        return [{ type: "exit" }];
      }
      return commands;
    }
    if (next) {
      if (sweep.state === "PENDING") store.sweeps.update(sweep.id, { state: "RUNNING" });
      commands.push(next);
    }
    return commands;
  });
}
