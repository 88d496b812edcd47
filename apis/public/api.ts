/**
 * `Api`, the entry point of the public API (W&B's `wandb.Api`): where the server is, whose key to
 * use, the default entity and project for short paths, and the projects, runs, history and files
 * reachable from there. Requests use W&B's public-client conventions (User-Agent
 * `W&B Public Client`, 19 s per request, retries within a 20 s budget).
 *
 * Server, key, entity and project come from the SDK's settings resolver (`sdk/settings.ts`): the
 * options first, then `WANDB_*` variables, the workspace and global settings files (where
 * `wandb-ts login --host` writes `base_url`), then the key from netrc.
 *
 * Permissions: `--allow-net` to the server; `--allow-env` and `--allow-read` of the settings and
 * netrc files when the key or URL come from there; `--allow-read`/`--allow-write` for file
 * transfers.
 *
 * @example
 * ```ts ignore
 * import { Api } from "@wandb/ts/apis";
 * const api = new Api({ entity: "me", project: "demo" });
 * const run = await api.run("abc123"); // me/demo/abc123
 * for await (const r of api.runs("demo", { filters: { state: "finished" }, order: "-summary_metrics.acc" })) {
 *   console.log(r.id, r.summary.get("acc"));
 * }
 * ```
 * @module
 */
import { resolveCredentials } from "../../net/credentials.ts";
import { Artifact } from "../../sdk/artifacts/artifact.ts";
import { fetchArtifact } from "../../sdk/artifacts/remote.ts";
import { ArtifactCollections, type ArtifactVersions, collectionVersions } from "./artifacts.ts";
import { type Job, loadJob } from "./jobs.ts";
import type { RetryPolicy } from "../../net/retry.ts";
import { processEnv, resolveSettings } from "../../sdk/settings.ts";
import { PUBLIC_RETRY_POLICY, PublicClient } from "./_client.ts";
import { ApiError } from "./errors.ts";
import { parseProjectPath, parseRunPath } from "./paths.ts";
import { fetchProject, Project, Projects } from "./projects.ts";
import { fetchRunNode, Run, Runs, type RunsOptions } from "./runs.ts";
import type { Viewer } from "./viewer.ts";
import { cliCommand } from "../../cli/command.ts";

/** Options of {@linkcode Api}. */
export interface ApiOptions {
  /**
   * Server root. @default `WANDB_BASE_URL`, else `base_url` of the settings files, else
   * `https://api.wandb.ai`
   */
  baseUrl?: string;
  /**
   * API key. @default `WANDB_API_KEY`, else the netrc entry for the server, else `api_key` of the
   * settings files
   */
  apiKey?: string;
  /** Entity for short paths. @default `WANDB_ENTITY` or the settings files, else the viewer's */
  entity?: string;
  /**
   * Project for short run paths. @default `WANDB_PROJECT` or the settings files, else
   * `uncategorized`
   */
  project?: string;
  /** Per-request timeout in seconds. @default 19 */
  timeout?: number;
  /** Retry policy of every request. @default W&B's GraphQL backoff within a 20 s budget */
  retry?: RetryPolicy;
  /**
   * Environment to read instead of the process's (tests, embedding); its `HOME` and
   * `WANDB_CONFIG_DIR` also decide where the global settings file is.
   */
  env?: Record<string, string | undefined>;
}

export { type Viewer, VIEWER_QUERY } from "./viewer.ts";

