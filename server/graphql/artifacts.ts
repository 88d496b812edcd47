/**
 * Artifact resolvers (server-api.md §9, and the documents the official 0.30 client sends): the
 * node classes of `Artifact`, `ArtifactType`, `ArtifactSequence`/`ArtifactPortfolio`,
 * `ArtifactCollectionMembership`, `ArtifactManifest` and artifact `File`s, plus the root fields
 * {@link artifactRootFields} (queries and mutations) that resolvers.ts merges into its root.
 *
 * The logging flow: `createArtifact` (a `PENDING` version `v<N>`, or the committed version of the
 * same digest, answered `COMMITTED`), `createArtifactManifest`, `createArtifactFiles` (a signed
 * blob upload URL per file, `null` when the bytes are stored already), uploads, the manifest
 * upload, `commitArtifact` (reads the manifest, checks every file's blob is there, then commits
 * in one transaction and moves `latest`).
 *
 * Ids are W&B's shape: base64 of `Artifact:<n>`, `ArtifactSequence:<n>`, `ArtifactType:<n>`, ...
 *
 * @example
 * ```ts ignore
 * const root = { ...createRootValue(), ...artifactRootFields() };
 * ```
 * @module
 */
import type {
  ArtifactCollectionRow,
  ArtifactFileRow,
  ArtifactRow,
  ArtifactTypeRow,
  Project,
  Run,
} from "../store/mod.ts";
import { StoreError } from "../store/mod.ts";
import { b64, unb64 } from "../store/_base64.ts";
import {
  blobPath,
  completeMultipartUpload,
  md5Hex,
  MultipartError,
  signedBlobUrl,
  signedPartUrl,
} from "../artifact_storage.ts";
import { badArg, GraphqlApiError, notFound } from "./errors.ts";
import type { GqlContext } from "./resolvers.ts";
import { ProjectNode, RunNode } from "./resolvers.ts";

type Args = Record<string, unknown>;
interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** W&B timestamps: ISO-8601 UTC to the second, without zone. */
function wandbTime(iso: string | null | undefined): string | null {
  return iso ? iso.slice(0, 19) : null;
}

/**
 * The opaque id of an artifact object: base64 of `<type>:<n>`, as W&B's.
 *
 * @example
 * ```ts
 * import { encodeNodeId } from "./artifacts.ts";
 * console.assert(encodeNodeId("Artifact", 1) === "QXJ0aWZhY3Q6MQ==");
 * ```
 */
export function encodeNodeId(type: string, n: number): string {
  return b64(`${type}:${n}`);
}

/**
 * Decodes {@link encodeNodeId} for `type`.
 *
 * @param what names the argument in the error
 * @throws {GraphqlApiError} `graphql/bad-id` when `id` is not such an id
 * @example
 * ```ts
 * import { decodeNodeId } from "./artifacts.ts";
 * console.assert(decodeNodeId("QXJ0aWZhY3Q6MQ==", "Artifact", "id") === 1);
 * ```
 */
export function decodeNodeId(id: string, type: string, what: string): number {
  const m = /^([A-Za-z]+):(\d+)$/.exec(unb64(id) ?? "");
  if (!m || m[1] !== type) {
    throw new GraphqlApiError(
      "graphql/bad-id",
      `${what}: ${JSON.stringify(id)} is not a${
        /^[AEIOU]/.test(type) ? "n" : ""
      } ${type} id; pass an id this server returned`,
    );
  }
  return Number(m[2]);
}

/** A tag as W&B's `Tag` object. */
function tagNode(name: string) {
  return { id: b64(`Tag:${name}`), name, tagCategoryName: null, attributes: null };
}

/** A collection by id for an edit, as a GraphQL error when it is not the caller's to edit. */
function collectionForWrite(
  ctx: GqlContext,
  id: string,
  kind: "ArtifactSequence" | "ArtifactPortfolio",
  what: string,
): ArtifactCollectionRow {
  const c = ctx.store.artifacts.getCollectionById(decodeNodeId(id, kind, what));
  const p = c && projectById(ctx, c.projectId);
  if (
    !c || !p || !canSee(ctx, p.entity) ||
    c.kind !== (kind === "ArtifactSequence" ? "SEQUENCE" : "PORTFOLIO")
  ) {
    throw notFound(`${what}: no ${kind} ${id}`);
  }
  writableEntity(ctx, p.entity);
  return c;
}

/** A collection by entity, project and name for a tag edit. */
function namedCollectionForWrite(
  ctx: GqlContext,
  i: { entityName: string; projectName: string; artifactCollectionName: string },
  what: string,
): ArtifactCollectionRow {
  const entity = writableEntity(ctx, i.entityName);
  const p = ctx.store.getProject(entity, i.projectName);
  const c = p && ctx.store.artifacts.getCollection(p.id, i.artifactCollectionName);
  if (!c) {
    throw notFound(
      `${what}: no artifact collection "${i.artifactCollectionName}" in ${entity}/${i.projectName}`,
    );
  }
  return c;
}

/**
 * Whether W&B's `order` of a version listing is ascending: `createdAt`, `+createdAt` (and the
 * same for `versionIndex`, which orders alike) are; `-…` and none are not.
 */
function versionOrder(order: string | null | undefined, what: string): boolean {
  if (!order) return false;
  const m = /^([+-]?)(createdAt|versionIndex|updatedAt)$/.exec(order);
  if (!m) {
    throw badArg(
      `${what}: cannot order by ${
        JSON.stringify(order)
      }; use createdAt or versionIndex, with - for newest first`,
    );
  }
  return m[1] !== "-";
}

/** The version filters this server answers: none, or committed versions (its only listing). */
function checkVersionFilters(filters: string | null | undefined, what: string): void {
  if (!filters) return;
  let f: unknown;
  try {
    f = JSON.parse(filters);
  } catch {
    throw badArg(`${what}: ${JSON.stringify(filters)} is not JSON; pass a JSON object`);
  }
  const ok = f !== null && typeof f === "object" && !Array.isArray(f) &&
    Object.entries(f).every(([k, v]) => k === "state" && v === "COMMITTED");
  if (!ok) {
    throw badArg(
      `${what}: this server lists committed versions only; pass {"state": "COMMITTED"} or no filters`,
    );
  }
}

