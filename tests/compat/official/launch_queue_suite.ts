/**
 * `deno task compat`, Launch queues (issue #14): the official W&B Python client (0.30, Go core),
 * unchanged, enqueues launch specs on our server with `launch_add` (the `default` queue made on
 * first use, a `V0` queue with a default resource config made through its public API, a
 * priority), and follows an item with its public API's `QueuedRun` (state, `wait_until_running`
 * while the run an agent acked via our GraphQL starts, `wait_until_finished`, `delete`). Each step
 * is checked through our GraphQL.
 */
import assert from "node:assert/strict";
import { dirname } from "node:path";
import {
  capturedDocuments,
  invalidCapturedDocuments,
  type PyResult,
  pywandb,
  scenario,
} from "./_harness.ts";

const py = (name: string) => new URL(`../py/${name}`, import.meta.url).pathname;

// deno-lint-ignore no-explicit-any
type Json = any;

/** The last stdout line of a python driver, parsed, after checking it exited 0. */
function lastJson(r: PyResult, what: string): Json {
  assert.equal(r.code, 0, `${what} exits 0`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!);
}

const ITEMS = `query I($queue: String!) { project(name: "model-registry", entityName: "local") {
  runQueue(name: $queue) { id prioritizationMode runQueueItems { edges { node {
    id state priority runSpec associatedRunId templateVariableValues } } } } } }`;

scenario(
  "official client: launch_add enqueues on our server, and QueuedRun follows the item an agent acked until its run finishes",
  "launch_queue",
  async (env) => {
    const added = lastJson(
      await env.python([py("launch_add.py"), "launched"]),
      "launch_add.py",
    );
    assert.equal(added.entity, "local");
    assert.equal(added.first.state, "pending");
    assert.equal(added.first.queue, "default");
    assert.equal(added.urgent.priority, 0);
    assert.deepEqual(added.prio, {
      name: "prio",
      mode: "V0",
      access: "PROJECT",
      type: "local-process",
      config: { resource_args: { "local-process": { env: { A: "{{a}}" } } } },
      template_variables: [{ name: "a", schema: '{"schema":{"type":"string"}}' }],
      items: [added.urgent.id],
    });
    // upsert_run_queue replaced prio's default config and set its links; its items stayed.
    assert.deepEqual(added.upserted, {
      type: "local-container",
      config: { resource_args: { "local-container": { env: { B: "2" } } } },
      links: { links: [{ label: "docs", url: "https://example.com/docs" }] },
      mode: "V0",
      items: [added.urgent.id],
    });
    // It made `tmp` (a kubernetes queue), which RunQueue.delete removed.
    assert.equal(added.tmp_type, "kubernetes");
    const names = await env.gql<Json>(
      `{ project(name: "model-registry", entityName: "local") { runQueues { name } } }`,
    );
    assert.deepEqual(names.project.runQueues.map((q: Json) => q.name), ["default", "prio"]);
    // The specs arrived intact: the `default` queue holds both pushes in order.
    const d = await env.gql<Json>(ITEMS, { queue: "default" });
    const nodes = d.project.runQueue.runQueueItems.edges.map((e: Json) => e.node);
    assert.deepEqual(nodes.map((n: Json) => n.id), [added.first.id, added.second.id]);
    assert.deepEqual(nodes[0].runSpec, {
      docker: { docker_image: "python:3.12" },
      entity: "local",
      project: "launched",
      git: {},
      overrides: { run_config: { lr: 0.1 } },
      resource: null,
    });
    assert.deepEqual(JSON.parse(nodes[0].templateVariableValues), { gpus: 2 });
    assert.deepEqual(nodes[1].runSpec.overrides, { entry_point: ["python", "-c", "print(1)"] });
    const prio = await env.gql<Json>(ITEMS, { queue: "prio" });
    assert.equal(prio.project.runQueue.prioritizationMode, "V0");
    assert.equal(prio.project.runQueue.runQueueItems.edges[0].node.priority, 0);

    // An agent (our GraphQL here) takes the first item and acks the run id it chose.
    const popped = await env.gql<Json>(
      `mutation { popFromRunQueue(input: {entityName: "local", projectName: "model-registry",
        queueName: "default"}) { runQueueItemId runSpec } }`,
    );
    assert.equal(popped.popFromRunQueue.runQueueItemId, added.first.id);
    assert.equal(popped.popFromRunQueue.runSpec.docker.docker_image, "python:3.12");
    const acked = await env.gql<Json>(
      `mutation A($id: ID!) { ackRunQueueItem(input: {runQueueItemId: $id, runName: "lrun1"}) {
        success } }`,
      { id: added.first.id },
    );
    assert.equal(acked.ackRunQueueItem.success, true);

    // QueuedRun waits while the run has not started, then follows it to the end.
    const follower = env.python([
      py("queued_run.py"),
      "local",
      "launched",
      "default",
      added.first.id,
      added.second.id,
    ]);
    lastJson(await env.python([py("launched_run.py"), "launched", "lrun1"]), "launched_run.py");
    const followed = lastJson(await follower, "queued_run.py");
    // Read before or after the run finished: the two processes race, both are right.
    assert.ok(["claimed", "finished"].includes(followed.state_before), followed.state_before);
    assert.equal(followed.run_id, "lrun1");
    assert.equal(followed.run_project, "launched");
    assert.equal(followed.finished_state, "finished");
    assert.equal(followed.state_after, "finished");
    assert.equal(followed.deleted_state, "pending");
    // QueuedRun.delete removed the second item; the first reads FINISHED from its run.
    const after = await env.gql<Json>(ITEMS, { queue: "default" });
    assert.deepEqual(
      after.project.runQueue.runQueueItems.edges.map((e: Json) => [
        e.node.id,
        e.node.state,
        e.node.associatedRunId,
      ]),
      [[added.first.id, "FINISHED", "lrun1"]],
    );
    // The documents came from the client (the public API and wandb-core), not from this test.
    const sent = capturedDocuments().filter((c) => c.scenario === "launch_queue").map((c) =>
      c.query
    ).join("\n");
    for (
      const field of [
        "pushToRunQueueByName",
        "createDefaultResourceConfig",
        "createRunQueue",
        "runQueueItem",
        "deleteFromRunQueue",
        "upsertRunQueue",
        "deleteRunQueues",
      ]
    ) {
      assert.match(sent, new RegExp(`\\b${field}\\s*\\(`), `the client sent ${field}`);
    }
  },
);

