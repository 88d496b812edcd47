import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { Store } from "./store/mod.ts";
import { createHandler } from "./handler.ts";
import { signPath } from "./signed_url.ts";
import {
  contentTypeOf,
  parseStoragePath,
  signedStorageUrl,
  storagePath,
  storageRoutes,
  UPLOADS_TMP_DIR,
} from "./storage.ts";
import { HttpError } from "./http_error.ts";

const T0 = new Date("2026-01-01T00:00:00Z");

function setup(maxBodyBytes = 1024) {
  const root = Deno.makeTempDirSync({ prefix: "storage_test_" });
  const filesDir = join(root, "files");
  const store = Store.open(":memory:");
  const alice = store.createUser("alice");
  const bob = store.createUser("bob");
  store.upsertRun("alice", "proj", "run1", { state: "running" });
  const secret = new TextEncoder().encode("test-secret-0123456789abcdef");
  let now = T0;
  const handle = createHandler({
    store,
    filesDir,
    secret,
    maxBodyBytes,
    routes: storageRoutes,
    now: () => now,
  });
  const sign = (method: "GET" | "PUT", name: string, ttl = 60) =>
    signedStorageUrl(secret, method, "alice", "proj", "run1", name, ttl, now);
  const put = (url: string, body: BodyInit | null, headers: HeadersInit = {}) =>
    handle(new Request(`http://local${url}`, { method: "PUT", body, headers }));
  const get = (url: string, headers: HeadersInit = {}) =>
    handle(new Request(`http://local${url}`, { headers }));
  const basic = (key: string) => ({ authorization: `Basic ${btoa(`api:${key}`)}` });
  const cleanup = () => {
    store.close();
    Deno.removeSync(root, { recursive: true });
  };
  return {
    root,
    filesDir,
    store,
    alice,
    bob,
    secret,
    handle,
    sign,
    put,
    get,
    basic,
    cleanup,
    setNow: (d: Date) => (now = d),
  };
}

async function errorOf(res: Response): Promise<{ status: number; code: string; message: string }> {
  const body = await res.json();
  return { status: res.status, code: body.errors[0].code, message: body.errors[0].message };
}

function md5b64(bytes: Uint8Array): string {
  return createHash("md5").update(bytes).digest("base64");
}

Deno.test("a signed PUT stores a nested file with size and base64 MD5; a signed GET streams it back", async () => {
  const t = setup();
  try {
    const bytes = new Uint8Array(700).map((_, i) => (i * 7) % 256);
    const res = await t.put(await t.sign("PUT", "media/images/a.png"), bytes);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), {
      name: "media/images/a.png",
      size: 700,
      md5: md5b64(bytes),
    });
    const onDisk = join(t.filesDir, "alice", "proj", "run1", "media", "images", "a.png");
    assert.deepEqual(Deno.readFileSync(onDisk), bytes);
    const run = t.store.getRun("alice", "proj", "run1")!;
    const rec = t.store.getFile(run.id, "media/images/a.png")!;
    assert.equal(rec.size, 700);
    assert.equal(rec.md5, md5b64(bytes));
    assert.equal(rec.path, "alice/proj/run1/media/images/a.png");
    assert.deepEqual(Deno.readDirSync(join(t.filesDir, UPLOADS_TMP_DIR)).toArray(), []);

    const down = await t.get(await t.sign("GET", "media/images/a.png"));
    assert.equal(down.status, 200);
    assert.equal(down.headers.get("content-type"), "image/png");
    assert.equal(down.headers.get("content-length"), "700");
    assert.equal(down.headers.get("content-md5"), md5b64(bytes));
    assert.deepEqual(new Uint8Array(await down.arrayBuffer()), bytes);

    // A second upload replaces the file and its record.
    const again = await t.put(await t.sign("PUT", "media/images/a.png"), "xyz");
    assert.equal(again.status, 200);
    await again.body?.cancel();
    assert.equal(t.store.getFile(run.id, "media/images/a.png")!.size, 3);
    assert.equal(Deno.readTextFileSync(onDisk), "xyz");
  } finally {
    t.cleanup();
  }
});

