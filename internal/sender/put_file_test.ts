import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { CommError } from "../../net/mod.ts";
import { putFile } from "./put_file.ts";

/** A server that hashes each PUT body, or answers 503 with a message for `/busy`. */
async function withServer(fn: (base: string, got: string[]) => Promise<void>): Promise<void> {
  const got: string[] = [];
  const ac = new AbortController();
  const server = Deno.serve(
    { port: 0, hostname: "127.0.0.1", signal: ac.signal, onListen() {} },
    async (req) => {
      if (new URL(req.url).pathname === "/busy") {
        await req.body?.cancel();
        return Response.json({ errors: [{ message: "busy now" }] }, { status: 503 });
      }
      const h = createHash("md5");
      for await (const c of req.body!) h.update(c);
      got.push(`${req.headers.get("content-length")} ${h.digest("hex")} ${req.headers.get("x-a")}`);
      return new Response("ok");
    },
  );
  try {
    await fn(`http://127.0.0.1:${server.addr.port}`, got);
  } finally {
    ac.abort();
    await server.finished;
  }
}

Deno.test("putFile() streams a file of several MiB with its headers and length", async () => {
  const path = await Deno.makeTempFile();
  try {
    const bytes = new Uint8Array(3 * 2 ** 20 + 7).map((_, i) => (i * 31) & 255);
    await Deno.writeFile(path, bytes);
    await withServer(async (base, got) => {
      await putFile("upload f", `${base}/blob`, { "x-a": "1" }, path, bytes.length);
      assert.deepEqual(got, [
        `${bytes.length} ${createHash("md5").update(bytes).digest("hex")} 1`,
      ]);
    });
  } finally {
    await Deno.remove(path);
  }
});

Deno.test("putFile() rejects a 503 with a retryable CommError carrying the server's message", async () => {
  const path = await Deno.makeTempFile();
  try {
    await Deno.writeTextFile(path, "abc");
    await withServer(async (base) => {
      const err = await putFile("upload f", `${base}/busy`, {}, path, 3).catch((e) => e);
      assert.ok(err instanceof CommError);
      assert.equal(err.status, 503);
      assert.equal(err.retryable, true);
      assert.equal(err.serverMessage, "busy now");
    });
  } finally {
    await Deno.remove(path);
  }
});

Deno.test("putFile() rejects a missing file as a network error, without a request", async () => {
  await withServer(async (base, got) => {
    const err = await putFile("upload f", `${base}/blob`, {}, "/nonexistent/x", 3).catch((e) => e);
    assert.ok(err instanceof CommError);
    assert.equal(got.length, 0);
  });
});
