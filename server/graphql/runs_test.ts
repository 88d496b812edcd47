import assert from "node:assert/strict";
import { setup, type TestServer } from "./_test_util.ts";

const RUNS = `query Runs($project: String!, $entity: String!, $cursor: String, $perPage: Int = 50,
  $order: String, $filters: JSONString) {
  project(name: $project, entityName: $entity) {
    runCount(filters: $filters) readOnly
    runs(filters: $filters, after: $cursor, first: $perPage, order: $order) {
      edges { node { id name state config summaryMetrics tags displayName createdAt } cursor }
      pageInfo { endCursor hasNextPage } totalCount } } }`;

/** Seeds alice/proj with runs r0..r9: lr = i/10, loss = 10 - i, tags, states. */
function seed(t: TestServer): void {
  for (let i = 0; i < 10; i++) {
    const { run } = t.store.upsertRun("alice", "proj", `r${i}`, {
      displayName: `run-${i}`,
      config: JSON.stringify({
        lr: { desc: null, value: i / 10 },
        opt: { desc: null, value: i % 2 === 0 ? "adam" : "sgd" },
      }),
      tags: i < 3 ? ["baseline"] : ["tuned", `t${i}`],
      state: i % 3 === 0 ? "finished" : "running",
    });
    t.store.setSummary(run.id, JSON.stringify({ loss: 10 - i }));
  }
  t.store.upsertRun("bob", "proj", "bobrun");
}

async function names(
  t: TestServer,
  filters: unknown,
  order?: string,
  perPage = 50,
): Promise<string[]> {
  const { body } = await t.gql(t.aliceKey, RUNS, {
    project: "proj",
    entity: "alice",
    filters: filters === null ? null : JSON.stringify(filters),
    order,
    perPage,
  });
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  const edges = body.data.project.runs.edges as { node: { name: string } }[];
  assert.equal(body.data.project.runCount, body.data.project.runs.totalCount);
  return edges.map((e) => e.node.name);
}

Deno.test("Runs filter operators on config, summary, tags, state, displayName", async () => {
  const t = setup();
  seed(t);
  const sorted = (xs: string[]) => [...xs].sort();
  assert.deepEqual(sorted(await names(t, { "config.lr": { $gte: 0.7 } })), ["r7", "r8", "r9"]);
  assert.deepEqual(sorted(await names(t, { "config.lr.value": 0.5 })), ["r5"]);
  assert.deepEqual(sorted(await names(t, { "summary_metrics.loss": { $lt: 3 } })), ["r8", "r9"]);
  assert.deepEqual(sorted(await names(t, { tags: "baseline" })), ["r0", "r1", "r2"]);
  assert.deepEqual(sorted(await names(t, { tags: { $in: ["t4", "t5"] } })), ["r4", "r5"]);
  assert.deepEqual(sorted(await names(t, { state: "finished" })), ["r0", "r3", "r6", "r9"]);
  assert.deepEqual(
    sorted(
      await names(t, {
        $and: [{ "config.opt": "adam" }, { $or: [{ state: "finished" }, { "config.lr": 0.2 }] }],
      }),
    ),
    ["r0", "r2", "r6"],
  );
  assert.deepEqual(
    sorted(await names(t, { "config.opt": { $ne: "adam" }, "config.lr": { $lt: 0.5 } })),
    ["r1", "r3"],
  );
  assert.deepEqual(sorted(await names(t, { displayName: { $regex: "run-[12]" } })), ["r1", "r2"]);
  assert.deepEqual(
    sorted(await names(t, { "config.lr": { $nin: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7] } })),
    ["r8", "r9"],
  );
  assert.deepEqual(await names(t, { "config.missing": { $exists: true } }), []);
  assert.equal((await names(t, null)).length, 10);
});

Deno.test("Runs order by created_at (default), config and summary, both directions", async () => {
  const t = setup();
  seed(t);
  const all = ["r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9"];
  // Seeded with one clock value, so created_at ties break by storage id.
  assert.deepEqual(await names(t, null), [...all].reverse());
  assert.deepEqual(await names(t, null, "+created_at"), all);
  assert.deepEqual(await names(t, null, "-config.lr.value"), [...all].reverse());
  assert.deepEqual(await names(t, null, "+summary_metrics.loss"), [...all].reverse());
  assert.deepEqual(await names(t, null, "-summary_metrics.loss"), all);
  assert.deepEqual(await names(t, { state: "finished" }, "+config.lr"), ["r0", "r3", "r6", "r9"]);
});