/** The input of the collection tag mutations. */
interface CollectionTagsInput {
  entityName: string;
  projectName: string;
  artifactCollectionName: string;
  tags: { tagName: string }[];
}

function projectById(ctx: GqlContext, id: number): Project | undefined {
  const r = ctx.store.query("SELECT entity, name FROM projects WHERE id = ?", id)[0];
  return r ? ctx.store.getProject(r.entity as string, r.name as string) : undefined;
}

function canSee(ctx: GqlContext, entity: string): boolean {
  return ctx.store.entityOwner(entity) === ctx.user.id;
}

function writableEntity(ctx: GqlContext, entity: string | null | undefined): string {
  const name = entity || ctx.user.username;
  if (!canSee(ctx, name)) {
    throw new GraphqlApiError(
      "graphql/permission",
      `Entity "${name}" is not one of yours; use your entity "${ctx.user.username}"`,
    );
  }
  return name;
}

/** The version with id `id` if the viewer may see it; errors name `what`. */
function visibleArtifact(ctx: GqlContext, id: string, what: string): ArtifactRow | undefined {
  const n = decodeNodeId(id, "Artifact", what);
  const a = ctx.store.artifacts.get(n);
  if (!a) return undefined;
  const coll = ctx.store.artifacts.getCollectionById(a.collectionId);
  const project = coll && projectById(ctx, coll.projectId);
  return project && canSee(ctx, project.entity) ? a : undefined;
}

function artifactForWrite(ctx: GqlContext, id: string, what: string): ArtifactRow {
  const a = visibleArtifact(ctx, id, what);
  if (!a) throw notFound(`${what}: no artifact ${id}; it may have been deleted`);
  return a;
}

function wrapStoreError<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof StoreError) {
      throw new GraphqlApiError(
        e.code === "store/not-found" ? "graphql/not-found" : "graphql/bad-argument",
        `${what}: ${e.message}`,
      );
    }
    throw e;
  }
}

function emptyPage() {
  return { hasNextPage: false, endCursor: null };
}

/** Splits `collection:alias` (alias `latest` when absent). */
function splitName(name: string): { collection: string; alias: string } {
  const i = name.indexOf(":");
  return i < 0
    ? { collection: name, alias: "latest" }
    : { collection: name.slice(0, i), alias: name.slice(i + 1) };
}

// ---- nodes ----

/** `ArtifactType`. */
export class ArtifactTypeNode {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly createdAt: string | null;
  /** @param type the stored type */
  constructor(readonly type: ArtifactTypeRow) {
    this.id = encodeNodeId("ArtifactType", type.id);
    this.name = type.name;
    this.description = type.description;
    this.createdAt = wandbTime(type.createdAt);
  }
  /** The project. */
  project(_: Args, ctx: GqlContext): ProjectNode | null {
    const p = projectById(ctx, this.type.projectId);
    return p ? new ProjectNode(p) : null;
  }
  /** A collection of this type by name. */
  artifactCollection(args: { name: string }, ctx: GqlContext): CollectionNode | null {
    const c = ctx.store.artifacts.getCollection(this.type.projectId, args.name);
    return c && c.typeId === this.type.id ? new CollectionNode(c) : null;
  }
  /** A sequence of this type by name. */
  artifactSequence(args: { name: string }, ctx: GqlContext): CollectionNode | null {
    const c = this.artifactCollection(args, ctx);
    return c?.coll.kind === "SEQUENCE" ? c : null;
  }
  /** Collections of this type, by name. */
  artifactCollections(args: PageArgs & { collectionTypes?: string[] | null }, ctx: GqlContext) {
    return collectionConnection(ctx, this.type.projectId, args, this.type.id);
  }
}

function collectionConnection(
  ctx: GqlContext,
  projectId: number,
  args: PageArgs & { collectionTypes?: string[] | null },
  typeId?: number,
) {
  const page = ctx.store.artifacts.listCollections(projectId, {
    first: args.first,
    after: args.after,
    typeId,
  });
  const kinds = args.collectionTypes;
  const edges = page.edges
    .filter((e) => !kinds || kinds.length === 0 || kinds.includes(e.node.kind))
    .map((e) => ({ node: new CollectionNode(e.node), cursor: e.cursor }));
  return { edges, pageInfo: page.pageInfo, totalCount: page.totalCount };
}

