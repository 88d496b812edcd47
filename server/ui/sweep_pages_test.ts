import assert from "node:assert/strict";
import { Store } from "../store/mod.ts";
import type { User } from "../store/mod.ts";
import { HttpError } from "../http_error.ts";
import { sweepPage, sweepsPage } from "./sweep_pages.ts";

const CONFIG = "method: grid\nmetric:\n  name: loss\n  goal: minimize\nparameters:\n" +
  "  lr:\n    values: [0.1, 0.01]\n  opt:\n    values: [adam, sgd]\n";

function seed() {
  const store = Store.open(":memory:");
  const { user } = store.createUser("alice");
  const p = store.ensureProject("alice", "demo");
  const sweep = store.sweeps.create({ projectId: p.id, config: CONFIG, method: "grid" });
  const points: [string, number, string, number[]][] = [
    ["r1", 0.1, "adam", [0.9, 0.5]],
    ["r2", 0.01, "sgd", [0.8, 0.25]],
  ];
  for (const [name, lr, opt, losses] of points) {
    const { run } = store.upsertRun("alice", "demo", name, {
      sweep: sweep.name,
      state: "finished",
      config: JSON.stringify({ lr: { value: lr }, opt: { value: opt }, _wandb: { value: {} } }),
      summary: JSON.stringify({ loss: losses.at(-1) }),
    });
    store.appendHistory(run.id, 0, losses.map((loss, i) => JSON.stringify({ _step: i, loss })));
  }
  store.sweeps.update(sweep.id, { bestLoss: 0.25, state: "FINISHED" });
  return { store, user: user as User, sweep };
}

Deno.test("sweepsPage lists a project's sweeps with state, runs and best metric", () => {
  const { store, user, sweep } = seed();
  const text = sweepsPage(store, user, "alice", "demo").toString();
  assert.match(text, new RegExp(`href="/alice/demo/sweeps/${sweep.name}"`));
  assert.match(text, /state-finished/);
  assert.match(text, /<td class="num">2<\/td>/);
  assert.match(text, /<td class="num">0\.25<\/td>/);
});

Deno.test("sweepPage shows runs with params and metric, and both charts", () => {
  const { store, user, sweep } = seed();
  const text = sweepPage(store, user, "alice", "demo", sweep.name).toString();
  assert.match(text, /<th class="param">lr<\/th>\s*<th class="param">opt<\/th>/);
  assert.match(text, /<td class="param">adam<\/td>/);
  // The metric is the best over history: r1's 0.5, r2's 0.25.
  assert.match(text, /<td class="num metric">0\.5<\/td>/);
  assert.match(text, /<td class="num metric">0\.25<\/td>/);
  assert.equal(text.match(/<circle class="point"/g)?.length, 2);
  assert.equal(text.match(/<polyline class="line"/g)?.length, 2);
  assert.equal(text.match(/<line class="axis"/g)?.length, 3, "lr, opt and loss axes");
  assert.match(text, /<pre id="sweep-config">method: grid/);
});

Deno.test("sweepPage: an unknown sweep is a 404", () => {
  const { store, user } = seed();
  assert.throws(
    () => sweepPage(store, user, "alice", "demo", "nope1234"),
    (e: unknown) => e instanceof HttpError && e.status === 404 && /nope1234/.test(e.message),
  );
});

Deno.test("sweepPage: an agent silent past the timeout is lapsed and its running run crashed first", () => {
  let t = Date.parse("2026-01-02T03:04:05Z");
  const store = Store.open(":memory:", { now: () => new Date(t) });
  const { user } = store.createUser("alice");
  const p = store.ensureProject("alice", "demo");
  const sweep = store.sweeps.create({ projectId: p.id, config: CONFIG, method: "grid" });
  const agent = store.sweeps.createAgent(sweep.id, "host");
  store.upsertRun("alice", "demo", "r1", { sweep: sweep.name, state: "running" });
  store.sweeps.assign(sweep.id, "r1", agent.id, "{}", null);
  const page = () =>
    sweepPage(store, user as User, "alice", "demo", sweep.name, {
      agentTimeoutSeconds: 60,
      now: () => new Date(t),
    }).toString();
  page();
  assert.equal(store.getRun("alice", "demo", "r1")?.state, "running", "a live agent keeps it");
  t += 61_000;
  assert.match(page(), /state-crashed/);
  assert.equal(store.sweeps.agents(sweep.id)[0]?.state, "LAPSED");
});
