/**
 * W&B's launch sweep scheduler against our real server: a scheduler item (uri
 * `placeholder-uri-scheduler`, entry point `wandb scheduler <sweep>`, as `wandb launch-sweep`
 * makes it) is run by our LaunchAgent as our scheduler process, which enqueues the sweep's runs
 * (its `job`, the server's run ids and suggested values) on the queue; the same agent runs them
 * as runs of the sweep until the sweep's `run_cap`, and the scheduler's item finishes.
 */
import assert from "node:assert/strict";
import { LaunchAgent } from "../../launch/agent.ts";
import { Api } from "../../apis/public/api.ts";
import { upsertSweep } from "../../sdk/sweeps/gql.ts";
import { SCHEDULER_PLACEHOLDER_URI } from "../../launch/scheduler.ts";
import { itemError, launchEnv, makeCodeJob, tsEntryPoint } from "./_launch.ts";

Deno.test("LaunchAgent runs a sweep scheduler item that enqueues the sweep's runs, and runs them", async () => {
  await using env = await launchEnv();
  await makeCodeJob(env);
  const sweep = await upsertSweep(env.api.gql, {
    config: {
      method: "grid",
      parameters: { lr: { values: [0.25, 0.5] } },
      job: "local/jobs/train-job:latest",
      run_cap: 2,
      command: tsEntryPoint(), // the job's own, with this repo's import map
    },
    entity: "local",
    project: "jobs",
    state: "PENDING", // as `wandb launch-sweep` makes it: the scheduler starts it
  });
  const pushed = await env.api.pushToRunQueue(
    "default",
    {
      uri: SCHEDULER_PLACEHOLDER_URI,
      entity: "local",
      project: "jobs",
      name: `Scheduler.${sweep.name}`,
      run_id: sweep.name,
      resource: "local-process",
      git: {},
      docker: {},
      overrides: {
        entry_point: ["wandb", "scheduler", sweep.name],
        args: ["--queue", "'default'", "--project", "'jobs'", "--polling_sleep", "0.2"],
        run_config: { launch: { resource: "local-process" } },
      },
    },
    undefined,
    "model-registry",
  );
  const agent = new LaunchAgent({
    api: env.api,
    entity: "local",
    maxJobs: 1,
    maxSchedulers: 1,
    pollIntervalMs: 50,
    runInfoGraceMs: 5000,
    handleSignals: false,
    workRoot: env.dir,
    log: (l) => env.lines.push(l),
    sink: (l) => env.lines.push(l),
  });
  const loop = agent.loop();
  try {
    for (let i = 0; i < 1200; i++) {
      const state = (await itemError(env, "default", pushed.runQueueItemId)).state;
      if (state === "FINISHED" || state === "FAILED") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    while (agent.numRunningSchedulers + agent.numRunningJobs > 0) {
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    agent.stop();
    await loop;
  }
  const item = await itemError(env, "default", pushed.runQueueItemId);
  assert.equal(item.state, "FINISHED", env.lines.join("\n"));
  const api = new Api({ baseUrl: env.url, apiKey: env.key, env: {} });
  const s = await api.sweep(`local/jobs/${sweep.name}`);
  const runs = await Array.fromAsync(s.runs);
  assert.deepEqual(
    runs.map((r) => [r.state, r.config.lr, r.summary.get("loss")]).sort(),
    [["finished", 0.25, 0.5], ["finished", 0.5, 1]],
    env.lines.join("\n"),
  );
  assert.ok(env.lines.includes("launch: Preparing to run sweep scheduler (1/1)"));
  assert.equal(agent.status.finished, 3); // the scheduler and its two runs
  assert.equal(agent.status.failed, 0);
});
