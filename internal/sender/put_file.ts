/**
 * `putFile`: a `PUT` of a file streamed from disk through `node:http(s)`. Deno's `fetch` with a
 * `ReadableStream` body sends ~11–18 MB/s on loopback here whatever the chunk size (a whole
 * `Uint8Array` body ~85 MB/s, but that holds the file in memory); `node:http` piping a file
 * stream sends ~190 MB/s, as `curl -T` does (bench `artifacts`). So the sender uploads large
 * artifact files with it, in 1 MiB reads, never holding the file.
 *
 * @example
 * ```ts ignore
 * await putFile("upload big.bin", url, {}, "/data/big.bin", size, { signal });
 * ```
 * @module
 */
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { createReadStream } from "node:fs";
import { CommError, fetchFailure } from "../../net/mod.ts";

/** Options of {@linkcode putFile}. */
export interface PutFileOptions {
  /** Stops the upload. */
  signal?: AbortSignal;
  /** Fails the upload when no byte moves for this long. @default 120_000 */
  idleTimeoutMs?: number;
}

/**
 * PUTs `size` bytes of the file at `path` to `url`, streamed from disk.
 *
 * @throws {CommError} `comm/network` or `comm/timeout` (retryable), `comm/aborted`, or the status
 * error of {@linkcode CommError.fromStatus} for a non-2xx answer
 */
export function putFile(
  op: string,
  url: string,
  headers: Record<string, string>,
  path: string,
  size: number,
  options: PutFileOptions = {},
): Promise<void> {
  const idleMs = options.idleTimeoutMs ?? 120_000;
  return new Promise<void>((resolve, reject) => {
    const u = new URL(url);
    const request = u.protocol === "https:" ? httpsRequest : httpRequest;
    const file = createReadStream(path, { highWaterMark: 1 << 20 });
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      file.destroy();
      req.destroy();
      options.signal?.removeEventListener("abort", onAbort);
      reject(fetchFailure(op, url, err, { ...options, idleTimeoutMs: idleMs }));
    };
    const onAbort = () => fail(options.signal?.reason ?? new Error("aborted"));
    const req = request(u, {
      method: "PUT",
      headers: { ...headers, "content-length": String(size) },
    }, (res) => {
      const chunks: Uint8Array[] = [];
      res.on("data", (c: Uint8Array) => chunks.length < 64 && chunks.push(c));
      res.on("error", fail);
      res.on("end", () => {
        if (settled) return;
        settled = true;
        options.signal?.removeEventListener("abort", onAbort);
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) return resolve();
        const dec = new TextDecoder();
        const body = chunks.map((c) => dec.decode(c, { stream: true })).join("") + dec.decode();
        const retryAfter = res.headers["retry-after"];
        reject(
          CommError.fromStatus(
            op,
            url,
            status,
            body,
            typeof retryAfter === "string" ? retryAfter : null,
          ),
        );
      });
    });
    req.setTimeout(idleMs, () => {
      const e = new Error(`no progress for ${idleMs} ms`);
      e.name = "TimeoutError";
      fail(e);
    });
    req.on("error", fail);
    file.on("error", fail);
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    file.pipe(req);
  });
}