/** `ArtifactSequence` / `ArtifactPortfolio` (the `ArtifactCollection` interface). */
export class CollectionNode {
  readonly __typename: "ArtifactSequence" | "ArtifactPortfolio";
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
  readonly digestAlgorithm = "MANIFEST_MD5";
  /** @param coll the stored collection */
  constructor(readonly coll: ArtifactCollectionRow) {
    this.__typename = coll.kind === "SEQUENCE" ? "ArtifactSequence" : "ArtifactPortfolio";
    this.id = encodeNodeId(this.__typename, coll.id);
    this.name = coll.name;
    this.description = coll.description;
    this.createdAt = wandbTime(coll.createdAt);
    this.updatedAt = wandbTime(coll.updatedAt);
  }
  /** The project. */
  project(_: Args, ctx: GqlContext): ProjectNode | null {
    const p = projectById(ctx, this.coll.projectId);
    return p ? new ProjectNode(p) : null;
  }
  /** The collection's type. */
  defaultArtifactType(_: Args, ctx: GqlContext): ArtifactTypeNode {
    return new ArtifactTypeNode(ctx.store.artifacts.getTypeById(this.coll.typeId)!);
  }
  /** The collection's tags. */
  tags(_: Args, ctx: GqlContext) {
    return {
      edges: ctx.store.artifacts.collectionTags(this.coll.id).map((name) => ({
        node: tagNode(name),
        cursor: "",
      })),
      pageInfo: emptyPage(),
    };
  }
  /** The newest committed version (sequences). */
  latestArtifact(_: Args, ctx: GqlContext): ArtifactNode | null {
    const a = ctx.store.artifacts.latest(this.coll.id);
    return a ? new ArtifactNode(a) : null;
  }
  /** Every alias in the collection, with its version. */
  aliases(_: PageArgs, ctx: GqlContext) {
    const rows = ctx.store.query(
      "SELECT alias, artifact FROM artifact_aliases WHERE collection = ? ORDER BY alias",
      this.coll.id,
    );
    return {
      edges: rows.map((r) => ({
        node: new AliasNode(this.coll, r.alias as string, r.artifact as number),
        cursor: "",
      })),
      pageInfo: emptyPage(),
    };
  }
  /**
   * Committed versions, newest first, each edge with its `version` (`v<N>`). `order` is W&B's
   * (`createdAt`/`+createdAt` oldest first, `-createdAt` newest first; `versionIndex` alike);
   * `filters` may ask for `{"state": "COMMITTED"}`, what the official client sends.
   */
  artifacts(
    args: PageArgs & { order?: string | null; filters?: string | null },
    ctx: GqlContext,
  ) {
    checkVersionFilters(args.filters, "artifacts(filters)");
    const page = ctx.store.artifacts.listVersions(this.coll.id, {
      ...args,
      ascending: versionOrder(args.order, "artifacts(order)"),
    });
    return {
      edges: page.edges.map((e) => ({
        node: new ArtifactNode(e.node),
        version: `v${ctx.store.artifacts.membershipIndex(this.coll, e.node)}`,
        cursor: e.cursor,
      })),
      pageInfo: page.pageInfo,
      totalCount: page.totalCount,
    };
  }
  /** The version named `aliasName` as a member of this collection. */
  artifactMembership(args: { aliasName: string }, ctx: GqlContext): MembershipNode | null {
    const a = ctx.store.artifacts.inCollection(this.coll, args.aliasName);
    return a ? new MembershipNode(this.coll, a, a.membershipIndex) : null;
  }
  /** Every committed version as a member, newest first. */
  artifactMemberships(args: PageArgs, ctx: GqlContext) {
    const page = ctx.store.artifacts.listVersions(this.coll.id, args);
    return {
      edges: page.edges.map((e) => ({
        node: new MembershipNode(
          this.coll,
          e.node,
          ctx.store.artifacts.membershipIndex(this.coll, e.node),
        ),
        cursor: e.cursor,
      })),
      pageInfo: page.pageInfo,
      totalCount: page.totalCount,
    };
  }
}

/** `ArtifactAlias`. */
export class AliasNode {
  readonly id: string;
  readonly artifactCollectionName: string;
  /**
   * @param coll the collection the alias is in
   * @param alias the alias text
   * @param artifactId the version's storage id
   */
  constructor(
    readonly coll: ArtifactCollectionRow,
    readonly alias: string,
    readonly artifactId: number,
  ) {
    this.id = b64(`ArtifactAlias:${coll.id}:${alias}`);
    this.artifactCollectionName = coll.name;
  }
  /** The collection. */
  artifactCollection(): CollectionNode {
    return new CollectionNode(this.coll);
  }
  /** The version. */
  artifact(_: Args, ctx: GqlContext): ArtifactNode | null {
    const a = ctx.store.artifacts.get(this.artifactId);
    return a ? new ArtifactNode(a) : null;
  }
}

/** `ArtifactCollectionMembership`: a version as a member of one collection. */
export class MembershipNode {
  readonly id: string;
  readonly versionIndex: number;
  readonly createdAt: string | null;
  /**
   * @param coll the collection
   * @param a the version
   * @param index its version index in the collection
   */
  constructor(readonly coll: ArtifactCollectionRow, readonly a: ArtifactRow, index: number) {
    this.id = b64(`ArtifactCollectionMembership:${coll.id}:${a.id}`);
    this.versionIndex = index;
    this.createdAt = wandbTime(a.createdAt);
  }
  /** The aliases in this collection (with `v<N>`). */
  aliases(_: Args, ctx: GqlContext): AliasNode[] {
    return aliasNodes(ctx, this.a).filter((n) => n.coll.id === this.coll.id);
  }
  /** The collection. */
  artifactCollection(): CollectionNode {
    return new CollectionNode(this.coll);
  }
  /** The version. */
  artifact(): ArtifactNode {
    return new ArtifactNode(this.a);
  }
  /** The version's files. */
  files(args: PageArgs & { names?: string[] | null }, ctx: GqlContext) {
    return fileConnection(ctx, this.a, args);
  }
}

function aliasNodes(ctx: GqlContext, a: ArtifactRow): AliasNode[] {
  const colls = new Map<number, ArtifactCollectionRow | undefined>();
  const out: AliasNode[] = [];
  for (const r of ctx.store.artifacts.aliases(a.id)) {
    if (!colls.has(r.collectionId)) {
      colls.set(r.collectionId, ctx.store.artifacts.getCollectionById(r.collectionId));
    }
    const coll = colls.get(r.collectionId);
    if (coll) out.push(new AliasNode(coll, r.alias, a.id));
  }
  return out;
}

