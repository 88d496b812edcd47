/**
 * `wandb.controller()`: the local controller (`controller: {type: local}`), W&B's
 * `wandb_controller.py` protocol (sweeps.md §8) with this repo's search and stopping algorithms
 * (`server/sweeps`). Each step reads the sweep (`SweepWithRuns`, with the metric's history),
 * drops the schedule entries the server has started (its `scheduler` JSON names them), asks the
 * search for the next run (one at a time; `args: null` once the search is exhausted), lists the
 * runs Hyperband stops, and writes the `controller` JSON back with `UpsertSweep` when it changed.
 * It works against any server that implements the protocol, W&B's included.
 *
 * @example
 * ```ts ignore
 * const tuner = await controller("me/demo/abc123");
 * await tuner.run({ signal: AbortSignal.timeout(600_000) });
 * ```
 * @module
 */
import {
  nextRun,
  parseSweepConfig,
  runsToStop,
  type SweepConfig,
  type SweepRunInfo,
} from "../../server/sweeps/mod.ts";
import type { GraphQLClient } from "../../net/graphql.ts";
import { parseYaml } from "../../internal/run_files/_yaml.ts";
import { connect } from "./_connect.ts";
import { SweepError } from "./errors.ts";
import {
  parseSweepPath,
  type SweepPath,
  type SweepWithRuns,
  sweepWithRuns,
  upsertSweep,
} from "./gql.ts";
import { createSweep } from "./sweep.ts";

/** The `controller` JSON the client writes. */
export interface ControllerState {
  /** The run to start next (`args: null`: the search is exhausted). */
  schedule?: { id: string; data: { args: Record<string, { value: unknown }> | null } }[];
  /** Runs to stop early. */
  earlystop?: string[];
}

/** Options of {@linkcode controller}. */
export interface ControllerOptions {
  /** Entity of the sweep, when the id does not say it. */
  entity?: string;
  /** Project of the sweep, when the id does not say it. */
  project?: string;
  /** The search's random source. @default Math.random */
  random?: () => number;
  /** Where status lines go. @default console.log */
  log?: (line: string) => void;
}

/** Options of {@linkcode Controller.run}. */
export interface ControllerRunOptions {
  /** Milliseconds between steps. @default 5000 */
  intervalMs?: number;
  /** Stops the loop. */
  signal?: AbortSignal;
}

/**
 * A local controller bound to one sweep.
 *
 * @example
 * ```ts ignore
 * const c = await controller("abc123", { project: "demo" });
 * while (!(await c.done())) { await c.step(); await new Promise((r) => setTimeout(r, 5000)); }
 * ```
 */
export class Controller {
  readonly #gql: GraphQLClient;
  readonly #path: SweepPath;
  readonly #random: () => number;
  readonly #log: (line: string) => void;
  #started = false;
  #sweep?: SweepWithRuns;
  #config?: SweepConfig;
  #rawConfig: Record<string, unknown> = {};
  #runs: SweepRunInfo[] = [];
  #controller: ControllerState = {};
  #synced = "{}";
  #scheduler: { scheduled?: { id: string; runid: string }[] } = {};
  /** The search found nothing more to run. */
  doneScheduling = false;

  /** Made by {@linkcode controller}. */
  constructor(gql: GraphQLClient, path: SweepPath, options: ControllerOptions = {}) {
    this.#gql = gql;
    this.#path = path;
    this.#random = options.random ?? Math.random;
    this.#log = options.log ?? ((l: string) => console.log(l));
  }

  /** The sweep's id. */
  get sweepId(): string {
    return this.#path.sweep;
  }

  /** The sweep's config as checked (defaults filled). */
  get sweepConfig(): Record<string, unknown> | undefined {
    return this.#config as Record<string, unknown> | undefined;
  }

