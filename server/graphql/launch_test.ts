// Launch GraphQL (server-api.md §11) with the documents the official 0.30 client, its
// wandb-core and its public API send, through the real handler and a real in-memory store.
import assert from "node:assert/strict";
import { setup, type TestServer } from "./_test_util.ts";
import { serve } from "../serve.ts";

// The official client's documents (sdk/launch/api.py, apis/public/jobs.py, wandb-core).
const CREATE_CONFIG =
  `mutation CreateDefaultResourceConfig ($entityName: String!, $resource: String!,
  $config: JSONString!, $templateVariables: JSONString) {
  createDefaultResourceConfig(input: {entityName:$entityName,resource:$resource,config:$config,
    templateVariables:$templateVariables}) { defaultResourceConfigID success } }`;
const CREATE_QUEUE = `mutation CreateRunQueue ($entity: String!, $project: String!,
  $queueName: String!, $access: RunQueueAccessType!, $prioritizationMode: RunQueuePrioritizationMode,
  $defaultResourceConfigID: ID) {
  createRunQueue(input: {entityName:$entity,projectName:$project,queueName:$queueName,
    access:$access,prioritizationMode:$prioritizationMode,
    defaultResourceConfigID:$defaultResourceConfigID}) { success queueID } }`;
const QUEUES = `query ProjectRunQueues($entity: String!, $projectName: String!){
  project(entityName: $entity, name: $projectName) { runQueues { id name createdBy access } } }`;
const METADATA =
  `query GetRunQueueMetadata($projectName: String!, $entityName: String!, $runQueue: String!) {
  project(name: $projectName, entityName: $entityName) { runQueue(name: $runQueue) {
    id access defaultResourceConfigID prioritizationMode externalLinks } } }`;
const RESOURCE_CONFIG = `query GetDefaultResourceConfig($entityName: String!, $id: ID!) {
  entity(name: $entityName) { defaultResourceConfig(id: $id) { config resource
    templateVariables { name schema } } } }`;
const PUSH = `mutation pushToRunQueueByName($entityName: String!, $projectName: String!,
  $queueName: String!, $runSpec: JSONString!, $priority: Int, $templateVariableValues: JSONString) {
  pushToRunQueueByName(input: { entityName: $entityName, projectName: $projectName,
    queueName: $queueName, runSpec: $runSpec, priority: $priority,
    templateVariableValues: $templateVariableValues }) { runQueueItemId runSpec } }`;
const PUSH_LEGACY = `mutation pushToRunQueue($queueID: ID!, $runSpec: JSONString!) {
  pushToRunQueue(input: {queueID: $queueID, runSpec: $runSpec}) { runQueueItemId } }`;
const POP = `mutation popFromRunQueue($entity: String!, $project: String!, $queueName: String!,
  $launchAgentId: ID) { popFromRunQueue(input: { entityName: $entity, projectName: $project,
  queueName: $queueName, launchAgentId: $launchAgentId }) { runQueueItemId runSpec } }`;
const ACK = `mutation ackRunQueueItem($itemId: ID!, $runId: String!) {
  ackRunQueueItem(input: { runQueueItemId: $itemId, runName: $runId }) { success } }`;
const FAIL = `mutation failRunQueueItem($runQueueItemId: ID!, $message: String!, $stage: String!,
  $filePaths: [String!]) { failRunQueueItem(input: { runQueueItemId: $runQueueItemId
  message: $message stage: $stage filePaths: $filePaths }) { success } }`;
const WARN = `mutation updateRunQueueItemWarning($runQueueItemId: ID!, $message: String!,
  $stage: String!, $filePaths: [String!]) { updateRunQueueItemWarning(input: {
  runQueueItemId: $runQueueItemId message: $message stage: $stage filePaths: $filePaths }) {
  success } }`;
const ITEM = `query GetRunQueueItem($projectName: String!, $entityName: String!, $runQueue: String!,
  $itemId: ID!) { project(name: $projectName, entityName: $entityName) {
  runQueue(name: $runQueue) { runQueueItem(id: $itemId) { id state associatedRunId } } } }`;
