/**
 * Artifacts in the public API: one version by path, a project's collections of a type, a
 * collection's versions, and the versions a run logged or used, as lazy paginators. Versions are
 * the SDK's {@linkcode Artifact} (download, verify, save after edits, delete).
 *
 * @example
 * ```ts ignore
 * const a = await api.artifact("me/proj/mnist:latest");
 * await a.download("data/mnist");
 * for await (const v of api.artifactVersions("dataset", "me/proj/mnist")) console.log(v.version);
 * ```
 * @module
 */
import type { GraphQLClient } from "../../net/mod.ts";
import { Artifact } from "../../sdk/artifacts/artifact.ts";
import { ARTIFACT_FRAGMENT, type ArtifactData } from "../../sdk/artifacts/remote.ts";
import { type Page, Paginator } from "./paginator.ts";

export { Artifact } from "../../sdk/artifacts/artifact.ts";
export { ArtifactError } from "../../sdk/artifacts/errors.ts";

const PAGE = `totalCount pageInfo { endCursor hasNextPage }`;

/** W&B's project artifact collections of a type. */
export const ARTIFACT_COLLECTIONS_QUERY =
  `query ProjectArtifactCollections($entityName: String!, $projectName: String!, $artifactTypeName: String!, $cursor: String, $perPage: Int) { project(name: $projectName, entityName: $entityName) { artifactType(name: $artifactTypeName) { artifactCollections(after: $cursor, first: $perPage) { ${PAGE} edges { node { id name description createdAt } cursor } } } } }`;

/** A collection's versions. */
export const ARTIFACT_VERSIONS_QUERY =
  `query ArtifactVersions($entityName: String!, $projectName: String!, $artifactTypeName: String!, $collectionName: String!, $cursor: String, $perPage: Int) { project(name: $projectName, entityName: $entityName) { artifactType(name: $artifactTypeName) { artifactCollection(name: $collectionName) { artifacts(after: $cursor, first: $perPage) { ${PAGE} edges { node { ...ArtifactFragment currentManifest { file { directUrl } } } cursor } } } } } } ${ARTIFACT_FRAGMENT}`;

/** A run's logged (`outputArtifacts`) or used (`inputArtifacts`) versions. */
export function runArtifactsQuery(field: "outputArtifacts" | "inputArtifacts"): string {
  return `query RunArtifacts($entity: String!, $project: String!, $runName: String!, $cursor: String, $perPage: Int) { project(name: $project, entityName: $entity) { run(name: $runName) { ${field}(after: $cursor, first: $perPage) { ${PAGE} edges { node { ...ArtifactFragment currentManifest { file { directUrl } } } cursor } } } } } ${ARTIFACT_FRAGMENT}`;
}

interface Conn<N> {
  totalCount?: number | null;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: { node: N; cursor?: string }[];
}

/** A collection of artifact versions (W&B's `ArtifactSequence`). */
export interface ArtifactCollection {
  /** The server's id. */
  id: string;
  /** The collection name. */
  name: string;
  /** Free text. */
  description: string | null;
  /** When it was made (ISO time). */
  createdAt: string | null;
}

/** A project's collections of one type. */
export class ArtifactCollections extends Paginator<ArtifactCollection> {
  #gql: GraphQLClient;
  #vars: Record<string, string>;
  /** @internal */
  constructor(gql: GraphQLClient, entity: string, project: string, type: string, perPage = 50) {
    super(perPage);
    this.#gql = gql;
    this.#vars = { entityName: entity, projectName: project, artifactTypeName: type };
  }
  /** @internal */
  protected async fetchPage(
    cursor: string | undefined,
    perPage: number,
  ): Promise<Page<ArtifactCollection>> {
    const r = await this.#gql.request<{
      project: { artifactType: { artifactCollections: Conn<ArtifactCollection> } | null } | null;
    }>(ARTIFACT_COLLECTIONS_QUERY, { ...this.#vars, cursor, perPage });
    return page(r.project?.artifactType?.artifactCollections, (n) => Promise.resolve(n));
  }
}

/** Artifact versions, from any of the queries above. */
export class ArtifactVersions extends Paginator<Artifact> {
  #gql: GraphQLClient;
  #query: string;
  #vars: Record<string, string>;
  #at: (data: unknown) => Conn<ArtifactData> | undefined;
  #where: { entity: string; project: string };
  /** @internal */
  constructor(
    gql: GraphQLClient,
    query: string,
    vars: Record<string, string>,
    at: (data: unknown) => Conn<ArtifactData> | undefined,
    where: { entity: string; project: string },
    perPage = 50,
  ) {
    super(perPage);
    this.#gql = gql;
    this.#query = query;
    this.#vars = vars;
    this.#at = at;
    this.#where = where;
  }
  /** @internal */
  protected async fetchPage(cursor: string | undefined, perPage: number): Promise<Page<Artifact>> {
    const r = await this.#gql.request(this.#query, { ...this.#vars, cursor, perPage });
    return await page(this.#at(r), (n) => Artifact.fromServer(this.#gql, n, this.#where));
  }
}

/** @internal versions of one collection */
export function collectionVersions(
  gql: GraphQLClient,
  entity: string,
  project: string,
  type: string,
  collection: string,
  perPage?: number,
): ArtifactVersions {
  type R = {
    project: {
      artifactType: { artifactCollection: { artifacts: Conn<ArtifactData> } | null } | null;
    } | null;
  };
  return new ArtifactVersions(
    gql,
    ARTIFACT_VERSIONS_QUERY,
    {
      entityName: entity,
      projectName: project,
      artifactTypeName: type,
      collectionName: collection,
    },
    (d) => (d as R).project?.artifactType?.artifactCollection?.artifacts,
    { entity, project },
    perPage,
  );
}

/** @internal versions a run logged or used */
export function runArtifacts(
  gql: GraphQLClient,
  entity: string,
  project: string,
  runId: string,
  field: "outputArtifacts" | "inputArtifacts",
  perPage?: number,
): ArtifactVersions {
  type R = { project: { run: Record<string, Conn<ArtifactData>> | null } | null };
  return new ArtifactVersions(
    gql,
    runArtifactsQuery(field),
    { entity, project, runName: runId },
    (d) => (d as R).project?.run?.[field],
    { entity, project },
    perPage,
  );
}

async function page<N, T>(c: Conn<N> | undefined, make: (n: N) => Promise<T>): Promise<Page<T>> {
  if (!c) return { items: [], hasNextPage: false, length: 0 };
  return {
    items: await Promise.all(c.edges.map((e) => make(e.node))),
    cursor: c.pageInfo.endCursor ?? c.edges.at(-1)?.cursor ?? null,
    hasNextPage: c.pageInfo.hasNextPage,
    length: c.totalCount ?? undefined,
  };
}
