/**
 * Bayesian search (`sweeps.md` §5): runs become points in the unit cube (each parameter's CDF)
 * with their target metric (imputed as W&B does), a Gaussian process is fitted
 * (`gp.ts`), and the candidate with the largest expected improvement among 1,000 random points
 * is mapped back through each parameter's inverse CDF.
 *
 * Speed: like W&B, at most 100 finished samples train the GP (drawn at random when there are
 * more; here without replacement, so the kernel matrix stays well conditioned) and at most 95
 * in-flight runs are fantasised, so a decision costs O(100³) whatever the sweep's size.
 *
 * @module
 */
import { type FlatParam, type SweepConfig, SweepConfigError } from "./config.ts";
import { cdf, normalCdf, normalPdf, ppf } from "./distributions.ts";
import { fitGp } from "./gp.ts";
import { canonical } from "./grid.ts";
import { metricHistory, runValue, type Suggestion, type SweepRunInfo, toArgs } from "./runs.ts";

/** At most this many samples train the GP (W&B's `max_samples_for_gp`). */
export const MAX_SAMPLES = 100;
/** Candidate points scored by expected improvement (W&B's `num_points_to_try`). */
export const CANDIDATES = 1000;
const EPS = 1e-6;

type Strategy = "best" | "worst" | "latest";
const TERMINAL = new Set(["finished", "failed", "crashed", "killed"]);

/** All finite values of the metric a run has: history rows, then the summary. */
function metricValues(config: SweepConfig, run: SweepRunInfo): number[] {
  const name = config.metric!.name;
  const out = metricHistory(config, run);
  const s = name in run.summaryMetrics ? run.summaryMetrics[name] : undefined;
  if (typeof s === "number" && Number.isFinite(s)) out.push(s);
  return out;
}

function extremum(values: number[], kind: "min" | "max"): number | undefined {
  if (values.length === 0) return undefined;
  return kind === "min" ? Math.min(...values) : Math.max(...values);
}

/** One row of X: each searchable parameter's CDF at the run's value (W&B's quirks kept). */
function normalize(
  params: FlatParam[],
  index: (Map<string, number> | null)[],
  run: SweepRunInfo,
): number[] {
  return params.map((p, j) => {
    let v = runValue(run, p.path);
    // W&B: a missing or falsy value stays the raw number 0 before the CDF.
    if (v === undefined || v === null || v === 0 || v === false || v === "") v = 0;
    else if (index[j] !== null) {
      const idx = index[j]!.get(canonical(v));
      if (idx === undefined) return NaN;
      v = idx;
    }
    if (typeof v === "boolean") v = 1;
    return typeof v === "number" ? cdf(p, v) : NaN;
  });
}

/** The training set and in-flight points W&B builds from the runs (§5.1). */
export function gpData(
  config: SweepConfig,
  params: FlatParam[],
  runs: SweepRunInfo[],
): { x: number[][]; y: number[]; current: number[][] } {
  const metric = config.metric!;
  const maximize = metric.goal === "maximize";
  const best: "min" | "max" = maximize ? "max" : "min";
  const values = runs.map((r) => metricValues(config, r));
  let worst = maximize ? Infinity : -Infinity;
  runs.forEach((r, i) => {
    if (!TERMINAL.has(r.state)) return;
    const e = extremum(values[i]!, maximize ? "min" : "max");
    if (e !== undefined) worst = maximize ? Math.min(worst, e) : Math.max(worst, e);
  });
  if (!Number.isFinite(worst)) worst = 0;
  const impute = (s: Strategy, i: number): number => {
    if (s === "worst") return worst;
    if (s === "best") return extremum(values[i]!, best) ?? 0;
    const h = metricHistory(config, runs[i]!);
    return h.length === 0 ? 0 : h[h.length - 1]!;
  };
  const getMetric = (s: Strategy, i: number) => extremum(values[i]!, best) ?? impute(s, i);
  const strategy: Strategy = metric.impute ?? "worst";
  const iwr = metric.impute_while_running;
  const x: number[][] = [];
  const y: number[] = [];
  const current: number[][] = [];
  // Categorical values → their index (first match, as W&B's value_to_idx).
  const index = params.map((p) => {
    if (p.type !== "categorical" && p.type !== "categorical_w_probabilities") return null;
    const m = new Map<string, number>();
    (p.spec.values as unknown[]).forEach((v, i) => {
      const k = canonical(v);
      if (!m.has(k)) m.set(k, i);
    });
    return m;
  });
  runs.forEach((run, i) => {
    const row = normalize(params, index, run);
    let v: number | undefined;
    if (run.state === "finished") v = getMetric(strategy, i);
    else if (run.state === "failed" || run.state === "crashed" || run.state === "killed") {
      v = impute(strategy, i);
    } else if (
      run.state === "running" && iwr !== undefined && iwr !== false && (iwr as unknown) !== "false"
    ) {
      v = getMetric(iwr, i);
    } else {
      current.push(row);
      return;
    }
    if (!Number.isFinite(v)) v = worst;
    x.push(row);
    y.push(maximize ? -v : v);
  });
  // Rows with NaN in X or y are dropped.
  const keep = x.map((row, i) => row.every((c) => !Number.isNaN(c)) && !Number.isNaN(y[i]));
  return {
    x: x.filter((_, i) => keep[i]),
    y: y.filter((_, i) => keep[i]),
    current: current.filter((row) => row.every((c) => !Number.isNaN(c))),
  };
}

