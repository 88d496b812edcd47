/**
 * `deno task compat`, sweeps half of issue #13: the official W&B client (0.30) creates a sweep
 * with `wandb sweep config.yaml`; our `wandb-ts agent` serves it, running the sweep's python
 * program (`${env} ${interpreter} ${program} ${args}`, the interpreter being the venv's python
 * found first on PATH) with the official client inside, to completion. The official program reads
 * its parameters from WANDB_SWEEP_PARAM_PATH, so each run's stored config is the grid point the
 * server suggested, and the runs belong to the sweep. And the other way round: the official
 * `wandb agent` serves a sweep our `wandb-ts sweep` created.
 */
import assert from "node:assert/strict";
import { dirname } from "node:path";
import { runDeno } from "../../e2e/_helpers.ts";
import { capturedDocuments, invalidCapturedDocuments, pywandb, scenario } from "./_harness.ts";

const root = new URL("../../../", import.meta.url).pathname;
const trainPy = new URL("../py/sweep_train.py", import.meta.url).pathname;

// deno-lint-ignore no-explicit-any
type Json = any;

scenario(
  "official client: `wandb sweep` creates a grid sweep; our `wandb-ts agent` runs its python program to completion",
  "sweep_agent",
  async (env) => {
    const work = `${env.dir}/work`;
    await Deno.mkdir(work, { recursive: true });
    await Deno.copyFile(trainPy, `${work}/sweep_train.py`);
    await Deno.writeTextFile(
      `${work}/sweep.yaml`,
      `program: sweep_train.py
method: grid
metric:
  name: loss
  goal: minimize
parameters:
  lr:
    values: [0.1, 0.01]
  layers:
    values: [1, 2]
`,
    );
    const made = await env.python(["-m", "wandb", "sweep", "sweep.yaml", "--project", "csw"], {
      cwd: work,
    });
    assert.equal(made.code, 0, "wandb sweep exits 0");
    const m = /wandb agent (local\/csw\/[a-z0-9]+)/.exec(made.stdout + made.stderr);
    assert.ok(m, `wandb sweep printed the agent command:\n${made.stderr}`);
    const path = m[1]!;
    const sweepId = path.split("/")[2]!;

    const venvBin = dirname(await pywandb());
    const home = `${env.dir}/home`;
    const agent = await runDeno(
      ["run", "-A", `--config=${root}deno.json`, `${root}cli/main.ts`, "agent", path],
      work,
      {
        // The venv's python is the `python` that ${interpreter} finds.
        PATH: `${venvBin}:${Deno.env.get("PATH") ?? "/usr/bin:/bin"}`,
        HOME: home,
        WANDB_CONFIG_DIR: `${home}/.config/wandb`,
        WANDB_CACHE_DIR: `${home}/.cache/wandb`,
        WANDB_DATA_DIR: `${home}/.local/share/wandb`,
        WANDB_DIR: work,
        WANDB_BASE_URL: env.url,
        WANDB_API_KEY: env.key,
        DENO_DIR: Deno.env.get("DENO_DIR") ??
          `${Deno.env.get("XDG_CACHE_HOME") ?? `${Deno.env.get("HOME") ?? "/tmp"}/.cache`}/deno`,
        PYTHONUNBUFFERED: "1",
      },
    );
    assert.equal(agent.code, 0, `our agent exits 0:\n${agent.stderr.slice(-4000)}`);
    assert.match(agent.stderr, /agent done: 4 started, 4 finished, 0 failed/);
    assert.match(
      agent.stderr,
      new RegExp(`About to run command: /usr/bin/env python sweep_train.py --l`),
    );

    const d = await env.gql<Json>(
      `query S($sweep: String!) { project(name: "csw", entityName: "local") {
        sweep(sweepName: $sweep) { state runCountExpected bestLoss
          runs { edges { node { name state config sweepName summaryMetrics } } } } } }`,
      { sweep: sweepId },
    );
    const sweep = d.project.sweep;
    assert.equal(sweep.state, "FINISHED");
    assert.equal(sweep.runCountExpected, 4);
    const runs = sweep.runs.edges.map((e: Json) => e.node);
    assert.equal(runs.length, 4);
    const points = runs.map((r: Json) => {
      assert.equal(r.state, "finished", `run ${r.name} finished`);
      assert.equal(r.sweepName, sweepId);
      const c = JSON.parse(r.config);
      assert.ok(c._wandb, `run ${r.name} was written by the official client`);
      assert.equal(typeof JSON.parse(r.summaryMetrics).loss, "number");
      return `${c.lr.value}/${c.layers.value}`;
    }).sort();
    assert.deepEqual(points, ["0.01/1", "0.01/2", "0.1/1", "0.1/2"]);
    // Each run's parameter file is where WANDB_SWEEP_PARAM_PATH pointed, in config.yaml format.
    for (const r of runs) {
      const text = await Deno.readTextFile(`${work}/wandb/sweep-${sweepId}/config-${r.name}.yaml`);
      assert.match(
        text,
        /^wandb_version: 1\n\nlayers:\n {2}value: [12]\nlr:\n {2}value: 0\.0?1\n$/,
      );
    }
  },
);

