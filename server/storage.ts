/**
 * Run-file storage (server-api.md §7): `PUT /storage/{entity}/{project}/{run}/{name…}` stores an
 * upload, authorised only by a signed, expiring URL (W&B clients send no auth header on uploads);
 * `GET` streams it back to a signed URL or to the owner's HTTP Basic auth. The file name may hold
 * `/` (`media/images/a.png`). Files live under `<filesDir>/<entity>/<project>/<run>/<name>`; the
 * store records name, size, base64 MD5 and the path relative to `filesDir`.
 *
 * Paths are checked on the raw request URL, before URL normalisation: `..`, `.`, empty segments,
 * backslashes, control characters, encoded `/`, `\` or `.`-segments and double encoding are 400.
 *
 * @example
 * ```ts ignore
 * import { createHandler } from "./handler.ts";
 * import { signedStorageUrl, storageRoutes } from "./storage.ts";
 * const handle = createHandler({ store, filesDir, secret, routes: storageRoutes });
 * const url = await signedStorageUrl(secret, "PUT", "me", "proj", "run1", "config.yaml", 3600);
 * await handle(new Request(`http://local${url}`, { method: "PUT", body: "lr: 0.1\n" }));
 * ```
 * @module
 */
import { createHash } from "node:crypto";
import { dirname, join, resolve, sep } from "node:path";
import { authenticate, requireEntity } from "./auth.ts";
import { HttpError, toResponse } from "./http_error.ts";
import type { Route, ServerContext } from "./routes.ts";
import { signPath, verifySignedUrl } from "./signed_url.ts";

/** Where a storage URL points, decoded. */
export interface StoragePath {
  /** Entity (user or team) name. */
  entity: string;
  /** Project name. */
  project: string;
  /** Run id (the client-chosen run name). */
  run: string;
  /** File name within the run; may hold `/`. */
  name: string;
}

/** Options of {@link createStorageRoutes}. */
export interface StorageOptions {
  /** Largest accepted upload in bytes. @default the context's `maxBodyBytes` */
  maxFileBytes?: number;
}

/** Name of the folder under `filesDir` that holds uploads in progress. */
export const UPLOADS_TMP_DIR = ".uploads";

const PREFIX = "/storage/";

/**
 * The canonical, percent-encoded URL path of a run file (what {@link signedStorageUrl} signs).
 *
 * @example
 * ```ts
 * import { storagePath } from "./storage.ts";
 * console.assert(storagePath("me", "p", "r", "media/a b.png") === "/storage/me/p/r/media/a%20b.png");
 * ```
 */
export function storagePath(entity: string, project: string, run: string, name: string): string {
  return PREFIX + [entity, project, run, ...name.split("/")].map(encodeURIComponent).join("/");
}

/**
 * A signed, expiring URL path (with query) for uploading (`PUT`) or downloading (`GET`) a run
 * file. Answers to clients put the server's public base URL before it (public_url.ts): W&B
 * clients use upload and download URLs as they are.
 *
 * @example
 * ```ts
 * import { signedStorageUrl } from "./storage.ts";
 * const url = await signedStorageUrl(new Uint8Array(32), "PUT", "me", "p", "r", "a.txt", 60);
 * console.assert(url.startsWith("/storage/me/p/r/a.txt?expires="));
 * ```
 */
export function signedStorageUrl(
  secret: Uint8Array,
  method: "GET" | "PUT",
  entity: string,
  project: string,
  run: string,
  name: string,
  ttlSeconds: number,
  now: Date = new Date(),
): Promise<string> {
  return signPath(secret, method, storagePath(entity, project, run, name), ttlSeconds, now);
}

/** The path of a request URL exactly as sent (no `..` resolution, no re-encoding). */
function rawPathname(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url);
  return m?.[1] ?? "";
}

function bad(message: string): HttpError {
  return new HttpError(400, "storage/bad-path", message);
}

/**
 * Parses and checks a raw storage path (`/storage/e/p/r/name…`, still percent-encoded).
 *
 * @throws {HttpError} 400 naming the offending segment
 * @example
 * ```ts
 * import { parseStoragePath } from "./storage.ts";
 * console.assert(parseStoragePath("/storage/me/p/r/media/a.png").name === "media/a.png");
 * ```
 */
export function parseStoragePath(raw: string): StoragePath {
  if (!raw.startsWith(PREFIX)) throw bad(`Storage path must start with ${PREFIX}`);
  const parts = raw.slice(PREFIX.length).split("/");
  if (parts.length < 4) {
    throw bad("Storage path needs /storage/<entity>/<project>/<run>/<file name>");
  }
  const decoded = parts.map((seg, i) => {
    if (seg === "") throw bad(`Empty segment ${i + 1} in storage path (no // or trailing /)`);
    let d: string;
    try {
      d = decodeURIComponent(seg);
    } catch {
      throw bad(`Bad percent-encoding in storage path segment "${seg}"`);
    }
    if (d === "." || d === "..") throw bad(`"${seg}" segments are not allowed in storage paths`);
    if (d.includes("/") || d.includes("\\")) {
      throw bad(`Storage path segment "${seg}" holds a slash or backslash`);
    }
    // deno-lint-ignore no-control-regex
    if (/[\x00-\x1f\x7f]/.test(d)) {
      throw bad(`Storage path segment "${seg}" holds a control character`);
    }
    if (/%[0-9a-f]{2}/i.test(d)) throw bad(`Storage path segment "${seg}" is encoded twice`);
    if (i < 3 && d.startsWith(".")) {
      throw bad(`Entity, project and run names may not start with "." ("${seg}")`);
    }
    return d;
  });
  const [entity, project, run, ...name] = decoded as [string, string, string, ...string[]];
  return { entity, project, run, name: name.join("/") };
}

