/**
 * Artifact blob storage: every artifact file (and manifest) is stored once, by the hex MD5 of
 * its bytes, under `<filesDir>/.blobs/<first two hex>/<hex>`, so identical files are kept once
 * across versions, runs and projects (server-api.md §9).
 *
 * - `PUT /artifact-blobs/<md5hex>?expires&sig`: an upload, authorised by the signed URL alone
 *   (clients send no auth on uploads); the bytes must hash to `<md5hex>` (else 400), so a blob's
 *   name always matches its content.
 * - `GET /artifact-blobs/<md5hex>?expires&sig`: a `directUrl` download (no auth), or with HTTP
 *   Basic auth.
 * - `PUT /artifact-blobs/<md5hex>/parts/<uploadID>/<n>?expires&sig`: one part of a multipart
 *   upload (files the client splits, 2 GiB and up), answered with the part's hex MD5 as `ETag`;
 *   {@link completeMultipartUpload} (GraphQL `completeMultipartUploadArtifact`) joins the parts
 *   in order and stores the blob if the whole hashes to `<md5hex>`.
 * - `GET /artifactsV2/<region>/<entity>/<birthArtifactID>/<md5hex>` and
 *   `GET /artifacts/<entity>/<md5hex>`: W&B's authenticated fallback download URLs (§0).
 *
 * @example
 * ```ts ignore
 * const url = await signedBlobUrl(secret, "PUT", "5d41402abc4b2a76b9719d911017c592", 3600);
 * await fetch(base + url, { method: "PUT", body: "hello" });
 * ```
 * @module
 */
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { authenticate, requireEntity } from "./auth.ts";
import { HttpError } from "./http_error.ts";
import type { Route, ServerContext } from "./routes.ts";
import { signPath, verifySignedUrl } from "./signed_url.ts";
import { receiveBody, UPLOADS_TMP_DIR, uploadTmpPath, writeAll } from "./storage.ts";

/** Name of the folder under `filesDir` that holds artifact blobs. */
export const BLOBS_DIR = ".blobs";

const HEX_MD5 = /^[0-9a-f]{32}$/;

/**
 * The hex form of a base64 MD5 (W&B's manifest digests), or `undefined` when it is not one.
 *
 * @example
 * ```ts
 * import { md5Hex } from "./artifact_storage.ts";
 * console.assert(md5Hex("XUFAKrxLKna5cZ2REBfFkg==") === "5d41402abc4b2a76b9719d911017c592");
 * ```
 */
