/**
 * Assertions the tests share beyond `node:assert/strict`.
 *
 * @example
 * ```ts
 * import { rejection } from "./_assert.ts";
 * const err = await rejection<Error>(Promise.reject(new Error("no")));
 * console.assert(err.message === "no");
 * ```
 * @module
 */

/** The error `p` rejects with, for assertions on its fields; throws when `p` fulfils. */
export async function rejection<E = Error>(p: Promise<unknown>): Promise<E> {
  try {
    await p;
  } catch (e) {
    return e as E;
  }
  throw new Error("expected a rejection, the promise fulfilled");
}