  /** The current `controller` JSON. */
  get state(): ControllerState {
    return structuredClone(this.#controller);
  }

  /**
   * Whether the sweep is over (its state is no longer pending, running or preempting).
   *
   * @example
   * ```ts ignore
   * if (await c.done()) console.log("sweep finished");
   * ```
   */
  async done(): Promise<boolean> {
    await this.#start();
    const state = (this.#sweep?.state ?? "").toUpperCase();
    return !["PREEMPTING", "PENDING", "RUNNING"].includes(state);
  }

  /**
   * One round: read the sweep, schedule the next run if none is waiting, stop the runs the
   * stopping rule picks.
   *
   * @example
   * ```ts ignore
   * await c.step();
   * ```
   */
  async step(): Promise<void> {
    await this.#start();
    await this.#read();
    const { started, stopped, done } = this.#parseScheduled();
    this.#controller.schedule = (this.#controller.schedule ?? []).filter((s) =>
      !started.includes(s.id)
    );
    this.#controller.earlystop = (this.#controller.earlystop ?? []).filter((r) =>
      !stopped.includes(r) && !done.includes(r)
    );
    const config = this.#config!;
    if (!this.#controller.schedule?.length) {
      const suggestion = nextRun(config, this.#runs, this.#random);
      if (suggestion === null) this.doneScheduling = true;
      const id = scheduleId(this.#random);
      this.#controller.schedule = [{ id, data: { args: suggestion?.args ?? null } }];
      if (suggestion) {
        this.#log(
          `INFO: Schedule (${
            Object.entries(suggestion.args).sort(([a], [b]) => a < b ? -1 : 1)
              .map(([k, v]) => `${k}=${JSON.stringify(v.value)}`).join(",")
          })`,
        );
      }
      await this.#sync();
    }
    if (config.early_terminate !== undefined) {
      const stop = runsToStop(config, this.#runs);
      if (stop.length > 0) {
        this.#controller.earlystop = [...new Set(stop)];
        this.#log(`INFO: Stop (${this.#controller.earlystop.join(",")})`);
        await this.#sync();
      }
    }
  }

  /**
   * Steps every `intervalMs` until the sweep is done or `signal` aborts.
   *
   * @example
   * ```ts ignore
   * await c.run({ intervalMs: 5000 });
   * ```
   */
  async run(options: ControllerRunOptions = {}): Promise<void> {
    const interval = options.intervalMs ?? 5000;
    while (!options.signal?.aborted && !(await this.done())) {
      await this.step();
      await new Promise<void>((resolve) => {
        const t = setTimeout(done, interval);
        function done() {
          clearTimeout(t);
          options.signal?.removeEventListener("abort", done);
          resolve();
        }
        options.signal?.addEventListener("abort", done);
      });
    }
  }

  async #start(): Promise<void> {
    if (this.#started) return;
    await this.#read();
    const type = (this.#rawConfig.controller as { type?: string } | undefined)?.type;
    if (type !== "local") {
      throw new SweepError(
        "sweep/config",
        `Sweep ${this.#path.sweep} has no local controller (controller.type is ${
          JSON.stringify(type ?? "cloud")
        }); only sweeps created with controller: {type: local} are run by wandb.controller()`,
      );
    }
    this.#started = true;
    this.#controller = {};
    await this.#sync();
  }

  async #read(): Promise<void> {
    const metric = this.#config?.metric?.name;
    const specs = JSON.stringify(metric ? { keys: ["_step", metric], samples: 100000 } : {});
    const sweep = await sweepWithRuns(this.#gql, this.#path, specs);
    this.#sweep = sweep;
    const parsed = parseSweepConfig(sweep.config ?? "");
    this.#config = parsed.config;
    this.#rawConfig = rawConfig(sweep.config);
    this.#runs = sweep.runs.map((r) => ({
      name: r.name,
      state: String(r.state ?? "pending").toLowerCase() as SweepRunInfo["state"],
      config: parseJson(r.config) ?? {},
      summaryMetrics: parseJson(r.summaryMetrics) ?? {},
      history: flattenHistory(r.sampledHistory),
      stopped: r.stopped ?? false,
    }));
    this.#controller = parseJson(sweep.controller) ?? {};
    this.#synced = JSON.stringify(this.#controller);
    this.#scheduler = parseJson(sweep.scheduler) ?? {};
  }

  #parseScheduled(): { started: string[]; stopped: string[]; done: string[] } {
    const started: string[] = [];
    const stopped: string[] = [];
    const done: string[] = [];
    for (const s of this.#scheduler.scheduled ?? []) {
      const run = this.#runs.find((r) => r.name === s.runid);
      if (!run) continue;
      if (run.stopped) stopped.push(s.runid);
      if (run.state === "pending" && Object.keys(run.summaryMetrics).length === 0) continue;
      started.push(s.id);
      if (run.state !== "running") done.push(s.runid);
    }
    return { started, stopped, done };
  }

  async #sync(): Promise<void> {
    const text = JSON.stringify(this.#controller);
    if (text === this.#synced) return;
    await upsertSweep(this.#gql, {
      config: this.#rawConfig,
      id: this.#sweep!.id,
      controller: text,
      entity: this.#path.entity,
      project: this.#path.project,
    });
    this.#synced = text;
  }
}

/**
 * A local controller for an existing sweep (its id) or for a new one (a config, which is
 * created first, with `controller: {type: local}` set).
 *
 * @throws {SweepError} `sweep/not-found` naming the sweep; `sweep/config` for a sweep without a
 * local controller (on the first step)
 * @example
 * ```ts ignore
 * const c = await controller({ method: "grid", parameters: { x: { values: [1, 2] } } }, { project: "demo" });
 * ```
 */
export async function controller(
  sweepIdOrConfig: string | Record<string, unknown>,
  options: ControllerOptions = {},
): Promise<Controller> {
  let id: string;
  if (typeof sweepIdOrConfig === "string") id = sweepIdOrConfig;
  else {
    const config = {
      ...sweepIdOrConfig,
      controller: { ...(sweepIdOrConfig.controller as object), type: "local" },
    };
    id = (await createSweep(config, { ...options, log: options.log })).path;
  }
  const path0 = parseSweepPath(id, { entity: options.entity, project: options.project });
  const conn = connect({ entity: path0.entity, project: path0.project });
  const path = { ...path0, entity: conn.entity, project: conn.project };
  await sweepWithRuns(conn.gql, path); // a missing sweep fails here, naming it
  return new Controller(conn.gql, path, options);
}

function scheduleId(random: () => number): string {
  const chars = "abcdefghijklmnopqrstuvwxyz0123456789";
  let out = "";
  for (let i = 0; i < 10; i++) out += chars[Math.floor(random() * chars.length)];
  return out;
}

// deno-lint-ignore no-explicit-any
function parseJson(text: string | null | undefined): any {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The config as the sweep holds it (W&B sends back `yaml.safe_load` of the stored text). */
function rawConfig(yamlText: string | null): Record<string, unknown> {
  const v = yamlText ? parseYaml(yamlText) : {};
  return v && typeof v === "object" && !Array.isArray(v) ? v as Record<string, unknown> : {};
}

function flattenHistory(sampled: unknown): Record<string, unknown>[] {
  if (!Array.isArray(sampled)) return [];
  const out: Record<string, unknown>[] = [];
  for (const part of sampled) {
    if (Array.isArray(part)) {
      for (const row of part) {
        out.push(typeof row === "string" ? JSON.parse(row) : row as Record<string, unknown>);
      }
    }
  }
  return out;
}
