// Artifacts end to end against our server (server/mod.ts serve): log from an online run, read back
// through the public API, download, an unchanged second version, bad input.
import assert from "node:assert/strict";
import { serve } from "../../server/mod.ts";
import { Artifact, ArtifactError, init } from "../../mod.ts";
import { Api } from "../../apis/mod.ts";

Deno.test("artifacts: log, wait, an unchanged version uploads nothing, read back and download", async () => {
  const root = await Deno.makeTempDir();
  const ac = new AbortController();
  const server = await serve({
    port: 0,
    dataDir: `${root}/server`,
    signal: ac.signal,
    log: () => {},
  });
  const env = {
    WANDB_BASE_URL: server.url,
    WANDB_API_KEY: server.localUser.apiKey!,
    WANDB_CACHE_DIR: `${root}/cache`,
    WANDB_DIR: root,
    WANDB_SILENT: "true",
  };
  for (const [k, v] of Object.entries(env)) Deno.env.set(k, v);
  try {
    await Deno.mkdir(`${root}/data/sub`, { recursive: true });
    await Deno.writeTextFile(`${root}/data/a.txt`, "abc");
    await Deno.writeTextFile(`${root}/data/sub/b.csv`, "hello world\n");
    const run = await init({ project: "arts", mode: "online" });
    const a = new Artifact("ds", "dataset", { metadata: { rows: 2 } });
    a.addDir(`${root}/data`);
    run.logArtifact(a, { aliases: ["best"], tags: ["mnist-v2", "raw"] });
    await a.wait();
    assert.equal(a.version, "v0");
    // Tags go up after the version exists (UpdateArtifact's tagsToAdd, as W&B's save()).
    const tagged = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Basic ${btoa(`api:${server.localUser.apiKey}`)}`,
      },
      body: JSON.stringify({
        query: "query T($id: ID!) { artifact(id: $id) { tags { name } } }",
        variables: { id: a.id },
      }),
    }).then((r) => r.json());
    assert.deepEqual(
      tagged.data.artifact.tags.map((t: { name: string }) => t.name).sort(),
      ["mnist-v2", "raw"],
    );
    const b = new Artifact("ds", "dataset");
    b.addDir(`${root}/data`);
    run.logArtifact(b);
    await b.wait();
    assert.equal(b.id, a.id, "the unchanged version is the same version");
    await run.finish();

    const api = new Api({ baseUrl: server.url, apiKey: server.localUser.apiKey! });
    const got = await api.artifact(`arts/ds:v0`);
    assert.deepEqual(got.files().map((e) => [e.path, e.digest]), [
      ["a.txt", "kAFQmDzST7DWlj99KOF/cg=="],
      ["sub/b.csv", "b1kCrCNwJL3QwXbLkwY9xA=="],
    ]);
    assert.ok(got.aliases.includes("best"));
    Deno.env.set("WANDB_CACHE_DIR", `${root}/cache2`); // a cold cache: bytes come from the server
    const s = await got.downloadWithStats(`${root}/out`);
    assert.deepEqual(s, { fetched: 2, fromCache: 0, skipped: 0 });
    await got.verify(`${root}/out`);
    await Deno.writeTextFile(`${root}/out/a.txt`, "other");
    await assert.rejects(
      got.download(`${root}/out`),
      (e: ArtifactError) => e.code === "artifact/download-conflict",
    );
  } finally {
    for (const k of Object.keys(env)) Deno.env.delete(k);
    ac.abort();
    await server.finished;
    await Deno.remove(root, { recursive: true });
  }
});
