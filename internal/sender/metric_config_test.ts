import assert from "node:assert/strict";
import { MetricsConfig } from "./metric_config.ts";
import { metricRecord } from "../../sdk/metrics.ts";

Deno.test("_wandb.m: W&B's compact form, as the official client sent it for the same definitions", () => {
  // The official client 0.30, for define_metric("epoch"), ("val/*", step_metric="epoch",
  // summary="max") and ("loss", summary="min,last"), sent (captured by the compat suite):
  // [{"1":"epoch","6":[3],"7":[]},{"1":"loss","6":[3],"7":[1,5]},{"5":1,"6":[1,3],"7":[2],"1":"val/acc"}]
  const m = new MetricsConfig();
  m.define(metricRecord("epoch"));
  m.define(metricRecord("val/*", { stepMetric: "epoch", summary: "max" }));
  m.define(metricRecord("loss", { summary: "min,last" }));
  assert.equal(m.hasGlobs, true);
  assert.deepEqual(m.observe(["loss", "val/acc", "_step", "epoch"]).map((e) => e.name), [
    "val/acc",
  ]);
  assert.deepEqual(m.observe(["val/acc"]), [], "listed once");
  assert.deepEqual(m.list, [
    { "1": "epoch", "6": [3], "7": [] },
    { "1": "loss", "6": [3], "7": [1, 5] },
    { "1": "val/acc", "5": 1, "6": [1, 3], "7": [2] },
  ]);
});

Deno.test("_wandb.m: an undefined step metric gets its own entry; goal and redefinition", () => {
  const m = new MetricsConfig();
  m.define(metricRecord("acc", { stepMetric: "batch", summary: "best", goal: "maximize" }));
  m.define(
    metricRecord("acc", { stepMetric: "batch", summary: "best", goal: "maximize", hidden: true }),
  );
  assert.deepEqual(m.list, [
    { "1": "batch", "6": [], "7": [] },
    { "1": "acc", "5": 1, "6": [1, 2, 3], "7": [4], "8": 2 },
  ]);
});
