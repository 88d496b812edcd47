import assert from "node:assert/strict";
import { hashApiKey, Store, StoreError } from "./store.ts";

function withStore(fn: (s: Store, dir: string) => void): () => void {
  return () => {
    const dir = Deno.makeTempDirSync();
    let t = Date.parse("2024-01-01T00:00:00Z");
    const s = Store.open(dir, { now: () => new Date(t += 1000) });
    try {
      fn(s, dir);
    } finally {
      s.close();
      Deno.removeSync(dir, { recursive: true });
    }
  };
}

Deno.test(
  "users: key is 40 hex chars, only its SHA-256 is stored, lookup by key",
  withStore((s, dir) => {
    const { user, apiKey } = s.createUser("alice", { email: "a@x.io" });
    assert.match(apiKey, /^[0-9a-f]{40}$/);
    assert.equal(s.userByApiKey(apiKey)?.username, "alice");
    assert.equal(s.userByApiKey(apiKey.replace(/.$/, (c) => (c === "0" ? "1" : "0"))), undefined);
    assert.equal(s.query("SELECT api_key_hash FROM users")[0]?.api_key_hash, hashApiKey(apiKey));
    assert.equal(s.query("SELECT owner FROM entities WHERE name = 'alice'")[0]?.owner, user.id);
    const second = s.createUser("bob");
    assert.notEqual(second.apiKey, apiKey);
    assert.throws(
      () => s.createUser("alice"),
      (e: unknown) => e instanceof StoreError && e.code === "store/bad-argument",
    );
    // The plain key appears nowhere in the database file.
    s.query("PRAGMA wal_checkpoint(TRUNCATE)");
    const bytes = new TextDecoder("latin1").decode(Deno.readFileSync(`${dir}/wandb-server.sqlite`));
    assert.ok(!bytes.includes(apiKey));
    assert.ok(bytes.includes(hashApiKey(apiKey)));
  }),
);

Deno.test(
  "upsertRun creates, then partially updates leaving null/undefined fields unchanged",
  withStore((s) => {
    const a = s.upsertRun("me", "proj", "r1", {
      displayName: "first",
      notes: "n",
      tags: ["a", "b"],
      config: '{"lr":{"value":0.1,"desc":null}}',
      group: "g",
    });
    assert.equal(a.inserted, true);
    assert.equal(a.run.state, "running");
    assert.equal(a.run.historyLineCount, 0);
    assert.equal(s.getProject("me", "proj")?.name, "proj");
    const b = s.upsertRun("me", "proj", "r1", {
      config: '{"lr":{"value":0.2,"desc":null}}',
      notes: null,
      displayName: undefined,
    });
    assert.equal(b.inserted, false);
    assert.equal(b.run.id, a.run.id);
    assert.equal(b.run.displayName, "first");
    assert.equal(b.run.notes, "n");
    assert.deepEqual(b.run.tags, ["a", "b"]);
    assert.equal(b.run.group, "g");
    assert.equal(b.run.config, '{"lr":{"value":0.2,"desc":null}}');
    assert.equal(b.run.createdAt, a.run.createdAt);
    assert.ok(b.run.updatedAt > a.run.updatedAt);
    const c = s.updateRun(a.run.id, { state: "finished", exitcode: 0, stopped: true });
    assert.equal(c.state, "finished");
    assert.equal(c.exitcode, 0);
    assert.equal(c.stopped, true);
    assert.throws(
      () => s.updateRun(a.run.id, { state: "bogus" as never }),
      (e: unknown) => e instanceof StoreError && /Unknown run state "bogus"/.test(e.message),
    );
    assert.throws(
      () => s.updateRun(a.run.id, { config: "{not json" }),
      (e: unknown) => e instanceof StoreError && e.code === "store/bad-json",
    );
    assert.throws(
      () => s.updateRun(9999, { notes: "x" }),
      (e: unknown) => e instanceof StoreError && e.code === "store/not-found",
    );
    assert.equal(s.getRun("me", "proj", "nope"), undefined);
  }),
);

