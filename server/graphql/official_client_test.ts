/**
 * What the official W&B client (0.30, Go core and public API) needs of the schema beyond our own
 * SDK: absolute file URLs, an empty operationName, the fields its documents select, inclusive
 * sampledHistory ranges, alerts, and empty answers for areas not built yet.
 */
import assert from "node:assert/strict";
import { createHandler } from "../handler.ts";
import { normalizePublicUrl, publicBaseUrl } from "../public_url.ts";
import { verifySignedUrl } from "../signed_url.ts";
import { Store } from "../store/mod.ts";
import { basic, setup } from "./_test_util.ts";
import { graphqlRoutes } from "./mod.ts";

async function post(
  handle: (req: Request) => Promise<Response>,
  key: string,
  body: Record<string, unknown>,
  origin = "http://localhost",
) {
  const res = await handle(
    new Request(`${origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: basic(key) },
      body: JSON.stringify(body),
    }),
  );
  // deno-lint-ignore no-explicit-any
  return { status: res.status, body: (await res.json()) as any };
}

const FILE_URLS = `mutation C { createRunFiles(input: {entityName: "alice", projectName: "p",
  runName: "r1", files: ["a.txt"]}) { files { name uploadUrl } } }
query F { project(name: "p", entityName: "alice") { run(name: "r1") {
  files(names: ["a.txt"]) { edges { node { url directUrl up: url(upload: true) } } } } } }`;

Deno.test("file URLs are absolute, on the request's origin or the configured public URL", async () => {
  const t = setup();
  t.store.upsertRun("alice", "p", "r1");
  const created = await post(
    t.handle,
    t.aliceKey,
    { query: FILE_URLS, operationName: "C" },
    "http://127.0.0.1:4321",
  );
  const upload = created.body.data.createRunFiles.files[0].uploadUrl as string;
  assert.match(
    upload,
    /^http:\/\/127\.0\.0\.1:4321\/storage\/alice\/p\/r1\/a\.txt\?expires=\d+&sig=/,
  );
  assert.equal(await verifySignedUrl(t.secret, "PUT", new URL(upload), t.now), undefined);

  // Behind a proxy at another origin and folder: URLs name the public URL; the signature still
  // covers the /storage/... path the server sees once the proxy strips its folder.
  const store = Store.open(":memory:", { now: () => t.now });
  const alice = store.createUser("alice");
  store.upsertRun("alice", "p", "r1");
  const handle = createHandler({
    store,
    routes: graphqlRoutes,
    secret: t.secret,
    now: () => t.now,
    publicUrl: normalizePublicUrl("https://wandb.example.com/team/"),
  });
  const files = await post(handle, alice.apiKey, { query: FILE_URLS, operationName: "F" });
  const node = files.body.data.project.run.files.edges[0].node;
  for (const u of [node.url, node.directUrl, node.up] as string[]) {
    assert.match(u, /^https:\/\/wandb\.example\.com\/team\/storage\/alice\/p\/r1\/a\.txt\?/);
    const seen = new URL(u.replace("/team/", "/"));
    const method = u === node.up ? "PUT" : "GET";
    assert.equal(await verifySignedUrl(t.secret, method, seen, t.now), undefined);
  }
  store.close();
});

Deno.test("behind a proxy that rewrites Host, URLs use X-Forwarded-Host and -Proto", () => {
  const req = (headers: Record<string, string>) =>
    new Request("http://127.0.0.1:8080/graphql", { headers });
  assert.equal(publicBaseUrl(req({}), undefined), "http://127.0.0.1:8080");
  assert.equal(
    publicBaseUrl(
      req({ "x-forwarded-host": "wb.example.com, inner", "x-forwarded-proto": "https" }),
      undefined,
    ),
    "https://wb.example.com",
  );
  assert.equal(
    publicBaseUrl(req({ "x-forwarded-host": "[::1]:9000" }), undefined),
    "http://[::1]:9000",
  );
  // Not a host: ignored. A configured public URL always wins.
  assert.equal(
    publicBaseUrl(req({ "x-forwarded-host": "a/b?c" }), undefined),
    "http://127.0.0.1:8080",
  );
  assert.equal(
    publicBaseUrl(req({ "x-forwarded-host": "x.y" }), "https://pub.example"),
    "https://pub.example",
  );
});

Deno.test("normalizePublicUrl refuses what is not an absolute http(s) URL, naming it", () => {
  assert.equal(normalizePublicUrl("http://h:9/"), "http://h:9");
  for (const bad of ["localhost:8080", "ftp://h/", "http://h/?a=1", "/wandb"]) {
    assert.throws(
      () => normalizePublicUrl(bad),
      (e: Error & { code?: string }) =>
        e.code === "server/public-url" && e.message.includes(JSON.stringify(bad)),
    );
  }
});

Deno.test("an empty operationName counts as absent; a name not in the document is an error", async () => {
  const t = setup();
  const ok = await post(t.handle, t.aliceKey, {
    query: "query GetViewer { viewer { username } }",
    operationName: "",
  });
  assert.equal(ok.status, 200);
  assert.deepEqual(ok.body.data, { viewer: { username: "alice" } });
  const missing = await post(t.handle, t.aliceKey, {
    query: "query GetViewer { viewer { username } }",
    operationName: "Nope",
  });
  assert.equal(missing.status, 200);
  assert.match(missing.body.errors[0].message, /Unknown operation named "Nope"/);
  const unknownField = await post(t.handle, t.aliceKey, { query: "{ viewer { nope } }" });
  assert.equal(unknownField.status, 200);
  assert.equal(unknownField.body.data, undefined);
  assert.match(unknownField.body.errors[0].message, /Cannot query field "nope" on type "User"/);
  assert.ok(unknownField.body.errors[0].locations);
});

Deno.test("the public API's fields: user, ids, views, entity, parquetHistory", async () => {
  const t = setup();
  const { run } = t.store.upsertRun("alice", "p", "r1");
  t.store.appendHistory(run.id, 0, [
    '{"_step":0,"loss":1}',
    '{"_step":1,"acc":0.5}',
    '{"_step":2,"loss":0.5,"acc":0.7}',
  ]);
  const projectId = t.store.getProject("alice", "p")!.id;
  const { body } = await post(t.handle, t.aliceKey, {
    query: `query Q {
      viewer { deletedAt photoUrl username }
      entity(name: "alice") { name organization { coreWeaveOrganizationId } }
      other: entity(name: "bob") { name }
      project(name: "p", entityName: "alice") {
        internalId user { username }
        allViews(viewType: "runs", first: 10) { edges { node { id } } pageInfo { hasNextPage } }
        artifact(name: "x:latest") { id } artifactType(name: "dataset") { name }
        run(name: "r1") {
          projectId
          all: parquetHistory(liveKeys: []) { parquetUrls liveData }
          loss: parquetHistory(liveKeys: ["_step", "loss"]) { parquetUrls liveData }
          outputArtifacts(first: 10) { totalCount edges { node { id } } }
          inputArtifacts { totalCount }
        }
      }
    }`,
    operationName: "",
  });
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  const d = body.data;
  assert.deepEqual(d.viewer, { deletedAt: null, photoUrl: null, username: "alice" });
  assert.deepEqual(d.entity, { name: "alice", organization: null });
  assert.equal(d.other, null); // bob's entity is not alice's to see
  assert.equal(d.project.internalId, String(projectId));
  assert.equal(d.project.run.projectId, projectId);
  assert.deepEqual(d.project.user, { username: "alice" });
  assert.deepEqual(d.project.allViews, { edges: [], pageInfo: { hasNextPage: false } });
  assert.equal(d.project.artifact, null);
  assert.equal(d.project.artifactType, null);
  assert.deepEqual(d.project.run.all, {
    parquetUrls: [],
    liveData: [{ _step: 0, loss: 1 }, { _step: 1, acc: 0.5 }, { _step: 2, loss: 0.5, acc: 0.7 }],
  });
  assert.deepEqual(d.project.run.loss.liveData, [{ _step: 0, loss: 1 }, { _step: 2, loss: 0.5 }]);
  assert.deepEqual(d.project.run.outputArtifacts, { totalCount: 0, edges: [] });
  assert.deepEqual(d.project.run.inputArtifacts, { totalCount: 0 });
});

Deno.test("sampledHistory pages as the official scan_history does lose no row", async () => {
  const t = setup();
  const { run } = t.store.upsertRun("alice", "p", "r1");
  t.store.appendHistory(
    run.id,
    0,
    Array.from({ length: 10 }, (_, i) => JSON.stringify({ _step: i, loss: i })),
  );
  const seen: number[] = [];
  // wandb-core's pages for page_size=3: {minStep: 0, maxStep: 2}, {3, 5}, {6, 8}, {9, 11}.
  for (let from = 0; from < 10; from += 3) {
    const spec = JSON.stringify({
      keys: ["_step", "loss"],
      minStep: from,
      maxStep: from + 2,
      samples: 3,
    });
    const { body } = await post(t.handle, t.aliceKey, {
      query:
        `query SampledHistoryPage($spec: JSONString!) { project(name: "p", entityName: "alice") {
        run(name: "r1") { sampledHistory(specs: [$spec]) } } }`,
      variables: { spec },
    });
    seen.push(...body.data.project.run.sampledHistory[0].map((r: { loss: number }) => r.loss));
  }
  assert.deepEqual(seen, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

Deno.test("alerts are stored per run, listed on the run, and need an existing run", async () => {
  const t = setup();
  t.store.upsertRun("alice", "p", "r1");
  const alert = `mutation NotifyScriptableRunAlert($title: String!, $severity: AlertSeverity = INFO,
    $waitDuration: Duration, $run: String!) {
    notifyScriptableRunAlert(input: {entityName: "alice", projectName: "p", runName: $run,
      title: $title, text: "loss is NaN", severity: $severity, waitDuration: $waitDuration,
      clientMutationId: "m1"}) { success clientMutationId } }`;
  const first = await post(t.handle, t.aliceKey, {
    query: alert,
    variables: { title: "diverged", severity: "WARN", waitDuration: 60000, run: "r1" },
  });
  assert.deepEqual(first.body.data.notifyScriptableRunAlert, {
    success: true,
    clientMutationId: "m1",
  });
  await post(t.handle, t.aliceKey, { query: alert, variables: { title: "second", run: "r1" } });
  const missing = await post(t.handle, t.aliceKey, {
    query: alert,
    variables: { title: "x", run: "ghost" },
  });
  assert.equal(missing.body.errors[0].extensions.code, "graphql/not-found");
  assert.match(missing.body.errors[0].message, /alice\/p\/ghost/);
  const bob = await post(t.handle, t.bobKey, {
    query: alert,
    variables: { title: "x", run: "r1" },
  });
  assert.equal(bob.body.errors[0].extensions.code, "graphql/permission");
  const { body } = await post(t.handle, t.aliceKey, {
    query: `{ project(name: "p", entityName: "alice") { run(name: "r1") {
      alerts { title text severity waitDuration createdAt } } } }`,
  });
  assert.deepEqual(body.data.project.run.alerts, [
    {
      title: "diverged",
      text: "loss is NaN",
      severity: "WARN",
      waitDuration: 60000,
      createdAt: "2026-01-02T03:04:05",
    },
    {
      title: "second",
      text: "loss is NaN",
      severity: "INFO",
      waitDuration: null,
      createdAt: "2026-01-02T03:04:05",
    },
  ]);
});
