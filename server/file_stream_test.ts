import assert from "node:assert/strict";
import { Store, StoreError } from "./store/mod.ts";
import { handleFileStream } from "./file_stream.ts";
import { HttpError } from "./http_error.ts";

function setup() {
  let t = Date.parse("2026-01-01T00:00:00Z");
  const store = Store.open(":memory:", { now: () => new Date(t += 1000) });
  const { user } = store.createUser("alice");
  const target = { entity: "alice", project: "proj", run: "r1" };
  const post = (body: unknown, now = new Date("2026-02-01T00:00:00Z")) =>
    handleFileStream(store, user, target, JSON.stringify(body), now);
  return { store, user, target, post };
}

const history = (offset: number, steps: number[]) => ({
  "wandb-history.jsonl": { offset, content: steps.map((s) => `{"_step":${s},"x":${s}}`) },
});

Deno.test("file_stream creates the run and its project; every post is a heartbeat at its time", () => {
  const { store, post } = setup();
  try {
    assert.deepEqual(post({ files: history(0, [0, 1]) }), { exitcode: null, limits: {} });
    const run = store.getRun("alice", "proj", "r1")!;
    assert.ok(store.getProject("alice", "proj"));
    assert.equal(run.state, "running");
    assert.equal(run.historyLineCount, 2);
    assert.equal(run.heartbeatAt, "2026-02-01T00:00:00.000Z");
    post({}, new Date("2026-02-01T00:00:30Z"));
    assert.equal(store.getRun("alice", "proj", "r1")!.heartbeatAt, "2026-02-01T00:00:30.000Z");
    store.updateRun(run.id, { state: "crashed" });
    post({ files: history(2, [2]) });
    assert.equal(store.getRun("alice", "proj", "r1")!.state, "running");
    store.updateRun(run.id, { stopped: true });
    assert.deepEqual(post({ complete: true, exitcode: 0 }), {
      exitcode: null,
      limits: {},
      stopped: true,
    });
    const end = store.getRun("alice", "proj", "r1")!;
    assert.equal(end.state, "killed");
    assert.equal(end.exitcode, 0);
    assert.equal(end.historyLineCount, 3);
  } finally {
    store.close();
  }
});

Deno.test("a file_stream post is all or nothing: a bad line leaves the other files unwritten", () => {
  const { store, post } = setup();
  try {
    post({ files: history(0, [0]) });
    const before = store.getRun("alice", "proj", "r1")!;
    assert.throws(
      () =>
        post({
          files: {
            ...history(1, [1]),
            "output.log": { offset: 0, content: ["hello"] },
            "wandb-events.jsonl": { offset: 0, content: ["{not json"] },
          },
        }, new Date("2026-03-01T00:00:00Z")),
      (e: unknown) => e instanceof StoreError && e.code === "store/bad-json",
    );
    assert.deepEqual(store.getRun("alice", "proj", "r1"), before);
    assert.equal(store.historyRows(before.id).length, 1);
    assert.deepEqual(store.output(before.id), []);
  } finally {
    store.close();
  }
});

Deno.test("file_stream refuses another user's entity before writing anything", () => {
  const { store } = setup();
  try {
    const bob = store.createUser("bob").user;
    assert.throws(
      () => handleFileStream(store, bob, { entity: "alice", project: "p", run: "r" }, "{}"),
      (e: unknown) => e instanceof HttpError && e.status === 403,
    );
    assert.equal(store.getProject("alice", "p"), undefined);
  } finally {
    store.close();
  }
});