Deno.test(
  "history: resent chunk overwrites, overlapping and out-of-order chunks keep one row per step",
  withStore((s) => {
    const { run } = s.upsertRun("me", "p", "r");
    const rows = (from: number, to: number, tag: string) =>
      Array.from({ length: to - from }, (_, i) => `{"_step":${from + i},"v":"${tag}"}`);
    assert.equal(s.appendHistory(run.id, 0, rows(0, 5, "a")), 5);
    assert.equal(s.appendHistory(run.id, 0, rows(0, 5, "a")), 5); // resent
    assert.equal(s.historyRows(run.id).length, 5);
    assert.equal(s.appendHistory(run.id, 8, rows(8, 10, "c")), 10); // ahead of a gap
    assert.equal(s.appendHistory(run.id, 3, rows(3, 8, "b")), 10); // overlaps and fills the gap
    const got = [...s.scanHistory(run.id)].map((r) => [r.step, JSON.parse(r.row).v]);
    assert.deepEqual(got, [
      [0, "a"],
      [1, "a"],
      [2, "a"],
      [3, "b"],
      [4, "b"],
      [5, "b"],
      [6, "b"],
      [7, "b"],
      [8, "c"],
      [9, "c"],
    ]);
    assert.equal(s.getRunById(run.id)?.historyLineCount, 10);
    assert.equal(s.fileOffset(run.id, "wandb-history.jsonl"), 10);
    assert.equal(s.lastHistoryStep(run.id), 9);
    assert.deepEqual(s.historyTail(run.id, 2).map((r) => JSON.parse(r)._step), [8, 9]);
    // A bad line rejects the whole chunk.
    assert.throws(
      () => s.appendHistory(run.id, 10, ['{"_step":10}', "{oops"]),
      (e: unknown) => e instanceof StoreError && /History line 11/.test(e.message),
    );
    assert.equal(s.lastHistoryStep(run.id), 9);
    assert.equal(s.getRunById(run.id)?.historyLineCount, 10);
  }),
);

Deno.test(
  "history reads: NaN/Infinity, step range, keys, samples, limit",
  withStore((s) => {
    const { run } = s.upsertRun("me", "p", "r");
    const lines = Array.from(
      { length: 20 },
      (_, i) =>
        i % 2 ? `{"_step":${i},"loss":${i === 5 ? "NaN" : i}}` : `{"_step":${i},"acc":-Infinity}`,
    );
    s.appendHistory(run.id, 0, lines);
    const all = s.history(run.id);
    assert.equal(all.length, 20);
    assert.ok(Number.isNaN(all[5]?.loss));
    assert.equal(all[0]?.acc, -Infinity);
    assert.deepEqual(s.history(run.id, { minStep: 3, maxStep: 6 }).map((r) => r._step), [3, 4, 5]);
    const withLoss = s.history(run.id, { keys: ["_step", "loss"] });
    assert.equal(withLoss.length, 10);
    assert.deepEqual(Object.keys(withLoss[0]!), ["_step", "loss"]);
    assert.deepEqual(s.history(run.id, { samples: 3 }).map((r) => r._step), [0, 10, 19]);
    assert.deepEqual(s.history(run.id, { limit: 2 }).map((r) => r._step), [0, 1]);
    assert.deepEqual(s.history(run.id, { keys: ["loss"], limit: 2 }), [{ loss: 1 }, { loss: 3 }]);
    assert.deepEqual(s.historyKeyNames(run.id), ["_step", "acc", "loss"]);
  }),
);

Deno.test(
  "events and output are keyed by line number; summary replaces",
  withStore((s) => {
    const { run } = s.upsertRun("me", "p", "r");
    assert.equal(s.appendEvents(run.id, 0, ['{"system.cpu":1}', '{"system.cpu":2}']), 2);
    assert.equal(s.appendEvents(run.id, 1, ['{"system.cpu":3}']), 2);
    assert.deepEqual(s.events(run.id), ['{"system.cpu":1}', '{"system.cpu":3}']);
    assert.deepEqual(s.eventsTail(run.id), ['{"system.cpu":3}']);
    assert.equal(s.appendOutput(run.id, 0, ["a\n", "progress 10%\n"]), 2);
    assert.equal(s.appendOutput(run.id, 1, ["progress 100%\n", "done\n"]), 3);
    assert.deepEqual(s.output(run.id).map((o) => o.text), ["a\n", "progress 100%\n", "done\n"]);
    assert.deepEqual(s.output(run.id, { offset: 2 }), [{ line: 2, text: "done\n" }]);
    const r = s.getRunById(run.id)!;
    assert.equal(r.eventsLineCount, 2);
    assert.equal(r.logLineCount, 3);
    s.setSummary(run.id, '{"loss":NaN,"acc":0.5}');
    assert.equal(s.getRunById(run.id)?.summary, '{"loss":NaN,"acc":0.5}');
    assert.throws(() => s.setSummary(run.id, "[1]"), StoreError);
    assert.throws(() => s.setSummary(424242, "{}"), StoreError);
  }),
);

