/**
 * `deno task compat`, launch (issue #14): the official W&B Python client (0.30) and OUR launch
 * code on the two ends of a run queue on our server. The official `wandb job create` makes a code
 * job and `launch_add` enqueues it; our LaunchAgent runs its python entry point with the venv's
 * python (so the official SDK logs the launched run, picking up WANDB_CONFIG) to a finished run
 * linked to the item. Then our `launchAdd` enqueues, and the official public API's `queued_run`
 * reads the item and follows it to its finished run. Last, the official `wandb launch-agent`
 * runs our `launchAdd` job item to a finished run and exits on `stopPolling`. And an item of an
 * official `wandb.sweep` enqueued with the official `launch_add(sweep_id=...)` is run by our agent
 * as a run of the sweep (the official SDK joins it from `WANDB_SWEEP_ID`).
 */
import assert from "node:assert/strict";
import { GraphQLClient } from "../../../net/graphql.ts";
import { LaunchAgent } from "../../../launch/agent.ts";
import { launchAdd } from "../../../launch/launch_add.ts";
import { LaunchApi } from "../../../launch/launch_api.ts";
import { type CompatEnv, type PyResult, pywandb, scenario } from "./_harness.ts";
import { gitRepo, TRAIN_PY } from "../../e2e/_launch.ts";

const py = (name: string) => new URL(`../py/${name}`, import.meta.url).pathname;

// deno-lint-ignore no-explicit-any
type Json = any;

function lastJson(r: PyResult, what: string): Json {
  assert.equal(r.code, 0, `${what} exits 0`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!);
}

/** Our launch API on the scenario's server (through its capturing proxy). */
function launchApi(env: CompatEnv): LaunchApi {
  return new LaunchApi(new GraphQLClient({ baseUrl: env.url, apiKey: env.key }), env.key, "local");
}

/** Our agent on the scenario's server; launched python runs use the venv and a private HOME. */
async function startAgent(env: CompatEnv, lines: string[]) {
  const python = await pywandb();
  const home = `${env.dir}/home`;
  const api = launchApi(env);
  const agent = new LaunchAgent({
    api,
    entity: "local",
    pollIntervalMs: 100,
    runInfoGraceMs: 5000,
    handleSignals: false,
    workRoot: env.dir,
    log: (l) => lines.push(l),
    sink: (l) => lines.push(l),
    env: {
      PATH: `${python.replace(/\/python$/, "")}:${Deno.env.get("PATH") ?? "/usr/bin:/bin"}`,
      HOME: home,
      WANDB_CONFIG_DIR: `${home}/.config/wandb`,
      WANDB_CACHE_DIR: `${home}/.cache/wandb`,
      WANDB_DATA_DIR: `${home}/.local/share/wandb`,
      TMPDIR: `${env.dir}/tmp`,
      PYTHONUNBUFFERED: "1",
      WANDB_CONSOLE: "wrap",
    },
  });
  return { api, agent, loop: agent.loop() };
}

/** The official `wandb job create code` of TRAIN_PY: the job `local/launched/train-job`. */
async function makeCodeJob(env: CompatEnv): Promise<void> {
  const code = `${env.dir}/code`;
  await Deno.mkdir(code, { recursive: true });
  await Deno.writeTextFile(`${code}/train.py`, TRAIN_PY);
  await Deno.writeTextFile(`${code}/requirements.txt`, "wandb\n");
  const created = await env.python(
    ["-m", "wandb", "job", "create", "code", code, "-p", "launched", "-e", "local"]
      .concat(["-n", "train-job", "-E", "python train.py"]),
  );
  assert.equal(created.code, 0, "wandb job create exits 0");
}

scenario(
  "official launch_add of a code job is run by OUR LaunchAgent to a finished run linked to the item",
  "launch_official_add_our_agent",
  async (env) => {
    await makeCodeJob(env);
    const added = lastJson(
      await env.python([
        py("launch_agent_add.py"),
        "local/launched/train-job:latest",
        "launched",
        "0.25",
      ]),
      "launch_add",
    );
    assert.equal(added.state, "pending");
    const lines: string[] = [];
    const { agent, loop } = await startAgent(env, lines);
    try {
      const followed = lastJson(
        await env.python([
          py("launch_agent_queued.py"),
          "local",
          "launched",
          "default",
          added.id,
          "finish",
        ]),
        "queued_run.wait_until_finished",
      );
      assert.equal(followed.run_state, "finished", lines.join("\n"));
      assert.equal(followed.lr, 0.25); // WANDB_CONFIG from the item's run_config
      assert.equal(followed.loss, 0.5);
      assert.equal(followed.item_state, "finished");
      assert.ok(lines.includes(`[${followed.run_id}] training with lr=0.25`), lines.join("\n"));
      while (agent.numRunningJobs > 0) await new Promise((r) => setTimeout(r, 20));
    } finally {
      agent.stop();
      await loop;
    }
    assert.equal(agent.status.finished, 1);
  },
);

