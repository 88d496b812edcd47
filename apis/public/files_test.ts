import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { Api } from "./api.ts";
import { ApiError, CommError } from "./errors.ts";
import { rejection } from "../../tests/_assert.ts";
import type { DownloadProgress } from "./files.ts";
import { withServer } from "./_test_server.ts";

function md5(bytes: Uint8Array): string {
  return createHash("md5").update(bytes).digest("base64");
}

async function localFiles(): Promise<{ dir: string; files: Record<string, Uint8Array> }> {
  const dir = await Deno.makeTempDir({ prefix: "wandb-apis-files-" });
  const files: Record<string, Uint8Array> = {
    "a.txt": new TextEncoder().encode("hello\n"),
    "b.json": new TextEncoder().encode('{"x": 1}'),
    "sub/big.bin": crypto.getRandomValues(new Uint8Array(65536)).map((b, i) => b ^ i),
    "sub/c.txt": new TextEncoder().encode("c"),
    "z.yaml": new TextEncoder().encode("k: v\n"),
  };
  for (const [name, bytes] of Object.entries(files)) {
    await Deno.mkdir(`${dir}/up/${name}`.replace(/\/[^/]+$/, ""), { recursive: true });
    await Deno.writeFile(`${dir}/up/${name}`, bytes);
  }
  return { dir, files };
}

