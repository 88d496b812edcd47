/**
 * Sweeps in the public API: `api.sweep("entity/project/id")` and `project.sweeps()`, with W&B's
 * documents (`GetSweep`, falling back to `GetSweepLegacy` on an older server; `GetSweeps`). A
 * sweep's runs are a lazy {@linkcode Runs} paginator filtered on the sweep; `bestRun()` sorts
 * them by the sweep's metric (or the order given) and returns the first.
 *
 * @example
 * ```ts ignore
 * const sweep = await api.sweep("me/demo/abc123");
 * console.log(sweep.state, sweep.expectedRunCount, (await sweep.bestRun())?.id);
 * for await (const run of sweep.runs) console.log(run.id, run.config.lr);
 * ```
 * @module
 */
import type { PublicClient } from "./_client.ts";
import { ApiError } from "./errors.ts";
import { type Page, Paginator } from "./paginator.ts";
import { appUrl, type Run, Runs } from "./runs.ts";
import { parseYaml } from "../../internal/run_files/_yaml.ts";
import { CommError } from "../../net/errors.ts";
import { parseSweepPath } from "../../sdk/sweeps/gql.ts";
import { SweepError } from "../../sdk/sweeps/errors.ts";

const SWEEP_FRAGMENT = `fragment SweepFragment on Sweep {
  __typename
  id
  name
  displayName
  method
  state
  description
  bestLoss
  config
  createdAt
  updatedAt
  runCount
  runCountExpected
}`;

/** `GetSweep` (W&B 0.30). */
export const GET_SWEEP = `query GetSweep($name: String!, $project: String, $entity: String) {
  project(name: $project, entityName: $entity) {
    sweep(sweepName: $name) {
      ...SweepFragment
    }
  }
}

${SWEEP_FRAGMENT}`;

/** `GetSweepLegacy`: what an older server answers. */
export const GET_SWEEP_LEGACY =
  `query GetSweepLegacy($name: String!, $project: String, $entity: String) {
  project(name: $project, entityName: $entity) {
    sweep(sweepName: $name) {
      ...LegacySweepFragment
    }
  }
}

fragment LegacySweepFragment on Sweep {
  __typename
  id
  name
  state
  bestLoss
  config
}`;

/** `GetSweeps`: a page of a project's sweeps. */
export const GET_SWEEPS =
  `query GetSweeps($project: String!, $entity: String!, $filters: JSONString!, $cursor: String, $perPage: Int = 50) {
  project(name: $project, entityName: $entity) {
    totalSweeps
    sweeps(after: $cursor, first: $perPage, filters: $filters) {
      pageInfo {
        ...PageInfoFragment
      }
      edges {
        node {
          ...SweepFragment
        }
      }
    }
  }
}

fragment PageInfoFragment on PageInfo {
  __typename
  endCursor
  hasNextPage
}

${SWEEP_FRAGMENT}`;

/** A sweep as `SweepFragment` returns it. */
export interface SweepNode {
  /** The server's storage id. */
  id: string;
  /** The sweep id. */
  name: string;
  /** The name shown in the UI. */
  displayName?: string | null;
  /** The search method. */
  method?: string | null;
  /** The sweep's state. */
  state: string;
  /** The description. */
  description?: string | null;
  /** The best metric value so far. */
  bestLoss?: number | null;
  /** The config, YAML text. */
  config?: string | null;
  /** Creation time. */
  createdAt?: string | null;
  /** Last change. */
  updatedAt?: string | null;
  /** Runs so far. */
  runCount?: number | null;
  /** Runs the search will make (null: unbounded). */
  runCountExpected?: number | null;
}

/**
 * A sweep.
 *
 * @example
 * ```ts ignore
 * const s = await api.sweep("me/demo/abc123");
 * console.log(s.config.method, await s.runs.count());
 * ```
 */
