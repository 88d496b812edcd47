/**
 * The artifacts family of the store, shaped as W&B's: artifact types per project, collections
 * (sequences, where versions are logged, and portfolios, which link versions of sequences),
 * versions `v0, v1, …` numbered when created, aliases (`latest` moved on commit, `v<N>` implied
 * by the version index, user aliases editable), tags, files and manifests, which run logged a
 * version and which runs used it, and the content-addressed blobs (by hex MD5) their bytes live
 * in.
 *
 * A version is created `PENDING`; {@link ArtifactStore.commit} records its files (read from its
 * uploaded manifest by the caller) and makes it `COMMITTED` in one transaction, so a failed
 * upload never leaves a half-committed version behind.
 *
 * @example
 * ```ts
 * import { Store } from "./store.ts";
 * const s = Store.open(":memory:");
 * const p = s.ensureProject("me", "p");
 * const { artifact } = s.artifacts.create({
 *   projectId: p.id, typeName: "dataset", collectionName: "data", digest: "d0",
 * });
 * s.artifacts.commit(artifact.id, []);
 * console.assert(s.artifacts.byName(p.id, "data", "latest")?.versionIndex === 0);
 * s.close();
 * ```
 * @module
 */
import type { SQLInputValue } from "node:sqlite";
import type { StoreContext } from "./_context.ts";
import type { Row } from "./_rows.ts";
import { type Connection, decodeCursor, type PageArgs, pageSize, toConnection } from "./_paging.ts";
import { StoreError } from "./store_error.ts";

/** Lifecycle of an artifact version. */
export type ArtifactState = "PENDING" | "COMMITTED" | "DELETED";

/** A collection's kind: a sequence holds logged versions, a portfolio links them. */
export type CollectionKind = "SEQUENCE" | "PORTFOLIO";

/** An artifact type of a project (`dataset`, `model`, …). */
export interface ArtifactTypeRow {
  /** Storage id. */
  id: number;
  /** The project's storage id. */
  projectId: number;
  /** Type name. */
  name: string;
  /** Description, if set. */
  description: string | null;
  /** Creation time, ISO-8601 UTC. */
  createdAt: string;
}

/** An artifact collection (sequence or portfolio). */
export interface ArtifactCollectionRow {
  /** Storage id. */
  id: number;
  /** The project's storage id. */
  projectId: number;
  /** The artifact type's storage id. */
  typeId: number;
  /** Collection name (the artifact name before `:`). */
  name: string;
  /** Sequence or portfolio. */
  kind: CollectionKind;
  /** Description, if set. */
  description: string | null;
  /** Creation time, ISO-8601 UTC. */
  createdAt: string;
  /** Last change, ISO-8601 UTC. */
  updatedAt: string;
}

/** One version of an artifact. */
export interface ArtifactRow {
  /** Storage id (GraphQL `Artifact.id` is derived from it). */
  id: number;
  /** The sequence it was logged to. */
  collectionId: number;
  /** The `N` of `v<N>` in its sequence. */
  versionIndex: number;
  /** The manifest digest the client computed (hex MD5). */
  digest: string;
  /** Lifecycle state. */
  state: ArtifactState;
  /** Description, if set. */
  description: string | null;
  /** Metadata as JSON text, if set. */
  metadata: string | null;
  /** Time to live in seconds (stored, not enforced): null inherited, `-2` disabled. */
  ttlDurationSeconds: number | null;
  /** The history step it was logged at, if sent. */
  historyStep: number | null;
  /** The client's id of the version, if sent. */
  clientId: string | null;
  /** The client's id of the sequence, if sent. */
  sequenceClientId: string | null;
  /** The storage id of the run that logged it, if any. */
  runId: number | null;
  /** Base64 MD5 of the uploaded manifest file, once known. */
  manifestDigest: string | null;
  /** Number of files (committed versions). */
  fileCount: number;
  /** Total bytes of its files (committed versions). */
  size: number;
  /** Aliases asked for at creation, applied on commit. */
  pendingAliases: string[];
  /** Creation time, ISO-8601 UTC. */
  createdAt: string;
  /** Last change, ISO-8601 UTC. */
  updatedAt: string;
}

/** A file of an artifact version, as its manifest lists it. */
export interface ArtifactFileRow {
  /** The version's storage id. */
  artifactId: number;
  /** Path inside the artifact (`/`-separated). */
  name: string;
  /** Base64 MD5 of the bytes (or the reference's digest). */
  digest: string;
  /** Size in bytes, if known. */
  size: number | null;
  /** The version whose upload first stored it, if known. */
  birthArtifactId: number | null;
  /** The reference URI of a reference entry (not stored here). */
  ref: string | null;
}

/** An alias of a version, in a collection. */
export interface ArtifactAliasRow {
  /** The collection the alias belongs to. */
  collectionId: number;
  /** Alias text (`latest`, `v3`, `best`, …). */
  alias: string;
  /** The version's storage id. */
  artifactId: number;
}

