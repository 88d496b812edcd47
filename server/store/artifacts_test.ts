import assert from "node:assert/strict";
import { Store, StoreError } from "./mod.ts";

function setup() {
  const s = Store.open(":memory:");
  const p = s.ensureProject("me", "p");
  const { run } = s.upsertRun("me", "p", "r1");
  const log = (digest: string, aliases: string[] = []) => {
    const { artifact, deduped } = s.artifacts.create({
      projectId: p.id,
      typeName: "dataset",
      collectionName: "data",
      digest,
      aliases,
      runId: run.id,
    });
    return { artifact: deduped ? artifact : s.artifacts.commit(artifact.id, []), deduped };
  };
  return { s, p, run, log };
}

Deno.test("ArtifactStore numbers versions, moves latest on commit and keeps v<N> implied", () => {
  const { s, p, log } = setup();
  const v0 = log("d0", ["best"]).artifact;
  const v1 = log("d1").artifact;
  assert.deepEqual([v0.versionIndex, v1.versionIndex], [0, 1]);
  assert.equal(s.artifacts.byName(p.id, "data", "latest")?.id, v1.id);
  assert.equal(s.artifacts.byName(p.id, "data", "best")?.id, v0.id);
  assert.equal(s.artifacts.byName(p.id, "data", "v0")?.id, v0.id);
  assert.deepEqual(s.artifacts.aliases(v0.id).map((a) => a.alias), ["v0", "best"]);
  assert.deepEqual(s.artifacts.aliases(v1.id).map((a) => a.alias), ["v1", "latest"]);
  s.close();
});

Deno.test("ArtifactStore.create() answers the committed version of the same digest", () => {
  const { s, log } = setup();
  const v0 = log("same").artifact;
  const again = log("same", ["extra"]);
  assert.ok(again.deduped);
  assert.equal(again.artifact.id, v0.id);
  assert.equal(again.artifact.state, "COMMITTED");
  assert.ok(s.artifacts.aliases(v0.id).some((a) => a.alias === "extra"));
  s.close();
});

Deno.test("ArtifactStore refuses bad names and aliases, naming them", () => {
  const { s, p } = setup();
  for (const name of ["a:b", "a/b", ""]) {
    assert.throws(
      () =>
        s.artifacts.create({ projectId: p.id, typeName: "t", collectionName: name, digest: "d" }),
      (e: unknown) => e instanceof StoreError && e.message.includes(JSON.stringify(name)),
    );
  }
  assert.throws(
    () =>
      s.artifacts.create({
        projectId: p.id,
        typeName: "t",
        collectionName: "ok",
        digest: "d",
        aliases: ["v3"],
      }),
    /version alias/,
  );
  assert.equal(s.artifacts.getCollection(p.id, "ok"), undefined, "nothing half-created");
  s.close();
});

Deno.test("ArtifactStore.delete() is refused while aliases hold a version, unless asked", () => {
  const { s, p, log } = setup();
  const v0 = log("d0", ["best"]).artifact;
  const v1 = log("d1").artifact;
  assert.throws(() => s.artifacts.delete(v1.id), /latest; remove them first/);
  s.artifacts.delete(v1.id, { deleteAliases: true });
  assert.equal(s.artifacts.get(v1.id), undefined);
  assert.equal(s.artifacts.byName(p.id, "data", "latest")?.id, v0.id, "latest moves back");
  s.close();
});

Deno.test("ArtifactStore.update() edits description, metadata, TTL, aliases and tags", () => {
  const { s, p, log } = setup();
  const v0 = log("d0", ["best"]).artifact;
  const a = s.artifacts.update(v0.id, {
    description: "new",
    metadata: '{"k":1}',
    ttlDurationSeconds: 3600,
    aliases: ["latest", "prod"],
    tagsToAdd: ["t1"],
  });
  assert.equal(a.description, "new");
  assert.equal(a.ttlDurationSeconds, 3600);
  assert.equal(s.artifacts.byName(p.id, "data", "best"), undefined);
  assert.equal(s.artifacts.byName(p.id, "data", "prod")?.id, v0.id);
  assert.deepEqual(s.artifacts.tags(v0.id), ["t1"]);
  s.close();
});