export class Sweep {
  readonly #client: PublicClient;
  /** The server's storage id. */
  readonly storageId: string;
  /** The sweep id (what `wandb agent` takes). */
  readonly id: string;
  /** Entity. */
  readonly entity: string;
  /** Project. */
  readonly project: string;
  /** `PENDING`, `RUNNING`, `PAUSED`, `CANCELED` or `FINISHED`. */
  readonly state: string;
  /** The search method. */
  readonly method: string | null;
  /** The sweep's description. */
  readonly description: string | null;
  /** The best metric value so far. */
  readonly bestLoss: number | null;
  /** Runs so far (null from an older server). */
  readonly runCount: number | null;
  /** Runs the search will make (null: unbounded, or an older server). */
  readonly expectedRunCount: number | null;
  /** Creation time (ISO-8601). */
  readonly createdAt: string | null;
  /** The config, parsed from the stored YAML. */
  readonly config: Record<string, unknown>;
  /** The sweep's runs, oldest first (a lazy paginator). */
  readonly runs: Runs;
  readonly #displayName: string | null;

  /**
   * Builds the object; `api.sweep()` and `project.sweeps()` do this.
   *
   * @param client the connection
   * @param entity entity
   * @param project project
   * @param node the sweep node
   */
  constructor(client: PublicClient, entity: string, project: string, node: SweepNode) {
    this.#client = client;
    this.storageId = node.id;
    this.id = node.name;
    this.entity = entity;
    this.project = project;
    this.state = node.state;
    this.method = node.method ?? null;
    this.description = node.description ?? null;
    this.bestLoss = node.bestLoss ?? null;
    this.runCount = node.runCount ?? null;
    this.expectedRunCount = node.runCountExpected ?? null;
    this.createdAt = node.createdAt ?? null;
    this.#displayName = node.displayName ?? null;
    const cfg = node.config ? parseYaml(node.config) : {};
    this.config = cfg && typeof cfg === "object" && !Array.isArray(cfg)
      ? cfg as Record<string, unknown>
      : {};
    this.runs = new Runs(client, entity, project, {
      filters: { $and: [{ sweep: this.id }] },
      order: "+created_at",
      perPage: 10,
    });
  }

  /** The display name, else the config's `name`, else the id (W&B's order). */
  get name(): string {
    const n = this.config.name;
    return this.#displayName || (typeof n === "string" && n) || this.id;
  }

  /** `[entity, project, id]`. */
  get path(): [string, string, string] {
    return [this.entity, this.project, this.id];
  }

  /** The sweep's web page. */
  get url(): string {
    const [entity, project, id] = this.path.map(encodeURIComponent);
    return `${appUrl(this.#client.baseUrl)}/${entity}/${project}/sweeps/${id}`;
  }

  /**
   * The order of the sweep's metric: `+summary_metrics.<name>` to minimize, `-...` to maximize;
   * undefined without a metric.
   */
  get order(): string | undefined {
    const metric = this.config.metric as { name?: string; goal?: string } | undefined;
    if (!metric?.name) return undefined;
    return formatOrderKey((metric.goal === "maximize" ? "-" : "+") + metric.name);
  }

  /**
   * The best run by the sweep's metric (or by `order`), or null when the sweep has no runs.
   * Without a metric and an order, the newest run.
   *
   * @param options `order`: `+key`/`-key`; a bare key means a summary metric
   * @example
   * ```ts ignore
   * const best = await sweep.bestRun({ order: "-acc" });
   * ```
   */
  async bestRun(options: { order?: string } = {}): Promise<Run | null> {
    const order = options.order !== undefined ? formatOrderKey(options.order) : this.order;
    const runs = new Runs(this.#client, this.entity, this.project, {
      filters: { $and: [{ sweep: this.id }] },
      order: order ?? "-created_at",
      perPage: 1,
    });
    for await (const run of runs) return run;
    return null;
  }

  /** `<Sweep entity/project/id (state)>`. */
  toString(): string {
    return `<Sweep ${this.path.join("/")} (${this.state})>`;
  }
}

/**
 * W&B's order key: `+`/`-` (default `-`), then a bare key other than `createdAt`, `updatedAt`,
 * `name`, `sweep` means `summary_metrics.<key>`; a dotted key outside `config`,
 * `summary_metrics`, `tags` too.
 *
 * @example
 * ```ts
 * import { formatOrderKey } from "./sweeps.ts";
 * console.assert(formatOrderKey("+loss") === "+summary_metrics.loss");
 * console.assert(formatOrderKey("createdAt") === "-createdAt");
 * ```
 */