const ITEMS =
  `query GetRunQueueItems($projectName: String!, $entityName: String!, $runQueue: String!) {
  project(name: $projectName, entityName: $entityName) { runQueue(name: $runQueue) {
  runQueueItems(first: 100) { edges { node { id state associatedRunId runSpec priority
  createdAt error { message stage filePaths } warnings { message stage filePaths } } } } } } }`;
const DELETE_ITEM = `mutation DeleteFromRunQueue($queueID: ID!, $runQueueItemId: ID!) {
  deleteFromRunQueue(input: { queueID: $queueID runQueueItemId: $runQueueItemId }) {
  success clientMutationId } }`;
const CREATE_AGENT = `mutation createLaunchAgent($entity: String!, $project: String!,
  $queues: [ID!]!, $hostname: String!, $agentConfig: JSONString, $version: String) {
  createLaunchAgent(input: { entityName: $entity, projectName: $project, runQueues: $queues,
  hostname: $hostname, agentConfig: $agentConfig, version: $version }) { launchAgentId } }`;
const UPDATE_AGENT = `mutation updateLaunchAgent($agentId: ID!, $agentStatus: String){
  updateLaunchAgent(input: { launchAgentId: $agentId agentStatus: $agentStatus }) { success } }`;
const AGENT = `query LaunchAgent($agentId: ID!) { launchAgent(id: $agentId) {
  id name runQueues hostname agentStatus stopPolling heartbeatAt } }`;

const MR = "model-registry";

