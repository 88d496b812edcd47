/**
 * Rows in and out of SQLite: the {@link Row} type of query results, and the check that a text
 * column (history line, summary, config) holds a W&B-JSON object.
 *
 * @example
 * ```ts
 * import { parseRow } from "./_rows.ts";
 * console.assert(parseRow('{"loss":NaN}', "History line 0").loss !== 0);
 * ```
 * @module
 */
import type { SQLInputValue } from "node:sqlite";
import { parseValueJson } from "../../proto/value_json.ts";
import { StoreError } from "./store_error.ts";

/** One result row of {@link Store.query}: column name → SQLite value. */
export type Row = Record<string, SQLInputValue>;

/**
 * Parses W&B extended JSON, trying the native parser first (rows rarely hold NaN/Infinity).
 *
 * @param text the JSON text
 * @param what names the value in the error message, e.g. `History line 3 of run 7`
 * @returns the parsed object
 * @throws {StoreError} `store/bad-json` when `text` is not JSON or not an object
 */
export function parseRow(text: string, what: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    try {
      v = parseValueJson(text);
    } catch (e) {
      throw new StoreError("store/bad-json", `${what} is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new StoreError("store/bad-json", `${what} must be a JSON object`);
  }
  return v as Record<string, unknown>;
}
