/**
 * The error type GraphQL resolvers throw: it becomes one entry of the response's `errors` list
 * (HTTP 200), with its message kept and a stable `code` in `extensions`.
 *
 * @example
 * ```ts
 * import { GraphqlApiError } from "./errors.ts";
 * const e = new GraphqlApiError("graphql/not-found", "Run me/p/r1 not found");
 * console.assert(e.code === "graphql/not-found");
 * ```
 * @module
 */

/** Why a GraphQL operation was refused. */
export type GraphqlErrorCode =
  | "graphql/bad-request"
  | "graphql/bad-argument"
  | "graphql/bad-id"
  | "graphql/not-found"
  | "graphql/permission"
  | "graphql/internal";

/** A refused GraphQL operation; the message is one line naming what, where and the fix. */
export class GraphqlApiError extends Error {
  /** Error class name. */
  override name = "GraphqlApiError";
  /**
   * Creates the error.
   *
   * @param code stable error code
   * @param message one line for the client
   * @example
   * ```ts
   * import { GraphqlApiError } from "./errors.ts";
   * console.assert(new GraphqlApiError("graphql/bad-id", "bad id").message === "bad id");
   * ```
   */
  constructor(readonly code: GraphqlErrorCode, message: string) {
    super(message);
  }
}

/**
 * A `graphql/bad-argument` error.
 *
 * @param message one line: which argument, what was wrong, the fix
 * @returns the error, to throw
 * @example
 * ```ts
 * import { badArg } from "./errors.ts";
 * console.assert(badArg("first must be positive").code === "graphql/bad-argument");
 * ```
 */
export function badArg(message: string): GraphqlApiError {
  return new GraphqlApiError("graphql/bad-argument", message);
}

/**
 * A `graphql/not-found` error.
 *
 * @param message one line: what was not found, where, the fix
 * @returns the error, to throw
 * @example
 * ```ts
 * import { notFound } from "./errors.ts";
 * console.assert(notFound("Run me/p/r1 not found").code === "graphql/not-found");
 * ```
 */
export function notFound(message: string): GraphqlApiError {
  return new GraphqlApiError("graphql/not-found", message);
}