Deno.test(
  "deleteRun removes the run and its data; markCrashed flips stale running runs",
  withStore((s) => {
    const { run } = s.upsertRun("me", "p", "r");
    s.appendHistory(run.id, 0, ['{"_step":0}']);
    s.appendOutput(run.id, 0, ["x\n"]);
    s.putFile(run.id, { name: "config.yaml", size: 3, md5: "abc" });
    assert.equal(s.deleteRun(run.id), true);
    assert.equal(s.getRun("me", "p", "r"), undefined);
    for (const t of ["history_pages", "history_keys", "output", "files", "file_offsets"]) {
      assert.equal(s.query(`SELECT count(*) AS n FROM ${t}`)[0]?.n, 0, t);
    }
    assert.equal(s.deleteRun(run.id), false);
    const a = s.upsertRun("me", "p", "a").run;
    const b = s.upsertRun("me", "p", "b").run;
    s.updateRun(b.id, { heartbeatAt: "2030-01-01T00:00:00.000Z" });
    assert.equal(s.markCrashed(new Date("2029-01-01T00:00:00Z")), 1);
    assert.equal(s.getRunById(a.id)?.state, "crashed");
    assert.equal(s.getRunById(b.id)?.state, "running");
  }),
);

Deno.test(
  "listProjects and listFiles page with cursors",
  withStore((s) => {
    for (let i = 0; i < 7; i++) s.ensureProject("me", `p${i}`);
    s.ensureProject("other", "x");
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = s.listProjects("me", { first: 3, after });
      assert.equal(page.totalCount, 7);
      seen.push(...page.edges.map((e) => e.node.name));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.edges.at(-1)!.cursor;
    }
    assert.equal(pages, 3);
    assert.deepEqual(seen, ["p0", "p1", "p2", "p3", "p4", "p5", "p6"]);
    assert.throws(
      () => s.listProjects("me", { after: "garbage!" }),
      (e: unknown) => e instanceof StoreError && e.code === "store/bad-cursor",
    );
    const { run } = s.upsertRun("me", "p0", "r");
    for (const n of ["b.txt", "a.txt", "c/d.png"]) s.putFile(run.id, { name: n, size: n.length });
    s.putFile(run.id, { name: "a.txt", md5: "m" });
    assert.deepEqual(s.getFile(run.id, "a.txt")?.size, 5);
    assert.deepEqual(s.getFile(run.id, "a.txt")?.md5, "m");
    const p1 = s.listFiles(run.id, { first: 2 });
    assert.deepEqual(p1.edges.map((e) => e.node.name), ["a.txt", "b.txt"]);
    assert.equal(p1.pageInfo.hasNextPage, true);
    const p2 = s.listFiles(run.id, { first: 2, after: p1.pageInfo.endCursor });
    assert.deepEqual(p2.edges.map((e) => e.node.name), ["c/d.png"]);
    assert.equal(p2.pageInfo.hasNextPage, false);
    assert.equal(s.listFiles(run.id, { names: ["b.txt", "zz"] }).totalCount, 1);
  }),
);

Deno.test("historyRows() returns raw rows in step order across 10k-row pages, honouring the range", () => {
  const store = Store.open(":memory:");
  try {
    store.ensureProject("e", "p");
    const { run } = store.upsertRun("e", "p", "r", {});
    const n = 25_003;
    // Written out of order, in two chunks.
    const line = (i: number) => `{"_step": ${i}, "v": ${i}}`;
    store.appendHistory(
      run.id,
      12_000,
      Array.from({ length: n - 12_000 }, (_, k) => line(12_000 + k)),
    );
    store.appendHistory(run.id, 0, Array.from({ length: 12_000 }, (_, k) => line(k)));
    const all = store.historyRows(run.id);
    assert.equal(all.length, n);
    assert.ok(all.every((r, i) => r === line(i)));
    assert.deepEqual(store.historyRows(run.id, { minStep: 9_999, maxStep: 10_002 }), [
      line(9_999),
      line(10_000),
      line(10_001),
    ]);
    assert.deepEqual(store.historyRows(run.id, { minStep: n }), []);
  } finally {
    store.close();
  }
});

