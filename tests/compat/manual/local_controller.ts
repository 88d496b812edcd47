/**
 * Manual compat check (not in `deno task compat`: it needs W&B's `sweeps` package, which CI's
 * venv lacks): W&B's official LOCAL sweep controller (`wandb controller`, wandb 0.30 with the
 * `sweeps` library) and the official `wandb agent` against our server, end to end. For a grid, a
 * bayes sweep ended by `run_cap` and a grid with Hyperband early termination it checks: every run
 * the controller schedules is handed to the agent and finishes linked to the sweep with the
 * controller's params (floats as floats: `--lr=1.0`), the controller reads the runs and their
 * metrics (`SweepWithRuns`), Hyperband's `earlystop` stops a run through the agent, and the sweep
 * ends (FINISHED), so both the controller and the agent exit 0; and when the only agent dies, the
 * sweep's reads reap it and a replacement agent finishes the sweep.
 *
 * Run (see tests/compat/manual/README.md for building the venv):
 *
 * ```sh
 * WANDB_TS_PYWANDB=/tmp/pyctl npx -y deno@2.9.6 test -A tests/compat/manual/local_controller.ts
 * ```
 * @module
 */
import assert from "node:assert/strict";
import { dirname } from "node:path";
import { type CompatEnv, type PyResult, pywandb, scenario } from "../official/_harness.ts";

// deno-lint-ignore no-explicit-any
type Json = any;

const PROJECT = "lc";

/**
 * The training program: reads lr from the run config, logs a loss over `steps` steps; writes its
 * pid to `pid-<run id>` (for the scenario that kills it).
 */
const TRAIN = `import os, sys, time, wandb
run = wandb.init()
open("pid-" + run.id, "w").write(str(os.getpid()))
lr = float(run.config["lr"])
layers = int(run.config.get("layers", 1))
print("ARGV", sys.argv[1:], flush=True)
for step in range(STEPS):
    run.log({"loss": abs(lr - 0.3) * 10 + layers * 0.1 + 1.0 / (step + 1)})
    time.sleep(SLEEP)
run.finish()
`;

/** Fails (never skips) when the venv has no `sweeps`: the controller cannot run without it. */
async function requireSweeps(): Promise<string> {
  const python = await pywandb();
  const out = await new Deno.Command(python, { args: ["-c", "import sweeps"], stderr: "piped" })
    .output();
  assert.ok(
    out.success,
    `${python} cannot import W&B's "sweeps" package; build a venv with it (tests/compat/manual/README.md) and set WANDB_TS_PYWANDB`,
  );
  return python;
}

async function clientEnv(env: CompatEnv): Promise<Record<string, string>> {
  return {
    // The agent runs `python <program>`: the venv's python first on PATH.
    PATH: `${dirname(await requireSweeps())}:${Deno.env.get("PATH") ?? "/usr/bin:/bin"}`,
    WANDB_PROJECT: PROJECT,
    WANDB_ENTITY: "local",
    // Not the program's folder: a `wandb/` folder there would shadow the wandb package.
    WANDB_DIR: `${env.dir}/wandb-dir`,
  };
}

/**
 * Creates the sweep with `wandb sweep`, then runs `wandb controller --verbose` and the agents
 * (default: one `wandb agent`) side by side until all exit.
 */
async function runSweep(
  env: CompatEnv,
  yaml: string,
  train: { steps: number; sleep: number },
  agents: (id: string, vars: Record<string, string>) => Promise<PyResult> = (id, vars) =>
    env.python(["-m", "wandb", "agent", `local/${PROJECT}/${id}`], {
      env: vars,
      timeoutSeconds: 400,
    }),
): Promise<{ id: string; controller: PyResult; agent: PyResult }> {
  const vars = await clientEnv(env);
  const work = `${env.dir}/work`;
  await Deno.mkdir(vars.WANDB_DIR!, { recursive: true });
  await Deno.mkdir(work, { recursive: true });
  await Deno.writeTextFile(
    `${work}/train.py`,
    TRAIN.replace("STEPS", String(train.steps)).replace("SLEEP", String(train.sleep)),
  );
  await Deno.writeTextFile(`${work}/sweep.yaml`, yaml);
  const made = await env.python(["-m", "wandb", "sweep", "sweep.yaml"], { env: vars });
  assert.equal(made.code, 0, `wandb sweep exits 0\n${made.explain()}`);
  const id = /Creating sweep with ID: ([a-z0-9]{8})/.exec(made.stdout + made.stderr)?.[1];
  assert.ok(id, `wandb sweep prints the sweep id\n${made.explain()}`);
  const [controller, agent] = await Promise.all([
    env.python(["-m", "wandb", "controller", "--verbose", id], { env: vars, timeoutSeconds: 400 }),
    agents(id, vars),
  ]);
  assert.equal(controller.code, 0, `wandb controller exits 0\n${controller.explain()}`);
  assert.equal(agent.code, 0, `wandb agent exits 0\n${agent.explain()}`);
  return { id, controller, agent };
}

