/**
 * Artifact overrides on launch against our real server: the spec's `overrides.artifacts`
 * (`WANDB_ARTIFACTS`, `{slot: "entity/project/name:alias"}`) swaps the artifact a launched run
 * uses by slot (`useAs`) or by sequence name, so the run's used artifacts are the overrides.
 */
import assert from "node:assert/strict";
import { LaunchAgent } from "../../launch/agent.ts";
import { launchAdd } from "../../launch/launch_add.ts";
import { gitRepo, launchEnv, root, tsEntryPoint } from "./_launch.ts";

/** Logs `data` (dataset) and `model` (model) twice each: versions v0 and v1. */
const PRODUCE_TS = `import * as wandb from "file://${root}/mod.ts";
for (const text of ["first", "second"]) {
  const run = await wandb.init({ project: "arts", settings: { x_disable_stats: true } });
  for (const [name, type] of [["data", "dataset"], ["model", "model"]]) {
    const a = new wandb.Artifact(name, type);
    await Deno.writeTextFile(name + ".txt", text);
    a.addFile(name + ".txt");
    run.logArtifact(a);
    await a.wait();
  }
  await run.finish();
}
`;

/** Uses data:v0 as the slot "dataset" and model:v0 by name, and prints what it got. */
const USE_TS = `import * as wandb from "file://${root}/mod.ts";
const run = await wandb.init({ settings: { x_disable_stats: true } });
const data = await run.useArtifact("local/arts/data:v0", { useAs: "dataset" });
const model = await run.useArtifact("local/arts/model:v0");
console.log("using " + data.name + ":" + data.version + " and " + model.name + ":" + model.version);
await run.finish();
`;

Deno.test("a launched run uses the artifacts the spec's overrides.artifacts names", async () => {
  await using env = await launchEnv();
  const work = `${env.dir}/produce`;
  await Deno.mkdir(work);
  await Deno.writeTextFile(`${work}/produce.ts`, PRODUCE_TS);
  const made = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--config", `${root}/deno.json`, "produce.ts"],
    cwd: work,
    env: {
      WANDB_BASE_URL: env.url,
      WANDB_API_KEY: env.key,
      WANDB_ENTITY: "local",
      WANDB_SILENT: "true",
    },
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(made.code, 0, new TextDecoder().decode(made.stderr));

  const uri = await gitRepo(`${env.dir}/repo`, { "train.ts": USE_TS });
  const queued = await launchAdd({
    api: env.api,
    uri,
    entryPoint: tsEntryPoint(),
    resource: "local-process",
    project: "launched",
    config: {
      overrides: {
        artifacts: { dataset: "local/arts/data:v1", "model:latest": "local/arts/model:v1" },
      },
    },
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
  try {
    const run = await queued.waitUntilFinished({ intervalMs: 100 });
    assert.equal(run.state, "finished", env.lines.join("\n"));
    assert.ok(
      env.lines.includes(`[${run.id}] using data:v1 and model:v1`),
      env.lines.join("\n"),
    );
    const used = await Array.fromAsync(run.usedArtifacts());
    assert.deepEqual(
      used.map((a) => `${a.name}:${a.version}`).sort(),
      ["data:v1", "model:v1"],
    );
    while (agent.numRunningJobs > 0) await new Promise((r) => setTimeout(r, 20));
  } finally {
    agent.stop();
    await loop;
  }
  assert.equal(agent.status.finished, 1);
});
