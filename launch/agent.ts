/**
 * The launch agent (W&B's `LaunchAgent`): registers with the server, polls its queues, acks each
 * item with the run id it chose, fetches the source and starts the run on its runner, fails an
 * item it cannot start with the stage and a one-line message and goes on to the next, reports
 * `POLLING`/`RUNNING`, stops a job whose run was stopped from the server (the UI's Stop button,
 * `stopRun`) once the run has had `stopped_run_timeout` to exit on its own, refuses a sweep's item
 * once the sweep is no longer running, and stops when the server sets `stopPolling`, on SIGINT/SIGTERM or on
 * `stop()` — finishing the item in hand and marking itself `KILLED`.
 *
 * @example
 * ```ts ignore
 * const agent = new LaunchAgent({ queues: ["default"], entity: "me", maxJobs: 2 });
 * await agent.loop(); // until stopped
 * ```
 * @module
 */
import { hostname } from "node:os";
import { rm } from "node:fs/promises";
import { sleep as defaultSleep } from "../net/retry.ts";
import { generateRunId } from "../sdk/settings.ts";
import type { LaunchAgentConfig } from "./agent_config.ts";
import { LaunchError } from "./errors.ts";
import { startLaunch } from "./launch.ts";
import { LaunchApi, type PoppedItem } from "./launch_api.ts";
import { LAUNCH_DEFAULT_PROJECT, validateLaunchSpec } from "./spec.ts";
import type { SubmittedRun } from "./submitted_run.ts";
import { isSchedulerSpec, schedulerEntryPoint } from "./scheduler.ts";

/** The agent's version string sent at registration. */
export const AGENT_VERSION = "wandb-ts 0.1.0";

/** W&B's seconds between polls of an idle agent. */
export const AGENT_POLLING_INTERVAL_MS = 10_000;

/** W&B's time a run stopped from the server has to exit before the agent stops it. */
export const STOPPED_RUN_TIMEOUT_MS = 60_000;

/** Options of {@linkcode LaunchAgent}; unset ones come from `config` (the file), then defaults. */
export interface LaunchAgentOptions {
  /** Queues to poll. @default config `queues`, else `["default"]` */
  queues?: string[];
  /** The queues' entity. @default config `entity`, else the viewer's */
  entity?: string;
  /** The queues' project. @default config `project`, else "model-registry" */
  project?: string;
  /** Most jobs at once (`-1` or `Infinity`: no limit). @default config `max_jobs`, else 1 */
  maxJobs?: number;
  /** Most sweep schedulers at once. @default config `max_schedulers`, else 1 */
  maxSchedulers?: number;
  /** The launch config file's contents. */
  config?: LaunchAgentConfig;
  /** The server and key. @default {@linkcode LaunchApi.fromEnv} */
  api?: LaunchApi;
  /** Between polls of an idle agent. @default 10 000 (W&B's) */
  pollIntervalMs?: number;
  /**
   * How long a run stopped from the server may take to exit on its own before the agent stops
   * its process. @default config `stopped_run_timeout` (seconds), else 60 000 (W&B's)
   */
  stoppedRunTimeoutMs?: number;
  /** How long a stopped job has between SIGTERM and SIGKILL. @default 10 000 */
  cancelGraceMs?: number;
  /** How long to look for the run of a job that ended before giving up. @default 60 000 */
  runInfoGraceMs?: number;
  /** Injected sleep (tests). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Agent messages (`launch: …`). @default stderr */
  log?: (line: string) => void;
  /** The jobs' output lines (prefixed with their run id). @default stderr */
  sink?: (line: string) => void;
  /** Called whenever the counts change (for a live status line). */
  onStatus?: (status: AgentStatus) => void;
  /** Stop on SIGINT/SIGTERM while `loop()` runs. @default true */
  handleSignals?: boolean;
  /** Parent of the jobs' source directories. @default the system temp dir */
  workRoot?: string;
  /** The container program of `local-container`. @default "docker" */
  docker?: string;
  /** Variables launched runs get besides the launch ones (e.g. `PATH`). @default none */
  env?: Record<string, string>;
}

/** What the agent is doing. */
export interface AgentStatus {
  /** `starting`, `polling`, `running` or `stopped`. */
  state: "starting" | "polling" | "running" | "stopped";
  /** Jobs running now. */
  running: number;
  /** Jobs whose run ended with code 0. */
  finished: number;
  /** Items failed by the agent, and runs that ended with an error. */
  failed: number;
  /** Jobs the agent stopped because their run was stopped from the server. */
  stopped: number;
  /** Queues polled. */
  queues: string[];
}

