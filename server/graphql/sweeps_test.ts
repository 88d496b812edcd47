import assert from "node:assert/strict";
import { Store } from "../store/mod.ts";
import { createHandler } from "../handler.ts";
import { graphqlRoutes } from "./mod.ts";
import { basic, type GqlBody } from "./_test_util.ts";

// deno-lint-ignore no-explicit-any
type Json = any;

/** A server with a clock the test moves and a 60 s agent timeout. */
function setup() {
  let t = Date.parse("2026-01-02T03:04:05Z");
  const now = () => new Date(t);
  const store = Store.open(":memory:", { now });
  const alice = store.createUser("alice");
  const bob = store.createUser("bob");
  const handle = createHandler({
    store,
    routes: graphqlRoutes,
    now,
    log: () => {},
    agentTimeoutSeconds: 60,
  });
  const gql = async (
    query: string,
    variables: Record<string, unknown> = {},
    key = alice.apiKey,
  ) => {
    const res = await handle(
      new Request("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: basic(key) },
        body: JSON.stringify({ query, variables }),
      }),
    );
    assert.equal(res.status, 200);
    return (await res.json()) as GqlBody;
  };
  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const body = await gql(query, variables);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data as Json;
  };
  return { store, gql, ok, bobKey: bob.apiKey, tick: (s: number) => (t += s * 1000) };
}

// The official client's documents (wandb 0.30, apis/public/sweeps.py), verbatim in shape.
const UPSERT_5 = `mutation UpsertSweep($id: ID, $config: String, $description: String,
  $entityName: String, $projectName: String, $controller: JSONString, $launchScheduler: JSONString,
  $templateVariableValues: JSONString, $scheduler: JSONString, $state: String,
  $priorRunsFilters: JSONString, $displayName: String) {
  upsertSweep(input: {id: $id, config: $config, description: $description, entityName: $entityName,
    projectName: $projectName, controller: $controller, launchScheduler: $launchScheduler,
    templateVariableValues: $templateVariableValues, scheduler: $scheduler, state: $state,
    priorRunsFilters: $priorRunsFilters, displayName: $displayName}) {
    sweep { name project { id name entity { id name } } }
    configValidationWarnings
  } }`;
const UPSERT_1 = `mutation UpsertSweep($id: ID, $config: String, $description: String,
  $entityName: String, $projectName: String, $controller: JSONString, $scheduler: JSONString,
  $state: String, $priorRunsFilters: JSONString, $displayName: String) {
  upsertSweep(input: {id: $id, config: $config, description: $description, entityName: $entityName,
    projectName: $projectName, controller: $controller, scheduler: $scheduler, state: $state,
    priorRunsFilters: $priorRunsFilters, displayName: $displayName}) { sweep { name } } }`;
const SWEEP_WITH_RUNS = `query SweepWithRuns($entity: String, $project: String, $sweep: String!,
  $specs: [JSONString!]!) { project(name: $project, entityName: $entity) { sweep(sweepName: $sweep) {
    id name method state description config createdAt heartbeatAt updatedAt earlyStopJobRunning
    bestLoss controller scheduler runCount runCountExpected
    runs { edges { node { name state config exitcode heartbeatAt shouldStop failed stopped running
      summaryMetrics sampledHistory(specs: $specs) } } } } } }`;
const CREATE_AGENT =
  `mutation CreateAgent($host: String!, $projectName: String, $entityName: String,
  $sweep: String!) { createAgent(input: {host: $host, projectName: $projectName,
  entityName: $entityName, sweep: $sweep}) { agent { id } } }`;
const HEARTBEAT = `mutation Heartbeat($id: ID!, $metrics: JSONString, $runState: JSONString) {
  agentHeartbeat(input: {id: $id, metrics: $metrics, runState: $runState}) { agent { id } commands } }`;

const GRID =
  "method: grid\nprogram: train.py\nmetric:\n  name: loss\nparameters:\n  a:\n    values: [1, 2]\n";

type T = ReturnType<typeof setup>;

