import assert from "node:assert/strict";
import { ApiError } from "./errors.ts";
import { toColumns } from "./history.ts";
import { type TestServer, withServer } from "./_test_server.ts";

function row(i: number): string {
  return JSON.stringify({
    _step: i,
    _runtime: i / 10,
    loss: 1 / (i + 1),
    ...(i % 2 === 0 ? { acc: i / 1000 } : {}),
  });
}

/** A run logged over file_stream: `n` history rows (acc on even steps) and 5 events rows. */
async function loggedRun(t: TestServer, name: string, n: number): Promise<void> {
  await t.upsertRun("demo", name, {});
  for (let off = 0; off < n; off += 250) {
    const content = Array.from({ length: Math.min(250, n - off) }, (_, i) => row(off + i));
    await t.fileStream("demo", name, {
      files: { "wandb-history.jsonl": { offset: off, content } },
    });
  }
  await t.fileStream("demo", name, {
    files: {
      "wandb-events.jsonl": {
        offset: 0,
        content: [0, 1, 2, 3, 4].map((i) => `{"system.cpu":${i},"_wandb":true,"_runtime":${i}}`),
      },
    },
  });
}

/** Seeds `n` history rows straight into the store (fast, for big scans). */
function seedHistory(t: TestServer, name: string, steps: Iterable<number>): void {
  const { run } = t.store.upsertRun("alice", "demo", name, {});
  let batch: string[] = [];
  let off = 0;
  for (const s of steps) {
    batch.push(row(s));
    if (batch.length === 10_000) {
      t.store.appendHistory(run.id, off, batch);
      off += batch.length;
      batch = [];
    }
  }
  if (batch.length) t.store.appendHistory(run.id, off, batch);
}

Deno.test("run.history() samples rows evenly, keeping the first and last, within its bounds", async () => {
  await withServer(async (t) => {
    await loggedRun(t, "h", 1000);
    const run = await t.api().run("alice/demo/h");
    const dflt = await run.history();
    assert.equal(dflt.length, 500, "500 samples by default");
    const ten = await run.history({ samples: 10 });
    const steps = ten.map((r) => r._step as number);
    assert.equal(steps.length, 10);
    assert.equal(steps[0], 0);
    assert.equal(steps[9], 999);
    assert.ok(steps.every((s, i) => i === 0 || s > steps[i - 1]!), "in step order");
    assert.equal(ten[1]!.loss, 1 / (steps[1]! + 1), "rows are whole");
    assert.equal((await run.history({ samples: 5000 })).length, 1000, "never more than exist");
    assert.equal((await run.history({ samples: 1 })).length, 1);
  });
});

Deno.test("run.history({ keys }) returns only rows with every key, projected to xAxis and the keys", async () => {
  await withServer(async (t) => {
    await loggedRun(t, "k", 1000);
    const run = await t.api().run("alice/demo/k");
    const rows = await run.history({ keys: ["acc"], samples: 50 });
    assert.equal(rows.length, 50);
    for (const r of rows) {
      assert.deepEqual(Object.keys(r).sort(), ["_step", "acc"]);
      assert.equal((r._step as number) % 2, 0);
    }
    assert.equal(rows.at(-1)!._step, 998);
    const byTime = await run.history({ keys: ["loss"], xAxis: "_runtime", samples: 3 });
    assert.deepEqual(byTime.map((r) => Object.keys(r).sort()), [
      ["_runtime", "loss"],
      ["_runtime", "loss"],
      ["_runtime", "loss"],
    ]);
    assert.deepEqual(await run.history({ keys: ["nope"] }), []);
    const cols = await run.historyColumns({ keys: ["acc"], samples: 3 });
    assert.deepEqual(cols, { _step: [0, 500, 998], acc: [0, 0.5, 0.998] });
  });
});

Deno.test("run.history({ stream: 'system' }) reads the system-metrics rows", async () => {
  await withServer(async (t) => {
    await loggedRun(t, "sys", 10);
    const run = await t.api().run("alice/demo/sys");
    const rows = await run.history({ stream: "system" });
    assert.deepEqual(rows.map((r) => r["system.cpu"]), [0, 1, 2, 3, 4]);
    assert.equal((await run.history({ stream: "system", samples: 2 })).length, 2);
  });
});

Deno.test("run.history() rejects bad options before asking the server", async () => {
  await withServer(async (t) => {
    await loggedRun(t, "bad", 3);
    const run = await t.api().run("alice/demo/bad");
    const bad = (p: Promise<unknown>, re: RegExp) =>
      assert.rejects(p, (e: unknown) => {
        assert.ok(e instanceof ApiError && e.code === "api/bad-argument", String(e));
        assert.match(e.message, re);
        return true;
      });
    await bad(run.history({ keys: ["loss"], stream: "system" }), /default stream/);
    await bad(run.history({ samples: 0 }), /samples/);
    await bad(run.history({ stream: "x" as "system" }), /stream/);
    await bad(run.history({ keys: "loss" as unknown as string[] }), /list of strings/);
    assert.throws(() => run.scanHistory({ pageSize: 0 }), ApiError);
    assert.throws(() => run.scanHistory({ minStep: -1 }), ApiError);
    assert.throws(() => run.scanHistory({ prefetch: 0 }), ApiError);
  });
});

