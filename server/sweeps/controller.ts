/**
 * The sweep controller's decisions: the next run to start, the runs to stop, and the sweep's
 * expected run count. Pure functions over the config and what is known of the runs.
 *
 * @module
 */
import { flattenParameters, type SweepConfig, SweepConfigError } from "./config.ts";
import { gridNext, gridSize } from "./grid.ts";
import { randomNext } from "./random.ts";
import { bayesNext } from "./bayes.ts";
import { hyperbandStops } from "./hyperband.ts";
import { bestMetric, type Suggestion, type SweepRunInfo } from "./runs.ts";

/**
 * The next run to start, or null when the search is exhausted (grid done, `run_cap` reached,
 * `metric.target` reached). Deterministic given `random` (uniform in [0, 1)). Runs already
 * started count, in any state; pass pending suggestions as runs in state `"pending"`.
 *
 * @example
 * ```ts
 * import { parseSweepConfig } from "./config.ts";
 * import { nextRun } from "./controller.ts";
 * const { config } = parseSweepConfig({ method: "grid", parameters: { a: { values: [1, 2] } } });
 * console.log(nextRun(config, [])); // { args: { a: { value: 1 } } }
 * ```
 */
export function nextRun(
  config: SweepConfig,
  runs: SweepRunInfo[],
  random: () => number = Math.random,
): Suggestion | null {
  if (config.run_cap !== undefined && runs.length >= config.run_cap) return null;
  const target = config.metric?.target;
  if (target !== undefined) {
    const best = bestMetric(config, runs);
    const max = config.metric?.goal === "maximize";
    if (best !== undefined && (max ? best >= target : best <= target)) return null;
  }
  const params = flattenParameters(config.parameters);
  switch (config.method) {
    case "grid":
      return gridNext(params, runs);
    case "random":
      return randomNext(params, random);
    case "bayes":
      return bayesNext(config, params, runs, random);
    default:
      throw new SweepConfigError(
        "method",
        `method ${
          JSON.stringify(config.method)
        } has no built-in search (use grid, random or bayes)`,
      );
  }
}

/**
 * Hyperband (`early_terminate: {type: hyperband}`): names of running runs to stop now. Empty when
 * the sweep has no `early_terminate`.
 *
 * @example
 * ```ts
 * import { runsToStop } from "./controller.ts";
 * console.log(runsToStop({ method: "random", parameters: {} }, [])); // []
 * ```
 */
export function runsToStop(config: SweepConfig, runs: SweepRunInfo[]): string[] {
  return hyperbandStops(config, runs);
}

/**
 * `runCountExpected`: the grid size (product of value counts) capped by `run_cap`; `run_cap`
 * for other methods; null when unbounded.
 *
 * @example
 * ```ts
 * import { expectedRunCount } from "./controller.ts";
 * console.log(expectedRunCount({ method: "grid", parameters: { a: { values: [1, 2, 3] } } })); // 3
 * ```
 */
export function expectedRunCount(config: SweepConfig): number | null {
  const cap = config.run_cap ?? null;
  if (config.method !== "grid") return cap;
  const size = gridSize(flattenParameters(config.parameters));
  return cap === null ? size : Math.min(size, cap);
}