/** The file's path on disk, checked to stay under `filesDir`. */
function diskPath(filesDir: string, p: StoragePath): string {
  if (!filesDir) throw new Error("storage routes need ServerContext.filesDir; none was configured");
  const root = resolve(filesDir);
  const full = resolve(root, p.entity, p.project, p.run, ...p.name.split("/"));
  if (!full.startsWith(root + sep)) throw bad(`Storage path escapes the files directory`);
  return full;
}

/** Runs the path and auth checks shared by GET and PUT. */
function requestPath(req: Request): { path: StoragePath; canonical: URL } {
  const path = parseStoragePath(rawPathname(req.url));
  const search = new URL(req.url).search;
  const canonical = new URL(
    storagePath(path.entity, path.project, path.run, path.name) + search,
    "http://local",
  );
  return { path, canonical };
}

function signatureError(method: string, reason: string): HttpError {
  return reason === "expired"
    ? new HttpError(403, "storage/expired", `${method} URL expired; ask the server for a new one`)
    : new HttpError(
      403,
      "storage/bad-signature",
      `${method} URL signature is ${reason === "missing signature" ? "missing" : "invalid"}; ` +
        "use the URL the server handed out",
    );
}

function fsCode(err: unknown): string | undefined {
  if (err instanceof Deno.errors.NotADirectory) return "ENOTDIR";
  if (err instanceof Deno.errors.IsADirectory) return "EISDIR";
  if (err instanceof Deno.errors.AlreadyExists) return "EEXIST";
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function fsToHttp(err: unknown, name: string): unknown {
  const code = fsCode(err);
  if (code === "ENOTDIR" || code === "EISDIR" || code === "EEXIST") {
    return new HttpError(
      409,
      "storage/conflict",
      `File name "${name}" conflicts with a stored file or folder of this run`,
    );
  }
  if (code === "ENAMETOOLONG") {
    return new HttpError(400, "storage/bad-path", `File name "${name}" is too long`);
  }
  return err;
}

/** Writes all of `chunk` (a file write may take only part of it). */
export async function writeAll(file: Deno.FsFile, chunk: Uint8Array): Promise<void> {
  let off = 0;
  while (off < chunk.length) off += await file.write(chunk.subarray(off));
}

/**
 * Streams an upload's body into a new file `tmp` (under the data dir's uploads folder), counting
 * its size and MD5 as it goes; over `limit` bytes it stops with `tooLarge()`. On any failure the
 * partial file is removed. Run files, artifact blobs and their parts all arrive through it.
 *
 * @returns the body's size and its MD5 as hex and as base64
 * @example
 * ```ts ignore
 * const { size, md5Base64 } = await receiveBody(req, tmp, limit, () => new HttpError(413, ...));
 * ```
 */
export async function receiveBody(
  req: Request,
  tmp: string,
  limit: number,
  tooLarge: () => HttpError,
): Promise<{ size: number; md5Hex: string; md5Base64: string }> {
  const hash = createHash("md5");
  let size = 0;
  const file = await Deno.open(tmp, { write: true, createNew: true, mode: 0o644 });
  try {
    if (req.body) {
      for await (const chunk of req.body) {
        size += chunk.length;
        if (size > limit) throw tooLarge();
        hash.update(chunk);
        await writeAll(file, chunk);
      }
    }
  } catch (err) {
    file.close();
    await Deno.remove(tmp).catch(() => {});
    throw err;
  }
  file.close();
  const md5 = hash.digest();
  return { size, md5Hex: md5.toString("hex"), md5Base64: md5.toString("base64") };
}

/** A temporary file in the data dir's uploads folder, for {@linkcode receiveBody}. */
export async function uploadTmpPath(filesDir: string, dir?: string): Promise<string> {
  const tmpDir = dir ?? join(resolve(filesDir), UPLOADS_TMP_DIR);
  await Deno.mkdir(tmpDir, { recursive: true });
  return join(tmpDir, crypto.randomUUID());
}

async function handlePut(req: Request, ctx: ServerContext, limit: number): Promise<Response> {
  const { path, canonical } = requestPath(req);
  const reason = await verifySignedUrl(ctx.secret, "PUT", canonical, ctx.now());
  if (reason) throw signatureError("Upload", reason);
  const run = ctx.store.getRun(path.entity, path.project, path.run);
  if (!run) {
    throw new HttpError(
      404,
      "storage/no-run",
      `Run ${path.entity}/${path.project}/${path.run} does not exist; create it with UpsertBucket first`,
    );
  }
  const tooLarge = () =>
    new HttpError(413, "body/too-large", `Upload of "${path.name}" is over ${limit} bytes`);
  if (Number(req.headers.get("content-length") ?? "NaN") > limit) throw tooLarge();
  const target = diskPath(ctx.filesDir, path);
  const tmp = await uploadTmpPath(ctx.filesDir);
  let got;
  try {
    got = await receiveBody(req, tmp, limit, tooLarge);
    await Deno.mkdir(dirname(target), { recursive: true });
    await Deno.rename(tmp, target);
  } catch (err) {
    await Deno.remove(tmp).catch(() => {});
    throw fsToHttp(err, path.name);
  }
  const size = got.size;
  const md5 = got.md5Base64;
  const rel = [path.entity, path.project, path.run, path.name].join("/");
  ctx.store.putFile(run.id, { name: path.name, size, md5, path: rel });
  return Response.json({ name: path.name, size, md5 });
}

const CONTENT_TYPES: Record<string, string> = {
  json: "application/json",
  yaml: "application/yaml",
  yml: "application/yaml",
  txt: "text/plain; charset=utf-8",
  log: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  py: "text/x-python; charset=utf-8",
  html: "text/html; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  mp4: "video/mp4",
  webm: "video/webm",
  wav: "audio/wav",
  mp3: "audio/mpeg",
  gz: "application/gzip",
  zip: "application/zip",
  pdf: "application/pdf",
};

/**
 * The content type served for a file name (by extension; `application/octet-stream` otherwise).
 *
 * @example
 * ```ts
 * import { contentTypeOf } from "./storage.ts";
 * console.assert(contentTypeOf("media/images/a.PNG") === "image/png");
 * ```
 */
export function contentTypeOf(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
  return CONTENT_TYPES[ext] ?? "application/octet-stream";
}

async function handleGet(req: Request, ctx: ServerContext): Promise<Response> {
  const { path, canonical } = requestPath(req);
  const signed = canonical.searchParams.has("sig") || canonical.searchParams.has("expires");
  const reason = signed
    ? await verifySignedUrl(ctx.secret, "GET", canonical, ctx.now())
    : "missing signature";
  if (reason) {
    if (req.headers.has("authorization") || !signed) {
      let user;
      try {
        user = authenticate(req, ctx);
      } catch (err) {
        // A browser showing a run page fetches media by plain path: the challenge makes it send
        // the page's Basic credentials (a cached realm is not sent to another path by itself).
        if (!(err instanceof HttpError) || err.status !== 401) throw err;
        const res = toResponse(err);
        res.headers.set("www-authenticate", 'Basic realm="wandb", charset="UTF-8"');
        return res;
      }
      requireEntity(ctx.store, user, path.entity);
    } else {
      throw signatureError("Download", reason);
    }
  }
  const run = ctx.store.getRun(path.entity, path.project, path.run);
  const record = run && ctx.store.getFile(run.id, path.name);
  const notFound = () =>
    new HttpError(
      404,
      "storage/not-found",
      `No file "${path.name}" in run ${path.entity}/${path.project}/${path.run}`,
    );
  if (!record) throw notFound();
  let file: Deno.FsFile;
  try {
    file = await Deno.open(diskPath(ctx.filesDir, path), { read: true });
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) throw notFound();
    throw fsToHttp(err, path.name);
  }
  const stat = await file.stat();
  if (!stat.isFile) {
    file.close();
    throw notFound();
  }
  const headers = new Headers({
    "content-type": contentTypeOf(path.name),
    "content-length": String(stat.size),
    "x-content-type-options": "nosniff",
    // Uploaded HTML/SVG must not run scripts in the server's origin.
    "content-security-policy": "sandbox",
  });
  if (record.md5) headers.set("content-md5", record.md5);
  return new Response(file.readable, { headers });
}

/**
 * Builds the storage routes (PUT and GET under `/storage/`).
 *
 * @example
 * ```ts
 * import { createStorageRoutes } from "./storage.ts";
 * const routes = createStorageRoutes({ maxFileBytes: 1 << 30 });
 * console.assert(routes.length === 2);
 * ```
 */
export function createStorageRoutes(options: StorageOptions = {}): Route[] {
  const pattern = new URLPattern({ pathname: "/storage/*" });
  return [
    {
      method: "PUT",
      pattern,
      handle: (req, _p, ctx) => handlePut(req, ctx, options.maxFileBytes ?? ctx.maxBodyBytes),
    },
    { method: "GET", pattern, handle: (req, _p, ctx) => handleGet(req, ctx) },
  ];
}

/**
 * The storage routes with the upload limit taken from the context's `maxBodyBytes`.
 *
 * @example
 * ```ts ignore
 * import { createHandler } from "./handler.ts";
 * import { storageRoutes } from "./storage.ts";
 * const handle = createHandler({ store, filesDir: "/tmp/files", routes: storageRoutes });
 * ```
 */
export const storageRoutes: Route[] = createStorageRoutes();
