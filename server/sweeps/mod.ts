/**
 * Sweeps: the configuration checker and the search (grid, random, bayes) and early-stopping
 * (Hyperband) algorithms of W&B's sweep controller, as pure functions (`sweeps.md`).
 *
 * ```ts
 * import { nextRun, parseSweepConfig } from "./mod.ts";
 * const { config } = parseSweepConfig("method: random\nparameters:\n  lr: {min: 0.0, max: 1.0}\n");
 * const suggestion = nextRun(config, []);
 * console.log(typeof suggestion?.args.lr?.value); // "number"
 * ```
 * @module
 */
export {
  type Distribution,
  DISTRIBUTIONS,
  fillClientDefaults,
  type FlatParam,
  flattenParameters,
  floatParameterValues,
  type ParameterSpec,
  parseSweepConfig,
  type SweepConfig,
  SweepConfigError,
} from "./config.ts";
export { bestMetric, runMetric, type Suggestion, type SweepRunInfo } from "./runs.ts";
export { expectedRunCount, nextRun, runsToStop } from "./controller.ts";
export { hyperbandBands } from "./hyperband.ts";
export { cdf, ppf } from "./distributions.ts";
