/**
 * Resolvers of the GraphQL schema (schema.ts), as plain objects: the root value holds one method
 * per `Query`/`Mutation` field, and each object type is a class whose properties are its plain
 * fields and whose methods (`(args, ctx)`) are its fields with arguments or lazy work — the
 * engine's default field resolver calls them, so nothing is computed unless selected.
 *
 * Visibility: a user sees only projects and runs of entities it owns; reads of anything else
 * behave as "not found" (`null` / empty), writes fail with `graphql/permission`.
 *
 * @example
 * ```ts ignore
 * const root = createRootValue();
 * const viewer = root.viewer({}, ctx); // ViewerNode
 * ```
 * @module
 */
import { randomId } from "../../internal/ids.ts";
import type { Project, Run, RunFields, RunFile, RunState, Store, User } from "../store/mod.ts";
import type { ServerContext } from "../routes.ts";
import { signedStorageUrl } from "../storage.ts";
import { GraphqlApiError } from "./errors.ts";
import { decodeRunId, encodeId, encodeRunId } from "./ids.ts";
import {
  artifactRootFields,
  projectArtifact,
  projectArtifactType,
  projectArtifactTypes,
  projectCollection,
  projectCollections,
  projectMembership,
  runArtifacts,
} from "./artifacts.ts";
import { projectSweep, projectSweeps, runSweep, sweepRootFields } from "./sweeps.ts";
import {
  entityDefaultResourceConfig,
  LAUNCH_DEFAULT_PROJECT,
  launchRootFields,
  projectLaunchAgents,
  projectRunQueue,
  projectRunQueues,
} from "./launch.ts";

/** Per-request context handed to every resolver. */
export interface GqlContext {
  /** The server's store. */
  store: Store;
  /** The authenticated user. */
  user: User;
  /** The server context (secret, clock, URL lifetime, log). */
  server: ServerContext;
  /** Per-request memo (run counts shared between `runCount` and `runs.totalCount`). */
  memo: Map<string, unknown>;
  /** The public base URL absolute URLs are built on (see public_url.ts). */
  baseUrl: string;
}

/** The CLI version this server advertises in `serverInfo.cliVersionInfo.max_cli_version`. */
export const MAX_CLI_VERSION = "0.16.6";

type Args = Record<string, unknown>;

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** W&B timestamps: ISO-8601 UTC to the second, without zone (`2024-04-03T10:15:01`). */
export function wandbTime(iso: string | null | undefined): string | null {
  return iso ? iso.slice(0, 19) : null;
}

function ownerOf(ctx: GqlContext, entity: string): User | undefined {
  const id = ctx.store.entityOwner(entity);
  return id === undefined ? undefined : ctx.store.userById(id);
}

function canSee(ctx: GqlContext, entity: string): boolean {
  return ctx.store.entityOwner(entity) === ctx.user.id;
}

/** Entity to write into: `entity` (or the viewer's own) if the viewer owns it. */
export function writableEntity(ctx: GqlContext, entity: string | null | undefined): string {
  const name = entity || ctx.user.username;
  if (!canSee(ctx, name)) {
    throw new GraphqlApiError(
      "graphql/permission",
      `Entity "${name}" is not one of yours; use your entity "${ctx.user.username}"`,
    );
  }
  return name;
}

function visibleProject(
  ctx: GqlContext,
  entity: string | null | undefined,
  name: string | null | undefined,
): Project | undefined {
  const e = entity || ctx.user.username;
  if (!name || !canSee(ctx, e)) return undefined;
  // Every W&B entity has the Launch project (its run queues live there): made on first read.
  if (name === LAUNCH_DEFAULT_PROJECT) return ctx.store.ensureProject(e, name);
  return ctx.store.getProject(e, name);
}

/** The run addressed by an opaque id, if the viewer may write it. */
function runForWrite(ctx: GqlContext, id: string): Run {
  const ref = decodeRunId(id);
  writableEntity(ctx, ref.entity);
  const run = ctx.store.getRun(ref.entity, ref.project, ref.name);
  if (!run) {
    throw new GraphqlApiError(
      "graphql/not-found",
      `Run ${ref.entity}/${ref.project}/${ref.name} not found; it may have been deleted`,
    );
  }
  return run;
}

