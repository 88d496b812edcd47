import assert from "node:assert/strict";
import { HttpError, readBodyText } from "./http_error.ts";
import { rejection } from "../tests/_assert.ts";

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(
    new CompressionStream("gzip"),
  );
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A request whose body arrives as a stream (no Content-Length). */
function streamed(bytes: Uint8Array, headers: Record<string, string> = {}): Request {
  return new Request("http://x/", {
    method: "POST",
    body: new Blob([bytes as Uint8Array<ArrayBuffer>]).stream(),
    headers,
  });
}

Deno.test("readBodyText: a gzip body is decompressed", async () => {
  const text = JSON.stringify({ files: { "output.log": { offset: 0, content: ["ü\n"] } } });
  const req = streamed(await gzip(new TextEncoder().encode(text)), { "content-encoding": "gzip" });
  assert.equal(await readBodyText(req, 1024), text);
});

Deno.test("readBodyText: a small gzip body that inflates past 4× the limit is refused with 413", async () => {
  const bomb = await gzip(new Uint8Array(64 << 20)); // 64 MiB of zeros: ~64 KiB compressed
  assert.ok(bomb.length < 1 << 20);
  const err = await rejection<HttpError>(
    readBodyText(streamed(bomb, { "content-encoding": "gzip" }), 1 << 20),
  );
  assert.ok(err instanceof HttpError, String(err));
  assert.equal(err.status, 413);
  assert.equal(err.message, `Decompressed request body over ${4 << 20} bytes`);
});

Deno.test("readBodyText: a body that is not gzip but says so is a 400 naming the header", async () => {
  const req = streamed(new TextEncoder().encode("{}"), { "content-encoding": "gzip" });
  const err = await rejection<HttpError>(readBodyText(req, 1024));
  assert.ok(err instanceof HttpError, String(err));
  assert.equal(err.status, 400);
  assert.match(err.message, /not valid gzip \(Content-Encoding: gzip\)/);
});

Deno.test("readBodyText: a streamed body over the limit is a 413", async () => {
  const err = await rejection<HttpError>(readBodyText(streamed(new Uint8Array(2048)), 1024));
  assert.equal(err.status, 413);
  assert.equal(err.message, "Request body over 1024 bytes");
});
