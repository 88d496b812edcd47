// The agent loop against a scripted GraphQL endpoint and a recording launcher (the two edges it
// talks to): run / stop / repeated stop after the kill delay / exit, the environment and
// parameter file of a run, and the failure rules stopping the agent.
import { deepStrictEqual as assertEquals, match, ok } from "node:assert/strict";
import { GraphQLClient } from "../../net/graphql.ts";
import { runAgentLoop, type RunHandle, type RunRequest } from "./agent_loop.ts";

type Commands = string | unknown[] | ((runState: Record<string, boolean>) => unknown[]);

function scriptedServer(config: string, heartbeats: Commands[]) {
  const states: Record<string, boolean>[] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
    const { query, variables } = await req.json();
    if (query.includes("SweepWithRuns")) {
      return Response.json({
        data: {
          project: {
            sweep: {
              id: "U3dlZXA6MQ==",
              name: "sw1",
              state: "RUNNING",
              config,
              runs: { edges: [] },
            },
          },
        },
      });
    }
    if (query.includes("CreateAgent")) {
      return Response.json({ data: { createAgent: { agent: { id: "agent-1" } } } });
    }
    const runState = JSON.parse(variables.runState);
    states.push(runState);
    const next = heartbeats.shift() ?? [];
    const commands = typeof next === "function" ? next(runState) : next;
    return Response.json({
      data: {
        agentHeartbeat: {
          agent: { id: "agent-1" },
          commands: typeof commands === "string" ? commands : JSON.stringify(commands),
        },
      },
    });
  });
  const gql = new GraphQLClient({
    baseUrl: `http://127.0.0.1:${server.addr.port}`,
    apiKey: "k".repeat(40),
    retry: { maxRetries: 0, minDelayMs: 1, maxDelayMs: 1 },
  });
  return { gql, states, [Symbol.asyncDispose]: () => server.shutdown() };
}

class RecordingLauncher {
  requests: RunRequest[] = [];
  signals: string[] = [];
  #exit = new Map<string, (code: number | null) => void>();
  constructor(readonly onStart: (req: RunRequest, exit: (code: number | null) => void) => void) {}
  start(req: RunRequest): RunHandle {
    this.requests.push(req);
    let resolve!: (code: number | null) => void;
    const exited = new Promise<number | null>((r) => resolve = r);
    this.#exit.set(req.runId, resolve);
    this.onStart(req, resolve);
    return {
      exited,
      terminate: () => this.signals.push(`TERM ${req.runId}`),
      kill: () => {
        this.signals.push(`KILL ${req.runId}`);
        resolve(null);
      },
    };
  }
}

Deno.test("run, stop (SIGTERM), a repeated stop within the delay (nothing), after it (SIGKILL), exit", async () => {
  const dir = await Deno.makeTempDir();
  let now = 1_000_000;
  await using s = scriptedServer(
    'program: t.py\ncommand: [x, "${args_json_file}"]\nmethod: grid\nparameters: {}\n',
    [
      // As text: the server writes 2.0, which the agent keeps a float.
      '[{"type": "run", "run_id": "r1", "program": "t.py", "args": {"lr": {"value": 0.5}, "n": {"value": 2.0}}}]',
      [{ type: "stop", run_id: "r1" }],
      () => {
        now += 10_000; // 10 s after the first stop: within WANDB_AGENT_KILL_DELAY (30)
        return [{ type: "stop", run_id: "r1" }];
      },
      () => {
        now += 21_000; // 31 s after it
        return [{ type: "stop", run_id: "r1" }];
      },
      [{ type: "exit" }],
    ],
  );
  const launcher = new RecordingLauncher(() => {});
  const lines: string[] = [];
  const summary = await runAgentLoop({
    gql: s.gql,
    path: { entity: "e", project: "p", sweep: "sw1" },
    launcher,
    env: { WANDB_DIR: dir, KEEP: "me" },
    intervalMs: 1,
    clock: () => now,
    host: "h",
    log: (l) => lines.push(l),
  });
  assertEquals(launcher.signals, ["TERM r1", "KILL r1"]);
  assertEquals([summary.reason, summary.started, summary.finished, summary.failed], [
    "exit",
    1,
    1,
    0,
  ]);
  // Heartbeats: idle, then r1 alive until it was killed, then idle again.
  assertEquals(s.states.slice(0, 2), [{}, { r1: true }]);
  assertEquals(s.states.at(-1), {});
  const req = launcher.requests[0]!;
  const paramPath = `${dir}/wandb/sweep-sw1/config-r1.yaml`;
  assertEquals([req.runId, req.program, req.paramPath, req.command], ["r1", "t.py", paramPath, [
    "x",
    "${args_json_file}",
  ]]);
  for (
    const [k, v] of Object.entries({
      WANDB_SWEEP_ID: "sw1",
      WANDB_RUN_ID: "r1",
      WANDB_SWEEP_PARAM_PATH: paramPath,
      WANDB_DIR: dir,
      WANDB_ENTITY: "e",
      WANDB_PROJECT: "p",
      KEEP: "me",
    })
  ) {
    assertEquals(req.env[k], v, k);
  }
  assertEquals(
    Deno.readTextFileSync(paramPath),
    "wandb_version: 1\n\nlr:\n  value: 0.5\nn:\n  value: 2.0\n",
  );
  // The template uses ${args_json_file}: the JSON file is written, floats as Python writes them.
  assertEquals(
    Deno.readTextFileSync(`${dir}/wandb/sweep-sw1/config-r1.json`),
    '{"lr": 0.5, "n": 2.0}',
  );
  ok(
    lines.some((l) => l === "wandb: Stop: r1") && lines.some((l) => l === "wandb: Kill: r1"),
    lines.join("\n"),
  );
  await Deno.remove(dir, { recursive: true });
});

Deno.test("three failing runs in the first minute stop the agent (flapping)", async () => {
  const dir = await Deno.makeTempDir();
  const run = (id: string) => [{ type: "run", run_id: id, program: "t.py", args: {} }];
  await using s = scriptedServer("method: grid\nparameters: {}\n", [
    run("a"),
    run("b"),
    run("c"),
    run("d"),
  ]);
  const launcher = new RecordingLauncher((_req, exit) => queueMicrotask(() => exit(1)));
  const summary = await runAgentLoop({
    gql: s.gql,
    path: { sweep: "sw1" },
    launcher,
    env: { WANDB_DIR: dir },
    intervalMs: 1,
    log: () => {},
  });
  assertEquals([summary.reason, summary.started, summary.failed], ["failing", 3, 3]);
  match(summary.message ?? "", /Detected 3 failed runs in the first 60 seconds/);
  assertEquals(launcher.requests.map((r) => r.runId), ["a", "b", "c"]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("--count: the agent stops once that many runs ended", async () => {
  const dir = await Deno.makeTempDir();
  const run = (id: string) => [{ type: "run", run_id: id, program: "t.py", args: {} }];
  await using s = scriptedServer("method: grid\nparameters: {}\n", [run("a"), run("b"), run("c")]);
  const launcher = new RecordingLauncher((_req, exit) => queueMicrotask(() => exit(0)));
  const summary = await runAgentLoop({
    gql: s.gql,
    path: { sweep: "sw1" },
    launcher,
    count: 2,
    env: { WANDB_DIR: dir },
    intervalMs: 1,
    log: () => {},
  });
  assertEquals([summary.reason, summary.started, summary.finished], ["count", 2, 2]);
  await Deno.remove(dir, { recursive: true });
});
