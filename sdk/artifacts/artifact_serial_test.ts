import assert from "node:assert/strict";
import { Artifact } from "./artifact.ts";
import { ArtifactError } from "./errors.ts";

async function fixture(): Promise<string> {
  const dir = await Deno.makeTempDir();
  await Deno.mkdir(`${dir}/d/sub`, { recursive: true });
  await Deno.writeTextFile(`${dir}/d/a.txt`, "abc");
  await Deno.writeTextFile(`${dir}/d/empty.bin`, "");
  await Deno.writeTextFile(`${dir}/d/sub/b.csv`, "hello world\n");
  await Deno.writeTextFile(`${dir}/c.txt`, "hi");
  return dir;
}

function withCache<T>(fn: (dir: string) => Promise<T>): () => Promise<void> {
  return async () => {
    const dir = await fixture();
    const old = Deno.env.get("WANDB_CACHE_DIR");
    Deno.env.set("WANDB_CACHE_DIR", `${dir}/cache`);
    try {
      await fn(dir);
    } finally {
      if (old === undefined) Deno.env.delete("WANDB_CACHE_DIR");
      else Deno.env.set("WANDB_CACHE_DIR", old);
      await Deno.remove(dir, { recursive: true });
    }
  };
}

Deno.test(
  "an artifact's digest is the official client's for the same files and references",
  withCache(async (dir) => {
    // The same entries as internal/artifacts/manifest_test.ts, whose digest the official client
    // computed (013911d3…) with the references under /tmp/artfx; here the file:// references
    // point elsewhere, so only the file entries are compared through the digest.
    const a = new Artifact("ds", "dataset");
    a.addDir(`${dir}/d`, { name: "data" });
    a.addFile(`${dir}/c.txt`);
    assert.deepEqual(a.files().map((e) => [e.path, e.digest, e.size]), [
      ["c.txt", "SfaKXIST7CwL9ImCHCH8Ow==", 2],
      ["data/a.txt", "kAFQmDzST7DWlj99KOF/cg==", 3],
      ["data/empty.bin", "1B2M2Y8AsgTpgAmY7PhCfg==", 0],
      ["data/sub/b.csv", "b1kCrCNwJL3QwXbLkwY9xA==", 12],
    ]);
    const refs = await a.addReference(`file://${dir}/c.txt`, { name: "ref/c.txt" });
    assert.equal(refs[0]!.digest, "SfaKXIST7CwL9ImCHCH8Ow==");
    assert.equal(refs[0]!.ref, `file://${dir}/c.txt`);
    const s3 = await a.addReference("s3://bucket/key.bin");
    assert.deepEqual({ ...s3[0] }, {
      path: "key.bin",
      ref: "s3://bucket/key.bin",
      digest: "s3://bucket/key.bin",
    });
    assert.equal(a.digest.length, 32);
  }),
);

Deno.test(
  "mutable files are copied into the cache; immutable ones are read in place",
  withCache(async (dir) => {
    const a = new Artifact("x", "dataset");
    const m = a.addFile(`${dir}/c.txt`, { name: "m.txt" });
    const i = a.addFile(`${dir}/c.txt`, { name: "i.txt", policy: "immutable" });
    assert.equal(m.localPath, `${dir}/cache/artifacts/obj/md5/49/f68a5c8493ec2c0bf489821c21fc3b`);
    assert.equal(await Deno.readTextFile(m.localPath!), "hi");
    assert.equal(i.localPath, `${dir}/c.txt`);
    await Promise.resolve();
  }),
);

Deno.test(
  "newFile: written bytes become an entry when the artifact is read",
  withCache(async () => {
    const a = new Artifact("x", "dataset");
    const f = a.newFile("notes/readme.md");
    await f.write(new TextEncoder().encode("abc"));
    f.close();
    assert.deepEqual(a.files().map((e) => [e.path, e.digest]), [
      ["notes/readme.md", "kAFQmDzST7DWlj99KOF/cg=="],
    ]);
    assert.equal(a.getPath("notes/readme.md").size, 3);
  }),
);

Deno.test(
  "remove, getEntry, and bad input as typed errors with the fix",
  withCache(async (dir) => {
    const a = new Artifact("x", "dataset");
    a.addDir(`${dir}/d`);
    assert.equal(a.remove("sub"), true);
    assert.deepEqual(a.files().map((e) => e.path), ["a.txt", "empty.bin"]);
    assert.equal(a.getEntry("nope"), undefined);
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        assert.ok(e instanceof ArtifactError);
        assert.ok(!e.message.includes("\n") && e.message.includes("; "), e.message);
        return e.code;
      }
      assert.fail("no error");
    };
    assert.equal(code(() => a.addFile(`${dir}/missing.txt`)), "artifact/file-not-found");
    assert.equal(code(() => a.addFile(`${dir}/d`)), "artifact/not-a-file");
    assert.equal(code(() => a.addDir(`${dir}/c.txt`)), "artifact/not-a-directory");
    assert.equal(code(() => new Artifact("a:b", "dataset")), "artifact/invalid-name");
    assert.equal(code(() => new Artifact("a/b", "dataset")), "artifact/invalid-name");
    assert.equal(code(() => a.getPath("nope")), "artifact/not-found");
    await assert.rejects(a.wait(), (e: ArtifactError) => e.code === "artifact/not-logged");
    await assert.rejects(
      a.addReference("ftp://x/y"),
      (e: ArtifactError) => e.code === "artifact/reference",
    );
  }),
);

Deno.test(
  "download from the cache, skip matching files, refuse a root holding other bytes",
  withCache(async (dir) => {
    const a = new Artifact("x", "dataset");
    a.addDir(`${dir}/d`);
    const root = `${dir}/out`;
    const s1 = await a.downloadWithStats(root);
    assert.deepEqual(s1, { fetched: 0, fromCache: 3, skipped: 0 });
    await a.verify(root);
    const s2 = await a.downloadWithStats(root);
    assert.deepEqual(s2, { fetched: 0, fromCache: 0, skipped: 3 });
    await Deno.writeTextFile(`${root}/a.txt`, "other");
    await assert.rejects(a.verify(root), (e: ArtifactError) => e.code === "artifact/verify-failed");
    await assert.rejects(
      a.downloadWithStats(root),
      (e: ArtifactError) => e.code === "artifact/download-conflict",
    );
    const s3 = await a.downloadWithStats(root, { overwrite: true });
    assert.deepEqual(s3, { fetched: 0, fromCache: 1, skipped: 2 });
    assert.equal(await Deno.readTextFile(`${root}/a.txt`), "abc");
  }),
);