Deno.test("Runs pages with first/after using the last edge's cursor", async () => {
  const t = setup();
  seed(t);
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 10; guard++) {
    const res: Awaited<ReturnType<TestServer["gql"]>> = await t.gql(t.aliceKey, RUNS, {
      project: "proj",
      entity: "alice",
      filters: JSON.stringify({ "config.lr": { $gt: 0.05 } }),
      order: "+config.lr",
      perPage: 4,
      cursor,
    });
    assert.equal(res.body.errors, undefined);
    const runs = res.body.data.project.runs;
    assert.equal(runs.totalCount, 9);
    seen.push(...runs.edges.map((e: { node: { name: string } }) => e.node.name));
    assert.equal(runs.pageInfo.endCursor, runs.edges.at(-1)?.cursor ?? null);
    if (!runs.pageInfo.hasNextPage) break;
    cursor = runs.edges.at(-1).cursor;
  }
  assert.deepEqual(seen, ["r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9"]);
  const bad = await t.gql(t.aliceKey, RUNS, { project: "proj", entity: "alice", cursor: "zzz" });
  assert.match(bad.body.errors![0]!.message, /Invalid page cursor/);
  assert.deepEqual(bad.body.errors![0]!.path, ["project", "runs"]);
});

Deno.test("Runs: bad filters and orders are errors naming the filter path", async () => {
  const t = setup();
  seed(t);
  const q = (filters: string | null, order?: string) =>
    t.gql(t.aliceKey, RUNS, { project: "proj", entity: "alice", filters, order });
  const op = await q(JSON.stringify({ "config.lr": { $foo: 1 } }));
  assert.equal(op.status, 200);
  assert.match(op.body.errors![0]!.message, /filters\.config\.lr\.\$foo/);
  const json = await q("{not json");
  assert.match(json.body.errors![0]!.message, /Bad run filter at filters: not valid JSON/);
  const order = await q(null, "-bogus");
  assert.match(order.body.errors![0]!.message, /order/i);
  // Another user's project stays invisible to Runs.
  const peek = await t.gql(t.aliceKey, RUNS, { project: "proj", entity: "bob" });
  assert.equal(peek.body.data.project, null);
});

Deno.test("Runs over 10k runs with a config filter: count and summary order", async () => {
  const t = setup();
  for (let i = 0; i < 10_000; i++) {
    t.store.upsertRun("alice", "big", `run${i}`, {
      config: JSON.stringify({
        lr: { desc: null, value: (i % 100) / 1000 },
        batch: { desc: null, value: 2 ** (i % 8) },
      }),
      summary: JSON.stringify({ loss: (i * 7919) % 1000 / 100 }),
    });
  }
  const vars = {
    project: "big",
    entity: "alice",
    filters: JSON.stringify({ "config.lr": { $gte: 0.05 }, "config.batch": { $in: [4, 8] } }),
    order: "-summary_metrics.loss",
    perPage: 50,
  };
  const first = await t.gql(t.aliceKey, RUNS, vars);
  assert.equal(first.body.errors, undefined);
  let expected = 0;
  for (let i = 0; i < 10_000; i++) if (i % 100 >= 50 && [2, 3].includes(i % 8)) expected++;
  assert.equal(first.body.data.project.runs.totalCount, expected);
  const losses = first.body.data.project.runs.edges.map((e: { node: { summaryMetrics: string } }) =>
    JSON.parse(e.node.summaryMetrics).loss
  );
  assert.deepEqual(losses, [...losses].sort((a, b) => b - a));
  assert.equal(first.body.data.project.runs.edges.length, 50);
});

Deno.test("runCount and runs with different filters in one query each count their own", async () => {
  const t = setup();
  seed(t);
  const { body } = await t.gql(
    t.aliceKey,
    `{ project(name: "proj", entityName: "alice") {
      a: runCount(filters: "{\\"state\\": \\"finished\\"}")
      runs(filters: "{\\"tags\\": \\"baseline\\"}") { totalCount }
      b: runCount(filters: "{\\"tags\\": \\"baseline\\"}") all: runCount } }`,
  );
  assert.equal(body.errors, undefined);
  assert.deepEqual(body.data.project, { a: 4, runs: { totalCount: 3 }, b: 3, all: 10 });
});
