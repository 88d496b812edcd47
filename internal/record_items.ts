/**
 * The items of config and summary records (`ConfigItem`, `SummaryItem`: a key or a nested key
 * path, and a `value_json`), applied to a plain object. The writer's run files and the sender
 * both build their config and summary with these, so both read records the same way.
 *
 * @example
 * ```ts
 * import { applyItems } from "./record_items.ts";
 * const summary: Record<string, unknown> = {};
 * applyItems(summary, { update: [{ nestedKey: ["val", "acc"], valueJson: "0.5" }] });
 * console.assert((summary.val as { acc: number }).acc === 0.5);
 * ```
 * @module
 */
import { isPlainObject, parseValueJson } from "../proto/value_json.ts";

/** One config or summary item as a record carries it. */
export interface RecordItem {
  key?: string | null;
  nestedKey?: string[] | null;
  valueJson?: string | null;
}

/** The path of an item: its nested key, or its key. */
export function itemPath(it: RecordItem): string[] {
  return it.nestedKey && it.nestedKey.length > 0 ? it.nestedKey : [it.key ?? ""];
}

/**
 * Applies a record's updates, then its removals, to `obj`. A `value_json` that is not W&B JSON
 * is kept as its text: one bad value must not stop the record or the run.
 */
export function applyItems(
  obj: Record<string, unknown>,
  rec: { update?: RecordItem[] | null; remove?: RecordItem[] | null },
): void {
  for (const it of rec.update ?? []) setPath(obj, itemPath(it), parseLenient(it.valueJson));
  for (const it of rec.remove ?? []) removePath(obj, itemPath(it));
}

function parseLenient(text: string | null | undefined): unknown {
  try {
    return parseValueJson(text ?? "null");
  } catch {
    return text;
  }
}

function setPath(obj: Record<string, unknown>, path: string[], value: unknown): void {
  let node = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    if (!isPlainObject(node[k])) node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

function removePath(obj: Record<string, unknown>, path: string[]): void {
  let node: unknown = obj;
  for (let i = 0; i < path.length - 1; i++) node = isPlainObject(node) ? node[path[i]!] : undefined;
  if (isPlainObject(node)) delete node[path[path.length - 1]!];
}