Deno.test("run.uploadFile() stores files named relative to root; run.files() pages through them", async () => {
  await withServer(async (t) => {
    const { dir, files } = await localFiles();
    try {
      await t.upsertRun("demo", "f1", {});
      const run = await t.api().run("alice/demo/f1");
      for (const name of Object.keys(files)) {
        const f = await run.uploadFile(`${dir}/up/${name}`, `${dir}/up`);
        assert.equal(f.name, name);
        assert.equal(f.size, files[name]!.length);
        assert.equal(f.md5, md5(files[name]!));
        assert.match(f.updatedAt ?? "", /^\d{4}-/);
      }
      const listing = run.files({ perPage: 2 });
      const names = (await listing.toArray()).map((f) => f.name);
      assert.deepEqual(names, Object.keys(files).sort());
      assert.equal(listing.pagesLoaded, 3);
      assert.equal(listing.length, 5, "fileCount");
      const some = await run.files({ names: ["b.json", "missing.txt", "a.txt"] }).toArray();
      assert.deepEqual(some.map((f) => f.name), ["b.json", "a.txt"]);
      const one = await run.file("sub/c.txt");
      assert.equal(one.mimetype, "text/plain");
      assert.equal(String(one), "<File sub/c.txt (1 bytes)>");
      await assert.rejects(
        run.file("nope.txt"),
        (e: unknown) =>
          e instanceof ApiError && e.code === "api/not-found" && e.message.includes("nope.txt"),
      );
      await assert.rejects(
        run.uploadFile(`${dir}/up/a.txt`, `${dir}/up/sub`),
        (e: unknown) => e instanceof ApiError && e.code === "api/bad-argument",
      );
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  });
});

Deno.test("file.download() writes the bytes, refuses to overwrite unless replace, and reports progress", async () => {
  await withServer(async (t) => {
    const { dir, files } = await localFiles();
    try {
      await t.upsertRun("demo", "dl", {});
      const run = await t.api().run("alice/demo/dl");
      await run.uploadFile(`${dir}/up/sub/big.bin`, `${dir}/up`);
      const file = await run.file("sub/big.bin");
      const progress: DownloadProgress[] = [];
      const path = await file.download(`${dir}/out`, { progress: (p) => progress.push(p) });
      assert.equal(path, `${dir}/out/sub/big.bin`);
      assert.deepEqual(await Deno.readFile(path), files["sub/big.bin"]);
      assert.ok(progress.length >= 1);
      assert.equal(progress.at(-1)!.bytes, 65536);
      assert.equal(progress.at(-1)!.total, 65536);
      assert.ok(progress.every((p, i) => i === 0 || p.bytes >= progress[i - 1]!.bytes));

      await Deno.writeTextFile(path, "local edit");
      await assert.rejects(file.download(`${dir}/out`), (e: unknown) => {
        assert.ok(e instanceof ApiError && e.code === "api/file-exists", String(e));
        assert.match(e.message, /replace: true/);
        return true;
      });
      assert.equal(await Deno.readTextFile(path), "local edit", "left untouched");
      assert.equal(await file.download(`${dir}/out`, { existOk: true }), path);
      assert.equal(await Deno.readTextFile(path), "local edit");
      await file.download(`${dir}/out`, { replace: true, progress: false });
      assert.deepEqual(await Deno.readFile(path), files["sub/big.bin"]);
      const left = [...Deno.readDirSync(`${dir}/out/sub`)].map((e) => e.name);
      assert.deepEqual(left, ["big.bin"], "no temporary files left");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  });
});

Deno.test("file.download() refuses bytes whose MD5 differs from the server's and leaves nothing", async () => {
  await withServer(async (t) => {
    const { dir } = await localFiles();
    try {
      await t.upsertRun("demo", "md5", {});
      const run = await t.api().run("alice/demo/md5");
      await run.uploadFile(`${dir}/up/a.txt`, `${dir}/up`);
      // Corrupt the stored copy behind the server's back.
      const stored = t.store.query("SELECT path FROM files WHERE name = 'a.txt'")[0]!.path;
      await Deno.writeTextFile(`${t.dir}/files/${stored}`, "HELLO\n");
      const file = await run.file("a.txt");
      await assert.rejects(
        file.download(`${dir}/out`),
        (e: unknown) => e instanceof ApiError && e.code === "api/md5-mismatch",
      );
      assert.deepEqual([...Deno.readDirSync(`${dir}/out`)], []);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  });
});

Deno.test("run.files() of a missing run is api/not-found", async () => {
  await withServer(async (t) => {
    await t.upsertRun("demo", "x", {});
    const run = await t.api().run("alice/demo/x");
    await run.delete();
    await assert.rejects(
      run.files().toArray(),
      (e: unknown) => e instanceof ApiError && e.code === "api/not-found",
    );
  });
});

/**
 * A scripted server for one run `me/demo/r1` with one file `a.txt` whose download and upload URL
 * is `/stall`: GET sends 2 bytes then nothing, PUT never answers, until disposed.
 */
function stallingServer(uploadUrl: string | null) {
  const release = Promise.withResolvers<void>();
  const ac = new AbortController();
  const node = {
    id: "f1",
    name: "a.txt",
    url: "/stall",
    sizeBytes: 5,
    md5: null,
    updatedAt: "2026-01-01T00:00:00",
  };
  const answers: Record<string, unknown> = {
    Run: { project: { run: { id: "R1", name: "r1" } } },
    RunFiles: {
      project: {
        run: {
          fileCount: 1,
          files: {
            edges: [{ node, cursor: "c" }],
            pageInfo: { endCursor: "c", hasNextPage: false },
          },
        },
      },
    },
    CreateRunFiles: {
      createRunFiles: { runID: "R1", uploadHeaders: [], files: [{ name: "a.txt", uploadUrl }] },
    },
  };
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen() {} },
    async (req) => {
      if (req.method === "POST") {
        const { query } = await req.json() as { query: string };
        const op = /(?:query|mutation) (\w+)/.exec(query)![1]!;
        return Response.json({ data: answers[op] });
      }
      await req.body?.cancel();
      if (req.method === "PUT") {
        await release.promise;
        return new Response(null);
      }
      return new Response(
        new ReadableStream({
          async start(c) {
            c.enqueue(new TextEncoder().encode("he"));
            await release.promise;
            c.close();
          },
        }),
      );
    },
  );
  return {
    baseUrl: `http://127.0.0.1:${server.addr.port}`,
    async [Symbol.asyncDispose]() {
      release.resolve();
      ac.abort();
      await server.finished;
    },
  };
}

const stallOptions = {
  apiKey: "k".repeat(40),
  env: {},
  timeout: 0.2,
  retry: { maxRetries: 0, minDelayMs: 1, maxDelayMs: 1 },
};

Deno.test("a stalled download or upload fails after the client's timeout instead of hanging", async () => {
  await using s = stallingServer("/stall");
  const dir = await Deno.makeTempDir({ prefix: "wandb-apis-files-" });
  try {
    const run = await new Api({ baseUrl: s.baseUrl, ...stallOptions }).run("me/demo/r1");
    const file = await run.file("a.txt");
    const down = await rejection<CommError>(file.download(dir));
    assert.ok(down instanceof CommError, String(down));
    assert.equal(down.code, "comm/gave-up");
    assert.match(down.message, /download a\.txt/);
    assert.equal((down.cause as CommError).code, "comm/network", "the body broke off");
    assert.deepEqual([...Deno.readDirSync(dir)], [], "no partial file is left");
    await Deno.writeTextFile(`${dir}/a.txt`, "hello");
    const up = await rejection<CommError>(run.uploadFile(`${dir}/a.txt`, dir));
    assert.ok(up instanceof CommError, String(up));
    assert.equal(up.code, "comm/gave-up");
    assert.equal((up.cause as CommError).code, "comm/timeout");
    assert.match(up.message, /upload a\.txt/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("run.uploadFile() fails with api/no-upload-url naming the file when the server gives no URL", async () => {
  await using s = stallingServer(null);
  const dir = await Deno.makeTempDir({ prefix: "wandb-apis-files-" });
  try {
    const run = await new Api({ baseUrl: s.baseUrl, ...stallOptions }).run("me/demo/r1");
    await Deno.writeTextFile(`${dir}/a.txt`, "hello");
    const err = await rejection<ApiError>(run.uploadFile(`${dir}/a.txt`, dir));
    assert.ok(err instanceof ApiError, String(err));
    assert.equal(err.code, "api/no-upload-url");
    assert.match(err.message, /no upload URL for a\.txt in run me\/demo\/r1/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