async function createSweep(t: T, config = GRID, query = UPSERT_5) {
  const d = await t.ok(query, { config, entityName: "alice", projectName: "p" });
  return d.upsertSweep.sweep.name as string;
}
async function sweepWithRuns(t: T, sweep: string, specs: unknown = "{}") {
  return (await t.ok(SWEEP_WITH_RUNS, { entity: "alice", project: "p", sweep, specs })).project
    .sweep;
}
async function agent(t: T, sweep: string) {
  const d = await t.ok(CREATE_AGENT, { host: "h", entityName: "alice", projectName: "p", sweep });
  return d.createAgent.agent.id as string;
}
async function beat(t: T, id: string, runState: Record<string, boolean> = {}): Promise<Json[]> {
  const d = await t.ok(HEARTBEAT, { id, metrics: "{}", runState: JSON.stringify(runState) });
  return JSON.parse(d.agentHeartbeat.commands);
}
/** What the run process does: its UpsertBucket, then its file_stream end. */
function finish(t: T, run: string, loss: number, state: "finished" | "failed" = "finished") {
  t.store.upsertRun("alice", "p", run, { state: "running" });
  const r = t.store.getRun("alice", "p", run)!;
  t.store.appendHistory(r.id, 0, [JSON.stringify({ _step: 0, loss })]);
  t.store.updateRun(r.id, { state, summary: JSON.stringify({ loss }) });
}

Deno.test("upsertSweep: every fallback variant of the official client creates a sweep", async () => {
  const t = setup();
  const full = await t.ok(UPSERT_5, { config: GRID, entityName: "alice", projectName: "p" });
  assert.match(full.upsertSweep.sweep.name, /^[a-z0-9]{8}$/);
  assert.equal(full.upsertSweep.sweep.project.name, "p");
  assert.equal(full.upsertSweep.sweep.project.entity.name, "alice");
  assert.deepEqual(full.upsertSweep.configValidationWarnings, []);
  // Without launchScheduler/templateVariableValues, without warnings, without project.
  const v3 = UPSERT_5.replace("launchScheduler: $launchScheduler,", "")
    .replace("templateVariableValues: $templateVariableValues,", "")
    .replace("$launchScheduler: JSONString,", "").replace(
      "$templateVariableValues: JSONString,",
      "",
    );
  const v2 = v3.replace("configValidationWarnings", "");
  for (const q of [v3, v2, UPSERT_1]) {
    const d = await t.ok(q, { config: GRID, entityName: "alice", projectName: "p" });
    assert.match(d.upsertSweep.sweep.name, /^[a-z0-9]{8}$/);
  }
  const list = await t.ok(
    `{ project(name: "p") { totalSweeps sweeps { edges { node { name } } } } }`,
  );
  assert.equal(list.project.totalSweeps, 4);
  // The stored config is the YAML text sent; unknown keys come back as warnings.
  const warn = await t.ok(UPSERT_5, {
    config: GRID + "bogus: 1\n",
    entityName: "alice",
    projectName: "p",
  });
  assert.equal(warn.upsertSweep.configValidationWarnings.length, 1);
  assert.match(warn.upsertSweep.configValidationWarnings[0], /bogus/);
  const s = await sweepWithRuns(t, full.upsertSweep.sweep.name);
  assert.equal(s.config, GRID);
  assert.equal(s.method, "grid");
  assert.equal(s.state, "RUNNING");
  assert.equal(s.runCountExpected, 2);
});

Deno.test("upsertSweep: an invalid config is a GraphQL error naming the parameter; nothing stored", async () => {
  const t = setup();
  const body = await t.gql(UPSERT_5, {
    config: "method: grid\nparameters:\n  lr:\n    min: 0.1\n    max: 0.01\n",
    entityName: "alice",
    projectName: "p",
  });
  assert.equal(body.errors?.length, 1);
  assert.match(body.errors![0]!.message, /Invalid sweep config: .*parameters\.lr/);
  assert.equal(body.errors![0]!.extensions?.code, "graphql/bad-argument");
  assert.equal(t.store.getProject("alice", "p"), undefined);
  // Another user's entity is refused.
  const other = await t.gql(UPSERT_5, { config: GRID, entityName: "bob", projectName: "p" });
  assert.equal(other.errors![0]!.extensions?.code, "graphql/permission");
});

