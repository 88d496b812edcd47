import assert from "node:assert/strict";
import { CommError } from "./errors.ts";
import { backoffDelay, retry } from "./retry.ts";
import { rejection } from "../tests/_assert.ts";

const fast = { maxRetries: 5, minDelayMs: 1, maxDelayMs: 4 };

Deno.test("retry: retryable errors are retried with growing sleeps until success", async () => {
  const delays: number[] = [];
  let calls = 0;
  const v = await retry("op", () => {
    if (++calls < 4) throw new CommError("comm/server", "HTTP 503", { retryable: true });
    return Promise.resolve("ok");
  }, { ...fast, jitter: 0, onRetry: (e) => delays.push(e.delayMs) });
  assert.equal(v, "ok");
  assert.equal(calls, 4);
  assert.deepEqual(delays, [1, 2, 4]);
});

Deno.test("retry: a non-retryable error (4xx, GraphQL, a bug) fails at once", async () => {
  let calls = 0;
  await assert.rejects(
    retry("op", () => {
      calls++;
      throw CommError.fromStatus("op", "http://h/graphql", 400, '{"errors":[{"message":"bad"}]}');
    }, fast),
    (e: CommError) => e.code === "comm/bad-request" && e.serverMessage === "bad",
  );
  assert.equal(calls, 1);
  await assert.rejects(retry("op", () => Promise.reject(new TypeError("bug")), fast), TypeError);
});

Deno.test("retry: gives up after maxRetries with the last error as cause", async () => {
  let calls = 0;
  const err = await rejection<CommError>(retry("file_stream post", () => {
    calls++;
    throw CommError.fromStatus("file_stream", "http://h/x?sig=secret", 500, "boom");
  }, fast));
  assert.equal(calls, 6);
  assert.ok(err instanceof CommError);
  assert.equal(err.code, "comm/gave-up");
  assert.equal(err.status, 500);
  assert.match(err.message, /^file_stream post: gave up after 6 attempts in .* HTTP 500: boom$/);
  assert.doesNotMatch(err.message, /secret/);
});

Deno.test("retry: Retry-After replaces the backoff, and the budget stops early", async () => {
  const delays: number[] = [];
  let calls = 0;
  await retry("op", () => {
    if (++calls === 1) {
      throw CommError.fromStatus("op", "http://h/", 429, "", "0.005");
    }
    return Promise.resolve(1);
  }, { ...fast, onRetry: (e) => delays.push(e.delayMs) });
  assert.deepEqual(delays, [5]);
  let t = 0;
  const err = await rejection<CommError>(retry("op", () => {
    throw new CommError("comm/network", "refused", { retryable: true });
  }, {
    maxRetries: 100,
    minDelayMs: 1,
    maxDelayMs: 1,
    budgetMs: 10,
    now: () => (t += 3),
  }));
  assert.equal(err.code, "comm/gave-up");
});

Deno.test("retry: the budget is used to its end; the last sleep is cut to what is left", async () => {
  let t = 0;
  const delays: number[] = [];
  let calls = 0;
  const err = await rejection<CommError>(retry("op", () => {
    calls++;
    throw new CommError("comm/network", "refused", { retryable: true });
  }, {
    maxRetries: 100,
    minDelayMs: 40,
    maxDelayMs: 40,
    jitter: 0,
    budgetMs: 100,
    now: () => t,
    onRetry: (e) => {
      delays.push(e.delayMs);
      t += e.delayMs; // the fake clock moves by the sleeps only
    },
  }));
  assert.deepEqual(delays, [40, 40, 20], "40 + 40, then the 20 left of 100");
  assert.equal(calls, 4, "the fourth attempt happens at the end of the budget");
  assert.equal(err.code, "comm/gave-up");
  assert.match(err.message, /^op: gave up after 4 attempts in 0\.1 s/);
});

Deno.test("retry: an abort signal stops the wait with comm/aborted", async () => {
  const ac = new AbortController();
  const p = retry("op", () => {
    throw new CommError("comm/network", "refused", { retryable: true });
  }, { maxRetries: 10, minDelayMs: 60_000, maxDelayMs: 60_000, signal: ac.signal });
  ac.abort("finish");
  await assert.rejects(p, (e: CommError) => e.code === "comm/aborted");
});

Deno.test("backoffDelay: doubling, capped, jitter within 25 %", () => {
  const p = { maxRetries: 30, minDelayMs: 2000, maxDelayMs: 300_000 };
  assert.equal(backoffDelay(p, 1, undefined, () => 0), 2000);
  assert.equal(backoffDelay(p, 3, undefined, () => 0), 8000);
  assert.equal(backoffDelay(p, 20, undefined, () => 0), 300_000);
  assert.equal(backoffDelay(p, 1, undefined, () => 1), 2500);
});
