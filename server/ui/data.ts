/**
 * Turns stored run data into what the pages show: config and summary flattened to dotted keys,
 * values formatted for a cell, and chart series (history metrics against `_step`, system
 * metrics against runtime) evenly thinned to a bounded number of points.
 *
 * @example
 * ```ts
 * import { flattenConfig } from "./data.ts";
 * const flat = flattenConfig('{"opt":{"value":{"lr":0.1},"desc":null},"_wandb":{"value":{}}}');
 * console.assert(flat.get("opt.lr") === 0.1 && !flat.has("_wandb"));
 * ```
 * @module
 */
import { parseValueJson } from "../../proto/value_json.ts";

/** One chart: x values and y values (`null` = gap) of one metric. */
export interface Series {
  /** The metric key, e.g. `loss` or `system.cpu`. */
  key: string;
  /** Label of the x axis. */
  xLabel: string;
  x: number[];
  y: (number | null)[];
}

/** Most points drawn per chart; longer series are thinned evenly (first and last kept). */
export const MAX_POINTS = 2000;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const v = parseValueJson(text);
    return isPlainObject(v) ? v : {};
  } catch {
    return {};
  }
}

/** Flattens nested plain objects into `a.b` keys; objects with a `_type` (media) stay whole. */
function flattenInto(
  out: Map<string, unknown>,
  prefix: string,
  obj: Record<string, unknown>,
): void {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (isPlainObject(v) && !("_type" in v) && Object.keys(v).length > 0) {
      flattenInto(out, key, v);
    } else out.set(key, v);
  }
}

/**
 * Flattens a stored (wrapped) config: `{"lr": {"value": 0.1, "desc": null}}` → `lr → 0.1`;
 * nested values become dotted keys; `_wandb` and other `_` keys are left out. Keys are sorted.
 *
 * @example
 * ```ts
 * import { flattenConfig } from "./data.ts";
 * console.assert(flattenConfig('{"lr":{"value":0.1,"desc":null}}').get("lr") === 0.1);
 * ```
 */
export function flattenConfig(configText: string): Map<string, unknown> {
  const unwrapped: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parseObject(configText))) {
    if (k.startsWith("_")) continue;
    unwrapped[k] = isPlainObject(v) && "value" in v ? v.value : v;
  }
  const out = new Map<string, unknown>();
  flattenInto(out, "", unwrapped);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Flattens a stored summary to dotted keys, sorted. `_wandb` is always left out; the other `_`
 * keys (`_step`, `_runtime`, …) only when `hidden` is false.
 *
 * @example
 * ```ts
 * import { flattenSummary } from "./data.ts";
 * const s = flattenSummary('{"loss":NaN,"_step":3,"acc":{"top1":0.9}}', { hidden: false });
 * console.assert(Number.isNaN(s.get("loss")) && s.get("acc.top1") === 0.9 && !s.has("_step"));
 * ```
 */
export function flattenSummary(
  summaryText: string,
  options: { hidden?: boolean } = {},
): Map<string, unknown> {
  const top: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parseObject(summaryText))) {
    if (k === "_wandb" || (!options.hidden && k.startsWith("_"))) continue;
    top[k] = v;
  }
  const out = new Map<string, unknown>();
  flattenInto(out, "", top);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * A value as cell text: numbers to 6 significant digits, media as `[type]`, other objects as
 * JSON cut at 200 characters.
 *
 * @example
 * ```ts
 * import { formatValue } from "./data.ts";
 * console.assert(formatValue(0.123456789) === "0.123457" && formatValue(null) === "null");
 * ```
 */
export function formatValue(v: unknown): string {
  if (typeof v === "number") {
    if (Number.isInteger(v) || !Number.isFinite(v)) return String(v);
    return String(Number(v.toPrecision(6)));
  }
  if (typeof v === "string") return v;
  if (v === undefined) return "";
  if (isPlainObject(v) && typeof v._type === "string") return `[${v._type}]`;
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/**
 * Keeps at most `max` of `n` indices, evenly spaced, first and last included.
 *
 * @example
 * ```ts
 * import { sampleIndices } from "./data.ts";
 * console.assert(sampleIndices(5, 3).join() === "0,2,4");
 * ```
 */
export function sampleIndices(n: number, max: number): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  if (max <= 1) return max === 1 ? [0] : [];
  return Array.from({ length: max }, (_, j) => Math.round((j * (n - 1)) / (max - 1)));
}

function thin(s: Series, max: number): Series {
  if (s.x.length <= max) return s;
  const idx = sampleIndices(s.x.length, max);
  return { ...s, x: idx.map((i) => s.x[i]!), y: idx.map((i) => s.y[i]!) };
}

function collect(
  rows: Iterable<{ x: number; row: Record<string, unknown> }>,
  accept: (key: string) => boolean,
  xLabel: string,
  max: number,
): Series[] {
  const byKey = new Map<string, Series>();
  for (const { x, row } of rows) {
    const flat = new Map<string, unknown>();
    flattenInto(flat, "", row);
    for (const [key, v] of flat) {
      if (typeof v !== "number" || !accept(key)) continue;
      let s = byKey.get(key);
      if (!s) byKey.set(key, s = { key, xLabel, x: [], y: [] });
      s.x.push(x);
      s.y.push(Number.isFinite(v) ? v : null);
    }
  }
  return [...byKey.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((s) => thin(s, max));
}

/**
 * One series per numeric history metric (keys not starting with `_`) against `_step`.
 *
 * @example
 * ```ts
 * import { historySeries } from "./data.ts";
 * const s = historySeries([{ step: 0, row: '{"_step":0,"loss":1}' }]);
 * console.assert(s[0]?.key === "loss" && s[0].x[0] === 0);
 * ```
 */
export function historySeries(
  rows: Iterable<{ step: number; row: string }>,
  max = MAX_POINTS,
): Series[] {
  function* parsed() {
    for (const { step, row } of rows) {
      const r = parseObject(row);
      yield { x: typeof r._step === "number" ? r._step : step, row: r };
    }
  }
  return collect(parsed(), (k) => !k.startsWith("_"), "step", max);
}

/**
 * One series per `system.*` metric of the events rows, against `_runtime` (seconds), or the
 * seconds since the first `_timestamp`, or the row number.
 *
 * @example
 * ```ts
 * import { systemSeries } from "./data.ts";
 * const s = systemSeries(['{"_runtime":2,"system.cpu":12.5}']);
 * console.assert(s[0]?.key === "system.cpu" && s[0].x[0] === 2);
 * ```
 */
export function systemSeries(lines: readonly string[], max = MAX_POINTS): Series[] {
  let t0: number | undefined;
  function* parsed() {
    for (let i = 0; i < lines.length; i++) {
      const r = parseObject(lines[i]!);
      let x = i;
      if (typeof r._runtime === "number") x = r._runtime;
      else if (typeof r._timestamp === "number") x = r._timestamp - (t0 ??= r._timestamp);
      yield { x, row: r };
    }
  }
  return collect(parsed(), (k) => k.startsWith("system."), "runtime (s)", max);
}