scenario(
  "official client: `wandb agent` serves a sweep our `wandb-ts sweep` created (random, run_cap 2, min/max filled as uniform)",
  "sweep_ours_official_agent",
  async (env) => {
    const work = `${env.dir}/work`;
    await Deno.mkdir(work, { recursive: true });
    await Deno.copyFile(trainPy, `${work}/sweep_train.py`);
    await Deno.writeTextFile(
      `${work}/sweep.yaml`,
      `program: sweep_train.py
method: random
run_cap: 2
metric: {name: loss, goal: minimize}
parameters:
  lr: {min: 0.001, max: 0.1}
  layers: {values: [1, 2]}
`,
    );
    const home = `${env.dir}/home`;
    const made = await runDeno(
      ["run", "-A", `--config=${root}deno.json`, `${root}cli/main.ts`, "sweep", "sweep.yaml"],
      work,
      {
        HOME: home,
        WANDB_CONFIG_DIR: `${home}/.config/wandb`,
        WANDB_BASE_URL: env.url,
        WANDB_API_KEY: env.key,
        WANDB_PROJECT: "ours",
      },
    );
    assert.equal(made.code, 0, made.stderr);
    const path = /agent (local\/ours\/[a-z0-9]+)/.exec(made.stderr)?.[1];
    assert.ok(path, made.stderr);
    const venvBin = dirname(await pywandb());
    const agent = await env.python(["-m", "wandb", "agent", path], {
      cwd: work,
      env: { PATH: `${venvBin}:${Deno.env.get("PATH") ?? "/usr/bin:/bin"}` },
    });
    assert.equal(agent.code, 0, "the official agent exits 0");
    const d = await env.gql<Json>(
      `query S($sweep: String!) { project(name: "ours", entityName: "local") {
        sweep(sweepName: $sweep) { state config runs { edges { node { state config } } } } } }`,
      { sweep: path.split("/")[2] },
    );
    const sweep = d.project.sweep;
    assert.equal(sweep.state, "FINISHED");
    // What we sent is what W&B's client sends: sorted YAML, uniform filled in for float bounds.
    assert.match(sweep.config, /lr:\n {4}distribution: uniform\n {4}max: 0\.1\n {4}min: 0\.001\n/);
    const runs = sweep.runs.edges.map((e: Json) => e.node);
    assert.equal(runs.length, 2);
    for (const r of runs) {
      assert.equal(r.state, "finished");
      const lr = JSON.parse(r.config).lr.value;
      assert.ok(lr >= 0.001 && lr <= 0.1, `lr ${lr} is within the bounds`);
    }
  },
);

Deno.test("sweep documents the official client sent (sweep_agent_suite) all validate against our schema", () => {
  const docs = capturedDocuments();
  assert.ok(docs.some((d) => /agentHeartbeat/.test(d.query)), "the sweep flow was captured");
  const bad = invalidCapturedDocuments("new");
  assert.deepEqual(bad, []);
});
