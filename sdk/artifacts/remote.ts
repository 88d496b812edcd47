/**
 * An artifact version on a server: the queries that read it (server-api.md §9.3), the manifest
 * and file URLs, edits and deletion, and downloads through W&B's shared cache
 * (`~/.cache/wandb/artifacts/obj/md5/…`): a file whose digest already matches is not fetched
 * again, bytes held in the cache are copied from there.
 *
 * @example
 * ```ts ignore
 * const data = await fetchArtifact(gql, "me", "proj", "data:latest");
 * await downloadEntries(gql, data.id, entries, "artifacts/data:v0", {});
 * ```
 * @module
 */
import { createHash } from "node:crypto";
import { GRAPHQL_POLICY, type GraphQLClient, httpRequest, retry } from "../../net/mod.ts";
import {
  artifactsCacheDir,
  cachePath,
  type ManifestEntry,
  md5File,
  parseManifest,
} from "../../internal/artifacts/manifest.ts";
import { ArtifactError } from "./errors.ts";

/** The fields of an artifact version every query asks for. */
export const ARTIFACT_FRAGMENT =
  `fragment ArtifactFragment on Artifact { id artifactSequence { project { entityName name } name } versionIndex artifactType { name } description metadata aliases { artifactCollection { project { entityName name } name } alias } state commitHash fileCount createdAt updatedAt digest }`;

/** W&B's ArtifactByName. */
export const ARTIFACT_BY_NAME =
  `query ArtifactByName($entityName: String!, $projectName: String!, $name: String!) { project(name: $projectName, entityName: $entityName) { artifact(name: $name) { ...ArtifactFragment currentManifest { file { directUrl } } } } } ${ARTIFACT_FRAGMENT}`;

/** W&B's ArtifactByID. */
export const ARTIFACT_BY_ID =
  `query ArtifactByID($id: ID!) { artifact(id: $id) { ...ArtifactFragment currentManifest { file { directUrl } } } } ${ARTIFACT_FRAGMENT}`;

/** W&B's ArtifactFileURLs. */
export const ARTIFACT_FILE_URLS =
  `query ArtifactFileURLs($id: ID!, $cursor: String, $perPage: Int) { artifact(id: $id) { files(after: $cursor, first: $perPage) { pageInfo { hasNextPage endCursor } edges { node { name directUrl } } } } }`;

/** W&B's UpdateArtifact (description, metadata, aliases). */
export const UPDATE_ARTIFACT =
  `mutation UpdateArtifact($artifactID: ID!, $description: String, $metadata: JSONString, $aliases: [ArtifactAliasInput!]) { updateArtifact(input: {artifactID: $artifactID, description: $description, metadata: $metadata, aliases: $aliases}) { artifact { id } } }`;

/** W&B's DeleteArtifact. */
export const DELETE_ARTIFACT =
  `mutation DeleteArtifact($artifactID: ID!, $deleteAliases: Boolean) { deleteArtifact(input: {artifactID: $artifactID, deleteAliases: $deleteAliases}) { artifact { id } } }`;

/** An artifact version as the server answers it. */
export interface ArtifactData {
  id: string;
  artifactSequence: { project: { entityName: string; name: string } | null; name: string };
  versionIndex: number | null;
  artifactType: { name: string };
  description: string | null;
  metadata: string | null;
  aliases: { artifactCollection: { name: string } | null; alias: string }[];
  state: string;
  fileCount?: number | null;
  createdAt?: string | null;
  digest?: string | null;
  currentManifest?: { file: { directUrl: string | null } | null } | null;
}

/**
 * An artifact version by `name:alias` (or `name:vN`) in a project.
 *
 * @throws {ArtifactError} `artifact/not-found`
 */
