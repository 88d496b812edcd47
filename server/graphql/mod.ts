/**
 * The local server's GraphQL endpoint (`POST /graphql`, server-api.md §3–§8, §12), executed by
 * the `graphql` engine over the SQLite store.
 *
 * @example
 * ```ts ignore
 * import { createHandler } from "../handler.ts";
 * import { graphqlRoutes } from "./mod.ts";
 * Deno.serve(createHandler({ store, routes: graphqlRoutes }));
 * ```
 * @module
 */
export { createGraphqlRoutes, graphqlRoutes } from "./route.ts";
export { GraphqlExecutor, type GraphqlExecutorOptions, type GraphqlResponse } from "./schema.ts";
export { GraphqlApiError, type GraphqlErrorCode } from "./errors.ts";
export { decodeRunId, encodeId, encodeRunId, type RunRef } from "./ids.ts";
export { type GqlContext, MAX_CLI_VERSION } from "./resolvers.ts";
