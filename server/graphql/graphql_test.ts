import assert from "node:assert/strict";
import { verifySignedUrl } from "../signed_url.ts";
import { basic, setup } from "./_test_util.ts";
import { decodeRunId, encodeRunId } from "./ids.ts";
import { GraphqlExecutor } from "./schema.ts";
import { graphqlRoutes } from "./mod.ts";
import { createHandler } from "../handler.ts";
import { storageRoutes } from "../storage.ts";
import { Store } from "../store/mod.ts";

const PROBE = `query ProbeServerCapabilities {
  QueryType: __type(name: "Query") { ...fieldData }
  MutationType: __type(name: "Mutation") { ...fieldData }
  ServerInfoType: __type(name: "ServerInfo") { ...fieldData }
}
fragment fieldData on __Type { fields { name } }`;

const UPSERT_BUCKET =
  `mutation UpsertBucket($id: String, $name: String, $project: String, $entity: String,
  $groupName: String, $description: String, $displayName: String, $notes: String,
  $commit: String, $config: JSONString, $host: String, $debug: Boolean, $program: String,
  $repo: String, $jobType: String, $state: String, $sweep: String, $tags: [String!],
  $summaryMetrics: JSONString) {
  upsertBucket(input: {id: $id, name: $name, groupName: $groupName, modelName: $project,
    entityName: $entity, description: $description, displayName: $displayName, notes: $notes,
    config: $config, commit: $commit, host: $host, debug: $debug, jobProgram: $program,
    jobRepo: $repo, jobType: $jobType, state: $state, sweep: $sweep, tags: $tags,
    summaryMetrics: $summaryMetrics}) {
    bucket { id name displayName description config sweepName
             project { id name entity { id name } } historyLineCount }
    inserted
    serverSettings { serverMessages { utfText plainText htmlText messageType messageLevel } }
  }
}`;

const RUN_FRAGMENT =
  `fragment RunFragment on Run { id tags name displayName sweepName state config group
  jobType commit readOnly createdAt heartbeatAt description notes systemMetrics summaryMetrics
  historyLineCount user { name username } historyKeys }`;

const RUN_QUERY = `query Run($project: String!, $entity: String!, $name: String!) {
  project(name: $project, entityName: $entity) { run(name: $name) { ...RunFragment } } }
${RUN_FRAGMENT}`;

Deno.test("capability probes return objects with the advertised fields", async () => {
  const t = setup();
  const { status, body } = await t.gql(t.aliceKey, PROBE);
  assert.equal(status, 200);
  assert.equal(body.errors, undefined);
  const names = (k: string) => body.data[k].fields.map((f: { name: string }) => f.name);
  assert.ok(names("QueryType").includes("serverInfo"));
  assert.ok(names("MutationType").includes("createRunFiles"));
  assert.ok(names("MutationType").includes("createRunQueue")); // Launch is served (issue #14)
  assert.deepEqual(
    names("ServerInfoType").filter((n: string) => n.endsWith("VersionInfo")).sort(),
    ["cliVersionInfo", "latestLocalVersionInfo"],
  );
  const probes = await t.gql(
    t.aliceKey,
    `query P {
      ServerSettingsType: __type(name: "ServerSettings") { fields { name } }
      UseArtifactInputInfoType: __type(name: "UseArtifactInput") { name inputFields { name } }
      CreateArtifactInputInfoType: __type(name: "CreateArtifactInput") { inputFields { name } }
      ArtifactInfoType: __type(name: "Artifact") { fields { name } }
      CreateArtifactFileSpecInputInfoType: __type(name: "CreateArtifactFileSpecInput") { inputFields { name } }
      CreateRunQueueInputType: __type(name: "CreateRunQueueInput") { name inputFields { name } }
      PushToRunQueueInputType: __type(name: "PushToRunQueueInput") { name inputFields { name } }
      FailRunQueueItemInputInfoType: __type(name: "FailRunQueueItemInput") { inputFields { name } }
      CreateLaunchAgentInputInfoType: __type(name: "CreateLaunchAgentInput") { inputFields { name } }
    }`,
  );
  assert.equal(probes.body.errors, undefined);
  for (const [alias, v] of Object.entries(probes.body.data)) assert.notEqual(v, null, alias);
  const created = probes.body.data.CreateArtifactInputInfoType.inputFields.map((
    f: { name: string },
  ) => f.name);
  assert.ok(created.includes("clientID") && created.includes("historyStep"));
  // Artifacts are served (issue #12): TTL and digest deduplication are advertised, and the file
  // spec accepts uploadPartsInput (the client always sends it).
  assert.ok(
    created.includes("ttlDurationSeconds") && created.includes("enableDigestDeduplication"),
  );
  const spec = probes.body.data.CreateArtifactFileSpecInputInfoType.inputFields.map((
    f: { name: string },
  ) => f.name);
  assert.ok(spec.includes("uploadPartsInput"));
  // ttlIsInherited makes the client select the TTL fields in its artifact documents: they exist.
  const art = probes.body.data.ArtifactInfoType.fields.map((f: { name: string }) => f.name);
  assert.ok(art.includes("ttlIsInherited") && art.includes("ttlDurationSeconds"));
});