Deno.test("PUT with an expired, forged, missing or other-path signature is 403 and writes nothing", async () => {
  const t = setup();
  try {
    const expired = await t.sign("PUT", "config.yaml", 60);
    const forged = (await t.sign("PUT", "config.yaml")).replace(
      /sig=(.)/,
      (_, c) => `sig=${c === "0" ? "1" : "0"}`,
    );
    const otherKey = await signPath(
      new TextEncoder().encode("another secret"),
      "PUT",
      storagePath("alice", "proj", "run1", "config.yaml"),
      60,
      T0,
    );
    const otherPath = (await t.sign("PUT", "other.yaml")).replace("other.yaml", "config.yaml");
    const getUrl = await t.sign("GET", "config.yaml");
    const cases: [string, string, string][] = [
      [expired, "storage/expired", "expired"],
      [forged, "storage/bad-signature", "invalid"],
      [otherKey, "storage/bad-signature", "invalid"],
      [otherPath, "storage/bad-signature", "invalid"],
      [getUrl, "storage/bad-signature", "invalid"],
      [storagePath("alice", "proj", "run1", "config.yaml"), "storage/bad-signature", "missing"],
    ];
    for (const [url, code, word] of cases) {
      t.setNow(url === expired ? new Date(T0.getTime() + 61_000) : T0);
      const e = await errorOf(await t.put(url, "lr: 0.1\n"));
      assert.equal(e.status, 403, url);
      assert.equal(e.code, code, url);
      assert.match(e.message, new RegExp(word), url);
    }
    // Basic auth does not authorise an upload.
    const unsigned = await t.put(
      storagePath("alice", "proj", "run1", "config.yaml"),
      "x",
      t.basic(t.alice.apiKey),
    );
    assert.equal(unsigned.status, 403);
    await unsigned.body?.cancel();
    const run = t.store.getRun("alice", "proj", "run1")!;
    assert.equal(t.store.getFile(run.id, "config.yaml"), undefined);
    assert.throws(() => Deno.statSync(join(t.filesDir, "alice", "proj", "run1", "config.yaml")));
  } finally {
    t.cleanup();
  }
});

Deno.test("GET: owner's Basic auth works; another user 403; no auth 401; expired or forged URL 403", async () => {
  const t = setup();
  try {
    const up = await t.put(await t.sign("PUT", "output.log"), "line 1\nline 2\n");
    assert.equal(up.status, 200);
    await up.body?.cancel();
    const plain = storagePath("alice", "proj", "run1", "output.log");

    const own = await t.get(plain, t.basic(t.alice.apiKey));
    assert.equal(own.status, 200);
    assert.equal(own.headers.get("content-type"), "text/plain; charset=utf-8");
    assert.equal(await own.text(), "line 1\nline 2\n");

    const other = await errorOf(await t.get(plain, t.basic(t.bob.apiKey)));
    assert.deepEqual([other.status, other.code], [403, "auth/entity"]);
    const none = await errorOf(await t.get(plain));
    assert.deepEqual([none.status, none.code], [401, "auth/missing"]);
    const wrong = await errorOf(await t.get(plain, t.basic("0".repeat(40))));
    assert.deepEqual([wrong.status, wrong.code], [401, "auth/invalid-key"]);

    const signed = await t.sign("GET", "output.log", 60);
    const forged = signed.replace(/sig=[0-9a-f]{4}/, "sig=ffff");
    t.setNow(new Date(T0.getTime() + 61_000));
    const expired = await errorOf(await t.get(signed));
    assert.deepEqual([expired.status, expired.code], [403, "storage/expired"]);
    t.setNow(T0);
    const bad = await errorOf(await t.get(forged));
    assert.deepEqual([bad.status, bad.code], [403, "storage/bad-signature"]);
    // An expired URL plus the owner's key still downloads (clients send Basic auth on downloads).
    t.setNow(new Date(T0.getTime() + 61_000));
    const withKey = await t.get(signed, t.basic(t.alice.apiKey));
    assert.equal(await withKey.text(), "line 1\nline 2\n");
    const withOtherKey = await t.get(signed, t.basic(t.bob.apiKey));
    assert.equal(withOtherKey.status, 403);
    await withOtherKey.body?.cancel();

    const missing = await errorOf(
      await t.get(storagePath("alice", "proj", "run1", "nope.txt"), t.basic(t.alice.apiKey)),
    );
    assert.deepEqual([missing.status, missing.code], [404, "storage/not-found"]);
  } finally {
    t.cleanup();
  }
});