/** `Artifact`: one version. */
export class ArtifactNode {
  readonly id: string;
  readonly digest: string;
  readonly digestAlgorithm = "MANIFEST_MD5";
  readonly state: string;
  readonly description: string | null;
  readonly metadata: string | null;
  readonly labels = null;
  readonly versionIndex: number;
  readonly size: number;
  readonly fileCount: number;
  readonly commitHash: string | null;
  readonly historyStep: number | null;
  readonly ttlDurationSeconds: number;
  readonly ttlIsInherited: boolean;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
  /** @param a the stored version */
  constructor(readonly a: ArtifactRow) {
    this.id = encodeNodeId("Artifact", a.id);
    this.digest = a.digest;
    this.state = a.state;
    this.description = a.description;
    this.metadata = a.metadata;
    this.versionIndex = a.versionIndex;
    this.size = a.size;
    this.fileCount = a.fileCount;
    this.commitHash = a.state === "COMMITTED" ? a.digest.slice(0, 20) : null;
    this.historyStep = a.historyStep;
    this.ttlDurationSeconds = a.ttlDurationSeconds ?? -2;
    this.ttlIsInherited = a.ttlDurationSeconds === null;
    this.createdAt = wandbTime(a.createdAt);
    this.updatedAt = wandbTime(a.updatedAt);
  }
  /** The sequence it was logged to. */
  artifactSequence(_: Args, ctx: GqlContext): CollectionNode {
    return new CollectionNode(ctx.store.artifacts.getCollectionById(this.a.collectionId)!);
  }
  /** Its type. */
  artifactType(_: Args, ctx: GqlContext): ArtifactTypeNode {
    const coll = ctx.store.artifacts.getCollectionById(this.a.collectionId)!;
    return new ArtifactTypeNode(ctx.store.artifacts.getTypeById(coll.typeId)!);
  }
  /** Its aliases in every collection, `v<N>` included. */
  aliases(_: Args, ctx: GqlContext): AliasNode[] {
    return aliasNodes(ctx, this.a);
  }
  /** Its tags. */
  tags(_: Args, ctx: GqlContext) {
    return ctx.store.artifacts.tags(this.a.id).map(tagNode);
  }
  /** The run that logged it. */
  createdBy(_: Args, ctx: GqlContext): RunNode | null {
    const run = this.a.runId === null ? undefined : ctx.store.getRunById(this.a.runId);
    return run ? new RunNode(run) : null;
  }
  /** The runs that used it. */
  usedBy(_: PageArgs, ctx: GqlContext) {
    const runs = ctx.store.artifacts.usedBy(this.a.id)
      .map((id) => ctx.store.getRunById(id))
      .filter((r): r is Run => r !== undefined);
    return {
      edges: runs.map((r) => ({ node: new RunNode(r), cursor: "" })),
      pageInfo: emptyPage(),
      totalCount: runs.length,
    };
  }
  /** Its manifest (once the client has reported its digest). */
  currentManifest(): ManifestNode | null {
    return this.a.manifestDigest ? new ManifestNode(this.a) : null;
  }
  /** Its files, by name. */
  files(args: PageArgs & { names?: string[] | null }, ctx: GqlContext) {
    return fileConnection(ctx, this.a, args);
  }
  /** Download URLs of the manifest entries asked for (by name). */
  filesByManifestEntries(
    args: { entries?: { name: string }[] | null },
    ctx: GqlContext,
  ) {
    const names = (args.entries ?? []).map((e) => e.name);
    return fileConnection(ctx, this.a, { names, first: 10_000 });
  }
  /** Its memberships: in its sequence and each portfolio linking it. */
  artifactMemberships(_: PageArgs, ctx: GqlContext) {
    const seq = ctx.store.artifacts.getCollectionById(this.a.collectionId)!;
    const nodes = [new MembershipNode(seq, this.a, this.a.versionIndex)];
    for (
      const r of ctx.store.query(
        "SELECT collection, version_index FROM artifact_links WHERE artifact = ?",
        this.a.id,
      )
    ) {
      const c = ctx.store.artifacts.getCollectionById(r.collection as number);
      if (c) nodes.push(new MembershipNode(c, this.a, r.version_index as number));
    }
    return {
      edges: nodes.map((node) => ({ node, cursor: "" })),
      pageInfo: emptyPage(),
      totalCount: nodes.length,
    };
  }
}

/** `ArtifactManifest`: one per version, the file `wandb_manifest.json`. */
export class ManifestNode {
  readonly id: string;
  readonly type = "FULL";
  readonly digest: string | null;
  readonly createdAt: string | null;
  /**
   * @param a the version
   * @param upload whether `file.uploadUrl` hands out an upload URL
   */
  constructor(readonly a: ArtifactRow, readonly upload = false) {
    this.id = encodeNodeId("ArtifactManifest", a.id);
    this.digest = a.manifestDigest;
    this.createdAt = wandbTime(a.createdAt);
  }
  /** The version. */
  artifact(): ArtifactNode {
    return new ArtifactNode(this.a);
  }
  /** The manifest file: a blob by its digest. */
  file(): ArtifactFileNode {
    return new ArtifactFileNode(
      {
        artifactId: this.a.id,
        name: "wandb_manifest.json",
        digest: this.a.manifestDigest ?? "",
        size: null,
        birthArtifactId: this.a.id,
        ref: null,
      },
      this.upload,
    );
  }
}

