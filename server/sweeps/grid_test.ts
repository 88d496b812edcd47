import assert from "node:assert/strict";
import { expectedRunCount, nextRun, parseSweepConfig, type SweepRunInfo } from "./mod.ts";

function run(
  name: string,
  config: Record<string, unknown>,
  state: SweepRunInfo["state"] = "finished",
): SweepRunInfo {
  return { name, state, config, summaryMetrics: {} };
}

/** Plays the sweep: every suggestion becomes a pending run (its args as plain values). */
function drain(source: Record<string, unknown>): Record<string, unknown>[] {
  const { config } = parseSweepConfig(source);
  const runs: SweepRunInfo[] = [];
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < 1000; i++) {
    const s = nextRun(config, runs);
    if (s === null) return out;
    const plain = Object.fromEntries(Object.entries(s.args).map(([k, v]) => [k, v.value]));
    out.push(plain);
    runs.push(run(`r${i}`, plain, "pending"));
  }
  throw new Error("grid did not end");
}

Deno.test("grid: sorted names, last parameter fastest, constants and nested parameters included", () => {
  const points = drain({
    method: "grid",
    parameters: {
      z: { values: ["a", "b"] },
      b: { min: 1, max: 2 },
      k: { value: 7 },
      opt: { parameters: { lr: { values: [0.1, 0.01] }, name: { value: "adam" } } },
    },
  });
  assert.deepEqual(points, [
    { b: 1, k: 7, opt: { lr: 0.1, name: "adam" }, z: "a" },
    { b: 1, k: 7, opt: { lr: 0.1, name: "adam" }, z: "b" },
    { b: 1, k: 7, opt: { lr: 0.01, name: "adam" }, z: "a" },
    { b: 1, k: 7, opt: { lr: 0.01, name: "adam" }, z: "b" },
    { b: 2, k: 7, opt: { lr: 0.1, name: "adam" }, z: "a" },
    { b: 2, k: 7, opt: { lr: 0.1, name: "adam" }, z: "b" },
    { b: 2, k: 7, opt: { lr: 0.01, name: "adam" }, z: "a" },
    { b: 2, k: 7, opt: { lr: 0.01, name: "adam" }, z: "b" },
  ]);
  // Keys inside each point follow sorted order, and nested args nest under `value`.
  const { config } = parseSweepConfig({
    method: "grid",
    parameters: { opt: { parameters: { lr: { values: [0.1] } } } },
  });
  assert.deepEqual(nextRun(config, []), { args: { opt: { value: { lr: 0.1 } } } });
});

Deno.test("grid: q_uniform is arange(min, max, q) and every combination comes once", () => {
  const points = drain({
    method: "grid",
    parameters: {
      q: { distribution: "q_uniform", min: 0, max: 1, q: 0.25 },
      c: { values: [[1, 2], { x: 1 }] },
    },
  });
  assert.equal(points.length, 8);
  assert.deepEqual(points.map((p) => p.q), [0, 0.25, 0.5, 0.75, 0, 0.25, 0.5, 0.75]);
  assert.deepEqual(points[1], { c: [1, 2], q: 0.25 });
  assert.deepEqual(points[4], { c: { x: 1 }, q: 0 });
  assert.equal(new Set(points.map((p) => JSON.stringify(p))).size, 8);
});

Deno.test("grid: a run holding a combination in any state is not suggested again", () => {
  const { config } = parseSweepConfig({
    method: "grid",
    parameters: { a: { values: [1, 2, 3] }, b: { values: [{ x: 1, y: 2 }] } },
  });
  const runs = [
    run("r1", { a: 1, b: { y: 2, x: 1 } }, "failed"),
    // W&B's stored {value} form, a key the run added at run time, a float that is a whole number.
    run("r2", { a: { value: 2 }, b: { x: 1, y: 2, added: true } }, "crashed"),
    run("r3", { a: 3 }, "running"), // missing b: never matches
  ];
  assert.deepEqual(nextRun(config, runs), {
    args: { a: { value: 3 }, b: { value: { x: 1, y: 2 } } },
  });
  runs.push(run("r4", { a: 3.0, b: { x: 1, y: 2 } }, "killed"));
  assert.equal(nextRun(config, runs), null);
});

Deno.test("grid: run_cap ends the sweep and caps the expected run count", () => {
  const { config } = parseSweepConfig({
    method: "grid",
    run_cap: 2,
    parameters: { a: { min: 1, max: 5 }, b: { values: [1, 2] } },
  });
  assert.equal(expectedRunCount(config), 2);
  assert.equal(expectedRunCount({ ...config, run_cap: undefined }), 10);
  assert.equal(drain(config as unknown as Record<string, unknown>).length, 2);
  assert.equal(
    expectedRunCount(
      parseSweepConfig({ method: "random", parameters: { a: { values: [1] } } }).config,
    ),
    null,
  );
  assert.equal(
    expectedRunCount(
      parseSweepConfig({
        method: "bayes",
        run_cap: 9,
        metric: { name: "l" },
        parameters: { a: { values: [1, 2] } },
      }).config,
    ),
    9,
  );
});

Deno.test("metric target reached ends the search", () => {
  const { config } = parseSweepConfig({
    method: "random",
    metric: { name: "acc", goal: "maximize", target: 0.9 },
    parameters: { a: { values: [1, 2] } },
  });
  const r = (acc: unknown) => ({
    name: "r",
    state: "finished" as const,
    config: { a: 1 },
    summaryMetrics: { acc },
  });
  assert.notEqual(nextRun(config, [r(0.5), r(NaN)]), null);
  assert.equal(nextRun(config, [r(0.5), r(0.95)]), null);
});