Deno.test("upsertSweep by id changes the state; unknown ids and bad transitions change nothing", async () => {
  const t = setup();
  const name = await createSweep(t);
  const id = (await sweepWithRuns(t, name)).id;
  const setState = (state: string, sid = id) =>
    t.gql(
      `mutation ($id: ID, $state: String) { upsertSweep(input: {id: $id, state: $state}) { sweep { name state } } }`,
      {
        id: sid,
        state,
      },
    );
  assert.equal((await setState("PAUSED")).data.upsertSweep.sweep.state, "PAUSED");
  assert.equal((await setState("RUNNING")).data.upsertSweep.sweep.state, "RUNNING");
  const unknown = await setState("PAUSED", btoa("Sweep:v1:999"));
  assert.match(unknown.errors![0]!.message, /not found/);
  const bad = await setState("SLEEPING");
  assert.match(bad.errors![0]!.message, /unknown sweep state "SLEEPING"/);
  assert.equal((await setState("CANCELED")).data.upsertSweep.sweep.state, "CANCELED");
  const back = await setState("RUNNING");
  assert.match(back.errors![0]!.message, /canceled and cannot become RUNNING/);
  assert.equal((await sweepWithRuns(t, name)).state, "CANCELED");
  // Bob cannot touch alice's sweep.
  const bob = await t.gql(
    `mutation ($id: ID) { upsertSweep(input: {id: $id, state: "PAUSED"}) { sweep { name } } }`,
    { id },
    t.bobKey,
  );
  assert.match(bob.errors![0]!.message, /not found/);
});

Deno.test("heartbeat: two agents share a grid without duplicates, then the sweep finishes and agents exit", async () => {
  const t = setup();
  const name = await createSweep(t);
  const a = await agent(t, name);
  const b = await agent(t, name);
  const [ca] = await beat(t, a);
  const [cb] = await beat(t, b);
  assert.equal(ca.type, "run");
  assert.equal(ca.program, "train.py");
  assert.equal(cb.type, "run");
  assert.deepEqual([ca.args.a.value, cb.args.a.value].sort(), [1, 2]);
  // Both are pending runs of the sweep, with their args as config.
  let s = await sweepWithRuns(t, name);
  assert.deepEqual(s.runs.edges.map((e: Json) => e.node.state), ["pending", "pending"]);
  assert.deepEqual(JSON.parse(s.runs.edges[0].node.config), { a: { value: ca.args.a.value } });
  // A busy agent gets nothing new; an idle one with nothing left waits while a run is live.
  assert.deepEqual(await beat(t, a, { [ca.run_id]: true }), []);
  finish(t, ca.run_id, 0.5);
  assert.deepEqual(await beat(t, a), []);
  assert.equal((await sweepWithRuns(t, name)).state, "RUNNING");
  finish(t, cb.run_id, 0.25);
  assert.deepEqual(await beat(t, b), [{ type: "exit" }]);
  s = await sweepWithRuns(t, name);
  assert.equal(s.state, "FINISHED");
  assert.equal(s.bestLoss, 0.25);
  assert.equal(s.runCount, 2);
  assert.deepEqual(await beat(t, a), [{ type: "exit" }]);
  // The agent's view: runs with their state flags.
  const node = s.runs.edges.find((e: Json) => e.node.name === cb.run_id).node;
  assert.deepEqual([node.failed, node.running, node.stopped], [false, false, false]);
});

