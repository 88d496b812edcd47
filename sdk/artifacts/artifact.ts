/**
 * `wandb.Artifact`: a versioned set of files as W&B has them. A new artifact collects entries
 * (`addFile`, `addDir`, `newFile`, `addReference`) into a v1 manifest with W&B's digests;
 * `run.logArtifact` puts it in the run's log, and the Worker's sender uploads it (only bytes
 * the server lacks; an unchanged version uploads nothing). A logged or fetched artifact knows its
 * `version` and `aliases`, and downloads into a root through the shared cache.
 *
 * Files added with the default `mutable` policy are copied into the shared cache at once (so a
 * later change of the original does not change the artifact); `immutable` files are read from
 * where they are at upload time.
 *
 * @example
 * ```ts ignore
 * const a = new Artifact("mnist", "dataset", { metadata: { rows: 60000 } });
 * a.addDir("data/mnist");
 * run.logArtifact(a, { aliases: ["best"] });
 * await a.wait();
 * console.log(a.version); // "v0"
 * ```
 * @module
 */
import type { wandb_internal } from "../../proto/mod.ts";
import type { GraphQLClient } from "../../net/mod.ts";
import {
  artifactsCacheDir,
  cachePath,
  manifestDigest,
  type ManifestEntry,
  md5Base64,
  md5FileSync,
  sortEntries,
} from "../../internal/artifacts/manifest.ts";
import { ArtifactError } from "./errors.ts";
import { generateRunId } from "../settings.ts";
import {
  type ArtifactData,
  copyIntoCache,
  DELETE_ARTIFACT,
  downloadEntries,
  type DownloadOptions,
  type DownloadStats,
  fetchManifest,
  UPDATE_ARTIFACT,
} from "./remote.ts";

export type { ManifestEntry } from "../../internal/artifacts/manifest.ts";

/** Options of `new Artifact()`. */
export interface ArtifactOptions {
  /** Free text about the artifact. */
  description?: string;
  /** JSON metadata of the version. */
  metadata?: Record<string, unknown>;
}

/** Options of {@linkcode Artifact.addFile}. */
export interface AddFileOptions {
  /** Path inside the artifact. @default the file's base name */
  name?: string;
  /** `mutable` (default) copies the file now; `immutable` reads it in place at upload. */
  policy?: "mutable" | "immutable";
}

/** Options of {@linkcode Artifact.addReference}. */
export interface AddReferenceOptions {
  /** Path inside the artifact (a directory prefix for a `file://` directory). */
  name?: string;
  /** Digest the content (default) or only the URI. @default true */
  checksum?: boolean;
  /** Most files a directory reference may hold. @default 10000000 */
  maxObjects?: number;
}

/** Where a logged artifact's outcome comes from (set by `run.logArtifact`). */
export interface ArtifactSaveHandle {
  clientId: string;
  wait: () => Promise<{ id: string; versionIndex: number }>;
  gql?: GraphQLClient;
  entity?: string;
  project: string;
}

const NAME_RE = /^[A-Za-z0-9_.-]+$/;

/**
 * Checks an artifact name.
 *
 * @throws {ArtifactError} `artifact/invalid-name`
 */
export function checkArtifactName(name: string): void {
  if (typeof name !== "string" || !NAME_RE.test(name)) {
    const bad = typeof name !== "string"
      ? "not a string"
      : name === ""
      ? "it is empty"
      : `'${[...name].find((c) => !/[A-Za-z0-9_.-]/.test(c))}' is not allowed`;
    throw new ArtifactError(
      "artifact/invalid-name",
      `Cannot name an artifact ${
        JSON.stringify(name)
      }: ${bad}; use letters, digits, '-', '_' and '.'`,
    );
  }
}

/** A W&B artifact: a draft to log, or a version logged or fetched. */
export class Artifact {
  /** The collection name (without `:alias`). */
  readonly name: string;
  /** The artifact type (`dataset`, `model`, …). */
  readonly type: string;
  /** Free text. Editable; `save()` sends it for a logged version. */
  description: string;
  /** JSON metadata. Editable; `save()` sends it for a logged version. */
  metadata: Record<string, unknown>;
  /** Aliases of this version (`latest`, `best`, …). Editable; `save()` sends them. */
  aliases: string[] = [];
  /** Tags given at log time. */
  tags: string[] = [];
  /** The server's id once logged and waited for, or fetched. */
  id: string | undefined;
  /** `v<N>` once logged and waited for, or fetched. */
  version: string | undefined;
  /** `PENDING` until committed on the server. */
  state: "PENDING" | "COMMITTED" = "PENDING";
  #entries = new Map<string, ManifestEntry>();
  #newFiles = new Map<string, { tmp: string; file: Deno.FsFile }>();
  #handle: ArtifactSaveHandle | undefined;
  #remote: { gql: GraphQLClient; entity: string; project: string } | undefined;
  #logged = false;

