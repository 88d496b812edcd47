/**
 * A run's history through the public API: sampled rows (`RunSampledHistory`, `RunFullHistory`
 * or, for system metrics, its `events` variant), a full scan paging by step (`HistoryPage`, or
 * `SampledHistoryPage` with keys; pages are `pageSize` steps, half-open `[minStep, maxStep)` for
 * `history` and closed `[minStep, maxStep]` for `sampledHistory` as W&B's server reads them,
 * the next ones fetched while the current one is read), and a columnar form for plotting.
 *
 * @example
 * ```ts ignore
 * const run = await api.run("me/demo/abc123");
 * let n = 0;
 * for await (const row of run.scanHistory({ pageSize: 5000 })) n += row.loss === undefined ? 0 : 1;
 * const { _step, loss } = await run.historyColumns({ keys: ["loss"], samples: 200 });
 * ```
 * @module
 */
import type { PublicClient } from "./_client.ts";
import { parseRows, toJsonText } from "./_json.ts";
import { ApiError } from "./errors.ts";

/** One history row: `_step`, `_runtime`, `_timestamp` and the logged keys. */
export type HistoryRow = Record<string, unknown>;

/** History as columns: one array per key, `null` where a row lacks the key. */
export type HistoryColumns = Record<string, unknown[]>;

/** Which run a history call reads. */
export interface RunRef {
  entity: string;
  project: string;
  id: string;
}

/** `RunSampledHistory`. */
export const RUN_SAMPLED_HISTORY = `query RunSampledHistory($project: String!, $entity: String!,
  $name: String!, $specs: [JSONString!]!) {
  project(name: $project, entityName: $entity) { run(name: $name) { sampledHistory(specs: $specs) } }
}`;

/** `RunFullHistory` (history rows as JSON strings). */
export const RUN_FULL_HISTORY = `query RunFullHistory($project: String!, $entity: String!,
  $name: String!, $samples: Int) {
  project(name: $project, entityName: $entity) { run(name: $name) { history(samples: $samples) } }
}`;

/** `RunFullHistory` over the system-metrics stream (`events`). */
export const RUN_FULL_EVENTS = `query RunFullHistory($project: String!, $entity: String!,
  $name: String!, $samples: Int) {
  project(name: $project, entityName: $entity) { run(name: $name) { events(samples: $samples) } }
}`;

/** `HistoryPage`: rows with `minStep <= _step < maxStep`. */
export const HISTORY_PAGE = `query HistoryPage($entity: String!, $project: String!, $run: String!,
  $minStep: Int64!, $maxStep: Int64!, $pageSize: Int!) {
  project(name: $project, entityName: $entity) {
    run(name: $run) { history(minStep: $minStep, maxStep: $maxStep, samples: $pageSize) }
  }
}`;

/** `SampledHistoryPage`: rows having all keys, in a step range. */
export const SAMPLED_HISTORY_PAGE = `query SampledHistoryPage($entity: String!, $project: String!,
  $run: String!, $spec: JSONString!) {
  project(name: $project, entityName: $entity) { run(name: $run) { sampledHistory(specs: [$spec]) } }
}`;

/** `RunHistoryKeys`. */
export const RUN_HISTORY_KEYS = `query RunHistoryKeys($project: String!, $entity: String!,
  $name: String!) {
  project(name: $project, entityName: $entity) { run(name: $name) { historyKeys } }
}`;

/** Options of `run.history()`. */
export interface HistoryOptions {
  /** Rows at most, spread evenly over the run (first and last kept). @default 500 */
  samples?: number;
  /** Only rows having all these keys, each with `xAxis` and these keys. */
  keys?: string[];
  /** The x-axis key added to `keys`. @default "_step" */
  xAxis?: string;
  /** `default`: the logged history; `system`: system-metrics rows (not with `keys`). @default "default" */
  stream?: "default" | "system";
}

/** Options of `run.scanHistory()`. */
export interface ScanHistoryOptions {
  /** Only rows having all these keys, projected to them. */
  keys?: string[];
  /** Steps per request. @default 1000 */
  pageSize?: number;
  /** First step. @default 0 */
  minStep?: number;
  /** Step to stop before (clamped to the last step + 1). @default the last step + 1 */
  maxStep?: number;
  /** Pages requested ahead of the one being read (the server works while the caller reads). @default 4 */
  prefetch?: number;
}

function notFound(ref: RunRef): ApiError {
  return new ApiError(
    "api/not-found",
    `Run ${ref.entity}/${ref.project}/${ref.id} not found; it may have been deleted`,
  );
}

function checkKeys(keys: unknown, what: string): string[] | undefined {
  if (keys === undefined) return undefined;
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === "string")) {
    throw new ApiError("api/bad-argument", `${what}(keys) must be a list of strings`);
  }
  return keys;
}

