/**
 * `deno task compat`, artifacts (issue #12): the official W&B Python client (0.30, Go core),
 * unchanged, logs artifacts to our server, uses and downloads them in other runs, and reads them
 * back with its public API; each step checked through our GraphQL and the stored blobs.
 */
import assert from "node:assert/strict";
import {
  capturedDocuments,
  type CompatEnv,
  invalidCapturedDocuments,
  type PyResult,
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

/** Writes the scenario's data directory: two files, one in a sub folder. */
async function writeData(env: CompatEnv, name = "data"): Promise<string> {
  const dir = `${env.dir}/${name}`;
  await Deno.mkdir(`${dir}/sub`, { recursive: true });
  await Deno.writeTextFile(`${dir}/a.txt`, "hello artifacts\n");
  await Deno.writeTextFile(`${dir}/sub/b.csv`, "x,y\n1,2\n3,4\n");
  return dir;
}

async function md5Hex(bytes: Uint8Array): Promise<string> {
  const { createHash } = await import("node:crypto");
  return createHash("md5").update(bytes).digest("hex");
}

/** The hex MD5 of each file under `dir`, by relative path. */
async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string, prefix: string) => {
    for await (const e of Deno.readDir(d)) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory) await walk(`${d}/${e.name}`, rel);
      else out[rel] = await md5Hex(await Deno.readFile(`${d}/${e.name}`));
    }
  };
  await walk(dir, "");
  return out;
}

/** Number of blobs the server holds on disk. */
function blobCount(env: CompatEnv): number {
  let n = 0;
  const root = `${env.dir}/server/files/.blobs`;
  try {
    for (const d of Deno.readDirSync(root)) {
      for (const _ of Deno.readDirSync(`${root}/${d.name}`)) n++;
    }
  } catch { /* none yet */ }
  return n;
}

const VERSION = `query V($name: String!) { project(name: "arts", entityName: "local") {
  artifact(name: $name) { id versionIndex state digest fileCount description metadata
    aliases { alias artifactCollection { name } }
    createdBy { ... on Run { name } } usedBy { edges { node { name } } }
    files { edges { node { name sizeBytes md5 directUrl } } } } } }`;

scenario(
  "official client: log_artifact of a directory, then use_artifact().download() in another run gives identical bytes",
  "artifact_log_use",
  async (env) => {
    const data = await writeData(env);
    const logged = lastJson(
      await env.python([py("log_artifact.py"), "arts", "prod1", data, "mydata", "best"]),
      "log_artifact.py",
    );
    assert.equal(logged.version, "v0");
    assert.deepEqual(logged.aliases, ["best", "latest"]);
    const d = await env.gql<Json>(VERSION, { name: "mydata:latest" });
    const a = d.project.artifact;
    assert.equal(a.state, "COMMITTED");
    assert.equal(a.versionIndex, 0);
    assert.equal(a.digest, logged.digest);
    assert.equal(a.fileCount, 2);
    assert.deepEqual(
      a.aliases.map((x: Json) => `${x.artifactCollection.name}:${x.alias}`).sort(),
      ["mydata:best", "mydata:latest", "mydata:v0"],
    );
    assert.equal(a.createdBy.name, "prod1");
    assert.deepEqual(JSON.parse(a.metadata), { rows: 3, src: "compat" });
    // The files' direct URLs serve their bytes without auth.
    const want = await tree(data);
    for (const f of a.files.edges.map((e: Json) => e.node)) {
      const res = await fetch(f.directUrl);
      assert.equal(res.status, 200, `GET ${f.name}`);
      assert.equal(await md5Hex(new Uint8Array(await res.arrayBuffer())), want[f.name]);
    }

    const used = lastJson(
      await env.python([py("use_artifact.py"), "arts", "cons1", "mydata:best", `${env.dir}/dl`]),
      "use_artifact.py",
    );
    assert.equal(used.version, "v0");
    assert.deepEqual(used.files, want, "the downloaded bytes are the logged ones");
    const lineage = await env.gql<Json>(
      `{ project(name: "arts", entityName: "local") {
        prod: run(name: "prod1") { outputArtifacts { totalCount edges { node { versionIndex } } } }
        cons: run(name: "cons1") { inputArtifacts { totalCount edges { node { id } } } } } }`,
    );
    assert.equal(lineage.project.prod.outputArtifacts.totalCount, 1);
    assert.equal(lineage.project.cons.inputArtifacts.edges[0].node.id, a.id);
    const after = await env.gql<Json>(VERSION, { name: "mydata:v0" });
    assert.deepEqual(after.project.artifact.usedBy.edges.map((e: Json) => e.node.name), ["cons1"]);
  },
);

