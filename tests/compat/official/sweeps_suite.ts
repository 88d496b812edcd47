/**
 * `deno task compat`, sweeps (issue #13): the official W&B Python client (0.30), unchanged,
 * creates sweeps on our server with `wandb sweep`, runs them with `wandb agent` (its agent
 * heartbeats, gets `run` commands from our scheduler, launches tests/compat/py/sweep_train.py
 * per run, and leaves on our `exit`), and reads the result with `wandb.Api().sweep(...)`; each
 * step checked through our GraphQL.
 */
import assert from "node:assert/strict";
import { dirname } from "node:path";
import {
  capturedDocuments,
  type CompatEnv,
  invalidCapturedDocuments,
  type PyResult,
  pywandb,
  scenario,
} from "./_harness.ts";

const py = (name: string) => new URL(`../py/${name}`, import.meta.url).pathname;

// deno-lint-ignore no-explicit-any
type Json = any;

const PROJECT = "sweeps-compat";

/** The agent launches `python <program>`: the official client's python comes first on PATH. */
async function agentEnv(): Promise<Record<string, string>> {
  return {
    PATH: `${dirname(await pywandb())}:${Deno.env.get("PATH") ?? "/usr/bin:/bin"}`,
    WANDB_PROJECT: PROJECT,
  };
}

/** Writes the training program and a sweep config into the scenario's work dir. */
async function prepare(env: CompatEnv, name: string, yaml: string): Promise<string> {
  const work = `${env.dir}/work`;
  await Deno.mkdir(work, { recursive: true });
  await Deno.copyFile(py("sweep_train.py"), `${work}/sweep_train.py`);
  await Deno.writeTextFile(`${work}/${name}`, yaml);
  return work;
}

/** `wandb sweep <file>`: the sweep id it printed. */
async function createSweep(env: CompatEnv, file: string, extra: string[] = []): Promise<string> {
  const r = await env.python(["-m", "wandb", "sweep", ...extra, file], { env: await agentEnv() });
  assert.equal(r.code, 0, `wandb sweep exits 0\n${r.explain()}`);
  const m = /Creating sweep with ID: ([a-z0-9]{8})/.exec(r.stdout + r.stderr);
  assert.ok(m, `wandb sweep prints the sweep id\n${r.explain()}`);
  return m[1]!;
}

