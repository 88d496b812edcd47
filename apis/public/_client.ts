/**
 * What every public-API resource shares: the GraphQL client (W&B's public User-Agent, a 19 s
 * request timeout and a 20 s retry budget, as `wandb.Api`), the server's base URL and key for
 * file transfers, and the default entity and project.
 *
 * @module
 */
import { GraphQLClient } from "../../net/graphql.ts";
import { GRAPHQL_POLICY, type RetryPolicy } from "../../net/retry.ts";
import { basicAuth } from "../../net/http.ts";
import { toViewer, type Viewer, VIEWER_QUERY, type ViewerData } from "./viewer.ts";

/** The User-Agent of the public API (W&B sends `W&B Public Client <version>`). */
export const PUBLIC_USER_AGENT = "W&B Public Client 0.1.0";

/** The public API's retry policy: GraphQL's backoff with a 20 s budget. */
export const PUBLIC_RETRY_POLICY: RetryPolicy = { ...GRAPHQL_POLICY, budgetMs: 20_000 };

/** Settings of a {@linkcode PublicClient}. */
export interface PublicClientOptions {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  retry: RetryPolicy;
  headers: Record<string, string>;
  /** Entity for short paths; undefined: the viewer's. */
  entity?: string;
  /** Project for short paths. */
  project: string;
}

/** The connection a public-API object talks through. */
export class PublicClient {
  readonly gql: GraphQLClient;
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly project: string;
  readonly #apiKey: string;
  readonly #entity?: string;
  #viewer?: Promise<Viewer>;

  /** @param options server, key, timeouts, defaults */
  constructor(options: PublicClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.#apiKey = options.apiKey;
    this.timeoutMs = options.timeoutMs;
    this.retry = options.retry;
    this.project = options.project;
    this.#entity = options.entity;
    this.gql = new GraphQLClient({
      baseUrl: this.baseUrl,
      apiKey: options.apiKey,
      userAgent: PUBLIC_USER_AGENT,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
      headers: { "Use-Admin-Privileges": "true", ...options.headers },
    });
  }

  /** Sends one GraphQL operation. */
  request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return this.gql.request<T>(query, variables);
  }

  /** The `Authorization` header for file downloads. */
  authHeader(): string {
    return basicAuth(this.#apiKey);
  }

  /** A server URL made absolute (local servers hand out `/storage/...` paths). */
  absoluteUrl(url: string): string {
    return url.startsWith("/") ? this.baseUrl + url : url;
  }

  /** The explicit default entity, if one was given (option or `WANDB_ENTITY`). */
  get explicitEntity(): string | undefined {
    return this.#entity;
  }

  /** The default entity: the explicit one, else the viewer's (asked once). */
  defaultEntity(): Promise<string> {
    if (this.#entity) return Promise.resolve(this.#entity);
    return this.viewer().then((v) => v.entity);
  }

  /** The viewer, asked once and kept until {@linkcode flush} (a failed ask is not kept). */
  viewer(): Promise<Viewer> {
    this.#viewer ??= this.request<ViewerData>(VIEWER_QUERY).then(toViewer).catch((err) => {
      this.#viewer = undefined;
      throw err;
    });
    return this.#viewer;
  }

  /** Forgets the viewer (`Api.flush`). */
  flush(): void {
    this.#viewer = undefined;
  }
}