async function ok(t: TestServer, query: string, variables: Record<string, unknown>) {
  const { status, body } = await t.gql(t.aliceKey, query, variables);
  assert.equal(status, 200);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

async function refused(
  t: TestServer,
  query: string,
  variables: Record<string, unknown>,
  pattern: RegExp,
  key = t.aliceKey,
) {
  const { status, body } = await t.gql(key, query, variables);
  assert.equal(status, 200);
  assert.ok(body.errors?.length, `expected an error, got ${JSON.stringify(body.data)}`);
  assert.match(body.errors![0]!.message, pattern);
}

async function makeQueue(t: TestServer, name: string, mode: "DISABLED" | "V0" = "DISABLED") {
  const d = await ok(t, CREATE_QUEUE, {
    entity: "alice",
    project: MR,
    queueName: name,
    access: "PROJECT",
    prioritizationMode: mode,
  });
  assert.equal(d.createRunQueue.success, true);
  return d.createRunQueue.queueID as string;
}

const spec = (n: number) => ({ uri: `https://example.com/${n}`, entity: "alice", project: "p" });

Deno.test("a queue with a default resource config is created and read back as the public API does", async () => {
  const t = setup();
  const c = await ok(t, CREATE_CONFIG, {
    entityName: "alice",
    resource: "local-process",
    config: JSON.stringify({ resource_args: { "local-process": { a: "{{x}}" } } }),
    templateVariables: JSON.stringify({ x: { type: "string" } }),
  });
  assert.equal(c.createDefaultResourceConfig.success, true);
  const d = await ok(t, CREATE_QUEUE, {
    entity: "alice",
    project: MR,
    queueName: "gpu",
    access: "PROJECT",
    prioritizationMode: "V0",
    defaultResourceConfigID: c.createDefaultResourceConfig.defaultResourceConfigID,
  });
  const queues = await ok(t, QUEUES, { entity: "alice", projectName: MR });
  assert.deepEqual(queues.project.runQueues, [
    { id: d.createRunQueue.queueID, name: "gpu", createdBy: "alice", access: "PROJECT" },
  ]);
  const meta = await ok(t, METADATA, { projectName: MR, entityName: "alice", runQueue: "gpu" });
  assert.equal(meta.project.runQueue.prioritizationMode, "V0");
  assert.equal(
    meta.project.runQueue.defaultResourceConfigID,
    c.createDefaultResourceConfig.defaultResourceConfigID,
  );
  const rc = await ok(t, RESOURCE_CONFIG, {
    entityName: "alice",
    id: meta.project.runQueue.defaultResourceConfigID,
  });
  assert.deepEqual(rc.entity.defaultResourceConfig, {
    config: { resource_args: { "local-process": { a: "{{x}}" } } },
    resource: "local-process",
    templateVariables: [{ name: "x", schema: '{"type":"string"}' }],
  });
  // A second queue of the same name is refused, and nothing else changes.
  await refused(t, CREATE_QUEUE, {
    entity: "alice",
    project: MR,
    queueName: "gpu",
    access: "PROJECT",
  }, /exists already/);
  assert.equal(
    (await ok(t, QUEUES, { entity: "alice", projectName: MR })).project.runQueues.length,
    1,
  );
});

Deno.test("pushing to 'default' creates it; pushes read back with the spec intact", async () => {
  const t = setup();
  const pushed = await ok(t, PUSH, {
    entityName: "alice",
    projectName: MR,
    queueName: "default",
    runSpec: JSON.stringify(spec(1)),
    templateVariableValues: JSON.stringify({ x: "1" }),
  });
  // runSpec comes back as JSON text (the client json.loads it).
  assert.equal(typeof pushed.pushToRunQueueByName.runSpec, "string");
  assert.deepEqual(JSON.parse(pushed.pushToRunQueueByName.runSpec), spec(1));
  const queues = await ok(t, QUEUES, { entity: "alice", projectName: MR });
  assert.deepEqual(queues.project.runQueues.map((q: { name: string }) => q.name), ["default"]);
  const legacy = await ok(t, PUSH_LEGACY, {
    queueID: queues.project.runQueues[0].id,
    runSpec: JSON.stringify(spec(2)),
  });
  const items = await ok(t, ITEMS, { projectName: MR, entityName: "alice", runQueue: "default" });
  const nodes = items.project.runQueue.runQueueItems.edges.map((e: { node: unknown }) => e.node);
  assert.deepEqual(
    nodes.map((n: { id: string; state: string; runSpec: unknown; priority: number }) => [
      n.id,
      n.state,
      n.runSpec,
      n.priority,
    ]),
    [
      [pushed.pushToRunQueueByName.runQueueItemId, "PENDING", spec(1), 2],
      [legacy.pushToRunQueue.runQueueItemId, "PENDING", spec(2), 2],
    ],
  );
  // Any other unknown queue is an error, not a new queue.
  await refused(t, PUSH, {
    entityName: "alice",
    projectName: MR,
    queueName: "nope",
    runSpec: "{}",
  }, /Run queue alice\/model-registry\/nope not found/);
});

Deno.test("pop hands out the oldest of the highest priority, as an object, then null; ack links the run once", async () => {
  const t = setup();
  await makeQueue(t, "q", "V0");
  const ids: string[] = [];
  for (const [n, priority] of [[1, 2], [2, 0], [3, 4], [4, 0]] as const) {
    const d = await ok(t, PUSH, {
      entityName: "alice",
      projectName: MR,
      queueName: "q",
      runSpec: JSON.stringify(spec(n)),
      priority,
    });
    ids.push(d.pushToRunQueueByName.runQueueItemId);
  }
  const popped = [];
  for (let i = 0; i < 5; i++) {
    const d = await ok(t, POP, { entity: "alice", project: MR, queueName: "q" });
    popped.push(d.popFromRunQueue);
  }
  assert.deepEqual(popped.slice(0, 4).map((p) => p.runQueueItemId), [
    ids[1],
    ids[3],
    ids[0],
    ids[2],
  ]);
  assert.deepEqual(popped[0].runSpec, spec(2)); // an object here
  assert.equal(popped[4], null);
  const v = { projectName: MR, entityName: "alice", runQueue: "q", itemId: ids[1] };
  assert.equal((await ok(t, ITEM, v)).project.runQueue.runQueueItem.state, "LEASED");
  assert.equal((await ok(t, ACK, { itemId: ids[1], runId: "run1" })).ackRunQueueItem.success, true);
  assert.equal(
    (await ok(t, ACK, { itemId: ids[1], runId: "run2" })).ackRunQueueItem.success,
    false,
  );
  assert.deepEqual((await ok(t, ITEM, v)).project.runQueue.runQueueItem, {
    id: ids[1],
    state: "CLAIMED",
    associatedRunId: "run1",
  });
  // The state follows the linked run (in the spec's entity/project): finished, then crashed.
  const { run } = t.store.upsertRun("alice", "p", "run1", { state: "running" });
  assert.equal((await ok(t, ITEM, v)).project.runQueue.runQueueItem.state, "CLAIMED");
  t.store.updateRun(run.id, { state: "finished" });
  assert.equal((await ok(t, ITEM, v)).project.runQueue.runQueueItem.state, "FINISHED");
  t.store.updateRun(run.id, { state: "crashed" });
  assert.equal((await ok(t, ITEM, v)).project.runQueue.runQueueItem.state, "FAILED");
});

Deno.test("a DISABLED queue is FIFO whatever the priorities", async () => {
  const t = setup();
  await makeQueue(t, "fifo");
  const ids = [];
  for (const priority of [3, 0]) {
    const d = await ok(t, PUSH, {
      entityName: "alice",
      projectName: MR,
      queueName: "fifo",
      runSpec: "{}",
      priority,
    });
    ids.push(d.pushToRunQueueByName.runQueueItemId);
  }
  const a = await ok(t, POP, { entity: "alice", project: MR, queueName: "fifo" });
  assert.equal(a.popFromRunQueue.runQueueItemId, ids[0]);
});

Deno.test("failures and warnings are recorded with their stage and files", async () => {
  const t = setup();
  await makeQueue(t, "q");
  const d = await ok(t, PUSH, {
    entityName: "alice",
    projectName: MR,
    queueName: "q",
    runSpec: "{}",
  });
  const id = d.pushToRunQueueByName.runQueueItemId;
  await ok(t, POP, { entity: "alice", project: MR, queueName: "q" });
  const w = await ok(t, WARN, {
    runQueueItemId: id,
    message: "slow pull",
    stage: "build",
    filePaths: null,
  });
  assert.equal(w.updateRunQueueItemWarning.success, true);
  const f = await ok(t, FAIL, {
    runQueueItemId: id,
    message: "no docker",
    stage: "agent",
    filePaths: ["error.log"],
  });
  assert.equal(f.failRunQueueItem.success, true);
  const items = await ok(t, ITEMS, { projectName: MR, entityName: "alice", runQueue: "q" });
  const node = items.project.runQueue.runQueueItems.edges[0].node;
  assert.equal(node.state, "FAILED");
  assert.deepEqual(node.error, { message: "no docker", stage: "agent", filePaths: ["error.log"] });
  assert.deepEqual(node.warnings, [{ message: "slow pull", stage: "build", filePaths: [] }]);
  // A failed item is not acked any more.
  assert.equal((await ok(t, ACK, { itemId: id, runId: "r" })).ackRunQueueItem.success, false);
});

Deno.test("agents register, report status, heartbeat, and are asked to stop", async () => {
  const t = setup();
  const qid = await makeQueue(t, "q");
  const c = await ok(t, CREATE_AGENT, {
    entity: "alice",
    project: MR,
    queues: [qid],
    hostname: "box1",
    agentConfig: "{}",
    version: "0.30.0",
  });
  const agentId = c.createLaunchAgent.launchAgentId;
  const read = async () => (await ok(t, AGENT, { agentId })).launchAgent;
  assert.deepEqual(await read(), {
    id: agentId,
    name: "agent-1",
    runQueues: [qid],
    hostname: "box1",
    agentStatus: "POLLING",
    stopPolling: false,
    heartbeatAt: "2026-01-02T03:04:05",
  });
  t.now.setTime(t.now.getTime() + 10_000);
  assert.equal(
    (await ok(t, UPDATE_AGENT, { agentId, agentStatus: "RUNNING" })).updateLaunchAgent.success,
    true,
  );
  const after = await read();
  assert.equal(after.agentStatus, "RUNNING");
  assert.equal(after.heartbeatAt, "2026-01-02T03:04:15");
  await ok(
    t,
    `mutation($id: ID!) { updateLaunchAgent(input: {launchAgentId: $id, stopPolling: true}) { success } }`,
    { id: agentId },
  );
  assert.equal((await read()).stopPolling, true);
  await refused(t, UPDATE_AGENT, { agentId, agentStatus: "DANCING" }, /not one of POLLING/);
});

Deno.test("an item whose lease runs out goes back to the queue; a KILLED agent's items at once", async () => {
  const t = setup();
  const qid = await makeQueue(t, "q");
  const agent = async () =>
    (await ok(t, CREATE_AGENT, { entity: "alice", project: MR, queues: [qid], hostname: "h" }))
      .createLaunchAgent.launchAgentId;
  const [a1, a2] = [await agent(), await agent()];
  const d = await ok(t, PUSH, {
    entityName: "alice",
    projectName: MR,
    queueName: "q",
    runSpec: "{}",
  });
  const id = d.pushToRunQueueByName.runQueueItemId;
  const pop = async (launchAgentId: string) =>
    (await ok(t, POP, { entity: "alice", project: MR, queueName: "q", launchAgentId }))
      .popFromRunQueue;
  assert.equal((await pop(a1)).runQueueItemId, id);
  assert.equal(await pop(a2), null); // leased, not handed out twice
  t.now.setTime(t.now.getTime() + 61_000);
  assert.equal((await pop(a2)).runQueueItemId, id); // lease ran out: a2 gets it
  assert.equal((await ok(t, ACK, { itemId: id, runId: "r1" })).ackRunQueueItem.success, true);
  // Claimed for a run that never appears while the agent is silent: back to PENDING.
  t.now.setTime(t.now.getTime() + 30_000);
  await ok(t, UPDATE_AGENT, { agentId: a2, agentStatus: "RUNNING" }); // heartbeat: kept
  assert.equal(await pop(a1), null);
  t.now.setTime(t.now.getTime() + 61_000);
  assert.equal((await pop(a1)).runQueueItemId, id);
  // a1 is killed: its leased item is pending again right away.
  await ok(t, UPDATE_AGENT, { agentId: a1, agentStatus: "KILLED" });
  const item = await ok(t, ITEM, {
    projectName: MR,
    entityName: "alice",
    runQueue: "q",
    itemId: id,
  });
  assert.equal(item.project.runQueue.runQueueItem.state, "PENDING");
  // A claimed item whose run exists stays claimed however long the agent is silent.
  assert.equal((await pop(a2)).runQueueItemId, id);
  await ok(t, ACK, { itemId: id, runId: "r2" });
  t.store.upsertRun("alice", MR, "r2", { state: "running" });
  t.now.setTime(t.now.getTime() + 3_600_000);
  assert.equal(await pop(a1), null);
  const again = await ok(t, ITEM, {
    projectName: MR,
    entityName: "alice",
    runQueue: "q",
    itemId: id,
  });
  assert.deepEqual(again.project.runQueue.runQueueItem, {
    id,
    state: "CLAIMED",
    associatedRunId: "r2",
  });
});

Deno.test("QueuedRun.delete's documents remove the item", async () => {
  const t = setup();
  const qid = await makeQueue(t, "q");
  const d = await ok(t, PUSH, {
    entityName: "alice",
    projectName: MR,
    queueName: "q",
    runSpec: "{}",
  });
  const q = await ok(
    t,
    `query fetchRunQueuesFromProject($entityName: String!, $projectName: String!, $runQueueName: String!) {
      project(name: $projectName, entityName: $entityName) { runQueue(name: $runQueueName) { id } } }`,
    { entityName: "alice", projectName: MR, runQueueName: "q" },
  );
  assert.equal(q.project.runQueue.id, qid);
  const del = await ok(t, DELETE_ITEM, {
    queueID: qid,
    runQueueItemId: d.pushToRunQueueByName.runQueueItemId,
  });
  assert.equal(del.deleteFromRunQueue.success, true);
  const items = await ok(t, ITEMS, { projectName: MR, entityName: "alice", runQueue: "q" });
  assert.deepEqual(items.project.runQueue.runQueueItems.edges, []);
});

Deno.test("bad input is refused with a clear error and changes nothing", async () => {
  const t = setup();
  const qid = await makeQueue(t, "q");
  const push = (v: Record<string, unknown>) => ({
    entityName: "alice",
    projectName: MR,
    queueName: "q",
    runSpec: "{}",
    ...v,
  });
  await refused(t, PUSH, push({ runSpec: "[1,2]" }), /runSpec must be a JSON object/);
  await refused(t, PUSH, push({ runSpec: "{nope" }), /runSpec is not valid JSON/);
  await refused(t, PUSH, push({ priority: 5 }), /priority must be 0 \(highest\) to 4/);
  await refused(t, PUSH, push({ priority: -1 }), /priority must be 0/);
  await refused(t, PUSH, push({ entityName: "bob" }), /Entity "bob" is not one of yours/);
  await refused(t, PUSH, push({}), /not one of yours/, t.bobKey);
  await refused(t, PUSH_LEGACY, { queueID: "UnVuUXVldWU6OTk=", runSpec: "{}" }, /not found/);
  await refused(t, PUSH_LEGACY, { queueID: "garbage", runSpec: "{}" }, /is not a RunQueue id/);
  await refused(t, POP, { entity: "alice", project: MR, queueName: "zz" }, /not found/);
  await refused(t, POP, {
    entity: "alice",
    project: MR,
    queueName: "q",
    launchAgentId: "TGF1bmNoQWdlbnQ6NDI=",
  }, /launch agent .* not found/);
  await refused(t, AGENT, { agentId: "TGF1bmNoQWdlbnQ6NDI=" }, /not found/);
  await refused(t, ACK, { itemId: "UnVuUXVldWVJdGVtOjk=", runId: "r" }, /item .* not found/);
  await refused(t, CREATE_QUEUE, {
    entity: "alice",
    project: MR,
    queueName: "x".repeat(65),
    access: "PROJECT",
  }, /1 to 64 characters/);
  await refused(t, CREATE_CONFIG, {
    entityName: "alice",
    resource: "mainframe",
    config: "{}",
  }, /resource "mainframe" is not one of/);
  await refused(
    t,
    CREATE_AGENT,
    {
      entity: "alice",
      project: MR,
      queues: [qid],
      hostname: "h",
    },
    /not one of yours/,
    t.bobKey,
  );
  // Nothing was enqueued, no queue or agent made.
  assert.equal(t.store.query("SELECT count(*) AS n FROM run_queue_items")[0]!.n, 0);
  assert.equal(t.store.query("SELECT count(*) AS n FROM run_queues")[0]!.n, 1);
  assert.equal(t.store.query("SELECT count(*) AS n FROM launch_agents")[0]!.n, 0);
});

Deno.test("eight agents popping over HTTP at once never share an item and lose none", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "launch-http-" });
  const ac = new AbortController();
  const server = await serve({ port: 0, dataDir, signal: ac.signal, log: () => {} });
  try {
    const url = `http://127.0.0.1:${server.port}/graphql`;
    const auth = `Basic ${btoa(`api:${server.localUser.apiKey}`)}`;
    // deno-lint-ignore no-explicit-any
    const gql = async (query: string, variables: Record<string, unknown>): Promise<any> => {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: auth },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      return body.data;
    };
    const n = 300;
    for (let i = 0; i < n; i++) {
      await gql(PUSH, {
        entityName: "local",
        projectName: MR,
        queueName: "default",
        runSpec: JSON.stringify({ i }),
      });
    }
    const agent = async () => {
      const got: number[] = [];
      for (;;) {
        const d = await gql(POP, { entity: "local", project: MR, queueName: "default" });
        if (!d.popFromRunQueue) return got;
        got.push(d.popFromRunQueue.runSpec.i);
      }
    };
    const all = (await Promise.all(Array.from({ length: 8 }, agent))).flat();
    assert.equal(all.length, n, "every item handed out");
    assert.equal(new Set(all).size, n, "none handed out twice");
  } finally {
    ac.abort();
    await server.finished;
    await Deno.remove(dataDir, { recursive: true });
  }
});

