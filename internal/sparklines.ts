/**
 * A bounded sample of history for the closing sparklines: every `stride`-th history record is
 * decoded, and the stride doubles whenever the sample fills, so memory and decode work stay fixed
 * however many rows a run logs.
 *
 * @example
 * ```ts
 * import { HistorySampler } from "./sparklines.ts";
 * const s = new HistorySampler(8);
 * for (let i = 0; i < 100; i++) s.offer(() => [["loss", 1 / (i + 1)]]);
 * console.assert(s.series().loss!.length <= 16);
 * ```
 * @module
 */

/** Samples numeric history values with a doubling stride. */
export class HistorySampler {
  #stride = 1;
  #seen = 0;
  #rows = 0;
  #series = new Map<string, number[]>();
  #rowsOf = new Map<string, number[]>();

  /** @param max rows kept before the sample is halved */
  constructor(readonly max = 256) {}

  /**
   * Offers one history record; `decode` is only called for sampled records and returns its
   * numeric (key, value) pairs.
   */
  offer(decode: () => Iterable<[string, number]>): void {
    const i = this.#seen++;
    if (i % this.#stride !== 0) return;
    const row = this.#rows++;
    for (const [k, v] of decode()) {
      let s = this.#series.get(k);
      let r = this.#rowsOf.get(k);
      if (!s || !r) {
        s = [];
        r = [];
        this.#series.set(k, s);
        this.#rowsOf.set(k, r);
      }
      s.push(v);
      r.push(row);
    }
    if (this.#rows >= 2 * this.max) this.#halve();
  }

  #halve(): void {
    this.#stride *= 2;
    this.#rows = Math.ceil(this.#rows / 2);
    for (const [k, s] of this.#series) {
      const r = this.#rowsOf.get(k)!;
      const ks: number[] = [];
      const kr: number[] = [];
      for (let j = 0; j < s.length; j++) {
        if (r[j]! % 2 === 0) {
          ks.push(s[j]!);
          kr.push(r[j]! / 2);
        }
      }
      this.#series.set(k, ks);
      this.#rowsOf.set(k, kr);
    }
  }

  /** The sampled values of each key, in step order. */
  series(): Record<string, number[]> {
    return Object.fromEntries(this.#series);
  }
}