scenario(
  "official client: the agent's LaunchApi calls (register, poll, pop, ack once, warn, fail, status) work against our server",
  "launch_agent_api",
  async (env) => {
    const r = lastJson(
      await env.python([py("launch_agent_api.py"), "local"]),
      "launch_agent_api.py",
    );
    // create_launch_agent found no queue in the fresh model-registry project and made `default`.
    const q = await env.gql<Json>(
      `{ project(name: "model-registry", entityName: "local") { runQueues { id name }
        runQueue(name: "default") { runQueueItems { edges { node { id state associatedRunId
          error { message stage filePaths } warnings { message stage } } } } } } }`,
    );
    assert.deepEqual(q.project.runQueues.map((x: Json) => x.name), ["default"]);
    assert.deepEqual(r.agent.runQueues, [q.project.runQueues[0].id]);
    assert.equal(r.agent.agentStatus, "POLLING");
    assert.equal(r.agent.stopPolling, false);
    assert.equal(r.empty, null, "popping an empty queue gives null");
    assert.deepEqual(r.first.runSpec, {
      entity: "local",
      project: "launched",
      docker: { docker_image: "python:3.12" },
    });
    assert.equal(r.acked, true);
    assert.match(r.second_ack, /^refused: .*already been acknowledged/);
    assert.equal(r.warned, true);
    assert.equal(r.failed, true);
    assert.equal(r.after.agentStatus, "KILLED");
    const nodes = q.project.runQueue.runQueueItems.edges.map((e: Json) => e.node);
    assert.deepEqual(nodes.map((n: Json) => [n.id, n.state, n.associatedRunId]), [
      [r.first.runQueueItemId, "CLAIMED", "agentrun1"],
      [r.bad, "FAILED", null],
    ]);
    assert.deepEqual(nodes[1].error, {
      message: "image not found",
      stage: "run",
      filePaths: ["error.log"],
    });
    assert.deepEqual(nodes[1].warnings, [{ message: "pull is slow", stage: "build" }]);
  },
);

