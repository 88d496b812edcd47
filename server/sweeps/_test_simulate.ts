/**
 * Plays a sweep against an objective function with a seeded PRNG: each suggestion is run at once
 * and finishes with `loss` = objective(args). Shared by the bayes tests and the sweeps bench.
 *
 * @module
 */
import type { SweepConfig } from "./config.ts";
import { nextRun } from "./controller.ts";
import type { SweepRunInfo } from "./runs.ts";
import { seededRandom } from "./_test_rng.ts";

/** The runs of `count` sequential suggestions, each finished with its objective value. */
export function simulate(
  config: SweepConfig,
  objective: (v: Record<string, number>) => number,
  count: number,
  seed: number,
): SweepRunInfo[] {
  const rng = seededRandom(seed);
  const runs: SweepRunInfo[] = [];
  for (let i = 0; i < count; i++) {
    const s = nextRun(config, runs, rng);
    if (s === null) break;
    const v = Object.fromEntries(Object.entries(s.args).map(([k, a]) => [k, a.value as number]));
    runs.push({
      name: `r${i}`,
      state: "finished",
      config: v,
      summaryMetrics: { loss: objective(v) },
    });
  }
  return runs;
}

/** Branin on x1 ∈ [-5, 10], x2 ∈ [0, 15]; global minimum 0.397887. */
export function branin(v: Record<string, number>): number {
  const x1 = v.x1!;
  const x2 = v.x2!;
  const b = 5.1 / (4 * Math.PI * Math.PI);
  const c = 5 / Math.PI;
  const t = 1 / (8 * Math.PI);
  return (x2 - b * x1 * x1 + c * x1 - 6) ** 2 + 10 * (1 - t) * Math.cos(x1) + 10;
}

/** The median of `xs`. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