Deno.test("heartbeat: errors for an unknown agent and a run of another sweep; nothing changes", async () => {
  const t = setup();
  const name = await createSweep(t);
  const other = await createSweep(t);
  const a = await agent(t, name);
  const o = await agent(t, other);
  const [run] = await beat(t, o);
  const unknown = await t.gql(HEARTBEAT, { id: btoa("Agent:v1:42"), runState: "{}" });
  assert.match(unknown.errors![0]!.message, /Agent .* not found; register it with createAgent/);
  const foreign = await t.gql(HEARTBEAT, {
    id: a,
    runState: JSON.stringify({ [run.run_id]: true }),
  });
  assert.match(foreign.errors![0]!.message, /is not a run of sweep/);
  assert.equal((await sweepWithRuns(t, name)).runCount, 0, "no run was handed out");
  const noSweep = await t.gql(CREATE_AGENT, {
    host: "h",
    entityName: "alice",
    projectName: "p",
    sweep: "nope1234",
  });
  assert.match(noSweep.errors![0]!.message, /Sweep alice\/p\/nope1234 not found/);
});

Deno.test("heartbeat: a paused sweep hands out nothing; a canceled one sends exit and stops runs", async () => {
  const t = setup();
  const name = await createSweep(t);
  const id = (await sweepWithRuns(t, name)).id;
  const a = await agent(t, name);
  const state = (s: string) =>
    t.ok(
      `mutation ($id: ID, $s: String) { upsertSweep(input: {id: $id, state: $s}) { sweep { name } } }`,
      { id, s },
    );
  await state("PAUSED");
  assert.deepEqual(await beat(t, a), []);
  await state("RUNNING");
  const [run] = await beat(t, a);
  t.store.upsertRun("alice", "p", run.run_id, { state: "running" });
  await state("CANCELED");
  assert.deepEqual(await beat(t, a, { [run.run_id]: true }), [{ type: "exit" }]);
  assert.equal(t.store.getRun("alice", "p", run.run_id)?.stopped, true);
});

Deno.test("heartbeat: a lapsed agent's unstarted run goes to another agent, its live run crashes", async () => {
  const t = setup();
  const name = await createSweep(
    t,
    "method: grid\nparameters:\n  a:\n    values: [1, 2, 3]\n",
  );
  const dead = await agent(t, name);
  const [live] = await beat(t, dead);
  t.store.upsertRun("alice", "p", live.run_id, { state: "running" });
  const [unstarted] = await beat(t, dead, { [live.run_id]: true }).then(async () => {
    // The agent is busy; it gets its second run only as an idle agent would: ask with {}.
    return await beat(t, dead);
  });
  assert.equal(unstarted.type, "run");
  t.tick(61);
  const other = await agent(t, name);
  const [again] = await beat(t, other);
  assert.equal(again.run_id, unstarted.run_id, "the run never started is offered again");
  assert.deepEqual(again.args, unstarted.args);
  assert.equal(t.store.getRun("alice", "p", live.run_id)?.state, "crashed");
  const agents = await t.ok(
    `query ($s: String!) { project(name: "p") { sweep(sweepName: $s) { agents { edges { node { state totalRuns } } } } } }`,
    { s: name },
  );
  assert.deepEqual(
    agents.project.sweep.agents.edges.map((e: Json) => [e.node.state, e.node.totalRuns]),
    [["LAPSED", 1], ["RUNNING", 1]],
  );
});

Deno.test("heartbeat: a run joining the sweep on its own counts, so the grid skips its point", async () => {
  const t = setup();
  const name = await createSweep(t);
  t.store.upsertRun("alice", "p", "mine", {
    sweep: name,
    config: JSON.stringify({ a: { value: 1, desc: null } }),
    state: "finished",
  });
  const a = await agent(t, name);
  const [cmd] = await beat(t, a);
  assert.equal(cmd.args.a.value, 2);
  assert.equal((await sweepWithRuns(t, name)).runCount, 2);
});

