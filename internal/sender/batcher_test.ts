import assert from "node:assert/strict";
import { FILE_STREAM_POLICY } from "../../net/mod.ts";
import { Batcher } from "./batcher.ts";

function batcher(options: { heartbeatSeconds?: number; transmitIntervalSeconds?: number } = {}) {
  return new Batcher({
    fileStream: { url: "", policy: FILE_STREAM_POLICY, timeoutMs: 1000 },
    ...options,
  });
}

Deno.test({
  name: "Batcher.rateMs() follows W&B's schedule: 2 s, then 10 s after a minute, 30 s after five",
  permissions: "none",
  fn() {
    const b = batcher();
    assert.equal(b.rateMs(b.startMs, false), 2000);
    assert.equal(b.rateMs(b.startMs + 61_000, false), 10_000);
    assert.equal(b.rateMs(b.startMs + 301_000, false), 30_000);
    assert.equal(b.rateMs(b.startMs + 301_000, true), 0, "no wait once the log is closed");
    assert.equal(batcher({ transmitIntervalSeconds: 7 }).rateMs(b.startMs, false), 7000);
  },
});

Deno.test({
  name:
    "Batcher: an empty batch is a heartbeat once a period passed; limits.heartbeat_seconds sets it",
  permissions: "none",
  fn() {
    const b = batcher({ heartbeatSeconds: 30 });
    assert.equal(b.heartbeatDue(b.startMs + 29_000), false);
    assert.equal(b.heartbeatDue(b.startMs + 30_000), true);
    b.acknowledged({ limits: { heartbeat_seconds: 60 } });
    assert.equal(b.heartbeatMs, 60_000);
    assert.equal(b.heartbeatDue(b.lastPost + 59_000), false);
    assert.equal(b.untilPost(b.lastPost, false), 60_000, "an empty batch waits a heartbeat");
  },
});

Deno.test({
  name: "Batcher: a summary record is taken into the next batch once; stats become an events row",
  permissions: "none",
  fn() {
    const b = batcher();
    b.onSummary({ update: [{ key: "loss", valueJson: "0.5" }] });
    assert.equal(b.takeSummary(), true);
    assert.equal(b.fs.batch.summary, '{"loss":0.5}');
    b.fs.batch.summary = undefined;
    assert.equal(b.takeSummary(), true);
    assert.equal(b.fs.batch.summary, undefined, "taken once");
    b.onStats({ timestamp: { seconds: 110 }, item: [{ key: "cpu", valueJson: "3" }] }, 100);
    assert.equal(b.fs.batch.events.count, 1);
    assert.equal(b.state().summary.loss, 0.5);
  },
});