export function formatOrderKey(key: string): string {
  let direction = "-";
  if (key.startsWith("+") || key.startsWith("-")) {
    direction = key[0]!;
    key = key.slice(1);
  }
  const parts = key.split(".");
  if (parts.length === 1) {
    return ["createdAt", "updatedAt", "name", "sweep"].includes(key)
      ? direction + key
      : `${direction}summary_metrics.${key}`;
  }
  if (!["config", "summary_metrics", "tags"].includes(parts[0]!)) {
    return `${direction}summary_metrics.${key}`;
  }
  return direction + key;
}

/**
 * One sweep, by `GetSweep` (then `GetSweepLegacy` when the server refuses the newer fields).
 *
 * @throws {ApiError} `api/not-found` naming the sweep when the server has none
 */
export async function fetchSweep(
  client: PublicClient,
  entity: string,
  project: string,
  id: string,
): Promise<Sweep> {
  type Answer = { project: { sweep: SweepNode | null } | null };
  const vars = { name: id, project, entity };
  let data: Answer;
  try {
    data = await client.request<Answer>(GET_SWEEP, vars);
  } catch (err) {
    if (!(err instanceof CommError && err.code === "comm/graphql")) throw err;
    data = await client.request<Answer>(GET_SWEEP_LEGACY, vars);
  }
  const node = data.project?.sweep;
  if (!node) {
    throw new ApiError(
      "api/not-found",
      `Sweep ${entity}/${project}/${id} not found; check the sweep id and its entity/project`,
    );
  }
  return new Sweep(client, entity, project, node);
}

/**
 * Splits a sweep path: `entity/project/id`, `project/id`, `id`, or the web form
 * `entity/project/sweeps/id`.
 *
 * @throws {ApiError} `api/bad-path`
 * @example
 * ```ts
 * import { parseSweepRef } from "./sweeps.ts";
 * console.assert(parseSweepRef("me/p/sweeps/abc").id === "abc");
 * console.assert(parseSweepRef("p/abc").project === "p");
 * ```
 */
export function parseSweepRef(path: string): { entity?: string; project?: string; id: string } {
  try {
    const p = parseSweepPath(path);
    return { entity: p.entity, project: p.project, id: p.sweep };
  } catch (err) {
    if (!(err instanceof SweepError)) throw err;
    throw new ApiError(
      "api/bad-path",
      `Sweep path ${
        JSON.stringify(path)
      } is not entity/project/sweep_id, project/sweep_id or sweep_id`,
    );
  }
}

/**
 * A project's sweeps, one page at a time (`GetSweeps`; `length` from `totalSweeps`).
 *
 * @example
 * ```ts ignore
 * for await (const s of project.sweeps()) console.log(s.id, s.state);
 * ```
 */
export class Sweeps extends Paginator<Sweep> {
  readonly #client: PublicClient;
  readonly #entity: string;
  readonly #project: string;

  /**
   * Builds the object; `project.sweeps()` does this.
   *
   * @param client the connection
   * @param entity entity
   * @param project project
   * @param perPage sweeps per page
   */
  constructor(client: PublicClient, entity: string, project: string, perPage = 50) {
    super(perPage);
    this.#client = client;
    this.#entity = entity;
    this.#project = project;
  }

  /** Fetches one page of sweeps. */
  protected async fetchPage(cursor: string | undefined, perPage: number): Promise<Page<Sweep>> {
    const res = await this.#client.request<{
      project: {
        totalSweeps?: number | null;
        sweeps: {
          edges: { node: SweepNode; cursor?: string }[];
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        } | null;
      } | null;
    }>(GET_SWEEPS, {
      project: this.#project,
      entity: this.#entity,
      filters: "{}",
      cursor,
      perPage,
    });
    const edges = res.project?.sweeps?.edges ?? [];
    return {
      items: edges.map((e) => new Sweep(this.#client, this.#entity, this.#project, e.node)),
      cursor: res.project?.sweeps?.pageInfo.endCursor,
      hasNextPage: res.project?.sweeps?.pageInfo.hasNextPage ?? false,
      length: res.project?.totalSweeps ?? undefined,
    };
  }
}
