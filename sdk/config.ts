/**
 * `run.config`: a live object. Property sets (nested too), `delete` and `update()` each become one
 * `ConfigRecord` at once; there is no `save()`. Values are validated like `run.log` values and
 * stored as copies, so later mutation of the caller's objects changes nothing.
 *
 * @example
 * ```ts
 * import { ConfigState, configProxy } from "./config.ts";
 * const records: unknown[] = [];
 * const config = configProxy(new ConfigState((r) => records.push(r)));
 * config.lr = 0.01;
 * config.model = { layers: 2 };
 * config.model.layers = 3;
 * console.assert(config.model.layers === 3 && records.length === 3);
 * ```
 * @module
 */
import type { wandb_internal } from "../proto/mod.ts";
import { encodeValueJson, isPlainObject, parseValueJson } from "../proto/value_json.ts";
import { UsageError } from "./errors.ts";

/** Publishes one record to the internal process. */
export type Publish = (record: wandb_internal.IRecord) => void;

/** A changed key of `config.update()` without `allowValChange`. */
export class ConfigValueChangeError extends UsageError {
  /** Error class name. */
  override name = "ConfigValueChangeError";
  /**
   * Creates the error.
   *
   * @param key the config key whose value would change
   * @param from its current value (JSON)
   * @param to the new value (JSON)
   */
  constructor(readonly key: string, from: string, to: string) {
    super(
      "config/value-change",
      `Cannot change config "${key}" from ${from} to ${to} with update(); pass { allowValChange: true } or assign config.${key} directly`,
    );
  }
}

/** Options of `config.update()`. */
export interface ConfigUpdateOptions {
  /** Allow keys that already exist to change value. @default false */
  allowValChange?: boolean;
}

/** One encoded config item. */
export interface ConfigItemData {
  path: string[];
  json: string;
}

/** The config of a run: its values and the records that changes produce. */
export class ConfigState {
  #data: Record<string, unknown> = {};
  #publish: Publish;
  #guard: (what: string) => void;
  /** Top-level keys set by a sweep (or launch): later changes are ignored with a warning. */
  #locked = new Map<string, string>();
  #warn: (message: string) => void = () => {};

  /**
   * @param publish where ConfigRecords go
   * @param guard throws when the run is finished
   */
  constructor(publish: Publish, guard: (what: string) => void = () => {}) {
    this.#publish = publish;
    this.#guard = guard;
  }

  /**
   * Locks top-level keys, as W&B does for the values a sweep chose: a later `update()` or
   * assignment of them is ignored with W&B's warning (`warn`).
   */
  lock(keys: Iterable<string>, by: string, warn: (message: string) => void): void {
    for (const k of keys) this.#locked.set(k, by);
    this.#warn = warn;
  }

