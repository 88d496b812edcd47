/**
 * Run-file uploads (server-api.md §7): upload URLs from `CreateRunFiles`, then a `PUT` of the
 * bytes to each URL with its `uploadHeaders` and no auth header, retried by the shared helper.
 * Relative URLs (a local server's) are prefixed with the base URL.
 *
 * Permissions: `--allow-read` of the run's `files/` directory, `--allow-net` to the server.
 *
 * @example
 * ```ts ignore
 * await uploadRunFiles(gql, { entity, project, run }, filesDir, ["config.yaml"], options);
 * ```
 * @module
 */
import {
  CommError,
  type GraphQLClient,
  httpRequest,
  retry,
  type RetryEvent,
  type RetryPolicy,
} from "../../net/mod.ts";

/** The mutation W&B's sender uses for upload URLs. */
export const CREATE_RUN_FILES =
  `mutation CreateRunFiles($entity: String!, $project: String!, $run: String!, $files: [String!]!) { createRunFiles(input: {entityName: $entity, projectName: $project, runName: $run, files: $files}) { runID uploadHeaders files { name uploadUrl } } }`;

/** The legacy query for upload URLs, for servers without `createRunFiles` (server-api.md §7.1). */
export const RUN_UPLOAD_URLS =
  `query RunUploadUrls($name: String!, $files: [String]!, $entity: String, $run: String!, $description: String) { model(name: $name, entityName: $entity) { bucket(name: $run, desc: $description) { id files(names: $files) { uploadHeaders edges { node { name url(upload: true) updatedAt } } } } } }`;

/** Options of {@linkcode uploadRunFiles}. */
export interface UploadOptions {
  /** Retry policy of the upload URL request and of each upload. */
  policy: RetryPolicy;
  /** Timeout of one upload attempt, in ms (0 or absent: none). */
  timeoutMs?: number;
  /** Aborts the URL request and the uploads. */
  signal?: AbortSignal;
  /** Called before each retry of an upload. */
  onRetry?: (event: RetryEvent) => void;
  /**
   * Whether the server has `createRunFiles` (from the capability probe); when unknown it is tried
   * first, and a server that does not know it gets `RunUploadUrls`.
   */
  createRunFiles?: boolean;
}

/** A file that was uploaded, with what identifies its version. */
export interface Uploaded {
  /** Path relative to `files/`. */
  name: string;
  /** Modification time when uploaded, ms since the epoch (0 when unknown). */
  mtime: number;
  /** Size in bytes when uploaded. */
  size: number;
}

/**
 * Uploads files of the run directory's `files/` by their names (paths relative to `files/`).
 * Files that vanished in the meantime are skipped.
 *
 * @returns what was uploaded
 * @throws {CommError} when getting URLs or an upload failed for good
 */
export async function uploadRunFiles(
  gql: GraphQLClient,
  target: { entity: string; project: string; run: string },
  filesDir: string,
  names: string[],
  options: UploadOptions,
): Promise<Uploaded[]> {
  if (names.length === 0) return [];
  const r = await uploadUrls(gql, target, names, options);
  if (!r.runID) {
    throw new CommError(
      "comm/not-found",
      `CreateRunFiles found no run ${target.entity}/${target.project}/${target.run}; check that this project exists`,
    );
  }
  const headers: Record<string, string> = {};
  for (const h of r.uploadHeaders ?? []) {
    const i = h.indexOf(":");
    if (i > 0) headers[h.slice(0, i)] = h.slice(i + 1);
  }
  const out: Uploaded[] = [];
  for (const f of r.files) {
    if (!f.uploadUrl) continue; // already stored
    const path = `${filesDir}/${f.name}`;
    let bytes: Uint8Array<ArrayBuffer>, stat: Deno.FileInfo;
    try {
      stat = await Deno.stat(path);
      bytes = await Deno.readFile(path);
    } catch {
      continue;
    }
    const url = f.uploadUrl.startsWith("/") ? gql.baseUrl + f.uploadUrl : f.uploadUrl;
    await retry(`upload ${f.name}`, async () => {
      const res = await httpRequest(`upload ${f.name}`, url, {
        method: "PUT",
        headers,
        body: bytes,
      }, { timeoutMs: options.timeoutMs, signal: options.signal });
      await res.body?.cancel();
    }, { ...options.policy, signal: options.signal, onRetry: options.onRetry });
    out.push({ name: f.name, mtime: stat.mtime?.getTime() ?? 0, size: stat.size });
  }
  return out;
}

/**
 * Upload URLs from `CreateRunFiles`, or from the legacy `RunUploadUrls` when the server does not
 * know that mutation.
 */
async function uploadUrls(
  gql: GraphQLClient,
  target: { entity: string; project: string; run: string },
  names: string[],
  options: UploadOptions,
): Promise<
  { runID: string; uploadHeaders: string[]; files: { name: string; uploadUrl: string | null }[] }
> {
  const call = { retry: options.policy, signal: options.signal };
  if (options.createRunFiles !== false) {
    try {
      const data = await gql.request<{
        createRunFiles: {
          runID: string;
          uploadHeaders: string[] | null;
          files: { name: string; uploadUrl: string | null }[];
        } | null;
      }>(CREATE_RUN_FILES, { ...target, files: names }, call);
      const r = data.createRunFiles;
      return {
        runID: r?.runID ?? "",
        uploadHeaders: r?.uploadHeaders ?? [],
        files: r?.files ?? [],
      };
    } catch (err) {
      // A server that does not know the mutation answers with a GraphQL error (200 or 400).
      const unknown = err instanceof CommError &&
        (err.code === "comm/graphql" || err.code === "comm/bad-request") &&
        /createRunFiles/.test(err.serverMessage ?? "");
      if (!unknown) throw err;
    }
  }
  const data = await gql.request<{
    model: {
      bucket: {
        id: string;
        files: {
          uploadHeaders: string[] | null;
          edges: { node: { name: string; url: string | null } }[];
        };
      } | null;
    } | null;
  }>(RUN_UPLOAD_URLS, {
    name: target.project,
    entity: target.entity,
    run: target.run,
    files: names,
  }, call);
  const b = data.model?.bucket;
  return {
    runID: b?.id ?? "",
    uploadHeaders: b?.files.uploadHeaders ?? [],
    files: (b?.files.edges ?? []).map((e) => ({ name: e.node.name, uploadUrl: e.node.url })),
  };
}

/**
 * Every file under `dir` as a path relative to it, `/`-separated (symlinks followed).
 *
 * @example
 * ```ts ignore
 * for (const name of listFiles("wandb/run-x/files")) console.log(name);
 * ```
 */
export function listFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  let entries: Deno.DirEntry[];
  try {
    entries = [...Deno.readDirSync(dir)];
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
    const rel = prefix + e.name;
    let isDir = e.isDirectory;
    if (e.isSymlink) {
      try {
        isDir = Deno.statSync(`${dir}/${e.name}`).isDirectory;
      } catch {
        continue; // a dangling link
      }
    }
    if (isDir) out.push(...listFiles(`${dir}/${e.name}`, rel + "/"));
    else out.push(rel);
  }
  return out;
}
