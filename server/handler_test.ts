import assert from "node:assert/strict";
import { Store } from "./store/mod.ts";
import { createHandler } from "./handler.ts";

function setup() {
  const store = Store.open(":memory:");
  const alice = store.createUser("alice");
  const bob = store.createUser("bob");
  const handle = createHandler({ store, maxBodyBytes: 64 * 1024 });
  const auth = (key: string) => ({ authorization: `Basic ${btoa(`api:${key}`)}` });
  const post = (path: string, body: unknown, key = alice.apiKey) =>
    handle(
      new Request(`http://local${path}`, {
        method: "POST",
        headers: auth(key),
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
    );
  return { store, alice, bob, handle, post, auth };
}

const FS = "/files/alice/proj/run1/file_stream";

Deno.test("GET /healthz answers 200 without a key; unknown routes 404 with a JSON error", async () => {
  const { store, handle } = setup();
  try {
    assert.equal((await handle(new Request("http://local/healthz"))).status, 200);
    const res = await handle(new Request("http://local/nope"));
    assert.equal(res.status, 404);
    assert.match((await res.json()).errors[0].message, /No route/);
  } finally {
    store.close();
  }
});

Deno.test("file_stream rejects a missing key, a wrong key and another user's entity, naming no key", async () => {
  const { store, handle, post, bob } = setup();
  try {
    const none = await handle(new Request(`http://local${FS}`, { method: "POST", body: "{}" }));
    assert.equal(none.status, 401);
    assert.match((await none.json()).errors[0].message, /Missing API key/);
    const wrong = await post(FS, {}, "0".repeat(40));
    assert.equal(wrong.status, 401);
    const body = await wrong.text();
    assert.ok(!body.includes("0".repeat(40)), "the key is never echoed");
    const other = await post(FS, {}, bob.apiKey);
    assert.equal(other.status, 403);
    await other.body?.cancel();
    assert.equal(store.getRun("alice", "proj", "run1"), undefined, "nothing was written");
  } finally {
    store.close();
  }
});

Deno.test("file_stream stores history by step: a resent chunk overwrites, out-of-order chunks fill in", async () => {
  const { store, post } = setup();
  try {
    const rows = (from: number, n: number) =>
      Array.from(
        { length: n },
        (_, i) => JSON.stringify({ _step: from + i, loss: 1 / (from + i + 1) }),
      );
    for (
      const [offset, content] of [[0, rows(0, 3)], [0, rows(0, 3)], [5, rows(5, 2)], [
        3,
        rows(3, 2),
      ]] as const
    ) {
      const res = await post(FS, { files: { "wandb-history.jsonl": { offset, content } } });
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { exitcode: null, limits: {} });
    }
    const run = store.getRun("alice", "proj", "run1")!;
    const steps = [...store.scanHistory(run.id)].map((r) => r.step);
    assert.deepEqual(steps, [0, 1, 2, 3, 4, 5, 6]);
    assert.equal(run.state, "running");
  } finally {
    store.close();
  }
});

Deno.test("file_stream: summary replaces, events and console keep order, NaN survives", async () => {
  const { store, post } = setup();
  try {
    await post(FS, {
      files: {
        "wandb-summary.json": { offset: 0, content: ['{"loss": 0.5}'] },
        "wandb-events.jsonl": { offset: 0, content: ['{"system.cpu": 1}', '{"system.cpu": 2}'] },
        "output.log": {
          offset: 0,
          content: ["2026-11-23T10:00:00 a\n", "ERROR 2026-11-23T10:00:01 b\n"],
        },
      },
    });
    await post(FS, {
      files: {
        "wandb-summary.json": { offset: 0, content: ['{"loss": NaN, "acc": 1}'] },
        "output.log": { offset: 1, content: ["2026-11-23T10:00:02 c\n"] },
      },
    });
    const run = store.getRun("alice", "proj", "run1")!;
    assert.equal(run.summary, '{"loss": NaN, "acc": 1}');
    assert.deepEqual(store.events(run.id), ['{"system.cpu": 1}', '{"system.cpu": 2}']);
    assert.equal(store.output(run.id).length, 2);
    assert.equal(run.logLineCount, 2);
  } finally {
    store.close();
  }
});

Deno.test("file_stream: complete sets finished or failed with the exit code; preempting is recorded", async () => {
  const { store, post } = setup();
  try {
    await post(FS, { preempting: true, complete: false });
    assert.equal(store.getRun("alice", "proj", "run1")!.state, "preempting");
    await post(FS, { complete: true, exitcode: 0 });
    assert.equal(store.getRun("alice", "proj", "run1")!.state, "finished");
    await post("/files/alice/proj/run2/file_stream", { complete: true, exitcode: 3 });
    const r2 = store.getRun("alice", "proj", "run2")!;
    assert.equal(r2.state, "failed");
    assert.equal(r2.exitcode, 3);
  } finally {
    store.close();
  }
});

Deno.test("file_stream: bad JSON, bad fields and oversize bodies get 4xx errors naming what was wrong", async () => {
  const { store, post } = setup();
  try {
    const cases: Array<[unknown, number, RegExp]> = [
      ["{nope", 400, /not JSON/],
      [
        { files: { "wandb-history.jsonl": { offset: -1, content: [] } } },
        400,
        /files\.wandb-history\.jsonl\.offset/,
      ],
      [
        { files: { "wandb-history.jsonl": { offset: 0, content: [1] } } },
        400,
        /content" must be a list of strings/,
      ],
      [{ files: { "wandb-history.jsonl": { offset: 0, content: ["{bad json"] } } }, 400, /./],
      ["x".repeat(70 * 1024), 413, /over 65536 bytes/],
    ];
    for (const [body, status, message] of cases) {
      const res = await post(FS, body);
      assert.equal(res.status, status, String(body).slice(0, 40));
      assert.match((await res.json()).errors[0].message, message);
    }
  } finally {
    store.close();
  }
});

Deno.test({
  name: "the handler serves file_stream over a real loopback listener",
  permissions: { net: ["127.0.0.1"] },
  async fn() {
    const { store, alice } = setup();
    const ac = new AbortController();
    const server = Deno.serve(
      { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen() {} },
      createHandler({ store }),
    );
    try {
      const res = await fetch(`http://127.0.0.1:${server.addr.port}${FS}`, {
        method: "POST",
        headers: { authorization: `Basic ${btoa(`api:${alice.apiKey}`)}` },
        body: JSON.stringify({
          files: { "wandb-history.jsonl": { offset: 0, content: ['{"_step": 0, "x": 1}'] } },
        }),
      });
      assert.equal(res.status, 200);
      await res.body?.cancel();
      assert.equal(store.getRun("alice", "proj", "run1")!.historyLineCount, 1);
    } finally {
      ac.abort();
      await server.finished;
      store.close();
    }
  },
});
