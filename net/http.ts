/**
 * One HTTP request to a W&B server, with a timeout, turned into a `Response` (2xx) or a
 * {@linkcode CommError} that says whether a retry may help. Used by the GraphQL client, the
 * file_stream poster and the uploader, always inside {@linkcode retry}.
 *
 * @example
 * ```ts ignore
 * const res = await httpRequest("file_stream", url, { method: "POST", body }, { timeoutMs: 180_000 });
 * ```
 * @module
 */
import { CommError, safeUrl } from "./errors.ts";

/** Options of {@linkcode httpRequest}. */
export interface HttpOptions {
  /** Abort the request after this long (0: no timeout). */
  timeoutMs?: number;
  /**
   * Abort when no bytes move for this long: until the answer's headers, between chunks of a
   * streamed request body, and between chunks of the response body (0: no idle timeout). For
   * transfers of any size, where a total timeout would cut off a healthy large file.
   */
  idleTimeoutMs?: number;
  /** Caller's cancellation. */
  signal?: AbortSignal;
}

/**
 * Sends one request.
 *
 * @param op what is being done, for messages (e.g. `file_stream`)
 * @param url absolute URL
 * @param init fetch options
 * @returns the response when its status is 2xx (body unread)
 * @throws {CommError} `comm/network` or `comm/timeout` (retryable), `comm/aborted`, or the status
 * error of {@linkcode CommError.fromStatus} (its body is read for the server's message)
 */
export async function httpRequest(
  op: string,
  url: string,
  init: RequestInit,
  options: HttpOptions = {},
): Promise<Response> {
  const signals: AbortSignal[] = [];
  if (options.signal) signals.push(options.signal);
  if (options.timeoutMs) signals.push(AbortSignal.timeout(options.timeoutMs));
  const idle = options.idleTimeoutMs ? new IdleTimer(options.idleTimeoutMs) : undefined;
  if (idle) signals.push(idle.signal);
  let res: Response;
  try {
    res = await fetch(url, {
      ...init,
      body: idle && init.body instanceof ReadableStream ? idle.watch(init.body, false) : init.body,
      signal: signals.length === 0
        ? undefined
        : signals.length === 1
        ? signals[0]
        : AbortSignal.any(signals),
    });
  } catch (err) {
    idle?.stop();
    throw fetchFailure(op, url, err, options);
  }
  if (res.ok) {
    if (!idle) return res;
    if (!res.body) {
      idle.stop();
      return res;
    }
    idle.touch();
    return new Response(idle.watch(res.body, true), {
      status: res.status,
      statusText: res.statusText,
      headers: res.headers,
    });
  }
  let body = "";
  try {
    body = await res.text();
  } catch {
    // the body broke off: the status is enough
  } finally {
    idle?.stop();
  }
  throw CommError.fromStatus(op, url, res.status, body, res.headers.get("retry-after"));
}

/** Aborts its signal (with a `TimeoutError`) when not touched for `ms`. */
class IdleTimer {
  readonly #ac = new AbortController();
  readonly #ms: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(ms: number) {
    this.#ms = ms;
    this.touch();
  }

  get signal(): AbortSignal {
    return this.#ac.signal;
  }

  touch(): void {
    clearTimeout(this.#timer);
    if (this.#ac.signal.aborted) return;
    this.#timer = setTimeout(() => {
      this.#ac.abort(
        new DOMException(`no bytes moved for ${this.#ms / 1000} s`, "TimeoutError"),
      );
    }, this.#ms);
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * `stream`, touching the timer on each chunk. At the end of a request body the timer goes on
   * (the answer is awaited); at the end of a response body, or on cancel, it stops.
   */
  watch(stream: ReadableStream<Uint8Array>, last: boolean): ReadableStream<Uint8Array> {
    const reader = stream.getReader();
    return new ReadableStream<Uint8Array>({
      pull: async (c) => {
        try {
          const { done, value } = await reader.read();
          if (done) {
            if (last) this.stop();
            else this.touch();
            c.close();
            return;
          }
          this.touch();
          c.enqueue(value);
        } catch (err) {
          this.stop();
          throw this.#ac.signal.aborted ? this.#ac.signal.reason : err;
        }
      },
      cancel: async (reason) => {
        this.stop();
        await reader.cancel(reason);
      },
    });
  }
}

/**
 * The {@linkcode CommError} for an exception thrown by `fetch` or while reading a body.
 *
 * @example
 * ```ts
 * import { fetchFailure } from "./http.ts";
 * const e = fetchFailure("op", "http://127.0.0.1:1/x", new TypeError("connection refused"));
 * console.assert(e.code === "comm/network" && e.retryable);
 * ```
 */
export function fetchFailure(
  op: string,
  url: string,
  err: unknown,
  options: HttpOptions = {},
): CommError {
  if (err instanceof CommError) return err;
  const where = `${op} ${safeUrl(url)}`;
  if (options.signal?.aborted) {
    return new CommError("comm/aborted", `${where}: stopped`, { cause: err });
  }
  const e = err as Error;
  if (e?.name === "TimeoutError" || e?.name === "AbortError") {
    const ms = options.timeoutMs || options.idleTimeoutMs || 0;
    return new CommError("comm/timeout", `${where} timed out after ${+(ms / 1000).toFixed(2)} s`, {
      retryable: true,
      cause: err,
    });
  }
  const text = String(e?.message ?? err).split("\n")[0];
  return new CommError("comm/network", `${where} could not connect: ${text}`, {
    retryable: true,
    cause: err,
  });
}

/**
 * The `Authorization` header value W&B clients send: Basic `api:<key>`.
 *
 * @example
 * ```ts
 * import { basicAuth } from "./http.ts";
 * console.assert(basicAuth("k") === "Basic " + btoa("api:k"));
 * ```
 */
export function basicAuth(apiKey: string): string {
  return "Basic " + btoa(`api:${apiKey}`);
}