Deno.test("every entity has the model-registry project: a fresh one lists no queues instead of null", async () => {
  const t = setup();
  assert.equal(t.store.getProject("alice", MR), undefined);
  const d = await ok(t, QUEUES, { entity: "alice", projectName: MR });
  assert.deepEqual(d.project.runQueues, []);
  // Not for other names, nor for someone else's entity.
  assert.equal((await ok(t, QUEUES, { entity: "alice", projectName: "nope" })).project, null);
  assert.equal(
    (await t.gql(t.bobKey, QUEUES, { entity: "alice", projectName: MR })).body.data.project,
    null,
  );
});

Deno.test("upsertRunQueue creates or updates a queue; deleteRunQueues removes queues with their items", async () => {
  const t = setup();
  const UPSERT = `mutation UpsertRunQueue ($entityName: String!, $projectName: String!,
    $queueName: String!, $resourceType: String!, $resourceConfig: JSONString!,
    $templateVariables: JSONString, $prioritizationMode: RunQueuePrioritizationMode,
    $externalLinks: JSONString, $clientMutationId: String) {
    upsertRunQueue(input: {entityName:$entityName,projectName:$projectName,queueName:$queueName,
      resourceType:$resourceType,resourceConfig:$resourceConfig,templateVariables:$templateVariables,
      prioritizationMode:$prioritizationMode,externalLinks:$externalLinks,
      clientMutationId:$clientMutationId}) { success configSchemaValidationErrors } }`;
  const v = { entityName: "alice", projectName: MR, queueName: "k8s" };
  const made = await ok(t, UPSERT, {
    ...v,
    resourceType: "kubernetes",
    resourceConfig: JSON.stringify({ resource_args: { kubernetes: { a: 1 } } }),
  });
  assert.deepEqual(made.upsertRunQueue, { success: true, configSchemaValidationErrors: [] });
  await ok(t, PUSH, { ...v, runSpec: "{}" });
  await ok(t, UPSERT, {
    ...v,
    resourceType: "kubernetes",
    resourceConfig: JSON.stringify({ resource_args: { kubernetes: { a: 2 } } }),
    prioritizationMode: "V0",
    externalLinks: JSON.stringify({ links: [{ label: "d", url: "https://x" }] }),
  });
  const meta = await ok(t, METADATA, { projectName: MR, entityName: "alice", runQueue: "k8s" });
  assert.equal(meta.project.runQueue.prioritizationMode, "V0");
  assert.deepEqual(meta.project.runQueue.externalLinks, {
    links: [{ label: "d", url: "https://x" }],
  });
  const rc = await ok(t, RESOURCE_CONFIG, {
    entityName: "alice",
    id: meta.project.runQueue.defaultResourceConfigID,
  });
  assert.deepEqual(rc.entity.defaultResourceConfig.config, {
    resource_args: { kubernetes: { a: 2 } },
  });
  const items = await ok(t, ITEMS, { projectName: MR, entityName: "alice", runQueue: "k8s" });
  assert.equal(items.project.runQueue.runQueueItems.edges.length, 1, "the queue kept its items");
  await refused(t, UPSERT, { ...v, resourceType: "k9s", resourceConfig: "{}" }, /not one of/);

  const del = await ok(
    t,
    `mutation DeleteRunQueue($id: ID!) { deleteRunQueues(input: {queueIDs: [$id]}) { success } }`,
    { id: meta.project.runQueue.id },
  );
  assert.equal(del.deleteRunQueues.success, true);
  assert.deepEqual(
    (await ok(t, QUEUES, { entity: "alice", projectName: MR })).project.runQueues,
    [],
  );
  assert.equal(t.store.query("SELECT count(*) AS n FROM run_queue_items")[0]!.n, 0);
});