scenario(
  "official client: logging unchanged files again reuses the version, and a new version of the same files uploads no file bytes",
  "artifact_dedupe",
  async (env) => {
    const data = await writeData(env);
    const put = () => env.seen.filter((s) => s.startsWith("PUT /artifact-blobs/")).length;
    const v0 = lastJson(
      await env.python([py("log_artifact.py"), "arts", "r1", data, "mydata"]),
      "first log",
    );
    assert.equal(v0.version, "v0");
    const blobs0 = blobCount(env);
    assert.equal(blobs0, 3, "two files and the manifest are stored");
    const puts0 = put();

    // The same files again: the same digest, answered with the committed v0.
    const again = lastJson(
      await env.python([py("log_artifact.py"), "arts", "r2", data, "mydata"]),
      "second log",
    );
    assert.equal(again.version, "v0");
    assert.equal(again.id, v0.id);
    assert.equal(blobCount(env), blobs0, "nothing new stored");

    // A third log with the same bytes under one more name: a new version v1 whose files are
    // all stored already, so only its manifest is uploaded.
    await Deno.copyFile(`${data}/a.txt`, `${data}/a_copy.txt`);
    const v1 = lastJson(
      await env.python([py("log_artifact.py"), "arts", "r3", data, "mydata"]),
      "third log",
    );
    assert.equal(v1.version, "v1");
    assert.equal(blobCount(env), blobs0 + 1, "only the new manifest is a new blob");
    assert.equal(put() - puts0, 1, `one PUT (the manifest): ${env.seen.join("\n")}`);
    const d = await env.gql<Json>(VERSION, { name: "mydata:latest" });
    assert.equal(d.project.artifact.versionIndex, 1);
    assert.equal(d.project.artifact.fileCount, 3);
    const old = await env.gql<Json>(VERSION, { name: "mydata:v0" });
    assert.deepEqual(old.project.artifact.aliases.map((x: Json) => x.alias), ["v0"]);
  },
);

scenario(
  "official public API: wandb.Api().artifact('entity/project/name:latest') reads aliases, version, files, metadata and lineage, and downloads",
  "artifact_public_api",
  async (env) => {
    const data = await writeData(env);
    lastJson(
      await env.python([py("log_artifact.py"), "arts", "prod1", data, "mydata", "best", "v0-ok"]),
      "log_artifact.py",
    );
    lastJson(
      await env.python([py("use_artifact.py"), "arts", "cons1", "mydata:latest", `${env.dir}/dl`]),
      "use_artifact.py",
    );
    const got = lastJson(
      await env.python([py("api_artifact.py"), "local/arts/mydata:latest", `${env.dir}/dl2`]),
      "api_artifact.py",
    );
    assert.equal(got.name, "mydata:latest");
    assert.equal(got.version, "v0");
    assert.deepEqual(got.aliases, ["best", "latest", "v0-ok"]);
    assert.equal(got.type, "dataset");
    assert.equal(got.description, "compat data");
    assert.deepEqual(got.metadata, { rows: 3, src: "compat" });
    assert.equal(got.state, "COMMITTED");
    assert.equal(got.file_count, 2);
    assert.deepEqual(got.files, [["a.txt", 16], ["sub/b.csv", 12]]);
    assert.deepEqual(got.manifest, ["a.txt", "sub/b.csv"]);
    assert.equal(got.logged_by, "prod1");
    assert.deepEqual(got.used_by, ["cons1"]);
    assert.deepEqual(got.downloaded, await tree(data));
  },
);