Deno.test("viewer and serverInfo answer the login query", async () => {
  const t = setup();
  const { body } = await t.gql(
    t.aliceKey,
    `query Viewer { viewer { id entity username email flags admin
      teams { edges { node { name } } } apiKeys { edges { node { id name description } } } }
      serverInfo { cliVersionInfo latestLocalVersionInfo { outOfDate latestVersionString
      versionOnThisInstanceString } } }`,
  );
  assert.equal(body.errors, undefined);
  const v = body.data.viewer;
  assert.equal(v.entity, "alice");
  assert.equal(v.username, "alice");
  assert.equal(v.email, "alice@example.com");
  assert.deepEqual(JSON.parse(v.flags), {});
  assert.deepEqual(v.teams.edges, []);
  assert.equal(typeof v.id, "string");
  assert.deepEqual(body.data.serverInfo.cliVersionInfo, { max_cli_version: "0.16.6" });
  assert.equal(body.data.serverInfo.latestLocalVersionInfo.outOfDate, false);
  // Team entities the user owns are listed.
  t.store.query("INSERT INTO entities (name, owner, created_at) VALUES ('team-a', 1, 'x')");
  const again = await t.gql(t.aliceKey, "{ viewer { teams { edges { node { name } } } } }");
  assert.deepEqual(again.body.data.viewer.teams.edges, [{ node: { name: "team-a" } }]);
});

Deno.test("no key or a wrong key is a 401 with a JSON error", async () => {
  const t = setup();
  const none = await t.gql(null, "{ viewer { id } }");
  assert.equal(none.status, 401);
  assert.match(none.body.errors![0]!.message, /API key/);
  const wrong = await t.gql("0".repeat(40), "{ viewer { id } }");
  assert.equal(wrong.status, 401);
});

Deno.test("UpsertBucket creates a run, then updates only the fields sent", async () => {
  const t = setup();
  const config = JSON.stringify({ lr: { desc: null, value: 0.1 }, _wandb: { value: { t: 1 } } });
  const first = await t.gql(t.aliceKey, UPSERT_BUCKET, {
    name: "run1",
    project: "proj",
    entity: null,
    groupName: "g",
    jobType: "train",
    notes: null,
    tags: ["a", "b"],
    config,
    sweep: "sw1",
    host: "box",
    program: "train.py",
    repo: "git@x:y.git",
    commit: "abc",
    debug: false,
  });
  assert.equal(first.body.errors, undefined);
  const u = first.body.data.upsertBucket;
  assert.equal(u.inserted, true);
  assert.equal(u.bucket.name, "run1");
  assert.match(u.bucket.displayName, /^[a-z]+-[a-z]+-\d+$/);
  assert.equal(u.bucket.config, config);
  assert.equal(u.bucket.sweepName, "sw1");
  assert.equal(u.bucket.project.name, "proj");
  assert.equal(u.bucket.project.entity.name, "alice");
  assert.equal(u.bucket.historyLineCount, 0);
  assert.deepEqual(u.serverSettings.serverMessages, []);
  assert.deepEqual(decodeRunId(u.bucket.id), { entity: "alice", project: "proj", name: "run1" });

  // A config-only update (what the SDK sends every 30 s) leaves the rest unchanged.
  const config2 = JSON.stringify({ lr: { desc: null, value: 0.2 } });
  const second = await t.gql(t.aliceKey, UPSERT_BUCKET, {
    name: "run1",
    project: "proj",
    entity: "alice",
    config: config2,
  });
  assert.equal(second.body.data.upsertBucket.inserted, false);
  const run = t.store.getRun("alice", "proj", "run1")!;
  assert.equal(run.config, config2);
  assert.deepEqual(run.tags, ["a", "b"]);
  assert.equal(run.group, "g");
  assert.equal(run.jobType, "train");
  assert.equal(run.program, "train.py");
  assert.equal(run.repo, "git@x:y.git");
  assert.equal(run.displayName, u.bucket.displayName);

  // Update by id (public API Run.update), with a summary edit and a state.
  const third = await t.gql(t.aliceKey, UPSERT_BUCKET, {
    id: u.bucket.id,
    notes: "n",
    displayName: "nice",
    summaryMetrics: '{"acc": 0.9}',
    state: "FINISHED",
  });
  assert.equal(third.body.errors, undefined);
  assert.equal(third.body.data.upsertBucket.bucket.displayName, "nice");
  const after = t.store.getRun("alice", "proj", "run1")!;
  assert.equal(after.notes, "n");
  assert.equal(after.summary, '{"acc": 0.9}');
  assert.equal(after.state, "finished");
  assert.equal(after.config, config2);
});

Deno.test("UpsertBucket without a name generates a run id; foreign entities are refused", async () => {
  const t = setup();
  const made = await t.gql(t.aliceKey, UPSERT_BUCKET, { project: "p" });
  assert.match(made.body.data.upsertBucket.bucket.name, /^[a-z0-9]{8}$/);
  const foreign = await t.gql(t.bobKey, UPSERT_BUCKET, {
    name: "x",
    project: "p",
    entity: "alice",
  });
  assert.equal(foreign.status, 200);
  assert.equal(foreign.body.data.upsertBucket, null);
  assert.match(foreign.body.errors![0]!.message, /Entity "alice" is not one of yours/);
  assert.deepEqual(foreign.body.errors![0]!.path, ["upsertBucket"]);
  // Bob cannot update Alice's run by id either.
  const id = encodeRunId("alice", "p", made.body.data.upsertBucket.bucket.name);
  const byId = await t.gql(t.bobKey, UPSERT_BUCKET, { id, notes: "hijack" });
  assert.equal(byId.body.errors?.[0]?.extensions?.code, "graphql/permission");
  // A bad state value is a field error, not a 500.
  const bad = await t.gql(t.aliceKey, UPSERT_BUCKET, { name: "r", project: "p", state: "weird" });
  assert.equal(bad.status, 200);
  assert.match(bad.body.errors![0]!.message, /Unknown run state "weird"/);
});

