/**
 * `wandb launch` and `wandb launch-agent` as a user runs them: enqueue from the CLI, then an
 * agent process that is running the job when SIGTERM arrives stops gracefully (the job is
 * cancelled, the agent marked KILLED, exit 0).
 */
import assert from "node:assert/strict";
import { launchAdd } from "../../launch/launch_add.ts";
import { gitRepo, launchEnv, root } from "./_launch.ts";
import { until } from "./_helpers.ts";

/** Deno's own cache stays where it is when a test gives the CLI a private HOME. */
const DENO_DIR = Deno.env.get("DENO_DIR") ??
  `${Deno.env.get("XDG_CACHE_HOME") ?? `${Deno.env.get("HOME") ?? "/tmp"}/.cache`}/deno`;

Deno.test("launch-agent stops on SIGTERM: cancels the job in hand and marks itself KILLED", async () => {
  await using env = await launchEnv();
  const uri = await gitRepo(`${env.dir}/repo`, {
    "sleep.ts": 'console.log("sleeping");\nawait new Promise((r) => setTimeout(r, 120_000));\n',
  });
  const cliEnv = {
    HOME: `${env.dir}/home`,
    DENO_DIR,
    WANDB_BASE_URL: env.url,
    WANDB_API_KEY: env.key,
    NO_COLOR: "1",
  };
  const add = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      `${root}/cli/main.ts`,
      "launch",
      "--uri",
      uri,
      "--entry-point",
      "sleep.ts",
      "--resource",
      "local-process",
      "--queue",
      "default",
      "--project",
      "cli",
    ],
    env: cliEnv,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const addOut = new TextDecoder().decode(add.stdout);
  assert.equal(add.code, 0, new TextDecoder().decode(add.stderr));
  assert.match(addOut, /Added run to queue default \(item \S+\)/);

  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      `${root}/cli/main.ts`,
      "launch-agent",
      "--queue",
      "default",
      "--poll-interval",
      "0.05",
    ],
    env: cliEnv,
    stdout: "null",
    stderr: "piped",
  }).spawn();
  let text = "";
  const pump = (async () => {
    for await (const t of child.stderr.pipeThrough(new TextDecoderStream())) text += t;
  })();
  await until(() => text.includes("] sleeping"), { what: "the job printed sleeping" });
  child.kill("SIGTERM");
  const status = await child.status;
  await pump;
  assert.equal(status.code, 0, text);
  assert.match(text, /launch: stopping: finishing the item in hand/);
  assert.match(text, /Shutting down, stopping 1 active job/);
  assert.match(text, /Job finished with ID: \S+ \(stopped/);
  const agentId = /launch: agent (\S+) polling on queues default/.exec(text)?.[1];
  assert.ok(agentId, text);
  assert.equal((await env.api.launchAgent(agentId))?.agentStatus, "KILLED");
});

Deno.test("launch-agent on a second SIGTERM kills its jobs (SIGKILL) before it exits 130", async () => {
  await using env = await launchEnv();
  const pidFile = `${env.dir}/job.pid`;
  const uri = await gitRepo(`${env.dir}/repo`, {
    // A job that ignores SIGTERM: only the forced exit's SIGKILL ends it.
    "stubborn.ts": `Deno.addSignalListener("SIGTERM", () => {});
Deno.writeTextFileSync(${JSON.stringify(pidFile)}, String(Deno.pid));
console.log("stubborn");
await new Promise((r) => setTimeout(r, 120_000));
`,
  });
  await launchAdd({
    api: env.api,
    uri,
    entryPoint: ["stubborn.ts"],
    resource: "local-process",
    entity: "local",
    project: "cli",
  });
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      `${root}/cli/main.ts`,
      "launch-agent",
      "--queue",
      "default",
      "--poll-interval",
      "0.05",
    ],
    env: {
      HOME: `${env.dir}/home`,
      DENO_DIR,
      WANDB_BASE_URL: env.url,
      WANDB_API_KEY: env.key,
      NO_COLOR: "1",
    },
    stdout: "null",
    stderr: "piped",
  }).spawn();
  let text = "";
  const pump = (async () => {
    for await (const t of child.stderr.pipeThrough(new TextDecoderStream())) text += t;
  })();
  let pid = 0;
  try {
    await until(() => text.includes("] stubborn"), { what: "the job printed stubborn" });
    pid = Number(await Deno.readTextFile(pidFile));
    child.kill("SIGTERM");
    await until(() => text.includes("finishing the item in hand"), {
      what: "the agent began to stop",
    });
    child.kill("SIGTERM");
    const status = await child.status;
    await pump;
    assert.equal(status.code, 130, text);
    assert.match(text, /launch: forced to exit: killing 1 job\(s\)/);
    // Killed, not left running: gone, or a zombie waiting to be reaped.
    await until(() => !running(pid), { what: `job process ${pid} ended` });
  } finally {
    try {
      child.kill("SIGKILL");
    } catch {
      // already exited
    }
    if (pid && running(pid)) Deno.kill(pid, "SIGKILL");
  }
});

/** Whether a process exists and is not a zombie (Linux /proc). */
function running(pid: number): boolean {
  try {
    const stat = Deno.readTextFileSync(`/proc/${pid}/stat`);
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

Deno.test("launch and launch-agent report bad input in one line with the fix, exit 1 or 2", async () => {
  await using env = await launchEnv();
  const run = async (...args: string[]) => {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", `${root}/cli/main.ts`, ...args],
      env: {
        HOME: `${env.dir}/home`,
        DENO_DIR,
        WANDB_BASE_URL: env.url,
        WANDB_API_KEY: env.key,
        NO_COLOR: "1",
      },
      stdout: "piped",
      stderr: "piped",
    }).output();
    return { code: out.code, err: new TextDecoder().decode(out.stderr).trim() };
  };
  const noSource = await run("launch", "--queue", "default");
  assert.equal(noSource.code, 1);
  assert.match(
    noSource.err,
    /^wandb: LaunchError launch\/spec: Launch spec has no source; give exactly one of uri, job or docker.docker_image$/,
  );
  const badConfig = await run("launch-agent", "--config", `${env.dir}/none.yaml`);
  assert.equal(badConfig.code, 1);
  assert.match(
    badConfig.err,
    /launch\/config: Cannot read the launch config .*none.yaml: .*; check the --config path$/,
  );
  const badJobs = await run("launch-agent", "--max-jobs", "0");
  assert.equal(badJobs.code, 1);
  assert.match(badJobs.err, /--max-jobs 0 is not a positive number or -1; pass e.g. --max-jobs 2$/);
  const badFlag = await run("launch", "--nope");
  assert.equal(badFlag.code, 2);
  assert.match(badFlag.err, /Unknown option '--nope'/);
  await Deno.writeTextFile(`${env.dir}/c.yaml`, "queues: [nope]\n");
  const noQueue = await run("launch-agent", "--config", `${env.dir}/c.yaml`);
  assert.equal(noQueue.code, 1);
  assert.match(noQueue.err, /requested queues \(nope\) found/);
});