/** `File` of an artifact: a blob by the hex MD5 of its base64 digest. */
export class ArtifactFileNode {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly sizeBytes: number | null;
  readonly md5: string | null;
  readonly digest: string;
  readonly storagePath: string | null;
  readonly mimetype = "application/octet-stream";
  readonly updatedAt = null;
  readonly uploadHeaders: string[] = [];
  readonly #hex: string | undefined;
  readonly #parts: number;
  /**
   * @param f the file
   * @param upload whether `uploadUrl` hands out a signed PUT URL (even if the blob exists)
   * @param parts how many parts a multipart upload has (0: a single PUT)
   */
  constructor(readonly f: ArtifactFileRow, readonly upload = false, parts = 0) {
    this.#parts = parts;
    this.#hex = md5Hex(f.digest);
    this.id = b64(`File:${f.artifactId}:${f.name}`);
    this.name = f.name;
    this.displayName = f.name;
    this.sizeBytes = f.size;
    this.md5 = this.#hex ? f.digest : null;
    this.digest = f.digest;
    this.storagePath = this.#hex ?? null;
  }
  /** Signed, unauthenticated GET URL of the bytes (null for a reference). */
  async directUrl(_: Args, ctx: GqlContext): Promise<string | null> {
    if (!this.#hex || this.f.ref) return null;
    const s = ctx.server;
    return ctx.baseUrl + await signedBlobUrl(s.secret, "GET", this.#hex, s.urlTtlSeconds, s.now());
  }
  /** Same as `directUrl` (`url(upload: true)` is not used for artifact files). */
  url(_: Args, ctx: GqlContext): Promise<string | null> {
    return this.directUrl(_, ctx);
  }
  /** A signed PUT URL when asked to upload (`null` when the blob is stored, for files). */
  async uploadUrl(_: Args, ctx: GqlContext): Promise<string | null> {
    if (!this.upload || !this.#hex) return null;
    const s = ctx.server;
    return ctx.baseUrl + await signedBlobUrl(s.secret, "PUT", this.#hex, s.urlTtlSeconds, s.now());
  }
  /** Signed part URLs of a multipart upload, when the client asked for parts. */
  async uploadMultipartUrls(_: Args, ctx: GqlContext) {
    if (!this.upload || !this.#hex || this.#parts === 0) return null;
    const s = ctx.server;
    const uploadID = crypto.randomUUID();
    const uploadUrlParts = [];
    for (let n = 1; n <= this.#parts; n++) {
      const path = await signedPartUrl(s.secret, this.#hex, uploadID, n, s.urlTtlSeconds, s.now());
      uploadUrlParts.push({ partNumber: n, uploadUrl: ctx.baseUrl + path });
    }
    return { uploadID, uploadUrlParts };
  }
  /** The version it was first uploaded for. */
  artifact(_: Args, ctx: GqlContext): ArtifactNode | null {
    const a = ctx.store.artifacts.get(this.f.birthArtifactId ?? this.f.artifactId);
    return a ? new ArtifactNode(a) : null;
  }
}

function fileConnection(
  ctx: GqlContext,
  a: ArtifactRow,
  args: PageArgs & { names?: readonly string[] | null },
) {
  const page = ctx.store.artifacts.listFiles(a.id, args);
  return {
    uploadHeaders: [],
    edges: page.edges.map((e) => ({ node: new ArtifactFileNode(e.node), cursor: e.cursor })),
    pageInfo: page.pageInfo,
    totalCount: page.totalCount,
  };
}

// ---- project and run fields ----

/** `Project.artifact(name:)`: a committed version by `collection:alias`. */
export function projectArtifact(p: Project, name: string, ctx: GqlContext): ArtifactNode | null {
  const { collection, alias } = splitName(name);
  const a = ctx.store.artifacts.byName(p.id, collection, alias);
  return a ? new ArtifactNode(a) : null;
}

/** `Project.artifactCollectionMembership(name:)`. */
export function projectMembership(
  p: Project,
  name: string,
  ctx: GqlContext,
): MembershipNode | null {
  const { collection, alias } = splitName(name);
  const coll = ctx.store.artifacts.getCollection(p.id, collection);
  const a = coll && ctx.store.artifacts.inCollection(coll, alias);
  return coll && a ? new MembershipNode(coll, a, a.membershipIndex) : null;
}

/** `Project.artifactType(name:)`. */
export function projectArtifactType(
  p: Project,
  name: string,
  ctx: GqlContext,
): ArtifactTypeNode | null {
  const t = ctx.store.artifacts.getType(p.id, name);
  return t ? new ArtifactTypeNode(t) : null;
}

/** `Project.artifactTypes`. */
export function projectArtifactTypes(p: Project, args: PageArgs, ctx: GqlContext) {
  const page = ctx.store.artifacts.listTypes(p.id, args);
  return {
    edges: page.edges.map((e) => ({ node: new ArtifactTypeNode(e.node), cursor: e.cursor })),
    pageInfo: page.pageInfo,
    totalCount: page.totalCount,
  };
}

/** `Project.artifactCollection(name:)`. */
export function projectCollection(p: Project, name: string, ctx: GqlContext) {
  const c = ctx.store.artifacts.getCollection(p.id, name);
  return c ? new CollectionNode(c) : null;
}

/** `Project.artifactCollections`. */
export function projectCollections(
  p: Project,
  args: PageArgs & { collectionTypes?: string[] | null },
  ctx: GqlContext,
) {
  return collectionConnection(ctx, p.id, args);
}

/** `Run.outputArtifacts` / `Run.inputArtifacts`. */
export function runArtifacts(run: Run, which: "output" | "input", args: PageArgs, ctx: GqlContext) {
  const page = which === "output"
    ? ctx.store.artifacts.listLoggedBy(run.id, args)
    : ctx.store.artifacts.listUsedBy(run.id, args);
  return {
    edges: page.edges.map((e) => ({ node: new ArtifactNode(e.node), cursor: e.cursor })),
    pageInfo: page.pageInfo,
    totalCount: page.totalCount,
  };
}

// ---- root ----

interface AliasInput {
  artifactCollectionName: string;
  alias: string;
}

function aliasesFor(
  list: readonly AliasInput[] | null | undefined,
  collection: string,
  field: string,
): string[] {
  return (list ?? []).map((a, i) => {
    if (a.artifactCollectionName !== collection) {
      throw badArg(
        `${field}[${i}]: alias "${a.alias}" names collection "${a.artifactCollectionName}", not "${collection}"; aliases apply to the artifact's own collection`,
      );
    }
    return a.alias;
  });
}

async function readManifest(ctx: GqlContext, a: ArtifactRow) {
  const hex = a.manifestDigest ? md5Hex(a.manifestDigest) : undefined;
  if (!hex || !ctx.store.artifacts.hasBlob(hex)) {
    throw badArg(
      `commitArtifact(input.artifactID): the manifest of artifact ${
        encodeNodeId("Artifact", a.id)
      } was not uploaded; call createArtifactManifest with its digest and upload it first`,
    );
  }
  let doc: { contents?: Record<string, Record<string, unknown>> };
  try {
    doc = JSON.parse(await Deno.readTextFile(blobPath(ctx.server.filesDir, hex)));
  } catch (e) {
    throw badArg(
      `commitArtifact: the uploaded manifest is not valid JSON (${(e as Error).message})`,
    );
  }
  const files: Omit<ArtifactFileRow, "artifactId">[] = [];
  const missing: string[] = [];
  for (const [name, e] of Object.entries(doc.contents ?? {})) {
    const digest = String(e.digest ?? "");
    const ref = typeof e.ref === "string" ? e.ref : null;
    let birth: number | null = null;
    if (typeof e.birthArtifactID === "string") {
      const m = /^Artifact:(\d+)$/.exec(unb64(e.birthArtifactID) ?? "");
      birth = m ? Number(m[1]) : null;
    }
    if (!ref) {
      const fh = md5Hex(digest);
      if (!fh || !ctx.store.artifacts.hasBlob(fh)) missing.push(name);
    }
    files.push({
      name,
      digest,
      size: typeof e.size === "number" ? e.size : null,
      birthArtifactId: birth ?? a.id,
      ref,
    });
  }
  if (missing.length > 0) {
    throw badArg(
      `commitArtifact: ${missing.length} file(s) of the manifest were not uploaded (${
        missing.slice(0, 5).join(", ")
      }${missing.length > 5 ? ", ..." : ""}); upload them, then commit again`,
    );
  }
  return files;
}

/**
 * The artifact fields of the root value (queries and mutations).
 *
 * @example
 * ```ts ignore
 * const root = { ...createRootValue(), ...artifactRootFields() };
 * ```
 */
export function artifactRootFields(): Record<string, (args: never, ctx: GqlContext) => unknown> {
  return {
    artifact: (args: { id: string }, ctx: GqlContext) => {
      const a = visibleArtifact(ctx, args.id, "artifact(id)");
      return a && a.state !== "DELETED" ? new ArtifactNode(a) : null;
    },
    artifactCollection: (args: { id: string }, ctx: GqlContext) => {
      const text = unb64(args.id) ?? "";
      const kind = text.startsWith("ArtifactPortfolio:") ? "ArtifactPortfolio" : "ArtifactSequence";
      const c = ctx.store.artifacts.getCollectionById(
        decodeNodeId(args.id, kind, "artifactCollection(id)"),
      );
      const p = c && projectById(ctx, c.projectId);
      return c && p && canSee(ctx, p.entity) ? new CollectionNode(c) : null;
    },
    clientIDMapping: (args: { clientID: string }, ctx: GqlContext) => {
      const a = ctx.store.artifacts.byClientId(args.clientID);
      return a ? { serverID: encodeNodeId("Artifact", a.id) } : null;
    },
    createArtifactType: (
      args: {
        input: {
          entityName: string;
          projectName: string;
          name: string;
          description?: string | null;
        };
      },
      ctx: GqlContext,
    ) => {
      const i = args.input;
      const p = ctx.store.ensureProject(writableEntity(ctx, i.entityName), i.projectName);
      const t = wrapStoreError(
        "createArtifactType(input.name)",
        () => ctx.store.artifacts.ensureType(p.id, i.name, i.description),
      );
      return { artifactType: new ArtifactTypeNode(t) };
    },
    createArtifact: (args: { input: CreateArtifactInput }, ctx: GqlContext) => {
      const i = args.input;
      const entity = writableEntity(ctx, i.entityName);
      const collection = i.artifactCollectionNames?.[0] ?? i.artifactCollectionName;
      if (!collection) {
        throw badArg("createArtifact(input.artifactCollectionNames): give the artifact's name");
      }
      const aliases = aliasesFor(i.aliases, collection, "createArtifact(input.aliases)");
      const p = ctx.store.ensureProject(entity, i.projectName);
      const run = i.runName ? ctx.store.getRun(entity, i.projectName, i.runName) : undefined;
      if (i.runName && !run) {
        throw notFound(
          `createArtifact(input.runName): run ${entity}/${i.projectName}/${i.runName} not found; create it with UpsertBucket first`,
        );
      }
      const { artifact } = wrapStoreError(
        "createArtifact(input)",
        () =>
          ctx.store.artifacts.create({
            projectId: p.id,
            typeName: i.artifactTypeName,
            collectionName: collection,
            digest: i.digest,
            description: i.description,
            metadata: i.metadata,
            aliases,
            tags: (i.tags ?? []).map((t) => t.tagName),
            runId: run?.id ?? null,
            historyStep: i.historyStep,
            clientId: i.clientID,
            sequenceClientId: i.sequenceClientID,
            ttlDurationSeconds: i.ttlDurationSeconds === -1 ? null : i.ttlDurationSeconds,
          }),
      );
      return { artifact: new ArtifactNode(artifact) };
    },
    createArtifactManifest: (
      args: { input: { artifactID: string; digest: string; name: string } },
      ctx: GqlContext,
    ) => {
      const a = artifactForWrite(
        ctx,
        args.input.artifactID,
        "createArtifactManifest(input.artifactID)",
      );
      return { artifactManifest: manifestFor(ctx, a, args.input.digest, "createArtifactManifest") };
    },
    updateArtifactManifest: (
      args: { input: { artifactManifestID: string; digest?: string | null } },
      ctx: GqlContext,
    ) => {
      const id = decodeNodeId(
        args.input.artifactManifestID,
        "ArtifactManifest",
        "updateArtifactManifest(input.artifactManifestID)",
      );
      const a = artifactForWrite(
        ctx,
        encodeNodeId("Artifact", id),
        "updateArtifactManifest(input.artifactManifestID)",
      );
      return {
        artifactManifest: manifestFor(ctx, a, args.input.digest ?? "", "updateArtifactManifest"),
      };
    },
    createArtifactFiles: (
      args: {
        input: {
          artifactFiles: {
            artifactID: string;
            name: string;
            md5: string;
            uploadPartsInput?: { partNumber: number }[] | null;
          }[];
        };
      },
      ctx: GqlContext,
    ) => {
      const edges = args.input.artifactFiles.map((spec, i) => {
        const where = (f: string) => `createArtifactFiles(input.artifactFiles[${i}].${f})`;
        const a = artifactForWrite(ctx, spec.artifactID, where("artifactID"));
        if (a.state !== "PENDING") {
          throw badArg(
            `${where("artifactID")}: artifact is ${a.state}; files go to PENDING versions`,
          );
        }
        const hex = md5Hex(spec.md5);
        if (!hex) throw badArg(`${where("md5")}: ${JSON.stringify(spec.md5)} is not a base64 MD5`);
        const stored = ctx.store.artifacts.hasBlob(hex);
        const node = new ArtifactFileNode(
          {
            artifactId: a.id,
            name: spec.name,
            digest: spec.md5,
            size: null,
            birthArtifactId: a.id,
            ref: null,
          },
          !stored,
          spec.uploadPartsInput?.length ?? 0,
        );
        return { node, cursor: "" };
      });
      return {
        files: {
          uploadHeaders: [],
          edges,
          pageInfo: emptyPage(),
          totalCount: edges.length,
        },
      };
    },
    completeMultipartUploadArtifact: async (
      args: {
        input: {
          artifactID: string;
          storagePath: string;
          uploadID: string;
          completedParts: { partNumber: number; hexMD5: string }[];
        };
      },
      ctx: GqlContext,
    ) => {
      const i = args.input;
      artifactForWrite(ctx, i.artifactID, "completeMultipartUploadArtifact(input.artifactID)");
      const hex = /^[0-9a-f]{32}$/.test(i.storagePath) ? i.storagePath : undefined;
      if (!hex) {
        throw badArg(
          `completeMultipartUploadArtifact(input.storagePath): ${
            JSON.stringify(i.storagePath)
          } is not the storagePath createArtifactFiles answered`,
        );
      }
      try {
        await completeMultipartUpload(ctx.server, hex, i.uploadID, i.completedParts);
      } catch (e) {
        if (e instanceof MultipartError) {
          throw badArg(`completeMultipartUploadArtifact(input.completedParts): ${e.message}`);
        }
        throw e;
      }
      const bytes = hex.match(/../g)!.map((h) => parseInt(h, 16));
      return { digest: btoa(String.fromCharCode(...bytes)) };
    },
    commitArtifact: async (args: { input: { artifactID: string } }, ctx: GqlContext) => {
      const a = artifactForWrite(ctx, args.input.artifactID, "commitArtifact(input.artifactID)");
      if (a.state === "COMMITTED") return { artifact: new ArtifactNode(a) };
      const files = await readManifest(ctx, a);
      const done = wrapStoreError(
        "commitArtifact(input.artifactID)",
        () => ctx.store.artifacts.commit(a.id, files),
      );
      return { artifact: new ArtifactNode(done) };
    },
    useArtifact: (
      args: {
        input: {
          entityName: string;
          projectName: string;
          runName: string;
          artifactID: string;
          usedAs?: string | null;
        };
      },
      ctx: GqlContext,
    ) => {
      const i = args.input;
      const entity = writableEntity(ctx, i.entityName);
      const a = artifactForWrite(ctx, i.artifactID, "useArtifact(input.artifactID)");
      const run = ctx.store.getRun(entity, i.projectName, i.runName) ??
        ctx.store.upsertRun(entity, i.projectName, i.runName).run;
      ctx.store.artifacts.use(a.id, run.id, i.usedAs);
      return { artifact: new ArtifactNode(a) };
    },
    linkArtifact: (
      args: {
        input: {
          artifactPortfolioName?: string | null;
          entityName?: string | null;
          projectName?: string | null;
          aliases?: AliasInput[] | null;
          artifactID?: string | null;
          clientID?: string | null;
        };
      },
      ctx: GqlContext,
    ) => {
      const i = args.input;
      const a = i.artifactID
        ? artifactForWrite(ctx, i.artifactID, "linkArtifact(input.artifactID)")
        : i.clientID
        ? ctx.store.artifacts.byClientId(i.clientID)
        : undefined;
      if (!a) throw notFound("linkArtifact(input): no artifact with that artifactID or clientID");
      const name = i.artifactPortfolioName;
      if (!name || !i.projectName) {
        throw badArg("linkArtifact(input): give artifactPortfolioName and projectName");
      }
      const p = ctx.store.ensureProject(writableEntity(ctx, i.entityName), i.projectName);
      const aliases = aliasesFor(i.aliases, name, "linkArtifact(input.aliases)");
      const versionIndex = wrapStoreError(
        "linkArtifact(input)",
        () => ctx.store.artifacts.link(p.id, name, a.id, aliases),
      );
      return { versionIndex };
    },
    updateArtifactSequence: (
      args: {
        input: { artifactSequenceID: string; name?: string | null; description?: string | null };
      },
      ctx: GqlContext,
    ) => {
      const i = args.input;
      const what = "updateArtifactSequence(input)";
      const c = collectionForWrite(ctx, i.artifactSequenceID, "ArtifactSequence", what);
      const row = wrapStoreError(
        what,
        () =>
          ctx.store.artifacts.updateCollection(c.id, { name: i.name, description: i.description }),
      );
      return { artifactCollection: new CollectionNode(row) };
    },
    updateArtifactPortfolio: (
      args: {
        input: { artifactPortfolioID: string; name?: string | null; description?: string | null };
      },
      ctx: GqlContext,
    ) => {
      const i = args.input;
      const what = "updateArtifactPortfolio(input)";
      const c = collectionForWrite(ctx, i.artifactPortfolioID, "ArtifactPortfolio", what);
      const row = wrapStoreError(
        what,
        () =>
          ctx.store.artifacts.updateCollection(c.id, { name: i.name, description: i.description }),
      );
      return { artifactCollection: new CollectionNode(row) };
    },
    createArtifactCollectionTagAssignments: (
      args: { input: CollectionTagsInput },
      ctx: GqlContext,
    ) => {
      const what = "createArtifactCollectionTagAssignments(input)";
      const c = namedCollectionForWrite(ctx, args.input, what);
      const names = args.input.tags.map((t) => t.tagName);
      wrapStoreError(what, () => ctx.store.artifacts.updateCollectionTags(c.id, { add: names }));
      return { tags: names.map(tagNode) };
    },
    deleteArtifactCollectionTagAssignments: (
      args: { input: CollectionTagsInput },
      ctx: GqlContext,
    ) => {
      const what = "deleteArtifactCollectionTagAssignments(input)";
      const c = namedCollectionForWrite(ctx, args.input, what);
      const names = args.input.tags.map((t) => t.tagName);
      wrapStoreError(what, () => ctx.store.artifacts.updateCollectionTags(c.id, { remove: names }));
      return { success: true };
    },
    unlinkArtifact: (
      args: { input: { artifactID: string; artifactPortfolioID: string } },
      ctx: GqlContext,
    ) => {
      const i = args.input;
      const a = artifactForWrite(ctx, i.artifactID, "unlinkArtifact(input.artifactID)");
      const portId = decodeNodeId(
        i.artifactPortfolioID,
        "ArtifactPortfolio",
        "unlinkArtifact(input.artifactPortfolioID)",
      );
      const port = ctx.store.artifacts.getCollectionById(portId);
      const p = port && projectById(ctx, port.projectId);
      if (!p || !canSee(ctx, p.entity)) {
        throw notFound(`unlinkArtifact(input.artifactPortfolioID): no portfolio ${portId}`);
      }
      writableEntity(ctx, p.entity);
      wrapStoreError("unlinkArtifact(input)", () => ctx.store.artifacts.unlink(port.id, a.id));
      return { artifactID: i.artifactID, success: true };
    },
    updateArtifact: (args: { input: UpdateArtifactInput }, ctx: GqlContext) => {
      const i = args.input;
      const a = artifactForWrite(ctx, i.artifactID, "updateArtifact(input.artifactID)");
      const seq = ctx.store.artifacts.getCollectionById(a.collectionId)!;
      const aliases = i.aliases
        ? aliasesFor(i.aliases, seq.name, "updateArtifact(input.aliases)")
        : undefined;
      const done = wrapStoreError("updateArtifact(input)", () =>
        ctx.store.artifacts.update(a.id, {
          description: i.description,
          metadata: i.metadata,
          ttlDurationSeconds: i.ttlDurationSeconds,
          aliases,
          tagsToAdd: i.tagsToAdd?.map((t) => t.tagName),
          tagsToDelete: i.tagsToDelete?.map((t) => t.tagName),
        }));
      return { artifact: new ArtifactNode(done) };
    },
    deleteArtifact: (
      args: { input: { artifactID: string; deleteAliases?: boolean | null } },
      ctx: GqlContext,
    ) => {
      const a = artifactForWrite(ctx, args.input.artifactID, "deleteArtifact(input.artifactID)");
      const gone = wrapStoreError(
        "deleteArtifact(input)",
        () => ctx.store.artifacts.delete(a.id, { deleteAliases: !!args.input.deleteAliases }),
      );
      return { artifact: new ArtifactNode(gone) };
    },
    addAliases: (args: { input: AliasesInput }, ctx: GqlContext) => {
      editAliases(ctx, args.input, "addAliases");
      return { success: true };
    },
    deleteAliases: (args: { input: AliasesInput }, ctx: GqlContext) => {
      editAliases(ctx, args.input, "deleteAliases");
      return { success: true };
    },
  } as Record<string, (args: never, ctx: GqlContext) => unknown>;
}

interface AliasesInput {
  artifactID: string;
  aliases: (AliasInput & { entityName: string; projectName: string })[];
}

function editAliases(ctx: GqlContext, input: AliasesInput, op: "addAliases" | "deleteAliases") {
  const a = artifactForWrite(ctx, input.artifactID, `${op}(input.artifactID)`);
  ctx.store.transaction(() => {
    input.aliases.forEach((al, i) => {
      const where = `${op}(input.aliases[${i}])`;
      const p = ctx.store.getProject(writableEntity(ctx, al.entityName), al.projectName);
      const coll = p && ctx.store.artifacts.getCollection(p.id, al.artifactCollectionName);
      if (!coll) {
        throw notFound(
          `${where}: no collection "${al.artifactCollectionName}" in ${al.entityName}/${al.projectName}`,
        );
      }
      if (op === "addAliases") {
        wrapStoreError(where, () => ctx.store.artifacts.addAlias(a.id, coll.id, al.alias));
      } else ctx.store.artifacts.deleteAlias(a.id, coll.id, al.alias);
    });
  });
}

function manifestFor(ctx: GqlContext, a: ArtifactRow, digest: string, op: string): ManifestNode {
  if (digest) {
    if (!md5Hex(digest)) {
      throw badArg(`${op}(input.digest): ${JSON.stringify(digest)} is not a base64 MD5`);
    }
    if (a.state !== "PENDING") {
      throw badArg(`${op}(input.artifactID): artifact is ${a.state}; its manifest is final`);
    }
    return new ManifestNode(ctx.store.artifacts.setManifest(a.id, digest), true);
  }
  return new ManifestNode(a, false);
}

/** Input of `createArtifact`. */
interface CreateArtifactInput {
  artifactTypeName: string;
  artifactCollectionName?: string | null;
  artifactCollectionNames?: string[] | null;
  entityName: string;
  projectName: string;
  runName?: string | null;
  description?: string | null;
  digest: string;
  aliases?: AliasInput[] | null;
  tags?: { tagName: string }[] | null;
  metadata?: string | null;
  historyStep?: number | null;
  clientID?: string | null;
  sequenceClientID?: string | null;
  ttlDurationSeconds?: number | null;
}

/** Input of `updateArtifact`. */
interface UpdateArtifactInput {
  artifactID: string;
  description?: string | null;
  metadata?: string | null;
  aliases?: AliasInput[] | null;
  tagsToAdd?: { tagName: string }[] | null;
  tagsToDelete?: { tagName: string }[] | null;
  ttlDurationSeconds?: number | null;
}
