import assert from "node:assert/strict";
import {
  fillClientDefaults,
  flattenParameters,
  parseSweepConfig,
  SweepConfigError,
} from "./mod.ts";

function rejects(source: string | Record<string, unknown>, path: string, text: RegExp): void {
  assert.throws(() => parseSweepConfig(source), (e: unknown) => {
    assert.ok(e instanceof SweepConfigError, String(e));
    assert.equal(e.code, "sweep/config");
    assert.equal(e.path, path);
    assert.match(e.message, text);
    return true;
  });
}

Deno.test("YAML int and float literals decide int_uniform vs uniform", () => {
  const { config, warnings } = parseSweepConfig(
    "method: random\nparameters:\n  a: {min: 1, max: 10}\n  b: {min: 1.0, max: 10}\n  c: {min: 1, max: 1e1}\n",
  );
  assert.deepEqual(warnings, []);
  assert.equal(config.parameters.a!.distribution, "int_uniform");
  assert.equal(config.parameters.b!.distribution, "uniform");
  assert.equal(config.parameters.c!.distribution, "uniform");
});

Deno.test("every distribution is recognised in W&B's order, with defaults filled", () => {
  const { config, warnings } = parseSweepConfig({
    method: "random",
    parameters: {
      k: { value: "x" },
      c: { values: [1, 2] },
      cp: { values: ["a", "b"], probabilities: [0.25, 0.75] },
      n: { distribution: "normal" },
      qn: { distribution: "q_normal", q: 2 },
      ln: { distribution: "log_normal", mu: 1 },
      qln: { distribution: "q_log_normal" },
      lu: { distribution: "log_uniform", min: -3, max: 0 },
      luv: { distribution: "log_uniform_values", min: 0.001, max: 1 },
      ilu: { distribution: "inv_log_uniform", min: 0, max: 3 },
      iluv: { distribution: "inv_log_uniform_values", min: 0.1, max: 10 },
      qlu: { distribution: "q_log_uniform", min: 0, max: 3 },
      qluv: { distribution: "q_log_uniform_values", min: 1, max: 100, q: 5 },
      qu: { distribution: "q_uniform", min: 0, max: 10 },
      be: { distribution: "beta", a: 2 },
      qb: { distribution: "q_beta", q: 0.1 },
      nest: { parameters: { inner: { values: [true, false] } } },
    },
  });
  const d = (k: string) => config.parameters[k]!.distribution;
  assert.equal(d("k"), "constant");
  assert.equal(d("c"), "categorical");
  assert.equal(d("cp"), "categorical_w_probabilities");
  assert.deepEqual(config.parameters.n, { distribution: "normal", mu: 0, sigma: 1 });
  assert.deepEqual(config.parameters.qln, { distribution: "q_log_normal", mu: 0, sigma: 1, q: 1 });
  assert.deepEqual(config.parameters.be, { distribution: "beta", a: 2, b: 1 });
  assert.equal(config.parameters.qu!.q, 1);
  assert.deepEqual(config.parameters.nest, {
    parameters: { inner: { distribution: "categorical", values: [true, false] } },
  });
  // The three deprecated exponent distributions warn with W&B's text.
  assert.deepEqual(warnings, [
    "lu uses log_uniform, where min/max specify base-e exponents. Use log_uniform_values to specify limit values.",
    "ilu uses inv_log_uniform, where min/max specify base-e exponents. Use inv_log_uniform_values to specify limit values.",
    "qlu uses q_log_uniform, where min/max specify base-e exponents. Use q_log_uniform_values to specify limit values.",
  ]);
  // Flattened in sorted order at every level, nested names as paths.
  assert.deepEqual(flattenParameters(config.parameters).map((p) => p.path.join("/")), [
    "be",
    "c",
    "cp",
    "ilu",
    "iluv",
    "k",
    "ln",
    "lu",
    "luv",
    "n",
    "nest/inner",
    "qb",
    "qln",
    "qlu",
    "qluv",
    "qn",
    "qu",
  ]);
});

Deno.test("unknown top-level keys are warnings, metric goal/impute fall back to defaults", () => {
  const { config, warnings } = parseSweepConfig({
    method: "bayes",
    parameters: { a: { min: 0.0, max: 1.0 } },
    metric: { name: "loss", goal: "up", impute: "zero" },
    extra: 1,
  });
  assert.deepEqual(warnings, [
    "Additional properties are not allowed ('extra' was unexpected)",
    "'up' is not one of ['minimize', 'maximize']",
    "'zero' is not one of ['latest', 'best', 'worst']",
  ]);
  assert.deepEqual(config.metric, {
    name: "loss",
    goal: "minimize",
    impute: "worst",
    impute_while_running: false,
  });
});

