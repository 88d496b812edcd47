import assert from "node:assert/strict";
import { Store, StoreError } from "./mod.ts";

function setup() {
  let t = Date.parse("2026-01-01T00:00:00Z");
  const s = Store.open(":memory:", { now: () => new Date(t) });
  const p = s.ensureProject("me", "p");
  return { s, p, tick: (ms: number) => (t += ms) };
}

Deno.test("SweepStore creates sweeps with 8-char ids, finds them by name and lists newest first", () => {
  const { s, p, tick } = setup();
  const a = s.sweeps.create({ projectId: p.id, config: "method: grid\n", method: "grid" });
  tick(1000);
  const b = s.sweeps.create({
    projectId: p.id,
    config: "method: random\n",
    method: "random",
    description: "d",
  });
  assert.match(a.name, /^[a-z0-9]{8}$/);
  assert.notEqual(a.name, b.name);
  assert.equal(a.state, "PENDING");
  assert.equal(s.sweeps.byName(p.id, b.name)?.description, "d");
  assert.equal(s.sweeps.byName(s.ensureProject("me", "other").id, b.name), undefined);
  const page = s.sweeps.list(p.id, { first: 1 });
  assert.deepEqual(page.edges.map((e) => e.node.name), [b.name]);
  assert.equal(page.totalCount, 2);
  assert.ok(page.pageInfo.hasNextPage);
  const next = s.sweeps.list(p.id, { first: 1, after: page.pageInfo.endCursor });
  assert.deepEqual(next.edges.map((e) => e.node.name), [a.name]);
  assert.equal(next.pageInfo.hasNextPage, false);
  s.close();
});

Deno.test("SweepStore.update changes given fields, refuses unknown states and ids", () => {
  const { s, p, tick } = setup();
  const sw = s.sweeps.create({ projectId: p.id, config: "method: grid\n", method: "grid" });
  tick(5000);
  const u = s.sweeps.update(sw.id, {
    state: "PAUSED",
    controller: '{"schedule":[]}',
    bestLoss: 0.5,
  });
  assert.equal(u.state, "PAUSED");
  assert.equal(u.controller, '{"schedule":[]}');
  assert.equal(u.bestLoss, 0.5);
  assert.equal(u.config, "method: grid\n");
  assert.notEqual(u.updatedAt, sw.updatedAt);
  assert.throws(
    () => s.sweeps.update(sw.id, { state: "DONE" as never }),
    (e: unknown) => e instanceof StoreError && /Unknown sweep state "DONE"/.test(e.message),
  );
  assert.equal(s.sweeps.byId(sw.id)?.state, "PAUSED");
  assert.throws(() => s.sweeps.update(999, { state: "RUNNING" }), StoreError);
  s.close();
});

Deno.test("SweepStore links runs by their sweep column and tracks agents and assignments", () => {
  const { s, p } = setup();
  const sw = s.sweeps.create({ projectId: p.id, config: "method: grid\n", method: "grid" });
  s.upsertRun("me", "p", "r1", { sweep: sw.name });
  s.upsertRun("me", "p", "r2", {});
  s.upsertRun("me", "p", "r3", { sweep: sw.name }); // joined on its own: linked the same way
  assert.deepEqual(s.sweeps.runNames(sw), ["r1", "r3"]);
  assert.equal(s.sweeps.runCount(sw), 2);

  const a = s.sweeps.createAgent(sw.id, "host-a");
  const b = s.sweeps.createAgent(sw.id, "host-b");
  s.sweeps.assign(sw.id, "r1", a.id, '{"x":{"value":1}}');
  assert.equal(s.sweeps.agentById(a.id)?.totalRuns, 1);
  s.sweeps.unassign(sw.id, "r1");
  assert.equal(s.sweeps.assignments(sw.id)[0]?.agentId, null);
  s.sweeps.assign(sw.id, "r1", b.id, "ignored: args stay");
  const [only] = s.sweeps.assignments(sw.id);
  assert.deepEqual([only?.agentId, only?.args], [b.id, '{"x":{"value":1}}']);
  assert.deepEqual(s.sweeps.agents(sw.id).map((x) => [x.host, x.totalRuns]), [
    ["host-a", 0],
    ["host-b", 1],
  ]);
  s.sweeps.setAgentState(a.id, "LAPSED");
  assert.equal(s.sweeps.agentById(a.id)?.state, "LAPSED");
  assert.equal(s.sweeps.touchAgent(a.id).state, "RUNNING");
  s.close();
});
