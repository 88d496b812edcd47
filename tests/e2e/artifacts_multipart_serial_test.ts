// Multipart artifact uploads end to end against our server (server/mod.ts serve), with the
// threshold lowered so a few-MB file goes up in parts: the bytes arrive whole, and a part the
// server keeps refusing leaves the version uncommitted with the part named.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { serve } from "../../server/mod.ts";
import { Api } from "../../apis/mod.ts";
import { GraphQLClient } from "../../net/mod.ts";
import { ArtifactSaver } from "../../internal/sender/artifacts.ts";
import type { ArtifactProgress } from "../../proto/worker_protocol.ts";
import { UPSERT_BUCKET } from "../../internal/sender/run_updates.ts";
import { manifestDigest, md5Base64 } from "../../internal/artifacts/manifest.ts";

const POLICY = { maxRetries: 2, minDelayMs: 1, maxDelayMs: 5 };
const SIZE = 5 * 1024 * 1024 + 12_345; // 6 parts of 1 MiB, the last short

async function withServer(
  fn: (s: { url: string; apiKey: string; root: string; hits: string[] }) => Promise<void>,
  failPart?: number,
): Promise<void> {
  const root = await Deno.makeTempDir();
  const ac = new AbortController();
  const server = await serve({
    port: 0,
    dataDir: `${root}/server`,
    signal: ac.signal,
    log: () => {},
  });
  // A proxy in front of the server: records part PUTs, answers 500 to part `failPart`.
  const hits: string[] = [];
  const proxy = Deno.serve(
    { port: 0, hostname: "127.0.0.1", onListen() {}, signal: ac.signal },
    async (req): Promise<Response> => {
      const u = new URL(req.url);
      const part = /\/parts\/[^/]+\/(\d+)$/.exec(u.pathname);
      if (part && req.method === "PUT") {
        hits.push(part[1]!);
        if (Number(part[1]) === failPart) {
          await req.body?.cancel();
          return new Response("boom", { status: 500 });
        }
      }
      const res = await fetch(server.url + u.pathname + u.search, {
        method: req.method,
        headers: req.headers,
        body: req.body,
      });
      if (u.pathname !== "/graphql") {
        return new Response(res.body, { status: res.status, headers: res.headers });
      }
      // Signed URLs name the server: point them at the proxy.
      const text = (await res.text()).replaceAll(server.url, self);
      return new Response(text, {
        status: res.status,
        headers: { "content-type": "application/json" },
      });
    },
  );
  const self: string = `http://127.0.0.1:${proxy.addr.port}`;
  try {
    await fn({
      url: self,
      apiKey: server.localUser.apiKey!,
      root,
      hits,
    });
  } finally {
    ac.abort();
    await proxy.finished;
    await server.finished;
    await Deno.remove(root, { recursive: true });
  }
}

async function saveBig(url: string, apiKey: string, root: string) {
  const bytes = new Uint8Array(SIZE);
  for (let i = 0; i < SIZE; i++) bytes[i] = (i * 7919 + (i >> 10)) & 0xff;
  await Deno.writeFile(`${root}/big.bin`, bytes);
  const ac = new AbortController();
  const gql = new GraphQLClient({ baseUrl: url, apiKey, retry: POLICY, signal: ac.signal });
  await gql.request(UPSERT_BUCKET, { name: "r1", project: "mp", entity: "local" });
  const progress: ArtifactProgress[] = [];
  const saver = new ArtifactSaver({
    gql,
    policy: POLICY,
    signal: ac.signal,
    run: () => ({ runId: "r1", entity: "local", project: "mp" }),
    onProgress: (p) => progress.push(p),
    multipartThresholdBytes: 1024 * 1024,
    partBytes: 1024 * 1024,
  });
  const entries = [{
    path: "big.bin",
    digest: md5Base64(bytes),
    size: SIZE,
    localPath: `${root}/big.bin`,
  }];
  saver.onArtifact({
    name: "big",
    type: "dataset",
    digest: manifestDigest(entries),
    clientId: "c1",
    manifest: { version: 1, contents: entries },
  });
  const outcome = saver.outcome("c1");
  await saver.idle();
  return { outcome: await outcome, progress, md5: createHash("md5").update(bytes).digest("hex") };
}

Deno.test("ArtifactSaver uploads a file over the threshold in parts to our server, byte-identical", async () => {
  await withServer(async ({ url, apiKey, root, hits }) => {
    const { outcome, progress, md5 } = await saveBig(url, apiKey, root);
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.deepEqual([...hits].sort(), ["1", "2", "3", "4", "5", "6"]);
    assert.deepEqual(progress.at(-1), {
      name: "big",
      bytes: SIZE,
      totalBytes: SIZE,
      files: 1,
      totalFiles: 1,
      done: true,
    });
    const api = new Api({ baseUrl: url, apiKey });
    const a = await api.artifact("local/mp/big:v0");
    Deno.env.set("WANDB_CACHE_DIR", `${root}/cache`);
    try {
      await a.download(`${root}/out`);
    } finally {
      Deno.env.delete("WANDB_CACHE_DIR");
    }
    const back = await Deno.readFile(`${root}/out/big.bin`);
    assert.equal(back.length, SIZE);
    assert.equal(createHash("md5").update(back).digest("hex"), md5);
  });
});

Deno.test("ArtifactSaver leaves the version uncommitted when a part keeps failing, naming the file and part", async () => {
  await withServer(async ({ url, apiKey, root, hits }) => {
    const { outcome } = await saveBig(url, apiKey, root);
    assert.equal(outcome.ok, false);
    assert.match(
      (outcome as { message: string }).message,
      /Cannot save artifact big: upload big\.bin part 3 of 6: gave up after 3 attempts/,
    );
    assert.equal(hits.filter((h) => h === "3").length, 3);
    const api = new Api({ baseUrl: url, apiKey });
    await assert.rejects(api.artifact("local/mp/big:v0"));
  }, 3);
});
