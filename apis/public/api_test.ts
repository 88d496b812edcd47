import assert from "node:assert/strict";
import { Api } from "./api.ts";
import { ApiError, CommError } from "./errors.ts";
import { withServer } from "./_test_server.ts";
import { rejection } from "../../tests/_assert.ts";

Deno.test("new Api() refuses to start without a key, naming where keys come from", () => {
  assert.throws(() => new Api({ baseUrl: "http://127.0.0.1:9", env: {} }), (e: unknown) => {
    assert.ok(e instanceof ApiError);
    assert.equal(e.code, "api/no-api-key");
    assert.match(e.message, /WANDB_API_KEY/);
    return true;
  });
});

Deno.test("new Api() takes the explicit key over WANDB_API_KEY, and the URL from WANDB_BASE_URL", async () => {
  await withServer(async (t) => {
    const api = new Api({
      apiKey: t.aliceKey,
      env: { WANDB_API_KEY: t.bobKey, WANDB_BASE_URL: t.baseUrl + "/" },
    });
    assert.equal(api.baseUrl, t.baseUrl);
    assert.equal((await api.viewer).entity, "alice");
    const fromEnv = new Api({ env: { WANDB_API_KEY: t.bobKey, WANDB_BASE_URL: t.baseUrl } });
    assert.equal((await fromEnv.viewer).username, "bob");
  });
});

Deno.test("Api reads its key from netrc when the environment has none", async () => {
  await withServer(async (t) => {
    const home = await Deno.makeTempDir();
    try {
      const host = new URL(t.baseUrl).host;
      await Deno.writeTextFile(
        `${home}/.netrc`,
        `machine ${host.split(":")[0]}\n  login user\n  password ${t.aliceKey}\n`,
      );
      await Deno.chmod(`${home}/.netrc`, 0o600);
      const api = new Api({ baseUrl: t.baseUrl, env: { HOME: home } });
      assert.equal(await api.defaultEntity, "alice");
    } finally {
      await Deno.remove(home, { recursive: true });
    }
  });
});

Deno.test("new Api() takes base_url from the settings file and the key from netrc, as after `login --host`", async () => {
  await withServer(async (t) => {
    const home = await Deno.makeTempDir();
    try {
      // What `deno task wandb login --host <url> <key>` leaves behind.
      await Deno.mkdir(`${home}/config`);
      await Deno.writeTextFile(`${home}/config/settings`, `[default]\nbase_url = ${t.baseUrl}\n`);
      await Deno.writeTextFile(
        `${home}/.netrc`,
        `machine 127.0.0.1\n  login user\n  password ${t.aliceKey}\n`,
      );
      await Deno.chmod(`${home}/.netrc`, 0o600);
      const env = { HOME: home, WANDB_CONFIG_DIR: `${home}/config` };
      const api = new Api({ env });
      assert.equal(api.baseUrl, t.baseUrl);
      assert.equal(await api.defaultEntity, "alice");
      // Explicit options still win over the settings file.
      const other = new Api({ env, baseUrl: "http://127.0.0.1:9", apiKey: t.bobKey });
      assert.equal(other.baseUrl, "http://127.0.0.1:9");
      // The settings file's api_key, entity and project are used too (netrc has no entry here).
      await Deno.writeTextFile(
        `${home}/config/settings`,
        `[default]\nbase_url = ${t.baseUrl}\napi_key = ${t.bobKey}\nentity = team\nproject = p\n`,
      );
      await Deno.remove(`${home}/.netrc`);
      const fromFile = new Api({ env });
      assert.equal((await fromFile.viewer).username, "bob");
      assert.equal(await fromFile.defaultEntity, "team");
      assert.equal(fromFile.defaultProject, "p");
    } finally {
      await Deno.remove(home, { recursive: true });
    }
  });
});

Deno.test("api.viewer and api.defaultEntity come from the server; the entity option wins", async () => {
  await withServer(async (t) => {
    const api = t.api();
    const viewer = await api.viewer;
    assert.equal(viewer.entity, "alice");
    assert.equal(viewer.username, "alice");
    assert.equal(viewer.admin, false);
    assert.deepEqual(viewer.flags, {});
    assert.deepEqual(viewer.teams, []);
    assert.equal(await api.defaultEntity, "alice");
    assert.equal(await t.api({ entity: "someone" }).defaultEntity, "someone");
    assert.equal(await t.api({ env: { WANDB_ENTITY: "team" } }).defaultEntity, "team");
    assert.equal(t.api({ env: { WANDB_PROJECT: "p" } }).defaultProject, "p");
    assert.equal(t.api().defaultProject, "uncategorized");
  });
});

Deno.test("api.viewer and api.defaultEntity share one Viewer request until api.flush()", async () => {
  const queries: string[] = [];
  const ac = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen() {} },
    async (req) => {
      queries.push(((await req.json()) as { query: string }).query);
      return Response.json({
        data: { viewer: { id: "1", entity: "me", username: "me", teams: { edges: [] } } },
      });
    },
  );
  try {
    const api = new Api({
      baseUrl: `http://127.0.0.1:${server.addr.port}`,
      apiKey: "k".repeat(40),
      env: {},
    });
    assert.equal((await api.viewer).username, "me");
    assert.equal(await api.defaultEntity, "me");
    assert.equal(queries.length, 1, "one Viewer request for both");
    assert.match(queries[0]!, /^query Viewer/);
    api.flush();
    assert.equal(await api.defaultEntity, "me");
    assert.equal((await api.viewer).entity, "me");
    assert.equal(queries.length, 2, "flush() forgets the viewer once");
  } finally {
    ac.abort();
    await server.finished;
  }
});