/** The environment given as an option, without its unset entries. */
function definedOnly(
  env: Record<string, string | undefined> | undefined,
): Record<string, string> | undefined {
  if (!env) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

function extraHeaders(env: Record<string, string | undefined>): Record<string, string> {
  const headers: Record<string, string> = {};
  if (env.WANDB_USERNAME) headers["X-WANDB-USERNAME"] = env.WANDB_USERNAME;
  if (env.WANDB_USER_EMAIL) headers["X-WANDB-USER-EMAIL"] = env.WANDB_USER_EMAIL;
  const extra = env.WANDB__EXTRA_HTTP_HEADERS;
  if (extra) {
    try {
      const parsed = JSON.parse(extra) as Record<string, unknown>;
      for (const [k, v] of Object.entries(parsed)) if (typeof v === "string") headers[k] = v;
    } catch {
      throw new ApiError(
        "api/bad-argument",
        'WANDB__EXTRA_HTTP_HEADERS is not a JSON object; set it like {"X-Header": "value"}',
      );
    }
  }
  return headers;
}

/**
 * The public API of a W&B server.
 *
 * @example
 * ```ts ignore
 * const api = new Api({ baseUrl: "http://127.0.0.1:8080", apiKey });
 * console.log((await api.viewer).entity);
 * const run = await api.run("me/demo/abc123");
 * ```
 */
export class Api {
  readonly #client: PublicClient;
  readonly #runs = new Map<string, Run>();
  readonly #projects = new Map<string, Project>();

  /**
   * Resolves the server, key and defaults with the SDK's settings resolver (explicit options
   * first, then `WANDB_*`, the settings files and netrc). Sends nothing.
   *
   * @param options baseUrl, apiKey, entity, project, timeout (s), retry, env
   * @throws {ApiError} `api/no-api-key` when no key is found
   * @throws {SettingsError} for a setting the SDK would refuse too (e.g. a bad project name)
   */
  constructor(options: ApiOptions = {}) {
    const env = definedOnly(options.env) ?? processEnv();
    const { settings } = resolveSettings({
      env,
      init: { base_url: options.baseUrl, entity: options.entity, project: options.project },
    });
    const creds = resolveCredentials({
      baseUrl: settings.base_url,
      apiKey: settings.api_key,
      env,
    });
    const apiKey = options.apiKey ?? creds.apiKey;
    if (!apiKey) {
      throw new ApiError(
        "api/no-api-key",
        `No API key for ${creds.baseUrl}; pass { apiKey }, set WANDB_API_KEY, or run \`${
          cliCommand("login")
        }\``,
      );
    }
    const timeout = options.timeout ?? 19;
    if (!(timeout > 0)) {
      throw new ApiError("api/bad-argument", `timeout must be a positive number of seconds`);
    }
    this.#client = new PublicClient({
      baseUrl: creds.baseUrl,
      apiKey,
      timeoutMs: timeout * 1000,
      retry: options.retry ?? PUBLIC_RETRY_POLICY,
      headers: extraHeaders(env),
      entity: settings.entity || undefined,
      project: settings.project,
    });
  }

  /** The server root (no trailing slash). */
  get baseUrl(): string {
    return this.#client.baseUrl;
  }

  /** The default project of short run paths. */
  get defaultProject(): string {
    return this.#client.project;
  }

  /**
   * The default entity: the `entity` option (or `WANDB_ENTITY`), else the viewer's (asked once).
   *
   * @example
   * ```ts ignore
   * console.log(await api.defaultEntity);
   * ```
   */
  get defaultEntity(): Promise<string> {
    return this.#client.defaultEntity();
  }

  /**
   * The user the key belongs to (asked once, until `flush()`).
   *
   * @example
   * ```ts ignore
   * const { entity, username, teams } = await api.viewer;
   * ```
   */
  get viewer(): Promise<Viewer> {
    return this.#client.viewer();
  }

  /**
   * Drops cached objects (runs, projects, the viewer): the next calls ask the server again.
   *
   * @example
   * ```ts ignore
   * api.flush();
   * const fresh = await api.run("me/demo/abc123");
   * ```
   */
  flush(): void {
    this.#runs.clear();
    this.#projects.clear();
    this.#client.flush();
  }

  /**
   * An entity's projects, fetched lazily.
   *
   * @param entity the entity @default the default entity
   * @param options perPage (default 50)
   * @returns a lazy paginator
   * @example
   * ```ts ignore
   * for await (const p of api.projects()) console.log(p.name);
   * ```
   */
  projects(entity?: string, options: { perPage?: number } = {}): Projects {
    return new Projects(this.#client, entity, options.perPage ?? 50);
  }

  /**
   * One project.
   *
   * @param name `project` or `entity/project`
   * @param entity the entity when `name` has none @default the default entity
   * @returns the project
   * @throws {ApiError} `api/bad-path`, `api/not-found`
   * @example
   * ```ts ignore
   * const p = await api.project("me/demo");
   * ```
   */
  async project(name: string, entity?: string): Promise<Project> {
    const parts = parseProjectPath(name);
    const e = parts.entity ?? entity ?? await this.#client.defaultEntity();
    const key = `${e}/${parts.project}`;
    const cached = this.#projects.get(key);
    if (cached) return cached;
    const project = await fetchProject(this.#client, e, parts.project);
    this.#projects.set(key, project);
    return project;
  }

  /**
   * A project's runs, fetched a page at a time.
   *
   * @param path `entity/project` or `project` @default the default project
   * @param options filters (Mongo-style), order (`+`/`-` key, default `-created_at`), perPage
   * @returns a lazy paginator (`length` once a page is loaded, `count()`)
   * @throws {ApiError} `api/bad-path` for a malformed path
   * @example
   * ```ts ignore
   * const runs = api.runs("me/demo", { filters: { "config.lr": { $gt: 0.01 } }, order: "+created_at", perPage: 100 });
   * for await (const run of runs) console.log(run.id);
   * ```
   */
  runs(path?: string, options: RunsOptions = {}): Runs {
    const parts = parseProjectPath(path ?? this.#client.project);
    return new Runs(this.#client, parts.entity, parts.project, options);
  }

  /**
   * One run, loaded (and cached until `flush()`).
   *
   * @param path `entity/project/run_id`, `project/run_id`, `run_id`, or the web form
   * `entity/project/runs/run_id`
   * @returns the run
   * @throws {ApiError} `api/bad-path` for a malformed path, `api/not-found` for a missing run
   * @throws {CommError} when the server cannot be reached or refuses (e.g. 401 for a bad key)
   * @example
   * ```ts ignore
   * const run = await api.run("me/demo/abc123");
   * ```
   */
  async run(path: string): Promise<Run> {
    const parts = parseRunPath(path);
    const entity = parts.entity ?? await this.#client.defaultEntity();
    const project = parts.project ?? this.#client.project;
    const key = `${entity}/${project}/${parts.runId}`;
    const cached = this.#runs.get(key);
    if (cached) return cached;
    const node = await fetchRunNode(this.#client, entity, project, parts.runId);
    const run = new Run(this.#client, entity, project, node);
    this.#runs.set(key, run);
    return run;
  }

  /**
   * One artifact version by `"entity/project/name:alias"` (or `"project/name:alias"`,
   * `"name:alias"`; the alias defaults to `latest`).
   *
   * @throws {ArtifactError} `artifact/not-found`
   * @example
   * ```ts ignore
   * const a = await api.artifact("me/proj/mnist:v0");
   * await a.download("data");
   * ```
   */
  async artifact(path: string): Promise<Artifact> {
    const parts = path.split("/");
    const name = parts.pop()!;
    const project = parts.pop() ?? this.#client.project;
    const entity = parts.pop() ?? await this.#client.defaultEntity();
    const data = await fetchArtifact(this.#client.gql, entity, project, name);
    return await Artifact.fromServer(this.#client.gql, data, { entity, project });
  }

  /**
   * A job by `"entity/project/name:alias"` (or `"project/name:alias"`, `"name"`; `:latest` when
   * no alias is given): W&B's `wandb.Api().job()`.
   *
   * @throws {JobError} `job/not-found`, `job/not-a-job`, `job/malformed`
   * @example
   * ```ts ignore
   * const job = await api.job("me/proj/job-source-proj-train.ts:latest");
   * console.log(job.sourceType, job.entrypoint);
   * ```
   */
  async job(path: string): Promise<Job> {
    const parts = path.split("/");
    const name = parts.pop()!;
    const project = parts.pop() ?? this.#client.project;
    const entity = parts.pop() ?? await this.#client.defaultEntity();
    return await loadJob(this.#client.gql, entity, project, name);
  }

  /**
   * A project's artifact collections of one type (`"entity/project"` or `"project"`).
   *
   * @param options perPage (default 50)
   */
  async artifactCollections(
    project: string,
    type: string,
    options: { perPage?: number } = {},
  ): Promise<ArtifactCollections> {
    const p = parseProjectPath(project);
    const entity = p.entity ?? await this.#client.defaultEntity();
    return new ArtifactCollections(this.#client.gql, entity, p.project, type, options.perPage);
  }

  /**
   * The versions of a collection (`"entity/project/name"`, `"project/name"` or `"name"`).
   *
   * @param options perPage (default 50)
   */
  async artifactVersions(
    type: string,
    collection: string,
    options: { perPage?: number } = {},
  ): Promise<ArtifactVersions> {
    const parts = collection.split("/");
    const name = parts.pop()!;
    const project = parts.pop() ?? this.#client.project;
    const entity = parts.pop() ?? await this.#client.defaultEntity();
    return collectionVersions(this.#client.gql, entity, project, type, name, options.perPage);
  }
}
