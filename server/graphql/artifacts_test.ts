import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { Store } from "../store/mod.ts";
import { createHandler } from "../handler.ts";
import { createArtifactStorageRoutes } from "../artifact_storage.ts";
import { graphqlRoutes } from "./mod.ts";
import { basic, type GqlBody } from "./_test_util.ts";

const b64md5 = (t: string) => createHash("md5").update(t).digest("base64");

async function withServer(fn: (t: Awaited<ReturnType<typeof start>>) => Promise<void>) {
  const t = await start();
  try {
    await fn(t);
  } finally {
    t.store.close();
    await Deno.remove(t.dir, { recursive: true });
  }
}

async function start() {
  const dir = await Deno.makeTempDir({ prefix: "art-gql-" });
  const store = Store.open(":memory:");
  const { apiKey } = store.createUser("alice");
  store.upsertRun("alice", "p", "r1");
  const handle = createHandler({
    store,
    filesDir: dir,
    routes: [...graphqlRoutes, ...createArtifactStorageRoutes()],
    secret: new TextEncoder().encode("s"),
    urlTtlSeconds: 600,
    log: () => {},
  });
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await handle(
      new Request("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: basic(apiKey) },
        body: JSON.stringify({ query, variables }),
      }),
    );
    return (await res.json()) as GqlBody;
  };
  const put = async (url: string, body: string) =>
    (await handle(new Request(url, { method: "PUT", body }))).status;
  return { dir, store, handle, gql, put, key: apiKey };
}

const CREATE = `mutation C($input: CreateArtifactInput!) { createArtifact(input: $input) {
  artifact { id state versionIndex artifactSequence { latestArtifact { id } } } } }`;
const MANIFEST = `mutation M($id: ID!, $digest: String!) { createArtifactManifest(input: {
  artifactID: $id, name: "wandb_manifest.json", digest: $digest, entityName: "alice",
  projectName: "p", runName: "r1" }) { artifactManifest { id file { uploadUrl } } } }`;
const FILES = `mutation F($input: CreateArtifactFilesInput!) { createArtifactFiles(input: $input) {
  files { edges { node { storagePath uploadUrl artifact { id } } } } } }`;
const COMMIT =
  `mutation K($id: ID!) { commitArtifact(input: {artifactID: $id}) { artifact { id state } } }`;

function createInput(
  name: string,
  digest: string,
  aliases: { artifactCollectionName: string; alias: string }[] = [],
) {
  return {
    input: {
      artifactTypeName: "dataset",
      artifactCollectionNames: [name],
      entityName: "alice",
      projectName: "p",
      runName: "r1",
      digest,
      aliases,
      digestAlgorithm: "MANIFEST_MD5",
      enableDigestDeduplication: true,
    },
  };
}

Deno.test("artifact GraphQL: create, upload by digest, commit; unchanged files get no upload URL", async () => {
  await withServer(async (t) => {
    const c = await t.gql(CREATE, createInput("data", "dig0"));
    const a = c.data.createArtifact.artifact;
    assert.deepEqual([a.state, a.versionIndex], ["PENDING", 0]);
    const spec = { artifactID: a.id, name: "a.txt", md5: b64md5("hello"), uploadPartsInput: [] };
    const f = await t.gql(FILES, { input: { storageLayout: "V2", artifactFiles: [spec] } });
    const node = f.data.createArtifactFiles.files.edges[0].node;
    assert.ok(node.uploadUrl.startsWith("http://localhost/artifact-blobs/"));
    assert.equal(await t.put(node.uploadUrl, "not hello"), 400, "bytes must match the MD5");
    assert.equal(await t.put(node.uploadUrl, "hello"), 200);

    // Committing before the manifest is uploaded fails and leaves the version PENDING.
    const early = await t.gql(COMMIT, { id: a.id });
    assert.match(early.errors![0]!.message, /manifest .* was not uploaded/);
    const manifest = JSON.stringify({
      version: 1,
      storagePolicy: "wandb-storage-policy-v1",
      contents: { "a.txt": { digest: b64md5("hello"), size: 5, birthArtifactID: a.id } },
    });
    const m = await t.gql(MANIFEST, { id: a.id, digest: b64md5(manifest) });
    assert.equal(
      await t.put(m.data.createArtifactManifest.artifactManifest.file.uploadUrl, manifest),
      200,
    );
    const k = await t.gql(COMMIT, { id: a.id });
    assert.equal(k.data.commitArtifact.artifact.state, "COMMITTED");

    // The same digest again: the committed version.
    const again = await t.gql(CREATE, createInput("data", "dig0"));
    assert.deepEqual(again.data.createArtifact.artifact.id, a.id);
    assert.equal(again.data.createArtifact.artifact.state, "COMMITTED");
    // A new digest: v1, whose already-stored file gets no upload URL.
    const v1 = (await t.gql(CREATE, createInput("data", "dig1"))).data.createArtifact.artifact;
    assert.equal(v1.versionIndex, 1);
    assert.equal(v1.artifactSequence.latestArtifact.id, a.id);
    const f1 = await t.gql(FILES, {
      input: { storageLayout: "V2", artifactFiles: [{ ...spec, artifactID: v1.id }] },
    });
    assert.equal(f1.data.createArtifactFiles.files.edges[0].node.uploadUrl, null);

    const read = await t.gql(`{ project(name: "p", entityName: "alice") {
      artifact(name: "data:latest") { versionIndex aliases { alias }
        files { edges { node { name sizeBytes directUrl } } } currentManifest { file { directUrl } } }
      run(name: "r1") { outputArtifacts { totalCount } } } }`);
    const art = read.data.project.artifact;
    assert.equal(art.versionIndex, 0, "v1 is not committed yet");
    assert.deepEqual(art.aliases.map((x: { alias: string }) => x.alias), ["v0", "latest"]);
    const res = await t.handle(new Request(art.files.edges[0].node.directUrl));
    assert.equal(await res.text(), "hello");
    const man = await t.handle(new Request(art.currentManifest.file.directUrl));
    assert.equal(await man.text(), manifest);
    // W&B's authenticated fallback URL (server-api.md §0) serves the same bytes.
    const hex = createHash("md5").update("hello").digest("hex");
    const fallback = `http://localhost/artifactsV2/default/alice/${a.id}/${hex}`;
    assert.equal((await t.handle(new Request(fallback))).status, 401);
    const authed = await t.handle(
      new Request(fallback, { headers: { authorization: basic(t.key) } }),
    );
    assert.equal(await authed.text(), "hello");
    assert.equal(read.data.project.run.outputArtifacts.totalCount, 1);
  });
});

