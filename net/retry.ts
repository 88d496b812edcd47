/**
 * The one retry helper: exponential backoff with jitter, `Retry-After` honoured, a bounded number
 * of retries and an optional time budget. What is retried is decided by the error: a
 * {@linkcode CommError} with `retryable` (network errors, timeouts, 408, 429, 5xx); anything else
 * (other 4xx, GraphQL errors, bugs) fails at once.
 *
 * Defaults are W&B's (server-api.md §2): GraphQL starts at 1 s, file_stream at 2 s, ×2 per retry,
 * +0–25 % jitter, at most 300 s per sleep.
 *
 * @example
 * ```ts
 * import { retry } from "./retry.ts";
 * import { CommError } from "./errors.ts";
 * let calls = 0;
 * const v = await retry("demo", () => {
 *   if (++calls < 3) throw new CommError("comm/server", "busy", { retryable: true });
 *   return Promise.resolve(42);
 * }, { maxRetries: 5, minDelayMs: 1, maxDelayMs: 2 });
 * console.assert(v === 42 && calls === 3);
 * ```
 * @module
 */
import { CommError } from "./errors.ts";

/** How long and how often to retry. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** First sleep. */
  minDelayMs: number;
  /** Longest single sleep (Retry-After may ask for more, up to the budget). */
  maxDelayMs: number;
  /**
   * Give up once this much time has passed since the first attempt (the last sleep is cut to
   * what is left). @default Infinity
   */
  budgetMs?: number;
  /** Random extra on each sleep, as a fraction. @default 0.25 */
  jitter?: number;
}

/** One retry about to happen. */
export interface RetryEvent {
  /** 1 for the first retry. */
  attempt: number;
  /** How long it waits first. */
  delayMs: number;
  /** The error that will be retried. */
  error: CommError;
}

/** Options of {@linkcode retry}. */
export interface RetryOptions extends RetryPolicy {
  /** Stops waiting and fails with `comm/aborted`. */
  signal?: AbortSignal;
  /** Told before each sleep (progress, "retrying" messages, counters). */
  onRetry?: (event: RetryEvent) => void;
  /** For tests: the clock and the jitter source. */
  now?: () => number;
  /** For tests: the jitter source (0..1). */
  random?: () => number;
}

/** W&B's GraphQL policy: 1 s, ×2, ≤ 300 s; internal calls give up after 7 days. */
export const GRAPHQL_POLICY: RetryPolicy = {
  maxRetries: Number.MAX_SAFE_INTEGER,
  minDelayMs: 1_000,
  maxDelayMs: 300_000,
  budgetMs: 7 * 24 * 3600_000,
};

/** W&B's file_stream policy: 2 s, ×2, ≤ 300 s, at most 30 retries. */
export const FILE_STREAM_POLICY: RetryPolicy = {
  maxRetries: 30,
  minDelayMs: 2_000,
  maxDelayMs: 300_000,
};

/**
 * The sleep before retry number `attempt` (1-based): `min(max, min·2^(attempt−1))` plus jitter,
 * or the server's Retry-After when it sent one.
 *
 * @example
 * ```ts
 * import { backoffDelay } from "./retry.ts";
 * const p = { maxRetries: 9, minDelayMs: 1000, maxDelayMs: 5000, jitter: 0 };
 * console.assert(backoffDelay(p, 1) === 1000 && backoffDelay(p, 4) === 5000);
 * console.assert(backoffDelay(p, 1, 7000) === 7000);
 * ```
 */
export function backoffDelay(
  policy: RetryPolicy,
  attempt: number,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  const base = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** Math.min(attempt - 1, 40));
  return Math.round(base * (1 + random() * (policy.jitter ?? 0.25)));
}

/**
 * Runs `fn` until it succeeds, a non-retryable error happens, or the policy is spent.
 *
 * @param op what is being done, for the give-up message (e.g. `file_stream post`)
 * @param fn the attempt; receives the attempt number (0 first)
 * @returns what `fn` returned
 * @throws {CommError} `comm/gave-up` (with the last error as `cause` and its `status`) when the
 * retries or the budget ran out; `comm/aborted` when `signal` fired; any non-retryable error as is
 */
export async function retry<T>(
  op: string,
  fn: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const now = options.now ?? Date.now;
  const start = now();
  const budget = options.budgetMs ?? Infinity;
  for (let attempt = 0;; attempt++) {
    if (options.signal?.aborted) throw aborted(op, options.signal);
    try {
      return await fn(attempt);
    } catch (err) {
      if (!(err instanceof CommError) || !err.retryable) throw err;
      if (options.signal?.aborted) throw aborted(op, options.signal);
      const next = attempt + 1;
      const elapsed = now() - start;
      const left = budget - elapsed;
      if (next > options.maxRetries || left <= 0) {
        const tries = attempt + 1;
        throw new CommError(
          "comm/gave-up",
          `${op}: gave up after ${tries} attempt${tries === 1 ? "" : "s"} in ${
            (elapsed / 1000).toFixed(1)
          } s; last error: ${err.message}`,
          { status: err.status, serverMessage: err.serverMessage, cause: err },
        );
      }
      // The last sleep is cut to what is left of the budget, so the budget is used to its end.
      const delay = Math.min(backoffDelay(options, next, err.retryAfterMs, options.random), left);
      options.onRetry?.({ attempt: next, delayMs: delay, error: err });
      await sleep(delay, options.signal).catch(() => {
        throw aborted(op, options.signal!);
      });
    }
  }
}

function aborted(op: string, signal: AbortSignal): CommError {
  return new CommError("comm/aborted", `${op}: stopped (${String(signal.reason ?? "aborted")})`);
}

/**
 * Resolves after `ms`, or rejects with the signal's reason when it fires first.
 *
 * @example
 * ```ts
 * import { sleep } from "./retry.ts";
 * await sleep(1);
 * ```
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
