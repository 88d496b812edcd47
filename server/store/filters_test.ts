import assert from "node:assert/strict";
import { compileRunFilters, FilterError } from "./filters.ts";
import { Store } from "./store.ts";

interface Seed {
  name: string;
  lr?: number;
  optimizer: string;
  nested: { depth: number };
  loss: number;
  acc: number;
  state: "finished" | "failed" | "running";
  tags: string[];
  group: string;
  jobType: string | null;
  displayName: string;
  createdAt: string;
}

const SEEDS: Seed[] = Array.from({ length: 50 }, (_, i) => ({
  name: `run-${String(i).padStart(2, "0")}`,
  ...(i % 10 === 9 ? {} : { lr: i / 100 }),
  optimizer: i % 3 === 0 ? "adam" : "sgd",
  nested: { depth: i % 4 },
  loss: i === 7 ? NaN : 1 / (i + 1),
  acc: (i * 7) % 50,
  state: (["finished", "failed", "running"] as const)[i % 3]!,
  tags: i % 2 ? ["odd"] : i % 4 === 0 ? ["even", "four"] : ["even"],
  group: `g${i % 5}`,
  jobType: i % 4 === 0 ? "train" : i % 4 === 1 ? "eval" : null,
  displayName: i % 6 === 0 ? `Baseline ${i}` : `trial-${i}`,
  createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString(),
}));

function seed(): Store {
  let next = 0;
  const s = Store.open(":memory:", {
    now: () => new Date(Date.UTC(2024, 0, 1, 0, 0, next)),
  });
  for (const [i, r] of SEEDS.entries()) {
    next = i;
    const config: Record<string, unknown> = {
      optimizer: { value: r.optimizer, desc: null },
      nested: { value: r.nested, desc: null },
      _wandb: { value: { t: 1 }, desc: null },
    };
    if (r.lr !== undefined) config.lr = { value: r.lr, desc: null };
    s.upsertRun("me", "p", r.name, {
      config: JSON.stringify(config),
      summary: `{"loss":${r.loss},"acc":${r.acc},"best":{"acc":${r.acc}}}`,
      state: r.state,
      tags: r.tags,
      group: r.group,
      jobType: r.jobType,
      displayName: r.displayName,
    });
  }
  s.upsertRun("me", "other", "elsewhere", { state: "finished" });
  return s;
}

const store = seed();

function names(filters: unknown): string[] {
  return store.listRuns("me", "p", { filters, first: 1000, order: "+name" }).edges.map((e) =>
    e.node.name
  );
}
function expected(pred: (r: Seed) => boolean): string[] {
  return SEEDS.filter(pred).map((r) => r.name);
}
function check(filters: unknown, pred: (r: Seed) => boolean) {
  const want = expected(pred);
  assert.ok(want.length > 0 && want.length < 50, `weak test for ${JSON.stringify(filters)}`);
  assert.deepEqual(names(filters), want, JSON.stringify(filters));
}

Deno.test("comparison operators on config (unwrapped .value) and summary_metrics", () => {
  check({ "config.lr": 0.2 }, (r) => r.lr === 0.2);
  check({ "config.lr": { $eq: 0.2 } }, (r) => r.lr === 0.2);
  check({ "config.lr.value": { $eq: 0.2 } }, (r) => r.lr === 0.2);
  check({ "config.lr": { $ne: 0.2 } }, (r) => r.lr !== 0.2);
  check({ "config.lr": { $gt: 0.3 } }, (r) => r.lr !== undefined && r.lr > 0.3);
  check({ "config.lr": { $gte: 0.3 } }, (r) => r.lr !== undefined && r.lr >= 0.3);
  check({ "config.lr": { $lt: 0.1 } }, (r) => r.lr !== undefined && r.lr < 0.1);
  check({ "config.lr": { $lte: 0.1, $gt: 0.05 } }, (r) => r.lr! <= 0.1 && r.lr! > 0.05);
  check({ "config.nested.depth": 2 }, (r) => r.nested.depth === 2);
  check({ "summary_metrics.acc": { $gte: 40 } }, (r) => r.acc >= 40);
  check({ "summaryMetrics.best.acc": { $lt: 5 } }, (r) => r.acc < 5);
  check({ "summary_metrics.loss": { $lt: 0.05 } }, (r) => r.loss < 0.05);
});

