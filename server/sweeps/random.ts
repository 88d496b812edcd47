/**
 * Random search (`sweeps.md` §4): every parameter sampled independently through its inverse CDF.
 *
 * @module
 */
import type { FlatParam } from "./config.ts";
import { ppf } from "./distributions.ts";
import { type Suggestion, toArgs } from "./runs.ts";

/** One random suggestion; `random` gives uniform numbers in [0, 1). */
export function randomNext(params: FlatParam[], random: () => number): Suggestion {
  return toArgs(params, params.map((p) => p.type === "constant" ? p.spec.value : ppf(p, random())));
}
