import assert from "node:assert/strict";
import { MetricSummaries } from "./metric_summaries.ts";

const row = (values: Record<string, unknown>) => ({
  item: Object.entries(values).map(([k, v]) =>
    k.includes(".")
      ? { nestedKey: k.split("."), valueJson: JSON.stringify(v) }
      : { key: k, valueJson: JSON.stringify(v) }
  ),
});

function summary(m: MetricSummaries) {
  const rec = m.summaryRecord();
  if (!rec) return undefined;
  return {
    update: Object.fromEntries(
      (rec.update ?? []).map((u) => [u.key ?? u.nestedKey!.join("."), JSON.parse(u.valueJson!)]),
    ),
    remove: (rec.remove ?? []).map((u) => u.key ?? u.nestedKey!.join(".")),
  };
}

Deno.test("metric summaries: min, max, mean, first, last, best by goal, none", () => {
  const m = new MetricSummaries();
  assert.equal(m.active, false);
  m.define({ name: "loss", summary: { min: true, last: true } });
  m.define({ name: "acc", summary: { max: true, mean: true, first: true } });
  m.define({ name: "score", summary: { best: true }, goal: 2 });
  m.define({ name: "err", summary: { best: true } }); // goal unset: lower is better
  m.define({ name: "noisy", summary: { none: true } });
  m.define({ name: "plain" }); // no summary: left to the consolidated summary
  assert.equal(m.active, true);
  for (const [i, loss] of [0.5, 0.2, 0.4].entries()) {
    m.observe(
      row({ loss, acc: i / 2, score: [3, 7, 5][i], err: [3, 7, 5][i], noisy: i, plain: i }),
    );
  }
  assert.deepEqual(summary(m), {
    update: {
      loss: { min: 0.2, last: 0.4 },
      acc: { max: 1, mean: 0.5, first: 0 },
      score: { best: 7 },
      err: { best: 3 },
    },
    remove: ["noisy"],
  });
});

Deno.test("metric summaries: globs, the longest wins, an exact name wins, _ keys are skipped", () => {
  const m = new MetricSummaries();
  m.define({ globName: "*", summary: { max: true } });
  m.define({ globName: "val/*", summary: { min: true } });
  m.define({ name: "val/special", summary: { last: true } });
  m.observe(row({ "val/loss": 2, "val/special": 9, train: 4, _step: 1, "nested.x": 5 }));
  m.observe(row({ "val/loss": 1, "val/special": 8, train: 6, _step: 2 }));
  assert.deepEqual(summary(m)!.update, {
    "val/loss": { min: 1 },
    "val/special": { last: 8 },
    train: { max: 6 },
    "nested.x": { max: 5 },
  });
  // Nested keys keep their path.
  assert.deepEqual(
    m.summaryRecord()!.update!.find((u) => u.nestedKey)!.nestedKey,
    ["nested", "x"],
  );
});

Deno.test("metric summaries: strings and NaN do not count toward min/max; no metrics, no record", () => {
  const m = new MetricSummaries();
  assert.equal(m.summaryRecord(), undefined);
  m.define({ name: "x", summary: { min: true, last: true } });
  m.observe({ item: [{ key: "x", valueJson: "NaN" }] });
  m.observe({ item: [{ key: "x", valueJson: '"text"' }] });
  assert.deepEqual(summary(m)!.update, { x: { last: "text" } });
  m.observe({ item: [{ key: "x", valueJson: "3" }] });
  assert.deepEqual(summary(m)!.update, { x: { min: 3, last: 3 } });
});

Deno.test('metric summaries: names as W&B\'s, "a.b" the nested key and "a\\.b" the flat one', () => {
  const m = new MetricSummaries();
  m.define({ name: "a.b", summary: { min: true } });
  m.define({ name: "c\\.d", summary: { max: true } });
  m.define({ globName: "g.*", summary: { min: true } });
  for (const i of [0, 1, 2]) {
    m.observe({
      item: [
        { nestedKey: ["a", "b"], valueJson: String(5 - i) },
        { key: "a.b", valueJson: String(10 + i) },
        { key: "c.d", valueJson: String(i) },
        { nestedKey: ["g", "y"], valueJson: String(i) },
        { key: "g.x", valueJson: String(i) },
      ],
    });
  }
  const items = m.summaryRecord()!.update!.map((u) => [u.key ?? u.nestedKey, u.valueJson]);
  assert.deepEqual(items, [
    [["a", "b"], '{"min":3}'],
    ["c.d", '{"max":2}'],
    [["g", "y"], '{"min":0}'],
  ]);
});

Deno.test("metric summaries: none wins over any summary asked with it", () => {
  const m = new MetricSummaries();
  m.define({ name: "x", summary: { none: true, min: true } });
  m.observe({ item: [{ key: "x", valueJson: "1" }] });
  assert.deepEqual(m.summaryRecord(), { remove: [{ key: "x", valueJson: "" }] });
});
