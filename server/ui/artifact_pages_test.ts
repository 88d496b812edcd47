import assert from "node:assert/strict";
import { Store } from "../store/mod.ts";
import { createHandler } from "../handler.ts";
import { uiRoutes } from "./mod.ts";

function setup() {
  const store = Store.open(":memory:");
  const { apiKey } = store.createUser("alice");
  const { run } = store.upsertRun("alice", "p", "r1");
  const handle = createHandler({ store, routes: uiRoutes });
  const get = async (path: string) => {
    const res = await handle(
      new Request(`http://localhost${path}`, {
        headers: { authorization: "Basic " + btoa(`api:${apiKey}`) },
      }),
    );
    return { status: res.status, text: await res.text() };
  };
  return { store, run, get };
}

Deno.test("artifactsPage() lists versions per type and collection; an empty project says so", async () => {
  const { store, run, get } = setup();
  assert.match((await get("/alice/p/artifacts")).text, /No artifacts\./);
  const p = store.getProject("alice", "p")!;
  const { artifact } = store.artifacts.create({
    projectId: p.id,
    typeName: "model",
    collectionName: "net-1",
    description: "<b>big</b>",
    digest: "d",
    runId: run.id,
  });
  store.artifacts.commit(artifact.id, []);
  const page = await get("/alice/p/artifacts");
  assert.equal(page.status, 200);
  assert.match(page.text, /data-type="model"/);
  assert.match(page.text, /href="\/alice\/p\/artifacts\/model\/net-1\/v0"/);
  const version = await get("/alice/p/artifacts/model/net-1/latest");
  assert.match(version.text, /&lt;b&gt;big&lt;\/b&gt;/, "values are escaped");
  assert.equal(version.status, 200);
  assert.match(version.text, /href="\/alice\/p\/runs\/r1"/, "links the producing run");
  const run1 = await get("/alice/p/runs/r1");
  assert.match(run1.text, /id="logged-artifacts"/);
  store.close();
});

Deno.test("versionPage() is a 404 page for an unknown version or type", async () => {
  const { store, get } = setup();
  const missing = await get("/alice/p/artifacts/model/none/v0");
  assert.equal(missing.status, 404);
  assert.match(missing.text, /No artifact &quot;alice\/p\/none:v0&quot;/);
  store.close();
});
