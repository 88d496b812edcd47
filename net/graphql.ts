/**
 * The GraphQL client every part of wandb-ts uses (the sender, login, sync, the public API):
 * `npm:graphql-request` for the request/response mechanics, with W&B's conventions on top —
 * Basic `api:<key>` auth, no `operationName`, a per-request timeout, the shared
 * {@linkcode retry} policy, and errors as {@linkcode CommError} (GraphQL `errors` in a 200 are
 * never retried; the first error's message is kept; a 200 that is not GraphQL at all, such as a
 * web app's HTML page, is `comm/protocol` and never retried either).
 *
 * @example
 * ```ts ignore
 * const gql = new GraphQLClient({ baseUrl: "http://127.0.0.1:8080", apiKey });
 * const { viewer } = await gql.request<{ viewer: { entity: string } }>("query Viewer { viewer { entity } }");
 * ```
 * @module
 */
import { ClientError, GraphQLClient as RawClient } from "graphql-request";
import { CommError, safeUrl } from "./errors.ts";
import { basicAuth, fetchFailure } from "./http.ts";
import { GRAPHQL_POLICY, retry, type RetryEvent, type RetryPolicy } from "./retry.ts";

/** Options of {@linkcode GraphQLClient}. */
export interface GraphQLClientOptions {
  /** Server root, e.g. `https://api.wandb.ai` (no trailing slash needed). */
  baseUrl: string;
  /** API key, sent as Basic `api:<key>`. */
  apiKey?: string;
  /** `User-Agent` header. @default "W&B Internal Client 0.1.0" */
  userAgent?: string;
  /** Per-request timeout. @default 20_000 (W&B's internal GraphQL timeout) */
  timeoutMs?: number;
  /** Retry policy of every request unless a call says otherwise. @default {@linkcode GRAPHQL_POLICY} */
  retry?: RetryPolicy;
  /** Extra headers (e.g. `X-WANDB-USERNAME`, `WANDB__EXTRA_HTTP_HEADERS`). */
  headers?: Record<string, string>;
  /** Told before each retry. */
  onRetry?: (op: string, event: RetryEvent) => void;
  /** Stops pending retries. */
  signal?: AbortSignal;
}

/** Per-call options of {@linkcode GraphQLClient.request}. */
export interface RequestCallOptions {
  /** Overrides the client's policy for this call (e.g. a bounded wait at init). */
  retry?: RetryPolicy;
  /** Stops waiting between retries. */
  signal?: AbortSignal;
}

/** A W&B GraphQL endpoint. */
export class GraphQLClient {
  /** The server root, without a trailing slash. */
  readonly baseUrl: string;
  /** `<baseUrl>/graphql`. */
  readonly url: string;
  #raw: RawClient;
  #options: GraphQLClientOptions;

