/**
 * The typed error of the server's store (its own module so that schema.ts and store.ts can both
 * raise it without importing each other).
 *
 * @example
 * ```ts
 * import { StoreError } from "./store_error.ts";
 * console.assert(new StoreError("store/not-found", "no run 7") instanceof Error);
 * ```
 * @module
 */

/** Why a store operation failed. */
export type StoreErrorCode =
  | "store/bad-json"
  | "store/not-found"
  | "store/bad-cursor"
  | "store/bad-argument"
  | "store/schema-version";

/** A rejected store operation; the message names what and where. */
export class StoreError extends Error {
  /** Error class name. */
  override name = "StoreError";
  /**
   * Creates the error.
   *
   * @param code stable error code
   * @param message one line: what, where, and the fix
   * @example
   * ```ts
   * import { StoreError } from "./store_error.ts";
   * console.assert(new StoreError("store/not-found", "no run 7").code === "store/not-found");
   * ```
   */
  constructor(code: StoreErrorCode, message: string) {
    super(message);
    this.code = code;
  }
  /** Stable error code. */
  readonly code: StoreErrorCode;
}