const SWEEP = `query ($project: String, $sweep: String!) {
  project(name: $project) { sweep(sweepName: $sweep) {
    state controller scheduler runCount
    runs { edges { node { name state stopped sweepName config summaryMetrics } } }
  } } }`;

async function readSweep(env: CompatEnv, sweep: string): Promise<Json> {
  return (await env.gql<Json>(SWEEP, { project: PROJECT, sweep })).project.sweep;
}

/** The (name, args) of every schedule entry the controller wrote, from its verbose output. */
function scheduledParams(controller: PyResult): string[] {
  return [...controller.stdout.matchAll(/INFO: Schedule \((.*)\)/g)].map((m) => m[1]!);
}

/** Each run's params as the controller prints them: `layers=1,lr=1.0`. */
function runParams(node: Json, names: string[]): string {
  const config = JSON.parse(node.config);
  return names.sort().map((n) => `${n}=${pyRepr(config[n].value)}`).join(",");
}

/** Python's repr of a number the run config holds (our JSON reader drops `.0`). */
function pyRepr(v: number): string {
  return Number.isInteger(v) ? `${v}.0` : String(v);
}

/** Checks the common end state: every scheduled run ran to the end, linked, with its params. */
async function checkFinished(
  env: CompatEnv,
  id: string,
  controller: PyResult,
  names: string[],
  runs: number,
): Promise<Json> {
  const s = await readSweep(env, id);
  assert.equal(s.state, "FINISHED", "the sweep ends");
  assert.equal(s.runCount, runs);
  const scheduled = JSON.parse(s.scheduler).scheduled as { id: string; runid: string }[];
  assert.deepEqual(
    scheduled.map((e) => e.runid),
    s.runs.edges.map((e: Json) => e.node.name),
    "every scheduled entry became exactly one run",
  );
  for (const { node } of s.runs.edges) {
    assert.equal(node.sweepName, id);
    assert.ok(JSON.parse(node.summaryMetrics).loss > 0, `run ${node.name} logged its loss`);
  }
  // The controller scheduled exactly the params the runs got, in order.
  const want = scheduledParams(controller).slice(0, runs);
  const have = s.runs.edges.map((e: Json) => runParams(e.node, [...names]));
  assert.deepEqual(
    have.map((h: string) => h.replace(/(\d)\.0\b/g, "$1")),
    want.map((w) => w.replace(/(\d)\.0\b/g, "$1")),
  );
  // The controller read every run (SweepWithRuns) before it saw the sweep end.
  assert.match(controller.stdout, new RegExp(`Runs: ${runs} \\(`));
  return s;
}

scenario(
  "official local controller: a grid sweep, every point run by the official agent, floats kept",
  "local_grid",
  async (env) => {
    const { id, controller, agent } = await runSweep(
      env,
      "program: train.py\nmethod: grid\ncontroller:\n  type: local\n" +
        "metric:\n  name: loss\n  goal: minimize\n" +
        "parameters:\n  lr:\n    values: [0.1, 1.0]\n  layers:\n    values: [1, 2]\n",
      { steps: 3, sleep: 0 },
    );
    const s = await checkFinished(env, id, controller, ["layers", "lr"], 4);
    assert.ok(s.runs.edges.every((e: Json) => e.node.state === "finished"));
    assert.match(agent.stderr + agent.stdout, /--layers=1 --lr=1\.0/, "1.0 reaches the program");
    assert.doesNotMatch(agent.stderr + agent.stdout, /--lr=1(\s|$)/);
  },
);

scenario(
  "official local controller: a bayes sweep runs until run_cap, then the sweep finishes",
  "local_bayes",
  async (env) => {
    const { id, controller } = await runSweep(
      env,
      "program: train.py\nmethod: bayes\nrun_cap: 3\ncontroller:\n  type: local\n" +
        "metric:\n  name: loss\n  goal: minimize\n" +
        "parameters:\n  lr:\n    min: 0.0\n    max: 1.0\n",
      { steps: 3, sleep: 0 },
    );
    await checkFinished(env, id, controller, ["lr"], 3);
  },
);

