import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { formatOrderKey, parseSweepRef } from "./sweeps.ts";

Deno.test("sweep paths: id, project/id, entity/project/id and the web form", () => {
  assertEquals(parseSweepRef("abc"), { entity: undefined, project: undefined, id: "abc" });
  assertEquals(parseSweepRef("p/abc"), { entity: undefined, project: "p", id: "abc" });
  assertEquals(parseSweepRef("e/p/abc"), { entity: "e", project: "p", id: "abc" });
  assertEquals(parseSweepRef("e/p/sweeps/abc"), { entity: "e", project: "p", id: "abc" });
  for (const bad of ["e/p/x/abc", "e//abc", ""]) {
    throws(() => parseSweepRef(bad), (e: Error & { code?: string }) => e.code === "api/bad-path");
  }
});

Deno.test("order keys as W&B's public API formats them", () => {
  assertEquals(formatOrderKey("+loss"), "+summary_metrics.loss");
  assertEquals(formatOrderKey("loss"), "-summary_metrics.loss");
  assertEquals(formatOrderKey("-createdAt"), "-createdAt");
  assertEquals(formatOrderKey("+config.lr.value"), "+config.lr.value");
  assertEquals(formatOrderKey("+eval.acc"), "+summary_metrics.eval.acc");
  assertEquals(formatOrderKey("-summary_metrics.acc"), "-summary_metrics.acc");
});
