/**
 * A server behind a proxy at another origin and folder (`--public-url`): the file URLs it hands
 * out are absolute on the public URL, and our SDK's uploads, `sync` and the public API's
 * downloads all work through it (every transfer goes through the proxy, none to the server's own
 * address).
 */
import assert from "node:assert/strict";
import { Api } from "../../apis/mod.ts";
import { serve } from "../../server/mod.ts";
import { cli } from "./_online.ts";
import { onlyRunDir, runScript } from "./_helpers.ts";

const PREFIX = "/wandb-behind-proxy";

/** A reverse proxy serving `target` under PREFIX (stripped on the way in). */
function folderProxy() {
  let target = "";
  const seen: string[] = [];
  const ac = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen() {} },
    async (req) => {
      const u = new URL(req.url);
      if (!u.pathname.startsWith(PREFIX + "/")) return new Response("not here", { status: 404 });
      const path = u.pathname.slice(PREFIX.length);
      seen.push(`${req.method} ${path.split("?")[0]}`);
      const body = req.body ? new Uint8Array(await req.arrayBuffer()) : undefined;
      const res = await fetch(target + path + u.search, {
        method: req.method,
        headers: req.headers,
        body,
      });
      return new Response(await res.arrayBuffer(), { status: res.status, headers: res.headers });
    },
  );
  return {
    url: `http://127.0.0.1:${server.addr.port}${PREFIX}`,
    seen,
    setTarget: (t: string) => (target = t),
    close: async () => {
      ac.abort();
      await server.finished;
    },
  };
}

Deno.test("behind a proxy at another origin: SDK uploads, sync and public API downloads go through it", async () => {
  const dir = await Deno.makeTempDir({ prefix: "wandb-public-url-" });
  const proxy = folderProxy();
  const ac = new AbortController();
  const server = await serve({
    port: 0,
    dataDir: `${dir}/server`,
    publicUrl: proxy.url,
    signal: ac.signal,
    log: () => {},
  });
  try {
    proxy.setTarget(`http://127.0.0.1:${server.port}`);
    assert.equal(server.url, proxy.url);
    const env = { WANDB_BASE_URL: proxy.url, WANDB_API_KEY: server.localUser.apiKey! };

    // An online run saving files, through the proxy only.
    await Deno.mkdir(`${dir}/online`);
    const online = await runScript("online_run.ts", `${dir}/online`, [], {
      ...env,
      PROJECT: "behind",
      ROWS: "20",
      SAVE: "1",
    });
    assert.equal(online.code, 0, online.stderr);
    const runId = /RUN (\S+)/.exec(online.stderr)![1]!;
    const uploads = proxy.seen.filter((s) => s.startsWith("PUT /storage/local/behind/"));
    assert.ok(uploads.includes(`PUT /storage/local/behind/${runId}/model.txt`), uploads.join());
    assert.ok(uploads.some((s) => s.endsWith("/config.yaml")));

    // The public API reads file URLs on the public origin and downloads through the proxy.
    const api = new Api({ baseUrl: proxy.url, apiKey: env.WANDB_API_KEY });
    const run = await api.run(`local/behind/${runId}`);
    const file = await run.file("model.txt");
    assert.ok(file.directUrl!.startsWith(`${proxy.url}/storage/`), file.directUrl!);
    const path = await file.download(`${dir}/dl`);
    assert.equal(await Deno.readTextFile(path), "v2, changed");
    assert.ok(proxy.seen.includes(`GET /storage/local/behind/${runId}/model.txt`));

    // An offline run synced with our CLI uploads its files through the proxy too.
    await Deno.mkdir(`${dir}/offline`);
    const offline = await runScript("online_run.ts", `${dir}/offline`, [], {
      ...env,
      WANDB_MODE: "offline",
      PROJECT: "behind",
      ROWS: "5",
    });
    assert.equal(offline.code, 0, offline.stderr);
    const runDir = onlyRunDir(`${dir}/offline`);
    const synced = await cli(["sync", runDir], `${dir}/offline`, env);
    assert.equal(synced.code, 0, synced.stderr + synced.stdout);
    const offlineId = /RUN (\S+)/.exec(offline.stderr)![1]!;
    assert.ok(
      proxy.seen.includes(`PUT /storage/local/behind/${offlineId}/config.yaml`),
      proxy.seen.join("\n"),
    );
    const syncedRun = await new Api({ baseUrl: proxy.url, apiKey: env.WANDB_API_KEY }).run(
      `local/behind/${offlineId}`,
    );
    const config = await (await syncedRun.file("config.yaml")).download(`${dir}/dl2`);
    assert.match(await Deno.readTextFile(config), /lr:\n {2}desc: null\n {2}value: 0\.01/);
  } finally {
    ac.abort();
    await server.finished;
    await proxy.close();
    await Deno.remove(dir, { recursive: true });
  }
});