Deno.test("an upload over the limit is 413, declared or streamed, and leaves no file or record", async () => {
  const t = setup(1024);
  try {
    const declared = await errorOf(
      await t.put(await t.sign("PUT", "big.bin"), new Uint8Array(1025)),
    );
    assert.deepEqual([declared.status, declared.code], [413, "body/too-large"]);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent >= 4096) return c.close();
        sent += 256;
        c.enqueue(new Uint8Array(256));
      },
    });
    const streamed = await errorOf(await t.put(await t.sign("PUT", "big.bin"), stream));
    assert.deepEqual([streamed.status, streamed.code], [413, "body/too-large"]);
    assert.ok(sent < 4096, "reading stopped at the limit");
    const exact = await t.put(await t.sign("PUT", "exact.bin"), new Uint8Array(1024));
    assert.equal(exact.status, 200);
    await exact.body?.cancel();
    const run = t.store.getRun("alice", "proj", "run1")!;
    assert.deepEqual(t.store.listFiles(run.id).edges.map((e) => e.node.name), ["exact.bin"]);
    assert.deepEqual(Deno.readDirSync(join(t.filesDir, UPLOADS_TMP_DIR)).toArray(), []);
    assert.throws(() => Deno.statSync(join(t.filesDir, "alice", "proj", "run1", "big.bin")));
  } finally {
    t.cleanup();
  }
});

Deno.test("PUT to a run that does not exist is 404; a file/folder name clash is 409", async () => {
  const t = setup();
  try {
    const url = await signedStorageUrl(t.secret, "PUT", "alice", "proj", "ghost", "a.txt", 60, T0);
    const e = await errorOf(await t.put(url, "x"));
    assert.deepEqual([e.status, e.code], [404, "storage/no-run"]);
    const a = await t.put(await t.sign("PUT", "a"), "file");
    assert.equal(a.status, 200);
    await a.body?.cancel();
    const clash = await errorOf(await t.put(await t.sign("PUT", "a/b"), "x"));
    assert.deepEqual([clash.status, clash.code], [409, "storage/conflict"]);
    assert.deepEqual(Deno.readDirSync(join(t.filesDir, UPLOADS_TMP_DIR)).toArray(), []);
  } finally {
    t.cleanup();
  }
});

/** Sends one raw HTTP/1.1 request (path exactly as given, never normalised) and reads it all. */
async function rawRequest(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body = "",
): Promise<{ status: number; body: string }> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  const head = [`${method} ${path} HTTP/1.1`, "Host: 127.0.0.1", "Connection: close"];
  for (const [k, v] of Object.entries(headers)) head.push(`${k}: ${v}`);
  head.push(`Content-Length: ${new TextEncoder().encode(body).length}`);
  await conn.write(new TextEncoder().encode(head.join("\r\n") + "\r\n\r\n" + body));
  const text = await new Response(conn.readable).text();
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
  return { status, body: text.slice(text.indexOf("\r\n\r\n") + 4) };
}