/** A file name safe to put in a `/storage/...` path: relative, `/`-separated, no `.`/`..`. */
function checkFileName(name: string): void {
  const segments = name.split("/");
  if (
    name.length === 0 || name.length > 1024 || name.includes("\\") || name.includes("\0") ||
    segments.some((s) => s === "" || s === "." || s === "..")
  ) {
    throw new GraphqlApiError(
      "graphql/bad-argument",
      `Invalid file name ${
        JSON.stringify(name)
      }; use a relative path with "/" separators and no "." or ".." parts`,
    );
  }
}

/** An absolute signed URL of a run file (W&B's servers answer absolute URLs; §7). */
async function signedUrl(ctx: GqlContext, method: "GET" | "PUT", run: Run, file: string) {
  const s = ctx.server;
  const path = await signedStorageUrl(
    s.secret,
    method,
    run.entity,
    run.project,
    run.name,
    file,
    s.urlTtlSeconds,
    s.now(),
  );
  return ctx.baseUrl + path;
}

function connection<T, N>(
  page: { edges: { node: T; cursor: string }[]; pageInfo: unknown; totalCount: number },
  wrap: (t: T) => N,
) {
  return {
    edges: page.edges.map((e) => ({ node: wrap(e.node), cursor: e.cursor })),
    pageInfo: page.pageInfo,
    totalCount: page.totalCount,
  };
}

function emptyConnection() {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
}

function intArg(v: unknown, what: string): number | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw new GraphqlApiError("graphql/bad-argument", `${what} must be an integer, got ${v}`);
  }
  return v;
}

/** The exclusive end of a range whose last step is `max`, when there is one. */
function inclusiveEnd(max: number | undefined): number | undefined {
  return max === undefined || max >= Number.MAX_SAFE_INTEGER ? max : max + 1;
}

function parseJsonObject(text: string, what: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new GraphqlApiError(
      "graphql/bad-argument",
      `${what} is not valid JSON (${(e as Error).message})`,
    );
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new GraphqlApiError("graphql/bad-argument", `${what} must be a JSON object`);
  }
  return v as Record<string, unknown>;
}

// ---- node types ----

/** `User` as the viewer sees itself. */
export class ViewerNode {
  readonly id: string;
  readonly entity: string;
  readonly username: string;
  readonly name: string;
  readonly email: string | null;
  readonly admin = false;
  /** JSON string the client `json.loads`; never null. */
  readonly flags = "{}";
  readonly photoUrl = null;
  /** Users are never deleted here. */
  readonly deletedAt = null;
  /** @param user the user */
  constructor(readonly user: User) {
    this.id = encodeId("User", user.id);
    this.entity = user.username;
    this.username = user.username;
    this.name = user.username;
    this.email = user.email;
  }
  /** Entities the user owns besides its own. */
  teams(_: Args, ctx: GqlContext) {
    const names = ctx.store.ownedEntities(this.user.id).filter((n) => n !== this.user.username);
    return {
      edges: names.map((name) => ({ node: new EntityNode(name), cursor: "" })),
      pageInfo: { hasNextPage: false, endCursor: null },
    };
  }
  /** Keys are stored hashed, so none can be listed. */
  apiKeys() {
    return { edges: [] };
  }
}

/** `Entity`. */
export class EntityNode {
  readonly id: string;
  /** No organizations here. */
  readonly organization = null;
  /** No teams here: every entity is a user's. */
  readonly isTeam = false;
  /** @param name entity name */
  constructor(readonly name: string) {
    this.id = encodeId("Entity", name);
  }
  /** A default resource config of the entity (Launch), or null. */
  defaultResourceConfig(args: { id: string }, ctx: GqlContext) {
    return entityDefaultResourceConfig(this.name, args.id, ctx);
  }
}

