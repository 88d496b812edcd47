// Artifacts end to end against our real server (server/mod.ts serve): an offline run's artifact
// uploaded by `sync`, lineage of `run.useArtifact`, `save()` edits and `delete()`, the paginated
// lists, and the `artifact put|get|ls` CLI verbs as subprocesses.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { serve, type ServerHandle } from "../../server/mod.ts";
import { Artifact, ArtifactError, init } from "../../mod.ts";
import { Api } from "../../apis/mod.ts";
import { onlyRunDir, runDeno } from "./_helpers.ts";
import { cli, gql } from "./_online.ts";

const mod = new URL("../../mod.ts", import.meta.url).href;
const config = new URL("../../deno.json", import.meta.url).pathname;

interface Env {
  root: string;
  server: ServerHandle;
  key: string;
  api: Api;
  /** WANDB_BASE_URL, WANDB_API_KEY, WANDB_CACHE_DIR, WANDB_SILENT for a child. */
  vars: Record<string, string>;
}

/** A server on a temp dir; `inProcess` also sets the client variables in this process's env. */
async function withServer(inProcess: boolean, fn: (env: Env) => Promise<void>): Promise<void> {
  const root = await Deno.makeTempDir({ prefix: "wandb-arts-" });
  const ac = new AbortController();
  const server = await serve({
    port: 0,
    dataDir: `${root}/server`,
    signal: ac.signal,
    log: () => {},
  });
  const key = server.localUser.apiKey!;
  const vars: Record<string, string> = {
    WANDB_BASE_URL: server.url,
    WANDB_API_KEY: key,
    WANDB_CACHE_DIR: `${root}/cache`,
    WANDB_SILENT: "true",
  };
  const set: Record<string, string> = inProcess ? { ...vars, WANDB_DIR: root } : {};
  for (const [k, v] of Object.entries(set)) Deno.env.set(k, v);
  try {
    await fn({ root, server, key, api: new Api({ baseUrl: server.url, apiKey: key }), vars });
  } finally {
    for (const k of Object.keys(set)) Deno.env.delete(k);
    ac.abort();
    await server.finished;
    await Deno.remove(root, { recursive: true });
  }
}

/** The hex MD5 of each file under `dir`, by relative path. */
async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string, prefix: string) => {
    for await (const e of Deno.readDir(d)) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory) await walk(`${d}/${e.name}`, rel);
      else out[rel] = createHash("md5").update(await Deno.readFile(`${d}/${e.name}`)).digest("hex");
    }
  };
  await walk(dir, "");
  return out;
}

async function writeData(dir: string, tag: string): Promise<string> {
  await Deno.mkdir(`${dir}/sub`, { recursive: true });
  await Deno.writeTextFile(`${dir}/a.txt`, `hello ${tag}\n`);
  await Deno.writeFile(`${dir}/sub/b.bin`, new Uint8Array(40_000).map((_, i) => (i * 7) & 0xff));
  return dir;
}

Deno.test({
  name:
    "sync uploads an offline run's artifact, and the public API reads it and downloads identical bytes",
  sanitizeResources: false,
  sanitizeOps: false,
  fn: () =>
    withServer(false, async ({ root, api, vars }) => {
      const data = await writeData(`${root}/data`, "offline");
      const work = `${root}/work`;
      await Deno.mkdir(work);
      await Deno.writeTextFile(
        `${work}/log.ts`,
        `import * as wandb from ${JSON.stringify(mod)};
const run = await wandb.init({ project: "arts", id: "off1", mode: "offline" });
const a = new wandb.Artifact("offdata", "dataset", { description: "kept offline", metadata: { k: 1 } });
a.addDir(${JSON.stringify(data)});
run.logArtifact(a, { aliases: ["best"] });
await assertOffline(a);
await run.finish();
async function assertOffline(a: wandb.Artifact) {
  try { await a.wait(); } catch (e) { if ((e as wandb.ArtifactError).code === "artifact/offline") return; throw e; }
  throw new Error("wait() in an offline run should throw artifact/offline");
}
`,
      );
      const logged = await runDeno(["run", "-A", `--config=${config}`, `${work}/log.ts`], work, {
        WANDB_DIR: work,
        WANDB_CACHE_DIR: vars.WANDB_CACHE_DIR!,
        WANDB_SILENT: "true",
      });
      assert.equal(logged.code, 0, logged.stderr);
      await assert.rejects(api.artifact("local/arts/offdata:latest"), (e: ArtifactError) =>
        e.code === "artifact/not-found", "nothing is on the server before sync");

      const s = await cli(["sync", onlyRunDir(work)], work, vars);
      assert.equal(s.code, 0, `sync: ${s.stdout}\n${s.stderr}`);
      // Without a terminal, sync names each artifact upload as it starts and when it is up.
      assert.match(s.stdout, /wandb: uploading artifact offdata: 0\.0 of 0\.0 MB, 0 of 2 files\n/);
      assert.match(
        s.stdout,
        /wandb: uploading artifact offdata: 0\.0 of 0\.0 MB, 2 of 2 files: done\n/,
      );

      const a = await api.artifact("local/arts/offdata:best");
      assert.equal(a.version, "v0");
      assert.equal(a.type, "dataset");
      assert.equal(a.description, "kept offline");
      assert.deepEqual(a.metadata, { k: 1 });
      assert.deepEqual(a.files().map((e) => [e.path, e.size]), [["a.txt", 14], [
        "sub/b.bin",
        40_000,
      ]]);
      Deno.env.set("WANDB_CACHE_DIR", `${root}/cold-cache`); // the bytes come from the server
      try {
        const st = await a.downloadWithStats(`${root}/out`);
        assert.deepEqual(st, { fetched: 2, fromCache: 0, skipped: 0 });
      } finally {
        Deno.env.delete("WANDB_CACHE_DIR");
      }
      assert.deepEqual(await tree(`${root}/out`), await tree(data));
      const logger = await api.run("local/arts/off1");
      assert.deepEqual(
        (await Array.fromAsync(logger.loggedArtifacts())).map((x) =>
          x.version
        ),
        [
          "v0",
        ],
      );
    }),
});

