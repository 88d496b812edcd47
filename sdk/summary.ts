/**
 * `run.summary`: the last value of every history key, unless set explicitly. Explicit writes
 * (`summary.best = 0.9`, `summary.update({...})`, `delete summary.x`) become SummaryRecords at
 * once and win over later history values of the same key. The full consolidated summary is
 * written once more at finish.
 *
 * @example
 * ```ts
 * import { SummaryState, summaryProxy } from "./summary.ts";
 * const last = new Map([["loss", "0.5"]]);
 * const summary = summaryProxy(new SummaryState(last, () => {}));
 * console.assert(summary.loss === 0.5);
 * summary.best = 0.9;
 * console.assert(summary.best === 0.9);
 * ```
 * @module
 */
import { encodeValueJson, isPlainObject, parseValueJson } from "../proto/value_json.ts";
import type { Publish } from "./config.ts";
import { toItem } from "./config.ts";
import { PATH_SEP } from "./history.ts";

/** Explicit summary values layered over the last history values. */
export class SummaryState {
  #last: Map<string, string>;
  #explicit = new Map<string, string>();
  #removed = new Set<string>();
  #publish: Publish;
  #guard: (what: string) => void;

  /**
   * @param last last history value (JSON) per key path, maintained by `History`
   * @param publish where SummaryRecords go
   * @param guard throws when the run is finished
   */
  constructor(
    last: Map<string, string>,
    publish: Publish,
    guard: (what: string) => void = () => {},
  ) {
    this.#last = last;
    this.#publish = publish;
    this.#guard = guard;
  }

  /** Sets explicit values (top-level keys; nested objects set their leaves). */
  update(values: Record<string, unknown>): void {
    this.#guard("run.summary.update()");
    if (!isPlainObject(values)) {
      throw new TypeError(`summary.update() takes a plain object; got ${typeof values}`);
    }
    const items: { path: string[]; json: string }[] = [];
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) continue;
      const json = typeof v === "number" && Number.isNaN(v)
        ? "null"
        : encodeValueJson(v, `summary.${k}`);
      items.push({ path: [k], json });
    }
    if (items.length === 0) return;
    for (const it of items) this.#setLocal(it.path, it.json);
    this.#publish({ summary: { update: items.map((it) => toItem(it.path, it.json)) } });
  }

  /** Removes a key. */
  remove(key: string): void {
    this.#guard("run.summary delete");
    this.#explicit.delete(key);
    for (const k of [...this.#explicit.keys()]) {
      if (k.startsWith(key + PATH_SEP)) this.#explicit.delete(k);
    }
    this.#removed.add(key);
    this.#publish({ summary: { remove: [toItem([key], "")] } });
  }

  #setLocal(path: string[], json: string): void {
    const key = path.join(PATH_SEP);
    this.#removed.delete(path[0]!);
    for (const k of [...this.#explicit.keys()]) {
      if (k.startsWith(key + PATH_SEP)) this.#explicit.delete(k);
    }
    this.#explicit.set(key, json);
  }

  /** The consolidated summary as (path, JSON) pairs: history values overlaid by explicit ones. */
  entries(): Array<{ path: string[]; json: string }> {
    const merged = new Map<string, string>();
    for (const [k, v] of this.#last) merged.set(k, v);
    for (const [k, v] of this.#explicit) {
      for (const m of [...merged.keys()]) if (m.startsWith(k + PATH_SEP)) merged.delete(m);
      merged.set(k, v);
    }
    const out: Array<{ path: string[]; json: string }> = [];
    for (const [k, json] of merged) {
      const path = k.split(PATH_SEP);
      if (this.#removed.has(path[0]!) && !this.#explicit.has(k)) continue;
      out.push({ path, json });
    }
    return out;
  }

  /** The consolidated summary as a nested plain object. */
  toObject(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const { path, json } of this.entries()) {
      let node = out;
      for (const p of path.slice(0, -1)) {
        if (!isPlainObject(node[p])) node[p] = {};
        node = node[p] as Record<string, unknown>;
      }
      node[path[path.length - 1]!] = parseValueJson(json);
    }
    return out;
  }
}

/** The user-facing summary object. */
// deno-lint-ignore no-explicit-any
export type Summary = Record<string, any> & {
  /** Sets several keys in one record. */
  update(values: Record<string, unknown>): void;
  /** The consolidated summary as a plain object. */
  toJSON(): Record<string, unknown>;
};

/**
 * Wraps a {@linkcode SummaryState} in the object users see. Reads return plain values; write
 * nested values with `summary.update({ a: { b: 1 } })` or `summary.a = {...}`.
 *
 * @example
 * ```ts
 * import { SummaryState, summaryProxy } from "./summary.ts";
 * const summary = summaryProxy(new SummaryState(new Map(), () => {}));
 * summary.update({ final: { note: "done" } });
 * console.assert(summary.final.note === "done");
 * ```
 */
export function summaryProxy(state: SummaryState): Summary {
  return new Proxy(Object.create(null), {
    get(_t, prop) {
      if (typeof prop === "symbol") return undefined;
      if (prop === "update") return (v: Record<string, unknown>) => state.update(v);
      if (prop === "toJSON" || prop === "toObject") return () => state.toObject();
      return state.toObject()[prop];
    },
    set(_t, prop, value) {
      if (typeof prop === "symbol") return false;
      state.update({ [prop]: value });
      return true;
    },
    deleteProperty(_t, prop) {
      if (typeof prop === "symbol") return false;
      state.remove(prop);
      return true;
    },
    has(_t, prop) {
      return typeof prop === "string" && prop in state.toObject();
    },
    ownKeys() {
      return Object.keys(state.toObject());
    },
    getOwnPropertyDescriptor(_t, prop) {
      if (typeof prop === "symbol") return undefined;
      const obj = state.toObject();
      if (!(prop in obj)) return undefined;
      return { value: obj[prop], writable: true, enumerable: true, configurable: true };
    },
  }) as Summary;
}