Deno.test("ArtifactStore.addAlias() refuses an alias in a collection the version is not in", () => {
  const { s, p, log } = setup();
  const v0 = log("d0").artifact;
  const other = s.artifacts.ensureCollection(p.id, "dataset", "other", "SEQUENCE");
  assert.throws(
    () => s.artifacts.addAlias(v0.id, other.id, "x"),
    /not a version of collection "other"/,
  );
  assert.equal(s.artifacts.link(p.id, "portfolio", v0.id, ["prod"]), 0);
  const port = s.artifacts.getCollection(p.id, "portfolio")!;
  assert.equal(s.artifacts.inCollection(port, "prod")?.id, v0.id);
  s.close();
});

Deno.test("ArtifactStore lists files, lineage and blobs", () => {
  const { s, run, p } = setup();
  const { artifact } = s.artifacts.create({
    projectId: p.id,
    typeName: "t",
    collectionName: "c",
    digest: "d",
    runId: run.id,
  });
  s.artifacts.commit(artifact.id, [
    { name: "b.txt", digest: "x", size: 2, birthArtifactId: artifact.id, ref: null },
    { name: "a.txt", digest: "y", size: 3, birthArtifactId: artifact.id, ref: null },
  ]);
  const got = s.artifacts.get(artifact.id)!;
  assert.deepEqual([got.fileCount, got.size], [2, 5]);
  assert.deepEqual(
    s.artifacts.listFiles(artifact.id, { names: ["b.txt"] }).edges.map((e) => e.node.name),
    ["b.txt"],
  );
  assert.equal(s.artifacts.listLoggedBy(run.id).totalCount, 1);
  const { run: user } = s.upsertRun("me", "p", "r2");
  s.artifacts.use(artifact.id, user.id);
  s.artifacts.use(artifact.id, user.id);
  assert.deepEqual(s.artifacts.usedBy(artifact.id), [user.id]);
  s.artifacts.putBlob("0".repeat(32), 3);
  s.artifacts.putBlob("0".repeat(32), 3);
  assert.equal(s.artifacts.blobCount(), 1);
  s.close();
});

Deno.test("ArtifactStore.unlink() removes a version from a portfolio; latest moves back", () => {
  const { s, p, log } = setup();
  const v0 = log("d0").artifact;
  const v1 = log("d1").artifact;
  s.artifacts.link(p.id, "reg", v0.id, ["prod"]);
  s.artifacts.link(p.id, "reg", v1.id, []);
  const port = s.artifacts.getCollection(p.id, "reg")!;
  assert.equal(s.artifacts.byName(p.id, "reg", "latest")?.id, v1.id);
  s.artifacts.unlink(port.id, v1.id);
  assert.equal(s.artifacts.byName(p.id, "reg", "latest")?.id, v0.id, "latest moves to v0");
  assert.equal(s.artifacts.byName(p.id, "reg", "prod")?.id, v0.id);
  assert.equal(s.artifacts.byName(p.id, "data", "v1")?.id, v1.id, "the source version stays");
  assert.throws(
    () => s.artifacts.unlink(port.id, v1.id),
    (e: StoreError) => e.code === "store/not-found",
  );
  const seq = s.artifacts.getCollection(p.id, "data")!;
  assert.throws(() => s.artifacts.unlink(seq.id, v0.id), StoreError, "a sequence is no portfolio");
  s.close();
});

Deno.test("ArtifactStore collections: rename keeps versions; tags are checked as W&B's TagInput", () => {
  const { s, p, log } = setup();
  const v0 = log("d0").artifact;
  const coll = s.artifacts.getCollection(p.id, "data")!;
  s.artifacts.updateCollection(coll.id, { name: "data2", description: "d" });
  assert.equal(s.artifacts.byName(p.id, "data2", "latest")?.id, v0.id);
  assert.equal(s.artifacts.getCollection(p.id, "data"), undefined);
  s.artifacts.ensureCollection(p.id, "dataset", "other", "SEQUENCE");
  assert.throws(
    () => s.artifacts.updateCollection(coll.id, { name: "other" }),
    /"other" already exists/,
  );
  assert.deepEqual(s.artifacts.updateCollectionTags(coll.id, { add: ["gold", "two words"] }), [
    "gold",
    "two words",
  ]);
  assert.deepEqual(s.artifacts.updateCollectionTags(coll.id, { remove: ["gold"] }), ["two words"]);
  for (const bad of ["a.b", " lead", "x:y", "t".repeat(129)]) {
    assert.throws(() => s.artifacts.updateCollectionTags(coll.id, { add: [bad] }), /Invalid tag/);
  }
  assert.deepEqual(s.artifacts.collectionTags(coll.id), ["two words"], "nothing half-applied");
  s.close();
});