scenario(
  "official client: `wandb launch --queue … --priority high` enqueues on our server",
  "launch_cli",
  async (env) => {
    const cfg = `${env.dir}/launch-config.json`;
    await Deno.writeTextFile(cfg, JSON.stringify({ overrides: { run_config: { lr: 0.2 } } }));
    const r = await env.python([
      "-m",
      "wandb",
      "launch",
      "--queue",
      "default",
      "--docker-image",
      "python:3.12",
      "--project",
      "launched",
      "-c",
      cfg,
      "--priority",
      "high",
    ]);
    assert.equal(r.code, 0, r.explain());
    assert.match(r.stderr + r.stdout, /Added run to queue default/);
    const d = await env.gql<Json>(ITEMS, { queue: "default" });
    const nodes = d.project.runQueue.runQueueItems.edges.map((e: Json) => e.node);
    assert.equal(nodes.length, 1);
    assert.equal(nodes[0].state, "PENDING");
    assert.equal(nodes[0].priority, 1, "high is priority 1");
    assert.deepEqual(nodes[0].runSpec.overrides, { run_config: { lr: 0.2 } });
    assert.equal(nodes[0].runSpec.docker.docker_image, "python:3.12");
  },
);

scenario(
  "official client: `wandb launch-agent` takes a queued code job from our server, runs it (local-process), and stops when asked",
  "launch_official_agent",
  async (env) => {
    // The venv's python first on PATH: the local-process runner starts `python train.py`.
    const path = `${dirname(await pywandb())}:${Deno.env.get("PATH") ?? "/usr/bin:/bin"}`;
    const created = await env.python([
      "-m",
      "wandb",
      "job",
      "create",
      "--project",
      "launched",
      "--name",
      "trainjob",
      "--entry-point",
      "python train.py",
      "code",
      py("launch_job"),
    ]);
    assert.equal(created.code, 0, created.explain());
    const cfg = `${env.dir}/run-config.json`;
    await Deno.writeTextFile(cfg, JSON.stringify({ overrides: { run_config: { lr: 0.3 } } }));
    const queued = await env.python([
      "-m",
      "wandb",
      "launch",
      "--queue",
      "default",
      "--job",
      "local/launched/trainjob:latest",
      "--project",
      "launched",
      "--resource",
      "local-process",
      "-c",
      cfg,
    ]);
    assert.equal(queued.code, 0, queued.explain());
    const agentCfg = `${env.dir}/agent.yaml`;
    await Deno.writeTextFile(agentCfg, "max_jobs: 1\nbuilder:\n  type: noop\n");
    const agent = env.python(
      ["-m", "wandb", "launch-agent", "-q", "default", "-e", "local", "-c", agentCfg],
      { env: { PATH: path }, timeoutSeconds: 240 },
    );
    // Wait (polling our GraphQL) for the item to finish and the agent to notice (it reports
    // POLLING again once its job is done), then ask the agent to stop.
    const STATE = `{ project(name: "model-registry", entityName: "local") {
      runQueue(name: "default") { runQueueItems { edges { node { id state associatedRunId } } } }
      launchAgents { id agentStatus hostname } } }`;
    let d: Json;
    for (let i = 0; i < 200; i++) {
      d = await env.gql<Json>(STATE);
      const node = d.project.runQueue?.runQueueItems.edges[0]?.node;
      if (node?.state === "FAILED") break;
      if (node?.state === "FINISHED" && d.project.launchAgents[0]?.agentStatus === "POLLING") break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const item = d.project.runQueue.runQueueItems.edges[0].node;
    assert.equal(item.state, "FINISHED");
    const agentId = d.project.launchAgents[0].id;
    await env.gql(
      `mutation S($id: ID!) { updateLaunchAgent(input: {launchAgentId: $id, stopPolling: true}) {
        success } }`,
      { id: agentId },
    );
    const out = await agent;
    assert.equal(out.code, 0, out.explain());
    // The job saw the launch env (the console wrapper puts carriage returns between words).
    assert.match(
      (out.stdout + out.stderr).replaceAll("\r", ""),
      new RegExp(`LAUNCHED True ${item.id}`),
    );
    const after = await env.gql<Json>(STATE);
    assert.equal(after.project.launchAgents[0].agentStatus, "KILLED");
    // The run the agent started is the acked one, with the item's run_config.
    const run = await env.gql<Json>(
      `query R($name: String!) { project(name: "launched", entityName: "local") {
        run(name: $name) { state config summaryMetrics } } }`,
      { name: item.associatedRunId },
    );
    assert.equal(run.project.run.state, "finished");
    assert.equal(JSON.parse(run.project.run.config).lr.value, 0.3);
    assert.equal(JSON.parse(run.project.run.summaryMetrics).loss, 0.25);
  },
);

Deno.test("Launch documents the client sent all validate against our schema", () => {
  const docs = capturedDocuments();
  assert.ok(
    docs.some((d) => /popFromRunQueue/.test(d.query)),
    "the agent's documents were captured",
  );
  const bad = invalidCapturedDocuments("new");
  assert.deepEqual(bad, []);
});
