/**
 * Gaussian-process regression as W&B's bayes search uses it (`sweeps.md` §5.2): Matérn ν = 1.5
 * kernel with one length scale and no amplitude, nugget 1e-7 on the diagonal, the length scale
 * fitted by maximising the log marginal likelihood over [1e-5, 1e5]. Dense linear algebra
 * (Cholesky, triangular solves) on Float64Arrays, written for n ≤ ~200 training points.
 *
 * @module
 */

/** Diagonal nugget (W&B's `GAUSSIAN_PROCESS_NUGGET`). */
export const NUGGET = 1e-7;
const SQRT3 = Math.sqrt(3);
const LOG_MIN = Math.log(1e-5);
const LOG_MAX = Math.log(1e5);

/** Matérn 3/2 correlation at distance `r` for length scale `l`. */
function matern(r: number, l: number): number {
  const a = SQRT3 * r / l;
  return (1 + a) * Math.exp(-a);
}

/**
 * In-place Cholesky factorisation of the n×n row-major matrix `a` (lower triangle holds L).
 * Returns false when the matrix is not numerically positive definite.
 */
export function cholesky(a: Float64Array, n: number): boolean {
  for (let j = 0; j < n; j++) {
    const rj = j * n;
    let s = a[rj + j]!;
    for (let k = 0; k < j; k++) s -= a[rj + k]! * a[rj + k]!;
    if (!(s > 0)) return false;
    const d = Math.sqrt(s);
    a[rj + j] = d;
    for (let i = j + 1; i < n; i++) {
      const ri = i * n;
      let t = a[ri + j]!;
      for (let k = 0; k < j; k++) t -= a[ri + k]! * a[rj + k]!;
      a[ri + j] = t / d;
    }
  }
  return true;
}

/** Solves L·x = b in place (L lower, row-major n×n). */
function solveLower(l: Float64Array, n: number, b: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[ri + k]! * b[k]!;
    b[i] = s / l[ri + i]!;
  }
}

/** Solves Lᵀ·x = b in place. */
function solveUpper(l: Float64Array, n: number, b: Float64Array): void {
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k * n + i]! * b[k]!;
    b[i] = s / l[i * n + i]!;
  }
}

function distances(x: number[][]): Float64Array {
  const n = x.length;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      let s = 0;
      const xi = x[i]!;
      const xj = x[j]!;
      for (let k = 0; k < xi.length; k++) s += (xi[k]! - xj[k]!) ** 2;
      d[i * n + j] = d[j * n + i] = Math.sqrt(s);
    }
  }
  return d;
}

/**
 * Brent's method (parabolic interpolation with golden-section fallback) for the maximum of `f`
 * on [a, b], starting from the known point (x0, f0); `tol` is the absolute tolerance on x.
 */
function brentMax(
  f: (x: number) => number,
  a: number,
  b: number,
  x0: number,
  f0: number,
  tol: number,
): { x: number; fx: number } {
  const g = 0.3819660112501051;
  let x = x0;
  let w = x0;
  let v = x0;
  let fx = -f0;
  let fw = fx;
  let fv = fx;
  let d = 0;
  let e = 0;
  for (let iter = 0; iter < 60; iter++) {
    const m = (a + b) / 2;
    const tol1 = tol;
    if (Math.abs(x - m) <= 2 * tol1 - (b - a) / 2) break;
    let parabolic = false;
    if (Math.abs(e) > tol1) {
      let r = (x - w) * (fx - fv);
      let q = (x - v) * (fx - fw);
      let p = (x - v) * q - (x - w) * r;
      q = 2 * (q - r);
      if (q > 0) p = -p;
      else q = -q;
      r = e;
      e = d;
      if (Math.abs(p) < Math.abs(0.5 * q * r) && p > q * (a - x) && p < q * (b - x)) {
        d = p / q;
        const u = x + d;
        if (u - a < 2 * tol1 || b - u < 2 * tol1) d = x < m ? tol1 : -tol1;
        parabolic = true;
      }
    }
    if (!parabolic) {
      e = x < m ? b - x : a - x;
      d = g * e;
    }
    const u = Math.abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
    const fu = -f(u);
    if (fu <= fx) {
      if (u < x) b = x;
      else a = x;
      v = w;
      fv = fw;
      w = x;
      fw = fx;
      x = u;
      fx = fu;
    } else {
      if (u < x) a = u;
      else b = u;
      if (fu <= fw || w === x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u;
        fv = fu;
      }
    }
  }
  return { x, fx: -fx };
}

/** A fitted GP: predicts the (normalised) target at new points. */
export interface FittedGp {
  /** Fitted length scale. */
  lengthScale: number;
  /** True when the length scale ended (numerically) at a bound of [1e-5, 1e5]: a bad fit. */
  atBound: boolean;
  /** Target mean used for normalisation. */
  yMean: number;
  /** Target scale used for normalisation. */
  yStd: number;
  /** Normalised predictive means and standard deviations at `points`. */
  predict(points: number[][]): { mean: Float64Array; std: Float64Array };
}

function factor(dist: Float64Array, n: number, l: number): Float64Array | null {
  const k = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    for (let j = 0; j <= i; j++) k[ri + j] = matern(dist[ri + j]!, l);
    k[ri + i] = 1 + NUGGET;
  }
  return cholesky(k, n) ? k : null;
}