  /**
   * A new, empty artifact.
   *
   * @throws {ArtifactError} `artifact/invalid-name` for a name with `:` or `/` (or empty)
   */
  constructor(name: string, type: string, options: ArtifactOptions = {}) {
    checkArtifactName(name);
    if (typeof type !== "string" || !NAME_RE.test(type)) {
      throw new ArtifactError(
        "artifact/invalid-name",
        `Cannot make artifact ${name} of type ${
          JSON.stringify(type)
        }; use letters, digits, '-', '_' and '.' in the type`,
      );
    }
    this.name = name;
    this.type = type;
    this.description = options.description ?? "";
    this.metadata = { ...(options.metadata ?? {}) };
  }

  /** The artifact digest W&B computes over the manifest (hex MD5). */
  get digest(): string {
    this.#finalizeNewFiles();
    return manifestDigest(this.#entries.values());
  }

  /** `entity/project/name:version` once known, else `name`. */
  get qualifiedName(): string {
    const r = this.#remote ?? this.#handle;
    return this.version && r?.entity
      ? `${r.entity}/${r.project}/${this.name}:${this.version}`
      : this.name;
  }

  /**
   * Adds one file.
   *
   * @throws {ArtifactError} `artifact/file-not-found` or `artifact/not-a-file`
   */
  addFile(localPath: string, options: AddFileOptions = {}): ManifestEntry {
    this.#mutable("addFile");
    const stat = statOrThrow(localPath, "addFile");
    if (!stat.isFile) {
      throw new ArtifactError(
        "artifact/not-a-file",
        `Cannot add ${localPath} as a file: it is a directory; use artifact.addDir(${
          JSON.stringify(localPath)
        })`,
      );
    }
    const name = cleanPath(options.name ?? localPath.split("/").pop()!);
    const { digest, size } = md5FileSync(localPath);
    let local = absolute(localPath);
    if ((options.policy ?? "mutable") === "mutable") {
      const cache = artifactsCacheDir();
      const dest = cachePath(cache, digest)!;
      // Cached bytes are named by their MD5: a file of the right size there is taken as them,
      // as W&B's cache does (hashing it again doubled addFile's cost).
      let cached = false;
      try {
        cached = Deno.statSync(dest).size === size;
      } catch { /* not cached yet */ }
      if (!cached) copyIntoCache(cache, dest, localPath);
      local = dest;
    }
    const entry: ManifestEntry = { path: name, digest, size, localPath: local };
    this.#entries.set(name, entry);
    return entry;
  }

  /**
   * Adds every file under a directory (paths kept relative to it, under `name` when given).
   *
   * @throws {ArtifactError} `artifact/file-not-found` or `artifact/not-a-directory`
   */
  addDir(
    localPath: string,
    options: { name?: string; policy?: "mutable" | "immutable" } = {},
  ): ManifestEntry[] {
    this.#mutable("addDir");
    const stat = statOrThrow(localPath, "addDir");
    if (!stat.isDirectory) {
      throw new ArtifactError(
        "artifact/not-a-directory",
        `Cannot add ${localPath} as a directory: it is a file; use artifact.addFile(${
          JSON.stringify(localPath)
        })`,
      );
    }
    const prefix = options.name ? cleanPath(options.name) + "/" : "";
    return walk(localPath).map((rel) =>
      this.addFile(`${localPath}/${rel}`, { name: prefix + rel, policy: options.policy })
    );
  }

  /**
   * A new file of the artifact, open for writing; its bytes are taken when the artifact is
   * logged (close it first, or it is closed then).
   */
  newFile(name: string): Deno.FsFile {
    this.#mutable("newFile");
    const path = cleanPath(name);
    const dir = `${artifactsCacheDir()}/tmp`;
    Deno.mkdirSync(dir, { recursive: true });
    const tmp = `${dir}/${crypto.randomUUID()}`;
    const file = Deno.openSync(tmp, { write: true, create: true, truncate: true });
    this.#newFiles.set(path, { tmp, file });
    this.#entries.delete(path);
    return file;
  }

  /**
   * Adds a reference: `file://` (a file or directory, digested here), `http(s)://` (ETag, else
   * the content's MD5), `s3://`/`gs://` (kept in the manifest as W&B does without credentials:
   * the URI is its digest).
   *
   * @throws {ArtifactError} `artifact/reference` when the reference cannot be read
   */
  async addReference(uri: string, options: AddReferenceOptions = {}): Promise<ManifestEntry[]> {
    this.#mutable("addReference");
    const checksum = options.checksum ?? true;
    const u = parseUri(uri);
    if (u.protocol === "file:") {
      const path = decodeURIComponent(u.pathname);
      const stat = statOrThrow(path, "addReference");
      const one = (p: string, name: string): ManifestEntry => {
        const fileUri = new URL(`file://${absolute(p)}`).href;
        const e: ManifestEntry = checksum
          ? { path: name, ref: fileUri, ...md5FileSync(p) }
          : { path: name, ref: fileUri, digest: md5Base64(fileUri), size: Deno.statSync(p).size };
        this.#entries.set(name, e);
        return e;
      };
      if (stat.isFile) return [one(path, cleanPath(options.name ?? path.split("/").pop()!))];
      const files = walk(path);
      const max = options.maxObjects ?? 10_000_000;
      if (files.length > max) {
        throw new ArtifactError(
          "artifact/reference",
          `Cannot add ${uri}: it holds ${files.length} files, over maxObjects ${max}; raise maxObjects`,
        );
      }
      const prefix = options.name ? cleanPath(options.name) + "/" : "";
      return files.map((rel) => one(`${path}/${rel}`, prefix + rel));
    }
    const name = cleanPath(options.name ?? (u.pathname.split("/").filter(Boolean).pop() || u.host));
    if (u.protocol === "http:" || u.protocol === "https:") {
      let e: ManifestEntry = { path: name, ref: uri, digest: uri };
      if (checksum) {
        const res = await fetch(uri, { method: "HEAD" }).catch((err) => {
          throw new ArtifactError(
            "artifact/reference",
            `Cannot reach ${uri}: ${err.message}; check the URL`,
          );
        });
        if (!res.ok) {
          throw new ArtifactError(
            "artifact/reference",
            `Cannot add ${uri}: HTTP ${res.status}; check the URL`,
          );
        }
        const etag = res.headers.get("etag");
        const len = res.headers.get("content-length");
        if (etag) {
          e = {
            path: name,
            ref: uri,
            digest: etag.replace(/^W\//, "").replace(/^"|"$/g, ""),
            extra: { etag },
          };
          if (len !== null) e.size = Number(len);
        } else {
          const body = new Uint8Array(await (await fetch(uri)).arrayBuffer());
          e = { path: name, ref: uri, digest: md5Base64(body), size: body.length };
        }
      }
      this.#entries.set(name, e);
      return [e];
    }
    if (u.protocol === "s3:" || u.protocol === "gs:") {
      const e: ManifestEntry = { path: name, ref: uri, digest: uri };
      this.#entries.set(name, e);
      return [e];
    }
    throw new ArtifactError(
      "artifact/reference",
      `Cannot add reference ${uri}: ${u.protocol} is not supported; use file://, http(s)://, s3:// or gs://`,
    );
  }

  /** Removes an entry (or every entry under a directory path). @returns whether any was removed */
  remove(path: string): boolean {
    this.#mutable("remove");
    const p = cleanPath(path);
    let removed = this.#entries.delete(p) || this.#newFiles.delete(p);
    for (const k of [...this.#entries.keys()]) {
      if (k.startsWith(p + "/")) removed = this.#entries.delete(k) || removed;
    }
    return removed;
  }

  /** The entry at a path, or undefined. */
  getEntry(path: string): ManifestEntry | undefined {
    return this.#entries.get(cleanPath(path));
  }

  /** The entry at a path (W&B's `get_path`). @throws {ArtifactError} `artifact/not-found` */
  getPath(path: string): ManifestEntry {
    const e = this.getEntry(path);
    if (!e) {
      throw new ArtifactError(
        "artifact/not-found",
        `Cannot find ${path} in artifact ${this.name}; list them with artifact.files()`,
      );
    }
    return e;
  }

  /** Every entry, in path order. */
  files(): ManifestEntry[] {
    this.#finalizeNewFiles();
    return sortEntries(this.#entries.values());
  }

  /**
   * Waits until a logged artifact is committed on the server; sets `id` and `version`.
   *
   * @throws {ArtifactError} `artifact/not-logged`, `artifact/offline` or `artifact/upload-failed`
   */
  async wait(): Promise<this> {
    if (this.id && this.state === "COMMITTED") return this;
    if (!this.#handle) {
      throw new ArtifactError(
        "artifact/not-logged",
        `Cannot wait for artifact ${this.name}: it was not logged; call run.logArtifact(artifact) first`,
      );
    }
    const r = await this.#handle.wait();
    this.id = r.id;
    this.version = `v${r.versionIndex}`;
    this.state = "COMMITTED";
    if (!this.aliases.includes("latest")) this.aliases.unshift("latest");
    return this;
  }

  /**
   * Downloads every file under `root` (default `./artifacts/<name>:<version>`): a file whose
   * digest already matches is kept, bytes in the shared cache are copied from there.
   *
   * @throws {ArtifactError} `artifact/download-conflict` when root holds other bytes and
   * `overwrite` is not set
   */
  async download(root?: string, options: DownloadOptions = {}): Promise<string> {
    const dir = root ?? `./artifacts/${this.name}:${this.version ?? "latest"}`;
    await this.#download(dir, options);
    return dir;
  }

  /** {@linkcode Artifact.download}, returning what it did. */
  async downloadWithStats(root: string, options: DownloadOptions = {}): Promise<DownloadStats> {
    return await this.#download(root, options);
  }

  async #download(root: string, options: DownloadOptions): Promise<DownloadStats> {
    this.#finalizeNewFiles();
    await Deno.mkdir(root, { recursive: true });
    return await downloadEntries(this.#gql(), this.id, [...this.#entries.values()], root, options);
  }

  /**
   * Checks that `root` holds exactly this artifact's bytes.
   *
   * @throws {ArtifactError} `artifact/verify-failed` naming the first file that differs
   */
  async verify(root: string): Promise<void> {
    for (const e of this.files()) {
      if (e.ref && !e.ref.startsWith("file://")) continue;
      let got: string | undefined;
      try {
        got = md5FileSync(`${root}/${e.path}`).digest;
      } catch {
        got = undefined;
      }
      if (got !== e.digest) {
        throw new ArtifactError(
          "artifact/verify-failed",
          `Cannot verify ${root}: ${e.path} ${
            got ? "holds other bytes" : "is missing"
          }; download the artifact again`,
        );
      }
    }
    await Promise.resolve();
  }

  /**
   * Sends edited `description`, `metadata` and `aliases` of a logged or fetched version.
   *
   * @throws {ArtifactError} `artifact/not-logged` for a draft
   */
  async save(): Promise<void> {
    const gql = this.#gqlOrThrow("save");
    await gql.request(UPDATE_ARTIFACT, {
      artifactID: this.id,
      description: this.description,
      metadata: JSON.stringify(this.metadata),
      aliases: this.aliases.filter((a) => !/^v\d+$/.test(a)).map((alias) => ({
        artifactCollectionName: this.name,
        alias,
      })),
    });
  }

  /** Deletes this version on the server (`deleteAliases` to drop its aliases too). */
  async delete(options: { deleteAliases?: boolean } = {}): Promise<void> {
    const gql = this.#gqlOrThrow("delete");
    await gql.request(DELETE_ARTIFACT, {
      artifactID: this.id,
      deleteAliases: options.deleteAliases ?? false,
    });
    this.state = "PENDING";
  }

  /** @internal the ArtifactRecord `run.logArtifact` publishes */
  toRecord(
    run: { id: string; project: string; entity?: string },
    options: {
      aliases?: string[];
      tags?: string[];
      useAfterCommit?: boolean;
      clientId: string;
      sequenceClientId?: string;
    },
  ): wandb_internal.IArtifactRecord {
    this.#finalizeNewFiles();
    const aliases = [...new Set(["latest", ...(options.aliases ?? [])])];
    this.aliases = aliases;
    this.tags = options.tags ?? [];
    const contents = this.files().map((e) => ({
      path: e.path,
      digest: e.digest,
      ref: e.ref,
      size: e.size,
      localPath: e.localPath,
      birthArtifactId: e.birthArtifactID,
      extra: e.extra
        ? Object.entries(e.extra).map(([key, v]) => ({ key, valueJson: JSON.stringify(v) }))
        : undefined,
    }));
    return {
      runId: run.id,
      project: run.project,
      entity: run.entity ?? "",
      type: this.type,
      name: this.name,
      digest: manifestDigest(this.#entries.values()),
      description: this.description,
      metadata: JSON.stringify(this.metadata),
      // As the official client: only a draft artifact a run *uses* is "user created" (W&B's core
      // then sends no runName, so the version has no producing run); a logged one is the run's.
      userCreated: options.useAfterCommit ?? false,
      useAfterCommit: options.useAfterCommit ?? false,
      aliases,
      tags: this.tags,
      clientId: options.clientId,
      sequenceClientId: options.sequenceClientId ?? generateRunId(128),
      finalize: true,
      manifest: {
        version: 1,
        storagePolicy: "wandb-storage-policy-v1",
        storagePolicyConfig: [{ key: "storageLayout", valueJson: '"V2"' }],
        contents,
      },
    };
  }

  /** @internal ties a logged artifact to the run that logged it */
  attach(handle: ArtifactSaveHandle): void {
    this.#handle = handle;
    this.#logged = true;
    if (handle.gql && handle.entity) {
      this.#remote = { gql: handle.gql, entity: handle.entity, project: handle.project };
    }
  }

  /** @internal builds an artifact from a server's answer (with its manifest) */
  static async fromServer(
    gql: GraphQLClient,
    data: ArtifactData,
    fallback: { entity: string; project: string },
  ): Promise<Artifact> {
    const a = new Artifact(data.artifactSequence.name, data.artifactType.name, {
      description: data.description ?? "",
      metadata: parseMetadata(data.metadata),
    });
    a.id = data.id;
    a.version = `v${data.versionIndex ?? 0}`;
    a.state = data.state === "COMMITTED" ? "COMMITTED" : "PENDING";
    // The version alias (`v<N>`) is `version`; `aliases` holds the others, as the official client's.
    a.aliases = data.aliases
      .filter((x) => !x.artifactCollection || x.artifactCollection.name === a.name)
      .map((x) => x.alias)
      .filter((alias) => !/^v\d+$/.test(alias));
    const p = data.artifactSequence.project;
    a.#remote = {
      gql,
      entity: p?.entityName ?? fallback.entity,
      project: p?.name ?? fallback.project,
    };
    for (const e of await fetchManifest(gql, data)) a.#entries.set(e.path, e);
    a.#logged = true;
    return a;
  }

  #gql(): GraphQLClient | undefined {
    return this.#remote?.gql ?? this.#handle?.gql;
  }

  #gqlOrThrow(what: string): GraphQLClient {
    const gql = this.#gql();
    if (!gql || !this.id) {
      throw new ArtifactError(
        "artifact/not-logged",
        `Cannot ${what} artifact ${this.name}: it is not on a server yet; log it with run.logArtifact() and await artifact.wait()`,
      );
    }
    return gql;
  }

  #mutable(what: string): void {
    if (this.#logged) {
      throw new ArtifactError(
        "artifact/finalized",
        `Cannot ${what}: artifact ${this.name} was already logged; make a new Artifact for the next version`,
      );
    }
  }

  #finalizeNewFiles(): void {
    if (this.#newFiles.size === 0) return;
    const cache = artifactsCacheDir();
    for (const [path, { tmp, file }] of this.#newFiles) {
      try {
        file.close();
      } catch { /* closed by the user */ }
      const { digest, size } = md5FileSync(tmp);
      const dest = cachePath(cache, digest)!;
      Deno.mkdirSync(dest.slice(0, dest.lastIndexOf("/")), { recursive: true });
      Deno.renameSync(tmp, dest);
      this.#entries.set(path, { path, digest, size, localPath: dest });
    }
    this.#newFiles.clear();
  }
}

function parseMetadata(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const v = JSON.parse(text);
    return v && typeof v === "object" ? v : {};
  } catch {
    return {};
  }
}