Deno.test({
  name:
    "useArtifact records lineage; save() edits, delete() removes; collections, versions and run lists paginate",
  sanitizeResources: false,
  sanitizeOps: false,
  fn: () =>
    withServer(true, async ({ root, server, key, api }) => {
      const prod = await init({ project: "arts", id: "prod", mode: "online" });
      const logged: Artifact[] = [];
      for (let i = 0; i < 3; i++) {
        const a = new Artifact("ds", "dataset", { metadata: { i } });
        a.addDir(await writeData(`${root}/ds${i}`, `v${i}`));
        prod.logArtifact(a, { aliases: i === 0 ? ["best"] : [] });
        logged.push(a);
      }
      for (const name of ["c1", "c2"]) {
        const a = new Artifact(name, "dataset");
        a.addDir(await writeData(`${root}/${name}`, name));
        prod.logArtifact(a);
        logged.push(a);
      }
      for (const a of logged) await a.wait();
      assert.deepEqual(logged.map((a) => a.version), ["v0", "v1", "v2", "v0", "v0"]);
      await prod.finish();

      const cons = await init({ project: "arts", id: "cons", mode: "online" });
      const best = await cons.useArtifact("ds:best");
      assert.equal(best.version, "v0");
      const v1 = await cons.useArtifact("arts/ds:v1");
      await v1.download(`${root}/used`);
      assert.deepEqual(await tree(`${root}/used`), await tree(`${root}/ds1`));
      await cons.finish();

      // Lineage, from the server and from the public API.
      const usedBy = async (ref: string) =>
        (await gql<{ project: { artifact: { usedBy: { edges: { node: { name: string } }[] } } } }>(
          server.url,
          key,
          `query U($n: String!) { project(name: "arts", entityName: "local") { artifact(name: $n) { usedBy { edges { node { name } } } } } }`,
          { n: ref },
        )).project.artifact.usedBy.edges.map((e) => e.node.name);
      assert.deepEqual(await usedBy("ds:v0"), ["cons"]);
      assert.deepEqual(await usedBy("ds:v1"), ["cons"]);
      assert.deepEqual(await usedBy("ds:v2"), []);
      const consRun = await api.run("local/arts/cons");
      const used = consRun.usedArtifacts({ perPage: 1 });
      assert.deepEqual((await Array.fromAsync(used)).map((a) => `${a.name}:${a.version}`).sort(), [
        "ds:v0",
        "ds:v1",
      ]);
      assert.equal(used.pagesLoaded, 2);

      // Paginated lists.
      const cols = await api.artifactCollections("local/arts", "dataset", { perPage: 2 });
      assert.deepEqual((await Array.fromAsync(cols)).map((c) => c.name).sort(), ["c1", "c2", "ds"]);
      assert.equal(cols.pagesLoaded, 2);
      const versions = await api.artifactVersions("dataset", "local/arts/ds", { perPage: 2 });
      const vs = await Array.fromAsync(versions);
      assert.deepEqual(vs.map((a) => a.version).sort(), ["v0", "v1", "v2"]);
      assert.deepEqual(vs.map((a) => a.metadata.i).sort(), [0, 1, 2]);
      assert.equal(versions.pagesLoaded, 2);
      const out = (await api.run("local/arts/prod")).loggedArtifacts({ perPage: 2 });
      assert.deepEqual((await Array.fromAsync(out)).map((a) => `${a.name}:${a.version}`).sort(), [
        "c1:v0",
        "c2:v0",
        "ds:v0",
        "ds:v1",
        "ds:v2",
      ]);
      assert.equal(out.pagesLoaded, 3);
      assert.equal(await out.count(), 5);

      // save(): description, metadata, aliases (added, then moved away).
      const e = await api.artifact("local/arts/ds:v1");
      e.description = "edited";
      e.metadata = { i: 1, note: "checked" };
      e.aliases = [...e.aliases, "prod"];
      await e.save();
      const e2 = await api.artifact("local/arts/ds:prod");
      assert.equal(e2.version, "v1");
      assert.equal(e2.description, "edited");
      assert.deepEqual(e2.metadata, { i: 1, note: "checked" });
      e2.aliases = e2.aliases.filter((a) => a !== "prod");
      await e2.save();
      await assert.rejects(api.artifact("local/arts/ds:prod"), (x: ArtifactError) =>
        x.code === "artifact/not-found");
      assert.ok(!(await api.artifact("local/arts/ds:v1")).aliases.includes("prod"));

      // delete(): an aliased version only with deleteAliases; latest moves back.
      const v2 = await api.artifact("local/arts/ds:latest");
      assert.equal(v2.version, "v2");
      await assert.rejects(v2.delete());
      assert.equal((await api.artifact("local/arts/ds:v2")).version, "v2", "still there");
      await v2.delete({ deleteAliases: true });
      await assert.rejects(api.artifact("local/arts/ds:v2"), (x: ArtifactError) =>
        x.code === "artifact/not-found");
      assert.equal((await api.artifact("local/arts/ds:latest")).version, "v1");
      const after = await api.artifactVersions("dataset", "local/arts/ds");
      assert.deepEqual(
        (await Array.fromAsync(after)).map((a) =>
          a.version
        ).sort(),
        ["v0", "v1"],
      );
    }),
});