/** Log marginal likelihood of normalised targets `y` for length scale `l` (−∞ when singular). */
function logLikelihood(dist: Float64Array, y: Float64Array, l: number): number {
  const n = y.length;
  const chol = factor(dist, n, l);
  if (chol === null) return -Infinity;
  const a = y.slice();
  solveLower(chol, n, a);
  let quad = 0;
  let logDet = 0;
  for (let i = 0; i < n; i++) {
    quad += a[i]! * a[i]!;
    logDet += Math.log(chol[i * n + i]!);
  }
  return -0.5 * quad - logDet - 0.5 * n * Math.log(2 * Math.PI);
}

/**
 * Fits the GP to `x` (points in the unit cube) and `y`, normalising `y` as W&B does
 * (`(y − mean) / (std + 1e-6)`; one sample: mean y₀, std 1). The length scale is searched over
 * its whole log range (13 points, then Brent's method between the best point's neighbours), which
 * finds the global maximum that sklearn's L-BFGS-B restarts aim at, in about 20 factorisations.
 */
export function fitGp(x: number[][], yRaw: number[]): FittedGp {
  const n = x.length;
  let yMean: number;
  let yStd: number;
  if (n === 1) {
    yMean = yRaw[0]!;
    yStd = 1;
  } else {
    yMean = yRaw.reduce((a, b) => a + b, 0) / n;
    yStd = Math.sqrt(yRaw.reduce((a, b) => a + (b - yMean) ** 2, 0) / n) + 1e-6;
  }
  const y = Float64Array.from(yRaw, (v) => (v - yMean) / yStd);
  const dist = distances(x);
  const f = (t: number) => logLikelihood(dist, y, Math.exp(t));
  const steps = 12;
  const grid = Array.from(
    { length: steps + 1 },
    (_, i) => LOG_MIN + (LOG_MAX - LOG_MIN) * i / steps,
  );
  const vals = grid.map(f);
  let best = 0;
  for (let i = 1; i < vals.length; i++) if (vals[i]! > vals[best]!) best = i;
  const lo = grid[Math.max(0, best - 1)]!;
  const hi = grid[Math.min(steps, best + 1)]!;
  const refined = brentMax(f, lo, hi, grid[best]!, vals[best]!, 1e-4);
  let theta = refined.x;
  const fEdge = best === 0 ? vals[0]! : best === steps ? vals[steps]! : -Infinity;
  if (fEdge >= refined.fx) theta = best === 0 ? LOG_MIN : LOG_MAX;
  // np.isclose(bounds, theta) with rtol 1e-5, atol 1e-8, as W&B checks.
  const atBound = [LOG_MIN, LOG_MAX].some((b) => Math.abs(theta - b) <= 1e-8 + 1e-5 * Math.abs(b));
  const l = Math.exp(theta);
  let chol = factor(dist, n, l);
  const singular = chol === null;
  if (chol === null) {
    // Not positive definite even with the nugget: fall back to a diagonal model (bad fit).
    chol = new Float64Array(n * n);
    for (let i = 0; i < n; i++) chol[i * n + i] = 1;
  }
  const alpha = y.slice();
  solveLower(chol, n, alpha);
  solveUpper(chol, n, alpha);
  const factored = chol;
  return {
    lengthScale: l,
    atBound: atBound || singular,
    yMean,
    yStd,
    predict(points) {
      // All candidates at once: Kₛ (n×m), mean = Kₛᵀα, V = L⁻¹Kₛ by rows (contiguous inner loops).
      const m = points.length;
      const dims = n === 0 ? 0 : x[0]!.length;
      const ks = new Float64Array(n * m);
      for (let i = 0; i < n; i++) {
        const xi = x[i]!;
        const row = i * m;
        for (let p = 0; p < m; p++) {
          const xp = points[p]!;
          let s = 0;
          for (let k = 0; k < dims; k++) {
            const t = xp[k]! - xi[k]!;
            s += t * t;
          }
          ks[row + p] = matern(Math.sqrt(s), l);
        }
      }
      const mean = new Float64Array(m);
      for (let i = 0; i < n; i++) {
        const a = alpha[i]!;
        const row = i * m;
        for (let p = 0; p < m; p++) mean[p] = mean[p]! + ks[row + p]! * a;
      }
      for (let i = 0; i < n; i++) {
        const row = i * m;
        const li = i * n;
        for (let k = 0; k < i; k++) {
          const c = factored[li + k]!;
          if (c === 0) continue;
          const rk = k * m;
          for (let p = 0; p < m; p++) ks[row + p] = ks[row + p]! - c * ks[rk + p]!;
        }
        const d = factored[li + i]!;
        for (let p = 0; p < m; p++) ks[row + p] = ks[row + p]! / d;
      }
      const std = new Float64Array(m).fill(1);
      for (let i = 0; i < n; i++) {
        const row = i * m;
        for (let p = 0; p < m; p++) std[p] = std[p]! - ks[row + p]! * ks[row + p]!;
      }
      for (let p = 0; p < m; p++) std[p] = Math.sqrt(Math.max(0, std[p]!));
      return { mean, std };
    },
  };
}
