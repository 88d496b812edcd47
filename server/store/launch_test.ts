// The Launch family of the store: pops are atomic across connections (processes popping the
// same database file at once never share an item and lose none), priorities and validation.
import assert from "node:assert/strict";
import { Store, StoreError } from "./mod.ts";

const STORE_URL = new URL("./mod.ts", import.meta.url).href;

Deno.test("processes popping one queue at once never share an item and lose none", async () => {
  const dir = await Deno.makeTempDir({ prefix: "launch-pop-" });
  try {
    const s = Store.open(dir);
    const q = s.launch.createQueue({ entity: "me", project: "p", name: "q", createdBy: null });
    const n = 2000;
    s.transaction(() => {
      for (let i = 0; i < n; i++) s.launch.push(q.id, { spec: JSON.stringify({ i }) });
    });
    s.close();
    await s.closed;
    // Each process opens its own connection and pops until the queue is empty.
    const code = `
      import { Store } from ${JSON.stringify(STORE_URL)};
      const s = Store.open(${JSON.stringify(dir)});
      // A barrier: start popping only once every process has its connection open.
      Deno.writeTextFileSync(${JSON.stringify(dir)} + "/ready-" + Deno.pid, "");
      while ([...Deno.readDirSync(${JSON.stringify(dir)})]
        .filter((e) => e.name.startsWith("ready-")).length < 4) {
        await new Promise((r) => setTimeout(r, 5));
      }
      const got = [];
      for (let item; (item = s.launch.pop(${q.id}, null));) got.push(item.spec.i);
      s.close();
      await s.closed;
      console.log(JSON.stringify(got));`;
    const procs = Array.from({ length: 4 }, () =>
      new Deno.Command(Deno.execPath(), {
        args: ["eval", "--no-config", code],
        stdout: "piped",
        stderr: "piped",
      }).output());
    const outs = await Promise.all(procs);
    const all: number[] = [];
    for (const o of outs) {
      assert.equal(o.code, 0, new TextDecoder().decode(o.stderr));
      all.push(...JSON.parse(new TextDecoder().decode(o.stdout)));
    }
    assert.equal(all.length, n, "every item handed out");
    assert.equal(new Set(all).size, n, "no item handed out twice");
    const check = Store.open(dir);
    assert.equal(check.launch.items(q.id, { first: 1 }).edges[0]?.node.state, "LEASED");
    assert.equal(
      check.query("SELECT count(*) AS n FROM run_queue_items WHERE state = 'PENDING'")[0]!.n,
      0,
    );
    check.close();
    await check.closed;
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a V0 queue hands out the oldest of the highest priority; FIFO when DISABLED", () => {
  const s = Store.open(":memory:");
  const v0 = s.launch.createQueue({
    entity: "me",
    project: "p",
    name: "v0",
    prioritizationMode: "V0",
    createdBy: null,
  });
  const fifo = s.launch.createQueue({ entity: "me", project: "p", name: "fifo", createdBy: null });
  for (const queue of [v0, fifo]) {
    for (const [i, priority] of [[0, 3], [1, 1], [2, 1], [3, undefined]] as const) {
      s.launch.push(queue.id, { spec: JSON.stringify({ i }), priority });
    }
  }
  const drain = (id: number) => {
    const out = [];
    for (let it; (it = s.launch.pop(id, null));) out.push([it.spec.i, it.priority]);
    return out;
  };
  assert.deepEqual(drain(v0.id), [[1, 1], [2, 1], [3, 2], [0, 3]]);
  assert.deepEqual(drain(fifo.id), [[0, 3], [1, 1], [2, 1], [3, 2]]);
  s.close();
});

Deno.test("bad specs, priorities and queue names are StoreErrors and store nothing", () => {
  const s = Store.open(":memory:");
  const q = s.launch.createQueue({ entity: "me", project: "p", name: "q", createdBy: null });
  const bad = (fn: () => unknown, code: string, re: RegExp) =>
    assert.throws(
      fn,
      (e: unknown) => e instanceof StoreError && e.code === code && re.test(e.message),
    );
  bad(
    () => s.launch.push(q.id, { spec: '"text"' }),
    "store/bad-json",
    /runSpec must be a JSON object/,
  );
  bad(() => s.launch.push(q.id, { spec: "{}", priority: 1.5 }), "store/bad-argument", /priority/);
  bad(
    () => s.launch.push(q.id, { spec: "{}", templateVariableValues: "[]" }),
    "store/bad-json",
    /templateVariableValues/,
  );
  bad(
    () => s.launch.createQueue({ entity: "me", project: "p", name: "", createdBy: null }),
    "store/bad-argument",
    /1 to 64/,
  );
  bad(
    () => s.launch.createResourceConfig("me", "kubernetes", "null"),
    "store/bad-json",
    /config must be a JSON object/,
  );
  assert.equal(s.launch.items(q.id).totalCount, 0);
  assert.equal(s.launch.queues(q.projectId).length, 1);
  s.close();
});