Deno.test({
  name:
    "CLI artifact put, get NAME:ALIAS --root and ls PROJECT work end to end; bad input exits 2 with one typed line",
  sanitizeResources: false,
  sanitizeOps: false,
  fn: () =>
    withServer(false, async ({ root, vars }) => {
      const data = await writeData(`${root}/data`, "cli");
      const work = `${root}/work`;
      await Deno.mkdir(work);
      const env = { ...vars, WANDB_DIR: work, WANDB_PROJECT: "arts" };
      const put = await cli(
        [
          "artifact",
          "put",
          data,
          "--name",
          "cliset",
          "--type",
          "dataset",
          "--project",
          "arts",
          "--alias",
          "best",
        ],
        work,
        env,
      );
      assert.equal(put.code, 0, `put: ${put.stdout}\n${put.stderr}`);
      assert.match(put.stdout, /^Uploading 2 files of cliset \(dataset\)\.\.\.$/m);
      assert.match(put.stdout, /^Uploaded \S*cliset:v0 in [\d.]+ s$/m);

      const get = await cli(["artifact", "get", "cliset:best", "--root", `${root}/got`], work, env);
      assert.equal(get.code, 0, `get: ${get.stdout}\n${get.stderr}`);
      assert.match(
        get.stdout,
        new RegExp(`^Downloaded cliset:v0 to ${root}/got: \\d fetched`, "m"),
      );
      assert.deepEqual(await tree(`${root}/got`), await tree(data));

      const ls = await cli(["artifact", "ls", "arts"], work, env);
      assert.equal(ls.code, 0, `ls: ${ls.stdout}\n${ls.stderr}`);
      const cols = ls.stdout.trim().split("\n").map((l) => l.split("\t"));
      assert.equal(cols.length, 1, ls.stdout);
      assert.deepEqual(cols[0]!.map((c, i) => i === 2 ? c.split(",").sort().join(",") : c), [
        "dataset",
        "cliset:v0",
        "best,latest",
        "2 files",
      ]);

      for (
        const [args, code] of [
          [["put", `${root}/missing`, "--name", "x"], "artifact/file-not-found"],
          [["put", data, "--name", "a:b"], "artifact/invalid-name"],
          [["put", data, "--name", "a/b"], "artifact/invalid-name"],
        ] as const
      ) {
        const r = await cli(["artifact", ...args], work, env);
        assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
        const lines = r.stderr.trim().split("\n");
        assert.equal(lines.length, 1, `one line: ${r.stderr}`);
        assert.match(lines[0]!, new RegExp(`^wandb: ArtifactError ${code}: Cannot .+; .+$`));
        assert.equal(r.stdout, "");
      }
      const ls2 = await cli(["artifact", "ls", "arts"], work, env);
      assert.equal(ls2.stdout.trim().split("\n").length, 1, "bad input uploaded nothing");
    }),
});
