/**
 * Sweeps on launch against our real server: an item whose spec carries `sweep_id` (and the
 * sweep's chosen values in `overrides.run_config`, as W&B's launch sweep scheduler enqueues them)
 * is run by our LaunchAgent as a run of that sweep; an item of a sweep that is no longer running
 * is failed (W&B's `check_sweep_state`).
 */
import assert from "node:assert/strict";
import { LaunchAgent } from "../../launch/agent.ts";
import { launchAdd } from "../../launch/launch_add.ts";
import { Api } from "../../apis/public/api.ts";
import { setSweepState, upsertSweep } from "../../sdk/sweeps/gql.ts";
import { gitRepo, itemError, launchEnv, TRAIN_TS, tsEntryPoint } from "./_launch.ts";

Deno.test("LaunchAgent runs a sweep item as a run of the sweep, and fails items of a finished sweep", async () => {
  await using env = await launchEnv();
  const uri = await gitRepo(`${env.dir}/repo`, { "train.ts": TRAIN_TS });
  const sweep = await upsertSweep(env.api.gql, {
    config: { method: "grid", parameters: { lr: { values: [0.5, 0.75] } } },
    entity: "local",
    project: "launched",
  });
  const queued = await launchAdd({
    api: env.api,
    uri,
    entryPoint: tsEntryPoint(),
    resource: "local-process",
    project: "launched",
    sweepId: sweep.name,
    runConfig: { lr: 0.75 },
  });
  const agent = new LaunchAgent({
    api: env.api,
    entity: "local",
    pollIntervalMs: 50,
    runInfoGraceMs: 2000,
    handleSignals: false,
    workRoot: env.dir,
    log: (l) => env.lines.push(l),
    sink: (l) => env.lines.push(l),
  });
  const loop = agent.loop();
  let lateId: string;
  try {
    const run = await queued.waitUntilFinished({ intervalMs: 100 });
    assert.equal(run.state, "finished");
    assert.equal(run.config.lr, 0.75, env.lines.join("\n"));
    const api = new Api({ baseUrl: env.url, apiKey: env.key, env: {} });
    const s = await api.sweep(`local/launched/${sweep.name}`);
    const runs = await Array.fromAsync(s.runs);
    assert.deepEqual(runs.map((r) => r.id), [run.id]);
    assert.equal(runs[0]!.config.lr, 0.75);
    assert.equal(runs[0]!.summary.get("loss"), 1.5);
    while (agent.numRunningJobs > 0) await new Promise((r) => setTimeout(r, 20));

    // A sweep that ended takes no more runs: the agent fails the item and goes on.
    await setSweepState(
      env.api.gql,
      { entity: "local", project: "launched", sweep: sweep.name },
      "CANCELED",
    );
    const late = await launchAdd({
      api: env.api,
      uri,
      entryPoint: tsEntryPoint(),
      resource: "local-process",
      project: "launched",
      sweepId: sweep.name,
      runConfig: { lr: 0.5 },
    });
    lateId = late.id;
    while ((await itemError(env, "default", lateId)).state !== "FAILED") {
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    agent.stop();
    await loop;
  }
  const got = await itemError(env, "default", lateId);
  assert.equal(got.error?.stage, "agent");
  assert.match(got.error?.message ?? "", /sweep \(\w+\) was in a terminal state \(CANCELED\)/);
  assert.equal(agent.status.finished, 1);
  assert.equal(agent.status.failed, 1);
});
