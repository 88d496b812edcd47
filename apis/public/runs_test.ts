import assert from "node:assert/strict";
import { ApiError, CommError } from "./errors.ts";
import { filter, orderBy } from "./filters.ts";
import { type TestServer, tickingClock, withServer } from "./_test_server.ts";
import { rejection } from "../../tests/_assert.ts";

/** Seeds `n` runs r0..r{n-1} in alice/<project> straight into the store. */
function seedRuns(t: TestServer, project: string, n: number): void {
  for (let i = 0; i < n; i++) {
    t.store.upsertRun("alice", project, `r${i}`, {
      displayName: `run-${i}`,
      config: JSON.stringify({
        lr: { value: (i % 5) / 10, desc: null },
        opt: { value: i % 2 ? "adam" : "sgd", desc: null },
        _wandb: { value: { t: 1 }, desc: null },
      }),
      summary: JSON.stringify({ acc: i / 100, ...(i % 3 === 0 ? { best: true } : {}) }),
      tags: i % 4 === 0 ? ["best", "keep"] : ["other"],
      state: i % 2 ? "finished" : "crashed",
      group: `g${i % 3}`,
    });
  }
}

Deno.test("api.runs() pages lazily: one request per page, length from runCount, cursors walk every run", async () => {
  await withServer(async (t) => {
    seedRuns(t, "many", 23);
    const api = t.api();
    const runs = api.runs("alice/many", { perPage: 5 });
    assert.equal(runs.pagesLoaded, 0);
    assert.equal(runs.length, undefined);
    const it = runs[Symbol.asyncIterator]();
    await it.next();
    assert.equal(runs.pagesLoaded, 1);
    assert.equal(runs.length, 23);
    assert.equal(runs.loaded.length, 5);
    for (let i = 0; i < 5; i++) await it.next();
    assert.equal(runs.pagesLoaded, 2, "the second page is fetched only when reached");
    await it.return?.(undefined);
    const ids = (await runs.toArray()).map((r) => r.id);
    assert.equal(runs.pagesLoaded, 5);
    assert.equal(ids.length, 23);
    assert.equal(new Set(ids).size, 23);
    // Iterating again replays what was loaded without asking again.
    assert.equal((await runs.toArray()).length, 23);
    assert.equal(runs.pagesLoaded, 5);
    assert.equal(runs.hasMore, false);
  }, { now: tickingClock() });
});

Deno.test("api.runs() over an empty or missing project", async () => {
  await withServer(async (t) => {
    t.store.ensureProject("alice", "empty");
    const api = t.api();
    const runs = api.runs("alice/empty");
    assert.deepEqual(await runs.toArray(), []);
    assert.equal(runs.length, 0);
    assert.equal(await runs.count(), 0);
    assert.equal(await api.runs("alice/empty").first(), undefined);
    await assert.rejects(
      api.runs("alice/missing").toArray(),
      (e: unknown) => e instanceof ApiError && e.code === "api/not-found",
    );
    assert.throws(() => api.runs("a/b/c"), (e: unknown) => e instanceof ApiError);
    assert.throws(() => api.runs("alice/empty", { perPage: 0 }), RangeError);
  });
});

