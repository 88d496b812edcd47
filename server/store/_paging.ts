/**
 * Relay-style paging of the store's lists: the {@link Connection} and {@link PageArgs} shapes,
 * the page size check, and opaque keyset cursors (the sort values of the last item, typed, so
 * `Infinity`, `null` and `"1"` vs `1` survive the round trip).
 *
 * @example
 * ```ts
 * import { decodeCursor, encodeCursor } from "./_paging.ts";
 * console.assert(decodeCursor(encodeCursor([Infinity, 7]), 2)[0] === Infinity);
 * ```
 * @module
 */
import type { SQLInputValue } from "node:sqlite";
import { b64, unb64 } from "./_base64.ts";
import { StoreError } from "./store_error.ts";

/** Relay-style page of results. */
export interface Connection<T> {
  /** The page's items with their cursors. */
  edges: { node: T; cursor: string }[];
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Items in all pages. */
  totalCount: number;
}

/** Paging arguments: at most `first` items after the edge whose cursor is `after`. */
export interface PageArgs {
  /** Page size. */
  first?: number | null;
  /** Cursor of the item to start after. */
  after?: string | null;
}

/**
 * Cursor value encoding that survives Infinity and distinguishes types.
 *
 * @param parts the sort values of an item
 * @returns an opaque cursor
 */
export function encodeCursor(parts: (SQLInputValue | undefined)[]): string {
  const enc = parts.map((v) =>
    v === null || v === undefined
      ? ["z"]
      : typeof v === "number"
      ? ["n", String(v)]
      : ["s", String(v)]
  );
  return b64(JSON.stringify(enc));
}

/**
 * The sort values of a cursor made by {@link encodeCursor}.
 *
 * @param cursor the cursor a client sent back
 * @param arity how many values the cursor must hold
 * @returns the values
 * @throws {StoreError} `store/bad-cursor` when it is not such a cursor
 */
export function decodeCursor(cursor: string, arity: number): (string | number | null)[] {
  try {
    const text = unb64(cursor);
    if (text === undefined) throw new Error("base64");
    const parts = JSON.parse(text) as [string, string?][];
    if (!Array.isArray(parts) || parts.length !== arity) throw new Error("arity");
    return parts.map(([t, v]) => {
      if (t === "z") return null;
      if (t === "n") return Number(v);
      if (t === "s" && typeof v === "string") return v;
      throw new Error("type");
    });
  } catch {
    throw new StoreError(
      "store/bad-cursor",
      `Invalid page cursor ${JSON.stringify(cursor)}; pass a cursor returned by the previous page`,
    );
  }
}

/**
 * The page size of `first`: 50 when absent, at most 10,000.
 *
 * @throws {StoreError} `store/bad-argument` when `first` is not a non-negative integer
 */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return 50;
  if (!Number.isInteger(first) || first < 0) {
    throw new StoreError(
      "store/bad-argument",
      `first must be a non-negative integer, got ${first}`,
    );
  }
  return Math.min(first, 10_000);
}

/**
 * The page of `rows` (fetched with `LIMIT first + 1`, so one more row means another page).
 *
 * @param rows up to `first + 1` rows, in order
 * @param first the page size
 * @param totalCount items in all pages
 * @param node the item of a row
 * @param sortValues the values a row is sorted by, encoded as its cursor
 * @returns the first `first` rows as edges, with the page info
 */
export function toConnection<R, T>(
  rows: readonly R[],
  first: number,
  totalCount: number,
  node: (row: R) => T,
  sortValues: (row: R) => (SQLInputValue | undefined)[],
): Connection<T> {
  const edges = rows.slice(0, first).map((r) => ({
    node: node(r),
    cursor: encodeCursor(sortValues(r)),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
