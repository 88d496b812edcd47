/**
 * A seeded PRNG for tests (mulberry32): generated data is the same on every run, so a failure
 * can be replayed.
 *
 * @example
 * ```ts
 * import { rng } from "./_rng.ts";
 * const a = rng(7), b = rng(7);
 * console.assert(a() === b());
 * ```
 * @module
 */

/** A generator of numbers in [0, 1) from `seed`. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
