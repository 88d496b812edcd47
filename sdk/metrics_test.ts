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
  bad("loss", { goal: "up" }, /goal must be "minimize" or "maximize"/);
  bad("loss", { stepMetric: "e*" }, /cannot be a glob/);
});

Deno.test("metricRecord takes summaries as the official client does: any case, none with others", () => {
  assert.deepEqual(metricRecord("loss", { summary: "Min, LAST" }).summary, {
    min: true,
    last: true,
  });
  // The official client takes "none,min" (its core then keeps no summary for the key).
  assert.deepEqual(metricRecord("loss", { summary: "none,min" }).summary, {
    none: true,
    min: true,
  });
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

Deno.test('step sync names keys as W&B: "t.step" is the nested key, "f\\.s" the flat key "f.s"', () => {
  const out = new FrameBuffer(1 << 16);
  const h = new History(out, { startMs: 0, now: () => 1000 });
  h.stepSync = new StepSync();
  h.stepSync.define(metricRecord("z", { stepMetric: "t.step" }));
  h.stepSync.define(metricRecord("w", { stepMetric: "f\\.s" }));
  h.stepSync.define(metricRecord("a.b", { stepMetric: "t.step" })); // the nested a.b only
  h.log({ t: { step: 10 }, "f.s": 100, "t.step": -1 });
  h.log({ z: 1, w: 2 });
  h.log({ "a.b": 3 }); // flat: not the metric "a.b"
  h.log({ a: { b: 4 } });
  const batch = out.take();
  const rows = [...readFrames(new Uint8Array(batch.buffer, 0, batch.length))].map((f) =>
    Object.fromEntries(
      decodeRecord(f).history!.item!
        .map((i) => [i.nestedKey?.length ? i.nestedKey.join("|") : i.key!, i.valueJson!] as const)
        .filter(([k]) => !k.startsWith("_"))
        .map(([k, v]) => [k, JSON.parse(v)]),
    )
  );
  assert.deepEqual(rows.slice(1), [
    { z: 1, w: 2, "t|step": 10, "f.s": 100 },
    { "a.b": 3 },
    { "a|b": 4, "t|step": 10 },
  ]);
});
