import assert from "node:assert/strict";
import { closingLines, formatSummaryValue, sparkline } from "./printer.ts";

Deno.test("sparkline() maps values to the eight bars, bucket-averages long series and skips non-finite values", () => {
  assert.equal(sparkline([0, 1, 2, 3, 4, 5, 6, 7]), "▁▂▃▄▅▆▇█");
  assert.equal(sparkline([5, 5, 5]), "▁▁▁");
  assert.equal(sparkline([1, NaN, 2, Infinity]), "▁█");
  assert.equal(sparkline(Array.from({ length: 1000 }, (_, i) => i)).length, 40);
  assert.equal(sparkline([]), "");
});

Deno.test("closingLines() shows history sparklines, the summary, dropped rows and how to sync", () => {
  const lines = closingLines({
    runId: "abc",
    runDir: "wandb/offline-run-x-abc",
    mode: "offline",
    history: { loss: [3, 2, 1], acc: [0, 1], _runtime: [1, 2] },
    summary: { loss: 1, acc: 1, val: { acc: 0.12345678 }, _step: 3, text: "hi" },
    dropped: 2,
    droppedSteps: [1, 2],
    warnings: ["monitor could not read /proc"],
  });
  const text = lines.join("\n");
  assert.match(text, /Run history:\nwandb: +acc ▁█\nwandb: +loss █▅▁/);
  assert.match(text, /Run summary:/);
  assert.match(text, /val\.acc 0\.12346/);
  assert.doesNotMatch(text, /wandb: +_(runtime|step) /);
  assert.match(text, /2 row\(s\) were dropped .*first: 1, 2/);
  assert.match(text, /WARNING monitor could not read \/proc/);
  assert.match(text, /wandb sync wandb\/offline-run-x-abc/);
  assert.equal(formatSummaryValue(NaN), "NaN");
  assert.equal(formatSummaryValue({ a: 1 }), "");
});