scenario(
  "OUR launchAdd item is read by the official public API's queued_run and followed to its run",
  "launch_our_add_official_queued_run",
  async (env) => {
    const uri = await gitRepo(`${env.dir}/repo`, { "train.py": TRAIN_PY });
    const queued = await launchAdd({
      api: launchApi(env),
      uri,
      entryPoint: ["python", "train.py"],
      resource: "local-process",
      project: "ours",
      runConfig: { lr: 0.75 },
    });
    const before = lastJson(
      await env.python([
        py("launch_agent_queued.py"),
        "local",
        "ours",
        "default",
        queued.id,
        "state",
      ]),
      "queued_run.state",
    );
    assert.deepEqual(before, { id: queued.id, state: "pending" });
    const lines: string[] = [];
    const { agent, loop } = await startAgent(env, lines);
    try {
      const after = lastJson(
        await env.python([
          py("launch_agent_queued.py"),
          "local",
          "ours",
          "default",
          queued.id,
          "finish",
        ]),
        "queued_run.wait_until_finished",
      );
      assert.equal(after.run_state, "finished", lines.join("\n"));
      assert.equal(after.lr, 0.75);
      assert.equal(after.item_state, "finished");
      assert.equal((await queued.item())?.associatedRunId, after.run_id);
    } finally {
      agent.stop();
      await loop;
    }
  },
);

scenario(
  "the official `wandb launch-agent` runs OUR launchAdd job item to a finished run, and stops on stopPolling",
  "launch_our_add_official_agent",
  async (env) => {
    await makeCodeJob(env);
    const api = launchApi(env);
    const queued = await launchAdd({
      api,
      job: "local/launched/train-job:latest",
      resource: "local-process",
      project: "launched",
      runConfig: { lr: 0.5 },
    });
    const python = await pywandb();
    const venvPath = `${python.replace(/\/python$/, "")}:${Deno.env.get("PATH") ?? "/usr/bin"}`;
    const agentDone = env.python(["-m", "wandb", "launch-agent", "-q", "default", "-e", "local"], {
      env: { PATH: venvPath },
      timeoutSeconds: 240,
    });
    let item = await queued.item();
    for (let i = 0; i < 1200 && !["FINISHED", "FAILED"].includes(item?.state ?? ""); i++) {
      await new Promise((r) => setTimeout(r, 200));
      item = await queued.item();
    }
    type Agents = { project: { launchAgents: { id: string }[] } };
    const agents = await env.gql<Agents>(
      `query { project(name: "model-registry", entityName: "local") { launchAgents { id } } }`,
    );
    for (const a of agents.project.launchAgents) {
      await env.gql(
        `mutation S($id: ID!) { updateLaunchAgent(input: { launchAgentId: $id, stopPolling: true }) { success } }`,
        { id: a.id },
      );
    }
    const done = await agentDone;
    assert.equal(item?.state, "FINISHED", done.explain());
    const run = await env.gql<{ project: { run: { state: string; config: string } } }>(
      `query R($id: String!) { project(name: "launched", entityName: "local") { run(name: $id) { state config } } }`,
      { id: item!.associatedRunId },
    );
    assert.equal(run.project.run.state, "finished");
    const config = JSON.parse(run.project.run.config);
    assert.equal(config.lr.value, 0.5);
    assert.equal(config._wandb.value.launch_trace_id, queued.id);
    assert.equal(done.code, 0, done.explain());
    // Its own job thread may still report POLLING after its KILLED, so the status is not checked.
    assert.match(done.stderr + done.stdout, /Shutting down, active jobs/);
  },
);

scenario(
  "an official launch_add item of an official sweep is run by OUR LaunchAgent as a run of the sweep",
  "launch_official_sweep_item_our_agent",
  async (env) => {
    await makeCodeJob(env);
    const added = lastJson(
      await env.python([
        py("launch_sweep_add.py"),
        "local/launched/train-job:latest",
        "launched",
        "0.75",
      ]),
      "wandb.sweep + launch_add(sweep_id=...)",
    );
    const lines: string[] = [];
    const { agent, loop } = await startAgent(env, lines);
    try {
      const followed = lastJson(
        await env.python([
          py("launch_agent_queued.py"),
          "local",
          "launched",
          "default",
          added.id,
          "finish",
        ]),
        "queued_run.wait_until_finished",
      );
      assert.equal(followed.run_state, "finished", lines.join("\n"));
      const sweep = lastJson(
        await env.python([py("launch_sweep_runs.py"), `local/launched/${added.sweep}`]),
        "api.sweep(...).runs",
      );
      // The official SDK in the launched run joined the sweep from WANDB_SWEEP_ID.
      assert.deepEqual(sweep.runs, [{
        id: followed.run_id,
        state: "finished",
        lr: 0.75,
        sweep: added.sweep,
      }]);
      while (agent.numRunningJobs > 0) await new Promise((r) => setTimeout(r, 20));
    } finally {
      agent.stop();
      await loop;
    }
    assert.equal(agent.status.finished, 1);
  },
);
