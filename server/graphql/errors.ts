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
