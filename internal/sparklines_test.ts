import assert from "node:assert/strict";
import { HistorySampler } from "./sparklines.ts";

Deno.test("HistorySampler keeps a bounded, evenly spaced sample and decodes only sampled records", () => {
  const s = new HistorySampler(16);
  let decoded = 0;
  for (let i = 0; i < 10_000; i++) {
    s.offer(() => {
      decoded++;
      return i % 2 === 0 ? [["loss", i], ["even", 1]] : [["loss", i]];
    });
  }
  const series = s.series();
  assert.ok(series.loss!.length <= 32 && series.loss!.length >= 16, `${series.loss!.length}`);
  assert.ok(decoded < 200, `decoded ${decoded} of 10000`);
  const loss = series.loss!;
  for (let i = 1; i < loss.length; i++) assert.ok(loss[i]! > loss[i - 1]!, "step order kept");
  assert.ok(loss.at(-1)! > 9000, "the sample reaches the end of the run");
});
