/**
 * The error of artifact calls: a stable `code` and a one-line message ending with the fix.
 *
 * @example
 * ```ts
 * import { ArtifactError } from "./errors.ts";
 * const e = new ArtifactError("artifact/invalid-name", "Cannot name an artifact a/b: '/' is not allowed; use letters, digits, '-', '_' and '.'");
 * console.assert(e.code === "artifact/invalid-name");
 * ```
 * @module
 */
import { WandbError } from "../errors.ts";

/** Codes of {@linkcode ArtifactError}. */
export type ArtifactErrorCode =
  | "artifact/invalid-name"
  | "artifact/file-not-found"
  | "artifact/not-a-file"
  | "artifact/not-a-directory"
  | "artifact/reference"
  | "artifact/not-logged"
  | "artifact/offline"
  | "artifact/upload-failed"
  | "artifact/not-found"
  | "artifact/download-conflict"
  | "artifact/download-failed"
  | "artifact/verify-failed"
  | "artifact/finalized";

/** An artifact call that cannot be done as asked. */
export class ArtifactError extends WandbError {
  /** Error class name. */
  override name = "ArtifactError";
  /**
   * Makes the error.
   *
   * @param code stable code
   * @param message one line, with the fix after a semicolon
   * @param options the cause
   */
  constructor(override readonly code: ArtifactErrorCode, message: string, options?: ErrorOptions) {
    super(code, message, options);
  }
}
