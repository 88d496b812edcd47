import assert from "node:assert/strict";
import { join } from "node:path";
import { LOCAL_USER, SECRET_FILE, serve, ServeError, startBanner } from "./serve.ts";
import { signedStorageUrl } from "./storage.ts";
import { cliCommand } from "../cli/command.ts";

const auth = (key: string) => ({ authorization: `Basic ${btoa(`api:${key}`)}` });

function fileStream(base: string, key: string, run: string, step = 0): Promise<Response> {
  return fetch(`${base}/files/${LOCAL_USER}/proj/${run}/file_stream`, {
    method: "POST",
    headers: auth(key),
    body: JSON.stringify({
      files: { "wandb-history.jsonl": { offset: step, content: [`{"_step":${step},"loss":0.5}`] } },
    }),
  });
}

Deno.test("serve: healthz, first-start key works for file_stream, restart reuses user and secret", async () => {
  const dataDir = join(Deno.makeTempDirSync({ prefix: "serve_test_" }), "nested", "data");
  try {
    let listened = "";
    const first = await serve({
      port: 0,
      dataDir,
      log: () => {},
      onListen: (info) => (listened = info.url),
    });
    let key = "";
    try {
      assert.equal(first.url, `http://127.0.0.1:${first.addr.port}`);
      assert.equal(listened, first.url);
      const health = await fetch(`${first.url}/healthz`);
      assert.equal(health.status, 200);
      await health.body?.cancel();
      assert.equal(first.localUser.created, true);
      key = first.localUser.apiKey!;
      assert.match(key, /^[0-9a-f]{40}$/);
      const banner = startBanner(first).join("\n");
      assert.ok(banner.includes(key), "the key is printed");
      assert.ok(banner.includes(`WANDB_BASE_URL=${first.url} WANDB_API_KEY=${key}`));
      assert.ok(banner.includes(cliCommand("login", "--host", first.url)));
      assert.equal(Deno.statSync(join(dataDir, SECRET_FILE)).mode! & 0o777, 0o600);

      const res = await fileStream(first.url, key, "run1");
      assert.equal(res.status, 200, await res.clone().text());
      await res.body?.cancel();
      assert.equal(first.store.getRun(LOCAL_USER, "proj", "run1")?.historyLineCount, 1);
      const denied = await fileStream(first.url, "0".repeat(40), "run1");
      assert.equal(denied.status, 401);
      await denied.body?.cancel();

      // Storage routes are mounted and signed with the persisted secret.
      const secret = Deno.readTextFileSync(join(dataDir, SECRET_FILE)).trim();
      const bytes = Uint8Array.from(secret.match(/../g)!, (h) => parseInt(h, 16));
      const putUrl = await signedStorageUrl(bytes, "PUT", LOCAL_USER, "proj", "run1", "a.txt", 60);
      const put = await fetch(`${first.url}${putUrl}`, { method: "PUT", body: "hello" });
      assert.equal(put.status, 200);
      await put.body?.cancel();
    } finally {
      await first.shutdown();
    }
    assert.throws(() => first.store.getRun(LOCAL_USER, "proj", "run1"), "store closed on shutdown");

    const ac = new AbortController();
    const second = await serve({ port: 0, dataDir, signal: ac.signal, log: () => {} });
    try {
      assert.deepEqual(second.localUser, { username: LOCAL_USER, created: false });
      assert.doesNotMatch(startBanner(second).join("\n"), /[0-9a-f]{40}/, "no key printed");
      assert.match(
        startBanner(second).join("\n"),
        /(?:wandb-ts|deno run -A jsr:@wandb\/ts\/cli) server user create NAME/,
      );
      const res = await fileStream(second.url, key, "run1", 1);
      assert.equal(res.status, 200);
      await res.body?.cancel();
      assert.equal(second.store.getRun(LOCAL_USER, "proj", "run1")?.historyLineCount, 2);
      const getUrl = await signedStorageUrl(
        Uint8Array.from(
          Deno.readTextFileSync(join(dataDir, SECRET_FILE)).trim().match(/../g)!,
          (h) => parseInt(h, 16),
        ),
        "GET",
        LOCAL_USER,
        "proj",
        "run1",
        "a.txt",
        60,
      );
      const down = await fetch(`${second.url}${getUrl}`);
      assert.equal(await down.text(), "hello", "same secret and files after restart");
      assert.equal(second.store.query("SELECT count(*) AS n FROM users")[0]?.n, 1);
    } finally {
      ac.abort();
      await second.finished;
    }
  } finally {
    Deno.removeSync(join(dataDir, "..", ".."), { recursive: true });
  }
});

