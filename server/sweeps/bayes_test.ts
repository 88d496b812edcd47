import assert from "node:assert/strict";
import { nextRun, parseSweepConfig, type SweepRunInfo } from "./mod.ts";
import { flattenParameters } from "./config.ts";
import { gpData, nextSample } from "./bayes.ts";
import { fitGp } from "./gp.ts";
import { branin, median, simulate } from "./_test_simulate.ts";
import { seededRandom } from "./_test_rng.ts";

const SEEDS = [1, 2, 3, 4, 5, 6, 7];

function bestLoss(runs: SweepRunInfo[]): number {
  return Math.min(...runs.map((r) => r.summaryMetrics.loss as number));
}

Deno.test("GP: interpolates its training points and is unsure far from them", () => {
  const x = [[0.1], [0.4], [0.6], [0.9]];
  const y = [1, 3, 2, 5];
  const gp = fitGp(x, y);
  const { mean, std } = gp.predict([...x, [0.25]]);
  for (let i = 0; i < 4; i++) {
    assert.ok(Math.abs(mean[i]! * gp.yStd + gp.yMean - y[i]!) < 1e-3, `point ${i}`);
    assert.ok(std[i]! < 1e-2);
  }
  assert.ok(std[4]! > std[0]!);
});

Deno.test("bayes: finds the minimum of a 1-D function better than random (fixed seeds)", () => {
  const f = (v: Record<string, number>) => (v.x! - 0.3) ** 2;
  const base = {
    parameters: { x: { distribution: "uniform", min: 0, max: 1 } },
    metric: { name: "loss" },
  };
  const bayes = parseSweepConfig({ method: "bayes", ...base }).config;
  const random = parseSweepConfig({ method: "random", ...base }).config;
  const b = median(SEEDS.map((s) => bestLoss(simulate(bayes, f, 15, s))));
  const r = median(SEEDS.map((s) => bestLoss(simulate(random, f, 15, s))));
  assert.ok(b < r, `bayes ${b} vs random ${r}`);
  assert.ok(b < 1e-4, `bayes best ${b}`);
});

Deno.test("bayes: beats random on Branin (2-D) with fixed seeds, maximize goal too", () => {
  const params = {
    x1: { distribution: "uniform", min: -5, max: 10 },
    x2: { distribution: "uniform", min: 0, max: 15 },
  };
  const bayes =
    parseSweepConfig({ method: "bayes", parameters: params, metric: { name: "loss" } }).config;
  const random =
    parseSweepConfig({ method: "random", parameters: params, metric: { name: "loss" } }).config;
  const b = median(SEEDS.map((s) => bestLoss(simulate(bayes, branin, 25, s))));
  const r = median(SEEDS.map((s) => bestLoss(simulate(random, branin, 25, s))));
  assert.ok(b < r, `bayes ${b} vs random ${r}`);
  // The same search maximising -branin finds the same region.
  const max = parseSweepConfig({
    method: "bayes",
    parameters: params,
    metric: { name: "loss", goal: "maximize" },
  }).config;
  const m = median(
    SEEDS.map((s) =>
      -Math.max(
        ...simulate(
          max,
          (v) => -branin(v),
          25,
          s,
        ).map((x) => x.summaryMetrics.loss as number),
      )
    ),
  );
  assert.ok(m < r, `maximize ${m} vs random ${r}`);
});

