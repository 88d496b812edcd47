/**
 * Projects: the `Project` object and the `Projects` paginator over an entity's projects
 * (`Projects` query; `ProjectDetails` for one project), server-api.md §8.
 *
 * @example
 * ```ts ignore
 * for await (const p of api.projects("me")) console.log(p.name, p.createdAt);
 * const runs = (await api.project("demo")).runs({ perPage: 100 });
 * ```
 * @module
 */
import type { PublicClient } from "./_client.ts";
import { ApiError } from "./errors.ts";
import { type Page, Paginator } from "./paginator.ts";
import { Runs, type RunsOptions } from "./runs.ts";
import { Sweeps } from "./sweeps.ts";

/** `Projects`: one page of an entity's projects. */
export const PROJECTS_QUERY =
  `query Projects($entity: String, $cursor: String, $perPage: Int = 50) {
  models(entityName: $entity, after: $cursor, first: $perPage) {
    edges { node { ...ProjectFragment } cursor }
    pageInfo { endCursor hasNextPage }
  }
}
fragment ProjectFragment on Project { id name entityName createdAt isBenchmark }`;

/** `ProjectDetails`: one project. */
export const PROJECT_DETAILS = `query ProjectDetails($entity: String, $project: String) {
  model(name: $project, entityName: $entity) { id name repo dockerImage description }
}`;

/** A project as the public API reads it. */
export interface ProjectNode {
  id: string;
  name: string;
  entityName?: string | null;
  createdAt?: string | null;
  isBenchmark?: boolean | null;
  description?: string | null;
  repo?: string | null;
  dockerImage?: string | null;
}

/**
 * A project.
 *
 * @example
 * ```ts ignore
 * const project = await api.project("demo", "me");
 * console.log(project.path, await project.runs().count());
 * ```
 */
export class Project {
  readonly #client: PublicClient;
  /** The server's id. */
  readonly id: string;
  /** Entity (user or team). */
  readonly entity: string;
  /** Project name. */
  readonly name: string;
  /** Creation time (ISO-8601 UTC, no zone), when the query returned it. */
  readonly createdAt: string | null;
  /** Whether the project is a benchmark. */
  readonly isBenchmark: boolean;
  /** Description, when the query returned it. */
  readonly description: string | null;

  /**
   * Builds the object; the public API's calls do this.
   *
   * @param client the connection
   * @param entity entity
   * @param node the project node
   */
  constructor(client: PublicClient, entity: string, node: ProjectNode) {
    this.#client = client;
    this.id = node.id;
    this.entity = node.entityName ?? entity;
    this.name = node.name;
    this.createdAt = node.createdAt ?? null;
    this.isBenchmark = node.isBenchmark ?? false;
    this.description = node.description ?? null;
  }

  /** `[entity, name]`. */
  get path(): [string, string] {
    return [this.entity, this.name];
  }

  /**
   * The project's runs.
   *
   * @param options filters, order, perPage
   * @returns a lazy paginator
   */
  runs(options: RunsOptions = {}): Runs {
    return new Runs(this.#client, this.entity, this.name, options);
  }

  /**
   * The project's sweeps.
   *
   * @param options perPage (default 50)
   * @returns a lazy paginator
   */
  sweeps(options: { perPage?: number } = {}): Sweeps {
    return new Sweeps(this.#client, this.entity, this.name, options.perPage ?? 50);
  }

  /** `<Project entity/name>`. */
  toString(): string {
    return `<Project ${this.entity}/${this.name}>`;
  }
}

/**
 * An entity's projects, one page at a time (the server does not say how many: `length` stays
 * undefined).
 *
 * @example
 * ```ts ignore
 * const names = (await api.projects("me").toArray()).map((p) => p.name);
 * ```
 */
export class Projects extends Paginator<Project> {
  readonly #client: PublicClient;
  readonly #entity: string | undefined;

  /**
   * Builds the object; the public API's calls do this.
   *
   * @param client the connection
   * @param entity the entity; undefined: the client's default (asked on the first page)
   * @param perPage projects per page
   */
  constructor(client: PublicClient, entity: string | undefined, perPage = 50) {
    super(perPage);
    this.#client = client;
    this.#entity = entity;
  }

  /** Fetches one page of projects. */
  protected async fetchPage(cursor: string | undefined, perPage: number): Promise<Page<Project>> {
    const entity = this.#entity ?? await this.#client.defaultEntity();
    const res = await this.#client.request<{
      models: {
        edges: { node: ProjectNode; cursor: string }[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      } | null;
    }>(PROJECTS_QUERY, { entity, cursor, perPage });
    const edges = res.models?.edges ?? [];
    return {
      items: edges.map((e) => new Project(this.#client, entity, e.node)),
      cursor: edges.at(-1)?.cursor,
      hasNextPage: res.models?.pageInfo.hasNextPage ?? false,
    };
  }
}

/**
 * One project (`ProjectDetails`).
 *
 * @param client the connection
 * @param entity entity
 * @param name project name
 * @returns the project
 * @throws {ApiError} `api/not-found` when it does not exist (or is not visible)
 */
export async function fetchProject(
  client: PublicClient,
  entity: string,
  name: string,
): Promise<Project> {
  const res = await client.request<{ model: ProjectNode | null }>(PROJECT_DETAILS, {
    entity,
    project: name,
  });
  if (!res.model) {
    throw new ApiError(
      "api/not-found",
      `Project ${entity}/${name} not found; check the entity and project names`,
    );
  }
  return new Project(client, entity, res.model);
}
