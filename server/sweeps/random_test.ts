import assert from "node:assert/strict";
import { bestMetric, nextRun, parseSweepConfig, runMetric } from "./mod.ts";
import { betaCdf, betaPpf, normalCdf, normalPpf, roundHalfEven } from "./distributions.ts";
import { seededRandom } from "./_test_rng.ts";

const N = 10_000;

function draws(spec: Record<string, unknown>, seed = 1): unknown[] {
  const { config } = parseSweepConfig({
    method: "random",
    parameters: { p: spec, k: { value: "c" } },
  });
  const rng = seededRandom(seed);
  return Array.from({ length: N }, () => {
    const s = nextRun(config, [], rng)!;
    assert.equal(s.args.k!.value, "c");
    return s.args.p!.value;
  });
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const near = (x: number, y: number, tol: number, what: string) =>
  assert.ok(Math.abs(x - y) <= tol, `${what}: ${x} not within ${tol} of ${y}`);

Deno.test("special functions match reference values", () => {
  near(normalCdf(1), 0.8413447460685429, 1e-14, "Φ(1)");
  near(normalCdf(-2), 0.022750131948179195, 1e-15, "Φ(-2)");
  near(normalPpf(0.975), 1.959963984540054, 1e-12, "Φ⁻¹(0.975)");
  near(normalPpf(1e-10), -6.361340902404056, 1e-9, "Φ⁻¹(1e-10)");
  near(betaCdf(0.3, 2, 5), 0.579825, 1e-6, "I_0.3(2,5)");
  near(betaPpf(betaCdf(0.3, 2, 5), 2, 5), 0.3, 1e-12, "beta round trip");
  assert.deepEqual([0.5, 1.5, 2.5, -0.5, 2.4].map(roundHalfEven), [0, 2, 2, -0, 2]);
});

Deno.test("random: same seed, same suggestions; different seed, different", () => {
  const spec = { distribution: "normal" };
  assert.deepEqual(draws(spec, 7).slice(0, 20), draws(spec, 7).slice(0, 20));
  assert.notDeepEqual(draws(spec, 7).slice(0, 20), draws(spec, 8).slice(0, 20));
});

Deno.test("random: uniform families stay in range with the right mean", () => {
  // An object cannot tell 2.0 from 2: explicit distribution (YAML keeps the literal, see config_test).
  const u = draws({ distribution: "uniform", min: 2, max: 4 }) as number[];
  assert.ok(u.every((v) => v >= 2 && v < 4));
  near(mean(u), 3, 0.02, "uniform mean");

  const i = draws({ min: 1, max: 6 }) as number[];
  assert.ok(i.every((v) => Number.isInteger(v) && v >= 1 && v <= 6));
  assert.equal(new Set(i).size, 6);
  near(mean(i), 3.5, 0.05, "int_uniform mean");

  const q = draws({ distribution: "q_uniform", min: 0, max: 1, q: 0.25 }) as number[];
  assert.deepEqual([...new Set(q)].sort(), [0, 0.25, 0.5, 0.75, 1]);
  // round-half-even at the edges: 0 and 1 get half the mass of the inner points
  near(q.filter((v) => v === 0).length / N, 0.125, 0.015, "q_uniform edge mass");

  const lv = draws({ distribution: "log_uniform_values", min: 0.001, max: 1 }) as number[];
  assert.ok(lv.every((v) => v >= 0.001 && v <= 1));
  near(mean(lv.map(Math.log10)), -1.5, 0.03, "log10 of log_uniform_values");

  const l1 = draws({ distribution: "log_uniform", min: -3, max: 0 }) as number[];
  near(mean(l1.map(Math.log)), -1.5, 0.03, "ln of log_uniform");

  const iv = draws({ distribution: "inv_log_uniform_values", min: 0.01, max: 1 }) as number[];
  assert.ok(iv.every((v) => v >= 0.01 - 1e-12 && v <= 1 + 1e-12));
  near(mean(iv.map(Math.log10)), -1, 0.03, "log10 of inv_log_uniform_values");

  const i1 = draws({ distribution: "inv_log_uniform", min: 0, max: 2 }) as number[];
  assert.ok(i1.every((v) => v <= 1 && v >= Math.exp(-2) - 1e-12));
  near(mean(i1.map((v) => -Math.log(v))), 1, 0.03, "-ln of inv_log_uniform");

  const ql = draws({ distribution: "q_log_uniform_values", min: 1, max: 1000, q: 10 }) as number[];
  assert.ok(ql.every((v) => v % 10 === 0 && v >= 0 && v <= 1000));
  const ql1 = draws({ distribution: "q_log_uniform", min: 0, max: 3, q: 2 }) as number[];
  assert.ok(ql1.every((v) => v % 2 === 0 && v <= 20 + 1e-9));
});

Deno.test("random: normal families, beta and categorical distributions", () => {
  const n = draws({ distribution: "normal", mu: 5, sigma: 2 }) as number[];
  near(mean(n), 5, 0.06, "normal mean");
  near(Math.sqrt(mean(n.map((v) => (v - 5) ** 2))), 2, 0.05, "normal sd");

  const qn = draws({ distribution: "q_normal", mu: 0, sigma: 10, q: 5 }) as number[];
  assert.ok(qn.every((v) => Math.abs(v % 5) === 0));
  near(mean(qn), 0, 0.3, "q_normal mean");

  const ln = draws({ distribution: "log_normal", mu: 1, sigma: 0.5 }) as number[];
  assert.ok(ln.every((v) => v > 0));
  near(mean(ln.map(Math.log)), 1, 0.02, "ln of log_normal");
  const qln = draws({ distribution: "q_log_normal", mu: 3, sigma: 0.5, q: 1 }) as number[];
  assert.ok(qln.every((v) => Number.isInteger(v) && v >= 0));

  const b = draws({ distribution: "beta", a: 2, b: 5 }) as number[];
  assert.ok(b.every((v) => v >= 0 && v <= 1));
  near(mean(b), 2 / 7, 0.006, "beta mean");
  const qb = draws({ distribution: "q_beta", a: 1, b: 1, q: 0.5 }) as number[];
  assert.deepEqual([...new Set(qb)].sort(), [0, 0.5, 1]);

  const c = draws({ values: ["x", "y", "z", "w"] }) as string[];
  for (const v of ["x", "y", "z", "w"]) {
    near(c.filter((x) => x === v).length / N, 0.25, 0.015, `categorical ${v}`);
  }

  const cp = draws({ values: ["a", "b", "c"], probabilities: [0.1, 0.6, 0.3] }) as string[];
  near(cp.filter((x) => x === "a").length / N, 0.1, 0.01, "p(a)");
  near(cp.filter((x) => x === "b").length / N, 0.6, 0.015, "p(b)");
  near(cp.filter((x) => x === "c").length / N, 0.3, 0.015, "p(c)");

  assert.ok((draws({ value: [1, 2] }) as unknown[]).every((v) => JSON.stringify(v) === "[1,2]"));
});

Deno.test("random: run_cap counts runs in any state", () => {
  const { config } = parseSweepConfig({
    method: "random",
    run_cap: 2,
    parameters: { a: { values: [1] } },
  });
  const r = { name: "r", state: "pending" as const, config: {}, summaryMetrics: {} };
  assert.notEqual(nextRun(config, [r]), null);
  assert.equal(nextRun(config, [r, { ...r, state: "failed" }]), null);
});

Deno.test("runMetric / bestMetric read the summary, skipping NaN and missing", () => {
  const { config } = parseSweepConfig({
    method: "random",
    metric: { name: "val.loss" },
    parameters: { a: { values: [1] } },
  });
  const r = (s: Record<string, unknown>) => ({
    name: "r",
    state: "finished" as const,
    config: {},
    summaryMetrics: s,
  });
  assert.equal(runMetric(config, r({ "val.loss": 0.3 })), 0.3);
  assert.equal(runMetric(config, r({ val: { loss: 0.2 } })), 0.2);
  assert.equal(runMetric(config, r({ "val.loss": NaN })), undefined);
  assert.equal(runMetric(config, r({ "val.loss": "x" })), undefined);
  assert.equal(bestMetric(config, [r({ "val.loss": 0.3 }), r({}), r({ "val.loss": 0.1 })]), 0.1);
  assert.equal(bestMetric(config, []), undefined);
});
