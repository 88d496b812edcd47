/**
 * The `_wandb.m` list of a run's config: the defined metrics (`run.defineMetric`) as W&B's
 * internal process sends them to the server, each MetricRecord compacted by field number
 * (README §3.2 of the protocol: `1` name, `5` the 1-based index of its step metric in this list,
 * `6` the numbers of its true options, `7` of its true summaries, `8` the goal). W&B's UI reads
 * it for chart axes and summaries. Globs are not listed themselves: each history key a glob
 * matches is listed once seen, as W&B expands them; a step metric gets an entry of its own.
 * The log holds only the MetricRecords (as the official client's does); the sender — live or in
 * `sync` — derives the list.
 *
 * @example
 * ```ts
 * import { MetricsConfig } from "./metric_config.ts";
 * const m = new MetricsConfig();
 * m.define({
 *   globName: "val/*",
 *   stepMetric: "epoch",
 *   options: { stepSync: true, defined: true },
 *   summary: { max: true },
 * });
 * console.assert(m.observe(["val/acc", "loss"]).length === 1);
 * console.assert(JSON.stringify(m.list) === '[{"1":"epoch","6":[],"7":[]},{"1":"val/acc","5":1,"6":[1,3],"7":[2]}]');
 * ```
 * @module
 */
import type { wandb_internal } from "../../proto/mod.ts";

const OPTIONS = [["stepSync", 1], ["hidden", 2], ["defined", 3]] as const;
const SUMMARIES = [
  ["min", 1],
  ["max", 2],
  ["mean", 3],
  ["best", 4],
  ["last", 5],
  ["none", 6],
  ["copy", 7],
  ["first", 8],
] as const;

/** The defined metrics of a run, as the config's `_wandb.m`. */
export class MetricsConfig {
  /** The list, in W&B's compact form. */
  readonly list: Record<string, unknown>[] = [];
  #index = new Map<string, number>();
  #globs: { prefix: string; rec: wandb_internal.IMetricRecord }[] = [];

  /** True when a glob is defined (then history keys are worth looking at). */
  get hasGlobs(): boolean {
    return this.#globs.length > 0;
  }

  /** Takes a MetricRecord; returns true when the list changed. */
  define(rec: wandb_internal.IMetricRecord): boolean {
    if (rec.globName) {
      const prefix = rec.globName.endsWith("*") ? rec.globName.slice(0, -1) : rec.globName;
      this.#globs = this.#globs.filter((g) => g.prefix !== prefix);
      this.#globs.push({ prefix, rec });
      this.#globs.sort((a, b) => b.prefix.length - a.prefix.length);
      // Keys listed earlier from a glob stay as they are; new keys follow the new definition.
      return rec.stepMetric ? this.#ensure(rec.stepMetric) : false;
    }
    if (!rec.name) return false;
    this.#put(rec.name, rec);
    return true;
  }

  /**
   * Lists the history keys a glob matches that are not listed yet.
   *
   * @returns each key newly listed, with the glob's MetricRecord (empty when the list is unchanged)
   */
  observe(keys: Iterable<string>): { name: string; glob: wandb_internal.IMetricRecord }[] {
    const listed: { name: string; glob: wandb_internal.IMetricRecord }[] = [];
    for (const key of keys) {
      if (this.#index.has(key) || key.startsWith("_")) continue;
      const g = this.#globs.find((g) => key.startsWith(g.prefix));
      if (!g) continue;
      this.#put(key, g.rec); // as W&B's: the glob's options, `defined` included
      listed.push({ name: key, glob: g.rec });
    }
    return listed;
  }

  #ensure(name: string): boolean {
    if (this.#index.has(name)) return false;
    this.#index.set(name, this.list.length);
    this.list.push({ "1": name, "6": [], "7": [] });
    return true;
  }

  #put(name: string, rec: wandb_internal.IMetricRecord): void {
    if (rec.stepMetric && rec.stepMetric !== name) this.#ensure(rec.stepMetric);
    const entry: Record<string, unknown> = { "1": name };
    if (rec.stepMetric && rec.stepMetric !== name) {
      entry["5"] = this.#index.get(rec.stepMetric)! + 1;
    }
    const o = rec.options ?? {};
    entry["6"] = OPTIONS.filter(([k]) => o[k] === true).map(([, n]) => n);
    const s = rec.summary ?? {};
    entry["7"] = SUMMARIES.filter(([k]) => s[k] === true).map(([, n]) => n);
    if (rec.goal) entry["8"] = rec.goal;
    const at = this.#index.get(name);
    if (at === undefined) {
      this.#index.set(name, this.list.length);
      this.list.push(entry);
    } else this.list[at] = entry;
  }
}