/** `Project` (W&B also calls it `model`). */
export class ProjectNode {
  readonly id: string;
  readonly internalId: string;
  readonly name: string;
  readonly entityName: string;
  readonly description: string | null;
  readonly createdAt: string | null;
  readonly isBenchmark = false;
  readonly readOnly = false;
  readonly repo = null;
  readonly dockerImage = null;
  readonly access = "PRIVATE";
  readonly views = "{}";
  /** @param project the stored project */
  constructor(readonly project: Project) {
    this.id = encodeId("Project", project.name, project.entity);
    this.internalId = String(project.id);
    this.name = project.name;
    this.entityName = project.entity;
    this.description = project.description;
    this.createdAt = wandbTime(project.createdAt);
  }
  /** The owning entity. */
  entity(): EntityNode {
    return new EntityNode(this.project.entity);
  }
  /** The user owning the project's entity. */
  user(_: Args, ctx: GqlContext): ViewerNode | null {
    const owner = ownerOf(ctx, this.project.entity);
    return owner ? new ViewerNode(owner) : null;
  }
  /** Saved views and reports: none are kept, so an empty connection (as W&B for a new project). */
  allViews() {
    return emptyConnection();
  }
  /** The project's run queues (Launch), by name. */
  runQueues(_: Args, ctx: GqlContext) {
    return projectRunQueues(this.project, ctx);
  }
  /** A run queue (Launch) by name, or null. */
  runQueue(args: { name: string }, ctx: GqlContext) {
    return projectRunQueue(this.project, args.name, ctx);
  }
  /** The project's launch agents, newest first. */
  launchAgents(_: Args, ctx: GqlContext) {
    return projectLaunchAgents(this.project, ctx);
  }
  /** A committed artifact version by `collection:alias` (`v<N>`, `latest`, a digest). */
  artifact(args: { name: string }, ctx: GqlContext) {
    return projectArtifact(this.project, args.name, ctx);
  }
  /** An artifact type by name. */
  artifactType(args: { name: string }, ctx: GqlContext) {
    return projectArtifactType(this.project, args.name, ctx);
  }
  /** The project's artifact types, by name. */
  artifactTypes(args: PageArgs, ctx: GqlContext) {
    return projectArtifactTypes(this.project, args, ctx);
  }
  /** An artifact collection (sequence or portfolio) by name. */
  artifactCollection(args: { name: string }, ctx: GqlContext) {
    return projectCollection(this.project, args.name, ctx);
  }
  /** The project's artifact collections, by name. */
  artifactCollections(args: PageArgs & { collectionTypes?: string[] | null }, ctx: GqlContext) {
    return projectCollections(this.project, args, ctx);
  }
  /** A sweep by the id clients see. */
  sweep(args: { sweepName: string }, ctx: GqlContext) {
    return projectSweep(this.project, args.sweepName, ctx);
  }
  /** The project's sweeps, newest first. */
  sweeps(args: PageArgs, ctx: GqlContext) {
    return projectSweeps(this.project, args, ctx);
  }
  /** Number of sweeps. */
  totalSweeps(_: Args, ctx: GqlContext): number {
    return ctx.store.sweeps.list(this.project.id, { first: 0 }).totalCount;
  }
  /** `collection:alias` as a member of that collection. */
  artifactCollectionMembership(args: { name: string }, ctx: GqlContext) {
    return projectMembership(this.project, args.name, ctx);
  }
  /**
   * Number of runs matching `filters` (JSON text). Resolved one microtask late: the engine calls
   * a sibling `runs(filters:)` resolver synchronously right after, and when its filters are the
   * same its `totalCount` is reused, sparing a second scan (the Runs query selects both).
   */
  runCount(args: { filters?: string | null }, ctx: GqlContext): Promise<number> {
    const key = this.#countKey(args.filters);
    return Promise.resolve().then(() =>
      (ctx.memo.get(key) as number | undefined) ??
        ctx.store.countRuns(this.project.entity, this.project.name, args.filters ?? null)
    );
  }
  #countKey(filters: string | null | undefined): string {
    return JSON.stringify(["runCount", this.project.entity, this.project.name, filters ?? null]);
  }
  /** Runs matching `filters`, in `order`, paged. */
  runs(
    args: PageArgs & { filters?: string | null; order?: string | null },
    ctx: GqlContext,
  ) {
    const page = ctx.store.listRuns(this.project.entity, this.project.name, {
      filters: args.filters ?? null,
      order: args.order ?? null,
      first: args.first,
      after: args.after,
    });
    ctx.memo.set(this.#countKey(args.filters), page.totalCount);
    return connection(page, (r) => new RunNode(r));
  }
  /** One run by name (run id), or null. */
  run(args: { name: string }, ctx: GqlContext): RunNode | null {
    const r = ctx.store.getRun(this.project.entity, this.project.name, args.name);
    return r ? new RunNode(r) : null;
  }
  /** `model { bucket(name:, missingOk:) }`: the run; an error when missing unless `missingOk`. */
  bucket(args: { name: string; missingOk?: boolean | null }, ctx: GqlContext): RunNode | null {
    const r = this.run(args, ctx);
    if (r || args.missingOk) return r;
    throw new GraphqlApiError(
      "graphql/not-found",
      `Run ${this.project.entity}/${this.project.name}/${args.name} not found; create it with UpsertBucket first`,
    );
  }
}

