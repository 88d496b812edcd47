import assert from "node:assert/strict";
import { CommError } from "./errors.ts";
import { httpRequest } from "./http.ts";
import { rejection } from "../tests/_assert.ts";

Deno.test("httpRequest: idleTimeoutMs lets a slow but moving body through and stops a stalled one", async () => {
  const release = Promise.withResolvers<void>();
  const ac = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen() {} },
    async (req) => {
      if (req.method === "PUT") {
        await release.promise; // never answers while the test runs
        return new Response(null);
      }
      return new Response(
        new ReadableStream({
          async start(c) {
            // 6 chunks 60 ms apart: 300 ms in all, more than the 150 ms idle timeout.
            for (let i = 0; i < 6; i++) {
              c.enqueue(new TextEncoder().encode(String(i)));
              await new Promise((r) => setTimeout(r, 60));
            }
            if (new URL(req.url).pathname === "/stall") await release.promise;
            c.close();
          },
        }),
      );
    },
  );
  const base = `http://127.0.0.1:${server.addr.port}`;
  try {
    const res = await httpRequest("get", `${base}/slow`, {}, { idleTimeoutMs: 150 });
    assert.equal(await res.text(), "012345");
    const stalled = await httpRequest("get", `${base}/stall`, {}, { idleTimeoutMs: 150 });
    const err = await rejection(stalled.text());
    assert.equal((err as Error).name, "TimeoutError", String(err));
    const refused = await rejection<CommError>(
      httpRequest("put", `${base}/x`, {
        method: "PUT",
        body: new ReadableStream({
          start(c) {
            c.enqueue(new Uint8Array(1)); // then nothing more
          },
        }),
      }, { idleTimeoutMs: 150 }),
    );
    assert.ok(refused instanceof CommError, String(refused));
    assert.equal(refused.code, "comm/timeout");
    assert.match(refused.message, /^put http:\/\/127\.0\.0\.1:\d+\/x timed out after 0\.15 s$/);
  } finally {
    release.resolve();
    ac.abort();
    await server.finished;
  }
});
