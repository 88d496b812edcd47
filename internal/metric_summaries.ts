/**
 * The summaries `run.defineMetric()` asks for, kept by the Worker as W&B's internal process keeps
 * them: for each history key with a defined metric (an exact name, else the longest matching
 * glob — only a trailing `*` is a wildcard, and globs skip `_` keys; names as W&B builds them,
 * `"a.b"` for the nested key `{a: {b}}`, `"a\.b"` for the flat key `"a.b"`), the min, max, mean, first,
 * last or best (by the metric's goal) of its numeric values. At finish they go into the log as one
 * SummaryRecord, after the consolidated summary and before `exit`: `loss: {min, last}` where the
 * summary would hold the last value; `none` removes the key; `copy` (or no summary) leaves it.
 *
 * @example
 * ```ts
 * import { MetricSummaries } from "./metric_summaries.ts";
 * const m = new MetricSummaries();
 * m.define({ name: "loss", summary: { min: true, last: true } });
 * m.observe({ item: [{ key: "loss", valueJson: "0.5" }] });
 * m.observe({ item: [{ key: "loss", valueJson: "0.7" }] });
 * console.assert(m.summaryRecord()!.update![0]!.valueJson === '{"min":0.5,"last":0.7}');
 * ```
 * @module
 */
import type { wandb_internal } from "../proto/mod.ts";
import { itemMetricName, MetricMatcher } from "../proto/metric_name.ts";
import { parseValueJson, stringifyValueJson } from "../proto/value_json.ts";

type Aggregate = "min" | "max" | "mean" | "first" | "last" | "best";
const AGGREGATES: Aggregate[] = ["min", "max", "mean", "first", "last", "best"];

interface Definition {
  aggregates: Aggregate[];
  none: boolean;
  maximize: boolean;
}

interface Stats {
  path: string[];
  def: Definition;
  n: number;
  min: number;
  max: number;
  sum: number;
  first: unknown;
  last: unknown;
}

/** Summaries of defined metrics, fed with the run's history records. */
export class MetricSummaries {
  #defs = new MetricMatcher<Definition>();
  #stats = new Map<string, Stats>();
  #active = false;

  /** True once a metric asks for a summary (then history records are worth decoding). */
  get active(): boolean {
    return this.#active;
  }

  /** Takes a MetricRecord; a later definition of the same name replaces the earlier one. */
  define(m: wandb_internal.IMetricRecord): void {
    const s = m.summary ?? {};
    // `none` wins over any other summary asked with it, as in the official client.
    const aggregates = s.none ? [] : AGGREGATES.filter((a) => s[a] === true);
    const def = aggregates.length > 0 || s.none
      ? { aggregates, none: s.none === true, maximize: m.goal === 2 }
      : null;
    if (def) this.#active = true;
    this.#defs.define(m, def);
    // Keys seen before this definition: their stats restart under the new one.
    for (const [name, st] of this.#stats) {
      if (this.#defs.lookup(name) !== st.def) this.#stats.delete(name);
    }
  }

  /** Takes one history record. */
  observe(h: wandb_internal.IHistoryRecord): void {
    for (const it of h.item ?? []) {
      const name = itemMetricName(it); // "a.b" is the nested key; the flat key "a.b" is "a\.b"
      const def = this.#defs.lookup(name);
      if (!def) continue;
      const v = parseValueJson(it.valueJson ?? "null");
      let st = this.#stats.get(name);
      if (!st) {
        st = {
          path: it.nestedKey?.length ? [...it.nestedKey] : [it.key ?? ""],
          def,
          n: 0,
          min: Infinity,
          max: -Infinity,
          sum: 0,
          first: v,
          last: v,
        };
        this.#stats.set(name, st);
      }
      st.last = v;
      if (typeof v === "number" && !Number.isNaN(v)) {
        st.n++;
        st.sum += v;
        if (v < st.min) st.min = v;
        if (v > st.max) st.max = v;
      }
    }
  }

  /** The summary items of the defined metrics, or undefined when there are none. */
  summaryRecord(): wandb_internal.ISummaryRecord | undefined {
    const update: wandb_internal.ISummaryItem[] = [];
    const remove: wandb_internal.ISummaryItem[] = [];
    for (const st of this.#stats.values()) {
      const item = (json: string) =>
        st.path.length === 1
          ? { key: st.path[0]!, valueJson: json }
          : { nestedKey: st.path, valueJson: json };
      if (st.def.aggregates.length === 0) {
        if (st.def.none) remove.push(item(""));
        continue;
      }
      const out: Record<string, unknown> = {};
      for (const a of st.def.aggregates) {
        if (a === "first") out.first = st.first;
        else if (a === "last") out.last = st.last;
        else if (st.n === 0) continue; // no numbers: no min, max, mean or best
        else if (a === "min") out.min = st.min;
        else if (a === "max") out.max = st.max;
        else if (a === "mean") out.mean = st.sum / st.n;
        else out.best = st.def.maximize ? st.max : st.min;
      }
      update.push(item(stringifyValueJson(out)));
    }
    if (update.length === 0 && remove.length === 0) return undefined;
    return { ...(update.length ? { update } : {}), ...(remove.length ? { remove } : {}) };
  }
}