/** `Run` (W&B also calls it `bucket`). */
export class RunNode {
  /** Names the type where a union (`Artifact.createdBy`) holds a run. */
  readonly __typename = "Run";
  readonly id: string;
  readonly name: string;
  readonly displayName: string | null;
  readonly description: string | null;
  readonly notes: string | null;
  readonly config: string;
  readonly summaryMetrics: string;
  readonly systemMetrics: string;
  readonly sweepName: string | null;
  readonly state: RunState;
  readonly group: string | null;
  readonly jobType: string | null;
  readonly commit: string | null;
  readonly host: string | null;
  readonly readOnly = false;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
  readonly heartbeatAt: string | null;
  readonly tags: string[];
  readonly exitcode: number | null;
  readonly stopped: boolean;
  readonly shouldStop: boolean;
  readonly failed: boolean;
  readonly running: boolean;
  readonly historyLineCount: number;
  readonly eventsLineCount: number;
  readonly logLineCount: number;
  /** @param run the stored run */
  constructor(readonly run: Run) {
    this.id = encodeRunId(run.entity, run.project, run.name);
    this.name = run.name;
    this.displayName = run.displayName;
    this.description = run.description;
    this.notes = run.notes;
    this.config = run.config;
    this.summaryMetrics = run.summary;
    this.systemMetrics = run.systemMetrics;
    this.sweepName = run.sweep;
    this.state = run.state;
    this.group = run.group;
    this.jobType = run.jobType;
    this.commit = run.commit;
    this.host = run.host;
    this.createdAt = wandbTime(run.createdAt);
    this.updatedAt = wandbTime(run.updatedAt);
    this.heartbeatAt = wandbTime(run.heartbeatAt);
    this.tags = run.tags;
    this.exitcode = run.exitcode;
    this.stopped = run.stopped;
    this.shouldStop = run.stopped;
    this.failed = run.state === "failed" || run.state === "crashed";
    this.running = run.state === "running";
    this.historyLineCount = run.historyLineCount;
    this.eventsLineCount = run.eventsLineCount;
    this.logLineCount = run.logLineCount;
  }
  /** The sweep the run belongs to. */
  sweep(_: Args, ctx: GqlContext) {
    return runSweep(this.run.entity, this.run.project, this.run.sweep, ctx);
  }
  /** The project the run belongs to. */
  project(_: Args, ctx: GqlContext): ProjectNode | null {
    const p = ctx.store.getProject(this.run.entity, this.run.project);
    return p ? new ProjectNode(p) : null;
  }
  /** The user owning the run's entity. */
  user(_: Args, ctx: GqlContext) {
    const u = ownerOf(ctx, this.run.entity);
    if (!u) return null;
    return { id: encodeId("User", u.id), name: u.username, username: u.username, email: u.email };
  }
  /** The numeric id of the run's project. */
  projectId(_: Args, ctx: GqlContext): number {
    return ctx.store.getProject(this.run.entity, this.run.project)?.id ?? 0;
  }
  /**
   * `{"lastStep": n, "keys": {"<key>": {"previousValue": v}}}` over every history key, from the
   * store's per-run key table (each top-level key's value in the last row holding it); nested
   * objects are flattened with `.`, media values (objects with `_type`) kept whole.
   */
  historyKeys(_: Args, ctx: GqlContext) {
    const keys: Record<string, { previousValue: unknown }> = {};
    const flatten = (prefix: string, v: unknown) => {
      if (
        typeof v === "object" && v !== null && !Array.isArray(v) &&
        !("_type" in (v as object)) && Object.keys(v as object).length > 0
      ) {
        for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
          flatten(`${prefix}.${k}`, x);
        }
      } else keys[prefix] = { previousValue: v ?? null };
    };
    for (const { key, value } of ctx.store.historyKeys(this.run.id)) flatten(key, value);
    return { lastStep: ctx.store.lastHistoryStep(this.run.id), keys };
  }
  /** History rows as JSON strings, `minStep <= _step < maxStep`, spread to `samples`. */
  history(
    args: { samples?: number | null; minStep?: number | null; maxStep?: number | null },
    ctx: GqlContext,
  ): string[] {
    const minStep = intArg(args.minStep, "history(minStep)");
    const maxStep = intArg(args.maxStep, "history(maxStep)");
    const samples = intArg(args.samples, "history(samples)");
    return ctx.store.historyRows(this.run.id, { minStep, maxStep, samples });
  }
  /**
   * One list per spec `{"keys", "samples", "minStep", "maxStep"}` of rows having all keys, with
   * `minStep <= _step <= maxStep`: W&B's `maxStep` here is inclusive (the official client pages
   * `scan_history` as 0..2, 3..5, ...), unlike `history`'s.
   */
  sampledHistory(args: { specs: string[] }, ctx: GqlContext): unknown[][] {
    return args.specs.map((text, i) => {
      const spec = parseJsonObject(text, `sampledHistory(specs[${i}])`);
      const keys = spec.keys;
      if (
        keys !== undefined && (!Array.isArray(keys) || !keys.every((k) => typeof k === "string"))
      ) {
        throw new GraphqlApiError(
          "graphql/bad-argument",
          `sampledHistory(specs[${i}]).keys must be a list of strings`,
        );
      }
      return ctx.store.history(this.run.id, {
        keys: keys as string[] | undefined,
        samples: intArg(spec.samples, `sampledHistory(specs[${i}]).samples`),
        minStep: intArg(spec.minStep, `sampledHistory(specs[${i}]).minStep`),
        maxStep: inclusiveEnd(intArg(spec.maxStep, `sampledHistory(specs[${i}]).maxStep`)),
      });
    });
  }
  /**
   * W&B's parquet history: URLs of exported parquet files plus the rows not exported yet. No
   * history is exported here, so (as W&B answers for a live run) there are no URLs and every
   * row is in `liveData`, with only `liveKeys` when any are given.
   */
  parquetHistory(args: { liveKeys: string[] }, ctx: GqlContext) {
    const keys = args.liveKeys.length > 0 ? args.liveKeys : undefined;
    const rows = keys
      ? ctx.store.history(this.run.id, { keys, samples: Number.MAX_SAFE_INTEGER })
      : ctx.store.historyRows(this.run.id, {}).map((r) => JSON.parse(r));
    return { parquetUrls: [], liveData: rows };
  }
  /** System-metric rows as JSON strings, spread to `samples`. */
  events(args: { samples?: number | null }, ctx: GqlContext): string[] {
    return ctx.store.events(this.run.id, { samples: intArg(args.samples, "events(samples)") });
  }
  /** JSON text of a list holding the last history line (resume). */
  historyTail(_: Args, ctx: GqlContext): string {
    return JSON.stringify(ctx.store.historyTail(this.run.id, 1));
  }
  /** JSON text of a list holding the last events line (resume). */
  eventsTail(_: Args, ctx: GqlContext): string {
    return JSON.stringify(ctx.store.eventsTail(this.run.id, 1));
  }
  /** JSON text of the selected keys of the config's `_wandb` value. */
  wandbConfig(args: { keys?: string[] | null }): string {
    const config = parseJsonObject(this.run.config, "run config");
    const wb = config._wandb as { value?: unknown } | undefined;
    const value = (wb && typeof wb === "object" && "value" in wb ? wb.value : wb) ?? {};
    const out: Record<string, unknown> = {};
    if (typeof value === "object" && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        if (!args.keys || args.keys.includes(k)) out[k] = v;
      }
    }
    return JSON.stringify(out);
  }
  /** Alerts the run raised, oldest first. */
  alerts(_: Args, ctx: GqlContext) {
    return ctx.store.alerts(this.run.id).map((a) => ({
      title: a.title,
      text: a.text,
      severity: a.severity,
      waitDuration: a.waitMs,
      createdAt: wandbTime(a.createdAt),
    }));
  }
  /** Committed artifact versions the run logged, oldest first. */
  outputArtifacts(args: PageArgs, ctx: GqlContext) {
    return runArtifacts(this.run, "output", args, ctx);
  }
  /** Artifact versions the run used, oldest first. */
  inputArtifacts(args: PageArgs, ctx: GqlContext) {
    return runArtifacts(this.run, "input", args, ctx);
  }
  /** Number of recorded files. */
  fileCount(_: Args, ctx: GqlContext): number {
    return ctx.store.listFiles(this.run.id, { first: 0 }).totalCount;
  }
  /**
   * Files by name order. With `names`, one node per requested name in request order (a name not
   * stored yet still gets a node, so `url(upload: true)` can hand out its upload URL).
   * `pattern` keeps names matching a glob (`*`, `?`) or SQL LIKE (`%`, `_`) pattern.
   */
  files(
    args: PageArgs & { names?: (string | null)[] | null; pattern?: string | null },
    ctx: GqlContext,
  ) {
    const names = (args.names ?? []).filter((n): n is string => typeof n === "string");
    const headers: string[] = [];
    if (names.length > 0) {
      for (const n of names) checkFileName(n);
      const edges = names.map((n) => ({
        node: new FileNode(
          this.run,
          ctx.store.getFile(this.run.id, n) ??
            { name: n, size: null, md5: null, path: null, updatedAt: null },
        ),
        cursor: "",
      }));
      return {
        uploadHeaders: headers,
        edges,
        pageInfo: { hasNextPage: false, endCursor: null },
        totalCount: edges.length,
      };
    }
    const page = ctx.store.listFiles(this.run.id, {
      first: args.first,
      after: args.after,
      pattern: args.pattern,
    });
    return {
      uploadHeaders: headers,
      ...connection(page, (f) => new FileNode(this.run, f)),
    };
  }
}

