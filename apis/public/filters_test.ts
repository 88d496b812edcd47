import assert from "node:assert/strict";
import { and, filter, or, orderBy, serverPath } from "./filters.ts";
import { ApiError } from "./errors.ts";

Deno.test("filter() turns each operator into its Mongo form", () => {
  const cases: [string, unknown][] = [
    ["state = finished", { state: "finished" }],
    ["state == 'finished'", { state: "finished" }],
    ["state != crashed", { state: { $ne: "crashed" } }],
    ["config.lr > 0.1", { "config.lr.value": { $gt: 0.1 } }],
    ["config.lr >= 1e-3", { "config.lr.value": { $gte: 0.001 } }],
    ["summary.loss < -2", { "summary_metrics.loss": { $lt: -2 } }],
    ["summary_metrics.loss <= .5", { "summary_metrics.loss": { $lte: 0.5 } }],
    ['tags in ["a", b]', { tags: { $in: ["a", "b"] } }],
    ["tags not in [a]", { tags: { $nin: ["a"] } }],
    ["tags nin [a]", { tags: { $nin: ["a"] } }],
    ['displayName regex "^base"', { displayName: { $regex: "^base" } }],
    ['displayName =~ "x"', { displayName: { $regex: "x" } }],
    ["notes exists", { notes: { $exists: true } }],
    ["notes not exists", { notes: { $exists: false } }],
    ["config.on = true", { "config.on.value": true }],
    ["group = null", { group: null }],
    ["config.model.layers = 3", { "config.model.value.layers": 3 }],
    ["config.lr.value = 3", { "config.lr.value": 3 }],
  ];
  for (const [text, want] of cases) assert.deepEqual(filter(text), want, text);
});

Deno.test("filter() joins terms with and/or, &&/||, parentheses, and precedence of and", () => {
  assert.deepEqual(filter("a = 1 or b = 2 and c = 3"), {
    $or: [{ a: 1 }, { $and: [{ b: 2 }, { c: 3 }] }],
  });
  assert.deepEqual(filter("(a = 1 || b = 2) && c = 3"), {
    $and: [{ $or: [{ a: 1 }, { b: 2 }] }, { c: 3 }],
  });
  assert.deepEqual(filter("a = 1 AND b = 2 AND c = 3"), { $and: [{ a: 1 }, { b: 2 }, { c: 3 }] });
});

Deno.test("filter`...` takes interpolated values as values, never as filter text", () => {
  const evil = 'x" or state = "finished';
  assert.deepEqual(filter`displayName = ${evil} and config.lr > ${0.5}`, {
    $and: [{ displayName: evil }, { "config.lr.value": { $gt: 0.5 } }],
  });
  assert.deepEqual(filter`tags in ${["a", "b"]}`, { tags: { $in: ["a", "b"] } });
});

Deno.test("filter() reports syntax errors with their position", () => {
  const bad: [string, RegExp][] = [
    ["", /it is empty/],
    ["a >", /at 3: expected a value/],
    ["(a = 1", /missing \)/],
    ["a = 1 b = 2", /unexpected text/],
    ["a ! 1", /unknown operator/],
    ["tags in a", /in needs a list/],
    ["a = 'open", /not closed/],
    ["a regex 3", /regex needs a string/],
    ["a not b", /expected "in" or "exists"/],
  ];
  for (const [text, re] of bad) {
    assert.throws(() => filter(text), (e: unknown) => {
      assert.ok(e instanceof ApiError && e.code === "api/bad-argument", String(e));
      assert.match(e.message, re, text);
      return true;
    });
  }
});

Deno.test("and() and or() flatten nested groups of their own kind", () => {
  assert.deepEqual(and(filter("a = 1 and b = 2"), filter("c = 3")), {
    $and: [{ a: 1 }, { b: 2 }, { c: 3 }],
  });
  assert.deepEqual(or(filter("a = 1"), filter("b = 2 or c = 3")), {
    $or: [{ a: 1 }, { b: 2 }, { c: 3 }],
  });
  assert.deepEqual(and(filter("a = 1")), { a: 1 });
});

Deno.test("orderBy() and serverPath() map fields to W&B's server paths", () => {
  assert.equal(orderBy("createdAt"), "-createdAt");
  assert.equal(orderBy("created_at", "asc"), "+created_at");
  assert.equal(orderBy("summary.acc"), "-summary_metrics.acc");
  assert.equal(orderBy("config.lr", "asc"), "+config.lr.value");
  assert.equal(serverPath("state"), "state");
});
