/**
 * Artifact saving in the sender (server-api.md §9.2), for each ArtifactRecord of the log:
 * `CreateArtifact` (an unchanged version, same digest, comes back `COMMITTED`: nothing more is
 * sent), `CreateArtifactManifest`, `CreateArtifactFiles` in batches of at most 1000, a `PUT` of
 * each file the server does not hold yet (in parallel, each through the shared retry helper),
 * the final manifest, then `CommitArtifact`. Nothing is committed unless every upload went up.
 * UseArtifactRecords become `UseArtifact`. Artifacts are saved one after another in log order,
 * in the background of the post loop; each one's outcome is kept by its client id for
 * `artifact.wait()` on the user thread.
 *
 * @example
 * ```ts ignore
 * const saver = new ArtifactSaver({ gql, policy, signal, run: () => runTarget });
 * saver.onArtifact(record.artifact);
 * saver.tick(); // once the run started
 * await saver.idle();
 * ```
 * @module
 */
import type { wandb_internal } from "../../proto/mod.ts";
import {
  CommError,
  type GraphQLClient,
  httpRequest,
  retry,
  type RetryPolicy,
} from "../../net/mod.ts";
import { type ManifestEntry, manifestText, md5Base64 } from "../artifacts/manifest.ts";
import type { RunTarget } from "./run_updates.ts";
import type { ArtifactProgress } from "../../proto/worker_protocol.ts";
import { putFile } from "./put_file.ts";
import {
  COMPLETE_MULTIPART_UPLOAD,
  type FilePart,
  hashParts,
  hexToBase64,
  mapLimit,
  MULTIPART_THRESHOLD_BYTES,
  PARALLEL_PARTS,
  PART_BYTES,
  partStream,
  planParts,
} from "./artifact_multipart.ts";

/** W&B's CreateArtifact, without the fields a schema probe must confirm. */
export const CREATE_ARTIFACT =
  `mutation CreateArtifact($artifactTypeName: String!, $artifactCollectionNames: [String!], $entityName: String!, $projectName: String!, $runName: String, $description: String, $digest: String!, $aliases: [ArtifactAliasInput!], $metadata: JSONString) { createArtifact(input: {artifactTypeName: $artifactTypeName, artifactCollectionNames: $artifactCollectionNames, entityName: $entityName, projectName: $projectName, runName: $runName, description: $description, digest: $digest, digestAlgorithm: MANIFEST_MD5, aliases: $aliases, metadata: $metadata}) { artifact { id state versionIndex artifactSequence { id latestArtifact { id versionIndex } } } } }`;

/**
 * CreateArtifact with the client ids, for servers whose `CreateArtifactInput` lists them (the
 * official client's probe): media refer to a run-table artifact's entries by them
 * (`wandb-client-artifact://<clientID>/...`), and the server resolves them (ClientIDMapping).
 */
export const CREATE_ARTIFACT_WITH_CLIENT_IDS = CREATE_ARTIFACT
  .replace(
    "$metadata: JSONString)",
    "$metadata: JSONString, $clientID: ID, $sequenceClientID: ID)",
  )
  .replace(
    "metadata: $metadata})",
    "metadata: $metadata, clientID: $clientID, sequenceClientID: $sequenceClientID})",
  );

/** Adds tags to a version (W&B's UpdateArtifact with `tagsToAdd`). */
const UPDATE_ARTIFACT_TAGS =
  `mutation UpdateArtifactTags($artifactID: ID!, $tagsToAdd: [TagInput!]) { updateArtifact(input: {artifactID: $artifactID, tagsToAdd: $tagsToAdd}) { artifact { id } } }`;

/** The official client's probe of CreateArtifact's input fields. */
const PROBE_CREATE_ARTIFACT_INPUT =
  `query ProbeCreateArtifactInput { CreateArtifactInputInfoType: __type(name: "CreateArtifactInput") { inputFields { name } } }`;

