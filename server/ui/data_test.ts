import assert from "node:assert/strict";
import {
  flattenConfig,
  flattenSummary,
  formatValue,
  historySeries,
  sampleIndices,
  systemSeries,
} from "./data.ts";

Deno.test("flattenConfig unwraps {value, desc}, dots nested keys, hides _wandb, sorts", () => {
  const flat = flattenConfig(
    JSON.stringify({
      opt: { value: { lr: 0.1, beta: [0.9, 0.99] }, desc: null },
      batch: { value: 32, desc: null },
      _wandb: { value: { cli_version: "x" } },
    }),
  );
  assert.deepEqual([...flat], [["batch", 32], ["opt.beta", [0.9, 0.99]], ["opt.lr", 0.1]]);
  assert.equal(flattenConfig("not json").size, 0);
});

Deno.test("flattenSummary reads NaN, keeps media whole, hides _ keys unless asked", () => {
  const text = '{"loss":NaN,"img":{"_type":"image-file","path":"a.png"},"_step":4,"_wandb":{}}';
  const s = flattenSummary(text);
  assert.ok(Number.isNaN(s.get("loss")));
  assert.equal(formatValue(s.get("img")), "[image-file]");
  assert.ok(!s.has("_step"));
  const all = flattenSummary(text, { hidden: true });
  assert.equal(all.get("_step"), 4);
  assert.ok(!all.has("_wandb"));
});

Deno.test("formatValue rounds to 6 significant digits and cuts long JSON", () => {
  assert.equal(formatValue(1 / 3), "0.333333");
  assert.equal(formatValue(12), "12");
  assert.equal(formatValue(-Infinity), "-Infinity");
  assert.equal(formatValue(true), "true");
  assert.equal(formatValue(undefined), "");
  assert.equal(formatValue("x".repeat(300)).length, 300, "strings are not cut");
  assert.equal(formatValue(["y".repeat(300)]).length, 200);
});

Deno.test("historySeries: one series per numeric metric against _step, NaN as a gap", () => {
  const rows = [
    { step: 0, row: '{"_step":0,"loss":1.5,"acc":0.1,"name":"a"}' },
    { step: 1, row: '{"_step":1,"loss":NaN}' },
    { step: 2, row: '{"_step":2,"loss":0.5,"val":{"loss":0.7}}' },
  ];
  const s = historySeries(rows);
  assert.deepEqual(s.map((x) => x.key), ["acc", "loss", "val.loss"]);
  const loss = s.find((x) => x.key === "loss")!;
  assert.deepEqual(loss.x, [0, 1, 2]);
  assert.deepEqual(loss.y, [1.5, null, 0.5]);
});

Deno.test("historySeries thins long series evenly, keeping first and last", () => {
  const rows = Array.from(
    { length: 1000 },
    (_, i) => ({ step: i, row: `{"_step":${i},"m":${i}}` }),
  );
  const [m] = historySeries(rows, 11);
  assert.equal(m!.x.length, 11);
  assert.equal(m!.x[0], 0);
  assert.equal(m!.x[10], 999);
  assert.deepEqual(sampleIndices(3, 10), [0, 1, 2]);
});

Deno.test("systemSeries plots system.* keys against _runtime or seconds since first _timestamp", () => {
  const byRuntime = systemSeries([
    '{"_runtime":2,"_timestamp":100,"system.cpu":10,"other":1}',
    '{"_runtime":4,"_timestamp":102,"system.cpu":20,"system.memory":50}',
  ]);
  assert.deepEqual(byRuntime.map((s) => s.key), ["system.cpu", "system.memory"]);
  assert.deepEqual(byRuntime[0]!.x, [2, 4]);
  const byTime = systemSeries([
    '{"_timestamp":100,"system.gpu.0.gpu":5}',
    '{"_timestamp":130.5,"system.gpu.0.gpu":6}',
  ]);
  assert.deepEqual(byTime[0]!.x, [0, 30.5]);
});