function checkCount(n: unknown, what: string, min: number): number {
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < min) {
    throw new ApiError(
      "api/bad-argument",
      `${what} must be an integer >= ${min}, got ${JSON.stringify(n)}`,
    );
  }
  return n;
}

type RunData<K extends string, V> = { project: { run: { [P in K]: V } | null } | null };

/**
 * Sampled history rows of a run (what `run.history()` returns).
 *
 * @param client the connection
 * @param ref the run
 * @param options samples, keys, xAxis, stream
 * @returns the rows
 * @throws {ApiError} `api/bad-argument` for bad options, `api/not-found` for a missing run
 */
export async function sampledHistory(
  client: PublicClient,
  ref: RunRef,
  options: HistoryOptions = {},
): Promise<HistoryRow[]> {
  const keys = checkKeys(options.keys, "history");
  const samples = checkCount(options.samples ?? 500, "history(samples)", 1);
  const stream = options.stream ?? "default";
  if (stream !== "default" && stream !== "system") {
    throw new ApiError(
      "api/bad-argument",
      `history(stream) must be "default" or "system", got ${JSON.stringify(stream)}`,
    );
  }
  const vars = { project: ref.project, entity: ref.entity, name: ref.id };
  if (keys && keys.length > 0) {
    if (stream !== "default") {
      throw new ApiError(
        "api/bad-argument",
        'history(keys) works on the default stream only; drop keys or use stream: "default"',
      );
    }
    const xAxis = options.xAxis ?? "_step";
    const spec = { keys: [xAxis, ...keys.filter((k) => k !== xAxis)], samples };
    const res = await client.request<RunData<"sampledHistory", HistoryRow[][]>>(
      RUN_SAMPLED_HISTORY,
      { ...vars, specs: [toJsonText(spec)] },
    );
    const run = res.project?.run;
    if (!run) throw notFound(ref);
    return run.sampledHistory[0] ?? [];
  }
  if (stream === "system") {
    const res = await client.request<RunData<"events", string[]>>(RUN_FULL_EVENTS, {
      ...vars,
      samples,
    });
    if (!res.project?.run) throw notFound(ref);
    return parseRows(res.project.run.events);
  }
  const res = await client.request<RunData<"history", string[]>>(RUN_FULL_HISTORY, {
    ...vars,
    samples,
  });
  if (!res.project?.run) throw notFound(ref);
  return parseRows(res.project.run.history);
}

/**
 * The last history step of a run (`RunHistoryKeys`), -1 when it has none.
 *
 * @param client the connection
 * @param ref the run
 * @returns the step
 * @throws {ApiError} `api/not-found` for a missing run
 */
export async function lastHistoryStep(client: PublicClient, ref: RunRef): Promise<number> {
  const res = await client.request<RunData<"historyKeys", { lastStep?: number } | null>>(
    RUN_HISTORY_KEYS,
    { project: ref.project, entity: ref.entity, name: ref.id },
  );
  if (!res.project?.run) throw notFound(ref);
  const last = res.project.run.historyKeys?.lastStep;
  return typeof last === "number" ? last : -1;
}

/**
 * Turns rows into columns: one array per key (in first-seen order), `null` where a row lacks it.
 *
 * @param rows history rows
 * @param keys the columns to keep (default: every key seen)
 * @returns the columns, each as long as `rows`
 * @example
 * ```ts
 * import { toColumns } from "./history.ts";
 * const c = toColumns([{ _step: 0, loss: 1 }, { _step: 1 }]);
 * console.assert(c._step!.join() === "0,1" && c.loss![1] === null);
 * ```
 */
export function toColumns(rows: readonly HistoryRow[], keys?: readonly string[]): HistoryColumns {
  const cols: HistoryColumns = {};
  if (keys) { for (const k of keys) cols[k] = new Array(rows.length).fill(null); }
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    for (const k in row) {
      let col = cols[k];
      if (!col) {
        if (keys) continue;
        col = cols[k] = new Array(rows.length).fill(null);
      }
      col[i] = row[k];
    }
  }
  return cols;
}

/**
 * Every history row of a run, read lazily a page of steps at a time: an `AsyncIterable` of rows,
 * with `pages()` for page-at-a-time reading (faster when rows are handled in bulk).
 *
 * @example
 * ```ts ignore
 * const scan = run.scanHistory({ keys: ["loss"], pageSize: 2000, minStep: 100 });
 * for await (const row of scan) console.log(row._step, row.loss);
 * ```
 */
export class HistoryScan implements AsyncIterable<HistoryRow> {
  readonly #client: PublicClient;
  readonly #ref: RunRef;
  readonly #keys?: string[];
  /** Steps per request. */
  readonly pageSize: number;
  /** First step. */
  readonly minStep: number;
  /** Pages requested ahead of the one being read. */
  readonly prefetch: number;
  readonly #maxStep?: number;

