/**
 * `deno task compat`, artifacts the other way round (issue #12): OUR SDK logs an artifact online
 * to our server, and the official W&B Python client (0.30) reads it back with `wandb.Api()`,
 * downloads identical bytes and uses it in its own run; then our public API downloads an artifact
 * the official client logged.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { type CompatEnv, type PyResult, runOurs, scenario } from "./_harness.ts";

const py = (name: string) => new URL(`../py/${name}`, import.meta.url).pathname;
const mod = new URL("../../../mod.ts", import.meta.url).href;
const apis = new URL("../../../apis/mod.ts", import.meta.url).href;

// deno-lint-ignore no-explicit-any
type Json = any;

/** The last stdout line of a python driver, parsed, after checking it exited 0. */
function lastJson(r: PyResult, what: string): Json {
  assert.equal(r.code, 0, `${what} exits 0`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!);
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

/** Runs a Deno script of ours online against the scenario's server (through its proxy). */
async function ours(env: CompatEnv, name: string, source: string): Promise<Json> {
  const work = `${env.dir}/ours`;
  await Deno.mkdir(work, { recursive: true });
  await Deno.writeTextFile(`${work}/${name}`, source);
  const r = await runOurs(env, `${work}/${name}`, work, {
    WANDB_BASE_URL: env.url,
    WANDB_API_KEY: env.key,
    WANDB_CACHE_DIR: `${env.dir}/ours-cache`,
    WANDB_SILENT: "true",
  });
  assert.equal(r.code, 0, `our ${name} exits 0:\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!);
}

scenario(
  "official public API reads back and downloads an artifact OUR SDK logged, and its use_artifact works on it",
  "sdk_artifact_read_by_official",
  async (env) => {
    const data = `${env.dir}/data`;
    await Deno.mkdir(`${data}/sub/deeper`, { recursive: true });
    await Deno.writeTextFile(`${data}/a.txt`, "hello from deno\n");
    await Deno.writeTextFile(`${data}/sub/b.csv`, "x,y\n1,2\n3,4\n");
    const bin = new Uint8Array(70_000).map((_, i) => (i * 31 + 7) & 0xff);
    await Deno.writeFile(`${data}/sub/deeper/c.bin`, bin);
    const logged = await ours(
      env,
      "log.ts",
      `import * as wandb from ${JSON.stringify(mod)};
const run = await wandb.init({ project: "arts", id: "ours-prod", mode: "online" });
const a = new wandb.Artifact("deno-data", "dataset", {
  description: "from our sdk",
  metadata: { rows: 2, nested: { k: "v" } },
});
a.addDir(${JSON.stringify(data)});
run.logArtifact(a, { aliases: ["best"] });
await a.wait();
await run.finish();
console.log(JSON.stringify({ version: a.version, id: a.id }));
`,
    );
    assert.equal(logged.version, "v0");

    const got = lastJson(
      await env.python([py("api_artifact.py"), "local/arts/deno-data:latest", `${env.dir}/dl`]),
      "api_artifact.py",
    );
    assert.equal(got.type, "dataset");
    assert.equal(got.version, "v0");
    assert.deepEqual(got.aliases, ["best", "latest"]);
    assert.equal(got.description, "from our sdk");
    assert.deepEqual(got.metadata, { rows: 2, nested: { k: "v" } });
    assert.equal(got.state, "COMMITTED");
    assert.equal(got.file_count, 3);
    assert.deepEqual(got.files, [["a.txt", 16], ["sub/b.csv", 12], ["sub/deeper/c.bin", 70_000]]);
    assert.deepEqual(got.manifest, ["a.txt", "sub/b.csv", "sub/deeper/c.bin"]);
    assert.equal(got.logged_by, "ours-prod");
    const want = await tree(data);
    assert.deepEqual(got.downloaded, want, "the official download has our bytes");

    const used = lastJson(
      await env.python([
        py("use_artifact.py"),
        "arts",
        "py-cons",
        "deno-data:best",
        `${env.dir}/dl2`,
      ]),
      "use_artifact.py",
    );
    assert.equal(used.version, "v0");
    assert.deepEqual(used.aliases, ["best", "latest"]);
    assert.deepEqual(used.files, want);
    const lineage = await env.gql<Json>(
      `{ project(name: "arts", entityName: "local") { artifact(name: "deno-data:v0") {
        createdBy { ... on Run { name } } usedBy { edges { node { name } } } } } }`,
    );
    assert.equal(lineage.project.artifact.createdBy.name, "ours-prod");
    assert.deepEqual(
      lineage.project.artifact.usedBy.edges.map((e: Json) => e.node.name),
      ["py-cons"],
    );
  },
);

scenario(
  "our public API downloads an artifact the official client logged, with identical bytes",
  "sdk_artifact_download_official",
  async (env) => {
    const data = `${env.dir}/data`;
    await Deno.mkdir(`${data}/sub`, { recursive: true });
    await Deno.writeTextFile(`${data}/a.txt`, "hello artifacts\n");
    await Deno.writeTextFile(`${data}/sub/b.csv`, "x,y\n1,2\n3,4\n");
    lastJson(
      await env.python([py("log_artifact.py"), "arts", "py-prod", data, "pydata", "best"]),
      "log_artifact.py",
    );
    const root = `${env.dir}/ours-dl`;
    const got = await ours(
      env,
      "download.ts",
      `import { Api } from ${JSON.stringify(apis)};
const api = new Api();
const a = await api.artifact("local/arts/pydata:best");
await a.download(${JSON.stringify(root)});
await a.verify(${JSON.stringify(root)});
console.log(JSON.stringify({
  version: a.version, type: a.type, aliases: [...a.aliases].sort(), metadata: a.metadata,
  files: a.files().map((e) => [e.path, e.size]),
}));
`,
    );
    assert.equal(got.version, "v0");
    assert.equal(got.type, "dataset");
    // The version alias is `version`, not in `aliases`, as W&B's Python client has it.
    assert.deepEqual(got.aliases, ["best", "latest"]);
    assert.deepEqual(got.metadata, { rows: 3, src: "compat" });
    assert.deepEqual(got.files, [["a.txt", 16], ["sub/b.csv", 12]]);
    assert.deepEqual(await tree(root), await tree(data));
  },
);
