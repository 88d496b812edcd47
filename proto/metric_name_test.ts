import assert from "node:assert/strict";
import { metricKeyName, metricName, metricPath } from "./metric_name.ts";

Deno.test("metric names: nested keys joined by '.', a '.' in a key escaped; metricPath undoes it", () => {
  const cases: [string[], string][] = [
    [["loss"], "loss"],
    [["val/acc"], "val/acc"],
    [["a", "b"], "a.b"],
    [["a.b"], "a\\.b"],
    [["a.b", "c", "d.e.f"], "a\\.b.c.d\\.e\\.f"],
    [["back\\slash"], "back\\slash"],
  ];
  for (const [path, name] of cases) {
    assert.equal(metricName(path), name);
    assert.deepEqual(metricPath(name), path);
  }
  assert.equal(metricKeyName("x.y"), "x\\.y");
});