Deno.test("RunResumeStatus returns the stored counts and tails, null for a missing run", async () => {
  const t = setup();
  const { run } = t.store.upsertRun("alice", "p", "r1", { tags: ["t"], config: '{"a":1}' });
  t.store.appendHistory(run.id, 0, ['{"_step":0,"x":1}', '{"_step":1,"x":2,"_runtime":60}']);
  t.store.appendEvents(run.id, 0, ['{"system.cpu":1,"_runtime":30}']);
  t.store.appendOutput(run.id, 0, ["hello\n"]);
  t.store.setSummary(run.id, '{"x":2}');
  const q = `query RunResumeStatus($project: String, $entity: String, $name: String!) {
    model(name: $project, entityName: $entity) { id name entity { id name }
      bucket(name: $name, missingOk: true) { id name summaryMetrics displayName logLineCount
        historyLineCount eventsLineCount historyTail eventsTail config tags notes
        wandbConfig(keys: ["t"]) } } }`;
  const { body } = await t.gql(t.aliceKey, q, { project: "p", entity: "alice", name: "r1" });
  assert.equal(body.errors, undefined);
  const b = body.data.model.bucket;
  assert.equal(body.data.model.entity.name, "alice");
  assert.equal(b.historyLineCount, 2);
  assert.equal(b.eventsLineCount, 1);
  assert.equal(b.logLineCount, 1);
  assert.equal(JSON.parse(JSON.parse(b.historyTail).at(-1))._step, 1);
  assert.equal(JSON.parse(JSON.parse(b.eventsTail).at(-1))._runtime, 30);
  assert.equal(b.summaryMetrics, '{"x":2}');
  assert.deepEqual(b.tags, ["t"]);
  assert.equal(b.wandbConfig, "{}");
  const missing = await t.gql(t.aliceKey, q, { project: "p", entity: "alice", name: "nope" });
  assert.equal(missing.body.errors, undefined);
  assert.equal(missing.body.data.model.bucket, null);
  // Another user sees no project at all.
  const bob = await t.gql(t.bobKey, q, { project: "p", entity: "alice", name: "r1" });
  assert.equal(bob.body.data.model, null);
});

Deno.test("CreateRunFiles and RunUploadUrls hand out verifiable signed PUT URLs", async () => {
  const t = setup();
  t.store.upsertRun("alice", "p", "r1");
  const create = await t.gql(
    t.aliceKey,
    `mutation CreateRunFiles($entity: String!, $project: String!, $run: String!, $files: [String!]!) {
      createRunFiles(input: {entityName: $entity, projectName: $project, runName: $run, files: $files}) {
        runID uploadHeaders files { name uploadUrl } } }`,
    { entity: "alice", project: "p", run: "r1", files: ["config.yaml", "media/images/a b.png"] },
  );
  assert.equal(create.body.errors, undefined);
  const c = create.body.data.createRunFiles;
  assert.equal(c.runID, encodeRunId("alice", "p", "r1"));
  assert.deepEqual(c.uploadHeaders, []);
  assert.equal(c.files[1].name, "media/images/a b.png");
  const url = new URL(c.files[1].uploadUrl, "http://localhost");
  assert.equal(url.pathname, "/storage/alice/p/r1/media/images/a%20b.png");
  assert.equal(await verifySignedUrl(t.secret, "PUT", url, t.now), undefined);
  assert.equal(await verifySignedUrl(t.secret, "GET", url, t.now), "bad signature");
  assert.equal(
    await verifySignedUrl(t.secret, "PUT", url, new Date(t.now.getTime() + 601_000)),
    "expired",
  );
  assert.ok(t.store.getFile(t.store.getRun("alice", "p", "r1")!.id, "config.yaml"));

  const legacy = await t.gql(
    t.aliceKey,
    `query RunUploadUrls($name: String!, $files: [String]!, $entity: String, $run: String!, $description: String) {
      model(name: $name, entityName: $entity) { bucket(name: $run, desc: $description) { id
        files(names: $files) { uploadHeaders edges { node { name url(upload: true) updatedAt } } } } } }`,
    { name: "p", entity: "alice", run: "r1", files: ["wandb-metadata.json"] },
  );
  assert.equal(legacy.body.errors, undefined);
  const node = legacy.body.data.model.bucket.files.edges[0].node;
  assert.equal(node.name, "wandb-metadata.json");
  const u2 = new URL(node.url, "http://localhost");
  assert.equal(u2.pathname, "/storage/alice/p/r1/wandb-metadata.json");
  assert.equal(await verifySignedUrl(t.secret, "PUT", u2, t.now), undefined);

  // Traversal in a file name and a missing run are errors naming the problem.
  const trav = await t.gql(
    t.aliceKey,
    `mutation { createRunFiles(input: {entityName: "alice", projectName: "p", runName: "r1",
      files: ["../../etc/passwd"]}) { runID } }`,
  );
  assert.match(trav.body.errors![0]!.message, /Invalid file name/);
  const missing = await t.gql(
    t.aliceKey,
    `mutation { createRunFiles(input: {entityName: "alice", projectName: "p", runName: "zz",
      files: ["a"]}) { runID } }`,
  );
  assert.match(missing.body.errors![0]!.message, /Run alice\/p\/zz not found/);
  const foreign = await t.gql(
    t.bobKey,
    `mutation { createRunFiles(input: {entityName: "alice", projectName: "p", runName: "r1",
      files: ["a"]}) { runID } }`,
  );
  assert.equal(foreign.body.errors?.[0]?.extensions?.code, "graphql/permission");
});