/** `File` of a run; URLs are absolute signed `/storage/...` URLs on the server's public origin. */
export class FileNode {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly sizeBytes: number | null;
  readonly md5: string | null;
  readonly updatedAt: string | null;
  readonly mimetype: string;
  /**
   * @param run the run the file belongs to
   * @param file the stored file (or a not-yet-uploaded placeholder)
   */
  constructor(readonly run: Run, readonly file: RunFile) {
    this.id = encodeId("File", run.name, run.project, run.entity, file.name);
    this.name = file.name;
    this.displayName = file.name.split("/").at(-1) ?? file.name;
    this.sizeBytes = file.size;
    this.md5 = file.md5;
    this.updatedAt = wandbTime(file.updatedAt);
    this.mimetype = mimeType(file.name);
  }
  /** Signed GET URL, or with `upload: true` a signed PUT URL (reserving the file). */
  url(args: { upload?: boolean | null }, ctx: GqlContext): Promise<string> {
    if (args.upload) {
      ctx.store.reserveFile(this.run.id, this.file.name);
      return signedUrl(ctx, "PUT", this.run, this.file.name);
    }
    return signedUrl(ctx, "GET", this.run, this.file.name);
  }
  /** Signed GET URL usable without auth. */
  directUrl(_: Args, ctx: GqlContext): Promise<string> {
    return signedUrl(ctx, "GET", this.run, this.file.name);
  }
}