export async function fetchArtifact(
  gql: GraphQLClient,
  entity: string,
  project: string,
  name: string,
): Promise<ArtifactData> {
  const full = name.includes(":") ? name : `${name}:latest`;
  const r = await gql.request<{ project: { artifact: ArtifactData | null } | null }>(
    ARTIFACT_BY_NAME,
    { entityName: entity, projectName: project, name: full },
  );
  const a = r.project?.artifact;
  if (!a) {
    throw new ArtifactError(
      "artifact/not-found",
      `Cannot find artifact ${entity}/${project}/${full}; check the name and alias (e.g. name:latest or name:v0)`,
    );
  }
  return a;
}

/** An artifact version by id. */
export async function fetchArtifactById(gql: GraphQLClient, id: string): Promise<ArtifactData> {
  const r = await gql.request<{ artifact: ArtifactData | null }>(ARTIFACT_BY_ID, { id });
  if (!r.artifact) {
    throw new ArtifactError("artifact/not-found", `Cannot find artifact ${id}; check the id`);
  }
  return r.artifact;
}

/** The entries of a version's manifest. */
export async function fetchManifest(
  gql: GraphQLClient,
  data: ArtifactData,
): Promise<ManifestEntry[]> {
  let url = data.currentManifest?.file?.directUrl;
  if (!url) url = (await fetchArtifactById(gql, data.id)).currentManifest?.file?.directUrl;
  if (!url) return [];
  const res = await getWithRetry(gql, url, "manifest");
  return parseManifest(await res.json());
}

/** Where each file of a version can be fetched, by path. */
export async function fileUrls(gql: GraphQLClient, id: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let cursor: string | null = null;
  while (true) {
    const r: {
      artifact: {
        files: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { name: string; directUrl: string } }[];
        };
      } | null;
    } = await gql.request(ARTIFACT_FILE_URLS, { id, cursor, perPage: 5000 });
    const f = r.artifact?.files;
    if (!f) break;
    for (const e of f.edges) out.set(e.node.name, e.node.directUrl);
    if (!f.pageInfo.hasNextPage || !f.pageInfo.endCursor) break;
    cursor = f.pageInfo.endCursor;
  }
  return out;
}

/** Options of a download. */
export interface DownloadOptions {
  /** Replace files under the root whose bytes differ (else: refused). @default false */
  overwrite?: boolean;
  /** Files fetched in parallel. @default 16 */
  parallel?: number;
}

/** What a download did. */
export interface DownloadStats {
  /** Files fetched from the server. */
  fetched: number;
  /** Files copied from the shared cache. */
  fromCache: number;
  /** Files already in place with the right digest. */
  skipped: number;
}

/**
 * Puts every entry's bytes under `root`.
 *
 * @throws {ArtifactError} `artifact/download-conflict` when a file under root holds other bytes
 * (and `overwrite` is not set), `artifact/download-failed` when bytes cannot be had
 */
export async function downloadEntries(
  gql: GraphQLClient | undefined,
  id: string | undefined,
  entries: ManifestEntry[],
  root: string,
  options: DownloadOptions = {},
): Promise<DownloadStats> {
  const stats: DownloadStats = { fetched: 0, fromCache: 0, skipped: 0 };
  const cache = artifactsCacheDir();
  const todo: ManifestEntry[] = [];
  for (const e of entries) {
    const dest = `${root}/${e.path}`;
    const have = await md5File(dest).catch(() => undefined);
    if (have?.digest === e.digest || (e.ref && !e.ref.startsWith("file://") && have)) {
      stats.skipped++;
      continue;
    }
    if (have && !options.overwrite) {
      throw new ArtifactError(
        "artifact/download-conflict",
        `Cannot download ${e.path} into ${root}: the file there holds other bytes; pass { overwrite: true } or pick another root`,
      );
    }
    todo.push(e);
  }
  let urls: Map<string, string> | undefined;
  const urlOf = async (path: string) => {
    if (!gql || !id) return undefined;
    urls ??= await fileUrls(gql, id);
    return urls.get(path);
  };
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const e = todo[next++]!;
      const dest = `${root}/${e.path}`;
      await Deno.mkdir(dest.slice(0, dest.lastIndexOf("/")), { recursive: true });
      const cached = cachePath(cache, e.digest);
      if (cached && await copyIfDigest(cached, dest, e.digest)) {
        stats.fromCache++;
        continue;
      }
      const bytes = await fetchEntry(gql, e, urlOf);
      const digest = createHash("md5").update(bytes).digest("base64");
      if (!e.ref && digest !== e.digest) {
        throw new ArtifactError(
          "artifact/download-failed",
          `Cannot download ${e.path}: got bytes of digest ${digest}, expected ${e.digest}; retry the download`,
        );
      }
      if (cached) await putInCache(cache, cached, bytes);
      await Deno.writeFile(dest, bytes);
      stats.fetched++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.parallel ?? 16, todo.length) }, worker));
  return stats;
}