/** W&B's CreateArtifactManifest. */
export const CREATE_ARTIFACT_MANIFEST =
  `mutation CreateArtifactManifest($name: String!, $digest: String!, $artifactID: ID!, $baseArtifactID: ID, $entityName: String!, $projectName: String!, $runName: String!, $includeUpload: Boolean!) { createArtifactManifest(input: {name: $name, digest: $digest, artifactID: $artifactID, baseArtifactID: $baseArtifactID, entityName: $entityName, projectName: $projectName, runName: $runName}) { artifactManifest { id file { id name displayName uploadUrl @include(if: $includeUpload) uploadHeaders @include(if: $includeUpload) } } } }`;

/**
 * W&B's CreateArtifactFiles (storage layout V2), with the multipart fields the official 0.30
 * client always asks for (its wandb-core query lists `storagePath` and `uploadMultipartUrls`).
 */
export const CREATE_ARTIFACT_FILES =
  `mutation CreateArtifactFiles($storageLayout: ArtifactStorageLayout!, $artifactFiles: [CreateArtifactFileSpecInput!]!) { createArtifactFiles(input: {artifactFiles: $artifactFiles, storageLayout: $storageLayout}) { files { edges { node { id name displayName uploadUrl uploadHeaders storagePath uploadMultipartUrls { uploadID uploadUrlParts { partNumber uploadUrl } } artifact { id } } } } } }`;

/** W&B's CommitArtifact. */
export const COMMIT_ARTIFACT =
  `mutation CommitArtifact($artifactID: ID!) { commitArtifact(input: {artifactID: $artifactID}) { artifact { id digest } } }`;

/** W&B's UseArtifact. */
export const USE_ARTIFACT =
  `mutation UseArtifact($entityName: String!, $projectName: String!, $runName: String!, $artifactID: ID!) { useArtifact(input: {entityName: $entityName, projectName: $projectName, runName: $runName, artifactID: $artifactID}) { artifact { id digest } } }`;

/** Files per CreateArtifactFiles call (W&B's batch limit). */
const FILES_PER_CALL = 1000;
/** Uploads in flight at once. */
const PARALLEL_UPLOADS = 16;
/** Progress is told at most this often (and when the last file went up, and when done). */
const PROGRESS_EVERY_MS = 250;
/** Files at most this large are read whole; larger ones are streamed from disk (`putFile`). */
const READ_WHOLE_BYTES = 16 << 20;

/** The outcome of saving one artifact, by its client id. */
export type ArtifactOutcome =
  | { ok: true; id: string; versionIndex: number; digest: string; uploaded: number }
  | { ok: false; message: string };

/** Options of {@linkcode ArtifactSaver}. */
export interface ArtifactSaverOptions {
  gql: GraphQLClient;
  /** Retry policy of uploads. */
  policy: RetryPolicy;
  signal: AbortSignal;
  /** The run on the server; undefined until it started. */
  run: () => RunTarget | undefined;
  /** Progress of the artifact being saved: bytes and files uploaded of those to upload. */
  onProgress?: (p: ArtifactProgress) => void;
  /**
   * Files this large or larger go up in parts (lower it in tests).
   * @default MULTIPART_THRESHOLD_BYTES (2 GiB, the official client's)
   */
  multipartThresholdBytes?: number;
  /** Bytes per part of a multipart upload. @default PART_BYTES (100 MiB) */
  partBytes?: number;
  log?: (level: "info" | "warn" | "error", message: string) => void;
}

/** A file to upload: one PUT, or parts of a multipart upload. */
interface Upload {
  entry: ManifestEntry;
  url: string;
  headers: Record<string, string>;
  multipart?: { uploadID: string; storagePath: string; parts: (FilePart & { url: string })[] };
}

type Job =
  | { kind: "log"; rec: wandb_internal.IArtifactRecord }
  | { kind: "use"; rec: wandb_internal.IUseArtifactRecord };

