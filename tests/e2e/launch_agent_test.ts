/**
 * The launch agent against our real server: launchAdd → LaunchAgent runs a local-process `.ts`
 * entry point cloned from a local git repository to a finished run linked to the item; bad items
 * are failed with their stage and the agent goes on.
 */
import assert from "node:assert/strict";
import { LaunchAgent } from "../../launch/agent.ts";
import { launchAdd } from "../../launch/launch_add.ts";
import type { LaunchSpec } from "../../launch/spec.ts";
import { gitRepo, itemError, launchEnv, TRAIN_TS, tsEntryPoint } from "./_launch.ts";
import { until } from "./_helpers.ts";

Deno.test("LaunchAgent fails bad items with their stage, then runs a launchAdd item to a finished run", async () => {
  await using env = await launchEnv();
  const uri = await gitRepo(`${env.dir}/repo`, { "train.ts": TRAIN_TS });
  const base = { entity: "local", project: "launched", resource: "local-process", git: {} };
  const bad: [string, LaunchSpec][] = [
    ["no source", { ...base, overrides: {} }],
    ["two sources", { ...base, uri, docker: { docker_image: "img" }, overrides: {} }],
    ["unknown resource", { ...base, uri, resource: "moon", overrides: {} }],
    ["missing job", { ...base, job: "local/launched/job-nope:v0", overrides: {} }],
    ["bad git", {
      ...base,
      uri: `file://${env.dir}/nothing-here`,
      overrides: { entry_point: ["x.ts"] },
    }],
    ["bad version", {
      ...base,
      uri,
      git: { version: "no-such-branch" },
      overrides: { entry_point: ["train.ts"] },
    }],
    ["missing entry point", {
      ...base,
      uri,
      overrides: { entry_point: ["deno", "run", "-A", "nope.ts"] },
    }],
    ["no entry point", { ...base, uri, overrides: {} }],
  ];
  const badIds: string[] = [];
  for (const [, spec] of bad) {
    badIds.push(
      (await env.api.pushToRunQueue("default", spec, undefined, "model-registry")).runQueueItemId,
    );
  }
  const queued = await launchAdd({
    api: env.api,
    uri,
    entryPoint: tsEntryPoint(),
    resource: "local-process",
    project: "launched",
    runConfig: { lr: 0.25 },
  });
  const statuses: string[] = [];
  const agent = new LaunchAgent({
    api: env.api,
    queues: ["default"],
    entity: "local",
    pollIntervalMs: 50,
    runInfoGraceMs: 2000,
    handleSignals: false,
    workRoot: env.dir,
    log: (l) => env.lines.push(l),
    sink: (l) => env.lines.push(l),
    onStatus: (s) => statuses.push(s.state),
  });
  const loop = agent.loop();
  try {
    const run = await queued.waitUntilFinished({ intervalMs: 100 });
    assert.equal(run.state, "finished");
    assert.equal(run.config.lr, 0.25); // WANDB_CONFIG overrode the script's lr = 1
    assert.equal(run.summary.get("loss"), 0.5);
    const item = await queued.item();
    assert.equal(item?.associatedRunId, run.id);
    assert.equal(await queued.state(), "finished");
    const stored = await env.api.gql.request<{ project: { run: { config: string } } }>(
      `query C($id: String!) { project(name: "launched", entityName: "local") { run(name: $id) { config } } }`,
      { id: run.id },
    );
    const wandb = JSON.parse(stored.project.run.config)._wandb.value;
    assert.equal(wandb.launch_trace_id, queued.id);
    assert.equal(wandb.launch_queue_name, "default");
    assert.ok(
      env.lines.some((l) => l === `[${run.id}] training with lr=0.25`),
      env.lines.join("\n"),
    );
    // The server saw the run finish before its process exited: let the agent see the exit.
    await until(() => agent.numRunningJobs === 0, { what: "the agent has no running job" });
  } finally {
    agent.stop();
    await loop;
  }
  const expected: [string, RegExp][] = [
    ["agent", /no source; give exactly one of uri, job or docker.docker_image/],
    ["agent", /has 2 sources \(uri, docker_image\)/],
    ["agent", /unknown resource "moon"/],
    ["agent", /Cannot find job local\/launched\/job-nope:v0/],
    ["agent", /Cannot clone file:\/\/.*nothing-here: .*check the URI/],
    ["agent", /Cannot check out version no-such-branch/],
    ["agent", /Entry point nope.ts is not in file:\/\//],
    ["agent", /No entry point for file:\/\/.*set overrides.entry_point/],
  ];
  for (const [i, id] of badIds.entries()) {
    const got = await itemError(env, "default", id);
    assert.equal(got.state, "FAILED", bad[i]![0]);
    assert.equal(got.error?.stage, expected[i]![0], bad[i]![0]);
    assert.match(got.error?.message ?? "", expected[i]![1], bad[i]![0]);
    assert.ok(!got.error!.message.includes("\n"));
  }
  assert.equal(agent.status.failed, bad.length);
  assert.equal(agent.status.finished, 1);
  assert.equal(agent.status.state, "stopped");
  assert.ok(statuses.includes("running"));
  const info = await env.api.launchAgent(agent.id!);
  assert.equal(info?.agentStatus, "KILLED");
});

Deno.test("LaunchAgent stops when the server sets stopPolling", async () => {
  await using env = await launchEnv();
  const agent = new LaunchAgent({
    api: env.api,
    entity: "local",
    pollIntervalMs: 20,
    handleSignals: false,
    log: (l) => env.lines.push(l),
  });
  const loop = agent.loop();
  const id = await until(() => agent.id, { what: "the agent registered" });
  await env.api.gql.request(
    `mutation Stop($id: ID!) { updateLaunchAgent(input: { launchAgentId: $id, stopPolling: true }) { success } }`,
    { id },
  );
  await loop;
  assert.ok(env.lines.includes("launch: the server asked this agent to stop polling"));
  assert.equal((await env.api.launchAgent(id))?.agentStatus, "KILLED");
});
