/**
 * `run.defineMetric()` as W&B's `define_metric`: which summary a metric keeps, the metric it is
 * plotted against (`stepMetric`, synced into rows that lack it unless `stepSync: false`), whether
 * it is hidden. Names ending in `*` are globs (`"val/*"`, `"*"`; only a trailing `*` matches, and
 * `"*"` skips `_` keys); an exact name wins over a glob, a longer glob over a shorter one. A name
 * is W&B's: `"a.b"` is the nested key `{a: {b}}`, `"a\\.b"` the flat key `"a.b"`. Each
 * definition becomes a MetricRecord in the log; the Worker keeps the summaries
 * (`internal/metric_summaries.ts`).
 *
 * @example
 * ```ts
 * import { metricRecord, StepSync } from "./metrics.ts";
 * const rec = metricRecord("val/*", { stepMetric: "epoch", summary: "max" });
 * console.assert(rec.globName === "val/*" && rec.summary!.max === true);
 * const sync = new StepSync();
 * sync.define(rec);
 * console.assert(sync.stepFor("val/acc") === "epoch");
 * ```
 * @module
 */
import type { wandb_internal } from "../proto/mod.ts";
import { UsageError } from "./errors.ts";
import { MetricMatcher } from "../proto/metric_name.ts";

/** The summaries W&B keeps for a metric (`summary: "min,last"` asks for two). */
export type MetricSummaryName =
  | "min"
  | "max"
  | "mean"
  | "first"
  | "last"
  | "best"
  | "copy"
  | "none";

const SUMMARIES: readonly MetricSummaryName[] = [
  "min",
  "max",
  "mean",
  "first",
  "last",
  "best",
  "copy",
  "none",
];

/** Options of `run.defineMetric()`. */
export interface DefineMetricOptions {
  /** The metric this one is plotted against (W&B's `step_metric`). */
  stepMetric?: string;
  /** Put the step metric's last value into rows that lack it. @default true with a stepMetric */
  stepSync?: boolean;
  /** Hide the metric from the automatic charts. */
  hidden?: boolean;
  /**
   * The summary to keep: one name, several comma-separated (`"min,last"`), or a list; any case.
   * `"none"` keeps no summary for the metric, even with others. @default the last value
   */
  summary?: string | MetricSummaryName[];
  /** Which way is better, for the `best` summary. @default "minimize" */
  goal?: "minimize" | "maximize";
  /** Replace an earlier definition of the same name instead of merging (W&B's `overwrite`). */
  overwrite?: boolean;
}

/** A bad `defineMetric` argument; the message names it and says what is allowed. */
export class MetricError extends UsageError {
  /** Always `"MetricError"`. */
  override name = "MetricError";
  /**
   * Makes the error, with code `metric/invalid`.
   *
   * @param message one line naming the argument
   * @example
   * ```ts
   * import { MetricError } from "./metrics.ts";
   * console.assert(new MetricError("bad").code === "metric/invalid");
   * ```
   */
  constructor(message: string) {
    super("metric/invalid", message);
  }
}

/**
 * Checks `defineMetric` arguments and builds the MetricRecord W&B writes for them.
 *
 * @throws {MetricError} naming the argument that is wrong
 * @example
 * ```ts
 * import { metricRecord } from "./metrics.ts";
 * console.assert(metricRecord("loss", { summary: "min,last" }).summary!.last === true);
 * ```
 */
export function metricRecord(
  name: string,
  options: DefineMetricOptions = {},
): wandb_internal.IMetricRecord {
  if (typeof name !== "string" || name.length === 0) {
    throw new MetricError(
      `defineMetric(name) must be a non-empty string; got ${JSON.stringify(name)}`,
    );
  }
  if (name.indexOf("*") !== -1 && name.indexOf("*") !== name.length - 1) {
    throw new MetricError(
      `defineMetric("${name}"): only a trailing "*" is a wildcard (like "val/*" or "*")`,
    );
  }
  const { stepMetric, hidden, goal, overwrite } = options;
  if (stepMetric !== undefined && (typeof stepMetric !== "string" || stepMetric === "")) {
    throw new MetricError(`defineMetric("${name}") option stepMetric must be a metric name`);
  }
  if (stepMetric !== undefined && stepMetric.includes("*")) {
    throw new MetricError(
      `defineMetric("${name}") option stepMetric cannot be a glob ("${stepMetric}")`,
    );
  }
  if (goal !== undefined && goal !== "minimize" && goal !== "maximize") {
    throw new MetricError(
      `defineMetric("${name}") option goal must be "minimize" or "maximize"; got ${
        JSON.stringify(goal)
      }`,
    );
  }
  const names = parseSummary(name, options.summary);
  const rec: wandb_internal.IMetricRecord = name.endsWith("*") ? { globName: name } : { name };
  if (stepMetric) rec.stepMetric = stepMetric;
  const stepSync = options.stepSync ?? (stepMetric ? true : undefined);
  rec.options = {
    defined: true,
    ...(stepSync !== undefined ? { stepSync } : {}),
    ...(hidden !== undefined ? { hidden } : {}),
  };
  if (names.length > 0) {
    rec.summary = Object.fromEntries(names.map((n) => [n, true]));
  }
  if (goal) rec.goal = goal === "minimize" ? 1 : 2;
  if (overwrite) rec._control = { overwrite: true };
  return rec;
}

function parseSummary(name: string, summary: DefineMetricOptions["summary"]): MetricSummaryName[] {
  if (summary === undefined) return [];
  // As the official client: case does not matter ("Min,LAST").
  const parts = typeof summary === "string"
    ? summary.split(",").map((s) => s.trim().toLowerCase()).filter((s) => s !== "")
    : Array.isArray(summary)
    ? summary.map((s) => typeof s === "string" ? s.toLowerCase() : s)
    : undefined;
  if (!parts) {
    throw new MetricError(`defineMetric("${name}") option summary must be a string or a list`);
  }
  for (const p of parts) {
    if (!SUMMARIES.includes(p as MetricSummaryName)) {
      throw new MetricError(
        `defineMetric("${name}") option summary has "${p}"; use ${SUMMARIES.join(", ")}`,
      );
    }
  }
  // "none" with others ("none,min") is taken, as the official client takes it; none wins.
  return [...new Set(parts)] as MetricSummaryName[];
}

/**
 * Which step metric to sync into a row for a key: the user thread's half of `defineMetric`
 * (history rows are encoded there). Lookups are cached per key; an empty set costs nothing.
 */
export class StepSync {
  #steps = new MetricMatcher<string>();

  /** True when no definition syncs a step metric. */
  empty = true;

  /** Takes a definition made by {@link metricRecord}. */
  define(rec: wandb_internal.IMetricRecord): void {
    const step = rec.stepMetric && rec.options?.stepSync ? rec.stepMetric : null;
    if (step) this.empty = false;
    this.#steps.define(rec, step);
  }

  /**
   * The step metric to sync into rows holding the metric `name` (W&B's names: nested keys joined
   * by `.`, a `.` inside a key escaped as `\.`; see `proto/metric_name.ts`), if any.
   */
  stepFor(name: string): string | null {
    const step = this.#steps.lookup(name);
    return step === name ? null : step; // a metric is never its own step
  }
}