/** What {@linkcode chooseCandidate} found: the chosen index, every EI, the fitted length scale. */
export interface CandidateChoice {
  /** Index of the chosen candidate. */
  index: number;
  /** Expected improvement of every candidate (normalised units). */
  ei: Float64Array;
  /** The final GP's fitted length scale. */
  lengthScale: number;
  /** Whether the fit ended at a bound (then the choice is random, as in W&B). */
  badFit: boolean;
}

/**
 * Fits the GP to the samples (at most 100, drawn at random when there are more), fantasises the
 * in-flight points (at most 95), and picks the candidate with the largest expected improvement
 * (W&B's `next_sample` given `test_X`). Needs at least 2 samples.
 */
export function chooseCandidate(
  x: number[][],
  y: number[],
  current: number[][],
  candidates: number[][],
  random: () => number,
): CandidateChoice {
  let tx = x;
  let ty = y;
  if (x.length > MAX_SAMPLES) {
    const idx = Array.from(x, (_, i) => i);
    for (let i = 0; i < MAX_SAMPLES; i++) {
      const j = i + Math.floor(random() * (idx.length - i));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    tx = idx.slice(0, MAX_SAMPLES).map((i) => x[i]!);
    ty = idx.slice(0, MAX_SAMPLES).map((i) => y[i]!);
  }
  let gp = fitGp(tx, ty);
  if (current.length > 0) {
    const cur = current.slice(0, MAX_SAMPLES - 5);
    const fantasy = gp.predict(cur).mean;
    tx = [...tx, ...cur];
    ty = [...ty, ...Array.from(fantasy, (m) => m * gp.yStd + gp.yMean)];
    gp = fitGp(tx, ty);
  }
  const { mean, std } = gp.predict(candidates);
  const yMin = (Math.min(...y) - gp.yMean) / gp.yStd;
  const ei = new Float64Array(candidates.length);
  let index = 0;
  for (let i = 0; i < candidates.length; i++) {
    const z = -(mean[i]! - yMin) / (std[i]! + EPS);
    ei[i] = -(mean[i]! - yMin) * normalCdf(z) + std[i]! * normalPdf(z);
    if (ei[i]! > ei[index]!) index = i;
  }
  // A length scale at its bound is a bad fit: W&B then takes a random candidate.
  if (gp.atBound) index = Math.floor(random() * (candidates.length - 1));
  return { index, ei, lengthScale: gp.lengthScale, badFit: gp.atBound };
}

/** The point of the unit cube W&B's `next_sample` picks (random while fewer than 2 samples). */
export function nextSample(
  x: number[][],
  y: number[],
  current: number[][],
  dims: number,
  random: () => number,
): number[] {
  const point = () => Array.from({ length: dims }, () => random());
  if (x.length < 2) return point();
  const candidates = Array.from({ length: CANDIDATES }, point);
  return candidates[chooseCandidate(x, y, current, candidates, random).index]!;
}

/** The next bayes suggestion. */
export function bayesNext(
  config: SweepConfig,
  params: FlatParam[],
  runs: SweepRunInfo[],
  random: () => number,
): Suggestion {
  if (config.metric === undefined) {
    throw new SweepConfigError("metric", `Bayesian search requires "metric" section`);
  }
  const searchable = params.filter((p) => p.type !== "constant");
  if (searchable.length === 0) {
    throw new SweepConfigError(
      "parameters",
      "Need at least one searchable parameter for bayes search.",
    );
  }
  const { x, y, current } = gpData(config, searchable, runs);
  const point = nextSample(x, y, current, searchable.length, random);
  let j = 0;
  return toArgs(
    params,
    params.map((p) => p.type === "constant" ? p.spec.value : ppf(p, point[j++]!)),
  );
}
