/**
 * Errors of jobs: a job that does not exist, an artifact that is not a job, a `wandb-job.json`
 * that cannot be read, a bad path.
 *
 * @example
 * ```ts
 * import { JobError } from "./errors.ts";
 * const e = new JobError("job/not-found", "Job me/proj/job-x:latest not found; check the name");
 * console.assert(e.code === "job/not-found" && e.name === "JobError");
 * ```
 * @module
 */

/** Stable codes of {@linkcode JobError}. */
export type JobErrorCode =
  | "job/not-found"
  | "job/not-a-job"
  | "job/malformed"
  | "job/bad-path";

/**
 * A job that cannot be read as asked.
 *
 * @example
 * ```ts
 * import { JobError } from "./errors.ts";
 * try {
 *   throw new JobError("job/not-a-job", "me/p/data:v0 is a dataset artifact, not a job");
 * } catch (e) {
 *   console.assert(e instanceof JobError && e.code === "job/not-a-job");
 * }
 * ```
 */
export class JobError extends Error {
  /** Always `JobError`. */
  override name = "JobError";
  /**
   * Builds the error.
   *
   * @param code stable code
   * @param message one line: what, where, and the fix
   * @param options the cause, if any
   */
  constructor(readonly code: JobErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
  }
}