  /**
   * Makes a client; nothing is sent until {@linkcode GraphQLClient.request}.
   *
   * @param options server, key, timeouts and retry policy
   */
  constructor(options: GraphQLClientOptions) {
    this.#options = options;
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.url = `${this.baseUrl}/graphql`;
    const headers: Record<string, string> = {
      "User-Agent": options.userAgent ?? "W&B Internal Client 0.1.0",
      ...options.headers,
    };
    if (options.apiKey) headers.Authorization = basicAuth(options.apiKey);
    const timeoutMs = options.timeoutMs ?? 20_000;
    this.#raw = new RawClient(this.url, {
      headers,
      excludeOperationName: true,
      // The body is read here, under the same timeout, so a body that breaks off is a network
      // error (retried) and a complete 2xx body that is not GraphQL is caught before parsing.
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const signals = [AbortSignal.timeout(timeoutMs)];
        if (init?.signal) signals.push(init.signal);
        let res: Response;
        let body: string;
        try {
          res = await fetch(input, { ...init, signal: AbortSignal.any(signals) });
          body = await res.text();
        } catch (err) {
          throw fetchFailure("GraphQL", this.url, err, {
            timeoutMs,
            signal: init?.signal ?? undefined,
          });
        }
        if (res.ok && !isGraphQLAnswer(body)) {
          throw new NotGraphQL(res.status, res.headers.get("content-type"));
        }
        return new Response(body === "" ? null : body, {
          status: res.status,
          statusText: res.statusText,
          headers: res.headers,
        });
      },
    });
  }

  /**
   * Sends one operation (retrying per the policy) and returns its `data`.
   *
   * @param query the document (one operation)
   * @param variables its variables; `undefined` values are sent as `null`
   * @throws {CommError} `comm/graphql` for GraphQL errors, `comm/protocol` for a 2xx answer that
   * is not GraphQL (a wrong base URL), status codes per {@linkcode CommError.fromStatus},
   * `comm/gave-up` when retries ran out
   */
  request<T>(
    query: string,
    variables: Record<string, unknown> = {},
    call: RequestCallOptions = {},
  ): Promise<T> {
    const op = operationName(query);
    const vars: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(variables)) vars[k] = v === undefined ? null : v;
    const signal = call.signal ?? this.#options.signal;
    return retry(op, async () => {
      try {
        const res = await this.#raw.rawRequest<T>({ query, variables: vars, signal });
        return res.data;
      } catch (err) {
        throw this.#toCommError(op, err);
      }
    }, {
      ...(call.retry ?? this.#options.retry ?? GRAPHQL_POLICY),
      signal,
      onRetry: (e) => this.#options.onRetry?.(op, e),
    });
  }

  #toCommError(op: string, err: unknown): CommError {
    if (err instanceof CommError) return err;
    if (err instanceof ClientError) {
      const status = err.response.status;
      if (status >= 200 && status < 300) {
        const first = err.response.errors?.[0];
        const message = first?.message ?? "no data in the response";
        const path = first?.path ? ` at ${first.path.join(".")}` : "";
        return new CommError(
          "comm/graphql",
          `${op} ${safeUrl(this.url)} returned an error${path}: ${message}`,
          { status, serverMessage: message },
        );
      }
      return CommError.fromStatus(
        op,
        this.url,
        status,
        err.response.body ?? "",
        err.response.headers?.get?.("retry-after"),
      );
    }
    const where = `${op} ${safeUrl(this.url)}`;
    const notGraphQL = `the server at ${
      safeUrl(this.baseUrl).replace(/\/$/, "")
    } did not answer GraphQL`;
    if (err instanceof NotGraphQL) {
      return new CommError(
        "comm/protocol",
        `${where}: ${notGraphQL} (HTTP ${err.status}, ${
          err.contentType ?? "no content type"
        }); check the base URL (WANDB_BASE_URL, --host, base_url)`,
        { status: err.status },
      );
    }
    // graphql-request throws plain errors for a JSON answer of the wrong shape.
    return new CommError(
      "comm/protocol",
      `${where}: ${notGraphQL} (${
        String((err as Error)?.message ?? err).split("\n")[0]
      }); check the base URL (WANDB_BASE_URL, --host, base_url)`,
      { cause: err },
    );
  }
}

/** A complete 2xx answer that is not a GraphQL response (e.g. a web app's HTML page). */
class NotGraphQL extends Error {
  override name = "NotGraphQL";
  constructor(readonly status: number, readonly contentType: string | null) {
    super(`HTTP ${status} answer is not GraphQL`);
  }
}

/** Whether `body` is a GraphQL response: a JSON object with `data` or `errors`. */
function isGraphQLAnswer(body: string): boolean {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === "object" && v !== null && !Array.isArray(v) &&
      ("data" in v || "errors" in v);
  } catch {
    return false;
  }
}

/**
 * The operation name of a document (`query Viewer {...}` → `Viewer`), for messages.
 *
 * @example
 * ```ts
 * import { operationName } from "./graphql.ts";
 * console.assert(operationName("mutation UpsertBucket($id: String) { x }") === "UpsertBucket");
 * ```
 */
export function operationName(query: string): string {
  return /\b(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(query)?.[1] ?? "GraphQL";
}