function mimeType(name: string): string {
  const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
  const types: Record<string, string> = {
    json: "application/json",
    jsonl: "application/jsonl",
    yaml: "application/x-yaml",
    yml: "application/x-yaml",
    txt: "text/plain",
    log: "text/plain",
    patch: "text/x-diff",
    png: "image/png",
    jpg: "image/jpeg",
    jpeg: "image/jpeg",
    gif: "image/gif",
    svg: "image/svg+xml",
    html: "text/html",
    py: "text/x-python",
  };
  return types[ext] ?? "application/octet-stream";
}

// ---- root ----

/** Input of `upsertBucket` (server-api.md §4.2). */
export interface UpsertBucketInput {
  id?: string | null;
  name?: string | null;
  modelName?: string | null;
  entityName?: string | null;
  groupName?: string | null;
  description?: string | null;
  displayName?: string | null;
  notes?: string | null;
  commit?: string | null;
  config?: string | null;
  host?: string | null;
  debug?: boolean | null;
  jobProgram?: string | null;
  jobRepo?: string | null;
  jobType?: string | null;
  state?: string | null;
  sweep?: string | null;
  tags?: string[] | null;
  summaryMetrics?: string | null;
}

const ADJECTIVES = [
  "amber",
  "bright",
  "calm",
  "daring",
  "eager",
  "fancy",
  "gentle",
  "hardy",
  "icy",
  "jolly",
  "keen",
  "lively",
  "misty",
  "noble",
  "proud",
  "quiet",
  "rosy",
  "swift",
  "tidy",
  "vivid",
];
const NOUNS = [
  "brook",
  "cloud",
  "dawn",
  "dust",
  "field",
  "forest",
  "frost",
  "glade",
  "hill",
  "lake",
  "leaf",
  "moon",
  "night",
  "pine",
  "river",
  "sky",
  "snow",
  "star",
  "sun",
  "wave",
];

