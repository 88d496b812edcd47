import assert from "node:assert/strict";
import {
  hyperbandBands,
  parseSweepConfig,
  runsToStop,
  SweepConfigError,
  type SweepRunInfo,
} from "./mod.ts";

Deno.test("hyperband bands as W&B computes them", () => {
  assert.deepEqual(hyperbandBands({ type: "hyperband", max_iter: 27, s: 2, eta: 3 }), [3, 9]);
  assert.deepEqual(hyperbandBands({ type: "hyperband", max_iter: 81, s: 3, eta: 3 }), [3, 9, 27]);
  assert.deepEqual(hyperbandBands({ type: "hyperband", max_iter: 5, s: 4, eta: 2 }), [1, 2]);
  assert.deepEqual(hyperbandBands({ type: "hyperband", min_iter: 1, eta: 3 }).slice(0, 5), [
    1,
    3,
    9,
    27,
    81,
  ]);
  assert.deepEqual(hyperbandBands({ type: "hyperband", min_iter: 3, eta: 1.5 }).slice(0, 6), [
    3,
    4,
    6,
    10,
    15,
    22,
  ]);
  assert.equal(hyperbandBands({ type: "hyperband", min_iter: 2 }).length, 100);
  assert.throws(
    () =>
      parseSweepConfig({
        method: "random",
        metric: { name: "l" },
        parameters: { a: { value: 1 } },
        early_terminate: { type: "hyperband", max_iter: 2, s: 1, eta: 3 },
      }),
    (e: unknown) =>
      e instanceof SweepConfigError && e.path === "early_terminate" &&
      /Bands must be an array of length at least 1/.test(e.message),
  );
});

function run(
  name: string,
  state: SweepRunInfo["state"],
  losses: number[],
  stopped = false,
): SweepRunInfo {
  return {
    name,
    state,
    config: {},
    summaryMetrics: {},
    stopped,
    history: losses.map((loss, _step) => ({ _step, loss })),
  };
}

Deno.test("hyperband: a running run below the band at a milestone is stopped, one above is not", () => {
  const { config } = parseSweepConfig({
    method: "random",
    metric: { name: "loss" },
    parameters: { a: { values: [1] } },
    early_terminate: { type: "hyperband", min_iter: 2, eta: 3 },
  });
  assert.equal(config.early_terminate!.strict, true);
  const runs = [
    run("good", "finished", [5, 1, 0.5]),
    run("ok", "finished", [5, 2, 1]),
    run("meh", "finished", [5, 3, 2]),
    run("bad", "running", [0.1, 4]), // at band 2: 4 > threshold (sorted [1,1.5,2,3,4,9,9][2] = 2)
    run("fine", "running", [5, 1.5, 9]), // at band 2: 1.5 <= 2
    run("young", "running", [100]), // no band reached yet
    run("done", "killed", [9, 9]),
    run("told", "running", [9, 9], true), // already told to stop
  ];
  assert.deepEqual(runsToStop(config, runs), ["bad"]);
  // Non-strict compares the run's best value so far: bad's 0.1 survives.
  const lax = { ...config, early_terminate: { ...config.early_terminate, strict: false } };
  assert.deepEqual(runsToStop(lax, runs), []);
  // maximize negates the metric: now "bad" (4 at band 2) is the best.
  const max = { ...config, metric: { name: "loss", goal: "maximize" as const } };
  assert.deepEqual(runsToStop(max, runs).sort(), ["fine"]);
});

Deno.test("hyperband: no early_terminate, no stops; NaN and missing values skipped", () => {
  const { config } = parseSweepConfig({
    method: "random",
    metric: { name: "loss" },
    parameters: { a: { values: [1] } },
  });
  assert.deepEqual(runsToStop(config, [run("x", "running", [1, 2, 3])]), []);
  const hb = parseSweepConfig({
    method: "random",
    metric: { name: "loss" },
    parameters: { a: { values: [1] } },
    early_terminate: { type: "hyperband", max_iter: 9, s: 1 },
  }).config;
  const r = run("r", "running", [1, NaN, 2]);
  r.history!.splice(1, 0, { _step: 9, other: 1 });
  // r's metric history is [1, 2, 3] (3 values ≥ band 3); the finished run's is [0, 0, 0].
  r.history!.push({ _step: 10, loss: 3 });
  assert.deepEqual(runsToStop(hb, [r, run("f", "finished", [0, 0, 0])]), ["r"]);
  assert.deepEqual(
    runsToStop(hb, [run("r", "running", [1, 2]), run("f", "finished", [0, 0, 0])]),
    [],
  );
});