function parseUri(uri: string): URL {
  try {
    return new URL(uri);
  } catch {
    throw new ArtifactError(
      "artifact/reference",
      `Cannot add reference ${
        JSON.stringify(uri)
      }: not a URI; write it as file:///abs/path, https://… or s3://bucket/key`,
    );
  }
}

function statOrThrow(path: string, what: string): Deno.FileInfo {
  try {
    return Deno.statSync(path);
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) {
      throw new ArtifactError(
        "artifact/file-not-found",
        `Cannot ${what} ${path}: no such file or directory; check the path`,
      );
    }
    throw err;
  }
}

function cleanPath(p: string): string {
  return p.replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/^\/+/, "").replace(/\/+$/, "");
}

function absolute(p: string): string {
  return p.startsWith("/") ? p : `${Deno.cwd()}/${p.replace(/^\.\//, "")}`;
}

function walk(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  const entries = [...Deno.readDirSync(dir)].sort((a, b) => a.name < b.name ? -1 : 1);
  for (const e of entries) {
    const rel = prefix + e.name;
    const full = `${dir}/${e.name}`;
    const isDir = e.isSymlink ? Deno.statSync(full).isDirectory : e.isDirectory;
    if (isDir) out.push(...walk(full, rel + "/"));
    else out.push(rel);
  }
  return out;
}
