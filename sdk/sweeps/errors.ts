/**
 * The errors of sweeps on the client side: a config the checker refuses, a sweep path that does
 * not parse, a sweep the server does not know, a state change the sweep's state does not allow.
 *
 * @example
 * ```ts
 * import { SweepError } from "./errors.ts";
 * const err = new SweepError("sweep/not-found", "Sweep me/p/abc not found");
 * console.assert(err.code === "sweep/not-found");
 * ```
 * @module
 */
import { WandbError } from "../errors.ts";

/** Codes of {@linkcode SweepError}. */
export type SweepErrorCode =
  | "sweep/config"
  | "sweep/id"
  | "sweep/not-found"
  | "sweep/state"
  | "sweep/agent";

/** A sweep could not be created, found, changed or served. */
export class SweepError extends WandbError {
  /** Error class name. */
  override name = "SweepError";
  /**
   * Creates the error.
   *
   * @param code what went wrong, e.g. `sweep/not-found`
   * @param message one line: what, where, and the fix
   * @param options the cause, if any
   * @example
   * ```ts
   * import { SweepError } from "./errors.ts";
   * console.assert(new SweepError("sweep/id", "bad").name === "SweepError");
   * ```
   */
  constructor(override readonly code: SweepErrorCode, message: string, options?: ErrorOptions) {
    super(code, message, options);
  }
}
