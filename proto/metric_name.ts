/**
 * W&B's metric names for history keys, the names `define_metric` matches: the key path joined
 * by `.`, a `.` inside a key escaped as `\.`. So `"loss.val"` names the nested key
 * `{loss: {val}}`, and `"loss\\.val"` the flat key `"loss.val"` (records.md §12; the official
 * client's handler builds them so).
 *
 * @example
 * ```ts
 * import { metricName, metricPath } from "./metric_name.ts";
 * console.assert(metricName(["val", "acc"]) === "val.acc");
 * console.assert(metricName(["val.acc"]) === "val\\.acc");
 * console.assert(metricPath("val\\.acc").length === 1 && metricPath("val.acc").length === 2);
 * ```
 * @module
 */

/**
 * The metric name of a key path (one element for a flat key).
 *
 * @example
 * ```ts
 * import { metricName } from "./metric_name.ts";
 * console.assert(metricName(["a.b", "c"]) === "a\\.b.c");
 * ```
 */
export function metricName(path: readonly string[]): string {
  if (path.length === 1) return metricKeyName(path[0]!);
  let out = "";
  for (let i = 0; i < path.length; i++) out += (i ? "." : "") + metricKeyName(path[i]!);
  return out;
}

/**
 * The metric name of one flat key: its `.`s escaped.
 *
 * @example
 * ```ts
 * import { metricKeyName } from "./metric_name.ts";
 * console.assert(metricKeyName("val/acc") === "val/acc" && metricKeyName("a.b") === "a\\.b");
 * ```
 */
export function metricKeyName(key: string): string {
  return key.indexOf(".") === -1 ? key : key.replaceAll(".", "\\.");
}

/**
 * The key path a metric name stands for: split at each unescaped `.`, `\.` read as `.`.
 *
 * @example
 * ```ts
 * import { metricPath } from "./metric_name.ts";
 * console.assert(JSON.stringify(metricPath("t.step")) === '["t","step"]');
 * console.assert(JSON.stringify(metricPath("t\\.step")) === '["t.step"]');
 * ```
 */
export function metricPath(name: string): string[] {
  if (name.indexOf(".") === -1) return [name];
  const out: string[] = [];
  let part = "";
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (c === "\\" && name[i + 1] === ".") {
      part += ".";
      i++;
    } else if (c === ".") {
      out.push(part);
      part = "";
    } else part += c;
  }
  out.push(part);
  return out;
}

/**
 * The metric name of a history item (a HistoryItem's `key`, or its `nested_key` path).
 *
 * @example
 * ```ts
 * import { itemMetricName } from "./metric_name.ts";
 * console.assert(itemMetricName({ nestedKey: ["val", "acc"] }) === "val.acc");
 * console.assert(itemMetricName({ key: "val.acc" }) === "val\\.acc");
 * ```
 */
export function itemMetricName(
  it: { key?: string | null; nestedKey?: readonly string[] | null },
): string {
  return it.nestedKey && it.nestedKey.length > 0
    ? metricName(it.nestedKey)
    : metricKeyName(it.key ?? "");
}

/**
 * What `define_metric` definitions say about each metric name, resolved as W&B does: an exact
 * name wins, else the longest matching glob (a trailing `*`; globs skip `_` names). A later
 * definition of the same name or glob replaces the earlier one. Lookups are cached per name.
 *
 * @example
 * ```ts
 * import { MetricMatcher } from "./metric_name.ts";
 * const m = new MetricMatcher<string>();
 * m.define({ globName: "val/*" }, "glob");
 * m.define({ name: "val/raw" }, "exact");
 * console.assert(m.lookup("val/acc") === "glob" && m.lookup("val/raw") === "exact");
 * console.assert(m.lookup("_step") === null);
 * ```
 */
export class MetricMatcher<T> {
  #exact = new Map<string, T | null>();
  #globs: { prefix: string; value: T | null }[] = [];
  #cache = new Map<string, T | null>();

  /** Sets what the metric `rec` names (by `name` or `globName`) stands for. */
  define(rec: { name?: string | null; globName?: string | null }, value: T | null): void {
    if (rec.globName) {
      const prefix = rec.globName.endsWith("*") ? rec.globName.slice(0, -1) : rec.globName;
      this.#globs = this.#globs.filter((g) => g.prefix !== prefix);
      this.#globs.push({ prefix, value });
      this.#globs.sort((a, b) => b.prefix.length - a.prefix.length);
    } else if (rec.name) this.#exact.set(rec.name, value);
    else return;
    this.#cache.clear();
  }

  /** What the definitions say of the metric `name`, or null. */
  lookup(name: string): T | null {
    let v = this.#cache.get(name);
    if (v !== undefined) return v;
    if (this.#exact.has(name)) v = this.#exact.get(name)!;
    else if (name.startsWith("_")) v = null;
    else v = this.#globs.find((g) => name.startsWith(g.prefix))?.value ?? null;
    this.#cache.set(name, v);
    return v;
  }
}