Deno.test("$in, $nin, $exists, null equality", () => {
  check({ "config.optimizer": { $in: ["adam"] } }, (r) => r.optimizer === "adam");
  check({ "config.lr": { $in: [0.1, 0.2, 0.3] } }, (r) => [0.1, 0.2, 0.3].includes(r.lr!));
  check({ "config.lr": { $in: [0.1, null] } }, (r) => r.lr === 0.1 || r.lr === undefined);
  check({ "config.lr": { $nin: [0.1, 0.2] } }, (r) => r.lr !== 0.1 && r.lr !== 0.2);
  check({ "config.lr": { $nin: [0.1, null] } }, (r) => r.lr !== 0.1 && r.lr !== undefined);
  check({ "config.lr": { $exists: false } }, (r) => r.lr === undefined);
  check({ "config.lr": { $exists: true } }, (r) => r.lr !== undefined);
  check({ "config.lr": null }, (r) => r.lr === undefined);
  check({ jobType: null }, (r) => r.jobType === null);
  check({ jobType: { $exists: true } }, (r) => r.jobType !== null);
  check({ jobType: { $in: ["eval", null] } }, (r) => r.jobType !== "train");
  assert.deepEqual(names({ "config.lr": { $in: [] } }), []);
  assert.equal(names({ "config.lr": { $nin: [] } }).length, 50);
});

Deno.test("columns: state, name, displayName, group, jobType, createdAt, $regex", () => {
  check({ state: "finished" }, (r) => r.state === "finished");
  check({ state: { $ne: "running" } }, (r) => r.state !== "running");
  check(
    { name: { $in: ["run-01", "run-02", "nope"] } },
    (r) => ["run-01", "run-02"].includes(r.name),
  );
  check({ displayName: { $regex: "^Base" } }, (r) => r.displayName.startsWith("Base"));
  check({ display_name: { $regex: "line 1", $options: "" } }, (r) => /line 1/.test(r.displayName));
  check({ displayName: { $regex: "^base", $options: "i" } }, (r) => /^base/i.test(r.displayName));
  check({ "config.optimizer": { $regex: "ad" } }, (r) => r.optimizer === "adam");
  check({ group: "g3" }, (r) => r.group === "g3");
  check({ jobType: "train" }, (r) => r.jobType === "train");
  check(
    { createdAt: { $gte: "2024-01-01T00:00:40" } },
    (r) => r.createdAt >= "2024-01-01T00:00:40",
  );
  check({ createdAt: { $lt: SEEDS[3]!.createdAt } }, (r) => r.createdAt < SEEDS[3]!.createdAt);
});

Deno.test("tags: any-element semantics; $ne/$nin mean no element", () => {
  check({ tags: "four" }, (r) => r.tags.includes("four"));
  check(
    { tags: { $in: ["four", "odd"] } },
    (r) => r.tags.includes("four") || r.tags.includes("odd"),
  );
  check(
    { tags: { $nin: ["four", "odd"] } },
    (r) => !r.tags.includes("four") && !r.tags.includes("odd"),
  );
  check({ tags: { $ne: "even" } }, (r) => !r.tags.includes("even"));
  check({ tags: { $regex: "^fo" } }, (r) => r.tags.includes("four"));
});

Deno.test("$and, $or, $nor and implicit AND", () => {
  check(
    { $and: [{ state: "finished" }, { "config.optimizer": "adam" }] },
    (r) => r.state === "finished" && r.optimizer === "adam",
  );
  check(
    { state: "finished", "config.optimizer": "adam" },
    (r) => r.state === "finished" && r.optimizer === "adam",
  );
  check(
    { $or: [{ state: "failed" }, { "summary_metrics.acc": { $lt: 3 } }] },
    (r) => r.state === "failed" || r.acc < 3,
  );
  check(
    { $nor: [{ state: "failed" }, { group: "g0" }] },
    (r) => r.state !== "failed" && r.group !== "g0",
  );
  check(
    { $or: [{ $and: [{ group: "g1" }, { state: "failed" }] }, { name: "run-00" }] },
    (r) => (r.group === "g1" && r.state === "failed") || r.name === "run-00",
  );
  assert.equal(names({}).length, 50);
  assert.equal(names(null).length, 50);
  assert.equal(
    names('{"state": "failed"}').length,
    SEEDS.filter((r) => r.state === "failed").length,
  );
});

