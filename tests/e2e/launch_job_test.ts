/**
 * A job made by OUR SDK (an `artifact` job from `run.logCode()`), enqueued with launchAdd and run
 * by our LaunchAgent: the code artifact's files are downloaded into a fresh directory, the run
 * gets the item's config and uses the job artifact, as W&B's launched runs do.
 */
import assert from "node:assert/strict";
import { LaunchAgent } from "../../launch/agent.ts";
import { launchAdd } from "../../launch/launch_add.ts";
import { Api } from "../../apis/public/api.ts";
import { launchEnv, makeCodeJob, tsEntryPoint } from "./_launch.ts";

Deno.test("LaunchAgent runs a code job our SDK made to a finished run that uses the job", async () => {
  await using env = await launchEnv();
  await makeCodeJob(env);
  const api = new Api({ baseUrl: env.url, apiKey: env.key, env: {} });
  const job = await api.job("local/jobs/train-job:latest");
  assert.equal(job.sourceType, "artifact");

  const queued = await launchAdd({
    api: env.api,
    job: "local/jobs/train-job:latest",
    entryPoint: tsEntryPoint(), // the job's own, with this repo's import map
    resource: "local-process",
    runConfig: { lr: 0.125 },
  });
  assert.equal(queued.project, "jobs");
  const agent = new LaunchAgent({
    api: env.api,
    entity: "local",
    pollIntervalMs: 50,
    handleSignals: false,
    workRoot: env.dir,
    log: (l) => env.lines.push(l),
    sink: (l) => env.lines.push(l),
  });
  const loop = agent.loop();
  try {
    const run = await queued.waitUntilFinished({ intervalMs: 100 });
    assert.equal(run.state, "finished");
    assert.equal(run.config.lr, 0.125);
    assert.ok(env.lines.includes(`[${run.id}] training with lr=0.125`), env.lines.join("\n"));
    const used = await Array.fromAsync(run.usedArtifacts());
    assert.deepEqual(used.map((a) => `${a.type}/${a.name}`), ["job/train-job"]);
    while (agent.numRunningJobs > 0) await new Promise((r) => setTimeout(r, 20));
  } finally {
    agent.stop();
    await loop;
  }
  assert.equal(agent.status.finished, 1);
});