  /** Whether `key` is locked; warns once per attempt, as W&B's `Config` does. */
  #isLocked(key: string): boolean {
    const by = this.#locked.get(key);
    if (by === undefined) return false;
    this.#warn(`wandb: WARNING Config item '${key}' was locked by '${by}' (ignored update).`);
    return true;
  }

  /** Sets the initial values without publishing (they travel in the RunRecord). */
  init(values: Record<string, unknown>): ConfigItemData[] {
    const items = this.#encodeTop(values, "config");
    for (const it of items) this.#data[it.path[0]!] = parseValueJson(it.json);
    return items;
  }

  /** Current value at a path (a copy for objects). */
  get(path: readonly string[]): unknown {
    let v: unknown = this.#data;
    for (const p of path) {
      if (!isPlainObject(v) || !Object.hasOwn(v, p)) return undefined;
      v = v[p];
    }
    return v;
  }

  /** Sets the value at a path and publishes it. */
  set(path: string[], value: unknown): void {
    this.#guard("run.config set");
    if (this.#isLocked(path[0]!)) return;
    const json = encodeConfigValue(value, `config.${path.join(".")}`, path.length === 1);
    let parent = this.#data;
    for (const p of path.slice(0, -1)) {
      const next = parent[p];
      if (!isPlainObject(next)) {
        throw new UsageError(
          "config/not-object",
          `Cannot set config.${
            path.join(".")
          }: config.${p} is not an object; assign an object to config.${p} first`,
        );
      }
      parent = next;
    }
    parent[path[path.length - 1]!] = parseValueJson(json);
    this.#publish({ config: { update: [toItem(path, json)] } });
  }

  /** Removes the value at a path and publishes the removal. */
  remove(path: string[]): boolean {
    this.#guard("run.config delete");
    let parent: unknown = this.#data;
    for (const p of path.slice(0, -1)) parent = isPlainObject(parent) ? parent[p] : undefined;
    const leaf = path[path.length - 1]!;
    if (!isPlainObject(parent) || !Object.hasOwn(parent, leaf)) return true;
    delete parent[leaf];
    this.#publish({ config: { remove: [{ ...toItem(path, "") }] } });
    return true;
  }

  /** Sets several top-level keys in one record. */
  update(values: Record<string, unknown>, options?: ConfigUpdateOptions): void {
    this.#guard("run.config.update()");
    if (!isPlainObject(values)) {
      throw new TypeError(`config.update() takes a plain object; got ${typeof values}`);
    }
    const items = this.#encodeTop(values, "config").filter((it) => !this.#isLocked(it.path[0]!));
    if (!options?.allowValChange) {
      for (const it of items) {
        const key = it.path[0]!;
        if (Object.hasOwn(this.#data, key)) {
          const before = encodeValueJson(this.#data[key], key);
          if (before !== it.json) throw new ConfigValueChangeError(key, before, it.json);
        }
      }
    }
    if (items.length === 0) return;
    for (const it of items) this.#data[it.path[0]!] = parseValueJson(it.json);
    this.#publish({ config: { update: items.map((it) => toItem(it.path, it.json)) } });
  }

  /** A deep copy of the config as a plain object. */
  toObject(): Record<string, unknown> {
    return parseValueJson(encodeValueJson(this.#data, "config")) as Record<string, unknown>;
  }

  #encodeTop(values: Record<string, unknown>, where: string): ConfigItemData[] {
    const items: ConfigItemData[] = [];
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) continue;
      items.push({ path: [k], json: encodeConfigValue(v, `${where}.${k}`, true) });
    }
    return items;
  }
}

/** Encodes a config value; a top-level NaN becomes null, as W&B's JSON-friendly pass does. */
function encodeConfigValue(v: unknown, where: string, topLevel: boolean): string {
  if (topLevel && typeof v === "number" && Number.isNaN(v)) return "null";
  return encodeValueJson(v, where);
}

/** A ConfigItem / SummaryItem for a path: `key` at top level, `nested_key` deeper. */
export function toItem(path: readonly string[], json: string): wandb_internal.IConfigItem {
  return path.length === 1
    ? { key: path[0]!, valueJson: json }
    : { nestedKey: [...path], valueJson: json };
}

const METHODS = new Set(["update", "toJSON", "toObject", "get"]);

/** The user-facing config object: `config.key`, `config.a.b = 1`, `config.update({...})`. */
// deno-lint-ignore no-explicit-any
export type Config = Record<string, any> & {
  /** Sets several keys in one record. */
  update(values: Record<string, unknown>, options?: ConfigUpdateOptions): void;
  /** A deep copy as a plain object. */
  toObject(): Record<string, unknown>;
  /** For JSON.stringify. */
  toJSON(): Record<string, unknown>;
};

/**
 * Wraps a {@linkcode ConfigState} in the live object users see.
 *
 * @example
 * ```ts
 * import { ConfigState, configProxy } from "./config.ts";
 * const config = configProxy(new ConfigState(() => {}));
 * config.update({ batch: 32 });
 * console.assert(JSON.stringify(config) === '{"batch":32}');
 * ```
 */
export function configProxy(state: ConfigState, path: string[] = []): Config {
  const target = Object.create(null);
  return new Proxy(target, {
    get(_t, prop) {
      if (typeof prop === "symbol") return undefined;
      if (path.length === 0 && METHODS.has(prop)) {
        switch (prop) {
          case "update":
            return (v: Record<string, unknown>, o?: ConfigUpdateOptions) => state.update(v, o);
          case "get":
            return (k: string) => state.get([k]);
          default:
            return () => state.toObject();
        }
      }
      const full = [...path, prop];
      const v = state.get(full);
      if (isPlainObject(v)) return configProxy(state, full);
      return Array.isArray(v) ? structuredClone(v) : v;
    },
    set(_t, prop, value) {
      if (typeof prop === "symbol") return false;
      state.set([...path, prop], value);
      return true;
    },
    deleteProperty(_t, prop) {
      if (typeof prop === "symbol") return false;
      return state.remove([...path, prop]);
    },
    has(_t, prop) {
      return typeof prop === "string" && state.get([...path, prop]) !== undefined;
    },
    ownKeys() {
      const v = state.get(path);
      return isPlainObject(v) ? Object.keys(v) : [];
    },
    getOwnPropertyDescriptor(_t, prop) {
      if (typeof prop === "symbol") return undefined;
      const v = state.get([...path, prop]);
      if (v === undefined) return undefined;
      return { value: v, writable: true, enumerable: true, configurable: true };
    },
  }) as Config;
}