Deno.test("run.scanHistory() reads 100k rows in pages of steps, in order, none twice", async () => {
  await withServer(async (t) => {
    seedHistory(t, "big", Array.from({ length: 100_000 }, (_, i) => i));
    const run = await t.api().run("alice/demo/big");
    assert.equal(run.lastHistoryStep, 99_999);
    let n = 0;
    let prev = -1;
    for await (const r of run.scanHistory()) {
      const s = r._step as number;
      assert.equal(s, prev + 1);
      prev = s;
      n++;
    }
    assert.equal(n, 100_000);
    let pages = 0;
    for await (const page of run.scanHistory({ pageSize: 7000, prefetch: 1 }).pages()) {
      pages++;
      assert.ok(page.length <= 7000);
    }
    assert.equal(pages, Math.ceil(100_000 / 7000));
  });
});

Deno.test("run.scanHistory() honours minStep/maxStep (exclusive, clamped) and keys", async () => {
  await withServer(async (t) => {
    seedHistory(t, "r", Array.from({ length: 5000 }, (_, i) => i));
    const run = await t.api().run("alice/demo/r");
    const steps = async (o: Parameters<typeof run.scanHistory>[0]) => {
      const out: number[] = [];
      for await (const r of run.scanHistory(o)) out.push(r._step as number);
      return out;
    };
    const mid = await steps({ minStep: 500, maxStep: 1500, pageSize: 300 });
    assert.equal(mid.length, 1000);
    assert.equal(mid[0], 500);
    assert.equal(mid.at(-1), 1499);
    const tail = await steps({ minStep: 4990, maxStep: 1_000_000 });
    assert.deepEqual(tail, [4990, 4991, 4992, 4993, 4994, 4995, 4996, 4997, 4998, 4999]);
    assert.deepEqual(await steps({ minStep: 6000 }), []);
    const accRows: Record<string, unknown>[] = [];
    for await (const r of run.scanHistory({ keys: ["acc"], pageSize: 1000, maxStep: 2000 })) {
      accRows.push(r);
    }
    assert.equal(accRows.length, 1000);
    assert.deepEqual(Object.keys(accRows[0]!), ["acc"]);
    const cols = await run.scanHistory({ minStep: 0, maxStep: 3 }).columns();
    assert.deepEqual(cols._step, [0, 1, 2]);
    assert.deepEqual(cols.acc, [0, null, 0.002]);
  });
});

Deno.test("run.scanHistory() skips step gaps, handles a run without history, and stops cleanly early", async () => {
  await withServer(async (t) => {
    seedHistory(t, "gaps", [0, 5000, 9999]);
    t.store.upsertRun("alice", "demo", "none", {});
    const api = t.api();
    const gaps = await api.run("alice/demo/gaps");
    const seen: number[] = [];
    for await (const r of gaps.scanHistory({ pageSize: 1000 })) seen.push(r._step as number);
    assert.deepEqual(seen, [0, 5000, 9999]);
    const none = await api.run("alice/demo/none");
    assert.equal(none.lastHistoryStep, -1);
    for await (const _ of none.scanHistory()) assert.fail("no rows expected");
    seedHistory(t, "early", Array.from({ length: 3000 }, (_, i) => i));
    let k = 0;
    // Breaking out waits for the prefetched page, so nothing is left in flight (op sanitizer).
    for await (const _ of (await api.run("alice/demo/early")).scanHistory({ pageSize: 100 })) {
      if (++k === 150) break;
    }
    assert.equal(k, 150);
  });
});

Deno.test("run.scanHistory() on a deleted run fails with api/not-found", async () => {
  await withServer(async (t) => {
    seedHistory(t, "gone", [0, 1]);
    const run = await t.api().run("alice/demo/gone");
    t.store.deleteRun(t.store.getRun("alice", "demo", "gone")!.id);
    await assert.rejects(
      Array.fromAsync(run.scanHistory()),
      (e: unknown) => e instanceof ApiError && e.code === "api/not-found",
    );
    await assert.rejects(
      run.history(),
      (e: unknown) => e instanceof ApiError && e.code === "api/not-found",
    );
  });
});

Deno.test("toColumns() keeps the row order and fills missing keys with null", () => {
  const rows = [{ _step: 0, a: 1 }, { _step: 1, b: "x" }, { _step: 2, a: 3, b: null }];
  assert.deepEqual(toColumns(rows), { _step: [0, 1, 2], a: [1, null, 3], b: [null, "x", null] });
  assert.deepEqual(toColumns(rows, ["a", "zz"]), { a: [1, null, 3], zz: [null, null, null] });
  assert.deepEqual(toColumns([]), {});
});