Deno.test("ordering: default -created_at, +/- on columns, config and summary; NULLs placed", () => {
  const order = (o: string | undefined) =>
    store.listRuns("me", "p", { order: o, first: 100 }).edges.map((e) => e.node.name);
  const byName = SEEDS.map((r) => r.name);
  assert.deepEqual(order(undefined), [...byName].reverse());
  assert.deepEqual(order("+created_at"), byName);
  assert.deepEqual(order("createdAt"), [...byName].reverse());
  assert.deepEqual(order("-name"), [...byName].reverse());
  const byAcc = [...SEEDS].sort((a, b) => a.acc - b.acc || a.name.localeCompare(b.name));
  assert.deepEqual(order("+summary_metrics.acc"), byAcc.map((r) => r.name));
  // config.lr ascending: missing values (NULL) first, then by value; tie-break by id.
  const byLr = [...SEEDS].sort((a, b) =>
    (a.lr ?? -1) - (b.lr ?? -1) || a.name.localeCompare(b.name)
  );
  assert.deepEqual(order("+config.lr"), byLr.map((r) => r.name));
  assert.deepEqual(order("+config.lr.value"), byLr.map((r) => r.name));
  assert.deepEqual(order("-config.lr"), [...byLr].reverse().map((r) => r.name));
});

Deno.test("paging across pages with filters and orders, including NULL sort keys", () => {
  for (
    const order of ["-created_at", "+config.lr", "-config.lr", "+summary_metrics.loss", "-jobType"]
  ) {
    for (const filters of [{}, { state: { $ne: "running" } }]) {
      const all = store.listRuns("me", "p", { order, filters, first: 100 });
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page = store.listRuns("me", "p", { order, filters, first: 7, after });
        assert.equal(page.totalCount, all.totalCount);
        seen.push(...page.edges.map((e) => e.node.name));
        pages++;
        if (!page.pageInfo.hasNextPage) break;
        after = page.edges.at(-1)!.cursor;
        assert.equal(after, page.pageInfo.endCursor);
      }
      assert.deepEqual(
        seen,
        all.edges.map((e) => e.node.name),
        `${order} ${JSON.stringify(filters)}`,
      );
      assert.equal(pages, Math.ceil(all.totalCount / 7));
    }
  }
  assert.equal(store.listRuns("me", "p", { first: 0 }).edges.length, 0);
  assert.equal(
    store.countRuns("me", "p", { state: "running" }),
    SEEDS.filter((r) => r.state === "running").length,
  );
});

Deno.test("bad filters raise FilterError naming the operator/field and its path", () => {
  const bad = (filters: unknown, code: string, path: string, order?: string) =>
    assert.throws(
      () => compileRunFilters(filters, order),
      (e: unknown) =>
        e instanceof FilterError && e.code === code && e.path === path && e.message.includes(path),
    );
  bad(
    { $and: [{ state: "x" }, { state: { $like: "x" } }] },
    "filter/unknown-operator",
    "filters.$and[1].state.$like",
  );
  bad({ $where: "1" }, "filter/unknown-operator", "filters.$where");
  bad({ $or: [{ bogus: 1 }] }, "filter/unknown-field", "filters.$or[0].bogus");
  bad({ "config.lr": { $in: 3 } }, "filter/bad-value", "filters.config.lr.$in");
  bad({ "config.lr": { $gt: [1] } }, "filter/bad-value", "filters.config.lr.$gt");
  bad({ name: { $regex: "(" } }, "filter/bad-value", "filters.name.$regex");
  bad({ name: { $regex: "a", $options: "g" } }, "filter/bad-value", "filters.name.$options");
  bad({ $and: {} }, "filter/bad-value", "filters.$and");
  bad("{nope", "filter/bad-json", "filters");
  bad({}, "filter/bad-order", "order", "-bogus");
  bad({}, "filter/bad-order", "order", "tags");
  assert.throws(
    () => store.listRuns("me", "p", { filters: { "summary_metrics.x": { $foo: 1 } } }),
    FilterError,
  );
});

Deno.test("values are bound, never spliced into SQL", () => {
  const evil = "x' OR 1=1 --";
  const q = compileRunFilters({ name: evil, "config.a'b": 1 }, "+summary_metrics.c'd");
  assert.ok(!q.where.includes(evil) && !q.where.includes("a'b") && !q.orderBy.includes("c'd"));
  assert.deepEqual(names({ name: evil }), []);
  assert.deepEqual(names({ "config.a'b": 1 }), []);
});
