import assert from "node:assert/strict";
import { MetricError, metricRecord, StepSync } from "./metrics.ts";
import { FrameBuffer, readFrames } from "../proto/frames.ts";
import { decodeRecord } from "../proto/mod.ts";
import { History } from "./history.ts";

Deno.test("metricRecord builds W&B's MetricRecord", () => {
  assert.deepEqual(metricRecord("val/loss", { summary: "min" }), {
    name: "val/loss",
    options: { defined: true },
    summary: { min: true },
  });
  assert.deepEqual(
    metricRecord("val/*", { stepMetric: "epoch", summary: ["max", "last"], hidden: true }),
    {
      globName: "val/*",
      stepMetric: "epoch",
      options: { defined: true, stepSync: true, hidden: true },
      summary: { max: true, last: true },
    },
  );
  const r = metricRecord("score", {
    summary: "best",
    goal: "maximize",
    stepMetric: "e",
    stepSync: false,
  });
  assert.equal(r.goal, 2);
  assert.equal(r.options!.stepSync, false);
});

Deno.test("metricRecord refuses bad arguments, naming them", () => {
  const bad = (name: string, options: Record<string, unknown>, re: RegExp) =>
    assert.throws(
      () => metricRecord(name, options),
      (e: Error) => e instanceof MetricError && re.test(e.message),
    );
  bad("", {}, /non-empty string/);
  bad("a*b", {}, /only a trailing "\*"/);
  bad("loss", { summary: "minimum" }, /summary has "minimum"; use min, max/);
  bad("loss", { summary: "none,min" }, /"none" cannot go with others/);
  bad("loss", { goal: "up" }, /goal must be "minimize" or "maximize"/);
  bad("loss", { stepMetric: "e*" }, /cannot be a glob/);
});

Deno.test("StepSync: exact names win over globs, the longest glob wins, no self-sync", () => {
  const s = new StepSync();
  assert.equal(s.empty, true);
  s.define(metricRecord("*", { stepMetric: "global" }));
  s.define(metricRecord("val/*", { stepMetric: "epoch" }));
  s.define(metricRecord("val/raw", { stepMetric: "epoch", stepSync: false }));
  assert.equal(s.empty, false);
  assert.equal(s.stepFor("val/acc"), "epoch");
  assert.equal(s.stepFor("val/raw"), null);
  assert.equal(s.stepFor("train"), "global");
  assert.equal(s.stepFor("global"), null);
  assert.equal(s.stepFor("_step"), null);
});

Deno.test("history rows get the last value of their synced step metric when they lack it", () => {
  const out = new FrameBuffer(1 << 16);
  const h = new History(out, { startMs: 0, now: () => 1000 });
  h.stepSync = new StepSync();
  h.stepSync.define(metricRecord("val/*", { stepMetric: "epoch" }));
  h.log({ "val/acc": 0.1 }); // no epoch yet: nothing to sync
  h.log({ epoch: 1 });
  h.log({ "val/acc": 0.2 });
  h.log({ "val/acc": 0.3, epoch: 5 }); // given explicitly: kept
  h.log({ train: 1 }); // not a synced key
  const batch = out.take();
  const rows = [...readFrames(new Uint8Array(batch.buffer, 0, batch.length))].map((f) =>
    Object.fromEntries(decodeRecord(f).history!.item!.map((i) => [i.key, JSON.parse(i.valueJson!)]))
  );
  assert.deepEqual(rows.map((r) => r.epoch), [undefined, 1, 1, 5, undefined]);
});
