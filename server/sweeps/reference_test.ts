/**
 * Checks against W&B's `sweeps` library itself: testdata/reference.json holds what the library
 * (commit 5ddfda1, with NumPy/SciPy/scikit-learn) computes for the same inputs; regenerate it
 * with testdata/gen_reference.py.
 */
import assert from "node:assert/strict";
import {
  flattenParameters,
  nextRun,
  parseSweepConfig,
  runsToStop,
  SweepConfigError,
  type SweepRunInfo,
} from "./mod.ts";
import { cdf, ppf } from "./distributions.ts";
import { chooseCandidate, gpData } from "./bayes.ts";

const REF = JSON.parse(
  await Deno.readTextFile(new URL("./testdata/reference.json", import.meta.url)),
);

/** W&B's schema definition names → distribution names. */
const TYPE: Record<string, string> = {
  param_single_value: "constant",
  param_categorical: "categorical",
  param_categorical_w_probabilities: "categorical_w_probabilities",
  param_int_uniform: "int_uniform",
  param_uniform: "uniform",
  param_quniform: "q_uniform",
  param_loguniform: "log_uniform",
  param_loguniform_v2: "log_uniform_values",
  param_inv_loguniform: "inv_log_uniform",
  param_inv_loguniform_v2: "inv_log_uniform_values",
  param_qloguniform: "q_log_uniform",
  param_qloguniform_v2: "q_log_uniform_values",
  param_normal: "normal",
  param_qnormal: "q_normal",
  param_lognormal: "log_normal",
  param_qlognormal: "q_log_normal",
  param_beta: "beta",
  param_qbeta: "q_beta",
};

function close(a: unknown, b: unknown, rel: number, what: string): void {
  if (typeof a === "number" && typeof b === "number") {
    assert.ok(Math.abs(a - b) <= rel * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);
  } else assert.deepEqual(a, b, what);
}

function param(specJson: string) {
  const { config } = parseSweepConfig(`{"method": "random", "parameters": {"p": ${specJson}}}`);
  return flattenParameters(config.parameters)[0]!;
}

Deno.test("reference: every distribution's ppf, cdf and filled defaults match W&B's", () => {
  for (const [name, d] of Object.entries<Record<string, unknown>>(REF.distributions)) {
    const p = param(d.spec as string);
    assert.equal(p.type, TYPE[d.type as string], name);
    assert.equal(p.type, name);
    const filled = { ...(d.filled as Record<string, unknown>) };
    assert.deepEqual({ ...p.spec, distribution: p.type }, filled, `${name} defaults`);
    (d.u as number[]).forEach((u, i) =>
      close(ppf(p, u), (d.ppf as unknown[])[i], 1e-9, `${name} ppf(${u})`)
    );
    (d.cdf_x as number[]).forEach((x, i) =>
      close(cdf(p, x), (d.cdf as unknown[])[i], 1e-9, `${name} cdf(${x})`)
    );
  }
});

Deno.test("reference: parameter schema matching and violation messages match W&B's", () => {
  for (
    const v of REF.validation as { spec: string; matched: string | null; violations: string[] }[]
  ) {
    const src = `{"method": "random", "parameters": {"p": ${v.spec}}}`;
    const accepted = v.matched !== null && !v.matched.startsWith("error") &&
      !v.violations.some((m) => !m.includes("base-e exponents"));
    if (accepted) {
      const { config, warnings } = parseSweepConfig(src);
      assert.equal(config.parameters.p!.distribution, TYPE[v.matched!], v.spec);
      assert.deepEqual(warnings, v.violations, v.spec);
    } else {
      assert.throws(() => parseSweepConfig(src), (e: unknown) => {
        assert.ok(e instanceof SweepConfigError, v.spec);
        assert.equal(e.path, "parameters.p");
        // Where W&B has a specific message, ours carries it.
        const specific = v.violations.find((m) =>
          !m.includes("is not valid under any") && !m.startsWith("invalid hyperparameter")
        );
        if (specific !== undefined) {
          assert.ok(e.message.endsWith(specific), `${e.message} / ${specific}`);
        }
        return true;
      }, v.spec);
    }
  }
});

