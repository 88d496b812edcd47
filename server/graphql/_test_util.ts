/**
 * Test helpers for the GraphQL tests: a seeded in-memory store behind `createHandler` and a
 * `gql()` that sends real `Request`s (no socket).
 *
 * @example
 * ```ts ignore
 * const t = setup();
 * const { body } = await t.gql(t.aliceKey, "{ viewer { entity } }");
 * ```
 * @module
 */
import { Store } from "../store/mod.ts";
import { createHandler } from "../handler.ts";
import { graphqlRoutes } from "./mod.ts";

/** A test server. */
export interface TestServer {
  store: Store;
  handle: (req: Request) => Promise<Response>;
  secret: Uint8Array;
  now: Date;
  aliceKey: string;
  bobKey: string;
  logs: string[];
  /** POSTs a GraphQL request; returns status and parsed body. */
  gql: (
    key: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<{ status: number; body: GqlBody }>;
}

/** A parsed response body. */
export interface GqlBody {
  // deno-lint-ignore no-explicit-any
  data?: any;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Basic auth header value for a key. */
export function basic(key: string): string {
  return "Basic " + btoa("api:" + key);
}

/** Builds a store with users alice and bob behind the GraphQL routes. */
export function setup(): TestServer {
  const now = new Date("2026-01-02T03:04:05.678Z");
  const store = Store.open(":memory:", { now: () => now });
  const secret = new TextEncoder().encode("test-secret");
  const logs: string[] = [];
  const alice = store.createUser("alice", { email: "alice@example.com" });
  const bob = store.createUser("bob");
  const handle = createHandler({
    store,
    routes: graphqlRoutes,
    secret,
    now: () => now,
    urlTtlSeconds: 600,
    log: (m) => logs.push(m),
  });
  return {
    store,
    handle,
    secret,
    now,
    aliceKey: alice.apiKey,
    bobKey: bob.apiKey,
    logs,
    gql: async (key, query, variables) => {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (key) headers.authorization = basic(key);
      const res = await handle(
        new Request("http://localhost/graphql", {
          method: "POST",
          headers,
          body: JSON.stringify({ query, variables }),
        }),
      );
      return { status: res.status, body: (await res.json()) as GqlBody };
    },
  };
}