Deno.test("artifact GraphQL: bad input is an error naming the field, with nothing created", async () => {
  await withServer(async (t) => {
    for (const name of ["a:b", "a/b"]) {
      const r = await t.gql(CREATE, createInput(name, "d"));
      assert.match(r.errors![0]!.message, /Invalid artifact name/);
    }
    const other = await t.gql(
      CREATE,
      createInput("data", "d", [{ artifactCollectionName: "other", alias: "best" }]),
    );
    assert.match(other.errors![0]!.message, /createArtifact\(input\.aliases\)\[0\].*"other"/);
    assert.equal(t.store.query("SELECT count(*) AS n FROM artifacts")[0]!.n, 0);

    const bad = await t.gql(`{ artifact(id: "nope") { id } }`);
    assert.match(bad.errors![0]!.message, /artifact\(id\).*not an Artifact id/);
    const unknown = await t.gql(`{ artifact(id: "QXJ0aWZhY3Q6OTk=") { id } }`);
    assert.equal(unknown.data.artifact, null);
    const commit = await t.gql(COMMIT, { id: "QXJ0aWZhY3Q6OTk=" });
    assert.match(commit.errors![0]!.message, /commitArtifact\(input\.artifactID\): no artifact/);
    const md5 = await t.gql(FILES, {
      input: {
        storageLayout: "V2",
        artifactFiles: [{ artifactID: "QXJ0aWZhY3Q6OTk=", name: "x", md5: "zz" }],
      },
    });
    assert.match(md5.errors![0]!.message, /artifactFiles\[0\]\.artifactID/);

    // A version listing's order and filters: unknown ones are named, not ignored.
    const list = (order: string | null, filters: string | null) =>
      t.gql(
        `query L($o: String, $f: JSONString) { project(name: "p", entityName: "alice") {
          artifactType(name: "dataset") { artifactCollection(name: "data") {
            artifacts(order: $o, filters: $f) { edges { version } } } } } }`,
        { o: order, f: filters },
      );
    t.store.transaction(() => {
      const p = t.store.ensureProject("alice", "p");
      for (const d of ["d0", "d1", "d2"]) {
        const { artifact } = t.store.artifacts.create({
          projectId: p.id,
          typeName: "dataset",
          collectionName: "data",
          digest: d,
        });
        t.store.artifacts.commit(artifact.id, []);
      }
    });
    const versions = (r: GqlBody) =>
      r.data.project.artifactType.artifactCollection.artifacts.edges.map((e: { version: string }) =>
        e.version
      );
    assert.deepEqual(versions(await list(null, null)), ["v2", "v1", "v0"]);
    assert.deepEqual(versions(await list("+createdAt", '{"state":"COMMITTED"}')), [
      "v0",
      "v1",
      "v2",
    ]);
    assert.deepEqual(versions(await list("-versionIndex", null)), ["v2", "v1", "v0"]);
    assert.match(
      (await list("size", null)).errors![0]!.message,
      /artifacts\(order\): cannot order by "size"/,
    );
    assert.match(
      (await list(null, '{"alias":"x"}')).errors![0]!.message,
      /artifacts\(filters\): this server lists committed versions only/,
    );
  });
});

