// `wandb-ts sweep` and `wandb-ts agent` as child processes against the real server (a child
// process), running tests/e2e/testdata/sweep_train.ts through Deno.Command with W&B's macros;
// a stop from the server reaches the run as SIGTERM. Children get their env explicitly.
import { deepStrictEqual as assertEquals, match, ok } from "node:assert/strict";
import { Api } from "../../apis/mod.ts";
import { cli, gql, onlineEnv } from "./_online.ts";
import { until } from "./_helpers.ts";

const trainScript = new URL("./testdata/sweep_train.ts", import.meta.url).pathname;
const root = new URL("../../", import.meta.url).pathname;

function env(online: { clientEnv: Record<string, string>; dir: string }, out: string) {
  return {
    ...online.clientEnv,
    HOME: online.dir,
    WANDB_CONFIG_DIR: `${online.dir}/config`,
    WANDB_SILENT: "true",
    WANDB_X_DISABLE_STATS: "true",
    WANDB_X_STOP_POLLING_INTERVAL: "0",
    SWEEP_TEST_OUT: out,
    PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin",
  };
}

function agentPath(stderr: string): string {
  const m = /Run sweep agent with: .* agent (\S+)/.exec(stderr);
  if (!m) throw new Error(`no agent command in:\n${stderr}`);
  return m[1]!;
}

Deno.test("deno task wandb sweep + agent run a .ts program with W&B's macros to completion", async () => {
  await using online = await onlineEnv();
  const work = `${online.dir}/work`;
  const out = `${online.dir}/out`;
  Deno.mkdirSync(work);
  Deno.mkdirSync(out);
  Deno.writeTextFileSync(
    `${work}/sweep.yaml`,
    `program: ${trainScript}
method: grid
metric: {name: loss, goal: minimize}
parameters:
  lr: {values: [0.5, 0.25]}
  tag: {value: a b}
command: ["\${env}", "\${interpreter}", "\${program}", "\${args_no_hyphens}", "\${args_json}", "\${args_json_file}"]
`,
  );
  const e = env(online, out);
  const made = await cli(["sweep", "sweep.yaml", "--project", "cl"], work, e);
  assertEquals(made.code, 0, made.stderr);
  const path = agentPath(made.stderr);
  match(path, /^local\/cl\/[a-z0-9]+$/);
  const sweepId = path.split("/")[2]!;

  // --count 1: one run, then the agent stops on its own.
  const first = await cli(["agent", path, "--count", "1"], work, e);
  assertEquals(first.code, 0, first.stderr);
  match(first.stderr, /agent done: 1 started, 1 finished, 0 failed/);
  // The rest of the grid, until the server says exit.
  const second = await cli(["agent", path], work, e);
  assertEquals(second.code, 0, second.stderr);
  match(second.stderr, /Received exit command/);

  const notes = [...Deno.readDirSync(out)].filter((f) => f.name.endsWith(".json")).map((f) =>
    JSON.parse(Deno.readTextFileSync(`${out}/${f.name}`)) as {
      argv: string[];
      config: Record<string, unknown>;
      sweepId: string;
      runId: string;
    }
  );
  assertEquals(notes.map((n) => n.config.lr).sort(), [0.25, 0.5]);
  for (const n of notes) {
    assertEquals([n.sweepId, n.config.tag], [sweepId, "a b"]);
    const jsonFile = `${work}/wandb/sweep-${sweepId}/config-${n.runId}.json`;
    assertEquals(n.argv, [
      `lr=${n.config.lr}`,
      "tag=a b",
      `{"lr": ${n.config.lr}, "tag": "a b"}`,
      jsonFile,
    ]);
    assertEquals(Deno.readTextFileSync(jsonFile), `{"lr": ${n.config.lr}, "tag": "a b"}`);
    assertEquals(
      Deno.readTextFileSync(`${work}/wandb/sweep-${sweepId}/config-${n.runId}.yaml`),
      `wandb_version: 1\n\nlr:\n  value: ${n.config.lr}\ntag:\n  value: a b\n`,
    );
  }

  const api = new Api({ baseUrl: online.url, apiKey: online.key });
  const sweep = await api.sweep(path);
  assertEquals([sweep.state, sweep.expectedRunCount], ["FINISHED", 2]);
  assertEquals((await sweep.runs.toArray()).map((r) => r.state), ["finished", "finished"]);
  assertEquals((await sweep.bestRun())?.config.lr, 0.25);

  // State changes: a finished sweep cannot be paused; the message names it.
  const pause = await cli(["sweep", "--pause", path], work, e);
  assertEquals(pause.code, 1);
  match(pause.stderr, new RegExp(`Cannot pause finished sweep ${path}`));
});

Deno.test("a stop from the server reaches the agent's run as SIGTERM", async () => {
  await using online = await onlineEnv();
  const work = `${online.dir}/work`;
  const out = `${online.dir}/out`;
  Deno.mkdirSync(work);
  Deno.mkdirSync(out);
  Deno.writeTextFileSync(
    `${work}/sweep.yaml`,
    `program: ${trainScript}\nmethod: grid\nparameters:\n  hold: {value: true}\n  lr: {value: 0.5}\n`,
  );
  const e = env(online, out);
  const made = await cli(["sweep", "sweep.yaml", "--project", "stop"], work, e);
  assertEquals(made.code, 0, made.stderr);
  const path = agentPath(made.stderr);

  const agent = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", `${root}cli/main.ts`, "agent", path],
    cwd: work,
    env: { NO_COLOR: "1", ...e },
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const done = agent.output();
  // The run is up when it wrote its `.ready` note.
  const runId = await until(
    () => [...Deno.readDirSync(out)].find((f) => f.name.endsWith(".ready"))?.name.slice(0, -6),
    { what: "the sweep run wrote its .ready note", intervalMs: 200 },
  );
  const found = await gql<{ project: { run: { id: string } } }>(
    online.url,
    online.key,
    `query R($name: String!) { project(name: "stop", entityName: "local") { run(name: $name) { id } } }`,
    { name: runId },
  );
  await gql(
    online.url,
    online.key,
    `mutation S($id: ID!) { stopRun(input: {id: $id}) { success } }`,
    {
      id: found.project.run.id,
    },
  );
  const result = await done;
  const stderr = new TextDecoder().decode(result.stderr);
  assertEquals(result.code, 0, stderr);
  assertEquals(Deno.readTextFileSync(`${out}/${runId}.sigterm`), "SIGTERM");
  match(stderr, new RegExp(`Stop: ${runId}`));
  // Exit code 143 is a failed run for W&B's rules (one failure stops nothing).
  match(stderr, /agent done: 1 started, 1 finished, 1 failed/);
  ok(!stderr.includes("Kill:"), stderr);
});

Deno.test("an unknown sweep id is an error naming it; nothing runs", async () => {
  await using online = await onlineEnv();
  const r = await cli(["agent", "local/none/nosuch12"], online.dir, env(online, online.dir));
  assertEquals(r.code, 1);
  match(r.stderr, /Sweep local\/none\/nosuch12 not found/);
});
