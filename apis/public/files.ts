/**
 * A run's files: the `Files` paginator (`RunFiles`), a `File` with `download()` (refuses to
 * overwrite unless `replace`, checks the MD5, shows progress for large files), and uploads
 * (`CreateRunFiles`, then a `PUT` of the bytes to the URL it hands out).
 *
 * @example
 * ```ts ignore
 * const run = await api.run("me/demo/abc123");
 * for await (const f of run.files()) console.log(f.name, f.size);
 * const path = await (await run.file("config.yaml")).download("./out", { replace: true });
 * ```
 * @module
 */
import { createHash } from "node:crypto";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { PublicClient } from "./_client.ts";
import type { RunRef } from "./history.ts";
import { ApiError } from "./errors.ts";
import { type Page, Paginator } from "./paginator.ts";
import { httpRequest } from "../../net/http.ts";
import { retry } from "../../net/retry.ts";
import { CommError } from "../../net/errors.ts";

/** `RunFiles` with its `RunFilesFragment`. */
export const RUN_FILES = `query RunFiles($project: String!, $entity: String!, $name: String!,
  $fileCursor: String, $fileLimit: Int = 50, $fileNames: [String] = [], $upload: Boolean = false) {
  project(name: $project, entityName: $entity) {
    run(name: $name) { fileCount ...RunFilesFragment }
  }
}
fragment RunFilesFragment on Run {
  files(names: $fileNames, after: $fileCursor, first: $fileLimit) {
    edges {
      node { id name url(upload: $upload) directUrl sizeBytes mimetype updatedAt md5 }
      cursor
    }
    pageInfo { endCursor hasNextPage }
  }
}`;

/** `CreateRunFiles`: upload URLs for run files. */
export const CREATE_RUN_FILES = `mutation CreateRunFiles($entity: String!, $project: String!,
  $run: String!, $files: [String!]!) {
  createRunFiles(input: {entityName: $entity, projectName: $project, runName: $run, files: $files}) {
    runID uploadHeaders files { name uploadUrl }
  }
}`;

/** A file node as `RunFiles` returns it. */
export interface FileNode {
  id: string;
  name: string;
  url?: string | null;
  directUrl?: string | null;
  sizeBytes?: number | null;
  mimetype?: string | null;
  updatedAt?: string | null;
  md5?: string | null;
}

/** Progress of a download. */
export interface DownloadProgress {
  /** File name. */
  name: string;
  /** Bytes written so far. */
  bytes: number;
  /** Total bytes, when known. */
  total?: number;
}

/** Options of {@linkcode File.download}. */
export interface DownloadOptions {
  /** Overwrite an existing file. @default false */
  replace?: boolean;
  /** Leave an existing file as it is and return its path. @default false */
  existOk?: boolean;
  /**
   * Progress: a callback, `true` (a line on stderr), `false` (none). Undefined: a line on stderr
   * for files of 10 MiB or more when stderr is a terminal.
   */
  progress?: boolean | ((p: DownloadProgress) => void);
  /** Stops the download. */
  signal?: AbortSignal;
}

/** Files this large get a progress line by default. */
const PROGRESS_BYTES = 10 * 1024 * 1024;

function stderrProgress(): (p: DownloadProgress) => void {
  const enc = new TextEncoder();
  let last = -1;
  return (p) => {
    const pct = p.total ? Math.floor((p.bytes / p.total) * 100) : -1;
    if (pct === last && p.bytes !== p.total) return;
    last = pct;
    const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
    const tail = p.total ? `/${mib(p.total)} MiB (${pct}%)` : " MiB";
    const done = p.total !== undefined && p.bytes >= p.total;
    Deno.stderr.writeSync(
      enc.encode(`\rDownloading ${p.name}: ${mib(p.bytes)}${tail}${done ? "\n" : ""}`),
    );
  };
}

/** Refuses names that would leave the target directory (`..`, absolute, backslashes). */
function safeRelative(name: string): string {
  const parts = name.split("/");
  if (
    name === "" || name.startsWith("/") || name.includes("\\") || name.includes("\0") ||
    parts.some((p) => p === "" || p === "." || p === "..")
  ) {
    throw new ApiError(
      "api/bad-argument",
      `File name ${JSON.stringify(name)} is not a relative path; it cannot be downloaded safely`,
    );
  }
  return parts.join(sep);
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.lstat(path);
    return true;
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return false;
    throw e;
  }
}

/**
 * A file of a run.
 *
 * @example
 * ```ts ignore
 * const file = await run.file("model.bin");
 * console.log(file.size, file.md5, file.updatedAt);
 * await file.download("./models"); // ./models/model.bin; refuses to overwrite
 * ```
 */
