/**
 * JSON as W&B servers send it: `JSONString` fields are strings holding JSON that may use the bare
 * tokens `NaN`, `Infinity`, `-Infinity` (Python writes them), so parsing tries the native parser
 * first and falls back to the extended one; writing uses the extended form too.
 *
 * @module
 */
import { parseValueJson, stringifyValueJson } from "../../proto/value_json.ts";

/** Parses a JSON object text (`{}` for null/empty); a non-object gives `{}`. */
export function parseObject(text: string | null | undefined): Record<string, unknown> {
  if (text === null || text === undefined || text === "") return {};
  const v = parseValueJson(text);
  return typeof v === "object" && v !== null && !Array.isArray(v)
    ? v as Record<string, unknown>
    : {};
}

/** Parses many JSON object texts at once (one native parse when they are plain JSON). */
export function parseRows(lines: readonly string[]): Record<string, unknown>[] {
  if (lines.length === 0) return [];
  try {
    return JSON.parse("[" + lines.join(",") + "]") as Record<string, unknown>[];
  } catch {
    return lines.map((l) => parseValueJson(l) as Record<string, unknown>);
  }
}

/** W&B extended JSON text of a value. */
export function toJsonText(value: unknown): string {
  return stringifyValueJson(value);
}
