import assert from "node:assert/strict";
import { type Page, Paginator } from "./paginator.ts";

class Scripted extends Paginator<number> {
  calls: (string | undefined)[] = [];
  constructor(readonly pages: Page<number>[], perPage = 2) {
    super(perPage);
  }
  protected fetchPage(cursor: string | undefined): Promise<Page<number>> {
    this.calls.push(cursor);
    return Promise.resolve(this.pages[this.calls.length - 1]!);
  }
}

Deno.test("Paginator sends the last edge's cursor and stops when hasNextPage is false", async () => {
  const p = new Scripted([
    { items: [1, 2], cursor: "c2", hasNextPage: true, length: 3 },
    { items: [3], cursor: "c3", hasNextPage: false, length: 3 },
  ]);
  assert.deepEqual(await p.toArray(), [1, 2, 3]);
  assert.deepEqual(p.calls, [undefined, "c2"]);
  assert.equal(p.length, 3);
  assert.deepEqual(await p.toArray(), [1, 2, 3], "replayed, not fetched again");
  assert.equal(p.calls.length, 2);
});

Deno.test("Paginator shares one request among concurrent callers and counts from the first page", async () => {
  const p = new Scripted([{ items: [1], cursor: "a", hasNextPage: false, length: 1 }]);
  const [a, b] = await Promise.all([p.loadNextPage(), p.loadNextPage()]);
  assert.deepEqual(a, [1]);
  assert.equal(a, b);
  assert.equal(p.calls.length, 1);
  assert.equal(await p.count(), 1);
  assert.deepEqual(await p.loadNextPage(), []);
});

Deno.test("Paginator stops on an empty page or a missing cursor even if the server says there is more", async () => {
  const empty = new Scripted([{ items: [], cursor: null, hasNextPage: true }]);
  assert.deepEqual(await empty.toArray(), []);
  assert.equal(empty.calls.length, 1);
  const noCursor = new Scripted([{ items: [1], hasNextPage: true }]);
  assert.deepEqual(await noCursor.toArray(), [1]);
  assert.equal(noCursor.calls.length, 1);
  assert.equal(await new Scripted([{ items: [], hasNextPage: false }]).count(), undefined);
});

Deno.test("Paginator.first() and toArray(limit) fetch no more pages than needed", async () => {
  const pages = [
    { items: [1, 2], cursor: "x", hasNextPage: true },
    { items: [3, 4], cursor: "y", hasNextPage: false },
  ];
  const p = new Scripted(pages);
  assert.equal(await p.first(), 1);
  assert.deepEqual(await p.toArray(2), [1, 2]);
  assert.equal(p.calls.length, 1);
  assert.deepEqual(await p.toArray(3), [1, 2, 3]);
  assert.equal(p.calls.length, 2);
  assert.throws(() => new Scripted([], 1.5), RangeError);
});