scenario(
  "official public API: artifact.save() edits description, metadata, aliases and tags; types, collections, versions, logged/used artifacts list; delete refuses an aliased version unless asked; collection description and tags; link into a portfolio and unlink",
  "artifact_public_api_edit",
  async (env) => {
    const data = await writeData(env);
    lastJson(
      await env.python([py("log_artifact.py"), "arts", "prod1", data, "mydata", "best"]),
      "log v0",
    );
    await Deno.writeTextFile(`${data}/c.txt`, "more\n");
    lastJson(
      await env.python([py("log_artifact.py"), "arts", "prod1b", data, "mydata", "best"]),
      "log v1",
    );
    lastJson(
      await env.python([py("use_artifact.py"), "arts", "cons1", "mydata:v0", `${env.dir}/dl`]),
      "use_artifact.py",
    );
    const got = lastJson(
      await env.python([py("api_artifact_edit.py"), "local/arts", "mydata"]),
      "api_artifact_edit.py",
    );
    assert.deepEqual(got.edited, {
      description: "edited",
      metadata: { rows: 4 },
      aliases: ["latest", "prod"],
      tags: ["t1"],
      version: "v1",
    });
    assert.deepEqual(got.types, ["dataset"]);
    assert.deepEqual(got.collections, ["mydata"]);
    assert.deepEqual(got.versions, ["v0", "v1"]);
    assert.deepEqual(got.newest_first, ["v1", "v0"]);
    assert.deepEqual(got.oldest_first, ["v0", "v1"], "order +createdAt");
    assert.deepEqual(got.logged, ["mydata:v0"]);
    assert.deepEqual(got.used, ["mydata:v0"]);
    assert.equal(got.delete_aliased, "refused");
    assert.deepEqual(got.versions_after, ["v0"]);
    assert.deepEqual(got.collection, { description: "the data", tags: ["gold", "two words"] });
    assert.deepEqual(got.collection_tags_after, ["gold"]);
    // Portfolios: link, read through the link, unlink (the source version stays).
    assert.deepEqual(got.linked, {
      version: "v0",
      aliases: ["latest", "staging"],
      is_link: true,
      source: "mydata:v0",
    });
    assert.equal(got.unlinked, true);
    assert.equal(got.source_after_unlink, "v0");
    const d = await env.gql<Json>(VERSION, { name: "mydata:latest" });
    assert.equal(d.project.artifact.versionIndex, 0, "latest moves back to v0");
  },
);

// A file of 2 GiB and more goes up in 100 MiB parts (uploadPartsInput, uploadMultipartUrls,
// completeMultipartUploadArtifact). About 80 s and 6 GiB of disk, so only on request:
// WANDB_TS_COMPAT_BIG=1 npx -y deno@2.9.6 task compat
if (Deno.env.get("WANDB_TS_COMPAT_BIG") === "1") {
  scenario(
    "official client: a 2 GiB file goes up in parts and downloads whole",
    "artifact_multipart",
    async (env) => {
      const data = `${env.dir}/bigdata`;
      await Deno.mkdir(data, { recursive: true });
      const f = await Deno.open(`${data}/big.bin`, { write: true, create: true });
      await f.truncate(2 * 1024 ** 3 + 5 * 1024 ** 2);
      await f.write(new TextEncoder().encode("not all zeros"));
      f.close();
      const logged = lastJson(
        await env.python([py("log_artifact.py"), "arts", "big1", data, "bigdata"]),
        "log_artifact.py",
      );
      assert.equal(logged.version, "v0");
      const parts = env.seen.filter((s) => /^PUT \/artifact-blobs\/[0-9a-f]+\/parts\//.test(s));
      assert.equal(parts.length, 21, "21 parts of 100 MiB");
      assert.ok(env.operations.includes("CompleteMultipartUploadArtifact"));
      const d = await env.gql<Json>(VERSION, { name: "bigdata:latest" });
      const file = d.project.artifact.files.edges[0].node;
      assert.equal(file.sizeBytes, 2 * 1024 ** 3 + 5 * 1024 ** 2);
      const res = await fetch(file.directUrl);
      const { createHash } = await import("node:crypto");
      const h = createHash("md5");
      for await (const chunk of res.body!) h.update(chunk);
      assert.equal(h.digest("base64"), file.md5, "the joined blob has the file's MD5");
    },
  );
}

Deno.test("artifact documents the client sent all validate against our schema", () => {
  const docs = capturedDocuments();
  assert.ok(docs.some((d) => /createArtifactFiles/.test(d.query)), "the logging flow was captured");
  const bad = invalidCapturedDocuments("new");
  assert.deepEqual(bad, []);
});