Deno.test("reference: top-level violations carry W&B's message (as the error or a warning)", () => {
  for (const t of REF.top as { config: string; violations: string[] }[]) {
    assert.equal(t.violations.length, 1);
    const want = t.violations[0]!;
    let got: string[];
    try {
      got = parseSweepConfig(t.config).warnings;
    } catch (e) {
      assert.ok(e instanceof SweepConfigError, t.config);
      got = [e.message];
    }
    assert.ok(
      got.some((m) => m.includes(want)),
      `${t.config}: ${JSON.stringify(got)} lacks ${want}`,
    );
  }
});

Deno.test("reference: grid order and contents match W&B's", () => {
  const { config } = parseSweepConfig(REF.grid.config);
  const runs: SweepRunInfo[] = [];
  const got: unknown[] = [];
  for (let s = nextRun(config, runs); s !== null; s = nextRun(config, runs)) {
    got.push(s.args);
    const plain = Object.fromEntries(Object.entries(s.args).map(([k, v]) => [k, v.value]));
    runs.push({ name: `r${runs.length}`, state: "running", config: plain, summaryMetrics: {} });
  }
  assert.deepEqual(got, REF.grid.runs);
});

Deno.test("reference: Hyperband stops the same runs as W&B", () => {
  const runs: SweepRunInfo[] = (REF.hyperband_runs as [string, SweepRunInfo["state"], number[]][])
    .map(
      ([name, state, h]) => ({
        name,
        state,
        config: {},
        summaryMetrics: {},
        history: h.map((loss) => ({ loss })),
      }),
    );
  for (
    const c of REF.hyperband as {
      early_terminate: Record<string, unknown>;
      goal: string;
      stop: string[];
    }[]
  ) {
    const { config } = parseSweepConfig({
      method: "random",
      metric: { name: "loss", goal: c.goal },
      early_terminate: c.early_terminate,
      parameters: { a: { values: [1] } },
    });
    assert.deepEqual(runsToStop(config, runs), c.stop, JSON.stringify(c));
  }
});

Deno.test("reference: bayes training data (X, y, in-flight) matches W&B's", () => {
  const { config } = parseSweepConfig(REF.gp_data.config);
  const params = flattenParameters(config.parameters).filter((p) => p.type !== "constant");
  const runs: SweepRunInfo[] = (REF.gp_data.runs as [
    string,
    SweepRunInfo["state"],
    Record<string, unknown>,
    Record<string, unknown>,
    Record<string, unknown>[],
  ][])
    .map(([name, state, cfg, summary, history]) => ({
      name,
      state,
      config: cfg,
      summaryMetrics: Object.fromEntries(
        Object.entries(summary).map(([k, v]) => [k, v === null ? NaN : v]),
      ),
      history,
    }));
  for (const c of REF.gp_data.cases) {
    const metric = { ...c.metric, impute_while_running: c.metric.impute_while_running ?? false };
    const d = gpData({ ...config, metric }, params, runs);
    const flat = (m: number[][]) => m.flat();
    flat(d.x).forEach((v, i) => close(v, flat(c.x)[i], 1e-12, `x ${i}`));
    assert.equal(d.x.length, c.x.length);
    assert.deepEqual(d.y, c.y, JSON.stringify(c.metric));
    flat(d.current).forEach((v, i) => close(v, flat(c.current)[i], 1e-12, `current ${i}`));
    assert.equal(d.current.length, c.current.length);
  }
});

Deno.test("reference: GP fit and expected improvement agree with scikit-learn's", () => {
  for (const [i, c] of (REF.ei as Record<string, number[][] & number[]>[]).entries()) {
    const choice = chooseCandidate(
      c.x as number[][],
      c.y as number[],
      c.current as number[][],
      c.candidates as number[][],
      () => 0.5,
    );
    if (c.length_scale as unknown as number >= 99999) {
      assert.ok(choice.badFit, `case ${i}: bound reached`);
      continue;
    }
    assert.ok(!choice.badFit, `case ${i}`);
    close(choice.lengthScale, c.length_scale as unknown as number, 5e-4, `case ${i} length scale`);
    assert.equal(choice.index, c.argmax as unknown as number, `case ${i} argmax`);
    const ei = c.ei as number[];
    const scale = Math.max(...ei);
    ei.forEach((v, j) =>
      assert.ok(
        Math.abs(choice.ei[j]! - v) <= 5e-4 * scale,
        `case ${i} ei ${j}: ${choice.ei[j]} vs ${v}`,
      )
    );
  }
});