Deno.test("path traversal attempts on the wire are refused with 400 and touch nothing outside", async () => {
  const t = setup();
  const ac = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen() {} },
    t.handle,
  );
  try {
    const secretFile = join(t.root, "secret.txt");
    Deno.writeTextFileSync(secretFile, "top secret");
    const attempts = [
      "/storage/alice/proj/run1/../../secret.txt", // raw ..
      "/storage/alice/proj/run1/a/../b.txt", // raw .. inside the run
      "/storage/alice/proj/run1/./b.txt", // raw .
      "/storage/alice/proj/run1/%2e%2e/%2e%2e/secret.txt", // encoded ..
      "/storage/alice/proj/run1/.%2E/x", // mixed encoded ..
      "/storage/alice/proj/run1/..%2f..%2f..%2f..%2fsecret.txt", // encoded slash
      "/storage/alice/proj/run1/%2fetc%2fpasswd", // absolute, encoded
      "/storage/alice/proj/run1//etc/passwd", // absolute via empty segment
      "/storage/alice/proj/run1/a//b", // empty segment
      "/storage/alice/proj/run1/", // empty name
      "/storage/alice/proj/run1/..%5c..%5csecret.txt", // encoded backslash
      "/storage/alice/proj/run1/a\\..\\b", // raw backslash
      "/storage/alice/proj/run1/a%00.txt", // NUL
      "/storage/alice/proj/run1/%252e%252e/x", // double-encoded ..
      "/storage/alice/proj/run1/%zz", // malformed escape
      "/storage/alice/%2e%2e/run1/x", // traversal in the project segment
      "/storage/alice/proj/.uploads/x", // reserved name
    ];
    for (const path of attempts) {
      for (const method of ["PUT", "GET"]) {
        const headers = method === "GET" ? t.basic(t.alice.apiKey) : {};
        const res = await rawRequest(server.addr.port, method, path, headers, "pwned");
        assert.equal(res.status, 400, `${method} ${path}: ${res.body}`);
        assert.match(res.body, /"code":"(storage|http)\/bad-path"/, `${method} ${path}`);
      }
    }
    // Dots that lead out of /storage altogether reach no route at all (URL normalisation).
    for (
      const path of ["/storage/../../secret.txt", "/storage/a/p/r/%2e%2e/%2e%2e/%2e%2e/%2e%2e/x"]
    ) {
      const out = await rawRequest(server.addr.port, "PUT", path, {}, "pwned");
      assert.equal(out.status, 404, path);
    }
    assert.equal(Deno.readTextFileSync(secretFile), "top secret");
    assert.deepEqual(
      Deno.readDirSync(t.root).map((e) => e.name).toArray().sort(),
      ["secret.txt"],
      "no upload wrote anything (the files dir was never even created)",
    );
  } finally {
    ac.abort();
    await server.finished;
    t.cleanup();
  }
});

Deno.test("parseStoragePath decodes names with slashes and names the bad segment", () => {
  assert.deepEqual(parseStoragePath("/storage/me/p/r/media/a%20b.png"), {
    entity: "me",
    project: "p",
    run: "r",
    name: "media/a b.png",
  });
  const msg = (raw: string) => {
    try {
      parseStoragePath(raw);
    } catch (e) {
      assert.ok(e instanceof HttpError && e.status === 400);
      return e.message;
    }
    assert.fail(`accepted ${raw}`);
  };
  assert.match(msg("/storage/me/p/r/%zz"), /percent-encoding.*%zz/);
  assert.match(msg("/storage/me/p/r"), /needs/);
  assert.match(msg("/files/me/p/r/x"), /must start/);
  assert.match(msg("/storage/me/p/r/a%0a"), /control/);
  assert.equal(storagePath("a b", "p", "r", "x/y?.txt"), "/storage/a%20b/p/r/x/y%3F.txt");
  assert.equal(contentTypeOf("wandb-summary.json"), "application/json");
  assert.equal(contentTypeOf("Makefile"), "application/octet-stream");
  assert.equal(contentTypeOf(".yaml"), "application/octet-stream");
});
