/**
 * Runs: the `Run` object (`RunFragment` fields, editable name/tags/notes/group/config/summary,
 * `update()`, `delete()`, `load()`), and the `Runs` paginator over a project's runs with W&B's
 * Mongo-style `filters` and `+`/`-` `order` (server-api.md §8).
 *
 * @example
 * ```ts ignore
 * const run = await api.run("me/demo/abc123");
 * run.name = "baseline";
 * run.tags.push("keep");
 * run.config.lr = 0.02;
 * await run.update();
 * ```
 * @module
 */
import { type ArtifactVersions, runArtifacts } from "./artifacts.ts";
import type { PublicClient } from "./_client.ts";
import { parseObject, toJsonText } from "./_json.ts";
import { ApiError } from "./errors.ts";
import { type Page, Paginator } from "./paginator.ts";
import { Summary, summaryWriter } from "./summary.ts";
import {
  type HistoryColumns,
  type HistoryOptions,
  type HistoryRow,
  HistoryScan,
  type RunRef,
  sampledHistory,
  type ScanHistoryOptions,
  toColumns,
} from "./history.ts";
import { fetchFile, File, Files, type FilesOptions, uploadRunFile } from "./files.ts";

/** The fields the public API reads of every run. */
export const RUN_FRAGMENT = `fragment RunFragment on Run {
  id tags name displayName sweepName state config group jobType commit readOnly createdAt
  heartbeatAt description notes systemMetrics summaryMetrics historyLineCount
  user { name username } historyKeys
}`;

/** `Runs`: one page of a project's runs, with the count of runs matching the filters. */
export const RUNS_QUERY = `query Runs($project: String!, $entity: String!, $cursor: String,
  $perPage: Int = 50, $order: String, $filters: JSONString) {
  project(name: $project, entityName: $entity) {
    runCount(filters: $filters)
    readOnly
    runs(filters: $filters, after: $cursor, first: $perPage, order: $order) {
      edges { node { ...RunFragment } cursor }
      pageInfo { endCursor hasNextPage }
    }
  }
}
${RUN_FRAGMENT}`;

/** `Run`: one run by project and run id. */
export const RUN_QUERY = `query Run($project: String!, $entity: String!, $name: String!) {
  project(name: $project, entityName: $entity) { run(name: $name) { ...RunFragment } }
}
${RUN_FRAGMENT}`;

/**
 * `UpsertBucket` as `Run.update` sends it: `wandb.Api`'s fields plus `summaryMetrics` (null:
 * unchanged), so an edited summary goes in the same request.
 */
export const UPDATE_RUN = `mutation UpsertBucket($id: String!, $description: String,
  $display_name: String, $notes: String, $tags: [String!], $config: JSONString!,
  $groupName: String, $summaryMetrics: JSONString) {
  upsertBucket(input: {id: $id, description: $description, displayName: $display_name,
    notes: $notes, tags: $tags, config: $config, groupName: $groupName,
    summaryMetrics: $summaryMetrics}) {
    bucket { ...RunFragment }
  }
}
${RUN_FRAGMENT}`;

/** `DeleteRun`. */
export const DELETE_RUN = `mutation DeleteRun($id: ID!, $deleteArtifacts: Boolean) {
  deleteRun(input: {id: $id, deleteArtifacts: $deleteArtifacts}) { clientMutationId }
}`;

/** A run as `RunFragment` returns it. */
export interface RunNode {
  id: string;
  name: string;
  tags?: string[] | null;
  displayName?: string | null;
  sweepName?: string | null;
  state?: string | null;
  config?: string | null;
  group?: string | null;
  jobType?: string | null;
  commit?: string | null;
  readOnly?: boolean | null;
  createdAt?: string | null;
  heartbeatAt?: string | null;
  description?: string | null;
  notes?: string | null;
  systemMetrics?: string | null;
  summaryMetrics?: string | null;
  historyLineCount?: number | null;
  user?: { name: string; username: string } | null;
  historyKeys?: HistoryKeys | null;
}

