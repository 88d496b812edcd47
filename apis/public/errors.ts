/**
 * Errors of the public API that are not about the conversation with the server (those are
 * {@linkcode CommError}s from `net/`): a path that names nothing, a run or file that does not
 * exist, a download that would overwrite a file, an argument of the wrong shape, a download whose
 * MD5 does not match, an upload the server gave no URL for. Each has a stable `code`; the message is one line naming what and where,
 * ending with the fix.
 *
 * @example
 * ```ts
 * import { ApiError } from "./errors.ts";
 * const err = new ApiError("api/not-found", "Run me/demo/abc not found; check the run id");
 * console.assert(err.code === "api/not-found" && err.name === "ApiError");
 * ```
 * @module
 */
export { CommError, type CommErrorCode } from "../../net/errors.ts";

/** Stable codes of {@linkcode ApiError}. */
export type ApiErrorCode =
  | "api/bad-path"
  | "api/not-found"
  | "api/no-api-key"
  | "api/bad-argument"
  | "api/file-exists"
  | "api/no-upload-url"
  | "api/md5-mismatch";

/**
 * A public-API call that cannot be done as asked.
 *
 * @example
 * ```ts
 * import { ApiError, isApiError } from "./errors.ts";
 * const err: unknown = new ApiError("api/bad-path", 'Bad run path "a/b/c/d"; use "entity/project/run_id"');
 * console.assert(isApiError(err, "api/bad-path"));
 * ```
 */
export class ApiError extends Error {
  /** Always `ApiError`. */
  override name = "ApiError";
  /**
   * Builds the error.
   *
   * @param code stable code
   * @param message one line: what, where, and the fix
   * @param options the cause, if any
   */
  constructor(readonly code: ApiErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/**
 * Whether `err` is an {@linkcode ApiError} (by name and code, so it works across module copies).
 *
 * @param err anything caught
 * @param code when given, the code it must have
 * @returns true for an ApiError (with that code)
 * @example
 * ```ts
 * import { ApiError, isApiError } from "./errors.ts";
 * console.assert(isApiError(new ApiError("api/not-found", "x"), "api/not-found"));
 * console.assert(!isApiError(new Error("x")));
 * ```
 */
export function isApiError(err: unknown, code?: ApiErrorCode): err is ApiError {
  return err instanceof Error && err.name === "ApiError" &&
    (code === undefined || (err as ApiError).code === code);
}
