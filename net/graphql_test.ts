import assert from "node:assert/strict";
import { CommError } from "./errors.ts";
import { GraphQLClient } from "./graphql.ts";
import { rejection } from "../tests/_assert.ts";

/** A scripted GraphQL endpoint: each request takes the next answer. */
function fake(answers: (() => Response)[]) {
  const seen: { auth: string | null; body: Record<string, unknown>; ua: string | null }[] = [];
  const ac = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen() {} },
    async (req) => {
      seen.push({
        auth: req.headers.get("authorization"),
        ua: req.headers.get("user-agent"),
        body: await req.json(),
      });
      const next = answers.shift();
      return next ? next() : new Response("no more answers", { status: 599 });
    },
  );
  return {
    baseUrl: `http://127.0.0.1:${server.addr.port}`,
    seen,
    async [Symbol.asyncDispose]() {
      ac.abort();
      await server.finished;
    },
  };
}

const json = (v: unknown, status = 200, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(v), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
const policy = { maxRetries: 3, minDelayMs: 1, maxDelayMs: 2 };
const KEY = "k".repeat(40);

Deno.test("GraphQLClient: Basic api:<key>, no operationName, null variables, retries 5xx", async () => {
  await using f = fake([
    () => new Response("upstream down", { status: 502 }),
    json({ data: { viewer: { entity: "me" } } }),
  ]);
  const gql = new GraphQLClient({ baseUrl: f.baseUrl + "/", apiKey: KEY, retry: policy });
  const data = await gql.request<{ viewer: { entity: string } }>(
    "query Viewer($x: String) { viewer { entity } }",
    { x: undefined },
  );
  assert.equal(data.viewer.entity, "me");
  assert.equal(f.seen.length, 2);
  assert.equal(f.seen[1]!.auth, "Basic " + btoa(`api:${KEY}`));
  assert.equal(f.seen[1]!.ua, "W&B Internal Client 0.1.0");
  assert.equal("operationName" in f.seen[1]!.body, false);
  assert.deepEqual(f.seen[1]!.body.variables, { x: null });
});

Deno.test("GraphQLClient: GraphQL errors are not retried and name the path", async () => {
  await using f = fake([
    json({ data: null, errors: [{ message: "Unknown run", path: ["project", "run"] }] }),
  ]);
  const gql = new GraphQLClient({ baseUrl: f.baseUrl, apiKey: KEY, retry: policy });
  const err = await rejection<CommError>(gql.request("query Run { project { run { id } } }"));
  assert.ok(err instanceof CommError);
  assert.equal(err.code, "comm/graphql");
  assert.equal(err.serverMessage, "Unknown run");
  assert.match(
    err.message,
    /^Run http:\/\/127\.0\.0\.1:\d+\/graphql returned an error at project\.run: Unknown run$/,
  );
  assert.equal(f.seen.length, 1);
});

Deno.test("GraphQLClient: 401 fails at once without showing the key; 429 honours Retry-After", async () => {
  await using f = fake([
    json({ errors: [{ message: "invalid api key" }] }, 401),
    json({ errors: [{ message: "slow down" }] }, 429, { "retry-after": "0" }),
    json({ data: { ok: true } }),
  ]);
  const gql = new GraphQLClient({ baseUrl: f.baseUrl, apiKey: KEY, retry: policy });
  const err = await rejection<CommError>(gql.request("query Viewer { viewer { id } }"));
  assert.equal(err.code, "comm/unauthorized");
  assert.equal(err.status, 401);
  assert.doesNotMatch(err.message + String(err.stack), new RegExp(KEY));
  const retries: number[] = [];
  const gql2 = new GraphQLClient({
    baseUrl: f.baseUrl,
    apiKey: KEY,
    retry: policy,
    onRetry: (_op, e) => retries.push(e.delayMs),
  });
  assert.deepEqual(await gql2.request("query Ok { ok }"), { ok: true });
  assert.deepEqual(retries, [0]);
});

Deno.test("GraphQLClient: a refused connection is retried, then gives up with comm/gave-up", async () => {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  const gql = new GraphQLClient({
    baseUrl: `http://127.0.0.1:${port}`,
    apiKey: KEY,
    retry: policy,
  });
  const err = await rejection<CommError>(gql.request("query Viewer { viewer { id } }"));
  assert.equal(err.code, "comm/gave-up");
  assert.match(err.message, /^Viewer: gave up after 4 attempts .*could not connect/);
});

Deno.test("GraphQLClient: a complete 200 that is not GraphQL (a web app's page) fails at once with comm/protocol", async () => {
  const html = () =>
    new Response("<!doctype html><html><title>Sign in</title></html>", {
      headers: { "content-type": "text/html; charset=utf-8" },
    });
  await using f = fake([html, json({ ok: true }), json([1, 2])]);
  const gql = new GraphQLClient({ baseUrl: f.baseUrl, apiKey: KEY, retry: policy });
  const err = await rejection<CommError>(gql.request("query Viewer { viewer { id } }"));
  assert.ok(err instanceof CommError, String(err));
  assert.equal(err.code, "comm/protocol");
  assert.equal(err.retryable, false);
  assert.equal(err.status, 200);
  assert.equal(f.seen.length, 1, "not retried");
  assert.match(
    err.message,
    /^Viewer http:\/\/127\.0\.0\.1:\d+\/graphql: the server at http:\/\/127\.0\.0\.1:\d+ did not answer GraphQL \(HTTP 200, text\/html; charset=utf-8\); check the base URL/,
  );
  assert.doesNotMatch(err.message, /\n/);
  assert.doesNotMatch(err.message + String(err.stack), new RegExp(KEY));
  // A JSON answer with neither data nor errors, or not an object, is not GraphQL either.
  for (const op of ["B", "C"]) {
    const e = await rejection<CommError>(gql.request(`query ${op} { b }`));
    assert.equal(e.code, "comm/protocol", e.message);
  }
  assert.equal(f.seen.length, 3);
});

Deno.test("GraphQLClient: a body that breaks off is a network error and is retried", async () => {
  // A raw socket: the first answer promises 100 bytes and closes after 18, the second is whole.
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const whole = '{"data": {"viewer": {"id": 1}}}';
  const answers = [
    'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"data": {"viewer"',
    `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${whole.length}\r\n\r\n${whole}`,
  ];
  const served = (async () => {
    for (const answer of answers) {
      const conn = await listener.accept();
      const buf = new Uint8Array(65536);
      let head = "";
      while (!head.includes("\r\n\r\n")) {
        const n = await conn.read(buf);
        if (n === null) break;
        head += new TextDecoder().decode(buf.subarray(0, n));
      }
      await conn.write(new TextEncoder().encode(answer));
      conn.close();
    }
  })();
  try {
    const retried: string[] = [];
    const gql = new GraphQLClient({
      baseUrl: `http://127.0.0.1:${(listener.addr as Deno.NetAddr).port}`,
      apiKey: KEY,
      retry: policy,
      onRetry: (_op, e) => retried.push(e.error.code),
    });
    assert.deepEqual(await gql.request("query Viewer { viewer { id } }"), { viewer: { id: 1 } });
    assert.deepEqual(retried, ["comm/network"]);
  } finally {
    await served;
    listener.close();
  }
});