Deno.test("local controller: schedule entries become runs, answered in scheduler; earlystop stops", async () => {
  const t = setup();
  const config =
    "method: random\ncontroller:\n  type: local\nparameters:\n  a:\n    values: [1, 2]\n";
  const name = await createSweep(t, config);
  const id = (await sweepWithRuns(t, name)).id;
  const a = await agent(t, name);
  assert.deepEqual(await beat(t, a), [], "nothing until the controller schedules");
  const write = (controller: unknown) =>
    t.gql(UPSERT_5, { id, config, controller: JSON.stringify(controller) });
  await write({ schedule: [{ id: "sched00001", data: { args: { a: { value: 2 } } } }] });
  const [cmd] = await beat(t, a);
  assert.deepEqual([cmd.type, cmd.args], ["run", { a: { value: 2 } }]);
  const s = await sweepWithRuns(
    t,
    name,
    JSON.stringify({ keys: ["_step", "loss"], samples: 100000 }),
  );
  assert.deepEqual(JSON.parse(s.scheduler), {
    scheduled: [{ id: "sched00001", runid: cmd.run_id }],
  });
  assert.deepEqual(await beat(t, a), [], "an entry is handed out once");
  // earlystop naming a run that is not the sweep's is refused; naming ours stops it.
  const bad = await write({ schedule: [], earlystop: ["nope"] });
  assert.match(bad.errors![0]!.message, /earlystop: run "nope" is not a run of sweep/);
  t.store.upsertRun("alice", "p", cmd.run_id, { state: "running" });
  assert.equal((await write({ schedule: [], earlystop: [cmd.run_id] })).errors, undefined);
  assert.deepEqual(await beat(t, a, { [cmd.run_id]: true }), [{
    type: "stop",
    run_id: cmd.run_id,
  }]);
  // args null: the search is exhausted; once nothing is live the sweep finishes.
  finish(t, cmd.run_id, 1);
  await write({ schedule: [{ id: "sched00002", data: { args: null } }] });
  assert.deepEqual(await beat(t, a), [{ type: "exit" }]);
  assert.equal((await sweepWithRuns(t, name)).state, "FINISHED");
});

Deno.test("public API: the Sweep query, Run.sweep and runs filtered by sweep", async () => {
  const t = setup();
  const name = await createSweep(t);
  const a = await agent(t, name);
  const [cmd] = await beat(t, a);
  finish(t, cmd.run_id, 0.125);
  const [second] = await beat(t, a);
  finish(t, second.run_id, 0.5);
  await beat(t, a);
  const d = await t.ok(
    `query GetSweep($name: String!, $project: String, $entity: String) {
      project(name: $project, entityName: $entity) { sweep(sweepName: $name) {
        __typename id name displayName method state description bestLoss config createdAt updatedAt
        runCount runCountExpected } } }`,
    { name, project: "p", entity: "alice" },
  );
  assert.equal(d.project.sweep.name, name);
  assert.equal(d.project.sweep.runCount, 2);
  assert.equal(d.project.sweep.bestLoss, 0.125);
  const runs = await t.ok(
    `query ($f: JSONString) { project(name: "p") { runs(filters: $f, order: "+summary_metrics.loss") {
      edges { node { name sweepName sweep { name } } } } } }`,
    { f: JSON.stringify({ $and: [{ sweep: name }] }) },
  );
  assert.equal(runs.project.runs.edges.length, 2);
  assert.equal(runs.project.runs.edges[0].node.name, cmd.run_id);
  assert.equal(runs.project.runs.edges[0].node.sweep.name, name);
});

Deno.test("heartbeat: Hyperband stops the running run below its band's threshold", async () => {
  const t = setup();
  const name = await createSweep(
    t,
    "method: random\nmetric:\n  name: loss\nearly_terminate:\n  type: hyperband\n  min_iter: 1\n" +
      "parameters:\n  a:\n    values: [1, 2]\n",
  );
  const a = await agent(t, name);
  const b = await agent(t, name);
  const [ra] = await beat(t, a);
  const [rb] = await beat(t, b);
  for (const [run, loss] of [[ra.run_id, 0.1], [rb.run_id, 0.9]] as const) {
    t.store.upsertRun("alice", "p", run, { state: "running" });
    const r = t.store.getRun("alice", "p", run)!;
    t.store.appendHistory(r.id, 0, [JSON.stringify({ _step: 0, loss })]);
  }
  assert.deepEqual(await beat(t, a, { [ra.run_id]: true }), []);
  assert.deepEqual(await beat(t, b, { [rb.run_id]: true }), [{ type: "stop", run_id: rb.run_id }]);
  const s = await sweepWithRuns(t, name);
  const stopped = Object.fromEntries(
    s.runs.edges.map((e: Json) => [e.node.name, e.node.shouldStop]),
  );
  assert.deepEqual(stopped, { [ra.run_id]: false, [rb.run_id]: true });
});

