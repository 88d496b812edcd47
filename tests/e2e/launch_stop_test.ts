/**
 * A launched run stopped from the server (`stopRun`, the run page's Stop button) against our real
 * server: the launched program does not stop by itself (it never polls), so the LaunchAgent,
 * which asks the server about its jobs' runs at each beat (W&B's `check_stop_requested`), stops
 * its process; our SDK finishes the run on SIGTERM, the server ends it `killed`, and the queue
 * item ends as its run (FAILED).
 */
import assert from "node:assert/strict";
import { LaunchAgent } from "../../launch/agent.ts";
import { launchAdd } from "../../launch/launch_add.ts";
import { gitRepo, itemError, launchEnv, root, tsEntryPoint } from "./_launch.ts";

/** Logs a row, then waits forever; never polls for a stop itself. */
const WAIT_TS = `import * as wandb from "file://${root}/mod.ts";
const run = await wandb.init({ settings: { x_disable_stats: true, x_stop_polling_interval: 0 } });
run.log({ step: 1 });
console.log("waiting");
setInterval(() => {}, 1000);
`;

Deno.test("LaunchAgent stops the job of a run stopped from the server; the item ends as the run", async () => {
  await using env = await launchEnv();
  const uri = await gitRepo(`${env.dir}/repo`, { "train.ts": WAIT_TS });
  const queued = await launchAdd({
    api: env.api,
    uri,
    entryPoint: tsEntryPoint(),
    resource: "local-process",
    project: "launched",
  });
  const agent = new LaunchAgent({
    api: env.api,
    entity: "local",
    pollIntervalMs: 50,
    stoppedRunTimeoutMs: 0,
    cancelGraceMs: 60_000,
    runInfoGraceMs: 2000,
    handleSignals: false,
    workRoot: env.dir,
    log: (l) => env.lines.push(l),
    sink: (l) => env.lines.push(l),
  });
  const loop = agent.loop();
  let runId: string;
  try {
    const run = await queued.waitUntilRunning({ intervalMs: 100 });
    runId = run.id;
    while (!env.lines.includes(`[${runId}] waiting`)) await new Promise((r) => setTimeout(r, 50));
    const found = await env.api.gql.request<{ project: { run: { id: string } } }>(
      `query R($name: String!) { project(name: "launched", entityName: "local") { run(name: $name) { id } } }`,
      { name: runId },
    );
    await env.api.gql.request(
      `mutation S($id: ID!) { stopRun(input: { id: $id }) { success } }`,
      { id: found.project.run.id },
    );
    while (agent.status.stopped === 0) await new Promise((r) => setTimeout(r, 50));
  } finally {
    agent.stop();
    await loop;
  }
  assert.ok(
    env.lines.includes(`launch: Run ${runId} was stopped from the server; stopping its job`),
    env.lines.join("\n"),
  );
  // The process has exited; the server ends the run as the SDK's last file_stream post says.
  let state: string | undefined;
  for (let i = 0; i < 300; i++) {
    state = await env.api.runState("local", "launched", runId);
    if (state !== "running") break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(state, "killed", env.lines.join("\n"));
  const item = await itemError(env, "default", queued.id);
  assert.equal(item.state, "FAILED");
  assert.equal(agent.status.stopped, 1);
  assert.equal(agent.status.failed, 0);
});