Deno.test("a bad key fails with a CommError carrying 401 and the server's message", async () => {
  await withServer(async (t) => {
    const api = t.api({ apiKey: "f".repeat(40) });
    const err = await rejection<CommError>(api.run("alice/demo/r1"));
    assert.ok(err instanceof CommError, String(err));
    assert.equal(err.code, "comm/unauthorized");
    assert.equal(err.status, 401);
    assert.match(err.serverMessage ?? "", /Invalid API key/);
    assert.ok(!err.message.includes("f".repeat(40)), "the key never appears in messages");
    const viewerErr = await rejection<CommError>(api.viewer);
    assert.ok(viewerErr instanceof CommError && viewerErr.status === 401);
  });
});

Deno.test("api.run() resolves short paths with the default entity and project", async () => {
  await withServer(async (t) => {
    await t.upsertRun("uncategorized", "short1", { displayName: "short" });
    await t.upsertRun("demo", "full1", {});
    const api = t.api();
    assert.equal((await api.run("short1")).name, "short");
    assert.deepEqual((await api.run("demo/full1")).path, ["alice", "demo", "full1"]);
    assert.equal((await api.run("alice/demo/runs/full1")).id, "full1");
    assert.equal((await t.api({ project: "demo" }).run("full1")).project, "demo");
    assert.equal(
      (await api.run(`${t.baseUrl}/alice/demo/runs/full1`)).url,
      `${t.baseUrl}/alice/demo/runs/full1`,
    );
  });
});

Deno.test("api.run() rejects a bad path before sending anything, and a missing run is api/not-found", async () => {
  await withServer(async (t) => {
    const api = t.api();
    await assert.rejects(
      api.run("a/b/c/d"),
      (e: unknown) =>
        e instanceof ApiError && e.code === "api/bad-path" && e.message.includes('"a/b/c/d"'),
    );
    await assert.rejects(api.run("alice/demo/nope"), (e: unknown) => {
      assert.ok(e instanceof ApiError && e.code === "api/not-found", String(e));
      assert.match(e.message, /alice\/demo\/nope/);
      return true;
    });
    // Another user's entity looks the same as a missing one.
    await t.upsertRun("demo", "mine", {});
    await assert.rejects(
      t.api({ apiKey: t.bobKey }).run("alice/demo/mine"),
      (e: unknown) => e instanceof ApiError && e.code === "api/not-found",
    );
  });
});

Deno.test("api.run() caches runs until api.flush()", async () => {
  await withServer(async (t) => {
    await t.upsertRun("demo", "c1", { notes: "before" });
    const api = t.api();
    const run = await api.run("alice/demo/c1");
    assert.equal(await api.run("alice/demo/c1"), run);
    const stored = t.store.getRun("alice", "demo", "c1")!;
    t.store.updateRun(stored.id, { notes: "after" });
    assert.equal((await api.run("alice/demo/c1")).notes, "before");
    api.flush();
    const fresh = await api.run("alice/demo/c1");
    assert.notEqual(fresh, run);
    assert.equal(fresh.notes, "after");
  });
});

Deno.test("api.project() reads one project; a missing one is api/not-found", async () => {
  await withServer(async (t) => {
    await t.upsertRun("demo", "p1", {});
    const api = t.api();
    const p = await api.project("demo");
    assert.deepEqual(p.path, ["alice", "demo"]);
    assert.equal((await api.project("alice/demo")).name, "demo");
    assert.equal(await p.runs().count(), 1);
    await assert.rejects(
      api.project("nothing"),
      (e: unknown) => e instanceof ApiError && e.code === "api/not-found",
    );
  });
});

Deno.test("Api retries a 5xx with the shared retry helper, and a stalled server times out", async () => {
  let calls = 0;
  const release = Promise.withResolvers<void>();
  const ac = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen() {} },
    async (req) => {
      await req.text();
      calls++;
      if (req.headers.get("x-test") === "stall") {
        await release.promise;
        return new Response("late");
      }
      if (calls === 1) return new Response("busy", { status: 503 });
      assert.match(req.headers.get("user-agent") ?? "", /^W&B Public Client /);
      return Response.json({ data: { viewer: { id: "1", entity: "flaky" } } });
    },
  );
  try {
    const baseUrl = `http://127.0.0.1:${server.addr.port}`;
    const quick = { maxRetries: 3, minDelayMs: 1, maxDelayMs: 2 };
    const api = new Api({ baseUrl, apiKey: "k".repeat(40), env: {}, retry: quick });
    assert.equal(await api.defaultEntity, "flaky");
    assert.equal(calls, 2, "one 503, then the answer");
    const stalled = new Api({
      baseUrl,
      apiKey: "k".repeat(40),
      timeout: 0.2,
      retry: { ...quick, maxRetries: 0 },
      env: { WANDB__EXTRA_HTTP_HEADERS: '{"x-test": "stall"}' },
    });
    const err = await rejection<CommError>(stalled.viewer);
    assert.ok(err instanceof CommError, String(err));
    assert.equal(err.code, "comm/gave-up");
    assert.equal((err.cause as CommError).code, "comm/timeout");
  } finally {
    release.resolve();
    ac.abort();
    await server.finished;
  }
});
