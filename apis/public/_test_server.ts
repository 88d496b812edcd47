/**
 * Test helper: the real local server (SQLite store in a temp dir, GraphQL, file_stream and
 * signed-URL storage) listening on 127.0.0.1 port 0, with users `alice` and `bob`, and a few
 * protocol helpers to seed it the way W&B clients do.
 *
 * @example
 * ```ts ignore
 * await withServer(async (t) => {
 *   const api = t.api();
 *   await t.upsertRun("demo", "r1", { config: { lr: 0.1 } });
 * });
 * ```
 * @module
 */
import { Store } from "../../server/store/mod.ts";
import { createHandler } from "../../server/handler.ts";
import { graphqlRoutes } from "../../server/graphql/mod.ts";
import { storageRoutes } from "../../server/storage.ts";
import { operationName } from "../../net/graphql.ts";
import { Api, type ApiOptions } from "./api.ts";

/** A running test server. */
export interface TestServer {
  baseUrl: string;
  store: Store;
  dir: string;
  aliceKey: string;
  bobKey: string;
  /** The operation name of every GraphQL request the server received, in order. */
  operations: string[];
  /** An Api for alice (no environment read). */
  api(options?: ApiOptions): Api;
  /** `UpsertBucket` as the SDK sends it at init (alice's entity). */
  upsertRun(
    project: string,
    name: string,
    fields?: {
      config?: Record<string, unknown>;
      displayName?: string;
      tags?: string[];
      notes?: string;
      groupName?: string;
      jobType?: string;
    },
  ): Promise<void>;
  /** One file_stream post for alice's run. */
  fileStream(project: string, run: string, body: Record<string, unknown>): Promise<void>;
}

/** Options of {@linkcode withServer}. */
export interface WithServerOptions {
  /** Store clock; tests that order by creation time pass a ticking one. */
  now?: () => Date;
}

/** A clock that moves one second per call, from 2026-01-01. */
export function tickingClock(): () => Date {
  let t = Date.parse("2026-01-01T00:00:00Z");
  return () => new Date(t += 1000);
}

/** Starts the server, runs `fn`, then stops the server and removes its data. */
export async function withServer(
  fn: (t: TestServer) => Promise<void>,
  options: WithServerOptions = {},
): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "wandb-apis-test-" });
  const store = Store.open(dir, { now: options.now });
  const aliceKey = store.createUser("alice").apiKey;
  const bobKey = store.createUser("bob").apiKey;
  const ac = new AbortController();
  const handler = createHandler({
    store,
    filesDir: `${dir}/files`,
    routes: [...graphqlRoutes, ...storageRoutes],
    log: (m) => console.error(m),
  });
  const operations: string[] = [];
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen() {} },
    async (req) => {
      if (new URL(req.url).pathname === "/graphql" && req.method === "POST") {
        const { query } = await req.clone().json() as { query?: string };
        operations.push(operationName(query ?? ""));
      }
      return handler(req);
    },
  );
  const baseUrl = `http://127.0.0.1:${server.addr.port}`;
  const auth = { authorization: `Basic ${btoa(`api:${aliceKey}`)}` };
  const post = async (path: string, body: unknown) => {
    const res = await fetch(baseUrl + path, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok || text.includes('"errors"')) throw new Error(`${path}: ${res.status} ${text}`);
  };
  try {
    await fn({
      baseUrl,
      store,
      dir,
      aliceKey,
      bobKey,
      operations,
      api: (o = {}) => new Api({ baseUrl, apiKey: aliceKey, env: {}, ...o }),
      upsertRun: (project, name, fields = {}) => {
        const config: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(fields.config ?? {})) {
          config[k] = { value: v, desc: null };
        }
        return post("/graphql", {
          query: `mutation UpsertBucket($name: String, $project: String, $entity: String,
            $config: JSONString, $displayName: String, $tags: [String!], $notes: String,
            $groupName: String, $jobType: String) {
            upsertBucket(input: {name: $name, modelName: $project, entityName: $entity,
              config: $config, displayName: $displayName, tags: $tags, notes: $notes,
              groupName: $groupName, jobType: $jobType}) { bucket { id } inserted }
          }`,
          variables: {
            name,
            project,
            entity: "alice",
            config: JSON.stringify(config),
            displayName: fields.displayName ?? null,
            tags: fields.tags ?? null,
            notes: fields.notes ?? null,
            groupName: fields.groupName ?? null,
            jobType: fields.jobType ?? null,
          },
        });
      },
      fileStream: (project, run, body) => post(`/files/alice/${project}/${run}/file_stream`, body),
    });
  } finally {
    ac.abort();
    await server.finished;
    store.close();
    await Deno.remove(dir, { recursive: true });
  }
}