Deno.test("Run returns the RunFragment fields, files with signed GET URLs", async () => {
  const t = setup();
  const { run } = t.store.upsertRun("alice", "p", "r1", {
    displayName: "dn",
    config: '{"lr":{"value":0.1,"desc":null}}',
    tags: ["x"],
    notes: "hello",
    group: "grp",
    jobType: "eval",
    commit: "c0ffee",
    systemMetrics: '{"cpu":1}',
  });
  t.store.appendHistory(run.id, 0, [
    '{"_step":0,"loss":1,"acc":0.1}',
    '{"_step":1,"loss":0.5,"nested":{"a":2}}',
  ]);
  t.store.setSummary(run.id, '{"loss":0.5}');
  t.store.putFile(run.id, { name: "output.log", size: 12, md5: "abc=" });
  const { body } = await t.gql(t.aliceKey, RUN_QUERY, {
    project: "p",
    entity: "alice",
    name: "r1",
  });
  assert.equal(body.errors, undefined);
  const r = body.data.project.run;
  assert.equal(r.id, encodeRunId("alice", "p", "r1"));
  assert.equal(r.name, "r1");
  assert.equal(r.displayName, "dn");
  assert.equal(r.state, "running");
  assert.equal(r.config, '{"lr":{"value":0.1,"desc":null}}');
  assert.equal(r.summaryMetrics, '{"loss":0.5}');
  assert.equal(r.systemMetrics, '{"cpu":1}');
  assert.deepEqual(r.tags, ["x"]);
  assert.equal(r.notes, "hello");
  assert.equal(r.group, "grp");
  assert.equal(r.jobType, "eval");
  assert.equal(r.commit, "c0ffee");
  assert.equal(r.createdAt, "2026-01-02T03:04:05");
  assert.equal(r.heartbeatAt, "2026-01-02T03:04:05");
  assert.equal(r.historyLineCount, 2);
  assert.deepEqual(r.user, { name: "alice", username: "alice" });
  assert.equal(r.historyKeys.lastStep, 1);
  assert.deepEqual(r.historyKeys.keys.loss, { previousValue: 0.5 });
  assert.deepEqual(r.historyKeys.keys.acc, { previousValue: 0.1 });
  assert.deepEqual(r.historyKeys.keys["nested.a"], { previousValue: 2 });

  const files = await t.gql(
    t.aliceKey,
    `query RunFiles($project: String!, $entity: String!, $name: String!, $fileCursor: String,
      $fileLimit: Int = 50, $fileNames: [String] = [], $upload: Boolean = false) {
      project(name: $project, entityName: $entity) { run(name: $name) { fileCount
        files(names: $fileNames, after: $fileCursor, first: $fileLimit) {
          edges { node { id name url(upload: $upload) directUrl sizeBytes mimetype updatedAt md5 } cursor }
          pageInfo { endCursor hasNextPage } } } } }`,
    { project: "p", entity: "alice", name: "r1" },
  );
  assert.equal(files.body.errors, undefined);
  const fr = files.body.data.project.run;
  assert.equal(fr.fileCount, 1);
  const f = fr.files.edges[0].node;
  assert.equal(f.name, "output.log");
  assert.equal(f.sizeBytes, 12);
  assert.equal(f.md5, "abc=");
  assert.equal(f.mimetype, "text/plain");
  for (const u of [f.url, f.directUrl]) {
    const url = new URL(u, "http://localhost");
    assert.equal(url.pathname, "/storage/alice/p/r1/output.log");
    assert.equal(await verifySignedUrl(t.secret, "GET", url, t.now), undefined);
  }
  const pattern = await t.gql(
    t.aliceKey,
    `{ project(name: "p", entityName: "alice") { run(name: "r1") {
      files(pattern: "*.log") { edges { node { name } } } none: files(pattern: "diff.patch") {
      edges { node { name } } } } } }`,
  );
  assert.equal(pattern.body.data.project.run.files.edges.length, 1);
  assert.equal(pattern.body.data.project.run.none.edges.length, 0);

  // RunStoppedStatus, then stopRun sets it.
  const stopped =
    `query RunStoppedStatus($projectName: String, $entityName: String, $runId: String!) {
    project(name: $projectName, entityName: $entityName) { run(name: $runId) { stopped } } }`;
  const vars = { projectName: "p", entityName: "alice", runId: "r1" };
  assert.equal((await t.gql(t.aliceKey, stopped, vars)).body.data.project.run.stopped, false);
  const stop = await t.gql(
    t.aliceKey,
    `mutation stopRun($id: ID!) { stopRun(input: {id: $id}) { clientMutationId success } }`,
    { id: r.id },
  );
  assert.equal(stop.body.data.stopRun.success, true);
  assert.equal((await t.gql(t.aliceKey, stopped, vars)).body.data.project.run.stopped, true);

  // A run that already ended cannot be stopped: a clear error, nothing changed.
  const row = t.store.getRun("alice", "p", "r1")!;
  t.store.updateRun(row.id, { state: "finished", stopped: false });
  const late = await t.gql(
    t.aliceKey,
    `mutation stopRun($id: ID!) { stopRun(input: {id: $id}) { success } }`,
    { id: r.id },
  );
  assert.match(late.body.errors![0]!.message, /run r1 is already finished/);
  assert.equal((await t.gql(t.aliceKey, stopped, vars)).body.data.project.run.stopped, false);
});