/** Saves a run's artifacts, in log order, in the background. */
export class ArtifactSaver {
  #o: ArtifactSaverOptions;
  #jobs: Job[] = [];
  #queue: Promise<void> = Promise.resolve();
  #outcomes = new Map<string, PromiseWithResolvers<ArtifactOutcome>>();
  /** Whether the server's CreateArtifactInput takes client ids (probed once). */
  #clientIds: Promise<boolean> | undefined;

  /** @param options the client, policy and run */
  constructor(options: ArtifactSaverOptions) {
    this.#o = options;
  }

  /** An ArtifactRecord was read: saved once the run has started. */
  onArtifact(rec: wandb_internal.IArtifactRecord): "run" {
    this.#jobs.push({ kind: "log", rec });
    return "run";
  }

  /** A UseArtifactRecord was read. */
  onUse(rec: wandb_internal.IUseArtifactRecord): "run" {
    this.#jobs.push({ kind: "use", rec });
    return "run";
  }

  /** How saving the artifact with this client id ended (waits until it has). */
  outcome(clientId: string): Promise<ArtifactOutcome> {
    return this.#slot(clientId).promise;
  }

  /** Starts the queued jobs when the run exists on the server. */
  tick(): void {
    const run = this.#o.run();
    if (!run || this.#jobs.length === 0) return;
    const jobs = this.#jobs;
    this.#jobs = [];
    for (const job of jobs) {
      this.#queue = this.#queue.then(() => this.#do(run, job));
    }
  }

  /** Settles once every queued job has ended. */
  async idle(): Promise<void> {
    this.tick();
    await this.#queue;
  }

  #slot(clientId: string): PromiseWithResolvers<ArtifactOutcome> {
    let s = this.#outcomes.get(clientId);
    if (!s) this.#outcomes.set(clientId, s = Promise.withResolvers());
    return s;
  }