Deno.test("upsertSweep: prior runs join the new sweep; a config changes only before the first run", async () => {
  const t = setup();
  t.store.upsertRun("alice", "p", "old1", {
    config: JSON.stringify({ a: { value: 1 } }),
    state: "finished",
  });
  t.store.upsertRun("alice", "p", "old2", { state: "finished" });
  const d = await t.ok(UPSERT_5, {
    config: GRID,
    entityName: "alice",
    projectName: "p",
    priorRunsFilters: JSON.stringify({ $or: [{ name: "old1" }] }),
  });
  const name = d.upsertSweep.sweep.name;
  assert.equal(t.store.getRun("alice", "p", "old1")?.sweep, name);
  assert.equal(t.store.getRun("alice", "p", "old2")?.sweep, null);
  const s = await sweepWithRuns(t, name);
  // The same config in other YAML words is no change; a different one is refused once runs exist.
  const same = await t.gql(UPSERT_5, {
    id: s.id,
    config: GRID.replace("[1, 2]", "\n      - 1\n      - 2"),
  });
  assert.equal(same.errors, undefined);
  const other = await t.gql(UPSERT_5, { id: s.id, config: GRID.replace("[1, 2]", "[1, 2, 3]") });
  assert.match(
    other.errors![0]!.message,
    /already has runs; its config can only change before the first run/,
  );
  assert.equal((await sweepWithRuns(t, name)).config, GRID);
  // The grid skips the point the prior run already covers.
  const [cmd] = await beat(t, await agent(t, name));
  assert.equal(cmd.args.a.value, 2);
});

Deno.test("heartbeat: a run whose program died before wandb.init is marked crashed", async () => {
  const t = setup();
  const name = await createSweep(t);
  const a = await agent(t, name);
  const [first] = await beat(t, a);
  // The next heartbeat does not report it: its process is gone, the run never started.
  const [second] = await beat(t, a);
  assert.equal(t.store.getRun("alice", "p", first.run_id)?.state, "crashed");
  assert.notEqual(second.run_id, first.run_id);
  assert.notDeepEqual(second.args, first.args, "the crashed run used its grid point");
});

// The documents the official local controller (`wandb controller`, wandb 0.30 with W&B's `sweeps`
// package) and `wandb agent` sent to our server, byte for byte (tests/compat/manual/README.md).
const official = (name: string) =>
  Deno.readTextFileSync(new URL(`./testdata/local_controller/${name}.graphql`, import.meta.url))
    .split("\n").slice(1).join("\n");
const OFFICIAL_CONFIG = "controller:\n  type: local\nearly_terminate:\n  eta: 2\n  min_iter: 2\n" +
  "  type: hyperband\nmethod: bayes\nmetric:\n  goal: minimize\n  name: loss\nparameters:\n" +
  "  lr:\n    distribution: uniform\n    max: 1.0\n    min: 0.0\n  opt:\n    values:\n    - 1.0\n" +
  "    - 2.5\nprogram: train.py\nrun_cap: 2\n";