/** What {@link ArtifactStore.create} needs. */
export interface CreateArtifactArgs {
  /** The project's storage id. */
  projectId: number;
  /** Artifact type name (created when missing). */
  typeName: string;
  /** Sequence name (created when missing). */
  collectionName: string;
  /** The manifest digest (hex MD5). */
  digest: string;
  /** Description. */
  description?: string | null;
  /** Metadata JSON text. */
  metadata?: string | null;
  /** Aliases to apply on commit (`latest` always is). */
  aliases?: readonly string[];
  /** Tags. */
  tags?: readonly string[];
  /** The run logging it (storage id). */
  runId?: number | null;
  /** History step. */
  historyStep?: number | null;
  /** Client id of the version. */
  clientId?: string | null;
  /** Client id of the sequence. */
  sequenceClientId?: string | null;
  /** TTL in seconds. */
  ttlDurationSeconds?: number | null;
  /** Answer an existing committed version of the same digest instead of a new one. @default true */
  dedupe?: boolean;
}

/** What {@link ArtifactStore.update} changes (each field only when given). */
export interface UpdateArtifactArgs {
  /** New description. */
  description?: string | null;
  /** New metadata JSON text. */
  metadata?: string | null;
  /** New TTL in seconds: `-1` inherit (stored as null), `-2` disabled; null: no change. */
  ttlDurationSeconds?: number | null;
  /** The full set of user aliases in its own collection (replaces them; `latest` kept). */
  aliases?: readonly string[] | null;
  /** Tags to add. */
  tagsToAdd?: readonly string[] | null;
  /** Tags to remove. */
  tagsToDelete?: readonly string[] | null;
}

const NAME_RE = /^[-\w.]+$/;

function bad(message: string): StoreError {
  return new StoreError("store/bad-argument", message);
}

/**
 * Checks an artifact, type or collection name: letters, digits, `-`, `_`, `.`, at most 128
 * characters (so never `:` or `/`, which separate alias and path).
 *
 * @throws {StoreError} `store/bad-argument` naming `what`
 */
export function checkArtifactName(name: string, what: string): void {
  if (!name || name.length > 128 || !NAME_RE.test(name)) {
    throw bad(
      `Invalid ${what} ${
        JSON.stringify(name)
      }: use letters, digits, "-", "_" and "." (no ":" or "/"), at most 128 characters`,
    );
  }
}

const TAG_RE = /^[-\w]+( +[-\w]+)*$/;

/**
 * Checks a tag as W&B's `TagInput` does: words of letters, digits, `_` and `-` separated by
 * spaces, at most 128 characters.
 *
 * @throws {StoreError} `store/bad-argument` naming the tag
 */
export function checkTag(tag: string): void {
  if (typeof tag !== "string" || tag.length > 128 || !TAG_RE.test(tag)) {
    throw bad(
      `Invalid tag ${
        JSON.stringify(tag)
      }: use words of letters, digits, "_" and "-" separated by spaces, at most 128 characters`,
    );
  }
}

/**
 * Checks an alias: at most 128 characters, no `:` or `/`, and not a version alias `v<N>` (the
 * server assigns those).
 *
 * @throws {StoreError} `store/bad-argument` naming the alias
 */
export function checkAlias(alias: string): void {
  if (!alias || alias.length > 128 || /[:/]/.test(alias)) {
    throw bad(
      `Invalid alias ${JSON.stringify(alias)}: use at most 128 characters without ":" or "/"`,
    );
  }
  if (/^v\d+$/.test(alias)) {
    throw bad(`Alias ${JSON.stringify(alias)} is a version alias, which the server assigns`);
  }
}

const TYPE_COLS = "id, project, name, description, created_at";
const COLL_COLS = "id, project, type, name, kind, description, created_at, updated_at";
const ART_COLS = "id, collection, version_index, digest, state, description, metadata, " +
  "ttl_seconds, history_step, client_id, sequence_client_id, run, manifest_digest, file_count, " +
  "size, pending_aliases, created_at, updated_at";

function typeRow(r: Row): ArtifactTypeRow {
  return {
    id: r.id as number,
    projectId: r.project as number,
    name: r.name as string,
    description: r.description as string | null,
    createdAt: r.created_at as string,
  };
}

function collRow(r: Row): ArtifactCollectionRow {
  return {
    id: r.id as number,
    projectId: r.project as number,
    typeId: r.type as number,
    name: r.name as string,
    kind: r.kind as CollectionKind,
    description: r.description as string | null,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
  };
}

function artRow(r: Row): ArtifactRow {
  return {
    id: r.id as number,
    collectionId: r.collection as number,
    versionIndex: r.version_index as number,
    digest: r.digest as string,
    state: r.state as ArtifactState,
    description: r.description as string | null,
    metadata: r.metadata as string | null,
    ttlDurationSeconds: r.ttl_seconds as number | null,
    historyStep: r.history_step as number | null,
    clientId: r.client_id as string | null,
    sequenceClientId: r.sequence_client_id as string | null,
    runId: r.run as number | null,
    manifestDigest: r.manifest_digest as string | null,
    fileCount: r.file_count as number,
    size: r.size as number,
    pendingAliases: JSON.parse(r.pending_aliases as string) as string[],
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
  };
}

function fileRow(r: Row): ArtifactFileRow {
  return {
    artifactId: r.artifact as number,
    name: r.name as string,
    digest: r.digest as string,
    size: r.size as number | null,
    birthArtifactId: r.birth_artifact as number | null,
    ref: r.ref as string | null,
  };
}