scenario(
  "official local controller: Hyperband earlystop stops the worse runs through the agent",
  "local_hyperband",
  async (env) => {
    const { id, controller, agent } = await runSweep(
      env,
      "program: train.py\nmethod: grid\ncontroller:\n  type: local\n" +
        "metric:\n  name: loss\n  goal: minimize\n" +
        "early_terminate:\n  type: hyperband\n  min_iter: 2\n  eta: 2\n" +
        "parameters:\n  lr:\n    values: [0.3, 0.35, 0.9, 0.95]\n",
      // Long enough for the client's 15 s history flushes to reach the controller mid-run.
      { steps: 30, sleep: 1 },
    );
    const s = await checkFinished(env, id, controller, ["lr"], 4);
    const stopped = s.runs.edges.filter((e: Json) => e.node.stopped).map((e: Json) => e.node);
    assert.ok(stopped.length > 0, "Hyperband stopped a run");
    for (const r of stopped) {
      assert.ok(JSON.parse(r.config).lr.value >= 0.9, `only a worse run is stopped: ${r.name}`);
      // The agent SIGTERMs it; its client never finishes it; the server ends it as killed.
      assert.equal(r.state, "killed");
    }
    assert.match(controller.stdout, /INFO: Stop /, "the controller asked for the stop");
    assert.match(agent.stderr + agent.stdout, /Stopping run|stop/i, "the agent got the stop");
  },
);

/** Runs `wandb agent` until its first run has started, then SIGKILLs both (a machine dying). */
const KILL_AGENT = `import glob, os, signal, subprocess, sys, time
agent = subprocess.Popen([sys.executable, "-m", "wandb", "agent", sys.argv[1]])
while not glob.glob("pid-*"):
    time.sleep(0.5)
time.sleep(3)
agent.kill()
agent.wait()
for f in glob.glob("pid-*"):
    os.kill(int(open(f).read()), signal.SIGKILL)
    print("killed", f[4:], flush=True)
`;

scenario(
  "official local controller: its only agent dies; the sweep read reaps it and a replacement agent finishes the sweep",
  "local_lapse",
  async (env) => {
    let crashed = "";
    const { id, controller } = await runSweep(
      env,
      "program: train.py\nmethod: grid\ncontroller:\n  type: local\n" +
        "metric:\n  name: loss\n  goal: minimize\nparameters:\n  lr:\n    values: [0.1, 0.2]\n",
      { steps: 30, sleep: 1 },
      async (id, vars) => {
        await Deno.writeTextFile(`${env.dir}/work/kill_agent.py`, KILL_AGENT);
        const dead = await env.python(["kill_agent.py", `local/${PROJECT}/${id}`], { env: vars });
        crashed = /killed (\w+)/.exec(dead.stdout)?.[1] ?? "";
        assert.ok(crashed, `the first agent and its run were killed\n${dead.explain()}`);
        // No agent heartbeats now: reads of the sweep (the controller's SweepWithRuns every 5 s,
        // and this poll) reap the dead agent once its heartbeat is older than the 60 s timeout.
        for (let i = 0; i < 60; i++) {
          const s = await readSweep(env, id);
          const run = s.runs.edges.find((e: Json) => e.node.name === crashed)?.node;
          if (run?.state === "crashed") break;
          await new Promise((r) => setTimeout(r, 2000));
        }
        return await env.python(["-m", "wandb", "agent", `local/${PROJECT}/${id}`], {
          env: vars,
          timeoutSeconds: 300,
        });
      },
    );
    const s = await readSweep(env, id);
    assert.equal(s.state, "FINISHED");
    assert.deepEqual(
      s.runs.edges.map((e: Json) => [e.node.name === crashed, e.node.state]),
      [[true, "crashed"], [false, "finished"]],
      "the dead agent's run crashed; the replacement ran the next point",
    );
    assert.match(controller.stdout, /Runs: 1 \(Crashed: 1\)/, "the controller saw the crash");
    const agents = await env.gql<Json>(
      `query ($s: String!) { project(name: "${PROJECT}") { sweep(sweepName: $s) {
        agents { edges { node { state } } } } } }`,
      { s: id },
    );
    assert.equal(agents.project.sweep.agents.edges[0].node.state, "LAPSED");
  },
);