Deno.test("bayes: training data, imputation of failed runs, in-flight runs, categorical encoding", () => {
  const { config } = parseSweepConfig({
    method: "bayes",
    metric: { name: "loss" },
    parameters: {
      c: { values: ["a", "b", "c", "d"] },
      x: { distribution: "uniform", min: 0, max: 10 },
      k: { value: 1 },
    },
  });
  const params = flattenParameters(config.parameters).filter((p) => p.type !== "constant");
  const run = (
    name: string,
    state: SweepRunInfo["state"],
    cfg: Record<string, unknown>,
    s: Record<string, unknown>,
    h?: Record<string, unknown>[],
  ): SweepRunInfo => ({ name, state, config: cfg, summaryMetrics: s, history: h });
  const runs = [
    run("f1", "finished", { c: "b", x: 5 }, { loss: 2 }, [{ _step: 0, loss: 7 }, {
      _step: 1,
      loss: 1.5,
    }]),
    run("f2", "finished", { c: "d", x: 2.5 }, { loss: 4 }),
    run("fail", "failed", { c: "a", x: 1 }, {}, [{ _step: 0, loss: 3 }]),
    run("nan", "finished", { c: "c", x: 9 }, { loss: NaN }),
    run("crash", "crashed", { x: 0 }, {}),
    run("run", "running", { c: "c", x: 7.5 }, { loss: 0.1 }),
    run("pend", "pending", { c: "a", x: 10 }, {}),
  ];
  const d = gpData(config, params, runs);
  // worst = max over terminal runs of each run's maximum (7 from f1's history).
  assert.deepEqual(d.y, [1.5, 4, 7, 7, 7]);
  assert.deepEqual(d.x, [[0.5, 0.5], [1, 0.25], [0.25, 0.1], [0.75, 0.9], [0.25, 0]]);
  assert.deepEqual(d.current, [[0.75, 0.75], [0.25, 1]]);

  // impute: latest / best use the failed run's own history; maximize negates.
  const latest = { ...config, metric: { ...config.metric!, impute: "latest" as const } };
  assert.deepEqual(gpData(latest, params, runs).y, [1.5, 4, 3, 0, 0]);
  const iwr = { ...config, metric: { ...config.metric!, impute_while_running: "best" as const } };
  const w = gpData(iwr, params, runs);
  assert.deepEqual(w.y, [1.5, 4, 7, 7, 7, 0.1]);
  assert.equal(w.current.length, 1);
  const max = { ...config, metric: { ...config.metric!, goal: "maximize" as const } };
  // maximize: best = max, worst = min over terminal runs' minimum (1.5).
  assert.deepEqual(gpData(max, params, runs).y, [-7, -4, -1.5, -1.5, -1.5]);
});

Deno.test("bayes: a failed region is avoided through imputation", () => {
  // Runs with x < 0.5 crash; finished runs have loss = x. Imputed "worst" keeps the search
  // away from the crashing half even though the crashes report no metric.
  const { config } = parseSweepConfig({
    method: "bayes",
    metric: { name: "loss" },
    parameters: { x: { distribution: "uniform", min: 0, max: 1 } },
  });
  const rng = seededRandom(3);
  const runs: SweepRunInfo[] = [];
  for (let i = 0; i < 20; i++) {
    const x = nextRun(config, runs, rng)!.args.x!.value as number;
    runs.push(
      x < 0.5
        ? { name: `r${i}`, state: "crashed", config: { x }, summaryMetrics: {} }
        : { name: `r${i}`, state: "finished", config: { x }, summaryMetrics: { loss: x } },
    );
  }
  const late = runs.slice(10).filter((r) => r.state === "finished").map((r) =>
    r.config.x as number
  );
  assert.ok(late.length >= 7, `later runs mostly finished: ${late.length}/10`);
  assert.ok(Math.min(...late) < 0.55, `found the edge of the failing region: ${Math.min(...late)}`);
});

Deno.test("bayes: deterministic for a seed, random with fewer than 2 samples, constants kept", () => {
  const { config } = parseSweepConfig({
    method: "bayes",
    metric: { name: "loss" },
    parameters: {
      n: { min: 1, max: 4 },
      k: { value: "z" },
      o: { parameters: { lr: { distribution: "log_uniform_values", min: 1e-4, max: 1 } } },
    },
  });
  const a = nextRun(config, [], seededRandom(9));
  assert.deepEqual(a, nextRun(config, [], seededRandom(9)));
  assert.equal(a!.args.k!.value, "z");
  const lr = (a!.args.o!.value as Record<string, number>).lr!;
  assert.ok(lr >= 1e-4 && lr <= 1);
  assert.ok([1, 2, 3, 4].includes(a!.args.n!.value as number));
  const p = nextSample([[0.2]], [1], [], 1, seededRandom(1));
  assert.equal(p.length, 1);
  assert.equal(p[0], seededRandom(1)(), "one sample: the first random point");
});