function lastJson(r: PyResult, what: string): Json {
  assert.equal(r.code, 0, `${what} exits 0\n${r.explain()}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!);
}

const SWEEP_QUERY = `query ($project: String, $sweep: String!) {
  project(name: $project) { sweep(sweepName: $sweep) {
    name state method runCount runCountExpected bestLoss scheduler
    runs { edges { node { name state sweepName config summaryMetrics } } }
  } } }`;

async function readSweep(env: CompatEnv, sweep: string): Promise<Json> {
  const data = await env.gql<Json>(SWEEP_QUERY, { project: PROJECT, sweep });
  return data.project.sweep;
}

/** A run's plain config values of the sweep's parameters. */
function params(node: Json, names: string[]): Record<string, unknown> {
  const config = JSON.parse(node.config);
  return Object.fromEntries(names.map((n) => [n, config[n]?.value]));
}

scenario(
  "sweeps: a grid sweep by `wandb sweep` + `wandb agent` runs every point and the agent exits",
  "sweep_grid",
  async (env) => {
    const work = await prepare(
      env,
      "grid.yaml",
      [
        "program: sweep_train.py",
        "method: grid",
        "metric: {name: loss, goal: minimize}",
        "parameters:",
        "  lr: {values: [0.001, 0.01]}",
        "  layers: {values: [1, 2]}",
        "",
      ].join("\n"),
    );
    const id = await createSweep(env, `${work}/grid.yaml`);
    assert.equal((await readSweep(env, id)).state, "RUNNING");

    // No --count: the agent leaves only when our server sends `exit` (the grid is done).
    const agent = await env.python(["-m", "wandb", "agent", `local/${PROJECT}/${id}`], {
      env: await agentEnv(),
    });
    assert.equal(agent.code, 0, `wandb agent exits 0\n${agent.explain()}`);
    assert.match(agent.stdout + agent.stderr, /Agent received command: exit/);

    const sweep = await readSweep(env, id);
    assert.equal(sweep.state, "FINISHED");
    assert.equal(sweep.runCount, 4);
    assert.equal(sweep.runCountExpected, 4);
    const runs = sweep.runs.edges.map((e: Json) => e.node);
    assert.ok(runs.every((r: Json) => r.state === "finished" && r.sweepName === id));
    const points = runs.map((r: Json) => JSON.stringify(params(r, ["layers", "lr"]))).sort();
    assert.deepEqual(points, [
      '{"layers":1,"lr":0.001}',
      '{"layers":1,"lr":0.01}',
      '{"layers":2,"lr":0.001}',
      '{"layers":2,"lr":0.01}',
    ]);
    const losses = runs.map((r: Json) => JSON.parse(r.summaryMetrics).loss as number);
    assert.equal(sweep.bestLoss, Math.min(...losses));

    // The official public API reads it back: state, runs, best run.
    const read = lastJson(
      await env.python([py("sweep_read.py"), `local/${PROJECT}/${id}`]),
      "sweep_read.py",
    );
    assert.equal(read.state, "FINISHED");
    assert.equal(read.expected, 4);
    assert.equal(read.runs.length, 4);
    assert.ok(read.runs.every((r: Json) => r.state === "finished" && r.sweep === id));
    const best = runs.find((r: Json) => JSON.parse(r.summaryMetrics).loss === sweep.bestLoss);
    assert.equal(read.best, best.name);
  },
);

scenario(
  "sweeps: a bayes sweep runs `--count 4` runs whose configs the server chose within bounds",
  "sweep_bayes",
  async (env) => {
    const work = await prepare(
      env,
      "bayes.yaml",
      [
        "program: sweep_train.py",
        "method: bayes",
        "metric: {name: loss, goal: minimize}",
        "parameters:",
        "  lr: {min: 0.0001, max: 0.1}",
        "  layers: {values: [1, 2, 3]}",
        "",
      ].join("\n"),
    );
    const id = await createSweep(env, `${work}/bayes.yaml`);
    const agent = await env.python(
      ["-m", "wandb", "agent", "--count", "4", `local/${PROJECT}/${id}`],
      { env: await agentEnv() },
    );
    assert.equal(agent.code, 0, `wandb agent exits 0\n${agent.explain()}`);

    const sweep = await readSweep(env, id);
    assert.equal(sweep.state, "RUNNING");
    assert.equal(sweep.method, "bayes");
    assert.equal(sweep.runCountExpected, null);
    const runs = sweep.runs.edges.map((e: Json) => e.node);
    assert.equal(runs.length, 4);
    for (const r of runs) {
      assert.equal(r.state, "finished");
      assert.equal(r.sweepName, id);
      const p = params(r, ["lr", "layers"]) as { lr: number; layers: number };
      assert.ok(p.lr >= 0.0001 && p.lr <= 0.1, `lr ${p.lr} within [0.0001, 0.1]`);
      assert.ok([1, 2, 3].includes(p.layers), `layers ${p.layers} one of the values`);
    }
    const read = lastJson(
      await env.python([py("sweep_read.py"), `local/${PROJECT}/${id}`]),
      "sweep_read.py",
    );
    assert.equal(read.state, "RUNNING");
    assert.equal(read.runs.length, 4);
    const losses = read.runs.map((r: Json) => r.loss as number);
    assert.equal(read.best_loss_run, Math.min(...losses));
  },
);

scenario(
  "sweeps: `wandb sweep --pause/--resume/--cancel` change the state; an invalid config is refused",
  "sweep_state",
  async (env) => {
    const work = await prepare(
      env,
      "bad.yaml",
      "program: sweep_train.py\nmethod: grid\nparameters:\n  lr: {min: 0.1, max: 0.01}\n",
    );
    const bad = await env.python(["-m", "wandb", "sweep", `${work}/bad.yaml`], {
      env: await agentEnv(),
    });
    assert.notEqual(bad.code, 0, "an invalid sweep config is refused");
    assert.match(bad.stdout + bad.stderr, /lr/);

    await Deno.writeTextFile(
      `${work}/ok.yaml`,
      "program: sweep_train.py\nmethod: random\nparameters:\n  lr: {min: 0.001, max: 0.1}\n",
    );
    const id = await createSweep(env, `${work}/ok.yaml`);
    for (
      const [flag, state] of [["--pause", "PAUSED"], ["--resume", "RUNNING"], [
        "--cancel",
        "CANCELED",
      ]]
    ) {
      const r = await env.python(["-m", "wandb", "sweep", flag!, `local/${PROJECT}/${id}`], {
        env: await agentEnv(),
      });
      assert.equal(r.code, 0, `wandb sweep ${flag} exits 0\n${r.explain()}`);
      assert.equal((await readSweep(env, id)).state, state);
    }
    // A canceled sweep sends its agent away at once, with no run.
    const agent = await env.python(["-m", "wandb", "agent", `local/${PROJECT}/${id}`], {
      env: await agentEnv(),
    });
    assert.equal(agent.code, 0, `wandb agent exits 0\n${agent.explain()}`);
    assert.match(agent.stdout + agent.stderr, /Agent received command: exit/);
    assert.equal((await readSweep(env, id)).runCount, 0);
  },
);

Deno.test("sweep documents the official client sent (sweeps_suite) all validate against our schema", () => {
  const docs = capturedDocuments();
  assert.ok(docs.some((d) => /UpsertSweep/.test(d.query)), "the sweep flow was captured");
  const bad = invalidCapturedDocuments("new");
  assert.deepEqual(bad, []);
});