/** The artifacts table family (see the module doc). */
export class ArtifactStore {
  readonly #ctx: StoreContext;

  /**
   * Made by the store (`Store`), which exposes it as `store.artifacts`; not constructed elsewhere.
   *
   * @param ctx the store's shared context
   */
  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  #get(sql: string, ...params: SQLInputValue[]): Row | undefined {
    return this.#ctx.stmt(sql).get(...params) as Row | undefined;
  }

  #all(sql: string, ...params: SQLInputValue[]): Row[] {
    return this.#ctx.stmt(sql).all(...params) as Row[];
  }

  #run(sql: string, ...params: SQLInputValue[]): void {
    this.#ctx.stmt(sql).run(...params);
  }

  // ---- types ----

  /** The type `name` of the project, created when missing. */
  ensureType(projectId: number, name: string, description?: string | null): ArtifactTypeRow {
    checkArtifactName(name, "artifact type name");
    return this.#ctx.tx(() => {
      const found = this.getType(projectId, name);
      if (found) return found;
      this.#run(
        "INSERT INTO artifact_types (project, name, description, created_at) VALUES (?, ?, ?, ?)",
        projectId,
        name,
        description ?? null,
        this.#ctx.nowIso(),
      );
      return this.getType(projectId, name)!;
    });
  }

  /** The type `name` of the project, or `undefined`. */
  getType(projectId: number, name: string): ArtifactTypeRow | undefined {
    const r = this.#get(
      `SELECT ${TYPE_COLS} FROM artifact_types WHERE project = ? AND name = ?`,
      projectId,
      name,
    );
    return r && typeRow(r);
  }

  /** The type with storage id `id`, or `undefined`. */
  getTypeById(id: number): ArtifactTypeRow | undefined {
    const r = this.#get(`SELECT ${TYPE_COLS} FROM artifact_types WHERE id = ?`, id);
    return r && typeRow(r);
  }

  /** The project's types by name, paged. */
  listTypes(projectId: number, args: PageArgs = {}): Connection<ArtifactTypeRow> {
    const first = pageSize(args.first);
    const after = args.after ? String(decodeCursor(args.after, 1)[0]) : "";
    const rows = this.#all(
      `SELECT ${TYPE_COLS} FROM artifact_types WHERE project = ? AND name > ? ORDER BY name LIMIT ?`,
      projectId,
      after,
      first + 1,
    );
    const total = this.#get(
      "SELECT count(*) AS n FROM artifact_types WHERE project = ?",
      projectId,
    )!.n as number;
    return toConnection(rows, first, total, typeRow, (r) => [r.name as string]);
  }

  // ---- collections ----

  /** The project's collection `name`, or `undefined`. */
  getCollection(projectId: number, name: string): ArtifactCollectionRow | undefined {
    const r = this.#get(
      `SELECT ${COLL_COLS} FROM artifact_collections WHERE project = ? AND name = ?`,
      projectId,
      name,
    );
    return r && collRow(r);
  }

  /** The collection with storage id `id`, or `undefined`. */
  getCollectionById(id: number): ArtifactCollectionRow | undefined {
    const r = this.#get(`SELECT ${COLL_COLS} FROM artifact_collections WHERE id = ?`, id);
    return r && collRow(r);
  }

  /** The collection `name` of `kind`, created (with its type) when missing. */
  ensureCollection(
    projectId: number,
    typeName: string,
    name: string,
    kind: CollectionKind,
  ): ArtifactCollectionRow {
    checkArtifactName(name, "artifact name");
    return this.#ctx.tx(() => {
      const type = this.ensureType(projectId, typeName);
      const found = this.getCollection(projectId, name);
      if (found) {
        if (found.typeId !== type.id && kind === "SEQUENCE") {
          const have = this.getTypeById(found.typeId)?.name;
          throw bad(
            `Artifact "${name}" has type "${have}", not "${typeName}"; use another name or type "${have}"`,
          );
        }
        if (found.kind !== kind) {
          throw bad(
            `Collection "${name}" is a ${found.kind.toLowerCase()}, not a ${kind.toLowerCase()}`,
          );
        }
        return found;
      }
      const now = this.#ctx.nowIso();
      this.#run(
        "INSERT INTO artifact_collections (project, type, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        projectId,
        type.id,
        name,
        kind,
        now,
        now,
      );
      return this.getCollection(projectId, name)!;
    });
  }

  /** The project's collections by name, of type `typeId` when given, paged. */
  listCollections(
    projectId: number,
    args: PageArgs & { typeId?: number | null } = {},
  ): Connection<ArtifactCollectionRow> {
    const first = pageSize(args.first);
    const after = args.after ? String(decodeCursor(args.after, 1)[0]) : "";
    const typeId = args.typeId ?? null;
    const where = "project = ? AND (? IS NULL OR type = ?)";
    const rows = this.#all(
      `SELECT ${COLL_COLS} FROM artifact_collections WHERE ${where} AND name > ? ORDER BY name LIMIT ?`,
      projectId,
      typeId,
      typeId,
      after,
      first + 1,
    );
    const total = this.#get(
      `SELECT count(*) AS n FROM artifact_collections WHERE ${where}`,
      projectId,
      typeId,
      typeId,
    )!.n as number;
    return toConnection(rows, first, total, collRow, (r) => [r.name as string]);
  }

  /**
   * Sets a collection's description and name (a rename keeps its versions, aliases and links).
   *
   * @throws {StoreError} `store/bad-argument` for a bad or taken name
   */
  updateCollection(
    id: number,
    fields: { description?: string | null; name?: string | null },
  ): ArtifactCollectionRow {
    return this.#ctx.tx(() => {
      const coll = this.getCollectionById(id) ?? notFound(`artifact collection ${id}`);
      const now = this.#ctx.nowIso();
      if (fields.description !== undefined) {
        this.#run(
          "UPDATE artifact_collections SET description = ?, updated_at = ? WHERE id = ?",
          fields.description,
          now,
          id,
        );
      }
      if (fields.name && fields.name !== coll.name) {
        checkArtifactName(fields.name, "collection name");
        if (this.getCollection(coll.projectId, fields.name)) {
          throw bad(`Artifact collection "${fields.name}" already exists; pick another name`);
        }
        this.#run(
          "UPDATE artifact_collections SET name = ?, updated_at = ? WHERE id = ?",
          fields.name,
          now,
          id,
        );
      }
      return this.getCollectionById(id)!;
    });
  }

  /** A collection's tags, by name. */
  collectionTags(id: number): string[] {
    return this.#all(
      "SELECT name FROM artifact_collection_tags WHERE collection = ? ORDER BY name",
      id,
    ).map((r) => r.name as string);
  }

  /**
   * Adds and removes tags of a collection.
   *
   * @throws {StoreError} `store/bad-argument` naming a bad tag
   */
  updateCollectionTags(
    id: number,
    change: { add?: readonly string[]; remove?: readonly string[] },
  ): string[] {
    for (const t of change.add ?? []) checkTag(t);
    return this.#ctx.tx(() => {
      this.getCollectionById(id) ?? notFound(`artifact collection ${id}`);
      for (const t of change.add ?? []) {
        this.#run("INSERT OR IGNORE INTO artifact_collection_tags VALUES (?, ?)", id, t);
      }
      for (const t of change.remove ?? []) {
        this.#run("DELETE FROM artifact_collection_tags WHERE collection = ? AND name = ?", id, t);
      }
      return this.collectionTags(id);
    });
  }

  // ---- versions ----

  /** The version with storage id `id`, or `undefined`. */
  get(id: number): ArtifactRow | undefined {
    const r = this.#get(`SELECT ${ART_COLS} FROM artifacts WHERE id = ?`, id);
    return r && artRow(r);
  }

  /** The version with client id `clientId`, or `undefined`. */
  byClientId(clientId: string): ArtifactRow | undefined {
    const r = this.#get(`SELECT ${ART_COLS} FROM artifacts WHERE client_id = ?`, clientId);
    return r && artRow(r);
  }

  /**
   * Creates a `PENDING` version in sequence `collectionName` with the next version index, or
   * (with `dedupe`, the default) answers the committed version of the same digest, with the
   * requested aliases applied to it. Also returns the sequence's latest committed version before
   * the call.
   *
   * @throws {StoreError} `store/bad-argument` for a bad name or alias
   */
  create(
    args: CreateArtifactArgs,
  ): { artifact: ArtifactRow; latest: ArtifactRow | undefined; deduped: boolean } {
    const aliases = [...new Set(args.aliases ?? [])].filter((a) => a !== "latest");
    for (const a of aliases) checkAlias(a);
    for (const t of args.tags ?? []) checkTag(t);
    return this.#ctx.tx(() => {
      const coll = this.ensureCollection(
        args.projectId,
        args.typeName,
        args.collectionName,
        "SEQUENCE",
      );
      const latest = this.latest(coll.id);
      if (args.dedupe !== false) {
        const same = this.#get(
          `SELECT ${ART_COLS} FROM artifacts WHERE collection = ? AND digest = ? AND state = 'COMMITTED' ORDER BY version_index DESC LIMIT 1`,
          coll.id,
          args.digest,
        );
        if (same) {
          for (const a of aliases) this.#setAlias(coll.id, a, same.id as number);
          return { artifact: artRow(same), latest, deduped: true };
        }
      }
      if (args.clientId) {
        const prior = this.byClientId(args.clientId);
        if (prior) return { artifact: prior, latest, deduped: false };
      }
      const next = this.#get(
        "SELECT coalesce(max(version_index) + 1, 0) AS n FROM artifacts WHERE collection = ?",
        coll.id,
      )!.n as number;
      const now = this.#ctx.nowIso();
      this.#run(
        `INSERT INTO artifacts (collection, version_index, digest, state, description, metadata,
          ttl_seconds, history_step, client_id, sequence_client_id, run, pending_aliases,
          created_at, updated_at) VALUES (?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        coll.id,
        next,
        args.digest,
        args.description ?? null,
        args.metadata ?? null,
        args.ttlDurationSeconds ?? null,
        args.historyStep ?? null,
        args.clientId ?? null,
        args.sequenceClientId ?? null,
        args.runId ?? null,
        JSON.stringify(aliases),
        now,
        now,
      );
      const id = this.#get("SELECT last_insert_rowid() AS id")!.id as number;
      for (const t of args.tags ?? []) {
        this.#run("INSERT OR IGNORE INTO artifact_tags (artifact, name) VALUES (?, ?)", id, t);
      }
      return { artifact: this.get(id)!, latest, deduped: false };
    });
  }

  /** The sequence's newest committed version, or `undefined`. */
  latest(collectionId: number): ArtifactRow | undefined {
    const r = this.#get(
      `SELECT ${ART_COLS} FROM artifacts WHERE collection = ? AND state = 'COMMITTED' ORDER BY version_index DESC LIMIT 1`,
      collectionId,
    );
    return r && artRow(r);
  }

  /** Records the digest (base64 MD5) of a version's uploaded manifest file. */
  setManifest(id: number, digest: string): ArtifactRow {
    this.#run(
      "UPDATE artifacts SET manifest_digest = ?, updated_at = ? WHERE id = ?",
      digest,
      this.#ctx.nowIso(),
      id,
    );
    return this.get(id) ?? notFound(`artifact ${id}`);
  }

  /**
   * Commits a `PENDING` version with its `files` (from its manifest): records them, moves
   * `latest` and the aliases asked for at creation to it. Committing a committed version again
   * changes nothing.
   *
   * @throws {StoreError} `store/not-found` for an unknown version, `store/bad-argument` for a
   * deleted one
   */
  commit(id: number, files: readonly Omit<ArtifactFileRow, "artifactId">[]): ArtifactRow {
    return this.#ctx.tx(() => {
      const a = this.get(id) ?? notFound(`artifact ${id}`);
      if (a.state === "COMMITTED") return a;
      if (a.state !== "PENDING") throw bad(`Artifact ${id} is ${a.state}; it cannot be committed`);
      this.#run("DELETE FROM artifact_files WHERE artifact = ?", id);
      let size = 0;
      for (const f of files) {
        this.#run(
          "INSERT OR REPLACE INTO artifact_files (artifact, name, digest, size, birth_artifact, ref) VALUES (?, ?, ?, ?, ?, ?)",
          id,
          f.name,
          f.digest,
          f.size,
          f.birthArtifactId,
          f.ref,
        );
        size += f.size ?? 0;
      }
      const now = this.#ctx.nowIso();
      this.#run(
        `UPDATE artifacts SET state = 'COMMITTED', file_count = ?, size = ?, pending_aliases = '[]',
          updated_at = ?, committed_at = ? WHERE id = ?`,
        files.length,
        size,
        now,
        now,
        id,
      );
      const latest = this.latest(a.collectionId);
      if (!latest || latest.versionIndex <= a.versionIndex) {
        this.#setAlias(a.collectionId, "latest", id);
      }
      for (const alias of a.pendingAliases) this.#setAlias(a.collectionId, alias, id);
      return this.get(id)!;
    });
  }

  #setAlias(collectionId: number, alias: string, artifactId: number): void {
    this.#run(
      "INSERT OR REPLACE INTO artifact_aliases (collection, alias, artifact) VALUES (?, ?, ?)",
      collectionId,
      alias,
      artifactId,
    );
  }

  /**
   * The aliases of a version, in every collection holding it: the stored ones plus its version
   * alias `v<N>` in its sequence (and in each portfolio linking it).
   */
  aliases(id: number): ArtifactAliasRow[] {
    const a = this.get(id);
    if (!a) return [];
    const out: ArtifactAliasRow[] = [];
    if (a.state === "COMMITTED") {
      out.push({ collectionId: a.collectionId, alias: `v${a.versionIndex}`, artifactId: id });
    }
    for (
      const r of this.#all(
        "SELECT collection, version_index FROM artifact_links WHERE artifact = ?",
        id,
      )
    ) {
      out.push({
        collectionId: r.collection as number,
        alias: `v${r.version_index}`,
        artifactId: id,
      });
    }
    for (
      const r of this.#all(
        "SELECT collection, alias FROM artifact_aliases WHERE artifact = ? ORDER BY collection, alias",
        id,
      )
    ) {
      out.push({ collectionId: r.collection as number, alias: r.alias as string, artifactId: id });
    }
    return out;
  }

  /**
   * The version named `alias` (`latest`, `v3`, a user alias, or a digest) in collection `name`
   * of the project, with its version index in that collection; `undefined` when none.
   */
  byName(
    projectId: number,
    name: string,
    alias: string,
  ): (ArtifactRow & { membershipIndex: number; membershipCollectionId: number }) | undefined {
    const coll = this.getCollection(projectId, name);
    if (!coll) return undefined;
    return this.inCollection(coll, alias);
  }

  /** The version named `alias` in `coll` (see {@link ArtifactStore.byName}). */
  inCollection(
    coll: ArtifactCollectionRow,
    alias: string,
  ): (ArtifactRow & { membershipIndex: number; membershipCollectionId: number }) | undefined {
    let id: number | undefined;
    const version = /^v(\d+)$/.exec(alias);
    if (version) {
      const n = Number(version[1]);
      id = coll.kind === "SEQUENCE"
        ? this.#get(
          "SELECT id FROM artifacts WHERE collection = ? AND version_index = ? AND state = 'COMMITTED'",
          coll.id,
          n,
        )?.id as number | undefined
        : this.#get(
          "SELECT artifact AS id FROM artifact_links WHERE collection = ? AND version_index = ?",
          coll.id,
          n,
        )?.id as number | undefined;
    } else {
      id = this.#get(
        "SELECT artifact AS id FROM artifact_aliases WHERE collection = ? AND alias = ?",
        coll.id,
        alias,
      )?.id as number | undefined;
      if (id === undefined && coll.kind === "SEQUENCE") {
        id = this.#get(
          "SELECT id FROM artifacts WHERE collection = ? AND digest = ? AND state = 'COMMITTED'",
          coll.id,
          alias,
        )?.id as number | undefined;
      }
    }
    const a = id === undefined ? undefined : this.get(id);
    if (!a || a.state !== "COMMITTED") return undefined;
    return {
      ...a,
      membershipIndex: this.membershipIndex(coll, a),
      membershipCollectionId: coll.id,
    };
  }

  /** The version index of `a` in `coll` (its own in its sequence, its link's in a portfolio). */
  membershipIndex(coll: ArtifactCollectionRow, a: ArtifactRow): number {
    if (coll.id === a.collectionId) return a.versionIndex;
    return (this.#get(
      "SELECT version_index FROM artifact_links WHERE collection = ? AND artifact = ?",
      coll.id,
      a.id,
    )?.version_index as number | undefined) ?? a.versionIndex;
  }

  /**
   * The committed versions of a collection, newest first (`ascending`: oldest first), paged.
   */
  listVersions(
    collectionId: number,
    args: PageArgs & { ascending?: boolean } = {},
  ): Connection<ArtifactRow> {
    const first = pageSize(args.first);
    const coll = this.getCollectionById(collectionId);
    const asc = args.ascending === true;
    const from = args.after
      ? Number(decodeCursor(args.after, 1)[0])
      : asc
      ? -1
      : Number.MAX_SAFE_INTEGER;
    const cmp = asc ? ">" : "<";
    const dir = asc ? "ASC" : "DESC";
    if (coll?.kind === "PORTFOLIO") {
      const rows = this.#all(
        `SELECT a.id, l.version_index AS vi FROM artifact_links l JOIN artifacts a ON a.id = l.artifact
          WHERE l.collection = ? AND l.version_index ${cmp} ? ORDER BY l.version_index ${dir} LIMIT ?`,
        collectionId,
        from,
        first + 1,
      );
      const total = this.#get(
        "SELECT count(*) AS n FROM artifact_links WHERE collection = ?",
        collectionId,
      )!.n as number;
      return toConnection(rows, first, total, (r) => this.get(r.id as number)!, (r) => [
        r.vi as number,
      ]);
    }
    const rows = this.#all(
      `SELECT ${ART_COLS} FROM artifacts WHERE collection = ? AND state = 'COMMITTED'
        AND version_index ${cmp} ? ORDER BY version_index ${dir} LIMIT ?`,
      collectionId,
      from,
      first + 1,
    );
    const total = this.#get(
      "SELECT count(*) AS n FROM artifacts WHERE collection = ? AND state = 'COMMITTED'",
      collectionId,
    )!.n as number;
    return toConnection(rows, first, total, artRow, (r) => [r.version_index as number]);
  }

  /** Committed versions logged by run `runId` (oldest first), paged. */
  listLoggedBy(runId: number, args: PageArgs = {}): Connection<ArtifactRow> {
    return this.#byRun(
      "FROM artifacts WHERE run = ? AND state = 'COMMITTED'",
      runId,
      args,
    );
  }

  /** Versions used by run `runId` (oldest first), paged. */
  listUsedBy(runId: number, args: PageArgs = {}): Connection<ArtifactRow> {
    return this.#byRun(
      "FROM artifacts WHERE id IN (SELECT artifact FROM artifact_usage WHERE run = ?)",
      runId,
      args,
    );
  }

  #byRun(from: string, runId: number, args: PageArgs): Connection<ArtifactRow> {
    const first = pageSize(args.first);
    const after = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
    const rows = this.#all(
      `SELECT ${ART_COLS} ${from} AND id > ? ORDER BY id LIMIT ?`,
      runId,
      after,
      first + 1,
    );
    const total = this.#get(`SELECT count(*) AS n ${from}`, runId)!.n as number;
    return toConnection(rows, first, total, artRow, (r) => [r.id as number]);
  }

  /** Records that run `runId` used version `id` (again: no change). */
  use(id: number, runId: number, usedAs?: string | null): void {
    this.#run(
      "INSERT OR IGNORE INTO artifact_usage (artifact, run, used_as, created_at) VALUES (?, ?, ?, ?)",
      id,
      runId,
      usedAs ?? null,
      this.#ctx.nowIso(),
    );
  }

  /** Storage ids of the runs that used version `id`, in order of first use. */
  usedBy(id: number): number[] {
    return this.#all(
      "SELECT run FROM artifact_usage WHERE artifact = ? ORDER BY created_at, run",
      id,
    ).map((r) => r.run as number);
  }

  /** The tags of version `id`, sorted. */
  tags(id: number): string[] {
    return this.#all("SELECT name FROM artifact_tags WHERE artifact = ? ORDER BY name", id)
      .map((r) => r.name as string);
  }

  /**
   * Edits a version: description, metadata, TTL, tags, and (`aliases`) its user aliases in its
   * sequence, replaced by the given set (`latest` and `v<N>` stay).
   *
   * @throws {StoreError} `store/not-found` for an unknown version, `store/bad-argument` for a
   * bad alias or tag
   */
  update(id: number, fields: UpdateArtifactArgs): ArtifactRow {
    for (const a of fields.aliases ?? []) if (a !== "latest") checkAlias(a);
    for (const t of fields.tagsToAdd ?? []) checkTag(t);
    return this.#ctx.tx(() => {
      const a = this.get(id) ?? notFound(`artifact ${id}`);
      const now = this.#ctx.nowIso();
      const set = (col: string, v: SQLInputValue) =>
        this.#run(`UPDATE artifacts SET ${col} = ?, updated_at = ? WHERE id = ?`, v, now, id);
      if (fields.description !== undefined) set("description", fields.description);
      if (fields.metadata !== undefined) set("metadata", fields.metadata);
      const ttl = fields.ttlDurationSeconds;
      if (ttl !== undefined && ttl !== null) set("ttl_seconds", ttl === -1 ? null : ttl);
      if (fields.aliases) {
        const keep = new Set(fields.aliases);
        for (const r of this.aliases(id)) {
          if (
            r.collectionId === a.collectionId && r.alias !== "latest" &&
            !/^v\d+$/.test(r.alias) && !keep.has(r.alias)
          ) {
            this.#run(
              "DELETE FROM artifact_aliases WHERE collection = ? AND alias = ?",
              r.collectionId,
              r.alias,
            );
          }
        }
        for (const alias of keep) {
          if (a.state === "COMMITTED") this.#setAlias(a.collectionId, alias, id);
        }
        if (a.state === "PENDING") {
          set("pending_aliases", JSON.stringify([...keep].filter((x) => x !== "latest")));
        }
      }
      for (const t of fields.tagsToAdd ?? []) {
        this.#run("INSERT OR IGNORE INTO artifact_tags (artifact, name) VALUES (?, ?)", id, t);
      }
      for (const t of fields.tagsToDelete ?? []) {
        this.#run("DELETE FROM artifact_tags WHERE artifact = ? AND name = ?", id, t);
      }
      return this.get(id)!;
    });
  }

  /**
   * Adds `alias` in collection `collectionId` to version `id` (moving it from another version).
   *
   * @throws {StoreError} `store/bad-argument` when the version is not in that collection
   */
  addAlias(id: number, collectionId: number, alias: string): void {
    checkAlias(alias);
    this.#ctx.tx(() => {
      const a = this.get(id) ?? notFound(`artifact ${id}`);
      const inColl = a.collectionId === collectionId ||
        this.#get(
          "SELECT 1 AS x FROM artifact_links WHERE collection = ? AND artifact = ?",
          collectionId,
          id,
        );
      if (!inColl) {
        const coll = this.getCollectionById(collectionId);
        throw bad(
          `Alias "${alias}": artifact ${id} is not a version of collection "${coll?.name}"; add aliases in the artifact's own collection`,
        );
      }
      this.#setAlias(collectionId, alias, id);
    });
  }

  /** Removes `alias` in collection `collectionId` from version `id`; false if it was not there. */
  deleteAlias(id: number, collectionId: number, alias: string): boolean {
    const had = this.#get(
      "SELECT 1 AS x FROM artifact_aliases WHERE collection = ? AND alias = ? AND artifact = ?",
      collectionId,
      alias,
      id,
    );
    if (had) {
      this.#run(
        "DELETE FROM artifact_aliases WHERE collection = ? AND alias = ?",
        collectionId,
        alias,
      );
    }
    return had !== undefined;
  }

  /**
   * Deletes version `id` (its files, aliases, tags, links and usage); refused while it has aliases
   * other than its version alias unless `deleteAliases`. Blobs stay (other versions may share
   * them).
   *
   * @throws {StoreError} `store/bad-argument` naming the aliases that hold it
   */
  delete(id: number, options: { deleteAliases?: boolean } = {}): ArtifactRow {
    return this.#ctx.tx(() => {
      const a = this.get(id) ?? notFound(`artifact ${id}`);
      const held = this.#all("SELECT alias FROM artifact_aliases WHERE artifact = ?", id)
        .map((r) => r.alias as string);
      if (held.length > 0 && !options.deleteAliases) {
        throw bad(
          `Artifact version v${a.versionIndex} has aliases ${
            held.join(", ")
          }; remove them first or pass deleteAliases: true`,
        );
      }
      for (
        const t of [
          "artifact_aliases",
          "artifact_tags",
          "artifact_files",
          "artifact_usage",
          "artifact_links",
        ]
      ) {
        this.#run(`DELETE FROM ${t} WHERE artifact = ?`, id);
      }
      this.#run("DELETE FROM artifacts WHERE id = ?", id);
      const latest = this.latest(a.collectionId);
      if (latest && held.includes("latest")) this.#setAlias(a.collectionId, "latest", latest.id);
      return { ...a, state: "DELETED" as const };
    });
  }

  /**
   * Links version `id` into portfolio `portfolioName` (created with the version's type when
   * missing) with the next version index there, plus `aliases`; linking again keeps the index.
   * Returns the version index in the portfolio.
   */
  link(projectId: number, portfolioName: string, id: number, aliases: readonly string[]): number {
    for (const a of aliases) if (a !== "latest") checkAlias(a);
    return this.#ctx.tx(() => {
      const a = this.get(id) ?? notFound(`artifact ${id}`);
      const seq = this.getCollectionById(a.collectionId)!;
      const type = this.getTypeById(seq.typeId)!;
      const port = this.ensureCollection(projectId, type.name, portfolioName, "PORTFOLIO");
      let vi = this.#get(
        "SELECT version_index FROM artifact_links WHERE collection = ? AND artifact = ?",
        port.id,
        id,
      )?.version_index as number | undefined;
      if (vi === undefined) {
        vi = this.#get(
          "SELECT coalesce(max(version_index) + 1, 0) AS n FROM artifact_links WHERE collection = ?",
          port.id,
        )!.n as number;
        this.#run(
          "INSERT INTO artifact_links (collection, artifact, version_index, created_at) VALUES (?, ?, ?, ?)",
          port.id,
          id,
          vi,
          this.#ctx.nowIso(),
        );
      }
      this.#setAlias(port.id, "latest", id);
      for (const alias of aliases) this.#setAlias(port.id, alias, id);
      return vi;
    });
  }

  /**
   * Removes version `id` from portfolio `portfolioId` with its aliases there (W&B's
   * `unlinkArtifact`); `latest` moves to the newest version still linked. The version itself
   * stays in its sequence.
   *
   * @throws {StoreError} `store/not-found` when the version is not linked there
   */
  unlink(portfolioId: number, id: number): void {
    this.#ctx.tx(() => {
      const port = this.getCollectionById(portfolioId);
      const linked = port?.kind === "PORTFOLIO" && this.#get(
        "SELECT 1 AS x FROM artifact_links WHERE collection = ? AND artifact = ?",
        portfolioId,
        id,
      );
      if (!linked) notFound(`artifact ${id} linked in portfolio ${portfolioId}`);
      this.#run(
        "DELETE FROM artifact_links WHERE collection = ? AND artifact = ?",
        portfolioId,
        id,
      );
      this.#run(
        "DELETE FROM artifact_aliases WHERE collection = ? AND artifact = ?",
        portfolioId,
        id,
      );
      const newest = this.#get(
        "SELECT artifact FROM artifact_links WHERE collection = ? ORDER BY version_index DESC LIMIT 1",
        portfolioId,
      )?.artifact as number | undefined;
      const hasLatest = this.#get(
        "SELECT 1 AS x FROM artifact_aliases WHERE collection = ? AND alias = 'latest'",
        portfolioId,
      );
      if (newest !== undefined && !hasLatest) this.#setAlias(portfolioId, "latest", newest);
    });
  }

  // ---- files ----

  /**
   * A version's files by name, paged; `names` (non-empty) restricts to those names.
   *
   * @example
   * ```ts
   * import { Store } from "./store.ts";
   * const s = Store.open(":memory:");
   * const p = s.ensureProject("me", "p");
   * const { artifact } = s.artifacts.create({
   *   projectId: p.id, typeName: "t", collectionName: "c", digest: "d",
   * });
   * s.artifacts.commit(artifact.id, [
   *   { name: "a.txt", digest: "x", size: 1, birthArtifactId: artifact.id, ref: null },
   * ]);
   * console.assert(s.artifacts.listFiles(artifact.id).edges[0]?.node.name === "a.txt");
   * ```
   */
  listFiles(
    id: number,
    args: PageArgs & { names?: readonly string[] | null } = {},
  ): Connection<ArtifactFileRow> {
    const first = pageSize(args.first);
    const after = args.after ? String(decodeCursor(args.after, 1)[0]) : "";
    const names = args.names && args.names.length > 0 ? JSON.stringify(args.names) : null;
    const where = "artifact = ? AND (? IS NULL OR name IN (SELECT value FROM json_each(?)))";
    const rows = this.#all(
      `SELECT artifact, name, digest, size, birth_artifact, ref FROM artifact_files
        WHERE ${where} AND name > ? ORDER BY name LIMIT ?`,
      id,
      names,
      names,
      after,
      first + 1,
    );
    const total = this.#get(
      `SELECT count(*) AS n FROM artifact_files WHERE ${where}`,
      id,
      names,
      names,
    )!.n as number;
    return toConnection(rows, first, total, fileRow, (r) => [r.name as string]);
  }

  // ---- blobs ----

  /** Whether a blob with this hex MD5 is stored. */
  hasBlob(md5Hex: string): boolean {
    return this.#get("SELECT 1 AS x FROM blobs WHERE md5 = ?", md5Hex) !== undefined;
  }

  /** Records a stored blob (idempotent). */
  putBlob(md5Hex: string, size: number): void {
    this.#run(
      "INSERT OR IGNORE INTO blobs (md5, size, created_at) VALUES (?, ?, ?)",
      md5Hex,
      size,
      this.#ctx.nowIso(),
    );
  }

  /** Number of stored blobs. */
  blobCount(): number {
    return this.#get("SELECT count(*) AS n FROM blobs")!.n as number;
  }
}

function notFound(what: string): never {
  throw new StoreError("store/not-found", `No ${what}; it may have been deleted`);
}