  /**
   * Prepares a scan (nothing is fetched until iteration).
   *
   * @param client the connection
   * @param ref the run
   * @param options keys, pageSize, minStep, maxStep
   * @throws {ApiError} `api/bad-argument` for bad options
   */
  constructor(client: PublicClient, ref: RunRef, options: ScanHistoryOptions = {}) {
    this.#client = client;
    this.#ref = ref;
    this.#keys = checkKeys(options.keys, "scanHistory");
    this.pageSize = checkCount(options.pageSize ?? 1000, "scanHistory(pageSize)", 1);
    this.minStep = checkCount(options.minStep ?? 0, "scanHistory(minStep)", 0);
    this.prefetch = checkCount(options.prefetch ?? 4, "scanHistory(prefetch)", 1);
    if (options.maxStep !== undefined) {
      this.#maxStep = checkCount(options.maxStep, "scanHistory(maxStep)", 0);
    }
  }

  #fetch(minStep: number, maxStep: number): Promise<HistoryRow[]> {
    const ref = this.#ref;
    if (this.#keys) {
      // sampledHistory's maxStep is inclusive (W&B's server; HistoryPage's is exclusive).
      const spec = { keys: this.#keys, minStep, maxStep: maxStep - 1, samples: this.pageSize };
      return this.#client.request<RunData<"sampledHistory", HistoryRow[][]>>(
        SAMPLED_HISTORY_PAGE,
        { entity: ref.entity, project: ref.project, run: ref.id, spec: toJsonText(spec) },
      ).then((res) => {
        if (!res.project?.run) throw notFound(ref);
        return res.project.run.sampledHistory[0] ?? [];
      });
    }
    return this.#client.request<RunData<"history", string[]>>(HISTORY_PAGE, {
      entity: ref.entity,
      project: ref.project,
      run: ref.id,
      minStep,
      maxStep,
      pageSize: this.pageSize,
    }).then((res) => {
      if (!res.project?.run) throw notFound(ref);
      return parseRows(res.project.run.history);
    });
  }

  /**
   * Yields the rows of each page of steps (pages without rows are skipped), fetching the next
   * page while the caller handles the current one.
   *
   * @returns an async generator of row arrays
   * @throws {ApiError} `api/not-found` for a missing run
   * @throws {CommError} when the server cannot be reached or refuses
   */
  async *pages(): AsyncGenerator<HistoryRow[]> {
    const last = await lastHistoryStep(this.#client, this.#ref);
    const end = Math.min(this.#maxStep ?? last + 1, last + 1);
    const size = this.pageSize;
    // Requests in flight, oldest first: the server works on the next pages while the caller
    // reads this one (one request at a time leaves both sides idle half the time).
    const inFlight: Promise<HistoryRow[]>[] = [];
    let from = this.minStep;
    const fill = () => {
      while (inFlight.length < this.prefetch && from < end) {
        const p = this.#fetch(from, Math.min(from + size, end));
        p.catch(() => {}); // awaited below; never an unhandled rejection if the caller stops early
        inFlight.push(p);
        from += size;
      }
    };
    try {
      fill();
      while (inFlight.length > 0) {
        const rows = await inFlight.shift()!;
        fill();
        if (rows.length > 0) yield rows;
      }
    } finally {
      // The caller stopped early (or a page failed): let the requests in flight finish.
      await Promise.allSettled(inFlight);
    }
  }

  /**
   * Iterates every row.
   *
   * @returns an async iterator of rows
   */
  [Symbol.asyncIterator](): AsyncIterator<HistoryRow> {
    const pages = this.pages();
    let rows: HistoryRow[] = [];
    let i = 0;
    const nextPage = async (): Promise<IteratorResult<HistoryRow>> => {
      while (i >= rows.length) {
        const page = await pages.next();
        if (page.done) return { done: true, value: undefined };
        rows = page.value;
        i = 0;
      }
      return { done: false, value: rows[i++]! };
    };
    return {
      // A row of the current page costs no async function call (about half the per-row cost).
      next: () =>
        i < rows.length ? Promise.resolve({ done: false, value: rows[i++]! }) : nextPage(),
      return: async (): Promise<IteratorResult<HistoryRow>> => {
        await pages.return(undefined);
        return { done: true, value: undefined };
      },
    };
  }

  /**
   * Reads every row into columns (see {@linkcode toColumns}).
   *
   * @returns the columns
   */
  async columns(): Promise<HistoryColumns> {
    const rows: HistoryRow[] = [];
    for await (const page of this.pages()) for (const r of page) rows.push(r);
    return toColumns(rows);
  }
}
