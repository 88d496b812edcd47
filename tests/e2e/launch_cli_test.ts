/**
 * `wandb launch` and `wandb launch-agent` as a user runs them: enqueue from the CLI, then an
 * agent process that is running the job when SIGTERM arrives stops gracefully (the job is
 * cancelled, the agent marked KILLED, exit 0).
 */
import assert from "node:assert/strict";
import { gitRepo, launchEnv, root } from "./_launch.ts";

Deno.test("launch-agent stops on SIGTERM: cancels the job in hand and marks itself KILLED", async () => {
  await using env = await launchEnv();
  const uri = await gitRepo(`${env.dir}/repo`, {
    "sleep.ts": 'console.log("sleeping");\nawait new Promise((r) => setTimeout(r, 120_000));\n',
  });
  const cliEnv = {
    HOME: `${env.dir}/home`,
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
  const reader = child.stderr.pipeThrough(new TextDecoderStream()).getReader();
  while (!text.includes("] sleeping")) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
  }
  child.kill("SIGTERM");
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
  }
  const status = await child.status;
  assert.equal(status.code, 0, text);
  assert.match(text, /launch: stopping: finishing the item in hand/);
  assert.match(text, /Shutting down, stopping 1 active job/);
  assert.match(text, /Job finished with ID: \S+ \(stopped/);
  const agentId = /launch: agent (\S+) polling on queues default/.exec(text)?.[1];
  assert.ok(agentId, text);
  assert.equal((await env.api.launchAgent(agentId))?.agentStatus, "KILLED");
});
