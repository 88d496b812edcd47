/**
 * Hyperband early termination (`sweeps.md` §6): bands of iterations, a threshold per band from
 * every run's metric history, and the running runs below it.
 *
 * @module
 */
import type { SweepConfig } from "./config.ts";
import { metricHistory, type SweepRunInfo } from "./runs.ts";

/**
 * The bands (iteration counts) of a hyperband `early_terminate` config, ascending.
 *
 * @example
 * ```ts
 * import { hyperbandBands } from "./hyperband.ts";
 * console.log(hyperbandBands({ type: "hyperband", max_iter: 27, s: 2, eta: 3 })); // [3, 9]
 * ```
 */
export function hyperbandBands(et: Record<string, unknown>): number[] {
  const eta = typeof et.eta === "number" ? et.eta : 3;
  const bands: number[] = [];
  if (typeof et.max_iter === "number" && typeof et.s === "number") {
    let b = et.max_iter;
    for (let i = 0; i < et.s; i++) {
      b = b / eta;
      if (b < 1) break;
      bands.push(Math.trunc(b));
    }
  } else {
    let b = typeof et.min_iter === "number" ? et.min_iter : 1;
    for (let i = 0; i < 100; i++) {
      bands.push(Math.trunc(b));
      b = b * eta;
    }
  }
  return bands.sort((x, y) => x - y);
}

/** Names of running runs (not already `stopped`) Hyperband stops now; empty without a hyperband `early_terminate`. */
export function hyperbandStops(config: SweepConfig, runs: SweepRunInfo[]): string[] {
  const et = config.early_terminate;
  if (et === undefined || et.type !== "hyperband" || config.metric === undefined) return [];
  const eta = typeof et.eta === "number" ? et.eta : 3;
  const strict = et.strict !== false;
  const max = config.metric.goal === "maximize";
  const bands = hyperbandBands(et);
  const histories = runs.map((r) => {
    const h = metricHistory(config, r);
    return max ? h.map((v) => -v) : h;
  });
  const thresholds = bands.map((b) => {
    const at = histories.filter((h) => h.length >= b).map((h) => h[b - 1]!).sort((x, y) => x - y);
    return at.length === 0 ? Infinity : at[Math.trunc((1 / eta) * at.length)]!;
  });
  const stop: string[] = [];
  runs.forEach((run, i) => {
    const h = histories[i]!;
    if (run.state !== "running" || run.stopped === true || h.length === 0) return;
    let band = -1;
    for (let j = 0; j < bands.length; j++) if (bands[j]! <= h.length) band = j;
    if (band < 0) return;
    const v = strict ? h[bands[band]! - 1]! : Math.min(...h);
    if (v > thresholds[band]!) stop.push(run.name);
  });
  return stop;
}
