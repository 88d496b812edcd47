/**
 * `wandb.Histogram`: counts over bins, from values (64 equal bins between the min and the max by
 * default, as numpy's `histogram`, which W&B uses) or from precomputed counts and bin edges.
 * Logged inline as W&B's `{"_type":"histogram","values":[...],"bins":[...]}`; no file.
 *
 * @example
 * ```ts
 * import { Histogram } from "./histogram.ts";
 * const h = new Histogram([1, 2, 2, 3], { numBins: 2 });
 * console.assert(h.values.join() === "1,3" && h.bins.join() === "1,2,3");
 * ```
 * @module
 */
import { type BindContext, MediaError, WBValue } from "./media.ts";

/** Options of {@linkcode Histogram}. */
export interface HistogramOptions {
  /** Bins for values (at most 512, as W&B). @default 64 */
  numBins?: number;
}

/** Precomputed counts and bin edges (`bins.length === values.length + 1`). */
export interface HistogramBins {
  /** The `values` field. */
  values: ArrayLike<number>;
  /** The `bins` field. */
  bins: ArrayLike<number>;
}

/** A histogram to log. */
export class Histogram extends WBValue {
  /** W&B's `_type` of the history value. */
  readonly logType = "histogram";
  /** Counts per bin. */
  readonly values: number[];
  /** Bin edges, one more than the counts. */
  readonly bins: number[];

  /**
   * @param data the values, or precomputed `{ values, bins }`
   * @throws {MediaError} `media/shape` for edges that do not match the counts or too many bins
   */
  /** Creates the value; see the class for the arguments. */
  constructor(data: ArrayLike<number> | HistogramBins, options: HistogramOptions = {}) {
    super();
    if ("bins" in data && "values" in data) {
      if (data.bins.length !== data.values.length + 1) {
        throw new MediaError(
          "media/shape",
          "",
          `Histogram has ${data.values.length} counts and ${data.bins.length} bin edges; pass one more edge than counts`,
        );
      }
      this.values = Array.from(data.values);
      this.bins = Array.from(data.bins);
      return;
    }
    const numBins = options.numBins ?? 64;
    if (!Number.isSafeInteger(numBins) || numBins < 1 || numBins > 512) {
      throw new MediaError(
        "media/shape",
        "",
        `Histogram numBins must be an integer from 1 to 512; got ${numBins}`,
      );
    }
    [this.values, this.bins] = histogram(data as ArrayLike<number>, numBins);
  }

  /** Adds this value's files to the batch and returns W&B's JSON for history. */
  bind(_ctx: BindContext): Record<string, unknown> {
    return { _type: this.logType, values: this.values, bins: this.bins };
  }
}

/** numpy's `histogram(values, bins=n)`: equal bins, the last one closed; NaNs are skipped. */
function histogram(data: ArrayLike<number>, n: number): [number[], number[]] {
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === Infinity) min = 0, max = 1;
  else if (min === max) min -= 0.5, max += 0.5;
  const edges = new Array<number>(n + 1);
  const width = max - min;
  for (let i = 0; i <= n; i++) edges[i] = i === n ? max : i * (width / n) + min; // numpy linspace
  const counts = new Array<number>(n).fill(0);
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (Number.isNaN(v)) continue;
    let b = Math.floor(((v - min) / width) * n);
    if (b >= n) b = n - 1;
    // numpy corrects for rounding against the edges themselves.
    if (b > 0 && v < edges[b]!) b--;
    else if (b < n - 1 && v >= edges[b + 1]!) b++;
    counts[b]!++;
  }
  return [counts, edges];
}
