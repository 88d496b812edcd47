/**
 * W&B's artifact manifest, version 1 (server-api.md §9.1): the entries of an artifact, their
 * digests (base64 MD5 of the bytes), the JSON the official client writes as
 * `wandb_manifest.json` (4-space indent, keys emitted only when set) and the artifact digest
 * (hex MD5 of `"wandb-artifact-manifest-v1\n"` and `"<path>:<digest>\n"` per entry, in path order).
 * Shared by the SDK (which builds manifests) and the sender (which uploads them).
 *
 * @example
 * ```ts
 * import { manifestDigest, md5Base64 } from "./manifest.ts";
 * const entries = [{ path: "a.txt", digest: md5Base64(new TextEncoder().encode("abc")), size: 3 }];
 * console.assert(manifestDigest(entries).length === 32);
 * ```
 * @module
 */
import { createHash } from "node:crypto";

/** One file of an artifact. */
export interface ManifestEntry {
  /** The file's path inside the artifact (`/`-separated). */
  path: string;
  /** Base64 MD5 of the bytes; for a reference, its ETag/checksum or the URI itself. */
  digest: string;
  /** For a reference entry: where the bytes live (`s3://…`, `file://…`, `https://…`). */
  ref?: string;
  /** Size in bytes. */
  size?: number;
  /** The id of the artifact version that first uploaded these bytes. */
  birthArtifactID?: string;
  /** Extra fields of a reference (e.g. `etag`). */
  extra?: Record<string, unknown>;
  /** A local file holding the bytes, to upload (never in the manifest JSON). */
  localPath?: string;
}

/** The storage policy every manifest we write names. */
export const STORAGE_POLICY = "wandb-storage-policy-v1";
/** The name of the manifest file on the server. */
export const MANIFEST_NAME = "wandb_manifest.json";

/** Base64 MD5 of bytes (an entry's digest). */
export function md5Base64(bytes: Uint8Array | string): string {
  return createHash("md5").update(bytes).digest("base64");
}

/** Hex MD5 of bytes. */
export function md5Hex(bytes: Uint8Array | string): string {
  return createHash("md5").update(bytes).digest("hex");
}

/** An entry digest (base64 MD5) as hex, for the cache's paths; undefined if not an MD5. */
export function b64ToHex(b64: string): string | undefined {
  if (!/^[A-Za-z0-9+/]{22}==$/.test(b64)) return undefined;
  const bin = atob(b64);
  let hex = "";
  for (let i = 0; i < bin.length; i++) hex += bin.charCodeAt(i).toString(16).padStart(2, "0");
  return hex;
}

/**
 * Base64 MD5 and size of a file, read in 1 MiB chunks (files of any size).
 *
 * @throws {Deno.errors.NotFound} when the file does not exist
 */
export async function md5File(path: string): Promise<{ digest: string; size: number }> {
  const h = createHash("md5");
  using f = await Deno.open(path, { read: true });
  const buf = new Uint8Array(1 << 20);
  let size = 0;
  while (true) {
    const n = await f.read(buf);
    if (n === null) break;
    h.update(buf.subarray(0, n));
    size += n;
  }
  return { digest: h.digest("base64"), size };
}

/** The read buffer of {@linkcode md5FileSync}, shared (a sync call never interleaves). */
let syncBuf: Uint8Array | undefined;

/** {@linkcode md5File}, synchronously. */
export function md5FileSync(path: string): { digest: string; size: number } {
  const h = createHash("md5");
  using f = Deno.openSync(path, { read: true });
  const buf = syncBuf ??= new Uint8Array(1 << 20);
  let size = 0;
  while (true) {
    const n = f.readSync(buf);
    if (n === null) break;
    h.update(buf.subarray(0, n));
    size += n;
  }
  return { digest: h.digest("base64"), size };
}

/** Entries in path order (Python's `sorted` on code points, as W&B's digest uses). */
export function sortEntries(entries: Iterable<ManifestEntry>): ManifestEntry[] {
  return [...entries].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** The artifact digest W&B computes (`digestAlgorithm: MANIFEST_MD5`): hex MD5. */
export function manifestDigest(entries: Iterable<ManifestEntry>): string {
  const h = createHash("md5").update("wandb-artifact-manifest-v1\n");
  for (const e of sortEntries(entries)) h.update(`${e.path}:${e.digest}\n`);
  return h.digest("hex");
}

/** The manifest JSON value (`wandb_manifest.json`), entries in path order. */
export function manifestJson(entries: Iterable<ManifestEntry>): Record<string, unknown> {
  const contents: Record<string, unknown> = {};
  for (const e of sortEntries(entries)) {
    const o: Record<string, unknown> = { digest: e.digest };
    if (e.birthArtifactID) o.birthArtifactID = e.birthArtifactID;
    if (e.ref) o.ref = e.ref;
    if (e.extra && Object.keys(e.extra).length > 0) o.extra = e.extra;
    if (e.size !== undefined) o.size = e.size;
    contents[e.path] = o;
  }
  return {
    version: 1,
    storagePolicy: STORAGE_POLICY,
    storagePolicyConfig: { storageLayout: "V2" },
    contents,
  };
}

/** The manifest file's text, as the official client writes it (4-space indent). */
export function manifestText(entries: Iterable<ManifestEntry>): string {
  return JSON.stringify(manifestJson(entries), null, 4);
}

/**
 * Reads a manifest JSON (ours or the official client's).
 *
 * @throws {TypeError} when it is not a version 1 manifest
 */
export function parseManifest(json: unknown): ManifestEntry[] {
  const m = json as { version?: number; contents?: Record<string, Record<string, unknown>> };
  if (!m || typeof m !== "object" || m.version !== 1 || typeof m.contents !== "object") {
    throw new TypeError("Cannot read the artifact manifest: not a version 1 manifest");
  }
  const out: ManifestEntry[] = [];
  for (const [path, e] of Object.entries(m.contents ?? {})) {
    const entry: ManifestEntry = { path, digest: String(e.digest ?? "") };
    if (typeof e.ref === "string") entry.ref = e.ref;
    if (e.size !== undefined && e.size !== null) entry.size = Number(e.size);
    if (typeof e.birthArtifactID === "string") entry.birthArtifactID = e.birthArtifactID;
    if (e.extra && typeof e.extra === "object") entry.extra = e.extra as Record<string, unknown>;
    out.push(entry);
  }
  return sortEntries(out);
}

/** The cache path of bytes with this base64 MD5, in W&B's layout (`obj/md5/ab/cdef…`). */
export function cachePath(cacheDir: string, digestB64: string): string | undefined {
  const hex = b64ToHex(digestB64);
  return hex === undefined ? undefined : `${cacheDir}/obj/md5/${hex.slice(0, 2)}/${hex.slice(2)}`;
}

/** The shared artifacts cache: `$WANDB_CACHE_DIR/artifacts` or `~/.cache/wandb/artifacts`. */
export function artifactsCacheDir(): string {
  const env = (k: string) => {
    try {
      return Deno.env.get(k);
    } catch {
      return undefined;
    }
  };
  const base = env("WANDB_CACHE_DIR") ?? `${env("HOME") ?? "."}/.cache/wandb`;
  return `${base}/artifacts`;
}