Deno.test("history and sampledHistory honour half-open step bounds, keys and samples", async () => {
  const t = setup();
  const { run } = t.store.upsertRun("alice", "p", "r1");
  const lines = [];
  for (let s = 0; s < 20; s++) {
    lines.push(
      JSON.stringify(s % 2 === 0 ? { _step: s, loss: s, acc: -s } : { _step: s, loss: s }),
    );
  }
  t.store.appendHistory(run.id, 0, lines);
  t.store.appendEvents(run.id, 0, ['{"system.cpu":1}', '{"system.cpu":2}', '{"system.cpu":3}']);
  const page = await t.gql(
    t.aliceKey,
    `query HistoryPage($entity: String!, $project: String!, $run: String!, $minStep: Int64!,
      $maxStep: Int64!, $pageSize: Int!) { project(name: $project, entityName: $entity) {
      run(name: $run) { history(minStep: $minStep, maxStep: $maxStep, samples: $pageSize) } } }`,
    { entity: "alice", project: "p", run: "r1", minStep: 5, maxStep: 10, pageSize: 1000 },
  );
  assert.equal(page.body.errors, undefined);
  const steps = page.body.data.project.run.history.map((s: string) => JSON.parse(s)._step);
  assert.deepEqual(steps, [5, 6, 7, 8, 9]);
  const sampled = await t.gql(
    t.aliceKey,
    `query RunSampledHistory($entity: String!, $project: String!, $name: String!, $specs: [JSONString!]!) {
      project(name: $project, entityName: $entity) { run(name: $name) { sampledHistory(specs: $specs)
        events(samples: 2) all: history(samples: 3) } } }`,
    {
      entity: "alice",
      project: "p",
      name: "r1",
      specs: [
        JSON.stringify({ keys: ["_step", "acc"], samples: 500 }),
        JSON.stringify({ keys: ["_step", "loss"], minStep: 10, maxStep: 14, samples: 500 }),
        JSON.stringify({ keys: ["loss"], samples: 3 }),
      ],
    },
  );
  assert.equal(sampled.body.errors, undefined);
  const r = sampled.body.data.project.run;
  assert.deepEqual(r.sampledHistory[0].map((x: { _step: number }) => x._step), [
    0,
    2,
    4,
    6,
    8,
    10,
    12,
    14,
    16,
    18,
  ]);
  assert.deepEqual(r.sampledHistory[0][1], { _step: 2, acc: -2 });
  // maxStep is inclusive, as W&B's server reads it (the official client pages 0..2, 3..5, ...).
  assert.deepEqual(r.sampledHistory[1].map((x: { _step: number }) => x._step), [
    10,
    11,
    12,
    13,
    14,
  ]);
  assert.deepEqual(r.sampledHistory[2], [{ loss: 0 }, { loss: 10 }, { loss: 19 }]);
  assert.deepEqual(r.events.map((e: string) => JSON.parse(e)["system.cpu"]), [1, 3]);
  assert.deepEqual(r.all.map((e: string) => JSON.parse(e)._step), [0, 10, 19]);
  // The sweep agent's single-string specs are coerced to a list.
  const single = await t.gql(
    t.aliceKey,
    `query S($specs: [JSONString!]!) { project(name: "p", entityName: "alice") {
      run(name: "r1") { sampledHistory(specs: $specs) } } }`,
    { specs: "{}" },
  );
  assert.equal(single.body.data.project.run.sampledHistory[0].length, 20);
  const badSpec = await t.gql(
    t.aliceKey,
    `{ project(name: "p", entityName: "alice") { run(name: "r1") {
      sampledHistory(specs: ["{\\"keys\\": \\"loss\\"}"]) } } }`,
  );
  assert.match(badSpec.body.errors![0]!.message, /sampledHistory\(specs\[0\]\)\.keys/);
  const keys = await t.gql(
    t.aliceKey,
    `{ project(name: "p", entityName: "alice") { run(name: "r1") { historyKeys } } }`,
  );
  assert.equal(keys.body.data.project.run.historyKeys.lastStep, 19);
  assert.deepEqual(keys.body.data.project.run.historyKeys.keys.acc, { previousValue: -18 });
});