/** `historyKeys`: the last step and every (flattened) key with its last value. */
export interface HistoryKeys {
  /** The last step logged. */
  lastStep?: number;
  /** Every (flattened) key with its last value. */
  keys?: Record<string, { previousValue?: unknown; [k: string]: unknown }>;
}

/** The user a run belongs to. */
export interface RunUser {
  /** Name. */
  name: string;
  /** User name. */
  username: string;
}

/** Config keys W&B keeps for itself; hidden from `Run.config`, kept on update. */
const INTERNAL_CONFIG_KEYS = new Set(["_wandb", "wandb_version"]);

/**
 * The web app of a server: W&B's app for `api.*` hosts, else the server itself.
 *
 * @example
 * ```ts
 * import { appUrl } from "./runs.ts";
 * console.assert(appUrl("https://api.wandb.ai") === "https://wandb.ai");
 * ```
 */
export function appUrl(baseUrl: string): string {
  try {
    const u = new URL(baseUrl);
    if (u.hostname.startsWith("api.")) {
      u.hostname = u.hostname.slice(4);
      return u.origin;
    }
  } catch {
    // keep as is
  }
  return baseUrl;
}

/**
 * A run. Read fields are as of the last load; `name`, `description`, `notes`, `tags`, `group`
 * and `config` may be edited and written with `update()`; `summary` has its own `update()`.
 *
 * @example
 * ```ts ignore
 * const run = await api.run("me/demo/abc123");
 * console.log(run.state, run.config.lr, run.summary.get("loss"), run.url);
 * const rows = await run.history({ keys: ["loss"], samples: 100 });
 * ```
 */
export class Run {
  readonly #client: PublicClient;
  /** Entity (user or team) of the run. */
  readonly entity: string;
  /** Project of the run. */
  readonly project: string;
  /** The run id (the last part of its path). */
  readonly id: string;
  /** The server's opaque storage id (what mutations address). */
  storageId = "";
  /** Display name (editable; `update()` writes it). */
  name = "";
  /** Description (editable). */
  description: string | null = null;
  /** Notes (editable). */
  notes: string | null = null;
  /** Tags (editable). */
  tags: string[] = [];
  /** Group (editable). */
  group: string | null = null;
  /** Config values, unwrapped, without W&B's internal keys (editable). */
  config: Record<string, unknown> = {};
  /** State: `running`, `finished`, `failed`, `crashed`, ... */
  state = "";
  /** Job type. */
  jobType: string | null = null;
  /** The sweep the run belongs to. */
  sweepName: string | null = null;
  /** Git commit the run was started from. */
  commit: string | null = null;
  /** Whether the viewer may not edit the run. */
  readOnly = false;
  /** Creation time as the server writes it (ISO-8601 UTC, no zone). */
  createdAt: string | null = null;
  /** Last heartbeat (ISO-8601 UTC, no zone). */
  heartbeatAt: string | null = null;
  /** The owner. */
  user: RunUser | null = null;
  /** Latest system metrics. */
  systemMetrics: Record<string, unknown> = {};
  /** Keys of the history with their last values, and the last step. */
  historyKeys: HistoryKeys = {};
  /** Number of history lines the server holds. */
  historyLineCount = 0;
  /** The summary: read, edit, `update()`. */
  readonly summary: Summary;
  #rawConfig: Record<string, unknown> = {};

  /**
   * Builds a run from a `RunFragment` node (use `api.run()` to get one).
   *
   * @param client the connection
   * @param entity entity
   * @param project project
   * @param node the fragment, if already fetched
   */
  constructor(client: PublicClient, entity: string, project: string, node: RunNode) {
    this.#client = client;
    this.entity = entity;
    this.project = project;
    this.id = node.name;
    this.summary = new Summary({}, summaryWriter(client, () => this.storageId));
    this.#apply(node);
  }

  /** `[entity, project, id]`. */
  get path(): [string, string, string] {
    return [this.entity, this.project, this.id];
  }

  /** The run's page. */
  get url(): string {
    const enc = encodeURIComponent;
    return `${appUrl(this.#client.baseUrl)}/${enc(this.entity)}/${enc(this.project)}/runs/${
      enc(this.id)
    }`;
  }

