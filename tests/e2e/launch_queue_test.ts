/**
 * launchAdd / QueuedRun / LaunchApi against our real server: what is pushed is W&B's spec,
 * the item can be read, warned, popped and deleted, and the typed errors before a push.
 */
import assert from "node:assert/strict";
import { launchAdd } from "../../launch/launch_add.ts";
import { LaunchError } from "../../launch/errors.ts";
import { launchEnv } from "./_launch.ts";

Deno.test("launchAdd() pushes W&B's spec; the item reads pending, takes a warning, pops and deletes", async () => {
  await using env = await launchEnv();
  const queued = await launchAdd({
    api: env.api,
    dockerImage: "img:2",
    resource: "local-container",
    project: "q",
    runConfig: { a: 1 },
    templateVariables: { gpus: 2 },
    config: { template_variables: { mem: "1g" } },
  });
  assert.equal(queued.queueName, "default");
  assert.equal(queued.projectQueue, "model-registry");
  assert.equal(await queued.state(), "pending");
  assert.equal(`${queued}`, `<QueuedRun default (${queued.id})>`);
  assert.equal(
    await env.api.updateRunQueueItemWarning(queued.id, "slow image pull", "agent", []),
    true,
  );
  const popped = await env.api.popFromRunQueue("default", "local", "model-registry");
  assert.equal(popped?.runQueueItemId, queued.id);
  assert.deepEqual(popped?.runSpec, {
    entity: "local",
    project: "q",
    docker: { docker_image: "img:2" },
    resource: "local-container",
    git: {},
    overrides: { run_config: { a: 1 } },
  });
  assert.equal(await queued.state(), "leased");
  assert.equal(await env.api.popFromRunQueue("default", "local", "model-registry"), null);
  const again = await launchAdd({ api: env.api, dockerImage: "img:3", project: "q" });
  await again.delete();
  assert.equal(await again.item(), undefined);
  await assert.rejects(again.state(), /Could not find queued run/);
});

Deno.test("launchAdd() refuses a missing job, build, and no source before pushing anything", async () => {
  await using env = await launchEnv();
  const errs = await Promise.all([
    launchAdd({ api: env.api, job: "local/p/job-none:v0" }).catch((e) => e),
    launchAdd({ api: env.api, dockerImage: "i", build: true }).catch((e) => e),
    launchAdd({ api: env.api }).catch((e) => e),
  ]);
  assert.deepEqual(errs.map((e) => e instanceof LaunchError && e.code), [
    "launch/job-not-found",
    "launch/spec",
    "launch/spec",
  ]);
  assert.match(errs[0].message, /Unable to fetch job with name local\/p\/job-none:v0/);
  // Nothing was pushed: not even the "default" queue exists.
  await assert.rejects(
    env.api.popFromRunQueue("default", "local", "model-registry"),
    /Run queue local\/model-registry\/default not found/,
  );
});

Deno.test("LaunchApi.createLaunchAgent() names the queues that do not exist", async () => {
  await using env = await launchEnv();
  await launchAdd({ api: env.api, dockerImage: "i", project: "p" }); // makes "default"
  await assert.rejects(
    env.api.createLaunchAgent("local", "model-registry", ["default", "gpu"], {}, "v", "h"),
    /not all of the requested queues \(default, gpu\) found; available queues for local\/model-registry: default/,
  );
});