function randomPick(words: string[]): string {
  return words[crypto.getRandomValues(new Uint32Array(1))[0]! % words.length]!;
}

/** A fresh run id: 8 characters of `[a-z0-9]`. */
export function randomRunName(): string {
  return randomId(8);
}

/** A display name for the `n`th run of a project (`swift-river-7`). */
export function randomDisplayName(n: number): string {
  return `${randomPick(ADJECTIVES)}-${randomPick(NOUNS)}-${n}`;
}

function runFields(input: UpsertBucketInput): RunFields {
  let state: RunState | null = null;
  if (input.state) state = input.state.toLowerCase() as RunState;
  return {
    displayName: input.displayName,
    description: input.description,
    notes: input.notes,
    group: input.groupName,
    jobType: input.jobType,
    tags: input.tags,
    config: input.config,
    summary: input.summaryMetrics,
    commit: input.commit,
    repo: input.jobRepo,
    program: input.jobProgram,
    host: input.host,
    sweep: input.sweep,
    state,
  };
}

/**
 * The root value: one method per `Query` and `Mutation` field.
 *
 * @example
 * ```ts ignore
 * const data = await graphql({ schema, source, rootValue: createRootValue(), contextValue: ctx });
 * ```
 */
export function createRootValue(): Record<string, (args: never, ctx: GqlContext) => unknown> {
  const root = {
    viewer: (_: Args, ctx: GqlContext) => new ViewerNode(ctx.user),
    ...artifactRootFields(),
    ...sweepRootFields(),
    ...launchRootFields(),
    entity: (args: { name?: string | null }, ctx: GqlContext) => {
      const name = args.name || ctx.user.username;
      return canSee(ctx, name) ? new EntityNode(name) : null;
    },
    serverInfo: () => ({
      cliVersionInfo: { max_cli_version: MAX_CLI_VERSION },
      latestLocalVersionInfo: {
        outOfDate: false,
        latestVersionString: MAX_CLI_VERSION,
        versionOnThisInstanceString: MAX_CLI_VERSION,
      },
      features: [],
    }),
    models: (args: PageArgs & { entityName?: string | null }, ctx: GqlContext) => {
      const entity = args.entityName || ctx.user.username;
      if (!canSee(ctx, entity)) return emptyConnection();
      const page = ctx.store.listProjects(entity, { first: args.first, after: args.after });
      return connection(page, (p) => new ProjectNode(p));
    },
    model: (args: { name?: string | null; entityName?: string | null }, ctx: GqlContext) => {
      const p = visibleProject(ctx, args.entityName, args.name);
      return p ? new ProjectNode(p) : null;
    },
    upsertBucket: (args: { input: UpsertBucketInput }, ctx: GqlContext) => {
      const input = args.input;
      const fields = runFields(input);
      if (input.id) {
        const run = runForWrite(ctx, input.id);
        return {
          bucket: new RunNode(ctx.store.updateRun(run.id, fields)),
          inserted: false,
          serverSettings: { serverMessages: [] },
        };
      }
      const entity = writableEntity(ctx, input.entityName);
      const project = input.modelName || "uncategorized";
      const name = input.name || randomRunName();
      let { run, inserted } = ctx.store.upsertRun(entity, project, name, fields);
      // A stop applies to one life of a run: one that ended and starts again (resume) runs on.
      if (!inserted && run.stopped && run.state !== "running") {
        run = ctx.store.updateRun(run.id, { stopped: false });
      }
      if (inserted && !run.displayName) {
        const n = ctx.store.countRuns(entity, project);
        run = ctx.store.updateRun(run.id, {
          displayName: randomDisplayName(n),
        });
      }
      return { bucket: new RunNode(run), inserted, serverSettings: { serverMessages: [] } };
    },
    createRunFiles: async (
      args: {
        input: { entityName: string; projectName: string; runName: string; files: string[] };
      },
      ctx: GqlContext,
    ) => {
      const { entityName, projectName, runName, files } = args.input;
      writableEntity(ctx, entityName);
      const run = ctx.store.getRun(entityName, projectName, runName);
      if (!run) {
        throw new GraphqlApiError(
          "graphql/not-found",
          `Run ${entityName}/${projectName}/${runName} not found; check that this project exists and create the run with UpsertBucket first`,
        );
      }
      for (const f of files) checkFileName(f);
      const out = [];
      for (const f of files) {
        ctx.store.reserveFile(run.id, f);
        out.push({ name: f, uploadUrl: await signedUrl(ctx, "PUT", run, f) });
      }
      return {
        runID: encodeRunId(run.entity, run.project, run.name),
        uploadHeaders: [],
        files: out,
      };
    },
    deleteRun: (
      args: { input: { id: string; clientMutationId?: string | null } },
      ctx: GqlContext,
    ) => {
      const run = runForWrite(ctx, args.input.id);
      ctx.store.deleteRun(run.id);
      return { clientMutationId: args.input.clientMutationId ?? null };
    },
    stopRun: (
      args: { input: { id: string; clientMutationId?: string | null } },
      ctx: GqlContext,
    ) => {
      const run = runForWrite(ctx, args.input.id);
      if (run.state !== "running" && run.state !== "pending" && run.state !== "preempting") {
        throw new GraphqlApiError(
          "graphql/bad-argument",
          `stopRun(input.id): run ${run.name} is already ${run.state}; only a running run can be stopped`,
        );
      }
      ctx.store.updateRun(run.id, { stopped: true });
      return { clientMutationId: args.input.clientMutationId ?? null, success: true };
    },
    upsertModel: (
      args: {
        input: { name?: string | null; entityName?: string | null; description?: string | null };
      },
      ctx: GqlContext,
    ) => {
      const entity = writableEntity(ctx, args.input.entityName);
      const name = args.input.name;
      if (!name) {
        throw new GraphqlApiError("graphql/bad-argument", "upsertModel(input.name) is required");
      }
      let project = ctx.store.ensureProject(entity, name);
      if (args.input.description !== null && args.input.description !== undefined) {
        ctx.store.query(
          "UPDATE projects SET description = ? WHERE id = ?",
          args.input.description,
          project.id,
        );
        project = ctx.store.getProject(entity, name) ?? project;
      }
      const node = new ProjectNode(project);
      return { project: node, model: node, inserted: true };
    },
    notifyScriptableRunAlert: (
      args: {
        input: {
          entityName: string;
          projectName: string;
          runName: string;
          title: string;
          text: string;
          severity?: string | null;
          waitDuration?: number | null;
          clientMutationId?: string | null;
        };
      },
      ctx: GqlContext,
    ) => {
      const a = args.input;
      writableEntity(ctx, a.entityName);
      const run = ctx.store.getRun(a.entityName, a.projectName, a.runName);
      if (!run) {
        throw new GraphqlApiError(
          "graphql/not-found",
          `Run ${a.entityName}/${a.projectName}/${a.runName} not found; alerts need an existing run`,
        );
      }
      ctx.store.addAlert(run.id, {
        title: a.title,
        text: a.text,
        severity: (a.severity ?? "INFO") as "INFO" | "WARN" | "ERROR",
        waitMs: a.waitDuration ?? null,
      });
      return { success: true, clientMutationId: a.clientMutationId ?? null };
    },
  } as Record<string, (args: never, ctx: GqlContext) => unknown>;
  root.project = root.model!;
  root.projects = root.models!;
  return root;
}