Deno.test("bad configs are rejected with W&B's message and the parameter path", () => {
  rejects(
    { method: "sobol", parameters: { a: { values: [1] } } },
    "method",
    /'sobol' is not one of \['bayes', 'random', 'grid', 'custom'\]/,
  );
  rejects({ parameters: { a: { values: [1] } } }, "method", /'method' is a required property/);
  rejects({ method: "grid" }, "parameters", /'parameters' is a required property/);
  rejects({ method: "grid", parameters: {} }, "parameters", /does not have enough properties/);
  rejects(
    { method: "random", parameters: { lr: { distribution: "uniform", min: 0.1 } } },
    "parameters.lr",
    /Parameter lr is malformed: "max" is required for distribution uniform \(it needs min and max\)/,
  );
  rejects(
    { method: "random", parameters: { lr: { distribution: "log_uniform_values" } } },
    "parameters.lr",
    /Parameter lr is malformed: .*needs min and max/,
  );
  rejects(
    { method: "random", parameters: { lr: { distribution: "weibull" } } },
    "parameters.lr",
    /unknown distribution 'weibull'/,
  );
  rejects(
    { method: "random", parameters: { lr: { min: 0.5, max: 0.1 } } },
    "parameters.lr",
    /lr: min 0.5 is not less than max 0.1/,
  );
  rejects(
    { method: "random", parameters: { o: { parameters: { lr: { min: 1.0, max: 1.0 } } } } },
    "parameters.o.parameters.lr",
    /lr: min 1 is not less than max 1/,
  );
  rejects(
    { method: "random", parameters: { c: { values: [1, 2], probabilities: [0.5] } } },
    "parameters.c",
    /Parameter c: values \[1, 2\] and probabilities \[0.5\] are not the same length/,
  );
  rejects(
    { method: "random", parameters: { c: { values: [1, 2], probabilities: [0.5, 0.6] } } },
    "parameters.c",
    /Parameter c: Probabilities \[0.5, 0.6\] do not sum to 1/,
  );
  rejects(
    { method: "grid", parameters: { o: { parameters: { lr: { min: 0.1, max: 1.0 } } } } },
    "parameters.o.parameters.lr",
    /Parameter o.lr is a disallowed type with grid search/,
  );
  rejects(
    { method: "grid", parameters: { c: { values: [1, 2], probabilities: [0.5, 0.5] } } },
    "parameters.c",
    /disallowed type with grid search/,
  );
  rejects(
    { method: "bayes", parameters: { a: { values: [1, 2] } } },
    "metric",
    /Bayesian search requires "metric" section/,
  );
  rejects(
    { method: "random", parameters: { "1a": { value: 1 } } },
    "parameters.1a",
    /does not match/,
  );
  rejects(
    { method: "random", parameters: { a: 3 } },
    "parameters.a",
    /Invalid configuration for hyperparameter 'a'/,
  );
  rejects(
    { method: "random", parameters: { a: { value: 1 } }, metric: "loss" },
    "metric",
    /invalid type for metric/,
  );
  rejects(
    { method: "random", parameters: { a: { value: 1 } }, run_cap: 0 },
    "run_cap",
    /0 is less than or equal to the minimum of 0/,
  );
  rejects(
    {
      method: "random",
      parameters: { a: { value: 1 } },
      metric: { name: "l" },
      early_terminate: { type: "hyperband" },
    },
    "early_terminate",
    /min_iter, or max_iter and s/,
  );
  rejects(
    {
      method: "random",
      parameters: { a: { value: 1 } },
      metric: { name: "l" },
      early_terminate: { type: "hyperband", min_iter: 1, eta: 1 },
    },
    "early_terminate.eta",
    /minimum of 1/,
  );
  rejects(
    {
      method: "random",
      parameters: { a: { value: 1 } },
      early_terminate: { type: "hyperband", min_iter: 1 },
    },
    "metric",
    /requires a "metric" section/,
  );
});

Deno.test("YAML that does not parse names line and column", () => {
  rejects(
    "method: grid\nparameters:\n  a: {values: [1, 2]\n",
    "",
    /not valid YAML at line \d+, column \d+/,
  );
  rejects("- 1\n- 2\n", "", /must be parsable as a JSON object/);
});

Deno.test("fillClientDefaults adds int_uniform/uniform and rejects mixed bounds like the client", () => {
  const out = fillClientDefaults(
    "method: random\nparameters:\n  a: {min: 1, max: 3}\n  b: {min: 0.5, max: 2.0}\n  c: {values: [1]}\n",
  );
  assert.deepEqual(out.parameters, {
    a: { min: 1, max: 3, distribution: "int_uniform" },
    b: { min: 0.5, max: 2, distribution: "uniform" },
    c: { values: [1] },
  });
  const src = { method: "random", parameters: { a: { min: 1, max: 3 } } };
  fillClientDefaults(src);
  assert.deepEqual(src.parameters.a, { min: 1, max: 3 }, "input left unchanged");
  assert.throws(
    () => fillClientDefaults("method: random\nparameters:\n  lr: {min: 1, max: 2.5}\n"),
    (e: unknown) =>
      e instanceof SweepConfigError && e.path === "parameters.lr" &&
      /Parameter lr is ambiguous, please specify bounds as both floats/.test(e.message),
  );
});

Deno.test("a parsed config parses again to itself (as stored JSON or as an object)", () => {
  const { config } = parseSweepConfig(
    "method: bayes\nmetric: {name: acc, goal: maximize}\nparameters:\n  lr: {min: 1.0, max: 10}\n  n: {min: 1, max: 3}\n  o: {parameters: {m: {values: [a, b]}}}\nearly_terminate: {type: hyperband, min_iter: 3}\n",
  );
  assert.deepEqual(parseSweepConfig(config as unknown as Record<string, unknown>).config, config);
  assert.deepEqual(parseSweepConfig(JSON.stringify(config)).config, config);
  assert.equal(config.parameters.lr!.distribution, "uniform");
  assert.deepEqual(config.early_terminate, {
    type: "hyperband",
    min_iter: 3,
    eta: 3,
    strict: true,
  });
});
