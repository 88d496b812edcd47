/**
 * The error of `launch/`: one class with a stable `code` naming what failed, and the stage of
 * the launch it failed in (W&B's `failRunQueueItem` stages: `agent` before the run starts,
 * `run` after).
 *
 * @example
 * ```ts
 * import { LaunchError } from "./errors.ts";
 * const e = new LaunchError("launch/spec", "Launch spec has no source; pass one of uri, job or dockerImage");
 * console.assert(e.code === "launch/spec" && e.stage === "agent");
 * ```
 * @module
 */

/** Stable codes of {@linkcode LaunchError}. */
export type LaunchErrorCode =
  | "launch/spec"
  | "launch/resource"
  | "launch/job-not-found"
  | "launch/fetch"
  | "launch/entry-point"
  | "launch/run-failed"
  | "launch/queue"
  | "launch/config"
  | "launch/api"
  | "launch/sweep";

/** A launch that could not be set up or whose run failed. */
export class LaunchError extends Error {
  /** Error class name. */
  override name = "LaunchError";
  /**
   * Creates the error.
   *
   * @param code what failed
   * @param message one line: what, where, and the fix
   * @param stage the launch stage it failed in, as sent with `failRunQueueItem`
   * @param options the cause, if any
   */
  constructor(
    readonly code: LaunchErrorCode,
    message: string,
    readonly stage: "agent" | "run" = "agent",
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