interface Job {
  itemId: string;
  queue: string;
  run?: SubmittedRun;
  done: Promise<void>;
  /** When the agent first saw the run stopped from the server. */
  stoppedSeenAt?: number;
  /** The agent stopped the process because the run was stopped from the server. */
  stoppedByServer?: boolean;
  /** A sweep scheduler (counted against `maxSchedulers`, not `maxJobs`). */
  scheduler?: boolean;
}

/** A launch agent. */
export class LaunchAgent {
  readonly #o: LaunchAgentOptions;
  readonly #queues: string[];
  readonly #maxJobs: number;
  readonly #maxSchedulers: number;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly #log: (line: string) => void;
  readonly #jobs = new Map<string, Job>();
  readonly #wake = new AbortController();
  #api?: LaunchApi;
  #entity?: string;
  #project: string;
  #id?: string;
  #stopping = false;
  #state: AgentStatus["state"] = "starting";
  #finished = 0;
  #failed = 0;
  #stopped = 0;

  /**
   * Sets the agent up; nothing is sent until {@linkcode LaunchAgent.loop}.
   *
   * @param options queues, entity, project, limits, and the injected edges
   */
  constructor(options: LaunchAgentOptions = {}) {
    this.#o = options;
    const c = options.config ?? {};
    this.#queues = options.queues?.length ? options.queues : c.queues?.length ? c.queues : [
      "default",
    ];
    this.#entity = options.entity ?? c.entity;
    this.#project = options.project ?? c.project ?? LAUNCH_DEFAULT_PROJECT;
    const limit = (v: number | undefined) => (v === undefined ? 1 : v < 0 ? Infinity : v);
    this.#maxJobs = limit(options.maxJobs ?? c.max_jobs);
    this.#maxSchedulers = limit(options.maxSchedulers ?? c.max_schedulers);
    this.#sleep = options.sleep ?? defaultSleep;
    this.#log = options.log ?? ((line) => console.error(line));
  }

  /** The agent id the server gave (after registration). */
  get id(): string | undefined {
    return this.#id;
  }

  /** Jobs running now (sweep schedulers not counted, as W&B's agent). */
  get numRunningJobs(): number {
    return [...this.#jobs.values()].filter((j) => !j.scheduler).length;
  }

  /** Sweep schedulers running now. */
  get numRunningSchedulers(): number {
    return this.#jobs.size - this.numRunningJobs;
  }

  /** The most jobs at once. */
  get maxJobs(): number {
    return this.#maxJobs;
  }

  /** The most sweep schedulers at once. */
  get maxSchedulers(): number {
    return this.#maxSchedulers;
  }

  /** What the agent is doing. */
  get status(): AgentStatus {
    return {
      state: this.#state,
      running: this.#jobs.size,
      finished: this.#finished,
      failed: this.#failed,
      stopped: this.#stopped,
      queues: [...this.#queues],
    };
  }

  /**
   * Logs one status line, as W&B's agent does: the queues it polls and its running jobs.
   *
   * @example
   * ```ts ignore
   * agent.printStatus(); // launch: agent 1 polling on queues default, running 0 out of a maximum of 1 jobs
   * ```
   */
  printStatus(): void {
    let line = "agent ";
    if (this.#id) line += `${this.#id} `;
    const running = this.numRunningJobs;
    if (running < this.#maxJobs) line += `polling on queues ${this.#queues.join(",")}, `;
    const max = this.#maxJobs === Infinity ? "unlimited" : String(this.#maxJobs);
    line += `running ${running} out of a maximum of ${max} jobs`;
    this.#log(`launch: ${line}`);
  }

  /**
   * Stops the agent: the item in hand is acked and started, running jobs are cancelled, and
   * the agent is marked `KILLED`; `loop()` then returns.
   *
   * @example
   * ```ts ignore
   * setTimeout(() => agent.stop(), 60_000);
   * await agent.loop();
   * ```
   */
  stop(): void {
    if (this.#stopping) return;
    this.#stopping = true;
    this.#wake.abort();
  }

  /**
   * Registers, then polls and runs jobs until stopped.
   *
   * @throws {LaunchError} `launch/queue` when a queue does not exist, `launch/api` without a key
   * @example
   * ```ts ignore
   * await new LaunchAgent({ queues: ["default"] }).loop();
   * ```
   */
  async loop(): Promise<void> {
    const onSignal = () => {
      this.#log("launch: stopping: finishing the item in hand (send the signal again to force)");
      if (this.#stopping) Deno.exit(130);
      this.stop();
    };
    const signals: Deno.Signal[] = this.#o.handleSignals === false ? [] : ["SIGINT", "SIGTERM"];
    for (const s of signals) Deno.addSignalListener(s, onSignal);
    try {
      await this.#loop();
    } finally {
      for (const s of signals) Deno.removeSignalListener(s, onSignal);
    }
  }

  async #loop(): Promise<void> {
    const api = this.#api = this.#o.api ?? LaunchApi.fromEnv();
    const entity = this.#entity ??= await api.defaultEntity();
    const c = this.#o.config ?? {};
    const max = (n: number) => (n === Infinity ? -1 : n);
    this.#id = await api.createLaunchAgent(
      entity,
      this.#project,
      this.#queues,
      {
        ...c,
        entity,
        project: this.#project,
        queues: this.#queues,
        max_jobs: max(this.#maxJobs),
        max_schedulers: max(this.#maxSchedulers),
      },
      AGENT_VERSION,
      hostname(),
    );
    await this.#setState("polling");
    this.printStatus();
    let ticks = 0;
    while (!this.#stopping) {
      ticks++;
      const info = await api.launchAgent(this.#id);
      if (info?.stopPolling) {
        this.#log("launch: the server asked this agent to stop polling");
        break;
      }
      let got = false;
      if (this.numRunningJobs < this.#maxJobs) {
        for (const queue of this.#queues) {
          const item = await api.popFromRunQueue(queue, entity, this.#project, this.#id).catch(
            (err) => {
              this.#log(`launch: could not poll queue ${queue}: ${firstLine(err)}`);
              return null;
            },
          );
          if (!item) continue;
          got = true;
          await this.#take(item, queue);
          break;
        }
      }
      await this.#checkStopped();
      if (ticks % 2 === 0) await this.#setState(this.#jobs.size ? "running" : "polling");
      if (this.#stopping) break;
      const wait = got && this.numRunningJobs < this.#maxJobs
        ? 0
        : this.#o.pollIntervalMs ?? AGENT_POLLING_INTERVAL_MS;
      await this.#sleep(wait, this.#wake.signal).catch(() => {});
    }
    const jobs = [...this.#jobs.values()];
    if (jobs.length) this.#log(`launch: Shutting down, stopping ${jobs.length} active job(s)`);
    await Promise.all(jobs.map((j) => j.run?.cancel()));
    await Promise.all(jobs.map((j) => j.done));
    await this.#setState("stopped");
    this.printStatus();
  }

  /**
   * At each beat: asks the server whether each running job's run was stopped (W&B's
   * `check_stop_requested`); a run still running `stoppedRunTimeoutMs` after the stop was first
   * seen has its process stopped (SIGTERM, then SIGKILL after the grace). The item then ends as
   * the run does on the server (a run stopped from the server ends `killed`).
   */
  async #checkStopped(): Promise<void> {
    const timeout = this.#o.stoppedRunTimeoutMs ??
      (typeof this.#o.config?.stopped_run_timeout === "number"
        ? this.#o.config.stopped_run_timeout * 1000
        : STOPPED_RUN_TIMEOUT_MS);
    for (const job of this.#jobs.values()) {
      const run = job.run;
      if (!run || run.exitStatus || job.stoppedByServer) continue;
      let stopped: boolean;
      try {
        stopped = await this.#api!.runStopped(run.entity, run.project, run.runId);
      } catch (err) {
        this.#log(
          `launch: could not check whether run ${run.runId} was stopped: ${firstLine(err)}`,
        );
        continue;
      }
      if (!stopped) continue;
      const now = Date.now();
      job.stoppedSeenAt ??= now;
      if (now - job.stoppedSeenAt < timeout) continue;
      job.stoppedByServer = true;
      this.#log(`launch: Run ${run.runId} was stopped from the server; stopping its job`);
      void run.cancel({ graceMs: this.#o.cancelGraceMs });
    }
  }

  /** Acks an item and starts its job in the background; a bad item is failed here. */
  async #take(item: PoppedItem, queue: string): Promise<void> {
    const api = this.#api!;
    const spec = item.runSpec;
    const itemId = item.runQueueItemId;
    const copy = { ...spec, _wandb_api_key: spec._wandb_api_key ? "<redacted>" : undefined };
    this.#log(`launch: Launch agent received job ${itemId} from ${queue}: ${JSON.stringify(copy)}`);
    const scheduler = isSchedulerSpec(spec);
    if (scheduler && this.numRunningSchedulers >= this.#maxSchedulers) {
      // W&B leaves it unacked: the server hands it out again once its lease runs out.
      this.#log(
        `launch: Agent already running the maximum number of sweep schedulers: ${this.#maxSchedulers}. To set this value use \`max_schedulers\` key in the agent config`,
      );
      return;
    }
    const runId = typeof spec?.run_id === "string" && spec.run_id ? spec.run_id : generateRunId();
    if (!(await api.ackRunQueueItem(itemId, runId))) {
      this.#log(`launch: item ${itemId} was already acknowledged by another agent; skipping it`);
      return;
    }
    const invalid = typeof spec !== "object" || spec === null
      ? new LaunchError(
        "launch/spec",
        `Run queue item ${itemId} has no launch spec; enqueue it again`,
      )
      : validateLaunchSpec(spec);
    if (invalid) {
      await this.#fail(itemId, invalid);
      return;
    }
    // W&B's check_sweep_state: no runs for a sweep that is no longer running.
    if (spec.sweep_id) {
      const state = await api.sweepState(spec.entity, spec.project, spec.sweep_id).catch(() =>
        undefined
      );
      if (state !== "RUNNING" && state !== "PAUSED") {
        await this.#fail(
          itemId,
          new LaunchError(
            "launch/sweep",
            `Launch agent picked up sweep job, but sweep (${spec.sweep_id}) was in a terminal state (${
              state ?? "not found"
            }); resume the sweep or enqueue the run without sweep_id`,
          ),
        );
        return;
      }
    }
    let resolveDone!: () => void;
    const job: Job = { itemId, queue, scheduler, done: new Promise((r) => resolveDone = r) };
    if (scheduler) {
      this.#log(
        `launch: Preparing to run sweep scheduler (${
          this.numRunningSchedulers + 1
        }/${this.#maxSchedulers})`,
      );
    }
    this.#jobs.set(itemId, job);
    await this.#setState("running");
    this.#runJob(job, item, runId).finally(() => {
      this.#jobs.delete(itemId);
      resolveDone();
      this.#report();
      if (this.#jobs.size === 0 && !this.#stopping) this.#setState("polling").catch(() => {});
    });
  }

  async #runJob(job: Job, item: PoppedItem, runId: string): Promise<void> {
    const api = this.#api!;
    const spec = item.runSpec;
    let run: SubmittedRun;
    try {
      const runSpec = job.scheduler
        ? { ...spec, overrides: { ...spec.overrides, entry_point: schedulerEntryPoint(spec) } }
        : spec;
      run = await startLaunch(runSpec, api, {
        runId,
        queueName: job.queue,
        queueEntity: this.#entity,
        runQueueItemId: job.itemId,
        sink: this.#o.sink,
        log: this.#log,
        workRoot: this.#o.workRoot,
        docker: this.#o.docker,
        env: this.#o.env,
      });
    } catch (err) {
      await this.#fail(job.itemId, err);
      return;
    }
    job.run = run;
    try {
      const ok = await run.wait();
      const state = await run.getStatus();
      this.#log(
        `launch: Job finished with ID: ${run.runId} (${state}, exit code ${run.exitStatus?.code})`,
      );
      if (job.stoppedByServer) {
        this.#stopped++;
        return; // the item ends as its run does on the server
      }
      if (state === "stopped") return; // cancelled by stop()
      const inited = await this.#runExists(spec.entity, spec.project, run.runId);
      if (!inited) {
        await this.#fail(
          job.itemId,
          new LaunchError(
            "launch/run-failed",
            ok
              ? "The submitted job exited successfully but failed to call wandb.init"
              : `The submitted run was not successfully started (exit code ${run.exitStatus?.code})`,
            "run",
          ),
        );
        return;
      }
      if (ok) this.#finished++;
      else this.#failed++;
    } finally {
      if (run.dir) await rm(run.dir, { recursive: true, force: true }).catch(() => {});
    }
  }

  /** Whether the run called init (its state is no longer `pending`), with W&B's backoff. */
  async #runExists(entity: string, project: string, runId: string): Promise<boolean> {
    const grace = this.#o.runInfoGraceMs ?? 60_000;
    for (let interval = 1000;; interval *= 2) {
      try {
        const state = await this.#api!.runState(entity, project, runId);
        if (state && state.toLowerCase() !== "pending") return true;
      } catch {
        // not there yet
      }
      if (interval > grace) return false;
      await this.#sleep(Math.min(interval, grace), undefined);
    }
  }

  async #fail(itemId: string, err: unknown): Promise<void> {
    const message = firstLine(err);
    const stage = err instanceof LaunchError ? err.stage : "agent";
    this.#log(`launch: Error running job ${itemId}: ${message}`);
    this.#failed++;
    this.#report();
    try {
      await this.#api!.failRunQueueItem(itemId, message, stage);
    } catch (e) {
      this.#log(`launch: could not mark item ${itemId} failed: ${(e as Error).message}`);
    }
  }

  async #setState(state: AgentStatus["state"]): Promise<void> {
    this.#state = state;
    this.#report();
    const status =
      { starting: "", polling: "POLLING", running: "RUNNING", stopped: "KILLED" }[state];
    if (!status || !this.#id) return;
    try {
      if (!(await this.#api!.updateLaunchAgent(this.#id, status))) {
        this.#log(`launch: Failed to update agent status to ${status}`);
      }
    } catch (e) {
      this.#log(`launch: Failed to update agent status to ${status}: ${(e as Error).message}`);
    }
  }

  #report(): void {
    this.#o.onStatus?.(this.status);
  }
}

function firstLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split("\n")[0]!;
}