export class File {
  readonly #client: PublicClient;
  /** The server's id of the file. */
  readonly id: string;
  /** Path inside the run, `/`-separated. */
  readonly name: string;
  /** Download URL (needs the API key). */
  readonly url: string | null;
  /** Download URL that needs no key, when the server gives one. */
  readonly directUrl: string | null;
  /** Base64 MD5 of the content. */
  readonly md5: string | null;
  /** Size in bytes. */
  readonly size: number;
  /** MIME type. */
  readonly mimetype: string | null;
  /** Last upload time (ISO-8601 UTC, no zone). */
  readonly updatedAt: string | null;

  /**
   * Builds the object; the public API's calls do this.
   *
   * @param client the connection
   * @param node the `RunFiles` node
   */
  constructor(client: PublicClient, node: FileNode) {
    this.#client = client;
    this.id = node.id;
    this.name = node.name;
    this.url = node.url ?? null;
    this.directUrl = node.directUrl ?? null;
    this.md5 = node.md5 ?? null;
    this.size = node.sizeBytes ?? 0;
    this.mimetype = node.mimetype ?? null;
    this.updatedAt = node.updatedAt ?? null;
  }

  /**
   * Downloads the file to `root/<name>` (directories created), through a temporary file renamed
   * into place once the MD5 matches.
   *
   * @param root target directory @default "."
   * @param options replace, existOk, progress, signal
   * @returns the path written
   * @throws {ApiError} `api/file-exists` when the target exists and neither `replace` nor
   * `existOk` is set; `api/md5-mismatch` when the bytes do not match the server's MD5
   * @throws {CommError} when the download fails, or stalls (no bytes) for the client's timeout
   */
  async download(root = ".", options: DownloadOptions = {}): Promise<string> {
    const path = join(root, safeRelative(this.name));
    if (!options.replace && await exists(path)) {
      if (options.existOk) return path;
      throw new ApiError(
        "api/file-exists",
        `${path} already exists; pass { replace: true } to overwrite it or { existOk: true } to keep it`,
      );
    }
    if (!this.url) {
      throw new ApiError("api/not-found", `File ${this.name} has no download URL on the server`);
    }
    const url = this.#client.absoluteUrl(this.url);
    let report = typeof options.progress === "function" ? options.progress : undefined;
    if (
      options.progress === true ||
      (options.progress === undefined && this.size >= PROGRESS_BYTES && Deno.stderr.isTerminal())
    ) report = stderrProgress();
    await Deno.mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.${crypto.randomUUID().slice(0, 8)}.part`;
    try {
      const md5 = await retry(`download ${this.name}`, async () => {
        const res = await httpRequest(
          `download ${this.name}`,
          url,
          { headers: { Authorization: this.#client.authHeader() } },
          { signal: options.signal, idleTimeoutMs: this.#client.timeoutMs },
        );
        const total = Number(res.headers.get("content-length") ?? this.size) || undefined;
        const hash = createHash("md5");
        using file = await Deno.open(tmp, { write: true, create: true, truncate: true });
        let bytes = 0;
        try {
          for await (const chunk of res.body ?? []) {
            hash.update(chunk);
            let off = 0;
            while (off < chunk.length) off += await file.write(chunk.subarray(off));
            bytes += chunk.length;
            report?.({ name: this.name, bytes, total });
          }
        } catch (err) {
          if (err instanceof Deno.errors.NotFound || err instanceof Deno.errors.PermissionDenied) {
            throw err;
          }
          throw new CommError(
            "comm/network",
            `download ${this.name}: the body broke off after ${bytes} bytes`,
            { retryable: !options.signal?.aborted, cause: err },
          );
        }
        if (bytes === 0) report?.({ name: this.name, bytes, total });
        return hash.digest("base64");
      }, { ...this.#client.retry, signal: options.signal });
      if (this.md5 && md5 !== this.md5) {
        throw new ApiError(
          "api/md5-mismatch",
          `Downloaded ${this.name} has MD5 ${md5} but the server lists ${this.md5}; download it again`,
        );
      }
      await Deno.rename(tmp, path);
    } finally {
      await Deno.remove(tmp).catch(() => {});
    }
    return path;
  }

  /** `<File name (size bytes)>`. */
  toString(): string {
    return `<File ${this.name} (${this.size} bytes)>`;
  }
}

/** Options of `run.files()`. */
export interface FilesOptions {
  /** Only these files. */
  names?: string[];
  /** Files per page. @default 50 */
  perPage?: number;
}

type RunFilesResult = {
  project: {
    run: {
      fileCount: number;
      files: {
        edges: { node: FileNode | null; cursor: string }[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    } | null;
  } | null;
};

function runNotFound(ref: RunRef): ApiError {
  return new ApiError(
    "api/not-found",
    `Run ${ref.entity}/${ref.project}/${ref.id} not found; check the entity, project and run id`,
  );
}

/**
 * A run's files, one page at a time; `length` is the run's file count (without `names`).
 *
 * @example
 * ```ts ignore
 * const files = run.files({ perPage: 100 });
 * for await (const f of files) console.log(f.name);
 * ```
 */
export class Files extends Paginator<File> {
  readonly #client: PublicClient;
  readonly #ref: RunRef;
  readonly #names: string[];

  /**
   * Builds the object; the public API's calls do this.
   *
   * @param client the connection
   * @param ref the run
   * @param options names, perPage
   */
  constructor(client: PublicClient, ref: RunRef, options: FilesOptions = {}) {
    super(options.perPage ?? 50);
    if (
      options.names !== undefined &&
      (!Array.isArray(options.names) || !options.names.every((n) => typeof n === "string"))
    ) {
      throw new ApiError("api/bad-argument", "files(names) must be a list of strings");
    }
    this.#client = client;
    this.#ref = ref;
    this.#names = options.names ?? [];
  }

  /** Fetches one page of files. */
  protected async fetchPage(cursor: string | undefined, perPage: number): Promise<Page<File>> {
    const res = await this.#client.request<RunFilesResult>(RUN_FILES, {
      project: this.#ref.project,
      entity: this.#ref.entity,
      name: this.#ref.id,
      fileCursor: cursor,
      fileLimit: perPage,
      fileNames: this.#names,
    });
    const run = res.project?.run;
    if (!run) throw runNotFound(this.#ref);
    const edges = run.files.edges;
    return {
      // A requested name the run does not have comes back without an upload time.
      items: edges.flatMap((e) =>
        e.node && (this.#names.length === 0 || e.node.updatedAt)
          ? [new File(this.#client, e.node)]
          : []
      ),
      cursor: edges.at(-1)?.cursor,
      hasNextPage: run.files.pageInfo.hasNextPage,
      length: this.#names.length === 0 ? run.fileCount : undefined,
    };
  }
}

/**
 * One file of a run by name.
 *
 * @param client the connection
 * @param ref the run
 * @param name the file name
 * @returns the file
 * @throws {ApiError} `api/not-found` when the run or the file does not exist
 */
export async function fetchFile(client: PublicClient, ref: RunRef, name: string): Promise<File> {
  const [file] = await new Files(client, ref, { names: [name], perPage: 1 }).loadNextPage();
  if (!file || file.name !== name) {
    throw new ApiError(
      "api/not-found",
      `File ${
        JSON.stringify(name)
      } not found in run ${ref.entity}/${ref.project}/${ref.id}; list them with run.files()`,
    );
  }
  return file;
}

/**
 * Uploads a local file to a run (`CreateRunFiles`, then `PUT`), named by its path relative to
 * `root`.
 *
 * @param client the connection
 * @param ref the run
 * @param path the local file
 * @param root the directory names are relative to
 * @returns the stored file
 * @throws {ApiError} `api/bad-argument` when `path` is not inside `root`, `api/no-upload-url`
 * when the server hands out no upload URL for it
 * @throws {CommError} when the server refuses, or the transfer stalls for the client's timeout
 */
export async function uploadRunFile(
  client: PublicClient,
  ref: RunRef,
  path: string,
  root: string,
): Promise<File> {
  const rel = relative(resolve(root), resolve(path));
  if (rel === "" || rel.startsWith("..") || resolve(rel) === rel) {
    throw new ApiError(
      "api/bad-argument",
      `${path} is not inside ${root}; pass the directory it should be named relative to as root`,
    );
  }
  const name = rel.split(sep).join("/");
  const size = (await Deno.stat(path)).size;
  const res = await client.request<{
    createRunFiles: {
      runID: string;
      uploadHeaders: string[];
      files: { name: string; uploadUrl: string | null }[];
    };
  }>(CREATE_RUN_FILES, { entity: ref.entity, project: ref.project, run: ref.id, files: [name] });
  const target = res.createRunFiles.files.find((f) => f.name === name);
  if (!target?.uploadUrl) {
    throw new ApiError(
      "api/no-upload-url",
      `The server gave no upload URL for ${name} in run ${ref.entity}/${ref.project}/${ref.id}; check that the run exists and that this key may write to it`,
    );
  }
  const headers: Record<string, string> = { "Content-Length": String(size) };
  for (const h of res.createRunFiles.uploadHeaders) {
    const colon = h.indexOf(":");
    if (colon > 0) headers[h.slice(0, colon)] = h.slice(colon + 1);
  }
  const url = client.absoluteUrl(target.uploadUrl);
  await retry(`upload ${name}`, async () => {
    const file = await Deno.open(path, { read: true });
    try {
      const res = await httpRequest(`upload ${name}`, url, {
        method: "PUT",
        headers,
        body: file.readable,
      }, { idleTimeoutMs: client.timeoutMs });
      await res.body?.cancel();
    } finally {
      try {
        file.close(); // the stream closes it when read to the end
      } catch {
        // already closed
      }
    }
  }, client.retry);
  return await fetchFile(client, ref, name);
}
