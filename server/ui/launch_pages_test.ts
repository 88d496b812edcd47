// The UI's Launch pages over a real store and the real handler: queues, items with their run,
// agent, failures and warnings; agents with their Stop button (same-origin posts only).
import assert from "node:assert/strict";
import { Store } from "../store/mod.ts";
import { createHandler } from "../handler.ts";
import { uiRoutes } from "./mod.ts";

function setup() {
  const store = Store.open(":memory:");
  const alice = store.createUser("alice");
  const bob = store.createUser("bob");
  const handle = createHandler({ store, routes: uiRoutes });
  const auth = (key: string) => ({ authorization: `Basic ${btoa(`api:${key}`)}` });
  const get = (path: string, key = alice.apiKey) =>
    handle(new Request(`http://local${path}`, { headers: auth(key) }));
  const post = (path: string, headers: Record<string, string>) =>
    handle(
      new Request(`http://local${path}`, {
        method: "POST",
        headers: { ...auth(alice.apiKey), ...headers },
      }),
    );
  // A queue with four items: pending, failed with a warning, claimed by a finished run, leased.
  const l = store.launch;
  const q = l.createQueue({
    entity: "alice",
    project: "model-registry",
    name: "gpu<1>",
    prioritizationMode: "V0",
    createdBy: alice.user.id,
  });
  const agent = l.createAgent({ projectId: q.projectId, hostname: "box-7", queueIds: [q.id] });
  const spec = (image: string) =>
    JSON.stringify({ docker: { docker_image: image }, entity: "alice", project: "demo" });
  const pending = l.push(q.id, { spec: spec("img:pending"), priority: 4 });
  const failed = l.push(q.id, { spec: spec("img:failed"), priority: 0 });
  const claimed = l.push(q.id, { spec: spec("img:claimed"), priority: 1 });
  const leased = l.push(q.id, { spec: spec("img:leased"), priority: 2 });
  assert.equal(l.pop(q.id, agent.id)!.id, failed.id);
  l.warn(failed.id, { message: "slow pull", stage: "build", filePaths: [] });
  l.fail(failed.id, { message: "no <docker>", stage: "agent", filePaths: ["error.log"] });
  assert.equal(l.pop(q.id, agent.id)!.id, claimed.id);
  l.ack(claimed.id, "run-1");
  store.upsertRun("alice", "demo", "run-1", { displayName: "bright-sun-1", state: "finished" });
  assert.equal(l.pop(q.id, agent.id)!.id, leased.id);
  return { store, bob, get, post, agent, ids: { pending, failed, claimed, leased } };
}

Deno.test("the queue page shows each item's state, priority, run, agent, failure and warnings", async () => {
  const { store, get, ids } = setup();
  const res = await get("/alice/model-registry/launch/gpu%3C1%3E");
  assert.equal(res.status, 200);
  const page = await res.text();
  assert.ok(page.includes("Run queue gpu&lt;1&gt;"), "the name is escaped");
  const row = (id: number) => {
    const m = new RegExp(`<tr data-item="${id}"[^]*?</tr>`).exec(page);
    assert.ok(m, `row of item ${id}`);
    return m[0];
  };
  assert.match(row(ids.pending.id), /data-state="PENDING"[^]*state-pending[^]*img:pending/);
  assert.doesNotMatch(row(ids.pending.id), /data-agent/);
  const failed = row(ids.failed.id);
  assert.match(failed, /data-state="FAILED"/);
  assert.match(failed, /class="failure"><span class="stage">agent<\/span> no &lt;docker&gt;/);
  assert.match(failed, /error\.log/);
  assert.match(failed, /class="warning"><span class="stage">build<\/span> slow pull/);
  assert.match(failed, /data-agent="agent-1"[^]*box-7/);
  const claimed = row(ids.claimed.id);
  assert.match(claimed, /data-state="FINISHED"/);
  assert.match(claimed, /<a href="\/alice\/demo\/runs\/run-1">bright-sun-1<\/a>/);
  assert.match(row(ids.leased.id), /data-state="LEASED"[^]*<td class="num">2<\/td>/);
  store.close();
});

Deno.test("the Launch page lists queues and agents; Stop asks the agent to stop, same-origin only", async () => {
  const { store, get, post, agent } = setup();
  const page = await (await get("/alice/model-registry/launch")).text();
  assert.match(
    page,
    /<tr data-queue="gpu&lt;1&gt;">[^]*href="\/alice\/model-registry\/launch\/gpu%3C1%3E"/,
  );
  assert.match(page, /<tr data-agent="agent-1">[^]*box-7[^]*state-polling[^]*gpu&lt;1&gt;/);
  assert.match(page, new RegExp(`action="/alice/model-registry/launch/agents/${agent.id}/stop"`));
  // The project page links here.
  store.ensureProject("alice", "model-registry");
  const project = await (await get("/alice/model-registry")).text();
  assert.match(project, /id="launch-link" href="\/alice\/model-registry\/launch"/);

  const path = `/alice/model-registry/launch/agents/${agent.id}/stop`;
  const cross = await post(path, { origin: "http://evil.example" });
  assert.equal(cross.status, 403);
  assert.equal(store.launch.agent(agent.id)!.stopPolling, false);
  const ok = await post(path, { origin: "http://local", "sec-fetch-site": "same-origin" });
  assert.equal(ok.status, 303);
  assert.equal(ok.headers.get("location"), "/alice/model-registry/launch");
  assert.equal(store.launch.agent(agent.id)!.stopPolling, true);
  const after = await (await get("/alice/model-registry/launch")).text();
  assert.match(after, /stop requested/);
  assert.doesNotMatch(after, /class="stop-agent"/);
  const missing = await post("/alice/model-registry/launch/agents/99/stop", {
    "sec-fetch-site": "same-origin",
  });
  assert.equal(missing.status, 404);
  store.close();
});

Deno.test("another user's Launch pages are refused; an unknown queue is a 404", async () => {
  const { store, get, bob } = setup();
  assert.equal((await get("/alice/model-registry/launch", bob.apiKey)).status, 403);
  assert.equal((await get("/alice/model-registry/launch/gpu%3C1%3E", bob.apiKey)).status, 403);
  const res = await get("/alice/model-registry/launch/nope");
  assert.equal(res.status, 404);
  assert.match(await res.text(), /No run queue &quot;alice\/model-registry\/nope&quot;/);
  store.close();
});