Deno.test("Projects, ProjectDetails and upsertModel; another user's projects are invisible", async () => {
  const t = setup();
  for (const p of ["a", "b", "c"]) t.store.ensureProject("alice", p);
  t.store.ensureProject("bob", "secret");
  const q = `query Projects($entity: String, $cursor: String, $perPage: Int = 50) {
    models(entityName: $entity, after: $cursor, first: $perPage) {
      edges { node { id name entityName createdAt isBenchmark } cursor }
      pageInfo { endCursor hasNextPage } } }`;
  const p1 = await t.gql(t.aliceKey, q, { entity: "alice", perPage: 2 });
  assert.equal(p1.body.errors, undefined);
  assert.deepEqual(p1.body.data.models.edges.map((e: { node: { name: string } }) => e.node.name), [
    "a",
    "b",
  ]);
  assert.equal(p1.body.data.models.pageInfo.hasNextPage, true);
  const cursor = p1.body.data.models.edges.at(-1).cursor;
  const p2 = await t.gql(t.aliceKey, q, { entity: "alice", perPage: 2, cursor });
  assert.deepEqual(p2.body.data.models.edges.map((e: { node: { name: string } }) => e.node.name), [
    "c",
  ]);
  assert.equal(p2.body.data.models.pageInfo.hasNextPage, false);
  // Default entity is the viewer's.
  const mine = await t.gql(t.bobKey, q, {});
  assert.deepEqual(
    mine.body.data.models.edges.map((e: { node: { name: string } }) => e.node.name),
    [
      "secret",
    ],
  );
  const peek = await t.gql(t.aliceKey, q, { entity: "bob" });
  assert.deepEqual(peek.body.data.models.edges, []);
  const details = `query ProjectDetails($entity: String, $project: String) {
    model(name: $project, entityName: $entity) { id name repo dockerImage description } }`;
  assert.equal(
    (await t.gql(t.aliceKey, details, { entity: "alice", project: "a" })).body.data
      .model.name,
    "a",
  );
  assert.equal(
    (await t.gql(t.aliceKey, details, { entity: "bob", project: "secret" })).body.data.model,
    null,
  );
  const runs = await t.gql(
    t.aliceKey,
    `{ project(name: "secret", entityName: "bob") { runs { edges { node { name } } } } }`,
  );
  assert.equal(runs.body.data.project, null);
  const up = await t.gql(
    t.aliceKey,
    `mutation upsertModel($description: String, $entityName: String, $id: String, $name: String,
      $framework: String, $access: String, $views: JSONString) {
      upsertModel(input: {description: $description, entityName: $entityName, id: $id,
        name: $name, framework: $framework, access: $access, views: $views}) {
        project { id name entityName description access views } model { name description } } }`,
    { entityName: "alice", name: "newproj", description: "desc" },
  );
  assert.equal(up.body.errors, undefined);
  assert.equal(up.body.data.upsertModel.project.description, "desc");
  assert.equal(t.store.getProject("alice", "newproj")?.description, "desc");
});

Deno.test("DeleteRun removes a run; a bad id is an error naming it", async () => {
  const t = setup();
  t.store.upsertRun("alice", "p", "r1");
  const del = `mutation DeleteRun($id: ID!, $deleteArtifacts: Boolean) {
    deleteRun(input: {id: $id, deleteArtifacts: $deleteArtifacts}) { clientMutationId } }`;
  const foreign = await t.gql(t.bobKey, del, { id: encodeRunId("alice", "p", "r1") });
  assert.equal(foreign.body.errors?.[0]?.extensions?.code, "graphql/permission");
  assert.ok(t.store.getRun("alice", "p", "r1"));
  const ok = await t.gql(t.aliceKey, del, { id: encodeRunId("alice", "p", "r1") });
  assert.equal(ok.body.errors, undefined);
  assert.deepEqual(ok.body.data.deleteRun, { clientMutationId: null });
  assert.equal(t.store.getRun("alice", "p", "r1"), undefined);
  const again = await t.gql(t.aliceKey, del, { id: encodeRunId("alice", "p", "r1") });
  assert.match(again.body.errors![0]!.message, /Run alice\/p\/r1 not found/);
  const bad = await t.gql(t.aliceKey, del, { id: "not-an-id" });
  assert.match(bad.body.errors![0]!.message, /Invalid run id "not-an-id"/);
});

Deno.test("NotifyScriptableRunAlert is accepted for an existing run and stored", async () => {
  const t = setup();
  t.store.upsertRun("alice", "p", "r1");
  const q = `mutation NotifyScriptableRunAlert($entityName: String!, $projectName: String!,
    $runName: String!, $title: String!, $text: String!, $severity: AlertSeverity = INFO,
    $waitDuration: Duration) { notifyScriptableRunAlert(input: {entityName: $entityName,
    projectName: $projectName, runName: $runName, title: $title, text: $text,
    severity: $severity, waitDuration: $waitDuration}) { success } }`;
  const vars = { entityName: "alice", projectName: "p", runName: "r1", title: "T", text: "hi" };
  const ok = await t.gql(t.aliceKey, q, { ...vars, severity: "WARN", waitDuration: 60 });
  assert.equal(ok.body.data.notifyScriptableRunAlert.success, true);
  const run = t.store.getRun("alice", "p", "r1")!;
  assert.deepEqual(
    t.store.alerts(run.id).map((a) => [a.severity, a.title, a.text, a.waitMs]),
    [["WARN", "T", "hi", 60]],
  );
  const bad = await t.gql(t.aliceKey, q, { ...vars, severity: "LOUD" });
  assert.match(bad.body.errors![0]!.message, /\$severity/);
});

