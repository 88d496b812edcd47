/**
 * A run's summary as the public API holds it: a mutable map of the values last read from the
 * server; `update()` writes the whole summary back (`UpsertBucket` with the run's storage `id` and
 * `summaryMetrics`, as `wandb.Api` does).
 *
 * @example
 * ```ts ignore
 * const run = await api.run("me/demo/abc123");
 * run.summary.set("best_acc", 0.93);
 * run.summary.delete("tmp");
 * await run.summary.update();
 * ```
 * @module
 */
import type { PublicClient } from "./_client.ts";
import { toJsonText } from "./_json.ts";

/** `UpsertBucket` with the summary only. */
export const UPSERT_SUMMARY = `mutation UpsertBucket($id: String, $summaryMetrics: JSONString) {
  upsertBucket(input: {id: $id, summaryMetrics: $summaryMetrics}) { bucket { id } }
}`;

/**
 * A run's summary: a `Map`-like view with `update()` to persist it.
 *
 * @example
 * ```ts
 * import { Summary } from "./summary.ts";
 * const s = new Summary({ loss: 0.5 });
 * s.set("acc", 0.9);
 * console.assert(s.get("loss") === 0.5 && s.size === 2 && s.dirty);
 * console.assert(JSON.stringify(s) === '{"loss":0.5,"acc":0.9}');
 * ```
 */
export class Summary implements Iterable<[string, unknown]> {
  #values: Record<string, unknown>;
  #dirty = false;
  #persist?: (text: string) => Promise<void>;

  /**
   * Wraps summary values.
   *
   * @param values the summary as read
   * @param persist writes the summary's JSON text to the server (absent: `update()` refuses)
   */
  constructor(values: Record<string, unknown> = {}, persist?: (text: string) => Promise<void>) {
    this.#values = { ...values };
    this.#persist = persist;
  }

  /** Whether a value changed since it was read or last persisted. */
  get dirty(): boolean {
    return this.#dirty;
  }

  /** Number of keys. */
  get size(): number {
    return Object.keys(this.#values).length;
  }

  /** The value of `key`, or undefined. */
  get(key: string): unknown {
    return Object.hasOwn(this.#values, key) ? this.#values[key] : undefined;
  }

  /** Whether `key` is present. */
  has(key: string): boolean {
    return Object.hasOwn(this.#values, key);
  }

  /** Sets `key` (kept locally until `update()`). */
  set(key: string, value: unknown): this {
    this.#values[key] = value;
    this.#dirty = true;
    return this;
  }

  /** Removes `key` (kept locally until `update()`); true if it was there. */
  delete(key: string): boolean {
    if (!Object.hasOwn(this.#values, key)) return false;
    delete this.#values[key];
    this.#dirty = true;
    return true;
  }

  /** The keys. */
  keys(): string[] {
    return Object.keys(this.#values);
  }

  /** The `[key, value]` pairs. */
  entries(): [string, unknown][] {
    return Object.entries(this.#values);
  }

  /** Iterates the `[key, value]` pairs. */
  [Symbol.iterator](): Iterator<[string, unknown]> {
    return this.entries()[Symbol.iterator]();
  }

  /** A plain copy of the values. */
  toJSON(): Record<string, unknown> {
    return { ...this.#values };
  }

  /**
   * Merges `values` (if given) and writes the whole summary to the server.
   *
   * @param values keys to set first
   * @throws {CommError} when the server refuses
   */
  async update(values: Record<string, unknown> = {}): Promise<void> {
    for (const [k, v] of Object.entries(values)) this.set(k, v);
    if (!this.#persist) throw new TypeError("This summary is not attached to a run");
    await this.#persist(toJsonText(this.#values));
    this.#dirty = false;
  }

  /** Replaces the values with freshly read ones (after `run.load(true)`). */
  reset(values: Record<string, unknown>): void {
    this.#values = { ...values };
    this.#dirty = false;
  }
}

/** The persist function of a run's summary. */
export function summaryWriter(
  client: PublicClient,
  storageId: () => string,
): (text: string) => Promise<void> {
  return async (text) => {
    await client.request(UPSERT_SUMMARY, { id: storageId(), summaryMetrics: text });
  };
}