Deno.test(
  "page cursors carry non-Latin-1 text: files and runs sorted by such values page to the end",
  withStore((s) => {
    const { run } = s.upsertRun("me", "p", "r");
    const names = ["media/a.png", "media/图.png", "media/🙂.png", "z/ünï.txt"];
    for (const n of names) s.putFile(run.id, { name: n, size: 1 });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = s.listFiles(run.id, { first: 1, after });
      seen.push(...page.edges.map((e) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    assert.deepEqual(seen, [...names].sort());

    for (const [i, v] of ["图", "b", "🙂", "é"].entries()) {
      s.upsertRun("me", "q", `r${i}`, {
        displayName: v,
        config: JSON.stringify({ tag: { value: v, desc: null } }),
      });
    }
    for (const order of ["+display_name", "-config.tag"]) {
      const got: string[] = [];
      after = null;
      for (;;) {
        const page = s.listRuns("me", "q", { order, first: 1, after });
        got.push(...page.edges.map((e) => e.node.displayName!));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      const sorted = ["b", "é", "图", "🙂"];
      assert.deepEqual(got, order.startsWith("+") ? sorted : sorted.reverse(), order);
    }
  }),
);

Deno.test(
  "listFiles pattern: glob and LIKE wildcards, case-sensitive, literal [, pages with after",
  withStore((s) => {
    const { run } = s.upsertRun("me", "p", "r");
    const names = ["a.log", "B.LOG", "b.log", "c.json", "d[1].log", "media/x.log", "x_y.log"];
    for (const n of names) s.putFile(run.id, { name: n, size: 1 });
    const all = (pattern: string) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 20; i++) {
        const page = s.listFiles(run.id, { pattern, first: 2, after });
        assert.equal(page.totalCount, s.listFiles(run.id, { pattern, first: 0 }).totalCount);
        seen.push(...page.edges.map((e) => e.node.name));
        if (!page.pageInfo.hasNextPage) return seen;
        after = page.pageInfo.endCursor;
      }
      throw new Error(`paging with pattern ${pattern} did not end`);
    };
    const logs = ["a.log", "b.log", "d[1].log", "media/x.log", "x_y.log"];
    assert.deepEqual(all("*.log"), logs);
    assert.deepEqual(all("%.log"), logs);
    assert.deepEqual(all("?.log"), ["a.log", "b.log"]);
    assert.deepEqual(all("_.log"), ["a.log", "b.log"]);
    assert.deepEqual(all("d[1].log"), ["d[1].log"]);
    assert.deepEqual(all("c.json"), ["c.json"]);
    assert.deepEqual(all("nothing"), []);
    assert.equal(s.listFiles(run.id, { pattern: "*.log", first: 0 }).totalCount, 5);
  }),
);

Deno.test(
  "appendEvents sets systemMetrics to the latest events row; a resent older chunk keeps it",
  withStore((s) => {
    const { run } = s.upsertRun("me", "p", "r");
    assert.equal(s.getRunById(run.id)?.systemMetrics, "{}");
    const row = (i: number) => `{"system.cpu":${i},"_runtime":${i},"_wandb":true}`;
    s.appendEvents(run.id, 0, [row(0), row(1)]);
    assert.equal(s.getRunById(run.id)?.systemMetrics, row(1));
    s.appendEvents(run.id, 2, [row(2)]);
    assert.equal(s.getRunById(run.id)?.systemMetrics, row(2));
    s.appendEvents(run.id, 0, [row(0), row(1)]); // resent
    assert.equal(s.getRunById(run.id)?.systemMetrics, row(2));
    s.appendEvents(run.id, 3, []);
    assert.equal(s.getRunById(run.id)?.systemMetrics, row(2));
    s.appendEvents(run.id, 2, [row(20)]); // the last line resent with new content
    assert.equal(s.getRunById(run.id)?.systemMetrics, row(20));
    assert.equal(s.getRunById(run.id)?.eventsLineCount, 3);

    const other = s.upsertRun("me", "p", "r2").run;
    s.appendEvents(other.id, 0, [row(5)]);
    const hot = s.listRuns("me", "p", { filters: { "system_metrics.system.cpu": { $gt: 10 } } });
    assert.deepEqual(hot.edges.map((e) => e.node.name), ["r"]);
    const order = s.listRuns("me", "p", { order: "+system_metrics.system.cpu" });
    assert.deepEqual(order.edges.map((e) => e.node.name), ["r2", "r"]);
  }),
);

Deno.test(
  "reserveFile records a file without updatedAt, unlisted until putFile; never undoes a put",
  withStore((s) => {
    const { run } = s.upsertRun("me", "p", "r");
    assert.deepEqual(s.reserveFile(run.id, "a.txt"), {
      name: "a.txt",
      size: null,
      md5: null,
      path: null,
      updatedAt: null,
    });
    assert.equal(s.getFile(run.id, "a.txt")?.updatedAt, null);
    assert.equal(s.listFiles(run.id).totalCount, 0);
    assert.equal(s.listFiles(run.id, { pattern: "*" }).totalCount, 0);
    const put = s.putFile(run.id, { name: "a.txt", size: 5, md5: "m" });
    assert.ok(put.updatedAt);
    assert.deepEqual(s.reserveFile(run.id, "a.txt"), put);
    assert.deepEqual(s.listFiles(run.id).edges.map((e) => e.node), [put]);
  }),
);

Deno.test(
  "entityOwner and ownedEntities: the owner of an entity, the entities of a user",
  withStore((s) => {
    const alice = s.createUser("alice").user;
    const bob = s.createUser("bob").user;
    s.ensureEntity("orphan");
    s.query("INSERT INTO entities (name, owner, created_at) VALUES ('team', ?, 'now')", alice.id);
    assert.equal(s.entityOwner("alice"), alice.id);
    assert.equal(s.entityOwner("team"), alice.id);
    assert.equal(s.entityOwner("bob"), bob.id);
    assert.equal(s.entityOwner("orphan"), undefined);
    assert.equal(s.entityOwner("nobody"), undefined);
    assert.deepEqual(s.ownedEntities(alice.id), ["alice", "team"]);
    assert.deepEqual(s.ownedEntities(bob.id), ["bob"]);
  }),
);

Deno.test(
  "upsertRun of an existing run with no fields writes nothing (updatedAt stays)",
  withStore((s) => {
    const first = s.upsertRun("me", "p", "r1");
    assert.equal(first.inserted, true);
    const again = s.upsertRun("me", "p", "r1", { notes: null, tags: undefined });
    assert.equal(again.inserted, false);
    assert.deepEqual(again.run, first.run);
    assert.notEqual(
      s.upsertRun("me", "p", "r1", { notes: "n" }).run.updatedAt,
      first.run.updatedAt,
    );
  }),
);

Deno.test(
  "historyRows and events spread to samples like history: first and last kept, evenly",
  withStore((s) => {
    const { run } = s.upsertRun("me", "p", "r");
    const rows = Array.from({ length: 11 }, (_, i) => `{"_step":${i}}`);
    s.appendHistory(run.id, 0, rows);
    s.appendEvents(run.id, 0, rows);
    const steps = (texts: string[]) => texts.map((t) => JSON.parse(t)._step);
    assert.deepEqual(steps(s.historyRows(run.id, { samples: 3 })), [0, 5, 10]);
    assert.deepEqual(steps(s.events(run.id, { samples: 3 })), [0, 5, 10]);
    assert.deepEqual(s.history(run.id, { samples: 3 }).map((r) => r._step), [0, 5, 10]);
    assert.deepEqual(steps(s.historyRows(run.id, { samples: 1 })), [0]);
    assert.deepEqual(s.events(run.id, { samples: 0 }), []);
    assert.equal(s.historyRows(run.id, { samples: 50 }).length, 11);
    assert.equal(s.events(run.id).length, 11);
  }),
);