export function md5Hex(b64: string): string | undefined {
  let bytes: string;
  try {
    bytes = atob(b64);
  } catch {
    return undefined;
  }
  if (bytes.length !== 16) return undefined;
  return Array.from(bytes, (c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join("");
}

/**
 * Where a blob lives on disk.
 *
 * @example
 * ```ts
 * import { blobPath } from "./artifact_storage.ts";
 * console.assert(blobPath("/d", "ab" + "0".repeat(30)).endsWith("/.blobs/ab/ab" + "0".repeat(30)));
 * ```
 */
export function blobPath(filesDir: string, hex: string): string {
  if (!HEX_MD5.test(hex)) throw new TypeError(`Not a hex MD5: ${JSON.stringify(hex)}`);
  return join(resolve(filesDir), BLOBS_DIR, hex.slice(0, 2), hex);
}

/**
 * A signed, expiring URL path (with query) to upload (`PUT`) or download (`GET`) a blob.
 *
 * @example
 * ```ts
 * import { signedBlobUrl } from "./artifact_storage.ts";
 * const url = await signedBlobUrl(new Uint8Array(32), "GET", "0".repeat(32), 60);
 * console.assert(url.startsWith("/artifact-blobs/" + "0".repeat(32) + "?expires="));
 * ```
 */
export function signedBlobUrl(
  secret: Uint8Array,
  method: "GET" | "PUT",
  hex: string,
  ttlSeconds: number,
  now: Date = new Date(),
): Promise<string> {
  return signPath(secret, method, `/artifact-blobs/${hex}`, ttlSeconds, now);
}

const UPLOAD_ID = /^[0-9a-f-]{36}$/;

/**
 * A signed, expiring URL path to `PUT` part `part` of multipart upload `uploadId` of a blob.
 *
 * @example
 * ```ts
 * import { signedPartUrl } from "./artifact_storage.ts";
 * const id = crypto.randomUUID();
 * const url = await signedPartUrl(new Uint8Array(32), "0".repeat(32), id, 1, 60);
 * console.assert(url.includes(`/parts/${id}/1?expires=`));
 * ```
 */
export function signedPartUrl(
  secret: Uint8Array,
  hex: string,
  uploadId: string,
  part: number,
  ttlSeconds: number,
  now: Date = new Date(),
): Promise<string> {
  return signPath(
    secret,
    "PUT",
    `/artifact-blobs/${hex}/parts/${uploadId}/${part}`,
    ttlSeconds,
    now,
  );
}

function partsDir(filesDir: string, uploadId: string): string {
  if (!UPLOAD_ID.test(uploadId)) {
    throw new HttpError(400, "storage/bad-upload-id", `"${uploadId}" is not an upload id`);
  }
  return join(resolve(filesDir), UPLOADS_TMP_DIR, `mp-${uploadId}`);
}

/** A multipart upload could not be completed: what was wrong, and the fix. */
export class MultipartError extends Error {
  override name = "MultipartError";
  /** Stable error code. */
  readonly code = "storage/multipart";
}

/**
 * Joins the uploaded parts of `uploadId` in part-number order into the blob `hex`, checking each
 * part against its `hexMD5` (the ETag the part upload answered, quotes allowed) and the whole
 * against `hex`; records the blob and removes the parts. A blob already stored just drops them.
 *
 * @returns the blob's size
 * @throws {MultipartError} naming a missing or mismatched part, or a whole that does not hash to
 * `hex`
 */
export async function completeMultipartUpload(
  ctx: Pick<ServerContext, "filesDir" | "store">,
  hex: string,
  uploadId: string,
  parts: readonly { partNumber: number; hexMD5: string }[],
): Promise<number> {
  const dir = partsDir(ctx.filesDir, uploadId);
  const sorted = [...parts].sort((a, b) => a.partNumber - b.partNumber);
  const tmp = join(resolve(ctx.filesDir), UPLOADS_TMP_DIR, crypto.randomUUID());
  const whole = createHash("md5");
  let size = 0;
  const out = await Deno.open(tmp, { write: true, createNew: true, mode: 0o644 });
  let closed = false;
  try {
    for (const p of sorted) {
      let file: Deno.FsFile;
      try {
        file = await Deno.open(join(dir, String(p.partNumber)), { read: true });
      } catch {
        throw new MultipartError(
          `Part ${p.partNumber} of upload ${uploadId} was not uploaded; PUT it to its part URL first`,
        );
      }
      const h = createHash("md5");
      for await (const chunk of file.readable) {
        h.update(chunk);
        whole.update(chunk);
        size += chunk.length;
        await writeAll(out, chunk);
      }
      const want = p.hexMD5.replaceAll('"', "").toLowerCase();
      if (h.digest("hex") !== want) {
        throw new MultipartError(
          `Part ${p.partNumber} of upload ${uploadId} does not have MD5 ${want}; upload it again`,
        );
      }
    }
    out.close();
    closed = true;
    const got = whole.digest("hex");
    if (got !== hex) {
      throw new MultipartError(
        `The joined parts of upload ${uploadId} have MD5 ${got}, not ${hex}; list every part in order`,
      );
    }
    const target = blobPath(ctx.filesDir, hex);
    await Deno.mkdir(join(target, ".."), { recursive: true });
    await Deno.rename(tmp, target);
    ctx.store.artifacts.putBlob(hex, size);
    await Deno.remove(dir, { recursive: true }).catch(() => {});
    return size;
  } finally {
    if (!closed) out.close();
    await Deno.remove(tmp).catch(() => {});
  }
}

async function handlePartPut(
  req: Request,
  params: Record<string, string>,
  ctx: ServerContext,
  limit: number,
): Promise<Response> {
  hexParam(params);
  const part = Number(params.part);
  if (!Number.isInteger(part) || part < 1 || part > 10_000) {
    throw new HttpError(400, "storage/bad-part", `Part number "${params.part}" is not 1 to 10000`);
  }
  const reason = await verifySignedUrl(ctx.secret, "PUT", new URL(req.url), ctx.now());
  if (reason) {
    throw new HttpError(
      403,
      "storage/bad-signature",
      `Part upload URL ${reason}; ask for a new one`,
    );
  }
  const dir = partsDir(ctx.filesDir, params.upload ?? "");
  const tmp = await uploadTmpPath(ctx.filesDir, dir);
  const got = await receiveBody(
    req,
    tmp,
    limit,
    () => new HttpError(413, "body/too-large", `Part is over ${limit} bytes`),
  );
  try {
    await Deno.rename(tmp, join(dir, String(part)));
  } catch (err) {
    await Deno.remove(tmp).catch(() => {});
    throw err;
  }
  return new Response(null, { status: 200, headers: { etag: `"${got.md5Hex}"` } });
}

function hexParam(params: Record<string, string>): string {
  const hex = (params.md5 ?? "").toLowerCase();
  if (!HEX_MD5.test(hex)) {
    throw new HttpError(400, "storage/bad-path", `"${params.md5}" is not a hex MD5`);
  }
  return hex;
}

async function handlePut(
  req: Request,
  params: Record<string, string>,
  ctx: ServerContext,
  limit: number,
): Promise<Response> {
  const hex = hexParam(params);
  const reason = await verifySignedUrl(ctx.secret, "PUT", new URL(req.url), ctx.now());
  if (reason) {
    throw new HttpError(
      403,
      reason === "expired" ? "storage/expired" : "storage/bad-signature",
      `Upload URL ${reason}; ask the server for a new one with createArtifactFiles`,
    );
  }
  const tooLarge = () => new HttpError(413, "body/too-large", `Upload is over ${limit} bytes`);
  if (Number(req.headers.get("content-length") ?? "NaN") > limit) throw tooLarge();
  const tmp = await uploadTmpPath(ctx.filesDir);
  const body = await receiveBody(req, tmp, limit, tooLarge);
  const size = body.size;
  try {
    const got = body.md5Hex;
    if (got !== hex) {
      throw new HttpError(
        400,
        "storage/md5-mismatch",
        `Uploaded bytes have MD5 ${got}, not ${hex}; upload the file the URL was made for`,
      );
    }
    const target = blobPath(ctx.filesDir, hex);
    await Deno.mkdir(join(target, ".."), { recursive: true });
    await Deno.rename(tmp, target);
  } catch (err) {
    await Deno.remove(tmp).catch(() => {});
    throw err;
  }
  ctx.store.artifacts.putBlob(hex, size);
  return new Response(null, { status: 200, headers: { etag: `"${hex}"` } });
}

async function serveBlob(hex: string, ctx: ServerContext): Promise<Response> {
  const notFound = () =>
    new HttpError(404, "storage/not-found", `No artifact file with MD5 ${hex} is stored`);
  if (!ctx.store.artifacts.hasBlob(hex)) throw notFound();
  let file: Deno.FsFile;
  try {
    file = await Deno.open(blobPath(ctx.filesDir, hex), { read: true });
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) throw notFound();
    throw err;
  }
  const stat = await file.stat();
  const md5 = btoa(String.fromCharCode(...hex.match(/../g)!.map((h) => parseInt(h, 16))));
  return new Response(file.readable, {
    headers: {
      "content-type": "application/octet-stream",
      "content-length": String(stat.size),
      "content-md5": md5,
      etag: `"${hex}"`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox",
    },
  });
}

async function handleGet(
  req: Request,
  params: Record<string, string>,
  ctx: ServerContext,
): Promise<Response> {
  const hex = hexParam(params);
  const url = new URL(req.url);
  const signed = url.searchParams.has("sig") || url.searchParams.has("expires");
  const reason = signed ? await verifySignedUrl(ctx.secret, "GET", url, ctx.now()) : "missing";
  if (reason) {
    if (signed && !req.headers.has("authorization")) {
      throw new HttpError(
        403,
        "storage/bad-signature",
        `Download URL ${reason}; ask for a new one`,
      );
    }
    try {
      authenticate(req, ctx);
    } catch (e) {
      if (!(e instanceof HttpError) || e.status !== 401) throw e;
      // A challenge, so a browser on the UI's file links resends its Basic credentials.
      return Response.json({ errors: [{ message: e.message, code: e.code }] }, {
        status: 401,
        headers: { "www-authenticate": 'Basic realm="wandb", charset="UTF-8"' },
      });
    }
  }
  return await serveBlob(hex, ctx);
}

function handleFallback(
  req: Request,
  params: Record<string, string>,
  ctx: ServerContext,
): Promise<Response> {
  const user = authenticate(req, ctx);
  requireEntity(ctx.store, user, params.entity ?? "");
  return serveBlob(hexParam(params), ctx);
}

/**
 * The blob routes, uploads limited to `maxFileBytes` (default: the context's `maxBodyBytes`).
 *
 * @example
 * ```ts
 * import { createArtifactStorageRoutes } from "./artifact_storage.ts";
 * console.assert(createArtifactStorageRoutes().length === 5);
 * ```
 */
export function createArtifactStorageRoutes(options: { maxFileBytes?: number } = {}): Route[] {
  const blob = new URLPattern({ pathname: "/artifact-blobs/:md5" });
  return [
    {
      method: "PUT",
      pattern: new URLPattern({ pathname: "/artifact-blobs/:md5/parts/:upload/:part" }),
      handle: (req, p, ctx) => handlePartPut(req, p, ctx, options.maxFileBytes ?? ctx.maxBodyBytes),
    },
    {
      method: "PUT",
      pattern: blob,
      handle: (req, p, ctx) => handlePut(req, p, ctx, options.maxFileBytes ?? ctx.maxBodyBytes),
    },
    { method: "GET", pattern: blob, handle: handleGet },
    {
      method: "GET",
      pattern: new URLPattern({ pathname: "/artifactsV2/:region/:entity/:birth/:md5" }),
      handle: handleFallback,
    },
    {
      method: "GET",
      pattern: new URLPattern({ pathname: "/artifacts/:entity/:md5" }),
      handle: handleFallback,
    },
  ];
}
