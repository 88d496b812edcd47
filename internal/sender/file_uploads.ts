/**
 * File uploads by policy: the files records of a run's log name files under `files/` with W&B's
 * policies (server-api.md §6): `now` goes up at once, `live` at once and again whenever it
 * changed (checked every 5 s), `end` with everything else at the end, when every file of
 * `files/` that is new or changed since its upload goes up. Uploads run in the background, one
 * batch after another, so posts go on meanwhile; each uploaded name goes into the next post's
 * `uploaded` notice.
 *
 * @example
 * ```ts ignore
 * const uploads = new FileUploads({ gql, filesDir, policy, signal, ... });
 * uploads.onFiles(record.files);
 * uploads.tick(Date.now()); // in the sender's loop
 * await uploads.idle();
 * await uploads.uploadAll();
 * ```
 * @module
 */
import type { wandb_internal } from "../../proto/mod.ts";
import { CommError, type GraphQLClient, type RetryPolicy } from "../../net/mod.ts";
import type { Capabilities } from "./capabilities.ts";
import type { RunTarget } from "./run_updates.ts";
import { listFiles, uploadRunFiles } from "./uploader.ts";

/** How often `live` files are checked for changes, ms. */
const LIVE_CHECK_MS = 5000;

/** Options of {@linkcode FileUploads}. */
export interface FileUploadsOptions {
  /** The client the upload URLs are asked through. */
  gql: GraphQLClient;
  /** The run's `files/` directory. */
  filesDir: string;
  /** Retry policy of uploads. */
  policy: RetryPolicy;
  /** The sender's abort. */
  signal: AbortSignal;
  /** The run to upload to; undefined until it started on the server (nothing goes up before). */
  run: () => RunTarget | undefined;
  /** The server's capabilities, once probed (CreateRunFiles or RunUploadUrls). */
  capabilities: () => Promise<Capabilities | undefined> | undefined;
  /** Names just uploaded: for the next post's `uploaded` notice. */
  onUploaded: (names: string[]) => void;
  /** A background upload failed for good: the sender stops with this reason. */
  onFailure: (reason: string) => void;
  /** Debug-log sink. */
  log?: (level: "info" | "warn" | "error", message: string) => void;
}

/** Uploads a run's files by policy. */
export class FileUploads {
  /** Uploaded files by path under `files/`, with the mtime (ms) and size sent (−1 if refused). */
  readonly uploaded: Map<string, { mtime: number; size: number }>;
  #o: FileUploadsOptions;
  #now = new Set<string>();
  #live = new Set<string>();
  #lastLiveCheck = 0;
  #queue: Promise<void> = Promise.resolve();

  /**
   * Creates the uploader.
   *
   * @param options the client, directory, run, callbacks
   * @param uploaded what a checkpoint says was uploaded already
   */
  constructor(
    options: FileUploadsOptions,
    uploaded?: Record<string, { mtime: number; size: number }>,
  ) {
    this.#o = options;
    this.uploaded = new Map(Object.entries(uploaded ?? {}));
  }

  /**
   * A files record: `now` files (the default policy) are queued, `live` ones queued and
   * watched; `end` files wait for the end.
   *
   * @param rec the record's `files`
   */
  onFiles(rec: wandb_internal.IFilesRecord): void {
    for (const f of rec.files ?? []) {
      if (!f.path) continue;
      if (f.policy === 2) {
        this.#live.add(f.path);
        this.#now.add(f.path);
      } else if (f.policy === 0 || f.policy === undefined || f.policy === null) {
        this.#now.add(f.path);
      }
      // END files go up at the end with everything else
    }
  }

  /**
   * Starts the uploads that are due: `live` files every 5 s, queued `now` files at once.
   *
   * @param now the time, ms
   */
  tick(now: number): void {
    if (this.#live.size > 0 && now - this.#lastLiveCheck >= LIVE_CHECK_MS) {
      this.#lastLiveCheck = now;
      this.#enqueue([...this.#live]);
    }
    if (this.#now.size > 0) {
      this.#enqueue([...this.#now]);
      this.#now.clear();
    }
  }

  /** Resolves once the background uploads queued so far ended. */
  idle(): Promise<void> {
    return this.#queue;
  }

  /** Uploads every file of `files/` that is new or changed since it was uploaded (the end). */
  uploadAll(): Promise<void> {
    return this.#uploadChanged(listFiles(this.#o.filesDir));
  }

  /** Uploads in the background, one batch after another, so posts go on meanwhile. */
  #enqueue(names: string[]): void {
    this.#queue = this.#queue.then(() => this.#uploadChanged(names)).catch((err) => {
      this.#o.onFailure(`upload failed: ${(err as Error).message}`);
    });
  }

  async #uploadChanged(names: string[]): Promise<void> {
    const run = this.#o.run();
    if (!run) return;
    const changed: string[] = [];
    for (const name of names) {
      try {
        const st = Deno.statSync(`${this.#o.filesDir}/${name}`);
        const prev = this.uploaded.get(name);
        const mtime = st.mtime?.getTime() ?? 0;
        if (!prev || prev.mtime !== mtime || prev.size !== st.size) changed.push(name);
      } catch {
        // not there (yet)
      }
    }
    if (changed.length === 0) return;
    let done;
    try {
      done = await uploadRunFiles(
        this.#o.gql,
        { entity: run.entity, project: run.project, run: run.runId },
        this.#o.filesDir,
        changed,
        {
          policy: this.#o.policy,
          timeoutMs: 0,
          signal: this.#o.signal,
          createRunFiles: (await this.#o.capabilities())?.mutations.has("createRunFiles"),
        },
      );
    } catch (err) {
      // The server is gone (or we stopped): stop. A file the server refused: say so, go on.
      if (
        !(err instanceof CommError) || err.retryable || err.code === "comm/gave-up" ||
        err.code === "comm/aborted"
      ) throw err;
      this.#o.log?.("warn", `upload of ${changed.join(", ")} failed: ${err.message}`);
      for (const name of changed) this.uploaded.set(name, { mtime: -1, size: -1 });
      return;
    }
    for (const u of done) this.uploaded.set(u.name, { mtime: u.mtime, size: u.size });
    this.#o.onUploaded(done.map((u) => u.name));
  }
}
