/**
 * launch() with both runners against our real server: a synchronous local-process launch that
 * finishes and one that fails (LaunchError), and local-container through a recording stand-in
 * for `docker` (no container daemon here; the stand-in is passed as the runner's program, so
 * nothing outside this test sees it).
 */
import assert from "node:assert/strict";
import { launch } from "../../launch/launch.ts";
import { LaunchError } from "../../launch/errors.ts";
import { LaunchAgent } from "../../launch/agent.ts";
import { launchAdd } from "../../launch/launch_add.ts";
import { gitRepo, itemError, launchEnv, TRAIN_TS, tsEntryPoint } from "./_launch.ts";
import { until } from "./_helpers.ts";

Deno.test("launch() runs a local-process entry point to a finished run, and throws for a failing one", async () => {
  await using env = await launchEnv();
  const uri = await gitRepo(`${env.dir}/repo`, {
    "train.ts": TRAIN_TS,
    "fail.ts": 'console.log("about to fail");\nDeno.exit(3);\n',
  });
  const run = await launch({
    api: env.api,
    uri,
    entryPoint: tsEntryPoint(),
    resource: "local-process",
    entity: "local",
    project: "direct",
    runConfig: { lr: 3 },
    workRoot: env.dir,
    sink: (l) => env.lines.push(l),
  });
  assert.equal(await run.getStatus(), "finished");
  assert.ok(env.lines.includes(`[${run.runId}] training with lr=3`), env.lines.join("\n"));
  assert.equal(await env.api.runState("local", "direct", run.runId), "finished");

  const err = await launch({
    api: env.api,
    uri,
    entryPoint: ["fail.ts"],
    resource: "local-process",
    entity: "local",
    workRoot: env.dir,
    sink: (l) => env.lines.push(l),
  }).catch((e) => e);
  assert.ok(err instanceof LaunchError);
  assert.equal(err.code, "launch/run-failed");
  assert.equal(err.stage, "run");
  assert.match(err.message, /failed with exit code 3/);
  assert.ok(env.lines.some((l) => l.endsWith("] about to fail")));
});

async function stubDocker(
  dir: string,
): Promise<{ path: string; record: string; keyRecord: string }> {
  await Deno.mkdir(`${dir}/bin`, { recursive: true });
  const path = `${dir}/bin/docker`;
  const record = `${dir}/docker-args.txt`;
  const keyRecord = `${dir}/docker-key.txt`;
  await Deno.writeTextFile(
    path,
    `#!/bin/sh\nprintf '%s\\n' "$@" >> '${record}'\nprintf '%s' "$WANDB_API_KEY" > '${keyRecord}'\necho "stub docker: $1"\nexit 0\n`,
  );
  await Deno.chmod(path, 0o755);
  return { path, record, keyRecord };
}

Deno.test("local-container runs `docker run` with the launch env, resource args and entry point", async () => {
  await using env = await launchEnv();
  const docker = await stubDocker(env.dir);
  const run = await launch({
    api: env.api,
    dockerImage: "python:3.12-slim",
    entryPoint: ["python", "train.py"],
    resource: "local-container",
    resourceArgs: { "local-container": { gpus: "all", memory: "1g" } },
    entity: "local",
    project: "boxed",
    runConfig: { lr: 0.5 },
    docker: docker.path,
    sink: (l) => env.lines.push(l),
  });
  assert.equal(await run.getStatus(), "finished");
  const argv = (await Deno.readTextFile(docker.record)).trimEnd().split("\n");
  assert.deepEqual(argv.slice(0, 2), ["run", "--rm"]);
  const envs = argv.filter((_, i) => argv[i - 1] === "-e");
  assert.ok(envs.includes(`WANDB_RUN_ID=${run.runId}`));
  assert.ok(envs.includes("WANDB_LAUNCH=True"));
  assert.ok(envs.includes('WANDB_CONFIG={"lr":0.5}'));
  assert.ok(envs.includes("WANDB_DOCKER=python:3.12-slim"));
  assert.ok(envs.includes(`WANDB_BASE_URL=${env.url}`));
  // The key is named on the command line (visible in `ps`) but its value is only in the
  // environment `docker` was started with.
  assert.ok(envs.includes("WANDB_API_KEY"), argv.join(" "));
  assert.ok(!argv.some((a) => a.includes(env.key)), argv.join(" "));
  assert.equal(await Deno.readTextFile(docker.keyRecord), env.key);
  assert.ok(!env.lines.some((l) => l.includes(env.key)));
  const tail = argv.slice(argv.indexOf("--gpus"));
  assert.deepEqual(tail, [
    "--gpus",
    "all",
    "--memory",
    "1g",
    "--network",
    "host",
    "--add-host",
    "host.docker.internal:host-gateway",
    "--entrypoint",
    "python",
    "python:3.12-slim",
    "train.py",
  ]);
  assert.ok(env.lines.includes(`[${run.runId}] stub docker: run`));
});

Deno.test("LaunchAgent fails a container item whose run never called init, at the run stage", async () => {
  await using env = await launchEnv();
  const docker = await stubDocker(env.dir);
  const queued = await launchAdd({
    api: env.api,
    dockerImage: "img:1",
    resource: "local-container",
    entity: "local",
    project: "boxed",
  });
  const agent = new LaunchAgent({
    api: env.api,
    entity: "local",
    pollIntervalMs: 20,
    runInfoGraceMs: 100,
    handleSignals: false,
    docker: docker.path,
    log: (l) => env.lines.push(l),
    sink: (l) => env.lines.push(l),
  });
  const loop = agent.loop();
  try {
    await until(() => agent.status.failed > 0, { what: "the agent failed an item" });
  } finally {
    agent.stop();
    await loop;
  }
  const got = await itemError(env, "default", queued.id);
  assert.equal(got.state, "FAILED");
  assert.deepEqual(got.error, {
    stage: "run",
    message: "The submitted job exited successfully but failed to call wandb.init",
  });
  assert.ok((await Deno.readTextFile(docker.record)).includes("img:1\n"));
});
