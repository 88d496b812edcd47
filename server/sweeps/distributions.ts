/**
 * Each parameter distribution's inverse CDF (`ppf`, used to sample: `sweeps.md` §2.1) and CDF
 * (used by bayes to map run values into the unit cube), with the special functions they need.
 *
 * @module
 */
import type { FlatParam } from "./config.ts";

/**
 * Standard normal CDF Φ(x) (Hart's double-precision rational approximation, as given by West).
 *
 * @example
 * ```ts
 * import { normalCdf } from "./distributions.ts";
 * console.log(normalCdf(0)); // 0.5
 * ```
 */
export function normalCdf(x: number): number {
  const ax = Math.abs(x);
  let c: number;
  if (ax > 37) c = 0;
  else {
    const e = Math.exp(-ax * ax / 2);
    if (ax < 7.07106781186547) {
      let n = 3.52624965998911e-02 * ax + 0.700383064443688;
      n = n * ax + 6.37396220353165;
      n = n * ax + 33.912866078383;
      n = n * ax + 112.079291497871;
      n = n * ax + 221.213596169931;
      n = n * ax + 220.206867912376;
      let d = 8.83883476483184e-02 * ax + 1.75566716318264;
      d = d * ax + 16.064177579207;
      d = d * ax + 86.7807322029461;
      d = d * ax + 296.564248779674;
      d = d * ax + 637.333633378831;
      d = d * ax + 793.826512519948;
      d = d * ax + 440.413735824752;
      c = e * n / d;
    } else {
      let b = ax + 0.65;
      b = ax + 4 / b;
      b = ax + 3 / b;
      b = ax + 2 / b;
      b = ax + 1 / b;
      c = e / b / 2.506628274631;
    }
  }
  return x > 0 ? 1 - c : c;
}

/** Standard normal density φ(x). */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

const A = [
  -3.969683028665376e+01,
  2.209460984245205e+02,
  -2.759285104469687e+02,
  1.383577518672690e+02,
  -3.066479806614716e+01,
  2.506628277459239e+00,
];
const B = [
  -5.447609879822406e+01,
  1.615858368580409e+02,
  -1.556989798598866e+02,
  6.680131188771972e+01,
  -1.328068155288572e+01,
];
const C = [
  -7.784894002430293e-03,
  -3.223964580411365e-01,
  -2.400758277161838e+00,
  -2.549732539343734e+00,
  4.374664141464968e+00,
  2.938163982698783e+00,
];
const D = [
  7.784695709041462e-03,
  3.224671290700398e-01,
  2.445134137142996e+00,
  3.754408661907416e+00,
];

/**
 * Standard normal quantile Φ⁻¹(p) (Acklam's approximation refined by one Halley step; -∞/+∞ at
 * 0/1, like SciPy).
 *
 * @example
 * ```ts
 * import { normalPpf } from "./distributions.ts";
 * console.log(normalPpf(0.975).toFixed(2)); // "1.96"
 * ```
 */