Deno.test("api.projects() pages through an entity's projects", async () => {
  await withServer(async (t) => {
    for (let i = 0; i < 7; i++) t.store.ensureProject("alice", `p${i}`);
    const api = t.api();
    const projects = api.projects(undefined, { perPage: 3 });
    const names = (await projects.toArray()).map((p) => p.name);
    assert.deepEqual(names, ["p0", "p1", "p2", "p3", "p4", "p5", "p6"]);
    assert.equal(projects.pagesLoaded, 3);
    assert.equal(projects.length, undefined, "the Projects query asks for no count");
    const p = (await api.projects("alice").first())!;
    assert.equal(p.entity, "alice");
    assert.match(p.createdAt ?? "", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    assert.deepEqual(await api.projects("bob").toArray(), []);
    assert.deepEqual(await t.api().projects("nobody").toArray(), []);
  });
});

Deno.test("api.runs() filters with each operator", async () => {
  await withServer(async (t) => {
    seedRuns(t, "f", 20);
    const api = t.api();
    const ids = async (filters: Record<string, unknown>) => {
      const runs = api.runs("alice/f", { filters, perPage: 7, order: "+name" });
      const out = (await runs.toArray()).map((r) => Number(r.id.slice(1))).sort((a, b) => a - b);
      assert.equal(runs.length, out.length, "runCount agrees with the runs");
      return out;
    };
    const all = [...Array(20).keys()];
    const where = (p: (i: number) => boolean) => all.filter(p);
    assert.deepEqual(await ids({ state: "finished" }), where((i) => i % 2 === 1));
    assert.deepEqual(await ids({ "config.lr": 0.2 }), where((i) => i % 5 === 2));
    assert.deepEqual(await ids({ "config.opt": { $ne: "adam" } }), where((i) => i % 2 === 0));
    assert.deepEqual(await ids({ "summary_metrics.acc": { $gt: 0.15 } }), where((i) => i > 15));
    assert.deepEqual(await ids({ "summary_metrics.acc": { $gte: 0.15 } }), where((i) => i >= 15));
    assert.deepEqual(await ids({ "summary_metrics.acc": { $lt: 0.03 } }), [0, 1, 2]);
    assert.deepEqual(await ids({ "summary_metrics.acc": { $lte: 0.03 } }), [0, 1, 2, 3]);
    assert.deepEqual(await ids({ group: { $in: ["g0", "g1"] } }), where((i) => i % 3 !== 2));
    assert.deepEqual(await ids({ group: { $nin: ["g0", "g1"] } }), where((i) => i % 3 === 2));
    assert.deepEqual(await ids({ display_name: { $regex: "run-1[0-2]" } }), [10, 11, 12]);
    assert.deepEqual(await ids({ tags: "best" }), where((i) => i % 4 === 0));
    assert.deepEqual(
      await ids({ $and: [{ state: "crashed" }, { "config.lr": { $gte: 0.3 } }] }),
      where((i) => i % 2 === 0 && i % 5 >= 3),
    );
    assert.deepEqual(
      await ids({ $or: [{ "summary_metrics.acc": { $gte: 0.18 } }, { display_name: "run-0" }] }),
      [0, 18, 19],
    );
    // The helper's output is what the server takes.
    assert.deepEqual(
      await ids(filter`config.lr > ${0.25} and (state = finished or tags in ["keep"])`),
      where((i) => i % 5 >= 3 && (i % 2 === 1 || i % 4 === 0)),
    );
    assert.deepEqual(await ids(filter("summary.best exists")), where((i) => i % 3 === 0));
  });
});

Deno.test("a filter the server cannot read fails with a CommError naming it", async () => {
  await withServer(async (t) => {
    seedRuns(t, "f", 1);
    const err = await rejection<CommError>(
      t.api().runs("alice/f", { filters: { state: { $like: "x" } } }).toArray(),
    );
    assert.ok(err instanceof CommError, String(err));
    assert.equal(err.code, "comm/graphql");
    assert.match(err.serverMessage ?? "", /\$like/);
  });
});

Deno.test("api.runs() orders by +/- created_at, summary and config across pages", async () => {
  await withServer(async (t) => {
    seedRuns(t, "o", 12);
    const api = t.api();
    const order = async (o: string | undefined) =>
      (await api.runs("alice/o", { order: o, perPage: 5 }).toArray()).map((r) => r.id);
    const created = Array.from({ length: 12 }, (_, i) => `r${i}`);
    assert.deepEqual(await order(undefined), [...created].reverse(), "default -created_at");
    assert.deepEqual(await order("+created_at"), created);
    assert.deepEqual(await order("-created_at"), [...created].reverse());
    assert.deepEqual(await order(orderBy("summary.acc", "asc")), created);
    assert.deepEqual(await order("-summary_metrics.acc"), [...created].reverse());
    const byLr = await api.runs("alice/o", { order: orderBy("config.lr", "asc"), perPage: 5 })
      .toArray();
    const lrs = byLr.map((r) => r.config.lr as number);
    assert.deepEqual(lrs, [...lrs].sort((a, b) => a - b));
    assert.equal(byLr.length, 12);
  }, { now: tickingClock() });
});

Deno.test("Run exposes the RunFragment fields, with config unwrapped and W&B's keys hidden", async () => {
  await withServer(async (t) => {
    await t.upsertRun("demo", "abc", {
      config: { lr: 0.1, layers: [1, 2], _wandb: { cli_version: "0.16.6" } },
      displayName: "baseline",
      tags: ["a"],
      notes: "n",
      groupName: "g",
      jobType: "train",
    });
    await t.fileStream("demo", "abc", {
      files: {
        "wandb-history.jsonl": {
          offset: 0,
          content: ['{"_step":0,"loss":1}', '{"_step":1,"loss":0.5,"acc":0.7}'],
        },
        "wandb-summary.json": { offset: 0, content: ['{"loss":0.5,"acc":0.7,"nan":NaN}'] },
        "wandb-events.jsonl": { offset: 0, content: ['{"system.cpu":3.5,"_wandb":true}'] },
      },
    });
    const run = await t.api().run("alice/demo/abc");
    assert.equal(run.id, "abc");
    assert.equal(run.name, "baseline");
    assert.equal(run.displayName, "baseline");
    assert.equal(run.state, "running");
    assert.deepEqual(run.config, { lr: 0.1, layers: [1, 2] });
    assert.deepEqual(run.tags, ["a"]);
    assert.equal(run.notes, "n");
    assert.equal(run.group, "g");
    assert.equal(run.jobType, "train");
    assert.match(run.createdAt ?? "", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    assert.match(run.heartbeatAt ?? "", /^\d{4}-/);
    assert.deepEqual(run.user, { name: "alice", username: "alice" });
    assert.equal(run.url, `${t.baseUrl}/alice/demo/runs/abc`);
    assert.deepEqual(run.path, ["alice", "demo", "abc"]);
    assert.equal(run.summary.get("loss"), 0.5);
    assert.ok(Number.isNaN(run.summary.get("nan")), "NaN in the summary survives");
    assert.equal(run.lastHistoryStep, 1);
    assert.equal(run.historyLineCount, 2);
    assert.deepEqual(Object.keys(run.historyKeys.keys ?? {}).sort(), ["_step", "acc", "loss"]);
    assert.ok(run.storageId.length > 0);
    assert.equal(String(run), "<Run alice/demo/abc (running)>");
  });
});

Deno.test("run.update() writes name, tags, notes, group, description and config (keeping _wandb)", async () => {
  await withServer(async (t) => {
    await t.upsertRun("demo", "u1", { config: { lr: 0.1, _wandb: { t: { "1": [1] } } } });
    const api = t.api();
    const run = await api.run("alice/demo/u1");
    run.name = "renamed";
    run.tags = ["x", "y"];
    run.notes = "some notes";
    run.group = "grp";
    run.description = "desc";
    run.config.lr = 0.2;
    run.config.extra = { nested: true };
    await run.update();
    assert.equal(run.name, "renamed");
    const stored = t.store.getRun("alice", "demo", "u1")!;
    assert.equal(stored.displayName, "renamed");
    assert.deepEqual(stored.tags, ["x", "y"]);
    assert.equal(stored.notes, "some notes");
    assert.equal(stored.group, "grp");
    assert.equal(stored.description, "desc");
    assert.deepEqual(JSON.parse(stored.config), {
      _wandb: { value: { t: { "1": [1] } }, desc: null },
      lr: { value: 0.2, desc: null },
      extra: { value: { nested: true }, desc: null },
    });
    api.flush();
    const again = await api.run("alice/demo/u1");
    assert.equal(again.name, "renamed");
    assert.deepEqual(again.config, { lr: 0.2, extra: { nested: true } });
  });
});

Deno.test("run.summary edits round-trip through summary.update() and run.update()", async () => {
  await withServer(async (t) => {
    await t.upsertRun("demo", "s1", {});
    await t.fileStream("demo", "s1", {
      files: { "wandb-summary.json": { offset: 0, content: ['{"loss":0.5,"tmp":1}'] } },
    });
    const api = t.api();
    const run = await api.run("alice/demo/s1");
    run.summary.set("best", 0.9).set("inf", Infinity);
    assert.ok(run.summary.delete("tmp"));
    assert.ok(run.summary.dirty);
    await run.summary.update();
    assert.equal(run.summary.dirty, false);
    assert.equal(
      t.store.getRun("alice", "demo", "s1")!.summary,
      '{"loss":0.5,"best":0.9,"inf":Infinity}',
    );
    await run.summary.update({ epoch: 3 });
    run.summary.set("viaRun", "yes");
    run.notes = "n";
    await run.update();
    api.flush();
    const again = await api.run("alice/demo/s1");
    assert.deepEqual(again.summary.toJSON(), {
      loss: 0.5,
      best: 0.9,
      inf: Infinity,
      epoch: 3,
      viaRun: "yes",
    });
    assert.equal(again.notes, "n");
    assert.deepEqual([...again.summary].length, 5);
  });
});

Deno.test("run.update() sends the edited summary in the same UpsertBucket, and leaves an unedited one", async () => {
  await withServer(async (t) => {
    await t.upsertRun("demo", "one", {});
    await t.fileStream("demo", "one", {
      files: { "wandb-summary.json": { offset: 0, content: ['{"loss":0.5}'] } },
    });
    const run = await t.api().run("alice/demo/one");
    run.notes = "first";
    await run.update();
    assert.equal(t.store.getRun("alice", "demo", "one")!.summary, '{"loss":0.5}');
    run.summary.set("acc", 0.75);
    run.notes = "second";
    t.operations.length = 0;
    await run.update();
    assert.deepEqual(t.operations, ["UpsertBucket"], "one request for fields and summary");
    const stored = t.store.getRun("alice", "demo", "one")!;
    assert.equal(stored.notes, "second");
    assert.deepEqual(JSON.parse(stored.summary), { loss: 0.5, acc: 0.75 });
    assert.equal(run.summary.dirty, false);
    assert.deepEqual(run.summary.toJSON(), { loss: 0.5, acc: 0.75 });
  });
});

Deno.test("run.load(true) re-reads; run.delete() removes the run on the server", async () => {
  await withServer(async (t) => {
    await t.upsertRun("demo", "d1", { notes: "one" });
    const run = await t.api().run("alice/demo/d1");
    t.store.updateRun(t.store.getRun("alice", "demo", "d1")!.id, { notes: "two" });
    assert.equal((await run.load()).notes, "one", "load() without force keeps what it has");
    assert.equal((await run.load(true)).notes, "two");
    await run.delete();
    assert.equal(t.store.getRun("alice", "demo", "d1"), undefined);
    await assert.rejects(
      run.load(true),
      (e: unknown) => e instanceof ApiError && e.code === "api/not-found",
    );
    await assert.rejects(
      t.api().run("alice/demo/d1"),
      (e: unknown) => e instanceof ApiError && e.code === "api/not-found",
    );
  });
});