Deno.test("official local controller: its float args reach the agent as floats; run_cap ends the sweep", async () => {
  const t = setup();
  const upsert = (vars: Record<string, unknown>) =>
    t.ok(official("UpsertSweep"), {
      config: OFFICIAL_CONFIG,
      controller: null,
      description: null,
      displayName: null,
      entityName: "alice",
      id: null,
      launchScheduler: null,
      priorRunsFilters: null,
      projectName: "p",
      scheduler: null,
      templateVariableValues: "null",
      ...vars,
    });
  const name = (await upsert({})).upsertSweep.sweep.name as string;
  const read = async () =>
    (await t.ok(official("SweepWithRuns"), {
      entity: "alice",
      project: "p",
      specs: '{"keys": ["_step", "loss"], "samples": 100000}',
      sweep: name,
    })).project.sweep;
  const id = (await read()).id;
  const agentId = (await t.ok(official("CreateAgent"), {
    entityName: "alice",
    host: "vm",
    projectName: "p",
    sweep: name,
  })).createAgent.agent.id;
  const heartbeat = async () =>
    (await t.ok(official("Heartbeat"), { id: agentId, metrics: "{}", runState: "{}" }))
      .agentHeartbeat.commands as string;
  // Python's json.dumps of the controller dict, as the controller sent it.
  const schedule = (sid: string, args: string) =>
    upsert({
      id,
      controller: `{"schedule": [{"id": "${sid}", "data": {"args": ${args}}}], "earlystop": []}`,
    });
  await schedule("d3ya5pjm9q", '{"lr": {"value": 0.4503333481412025}, "opt": {"value": 1.0}}');
  const first = await heartbeat();
  assert.match(first, /"opt":\{"value":1\.0\}/, "the agent is told 1.0, not 1");
  const run1 = JSON.parse(first)[0].run_id as string;
  assert.match(t.store.getRun("alice", "p", run1)!.config, /"opt":\{"value":1\.0\}/);
  finish(t, run1, 1);
  await schedule("v5ky4u976n", '{"lr": {"value": 0.8082403571671088}, "opt": {"value": 2.5}}');
  const run2 = JSON.parse(await heartbeat())[0].run_id as string;
  finish(t, run2, 2);
  // The controller never reads run_cap; the server does: the third entry ends the sweep.
  await schedule("x1x1x1x1x1", '{"lr": {"value": 0.5}, "opt": {"value": 1.0}}');
  assert.deepEqual(JSON.parse(await heartbeat()), [{ type: "exit" }]);
  const s = await read();
  assert.equal(s.state, "FINISHED", "the controller's done() sees a finished sweep");
  assert.deepEqual(JSON.parse(s.scheduler).scheduled.map((e: Json) => e.runid), [run1, run2]);
  assert.deepEqual(s.runs.edges.map((e: Json) => e.node.name), [run1, run2]);
});

Deno.test("heartbeat: whole numbers the sweep YAML wrote as floats stay floats in run commands", async () => {
  const t = setup();
  const name = await createSweep(
    t,
    "method: grid\nparameters:\n  lr:\n    values: [1.0, 2]\n  c:\n    value: 3.0\n" +
      "  n:\n    value: 4\n  opt:\n    parameters:\n      m:\n        values: [0.0]\n",
  );
  const a = await agent(t, name);
  const raw = (await t.ok(HEARTBEAT, { id: a, metrics: "{}", runState: "{}" })).agentHeartbeat
    .commands as string;
  const [cmd] = JSON.parse(raw);
  assert.equal(cmd.args.lr.value, 1);
  assert.match(raw, /"lr":\{"value":1\.0\}/);
  assert.match(raw, /"c":\{"value":3\.0\}/);
  assert.match(raw, /"n":\{"value":4\}/, "an integer literal stays an integer");
  assert.match(raw, /"opt":\{"value":\{"m":0\.0\}\}/, "nested parameters too");
  finish(t, cmd.run_id, 1);
  const next = (await t.ok(HEARTBEAT, { id: a, metrics: "{}", runState: "{}" })).agentHeartbeat
    .commands as string;
  assert.match(next, /"lr":\{"value":2\}/, "the integer 2 of the same list stays 2");
});