export function normalPpf(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  let x: number;
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
      ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  } else if (p <= 1 - lo) {
    const q = p - 0.5;
    const r = q * q;
    x = (((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q /
      (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
      ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  }
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
  return x - u / (1 + x * u / 2);
}

/** ln Γ(x) (Lanczos, g = 7). */
function logGamma(x: number): number {
  const g = [
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  x -= 1;
  let a = g[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += g[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return h;
}

/**
 * Beta(a, b) CDF: the regularized incomplete beta function I_x(a, b).
 *
 * @example
 * ```ts
 * import { betaCdf } from "./distributions.ts";
 * console.log(betaCdf(0.5, 2, 2)); // 0.5
 * ```
 */
export function betaCdf(x: number, a: number, b: number): number {
  if (!(x > 0)) return 0;
  if (x >= 1) return 1;
  const lbt = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
  const bt = Math.exp(lbt);
  if (x < (a + 1) / (a + b + 2)) return bt * betaContinuedFraction(x, a, b) / a;
  return 1 - bt * betaContinuedFraction(1 - x, b, a) / b;
}

/**
 * Beta(a, b) quantile (bisection on the CDF to double precision).
 *
 * @example
 * ```ts
 * import { betaPpf } from "./distributions.ts";
 * console.log(betaPpf(0.25, 1, 1)); // 0.25
 * ```
 */
export function betaPpf(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 100 && hi - lo > 1e-16; i++) {
    const mid = (lo + hi) / 2;
    if (betaCdf(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * NumPy's `round`: to the nearest integer, halves to even.
 *
 * @example
 * ```ts
 * import { roundHalfEven } from "./distributions.ts";
 * console.log(roundHalfEven(2.5), roundHalfEven(3.5)); // 2 4
 * ```
 */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** `round(v / q) · q` with float noise trimmed (`0.30000000000000004` → `0.3`). */
function quantize(v: number, q: number): number {
  const r = roundHalfEven(v / q) * q;
  return Number.isInteger(q) ? r : Number(r.toPrecision(15));
}

function num(p: FlatParam, k: string): number {
  return p.spec[k] as number;
}

/**
 * The value of parameter `p` at percentile `u` ∈ [0, 1] (W&B's `HyperParameter.ppf`, §2.1).
 *
 * @example
 * ```ts
 * import { ppf } from "./distributions.ts";
 * const p = { path: ["lr"], type: "uniform" as const, spec: { min: 0, max: 2 } };
 * console.log(ppf(p, 0.25)); // 0.5
 * ```
 */
export function ppf(p: FlatParam, u: number): unknown {
  const s = p.spec;
  switch (p.type) {
    case "constant":
      return s.value;
    case "categorical": {
      // SciPy's randint.ppf: the inverse of the CDF (k + 1) / n used by bayes.
      const vals = s.values as unknown[];
      return vals[Math.min(vals.length - 1, Math.max(0, Math.ceil(u * vals.length) - 1))];
    }
    case "categorical_w_probabilities": {
      const vals = s.values as unknown[];
      const probs = s.probabilities as number[];
      let cum = 0;
      for (let i = 0; i < probs.length; i++) {
        cum += probs[i]!;
        if (cum > u) return vals[i];
      }
      return vals[vals.length - 1];
    }
    case "int_uniform": {
      const n = num(p, "max") - num(p, "min") + 1;
      return num(p, "min") + Math.min(n - 1, Math.max(0, Math.ceil(u * n) - 1));
    }
    case "uniform":
      return num(p, "min") + u * (num(p, "max") - num(p, "min"));
    case "q_uniform":
      return quantize(num(p, "min") + u * (num(p, "max") - num(p, "min")), num(p, "q"));
    case "log_uniform":
      return Math.exp(num(p, "min") + u * (num(p, "max") - num(p, "min")));
    case "log_uniform_values": {
      const a = Math.log(num(p, "min"));
      return Math.exp(a + u * (Math.log(num(p, "max")) - a));
    }
    case "inv_log_uniform":
      return Math.exp(-(num(p, "min") + (1 - u) * (num(p, "max") - num(p, "min"))));
    case "inv_log_uniform_values": {
      const a = -Math.log(num(p, "max"));
      const b = -Math.log(num(p, "min"));
      return Math.exp(-(a + (1 - u) * (b - a)));
    }
    case "q_log_uniform":
      return quantize(Math.exp(num(p, "min") + u * (num(p, "max") - num(p, "min"))), num(p, "q"));
    case "q_log_uniform_values": {
      const a = Math.log(num(p, "min"));
      return quantize(Math.exp(a + u * (Math.log(num(p, "max")) - a)), num(p, "q"));
    }
    case "normal":
      return num(p, "mu") + num(p, "sigma") * normalPpf(u);
    case "q_normal":
      return quantize(num(p, "mu") + num(p, "sigma") * normalPpf(u), num(p, "q"));
    case "log_normal":
      return Math.exp(num(p, "mu") + num(p, "sigma") * normalPpf(u));
    case "q_log_normal":
      return quantize(Math.exp(num(p, "mu") + num(p, "sigma") * normalPpf(u)), num(p, "q"));
    case "beta":
      return betaPpf(u, num(p, "a"), num(p, "b"));
    case "q_beta":
      return quantize(betaPpf(u, num(p, "a"), num(p, "b")), num(p, "q"));
  }
}

function uniformCdf(x: number, lo: number, hi: number): number {
  return x <= lo ? 0 : x >= hi ? 1 : (x - lo) / (hi - lo);
}

/**
 * The percentile of value `x` for parameter `p` (W&B's `HyperParameter.cdf`); for categorical
 * parameters `x` is the value's **index**, as in W&B. NaN when `x` is not a number.
 *
 * @example
 * ```ts
 * import { cdf } from "./distributions.ts";
 * const p = { path: ["n"], type: "int_uniform" as const, spec: { min: 1, max: 4 } };
 * console.log(cdf(p, 2)); // 0.5
 * ```
 */
export function cdf(p: FlatParam, x: number): number {
  const s = p.spec;
  switch (p.type) {
    case "constant":
      return 0;
    case "categorical": {
      const n = (s.values as unknown[]).length;
      return x < 0 ? 0 : x >= n - 1 ? 1 : (Math.floor(x) + 1) / n;
    }
    case "categorical_w_probabilities": {
      const probs = s.probabilities as number[];
      let cum = 0;
      for (let i = 0; i <= Math.min(Math.floor(x), probs.length - 1); i++) cum += probs[i]!;
      return x < 0 ? NaN : cum;
    }
    case "int_uniform": {
      const n = num(p, "max") - num(p, "min") + 1;
      const k = Math.floor(x) - num(p, "min") + 1;
      return k <= 0 ? 0 : k >= n ? 1 : k / n;
    }
    case "uniform":
    case "q_uniform":
      return uniformCdf(x, num(p, "min"), num(p, "max"));
    case "log_uniform":
    case "q_log_uniform":
      return uniformCdf(Math.log(x), num(p, "min"), num(p, "max"));
    case "log_uniform_values":
    case "q_log_uniform_values":
      return uniformCdf(Math.log(x), Math.log(num(p, "min")), Math.log(num(p, "max")));
    case "inv_log_uniform":
      return 1 - uniformCdf(Math.log(1 / x), num(p, "min"), num(p, "max"));
    case "inv_log_uniform_values":
      return 1 - uniformCdf(Math.log(1 / x), -Math.log(num(p, "max")), -Math.log(num(p, "min")));
    case "normal":
    case "q_normal":
      return normalCdf((x - num(p, "mu")) / num(p, "sigma"));
    case "log_normal":
    case "q_log_normal":
      return x <= 0 ? 0 : normalCdf((Math.log(x) - num(p, "mu")) / num(p, "sigma"));
    case "beta":
    case "q_beta":
      return betaCdf(x, num(p, "a"), num(p, "b"));
  }
}