Deno.test("malformed queries and bad variables get errors naming the field, never a 500", async () => {
  const t = setup();
  const syntax = await t.gql(t.aliceKey, "{ viewer { id ");
  assert.equal(syntax.status, 200);
  assert.match(syntax.body.errors![0]!.message, /Syntax Error/);
  const unknown = await t.gql(t.aliceKey, "{ viewer { id nosuchfield } }");
  assert.match(unknown.body.errors![0]!.message, /Cannot query field "nosuchfield" on type "User"/);
  const badVar = await t.gql(t.aliceKey, UPSERT_BUCKET, { name: "r", tags: "notalist", debug: 3 });
  assert.equal(badVar.status, 200);
  assert.ok(badVar.body.errors!.some((e) => e.message.includes('"$debug"')));
  const badJson = await t.gql(t.aliceKey, UPSERT_BUCKET, { name: "r", config: 5 });
  assert.match(badJson.body.errors![0]!.message, /\$config.*JSONString/);
  const missing = await t.gql(t.aliceKey, RUN_QUERY, { project: "p", entity: "alice" });
  assert.match(missing.body.errors![0]!.message, /\$name/);
  const badInt64 = await t.gql(
    t.aliceKey,
    `query H($a: Int64!) { project(name: "p") { run(name: "r") { history(minStep: $a) } } }`,
    { a: 1.5 },
  );
  assert.match(badInt64.body.errors![0]!.message, /\$a.*Int64/);
  const badConfig = await t.gql(t.aliceKey, UPSERT_BUCKET, {
    name: "r",
    project: "p",
    config: "{not json",
  });
  assert.equal(badConfig.status, 200);
  assert.match(badConfig.body.errors![0]!.message, /config is not valid JSON/);
  // Unparsable body is a 400 with a JSON error, as is a missing query.
  const raw = await t.handle(
    new Request("http://localhost/graphql", {
      method: "POST",
      headers: { authorization: "Basic " + btoa("api:" + t.aliceKey) },
      body: "{nope",
    }),
  );
  assert.equal(raw.status, 400);
  assert.match((await raw.json()).errors[0].message, /not valid JSON/);
  const noQuery = await t.handle(
    new Request("http://localhost/graphql", {
      method: "POST",
      headers: { authorization: "Basic " + btoa("api:" + t.aliceKey) },
      body: '{"variables": {}}',
    }),
  );
  assert.equal(noQuery.status, 400);
  assert.match((await noQuery.json()).errors[0].message, /"query"/);
});

Deno.test("an unexpected resolver failure is logged and answered without internals", async () => {
  const t = setup();
  t.store.upsertRun("alice", "p", "r1");
  t.store.query("UPDATE runs SET tags = '{broken' WHERE name = 'r1'");
  const { status, body } = await t.gql(
    t.aliceKey,
    `{ project(name: "p", entityName: "alice") { name run(name: "r1") { name } } }`,
  );
  assert.equal(status, 200);
  assert.equal(body.data.project.name, "p");
  assert.equal(body.data.project.run, null);
  assert.equal(body.errors![0]!.message, "Internal error resolving project.run");
  assert.equal(body.errors![0]!.extensions?.code, "graphql/internal");
  assert.ok(!JSON.stringify(body).includes("at "));
  assert.ok(t.logs.some((l) => l.includes("graphql internal error at project.run")));
});

Deno.test("parse + validate results are cached per query text", async () => {
  const t = setup();
  const exec = new GraphqlExecutor({ cacheSize: 2 });
  const ctx = {
    store: t.store,
    user: t.store.userByName("alice")!,
    server: {
      store: t.store,
      maxBodyBytes: 1 << 20,
      secret: t.secret,
      urlTtlSeconds: 60,
      filesDir: "",
      log: () => {},
      now: () => t.now,
    },
    memo: new Map(),
    baseUrl: "http://127.0.0.1:1",
  };
  const a = await exec.run("{ viewer { entity } }", null, ctx);
  assert.equal(JSON.stringify(a.data), '{"viewer":{"entity":"alice"}}');
  await exec.run("{ viewer { entity } }", null, ctx);
  assert.equal(exec.cachedDocuments, 1);
  const bad = await exec.run("{ viewer { nope } }", null, ctx);
  assert.match(bad.errors![0]!.message, /nope/);
  assert.equal(bad.data, undefined);
  await exec.run("{ serverInfo { features { name } } }", null, ctx);
  assert.equal(exec.cachedDocuments, 2);
});

Deno.test("files with non-Latin-1 names list and page by cursor", async () => {
  const t = setup();
  const { run } = t.store.upsertRun("alice", "p", "r1");
  const names = ["a.txt", "media/图.png", "media/🙂.png"];
  for (const n of names) t.store.putFile(run.id, { name: n, size: 1 });
  const query = `query ($after: String) { project(name: "p", entityName: "alice") {
    run(name: "r1") { fileCount files(first: 1, after: $after) {
      edges { node { name } } pageInfo { endCursor hasNextPage } } } } }`;
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 10; i++) {
    const { body } = await t.gql(t.aliceKey, query, { after });
    assert.equal(body.errors, undefined);
    const r = body.data.project.run;
    assert.equal(r.fileCount, 3);
    seen.push(...r.files.edges.map((e: { node: { name: string } }) => e.node.name));
    if (!r.files.pageInfo.hasNextPage) break;
    after = r.files.pageInfo.endCursor;
  }
  assert.deepEqual(seen, names);
});

