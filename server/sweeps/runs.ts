/**
 * What the controller knows of a sweep's runs, and how it reads their config values and metric.
 *
 * @module
 */
import type { FlatParam, SweepConfig } from "./config.ts";

/**
 * What the controller knows of one run of the sweep. `config`: the run's config as plain values
 * by parameter name (nested parameters as nested objects; W&B's stored `{key: {value}}` form is
 * accepted too); `history`: rows of the run's history (each with `_step` and the metric).
 *
 * @example
 * ```ts
 * import type { SweepRunInfo } from "./runs.ts";
 * const run: SweepRunInfo = {
 *   name: "abc123",
 *   state: "finished",
 *   config: { lr: 0.01, optimizer: { name: "adam" } },
 *   summaryMetrics: { loss: 0.25 },
 *   history: [{ _step: 0, loss: 0.5 }, { _step: 1, loss: 0.25 }],
 * };
 * ```
 */
export interface SweepRunInfo {
  /** Run name (id). */
  name: string;
  /** Run state, lower case. */
  state: "pending" | "running" | "finished" | "failed" | "crashed" | "killed" | "preempted";
  /** Config values by parameter name. */
  config: Record<string, unknown>;
  /** Summary metrics. */
  summaryMetrics: Record<string, unknown>;
  /** History rows (for Hyperband and bayes' best value). */
  history?: Record<string, unknown>[];
  /** Whether the run was already told to stop. */
  stopped?: boolean;
}

/**
 * One suggested run: W&B's command `args` shape, `{name: {value}}` (nested parameters nested in
 * `value`).
 *
 * @example
 * ```ts
 * import type { Suggestion } from "./runs.ts";
 * const s: Suggestion = { args: { lr: { value: 0.01 }, optimizer: { value: { name: "adam" } } } };
 * ```
 */
export interface Suggestion {
  /** Parameter name → `{value}`. */
  args: Record<string, { value: unknown }>;
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Unwraps W&B's stored `{value, desc}` config entry to its value. */
function unwrap(v: unknown): unknown {
  if (isObj(v) && "value" in v && Object.keys(v).every((k) => k === "value" || k === "desc")) {
    return v.value;
  }
  return v;
}

/** The run's value of parameter `path`, or `undefined` when absent. */
export function runValue(run: SweepRunInfo, path: string[]): unknown {
  let v: unknown = unwrap(run.config[path[0]!]);
  for (const k of path.slice(1)) {
    if (!isObj(v) || !(k in v)) return undefined;
    v = v[k];
  }
  return v;
}

/** Builds the suggestion args from flat parameter values (re-nesting nested parameters). */
export function toArgs(params: FlatParam[], values: unknown[]): Suggestion {
  const args: Record<string, { value: unknown }> = {};
  params.forEach((p, i) => {
    const [top, ...rest] = p.path;
    if (rest.length === 0) {
      args[top!] = { value: values[i] };
      return;
    }
    const holder = args[top!] ??= { value: {} };
    let o = holder.value as Record<string, unknown>;
    for (const k of rest.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
    o[rest[rest.length - 1]!] = values[i];
  });
  return { args };
}

function lookup(obj: Record<string, unknown>, name: string): unknown {
  if (name in obj) return obj[name];
  let v: unknown = obj;
  for (const k of name.split(".")) {
    if (!isObj(v) || !(k in v)) return undefined;
    v = v[k];
  }
  return v;
}

function finite(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/**
 * The metric value of a run the way W&B reads it: the summary value of `metric.name` (a dotted
 * name may also be nested); `undefined` when missing, not a number, NaN or infinite.
 *
 * @example
 * ```ts
 * import { runMetric } from "./runs.ts";
 * const config = { method: "random" as const, parameters: {}, metric: { name: "loss" } };
 * const run = { name: "r", state: "finished" as const, config: {}, summaryMetrics: { loss: 0.5 } };
 * console.log(runMetric(config, run)); // 0.5
 * ```
 */
export function runMetric(config: SweepConfig, run: SweepRunInfo): number | undefined {
  if (config.metric === undefined) return undefined;
  return finite(lookup(run.summaryMetrics, config.metric.name));
}

/**
 * The best run metric over `runs` (min for `minimize`, max for `maximize`), for `bestLoss`.
 *
 * @example
 * ```ts
 * import { bestMetric } from "./runs.ts";
 * const config = { method: "random" as const, parameters: {}, metric: { name: "loss" } };
 * const run = (loss: number) => ({ name: "r", state: "finished" as const, config: {}, summaryMetrics: { loss } });
 * console.log(bestMetric(config, [run(0.5), run(0.2)])); // 0.2
 * ```
 */
export function bestMetric(config: SweepConfig, runs: SweepRunInfo[]): number | undefined {
  const max = config.metric?.goal === "maximize";
  let best: number | undefined;
  for (const run of runs) {
    const v = runMetric(config, run);
    if (v !== undefined && (best === undefined || (max ? v > best : v < best))) best = v;
  }
  return best;
}

/** The run's finite values of the metric in its history rows, in order. */
export function metricHistory(config: SweepConfig, run: SweepRunInfo): number[] {
  const name = config.metric?.name;
  if (name === undefined || run.history === undefined) return [];
  const out: number[] = [];
  for (const row of run.history) {
    const v = finite(lookup(row, name));
    if (v !== undefined) out.push(v);
  }
  return out;
}
