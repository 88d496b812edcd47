/**
 * Bayesian search (`sweeps.md` §5). Interim: not implemented yet.
 *
 * @module
 */
import { type FlatParam, type SweepConfig, SweepConfigError } from "./config.ts";
import type { Suggestion, SweepRunInfo } from "./runs.ts";

/** The next bayes suggestion. */
export function bayesNext(
  _config: SweepConfig,
  _params: FlatParam[],
  _runs: SweepRunInfo[],
  _random: () => number,
): Suggestion {
  throw new SweepConfigError("method", "bayes search is not implemented yet");
}