  async #do(run: RunTarget, job: Job): Promise<void> {
    const log = this.#o.log;
    if (job.kind === "use") {
      try {
        await this.#o.gql.request(USE_ARTIFACT, {
          entityName: run.entity,
          projectName: run.project,
          runName: run.runId,
          artifactID: job.rec.id ?? "",
        }, { signal: this.#o.signal });
      } catch (err) {
        log?.("warn", `useArtifact ${job.rec.name}: ${(err as Error).message}`);
      }
      return;
    }
    const rec = job.rec;
    const slot = this.#slot(rec.clientId ?? "");
    try {
      const out = await this.#save(run, rec);
      log?.("info", `artifact ${rec.name}: v${out.versionIndex} (${out.uploaded} uploaded)`);
      slot.resolve(out);
    } catch (err) {
      const message = `Cannot save artifact ${rec.name}: ${(err as Error).message}`;
      log?.("warn", message);
      slot.resolve({ ok: false, message });
    }
  }

  /** Probes CreateArtifactInput once; a failed probe means no client ids (the plain mutation). */
  #takesClientIds(): Promise<boolean> {
    this.#clientIds ??= this.#o.gql.request<
      { CreateArtifactInputInfoType: { inputFields: { name: string }[] | null } | null }
    >(PROBE_CREATE_ARTIFACT_INPUT, {}, {
      signal: this.#o.signal,
      retry: { maxRetries: 2, minDelayMs: 500, maxDelayMs: 2000, budgetMs: 10_000 },
    }).then((d) => {
      const names = new Set((d.CreateArtifactInputInfoType?.inputFields ?? []).map((f) => f.name));
      return names.has("clientID") && names.has("sequenceClientID");
    }, () => false);
    return this.#clientIds;
  }

  async #save(
    run: RunTarget,
    rec: wandb_internal.IArtifactRecord,
  ): Promise<Extract<ArtifactOutcome, { ok: true }>> {
    const gql = this.#o.gql;
    const call = { signal: this.#o.signal };
    const name = rec.name ?? "";
    const aliases = [...new Set(["latest", ...(rec.aliases ?? [])])];
    const created = await gql.request<{
      createArtifact: {
        artifact: {
          id: string;
          state: string;
          versionIndex?: number | null;
          artifactSequence: { latestArtifact: { id: string; versionIndex: number } | null };
        };
      };
    }>((await this.#takesClientIds()) ? CREATE_ARTIFACT_WITH_CLIENT_IDS : CREATE_ARTIFACT, {
      clientID: rec.clientId || undefined,
      sequenceClientID: rec.sequenceClientId || undefined,
      artifactTypeName: rec.type,
      artifactCollectionNames: [name],
      entityName: run.entity,
      projectName: run.project,
      // A user-created record (a draft a run uses, a job) has no producing run, as W&B's core
      // sends it: the run only uses the version (useAfterCommit below).
      runName: rec.userCreated ? null : run.runId,
      description: rec.description || null,
      digest: rec.digest,
      aliases: aliases.map((alias) => ({ artifactCollectionName: name, alias })),
      metadata: rec.metadata || null,
    }, call);
    const a = created.createArtifact.artifact;
    const latest = a.artifactSequence.latestArtifact;
    const base = latest && latest.id !== a.id ? latest.id : null;
    const versionIndex = a.versionIndex ?? latest?.versionIndex ?? 0;
    const done = async (uploaded: number) => {
      // Tags go up after the version exists, as W&B's `artifact.save()` sends them (CreateArtifact
      // takes none). A refused tag costs the tag, not the artifact.
      const tags = [...new Set(rec.tags ?? [])];
      if (tags.length > 0) {
        try {
          await gql.request(UPDATE_ARTIFACT_TAGS, {
            artifactID: a.id,
            tagsToAdd: tags.map((tagName) => ({ tagName })),
          }, call);
        } catch (err) {
          this.#o.log?.("warn", `artifact ${name}: tags not saved: ${(err as Error).message}`);
        }
      }
      if (rec.useAfterCommit) {
        await gql.request(USE_ARTIFACT, {
          entityName: run.entity,
          projectName: run.project,
          runName: run.runId,
          artifactID: a.id,
        }, call);
      }
      return { ok: true as const, id: a.id, versionIndex, digest: rec.digest ?? "", uploaded };
    };
    if (a.state === "COMMITTED") return await done(0);
    if (a.state !== "PENDING" && a.state !== "DELETED") {
      throw new CommError("comm/protocol", `createArtifact answered state ${a.state}`);
    }
    const manifestVars = {
      name: "wandb_manifest.json",
      artifactID: a.id,
      baseArtifactID: base,
      entityName: run.entity,
      projectName: run.project,
      runName: run.runId,
    };
    const m = await gql.request<{ createArtifactManifest: { artifactManifest: { id: string } } }>(
      CREATE_ARTIFACT_MANIFEST,
      { ...manifestVars, digest: "", includeUpload: false },
      call,
    );
    const manifestId = m.createArtifactManifest.artifactManifest.id;
    const entries: ManifestEntry[] = (rec.manifest?.contents ?? []).map((e) => {
      const entry: ManifestEntry = { path: e.path ?? "", digest: e.digest ?? "" };
      if (e.ref) entry.ref = e.ref;
      if (e.size !== undefined && e.size !== null) entry.size = Number(e.size);
      if (e.birthArtifactId) entry.birthArtifactID = e.birthArtifactId;
      if (e.localPath) entry.localPath = e.localPath;
      if (e.extra && e.extra.length > 0) {
        entry.extra = Object.fromEntries(
          e.extra.map((x) => [x.key ?? "", JSON.parse(x.valueJson ?? "null")]),
        );
      }
      return entry;
    });
    const local = entries.filter((e) => e.localPath && !e.ref);
    const toUpload: Upload[] = [];
    const threshold = this.#o.multipartThresholdBytes ?? MULTIPART_THRESHOLD_BYTES;
    for (let i = 0; i < local.length; i += FILES_PER_CALL) {
      const chunk = local.slice(i, i + FILES_PER_CALL);
      const parts = new Map<string, FilePart[]>();
      for (const e of chunk) {
        if ((e.size ?? 0) < threshold) continue;
        const plan = planParts(e.size!, this.#o.partBytes ?? PART_BYTES);
        await hashParts(e.localPath!, plan);
        parts.set(e.path, plan);
      }
      const r = await gql.request<{
        createArtifactFiles: {
          files: {
            edges: {
              node: {
                displayName: string;
                uploadUrl: string | null;
                uploadHeaders: string[] | null;
                storagePath?: string | null;
                uploadMultipartUrls?: {
                  uploadID: string;
                  uploadUrlParts: { partNumber: number; uploadUrl: string }[];
                } | null;
                artifact: { id: string } | null;
              };
            }[];
          };
        };
      }>(CREATE_ARTIFACT_FILES, {
        storageLayout: "V2",
        artifactFiles: chunk.map((e) => ({
          artifactID: a.id,
          artifactManifestID: manifestId,
          name: e.path,
          md5: e.digest,
          uploadPartsInput: (parts.get(e.path) ?? []).map((p) => ({
            partNumber: p.partNumber,
            hexMD5: p.hexMD5,
          })),
        })),
      }, call);
      const byName = new Map(chunk.map((e) => [e.path, e]));
      for (const { node } of r.createArtifactFiles.files.edges) {
        const entry = byName.get(node.displayName);
        if (!entry) continue;
        if (node.artifact?.id) entry.birthArtifactID = node.artifact.id;
        const plan = parts.get(entry.path);
        const mp = node.uploadMultipartUrls;
        if (plan && mp && node.storagePath) {
          const urls = new Map(mp.uploadUrlParts.map((u) => [u.partNumber, u.uploadUrl]));
          toUpload.push({
            entry,
            url: "",
            headers: headerMap(node.uploadHeaders),
            multipart: {
              uploadID: mp.uploadID,
              storagePath: node.storagePath,
              parts: plan.map((p) => {
                const url = urls.get(p.partNumber);
                if (!url) {
                  throw new CommError(
                    "comm/protocol",
                    `createArtifactFiles gave no URL for part ${p.partNumber} of ${entry.path}`,
                  );
                }
                return { ...p, url: this.#abs(url) };
              }),
            },
          });
        } else if (node.uploadUrl) {
          toUpload.push({
            entry,
            url: this.#abs(node.uploadUrl),
            headers: headerMap(node.uploadHeaders),
          });
        }
      }
    }
    await this.#uploadAll(name, a.id, toUpload);
    const text = manifestText(entries);
    const final = await gql.request<{
      createArtifactManifest: {
        artifactManifest: { file: { uploadUrl: string | null; uploadHeaders: string[] | null } };
      };
    }>(
      CREATE_ARTIFACT_MANIFEST,
      { ...manifestVars, digest: md5Base64(text), includeUpload: true },
      call,
    );
    const mf = final.createArtifactManifest.artifactManifest.file;
    if (mf.uploadUrl) {
      await this.#put(
        "wandb_manifest.json",
        this.#abs(mf.uploadUrl),
        headerMap(mf.uploadHeaders),
        () => Promise.resolve(new TextEncoder().encode(text)),
      );
    }
    await gql.request(COMMIT_ARTIFACT, { artifactID: a.id }, call);
    return await done(toUpload.length);
  }

  async #uploadAll(name: string, artifactID: string, list: Upload[]): Promise<void> {
    const totalBytes = list.reduce((n, u) => n + (u.entry.size ?? 0), 0);
    let bytes = 0, files = 0, next = 0, last = -Infinity;
    const report = (done = false) => {
      const now = Date.now();
      if (!done && now - last < PROGRESS_EVERY_MS && files < list.length) return;
      last = now;
      this.#o.onProgress?.({ name, bytes, totalBytes, files, totalFiles: list.length, done });
    };
    const worker = async () => {
      while (next < list.length) {
        const u = list[next++]!;
        const path = u.entry.localPath!;
        const size = u.entry.size ?? 0;
        if (u.multipart) {
          await this.#putParts(artifactID, u, (n) => {
            bytes += n;
            report();
          });
        } else {
          if (size <= READ_WHOLE_BYTES) {
            await this.#put(u.entry.path, u.url, u.headers, () => Deno.readFile(path), size);
          } else await this.#putStreamed(u.entry.path, u.url, u.headers, path, size);
          bytes += size;
        }
        files++;
        report();
      }
    };
    if (list.length > 0) report();
    try {
      await Promise.all(Array.from({ length: Math.min(PARALLEL_UPLOADS, list.length) }, worker));
    } finally {
      if (list.length > 0) report(true);
    }
  }

  /** Uploads a file's parts (a few at once, each from disk), then completes the upload. */
  async #putParts(
    artifactID: string,
    u: Upload,
    onPart: (bytes: number) => void,
  ): Promise<void> {
    const mp = u.multipart!;
    const path = u.entry.localPath!;
    const of = mp.parts.length;
    const etags = await mapLimit(mp.parts, PARALLEL_PARTS, async (p) => {
      const etag = await this.#put(
        `${u.entry.path} part ${p.partNumber} of ${of}`,
        p.url,
        {
          ...u.headers,
          "content-md5": hexToBase64(p.hexMD5),
          "content-type": "application/octet-stream",
        },
        () => Promise.resolve(partStream(path, p)),
        p.length,
      );
      onPart(p.length);
      return { partNumber: p.partNumber, hexMD5: etag ?? p.hexMD5 };
    });
    await this.#o.gql.request(COMPLETE_MULTIPART_UPLOAD, {
      completeMultipartAction: "Complete",
      completedParts: etags,
      artifactID,
      storagePath: mp.storagePath,
      uploadID: mp.uploadID,
    }, { signal: this.#o.signal });
  }

  /** PUTs one body through the retry helper; returns the answered ETag, if any. */
  async #put(
    what: string,
    url: string,
    headers: Record<string, string>,
    body: () => Promise<Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>>,
    size?: number,
  ): Promise<string | undefined> {
    const op = `upload ${what}`;
    return await retry(op, async () => {
      const h = { ...headers };
      if (size !== undefined) h["Content-Length"] = String(size);
      const res = await httpRequest(op, url, { method: "PUT", headers: h, body: await body() }, {
        idleTimeoutMs: 120_000,
        signal: this.#o.signal,
      });
      await res.body?.cancel();
      return res.headers.get("etag")?.replaceAll('"', "") ?? undefined;
    }, {
      ...this.#o.policy,
      signal: this.#o.signal,
      onRetry: (e) =>
        this.#o.log?.("warn", `${op}: retry ${e.attempt} in ${e.delayMs} ms: ${e.error.message}`),
    });
  }

  /** A large file, streamed from disk by {@linkcode putFile} (Deno's streamed fetch is slow). */
  async #putStreamed(
    what: string,
    url: string,
    headers: Record<string, string>,
    path: string,
    size: number,
  ): Promise<void> {
    const op = `upload ${what}`;
    await retry(op, () => putFile(op, url, headers, path, size, { signal: this.#o.signal }), {
      ...this.#o.policy,
      signal: this.#o.signal,
      onRetry: (e) =>
        this.#o.log?.("warn", `${op}: retry ${e.attempt} in ${e.delayMs} ms: ${e.error.message}`),
    });
  }

  #abs(url: string): string {
    return url.startsWith("/") ? this.#o.gql.baseUrl + url : url;
  }
}

function headerMap(list: string[] | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of list ?? []) {
    const i = h.indexOf(":");
    if (i > 0) out[h.slice(0, i)] = h.slice(i + 1);
  }
  return out;
}