Deno.test("createAgent and reading the sweep reap its only agent once it lapsed; the new agent gets the lost run", async () => {
  const t = setup();
  const name = await createSweep(t, "method: grid\nparameters:\n  a:\n    values: [1.0, 2, 3]\n");
  const dead = await agent(t, name);
  const [live] = await beat(t, dead);
  t.store.upsertRun("alice", "p", live.run_id, { state: "running" });
  const [unstarted] = await beat(t, dead);
  t.tick(61);
  // No other agent heartbeats: reading the sweep (the local controller's SweepWithRuns) reaps.
  const s = await sweepWithRuns(t, name);
  const states = Object.fromEntries(s.runs.edges.map((e: Json) => [e.node.name, e.node.state]));
  assert.equal(states[live.run_id], "crashed");
  assert.equal(states[unstarted.run_id], "pending");
  const agentStates = async () =>
    (await t.ok(
      `query ($s: String!) { project(name: "p") { sweep(sweepName: $s) { agents { edges { node { state } } } } } }`,
      { s: name },
    )).project.sweep.agents.edges.map((e: Json) => e.node.state);
  assert.deepEqual(await agentStates(), ["LAPSED"]);
  const raw = (await t.ok(HEARTBEAT, {
    id: await agent(t, name),
    metrics: "{}",
    runState: "{}",
  })).agentHeartbeat.commands as string;
  const [again] = JSON.parse(raw);
  assert.equal(again.run_id, unstarted.run_id, "the replacement gets the run never started");
  assert.match(raw, /"a":\{"value":(1\.0|2|3)\}/);
  assert.deepEqual(again.args, unstarted.args);
});

Deno.test("createAgent reaps a lapsed agent before any heartbeat", async () => {
  const t = setup();
  const name = await createSweep(t);
  const dead = await agent(t, name);
  const [live] = await beat(t, dead);
  t.store.upsertRun("alice", "p", live.run_id, { state: "running" });
  t.tick(61);
  await agent(t, name);
  assert.equal(t.store.getRun("alice", "p", live.run_id)?.state, "crashed");
  const [first] = t.store.sweeps.agents(
    t.store.sweeps.byName(
      t.store.getProject("alice", "p")!.id,
      name,
    )!.id,
  );
  assert.equal(first?.state, "LAPSED");
});

Deno.test("heartbeat: a run the agent killed on stop (its client never finished it) is killed, so the sweep can finish", async () => {
  // What the official agent did with the official controller's Hyperband earlystop: SIGTERM to
  // the program, whose run stayed `running` on the server, then heartbeats without it.
  const t = setup();
  const config =
    "method: grid\ncontroller:\n  type: local\nmetric:\n  name: loss\nparameters:\n  a:\n    values: [1, 2]\n";
  const name = await createSweep(t, config);
  const id = (await sweepWithRuns(t, name)).id;
  const a = await agent(t, name);
  const write = (controller: string) => t.gql(UPSERT_5, { id, config, controller });
  await write(
    '{"schedule": [{"id": "s1", "data": {"args": {"a": {"value": 2}}}}], "earlystop": []}',
  );
  const [cmd] = await beat(t, a);
  t.store.upsertRun("alice", "p", cmd.run_id, { state: "running" });
  await write(`{"schedule": [], "earlystop": ["${cmd.run_id}"]}`);
  assert.deepEqual(await beat(t, a, { [cmd.run_id]: true }), [{
    type: "stop",
    run_id: cmd.run_id,
  }]);
  await write('{"schedule": [{"id": "s2", "data": {"args": null}}], "earlystop": []}');
  assert.deepEqual(await beat(t, a), [{ type: "exit" }], "the process is gone: the sweep ends");
  assert.equal(t.store.getRun("alice", "p", cmd.run_id)?.state, "killed");
  assert.equal((await sweepWithRuns(t, name)).state, "FINISHED");
});

Deno.test("heartbeat: a running run missing from its agent's runState that nobody stopped is crashed", async () => {
  const t = setup();
  const name = await createSweep(t);
  const a = await agent(t, name);
  const [cmd] = await beat(t, a);
  t.store.upsertRun("alice", "p", cmd.run_id, { state: "running" });
  await beat(t, a, { [cmd.run_id]: true });
  assert.equal(t.store.getRun("alice", "p", cmd.run_id)?.state, "running", "alive while listed");
  const [next] = await beat(t, a);
  assert.equal(t.store.getRun("alice", "p", cmd.run_id)?.state, "crashed");
  assert.equal(next.type, "run", "the idle agent gets the next point");
});
