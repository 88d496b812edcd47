/**
 * Grid search (`sweeps.md` §3): every combination of the discrete parameters once, in W&B's
 * order (sorted names, last parameter fastest), skipping combinations a run already holds.
 *
 * @module
 */
import type { FlatParam } from "./config.ts";
import { runValue, type Suggestion, type SweepRunInfo, toArgs } from "./runs.ts";

/** The value list of a grid parameter (`int_uniform` → every integer, `q_uniform` → NumPy's `arange(min, max, q)`). */
export function gridValues(p: FlatParam): unknown[] {
  const s = p.spec;
  switch (p.type) {
    case "categorical":
      return s.values as unknown[];
    case "int_uniform": {
      const out: number[] = [];
      for (let v = s.min as number; v <= (s.max as number); v++) out.push(v);
      return out;
    }
    case "q_uniform": {
      const [min, max, q] = [s.min as number, s.max as number, s.q as number];
      const n = Math.max(0, Math.ceil((max - min) / q));
      return Array.from({ length: n }, (_, i) => min + i * q);
    }
    default:
      return [s.value];
  }
}

/** A canonical string for a value: sorted keys (W&B hashes a sorted-key YAML dump). */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (typeof v === "object" && v !== null) {
    const o = v as Record<string, unknown>;
    return `{${
      Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(",")
    }}`;
  }
  return JSON.stringify(v) ?? "null";
}

/** The number of grid points (product of the value counts). */
export function gridSize(params: FlatParam[]): number {
  return params.reduce((n, p) => n * (p.type === "constant" ? 1 : gridValues(p).length), 1);
}

/** The first grid point no run holds, or null when the grid is exhausted. */
export function gridNext(params: FlatParam[], runs: SweepRunInfo[]): Suggestion | null {
  const grid = params.filter((p) => p.type !== "constant");
  const values = grid.map(gridValues);
  const hashes = values.map((vs) => vs.map(canonical));
  // For dict-valued parameters, keys a run gained at run time are ignored (as W&B does).
  const known = values.map((vs) => {
    const keys = new Set<string>();
    for (const v of vs) {
      if (typeof v === "object" && v !== null && !Array.isArray(v)) {
        Object.keys(v).forEach((k) => keys.add(k));
      }
    }
    return keys;
  });
  const seen = new Set<string>();
  for (const run of runs) {
    const tuple: string[] = [];
    for (let i = 0; i < grid.length; i++) {
      let v = runValue(run, grid[i]!.path);
      if (v === undefined) break;
      if (known[i]!.size > 0 && typeof v === "object" && v !== null && !Array.isArray(v)) {
        v = Object.fromEntries(Object.entries(v).filter(([k]) => known[i]!.has(k)));
      }
      tuple.push(canonical(v));
    }
    if (tuple.length === grid.length) seen.add(tuple.join("\u0000"));
  }
  const total = values.reduce((n, vs) => n * vs.length, 1);
  const idx = new Array<number>(grid.length).fill(0);
  for (let point = 0; point < total; point++) {
    if (point > 0) {
      for (let j = grid.length - 1; j >= 0; j--) {
        if (++idx[j]! < values[j]!.length) break;
        idx[j] = 0;
      }
    }
    const key = idx.map((k, j) => hashes[j]![k]!).join("\u0000");
    if (!seen.has(key)) {
      let g = 0;
      return toArgs(
        params,
        params.map((p) => p.type === "constant" ? p.spec.value : values[g]![idx[g++]!]),
      );
    }
  }
  return null;
}