  /** The display name (same as `name`). */
  get displayName(): string {
    return this.name;
  }

  /** The last history step as of the last load, -1 when there is none. */
  get lastHistoryStep(): number {
    const s = this.historyKeys.lastStep;
    return typeof s === "number" ? s : -1;
  }

  #apply(node: RunNode): void {
    this.storageId = node.id;
    this.name = node.displayName ?? node.name;
    this.description = node.description ?? null;
    this.notes = node.notes ?? null;
    this.tags = [...(node.tags ?? [])];
    this.group = node.group ?? null;
    this.state = node.state ?? "";
    this.jobType = node.jobType ?? null;
    this.sweepName = node.sweepName ?? null;
    this.commit = node.commit ?? null;
    this.readOnly = node.readOnly ?? false;
    this.createdAt = node.createdAt ?? null;
    this.heartbeatAt = node.heartbeatAt ?? null;
    this.user = node.user ?? null;
    this.systemMetrics = parseObject(node.systemMetrics);
    this.historyKeys = node.historyKeys ?? {};
    this.historyLineCount = node.historyLineCount ?? 0;
    const raw: Record<string, unknown> = {};
    const user: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(parseObject(node.config))) {
      const value = typeof v === "object" && v !== null && !Array.isArray(v) && "value" in v
        ? (v as { value: unknown }).value
        : v;
      (INTERNAL_CONFIG_KEYS.has(k) ? raw : user)[k] = value;
    }
    this.#rawConfig = raw;
    this.config = user;
    this.summary.reset(parseObject(node.summaryMetrics));
  }

  /** The run's ref for history and file calls. */
  get #ref(): RunRef {
    return { entity: this.entity, project: this.project, id: this.id };
  }

  /**
   * Reads the run from the server again. A `Run` is built from the server's answer, so it is
   * always loaded: without `force` this returns it as it is (as `wandb.Api`'s `load()`).
   *
   * @param force re-read from the server
   * @throws {ApiError} `api/not-found` when the run no longer exists
   * @throws {CommError} when the server cannot be reached or refuses
   * @example
   * ```ts ignore
   * await run.load(true); // fresh state, summary and config
   * ```
   */
  async load(force = false): Promise<this> {
    if (!force) return this;
    const node = await fetchRunNode(this.#client, this.entity, this.project, this.id);
    this.#apply(node);
    return this;
  }

  /**
   * Writes the editable fields (name, description, notes, tags, group, config) and the summary
   * if it changed, in one `UpsertBucket`, and refreshes the run from the answer.
   *
   * @throws {CommError} when the server refuses
   * @example
   * ```ts ignore
   * run.name = "baseline";
   * run.config.lr = 0.02;
   * run.summary.set("note", "checked");
   * await run.update();
   * ```
   */
  async update(): Promise<void> {
    const config: Record<string, { value: unknown; desc: null }> = {};
    for (const [k, v] of Object.entries(this.#rawConfig)) config[k] = { value: v, desc: null };
    for (const [k, v] of Object.entries(this.config)) config[k] = { value: v, desc: null };
    const summary = this.summary.dirty ? this.summary.toJSON() : undefined;
    const res = await this.#client.request<{ upsertBucket: { bucket: RunNode | null } | null }>(
      UPDATE_RUN,
      {
        id: this.storageId,
        tags: this.tags,
        description: this.description,
        notes: this.notes,
        display_name: this.name,
        config: toJsonText(config),
        groupName: this.group,
        summaryMetrics: summary && toJsonText(summary),
      },
    );
    const bucket = res.upsertBucket?.bucket;
    if (bucket) this.#apply(bucket);
    else if (summary) this.summary.reset(summary);
  }

  /**
   * Deletes the run on the server.
   *
   * @param options `deleteArtifacts`: also delete the artifacts it logged
   * @throws {CommError} when the server refuses
   * @example
   * ```ts ignore
   * await run.delete();
   * ```
   */
  async delete(options: { deleteArtifacts?: boolean } = {}): Promise<void> {
    await this.#client.request(DELETE_RUN, {
      id: this.storageId,
      deleteArtifacts: options.deleteArtifacts ?? false,
    });
  }

  /**
   * Sampled history rows (`RunSampledHistory` with `keys`, else the full history or, with
   * `stream: "system"`, the system-metrics rows), spread evenly over the run.
   *
   * @param options samples (default 500), keys, xAxis (default `_step`), stream
   * @returns the rows
   * @throws {ApiError} `api/bad-argument` for bad options, `api/not-found` for a deleted run
   * @example
   * ```ts ignore
   * const rows = await run.history({ keys: ["loss"], samples: 200 }); // [{_step, loss}, ...]
   * const cpu = await run.history({ stream: "system" });
   * ```
   */
  history(options: HistoryOptions = {}): Promise<HistoryRow[]> {
    return sampledHistory(this.#client, this.#ref, options);
  }

  /**
   * The rows of {@linkcode Run.history} as columns (one array per key, `null` where a row lacks
   * the key), ready to plot.
   *
   * @param options as for `history`
   * @returns the columns
   * @example
   * ```ts ignore
   * const { _step, loss } = await run.historyColumns({ keys: ["loss"] });
   * ```
   */
  async historyColumns(options: HistoryOptions = {}): Promise<HistoryColumns> {
    return toColumns(await this.history(options));
  }

  /**
   * Every history row, paging through the steps (`pageSize` steps per request, the next
   * `prefetch` pages fetched while the current one is read).
   *
   * @param options keys, pageSize (default 1000), minStep, maxStep (exclusive), prefetch (default 4)
   * @returns a lazy AsyncIterable of rows
   * @example
   * ```ts ignore
   * for await (const row of run.scanHistory({ keys: ["loss"], minStep: 1000 })) console.log(row.loss);
   * ```
   */
  scanHistory(options: ScanHistoryOptions = {}): HistoryScan {
    return new HistoryScan(this.#client, this.#ref, options);
  }

  /**
   * The run's files, a page at a time.
   *
   * @param options names (only these), perPage (default 50)
   * @returns a lazy paginator
   * @example
   * ```ts ignore
   * for await (const f of run.files()) console.log(f.name, f.size);
   * ```
   */
  files(options: FilesOptions = {}): Files {
    return new Files(this.#client, this.#ref, options);
  }

  /**
   * One file of the run.
   *
   * @param name its name (path inside the run, `/`-separated)
   * @returns the file
   * @throws {ApiError} `api/not-found` when the run has no such file
   * @example
   * ```ts ignore
   * await (await run.file("config.yaml")).download("./out");
   * ```
   */
  file(name: string): Promise<File> {
    return fetchFile(this.#client, this.#ref, name);
  }

  /**
   * Uploads a local file to the run, named by its path relative to `root`.
   *
   * @param path the local file
   * @param root the directory names are relative to (default the current one)
   * @returns the stored file
   * @throws {ApiError} `api/bad-argument` when `path` is not inside `root`, `api/no-upload-url`
   * when the server hands out no upload URL for it
   * @example
   * ```ts ignore
   * const f = await run.uploadFile("out/model.bin", "out"); // stored as model.bin
   * ```
   */
  uploadFile(path: string, root = "."): Promise<File> {
    return uploadRunFile(this.#client, this.#ref, path, root);
  }

  /**
   * The artifact versions this run logged (a lazy paginator).
   *
   * @param options perPage (default 50)
   */
  loggedArtifacts(options: { perPage?: number } = {}): ArtifactVersions {
    return runArtifacts(
      this.#client.gql,
      this.entity,
      this.project,
      this.id,
      "outputArtifacts",
      options.perPage,
    );
  }

  /**
   * The artifact versions this run used (a lazy paginator).
   *
   * @param options perPage (default 50)
   */
  usedArtifacts(options: { perPage?: number } = {}): ArtifactVersions {
    return runArtifacts(
      this.#client.gql,
      this.entity,
      this.project,
      this.id,
      "inputArtifacts",
      options.perPage,
    );
  }

  /** `<Run entity/project/id (state)>`. */
  toString(): string {
    return `<Run ${this.entity}/${this.project}/${this.id} (${this.state})>`;
  }
}

/** Fetches one run's fragment; `api/not-found` when the project or run does not exist. */
export async function fetchRunNode(
  client: PublicClient,
  entity: string,
  project: string,
  id: string,
): Promise<RunNode> {
  const res = await client.request<{ project: { run: RunNode | null } | null }>(RUN_QUERY, {
    project,
    entity,
    name: id,
  });
  const node = res.project?.run;
  if (!node) {
    throw new ApiError(
      "api/not-found",
      `Run ${entity}/${project}/${id} not found; check the entity, project and run id (the last part of the run's URL)`,
    );
  }
  return node;
}

/** Options of `api.runs()`. */
export interface RunsOptions {
  /**
   * Mongo-style filter (server-api.md §8): `{"config.lr": {"$gt": 0.1}}`,
   * `{"$or": [{"state": "finished"}, {"tags": "best"}]}`; see `Filter` helpers.
   */
  filters?: Record<string, unknown>;
  /** Sort key with a `+` (ascending) or `-` (descending) prefix. @default "-created_at" */
  order?: string;
  /** Runs per page. @default 50 */
  perPage?: number;
}

/**
 * A project's runs, matching `filters`, in `order`, fetched one page at a time.
 *
 * @example
 * ```ts ignore
 * const runs = api.runs("me/demo", { filters: { "summary_metrics.acc": { $gt: 0.9 } }, order: "+created_at" });
 * console.log(await runs.count());
 * for await (const run of runs) console.log(run.id, run.summary.get("acc"));
 * ```
 */
export class Runs extends Paginator<Run> {
  readonly #client: PublicClient;
  readonly #entity: string | undefined;
  /** The project. */
  readonly project: string;
  /** The filter sent (as given). */
  readonly filters: Record<string, unknown>;
  /** The order sent. */
  readonly order: string;
  #readOnly: boolean | undefined;

  /**
   * Builds the object; the public API's calls do this.
   *
   * @param client the connection
   * @param entity the entity; undefined: the client's default (asked on the first page)
   * @param project the project
   * @param options filters, order, perPage
   */
  constructor(
    client: PublicClient,
    entity: string | undefined,
    project: string,
    options: RunsOptions = {},
  ) {
    super(options.perPage ?? 50);
    if (
      options.filters !== undefined &&
      (typeof options.filters !== "object" || options.filters === null ||
        Array.isArray(options.filters))
    ) {
      throw new ApiError(
        "api/bad-argument",
        'runs(filters) must be an object such as {"state": "finished"}',
      );
    }
    this.#client = client;
    this.#entity = entity;
    this.project = project;
    this.filters = options.filters ?? {};
    this.order = options.order ?? "-created_at";
  }

  /** Whether the project is read-only for the viewer (known after the first page). */
  get readOnly(): boolean | undefined {
    return this.#readOnly;
  }

  /** Fetches one page of runs. */
  protected async fetchPage(cursor: string | undefined, perPage: number): Promise<Page<Run>> {
    const entity = this.#entity ?? await this.#client.defaultEntity();
    type Res = {
      project: {
        runCount: number;
        readOnly: boolean;
        runs: {
          edges: { node: RunNode; cursor: string }[];
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      } | null;
    };
    const res = await this.#client.request<Res>(RUNS_QUERY, {
      project: this.project,
      entity,
      cursor,
      perPage,
      order: this.order,
      filters: toJsonText(this.filters),
    });
    if (!res.project) {
      throw new ApiError(
        "api/not-found",
        `Project ${entity}/${this.project} not found; check the entity and project names`,
      );
    }
    this.#readOnly = res.project.readOnly;
    const edges = res.project.runs.edges;
    return {
      items: edges.map((e) => new Run(this.#client, entity, this.project, e.node)),
      cursor: edges.at(-1)?.cursor,
      hasNextPage: res.project.runs.pageInfo.hasNextPage,
      length: res.project.runCount,
    };
  }
}
