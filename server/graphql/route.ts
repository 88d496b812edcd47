/**
 * `POST /graphql`: authenticates (HTTP Basic, server-api.md §1), reads the size-bounded JSON body
 * `{"query", "variables"}` and runs it through the cached executor. GraphQL errors (bad query,
 * bad variables, refused operations) come back as HTTP 200 with `errors`; an unparsable body is
 * a 400 with `{"errors": [{"message"}]}`.
 *
 * @example
 * ```ts ignore
 * import { createHandler } from "../handler.ts";
 * const handle = createHandler({ store, routes: graphqlRoutes });
 * ```
 * @module
 */
import { authenticate } from "../auth.ts";
import { HttpError, readBodyText } from "../http_error.ts";
import type { Route } from "../routes.ts";
import { publicBaseUrl } from "../public_url.ts";
import { GraphqlExecutor } from "./schema.ts";

interface RequestBody {
  query: string;
  variables: Record<string, unknown> | null;
  operationName: string | null;
}

function parseBody(text: string): RequestBody {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (e) {
    throw new HttpError(
      400,
      "graphql/bad-json",
      `GraphQL request body is not valid JSON (${
        (e as Error).message
      }); send {"query": "...", "variables": {...}}`,
    );
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new HttpError(
      400,
      "graphql/bad-body",
      'GraphQL request body must be a JSON object {"query": "...", "variables": {...}}',
    );
  }
  const { query, variables, operationName } = body as Record<string, unknown>;
  if (typeof query !== "string" || query.trim() === "") {
    throw new HttpError(400, "graphql/no-query", 'GraphQL request body lacks a "query" string');
  }
  if (
    variables !== undefined && variables !== null &&
    (typeof variables !== "object" || Array.isArray(variables))
  ) {
    throw new HttpError(400, "graphql/bad-variables", '"variables" must be a JSON object or null');
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== "string") {
    throw new HttpError(400, "graphql/bad-operation-name", '"operationName" must be a string');
  }
  return {
    query,
    variables: (variables ?? null) as Record<string, unknown> | null,
    // W&B's public API sends "operationName": "" with single-operation documents; W&B's server
    // treats an empty name as absent, and so do we.
    operationName: (operationName || null) as string | null,
  };
}

/**
 * Creates the GraphQL routes with their own executor (and parse/validate cache).
 *
 * @example
 * ```ts ignore
 * const routes = createGraphqlRoutes();
 * ```
 */
export function createGraphqlRoutes(executor: GraphqlExecutor = new GraphqlExecutor()): Route[] {
  return [{
    method: "POST",
    pattern: new URLPattern({ pathname: "/graphql" }),
    handle: async (req, _params, server) => {
      const user = authenticate(req, server);
      const body = parseBody(await readBodyText(req, server.maxBodyBytes));
      const result = await executor.run(
        body.query,
        body.variables,
        {
          store: server.store,
          user,
          server,
          memo: new Map(),
          baseUrl: publicBaseUrl(req, server.publicUrl),
        },
        body.operationName,
      );
      return Response.json(result);
    },
  }];
}

/**
 * The GraphQL routes: `POST /graphql`.
 *
 * @example
 * ```ts ignore
 * import { createHandler } from "../handler.ts";
 * const handle = createHandler({ store, routes: [...graphqlRoutes] });
 * ```
 */
export const graphqlRoutes: Route[] = createGraphqlRoutes();