Deno.test("artifact GraphQL: aliases are edited, and deletion is refused while they hold a version", async () => {
  await withServer(async (t) => {
    const id = t.store.transaction(() => {
      const p = t.store.ensureProject("alice", "p");
      const { artifact } = t.store.artifacts.create({
        projectId: p.id,
        typeName: "model",
        collectionName: "m",
        digest: "d",
      });
      t.store.artifacts.commit(artifact.id, []);
      t.store.artifacts.ensureCollection(p.id, "model", "m2", "SEQUENCE");
      return btoa(`Artifact:${artifact.id}`);
    });
    const alias = (coll: string, a: string) => ({
      artifactCollectionName: coll,
      alias: a,
      entityName: "alice",
      projectName: "p",
    });
    const add = `mutation A($input: AddAliasesInput!) { addAliases(input: $input) { success } }`;
    assert.ok(
      (await t.gql(add, { input: { artifactID: id, aliases: [alias("m", "prod")] } })).data
        .addAliases.success,
    );
    const wrong = await t.gql(add, { input: { artifactID: id, aliases: [alias("m2", "prod")] } });
    assert.match(
      wrong.errors![0]!.message,
      /addAliases\(input\.aliases\[0\]\).*not a version of collection "m2"/,
    );
    const del =
      `mutation D($id: ID!, $all: Boolean) { deleteArtifact(input: {artifactID: $id, deleteAliases: $all}) { artifact { state } } }`;
    assert.match((await t.gql(del, { id })).errors![0]!.message, /has aliases latest, prod/);
    assert.equal(
      (await t.gql(del, { id, all: true })).data.deleteArtifact.artifact.state,
      "DELETED",
    );
    const upd = await t.gql(
      `mutation U($id: ID!) { updateArtifact(input: {artifactID: $id, description: "x"}) { artifact { id } } }`,
      { id },
    );
    assert.match(upd.errors![0]!.message, /no artifact/);
  });
});

Deno.test("artifact GraphQL: a multipart upload's parts are joined, checked and stored as one blob", async () => {
  await withServer(async (t) => {
    const a = (await t.gql(CREATE, createInput("big", "digbig"))).data.createArtifact.artifact;
    const parts = ["first part|", "second part|", "third"];
    const whole = parts.join("");
    const hexOf = (x: string) => createHash("md5").update(x).digest("hex");
    const f = await t.gql(
      `mutation F($input: CreateArtifactFilesInput!) { createArtifactFiles(input: $input) {
        files { edges { node { storagePath uploadMultipartUrls { uploadID uploadUrlParts { partNumber uploadUrl } } } } } } }`,
      {
        input: {
          storageLayout: "V2",
          artifactFiles: [{
            artifactID: a.id,
            name: "big.bin",
            md5: b64md5(whole),
            uploadPartsInput: parts.map((p, i) => ({ partNumber: i + 1, hexMD5: hexOf(p) })),
          }],
        },
      },
    );
    const node = f.data.createArtifactFiles.files.edges[0].node;
    assert.equal(node.storagePath, hexOf(whole));
    const mp = node.uploadMultipartUrls;
    assert.equal(mp.uploadUrlParts.length, 3);
    const etags: string[] = [];
    for (const [i, u] of mp.uploadUrlParts.entries()) {
      const res = await t.handle(new Request(u.uploadUrl, { method: "PUT", body: parts[i] }));
      assert.equal(res.status, 200);
      etags.push(res.headers.get("etag")!);
    }
    const COMPLETE =
      `mutation C($parts: [UploadPartsInput!]!, $id: ID!, $path: String!, $up: String!) {
      completeMultipartUploadArtifact(input: {completeMultipartAction: Complete,
        completedParts: $parts, artifactID: $id, storagePath: $path, uploadID: $up}) { digest } }`;
    const wrong = await t.gql(COMPLETE, {
      parts: [{ partNumber: 2, hexMD5: etags[1] }],
      id: a.id,
      path: node.storagePath,
      up: mp.uploadID,
    });
    assert.match(wrong.errors![0]!.message, /completedParts\): The joined parts .* not /);
    const done = await t.gql(COMPLETE, {
      parts: etags.map((e, i) => ({ partNumber: i + 1, hexMD5: e })),
      id: a.id,
      path: node.storagePath,
      up: mp.uploadID,
    });
    assert.equal(done.data.completeMultipartUploadArtifact.digest, b64md5(whole));
    assert.ok(t.store.artifacts.hasBlob(hexOf(whole)));
    const again = await t.gql(FILES, {
      input: {
        storageLayout: "V2",
        artifactFiles: [{ artifactID: a.id, name: "big.bin", md5: b64md5(whole) }],
      },
    });
    assert.equal(again.data.createArtifactFiles.files.edges[0].node.uploadUrl, null);
  });
});
