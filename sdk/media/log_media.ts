/**
 * How `run.log` turns a media value into history items: {@linkcode bindLogged} binds it at the
 * row's key and step (a custom chart is logged as its table under `<key>_table` plus a config
 * entry), and {@linkcode flattenMedia} spreads W&B's JSON into nested keys, as the official
 * client sends it (`img.path`, `img.sha256`, …; lists stay whole).
 *
 * @example
 * ```ts
 * import { flattenMedia } from "./log_media.ts";
 * const items: string[] = [];
 * flattenMedia({ _type: "histogram", bins: [0, 1], x: { y: 1 } }, [], (p) => items.push(p.join(".")));
 * console.assert(items.join() === "_type,bins,x.y");
 * ```
 * @module
 */
import { MediaBatch, MediaError, WBValue } from "./media.ts";
import { bindImageList, Image } from "./image.ts";
import { CustomChart } from "./plot.ts";

export { MediaBatch };

/** Whether `run.log` handles this value as media (checked only for non-primitive values). */
export function isMediaValue(v: unknown): boolean {
  return v instanceof WBValue || v instanceof CustomChart ||
    (Array.isArray(v) && v.length > 0 && (v[0] instanceof WBValue));
}

/**
 * Binds a logged media value.
 *
 * @param key the row key (nested keys joined by `.`)
 * @param keyPath the key path named in errors
 * @returns the key the value is logged under and W&B's JSON
 * @throws {MediaError} for values that cannot be encoded
 */
export function bindLogged(
  v: unknown,
  key: string,
  keyPath: string,
  step: number,
  batch: MediaBatch,
): { key: string; json: Record<string, unknown> } {
  const ctx = { key, step, keyPath, batch };
  try {
    if (v instanceof CustomChart) {
      const tableKey = `${key}_table`;
      batch.config.push({ path: ["_wandb", "visualize", key], value: v.configValue(key) });
      return { key: tableKey, json: v.table.bind({ ...ctx, key: tableKey }) };
    }
    if (v instanceof WBValue) return { key, json: v.bind(ctx) };
    const list = v as unknown[];
    if (!list.every((x) => x instanceof Image)) {
      throw new MediaError(
        "media/bad-value",
        keyPath,
        "a list of media must hold only Images; log other media under separate keys",
      );
    }
    return { key, json: bindImageList(list as Image[], ctx) };
  } catch (err) {
    // Errors raised outside run.log (a Table's constructor) get the key path here.
    if (err instanceof MediaError && !err.keyPath) {
      throw new MediaError(err.code, keyPath, err.message);
    }
    throw err;
  }
}

/** Calls `add` for every leaf of W&B's JSON (plain objects are walked; arrays are leaves). */
export function flattenMedia(
  json: Record<string, unknown>,
  prefix: string[],
  add: (path: string[], value: unknown) => void,
): void {
  for (const [k, v] of Object.entries(json)) {
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      flattenMedia(v as Record<string, unknown>, [...prefix, k], add);
    } else add([...prefix, k], v);
  }
}