Deno.test("serve: a data directory that cannot be written fails with one typed line naming it", async () => {
  const root = Deno.makeTempDirSync({ prefix: "serve_test_" });
  try {
    const blocker = join(root, "not-a-dir");
    Deno.writeTextFileSync(blocker, "");
    const dataDir = join(blocker, "data");
    await assert.rejects(
      () => serve({ port: 0, dataDir, log: () => {} }),
      (e: unknown) => {
        assert.ok(e instanceof ServeError);
        assert.equal(e.code, "serve/data-dir");
        assert.ok(e.message.includes(dataDir));
        assert.match(e.message, /--data/);
        assert.ok(!e.message.includes("\n"));
        return true;
      },
    );
  } finally {
    Deno.removeSync(root, { recursive: true });
  }
});

Deno.test("serve: a busy port fails with a typed serve/listen error", async () => {
  const root = Deno.makeTempDirSync({ prefix: "serve_test_" });
  const first = await serve({ port: 0, dataDir: join(root, "a"), log: () => {} });
  try {
    await assert.rejects(
      () => serve({ port: first.addr.port, dataDir: join(root, "b"), log: () => {} }),
      (e: unknown) => e instanceof ServeError && e.code === "serve/listen",
    );
  } finally {
    await first.shutdown();
    Deno.removeSync(root, { recursive: true });
  }
});

Deno.test("serve: the crash sweep marks a run with stopped heartbeats crashed, not a live one", async () => {
  const root = Deno.makeTempDirSync({ prefix: "serve_test_" });
  const logs: string[] = [];
  const server = await serve({
    port: 0,
    dataDir: root,
    crashAfterSeconds: 0.5,
    crashSweepSeconds: 0.02,
    log: (m) => logs.push(m),
  });
  try {
    const key = server.localUser.apiKey!;
    const post = async (run: string, step: number) => {
      const res = await fileStream(server.url, key, run, step);
      assert.equal(res.status, 200);
      await res.body?.cancel();
    };
    await post("silent", 0);
    const started = Date.now();
    let step = 0;
    while (server.store.getRun(LOCAL_USER, "proj", "silent")?.state !== "crashed") {
      // (A deadline far beyond the 0.5 s it needs, for loaded machines: not a timing check.)
      assert.ok(
        Date.now() - started < 30_000,
        "the sweep did not mark the run crashed within 30 s",
      );
      await post("live", step++); // the live run keeps beating every ~40 ms
      await new Promise((r) => setTimeout(r, 40));
    }
    assert.ok(Date.now() - started >= 450, "not crashed before crashAfterSeconds");
    assert.equal(server.store.getRun(LOCAL_USER, "proj", "live")?.state, "running");
    assert.ok(logs.some((l) => /marked 1 run\(s\) crashed/.test(l)), logs.join("\n"));
  } finally {
    await server.shutdown();
    Deno.removeSync(root, { recursive: true });
  }
});

Deno.test("serve: one call serves GraphQL and the web UI as well as file_stream and storage", async () => {
  const root = Deno.makeTempDirSync({ prefix: "serve_test_" });
  const server = await serve({ port: 0, dataDir: root, log: () => {} });
  try {
    const key = server.localUser.apiKey!;
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { ...auth(key), "content-type": "application/json" },
      body: JSON.stringify({ query: "query Viewer { viewer { username } }" }),
    });
    assert.deepEqual(await res.json(), { data: { viewer: { username: LOCAL_USER } } });
    const page = await fetch(`${server.url}/`, { headers: auth(key) });
    assert.equal(page.status, 200);
    assert.match(page.headers.get("content-type") ?? "", /text\/html/);
    await page.body?.cancel();
  } finally {
    await server.shutdown();
    Deno.removeSync(root, { recursive: true });
  }
});
