/**
 * The lazy paginator behind `api.projects()`, `api.runs()` and `run.files()`: an
 * `AsyncIterable` that asks the server for one page (`perPage` items) only when iteration reaches
 * it, keeps what it loaded (iterating again replays it, then goes on), and knows the total
 * (`length`) once a page has told it. The next cursor is the last edge's cursor, as W&B's clients
 * send it.
 *
 * @example
 * ```ts
 * import { Paginator, type Page } from "./paginator.ts";
 * class Numbers extends Paginator<number> {
 *   protected fetchPage(cursor: string | undefined): Promise<Page<number>> {
 *     const from = Number(cursor ?? 0);
 *     const items = [from, from + 1].filter((n) => n < 5);
 *     return Promise.resolve({ items, cursor: String(from + 2), hasNextPage: from + 2 < 5, length: 5 });
 *   }
 * }
 * const seen: number[] = [];
 * for await (const n of new Numbers(2)) seen.push(n);
 * console.assert(seen.join() === "0,1,2,3,4");
 * ```
 * @module
 */

/** One page as a paginator's `fetchPage` returns it. */
export interface Page<T> {
  /** The page's items. */
  items: T[];
  /** The last edge's cursor (the next page starts after it). */
  cursor?: string | null;
  /** Whether the server has more pages. */
  hasNextPage: boolean;
  /** The total, when the server said it. */
  length?: number;
}

/**
 * A lazy, page-at-a-time `AsyncIterable` over a server collection.
 *
 * @example
 * ```ts ignore
 * const runs = api.runs("me/demo", { perPage: 100 });
 * console.log(await runs.count()); // loads the first page only
 * for await (const run of runs) console.log(run.id); // page 2 is fetched when reached
 * ```
 */
export abstract class Paginator<T> implements AsyncIterable<T> {
  /** Items asked per page. */
  readonly perPage: number;
  readonly #loaded: T[] = [];
  #cursor: string | undefined;
  #more = true;
  #length: number | undefined;
  #pages = 0;
  #pending: Promise<T[]> | undefined;

  /**
   * Sets the page size.
   *
   * @param perPage items per page (a positive integer)
   * @throws {RangeError} for a bad `perPage`
   */
  constructor(perPage: number) {
    if (!Number.isInteger(perPage) || perPage <= 0) {
      throw new RangeError(`perPage must be a positive integer, got ${perPage}`);
    }
    this.perPage = perPage;
  }

  /** Fetches the page after `cursor` (undefined: the first page). */
  protected abstract fetchPage(cursor: string | undefined, perPage: number): Promise<Page<T>>;

  /** The total the server reported with the last page, or undefined when it did not say. */
  get length(): number | undefined {
    return this.#length;
  }

  /** Pages fetched so far. */
  get pagesLoaded(): number {
    return this.#pages;
  }

  /** Items fetched so far, in order. */
  get loaded(): readonly T[] {
    return this.#loaded;
  }

  /** False once the last page has been fetched. */
  get hasMore(): boolean {
    return this.#more;
  }

  /**
   * The total count: fetches the first page if nothing was fetched yet.
   *
   * @returns the server's count, or undefined when this collection has none
   */
  async count(): Promise<number | undefined> {
    if (this.#pages === 0 && this.#more) await this.loadNextPage();
    return this.#length;
  }

  /**
   * Fetches the next page (concurrent callers share one request).
   *
   * @returns the page's items (empty when there are no more pages)
   */
  loadNextPage(): Promise<T[]> {
    if (!this.#more) return Promise.resolve([]);
    this.#pending ??= this.fetchPage(this.#cursor, this.perPage).then((page) => {
      this.#pages++;
      this.#loaded.push(...page.items);
      if (page.length !== undefined) this.#length = page.length;
      this.#cursor = page.cursor ?? undefined;
      // A page with nothing in it, or no cursor to go on from, ends the walk.
      this.#more = page.hasNextPage && page.items.length > 0 && !!page.cursor;
      return page.items;
    }).finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  /**
   * Yields every item: those already loaded, then one page at a time.
   *
   * @returns an async iterator
   */
  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    let i = 0;
    for (;;) {
      while (i < this.#loaded.length) yield this.#loaded[i++]!;
      if (!this.#more) return;
      await this.loadNextPage();
    }
  }

  /**
   * The first item, fetching one page at most.
   *
   * @returns the first item, or undefined for an empty collection
   */
  async first(): Promise<T | undefined> {
    for await (const item of this) return item;
    return undefined;
  }

  /**
   * Collects items into an array (all of them, or the first `limit`).
   *
   * @param limit most items to collect
   * @returns the items
   */
  async toArray(limit = Infinity): Promise<T[]> {
    const out: T[] = [];
    if (limit <= 0) return out;
    for await (const item of this) {
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }
}