Deno.test("files(pattern:) pages with after to the last matching file", async () => {
  const t = setup();
  const { run } = t.store.upsertRun("alice", "p", "r1");
  for (let i = 0; i < 7; i++) t.store.putFile(run.id, { name: `f${i}.log`, size: 1 });
  t.store.putFile(run.id, { name: "config.yaml", size: 1 });
  const query = `query ($after: String) { project(name: "p", entityName: "alice") {
    run(name: "r1") { files(pattern: "*.log", first: 3, after: $after) { totalCount
      edges { node { name } cursor } pageInfo { endCursor hasNextPage } } } } }`;
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 10; i++) {
    const { body } = await t.gql(t.aliceKey, query, { after });
    assert.equal(body.errors, undefined);
    const files = body.data.project.run.files;
    assert.equal(files.totalCount, 7);
    seen.push(...files.edges.map((e: { node: { name: string } }) => e.node.name));
    if (!files.pageInfo.hasNextPage) break;
    after = files.edges.at(-1).cursor;
  }
  assert.deepEqual(seen, ["f0.log", "f1.log", "f2.log", "f3.log", "f4.log", "f5.log", "f6.log"]);
});

Deno.test("Run.systemMetrics is the latest file_stream events row; runs filter on it", async () => {
  const t = setup();
  for (const [name, cpu] of [["cool", 5], ["hot", 90]] as const) {
    const { run } = t.store.upsertRun("alice", "p", name);
    t.store.appendEvents(run.id, 0, [
      `{"system.cpu":1,"_runtime":1}`,
      `{"system.cpu":${cpu},"system.gpu.0.gpu":7,"_runtime":2}`,
    ]);
  }
  const { body } = await t.gql(
    t.aliceKey,
    `query ($filters: JSONString) { project(name: "p", entityName: "alice") {
      run(name: "hot") { systemMetrics }
      runs(filters: $filters) { edges { node { name } } } } }`,
    { filters: JSON.stringify({ "system_metrics.system.cpu": { $gte: 50 } }) },
  );
  assert.equal(body.errors, undefined);
  assert.deepEqual(JSON.parse(body.data.project.run.systemMetrics), {
    "system.cpu": 90,
    "system.gpu.0.gpu": 7,
    _runtime: 2,
  });
  assert.deepEqual(
    body.data.project.runs.edges.map((e: { node: { name: string } }) => e.node.name),
    [
      "hot",
    ],
  );
});

Deno.test("a file is listed and has updatedAt only once its PUT has stored it", async () => {
  const filesDir = Deno.makeTempDirSync();
  const store = Store.open(":memory:");
  try {
    const { apiKey } = store.createUser("alice");
    store.upsertRun("alice", "p", "r1");
    const handle = createHandler({
      store,
      filesDir,
      routes: [...graphqlRoutes, ...storageRoutes],
      secret: new TextEncoder().encode("test-secret"),
    });
    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await handle(
        new Request("http://localhost/graphql", {
          method: "POST",
          headers: { authorization: basic(apiKey), "content-type": "application/json" },
          body: JSON.stringify({ query, variables }),
        }),
      );
      const body = await res.json();
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      return body.data;
    };
    const created = await gql(`mutation { createRunFiles(input: {entityName: "alice",
      projectName: "p", runName: "r1", files: ["a.txt", "never.txt"]}) { files { name uploadUrl } } }`);
    const listing = () =>
      gql(`{ project(name: "p", entityName: "alice") { run(name: "r1") { fileCount
        files { edges { node { name updatedAt } } }
        byName: files(names: ["a.txt", "never.txt"]) { edges { node { name updatedAt } } } } } }`);
    let run = (await listing()).project.run;
    assert.equal(run.fileCount, 0);
    assert.deepEqual(run.files.edges, []);
    assert.deepEqual(run.byName.edges.map((e: { node: unknown }) => e.node), [
      { name: "a.txt", updatedAt: null },
      { name: "never.txt", updatedAt: null },
    ]);

    const put = await handle(
      new Request(new URL(created.createRunFiles.files[0].uploadUrl, "http://localhost"), {
        method: "PUT",
        body: "hello",
      }),
    );
    assert.equal(put.status, 200, await put.text());
    // Asking for an upload URL again does not make the stored file missing.
    await gql(`{ project(name: "p", entityName: "alice") { run(name: "r1") {
      files(names: ["a.txt"]) { edges { node { url(upload: true) } } } } } }`);
    run = (await listing()).project.run;
    assert.equal(run.fileCount, 1);
    assert.deepEqual(run.files.edges.map((e: { node: { name: string } }) => e.node.name), [
      "a.txt",
    ]);
    assert.equal(typeof run.byName.edges[0].node.updatedAt, "string");
    assert.equal(run.byName.edges[1].node.updatedAt, null);
  } finally {
    store.close();
    Deno.removeSync(filesDir, { recursive: true });
  }
});