async function fetchEntry(
  gql: GraphQLClient | undefined,
  e: ManifestEntry,
  urlOf: (path: string) => Promise<string | undefined>,
): Promise<Uint8Array> {
  const ref = e.ref;
  if (ref?.startsWith("file://")) {
    return await Deno.readFile(new URL(ref)).catch((err) => {
      throw new ArtifactError(
        "artifact/download-failed",
        `Cannot read reference ${ref} of ${e.path}: ${
          (err as Error).message
        }; check that the file exists on this machine`,
      );
    });
  }
  if (ref && /^https?:\/\//.test(ref)) {
    const res = await httpRequest(`get ${e.path}`, ref, { method: "GET" }, {
      idleTimeoutMs: 60_000,
    });
    return new Uint8Array(await res.arrayBuffer());
  }
  if (ref) {
    throw new ArtifactError(
      "artifact/reference",
      `Cannot download ${e.path} from ${ref}: ${
        ref.split(":")[0]
      } references are kept in the manifest only; fetch them with that store's own tools`,
    );
  }
  const url = await urlOf(e.path);
  if (!url || !gql) {
    throw new ArtifactError(
      "artifact/download-failed",
      `Cannot download ${e.path}: the server gave no URL for it; check that the version is committed`,
    );
  }
  const res = await getWithRetry(gql, url, e.path);
  return new Uint8Array(await res.arrayBuffer());
}

async function getWithRetry(gql: GraphQLClient, url: string, what: string): Promise<Response> {
  const abs = url.startsWith("/") ? gql.baseUrl + url : url;
  return await retry(
    `download ${what}`,
    () => httpRequest(`download ${what}`, abs, { method: "GET" }, { idleTimeoutMs: 60_000 }),
    GRAPHQL_POLICY,
  );
}

async function copyIfDigest(src: string, dest: string, digest: string): Promise<boolean> {
  const have = await md5File(src).catch(() => undefined);
  if (have?.digest !== digest) return false;
  await Deno.copyFile(src, dest);
  return true;
}

/** Writes bytes into the cache atomically (a temp file renamed into place). */
export async function putInCache(cache: string, path: string, bytes: Uint8Array): Promise<void> {
  try {
    await Deno.mkdir(`${cache}/tmp`, { recursive: true });
    await Deno.mkdir(path.slice(0, path.lastIndexOf("/")), { recursive: true });
    const tmp = `${cache}/tmp/${crypto.randomUUID()}`;
    await Deno.writeFile(tmp, bytes);
    await Deno.rename(tmp, path);
  } catch {
    // the cache is an optimisation: a read-only or full cache must not fail the download
  }
}

/** Copies a file into the cache by its digest (a temp copy renamed into place). */
export function copyIntoCache(cache: string, path: string, src: string): void {
  Deno.mkdirSync(`${cache}/tmp`, { recursive: true });
  Deno.mkdirSync(path.slice(0, path.lastIndexOf("/")), { recursive: true });
  const tmp = `${cache}/tmp/${crypto.randomUUID()}`;
  Deno.copyFileSync(src, tmp);
  Deno.renameSync(tmp, path);
}
