/**
 * The route type every server area exports its routes as (`graphqlRoutes`, `fileRoutes`,
 * `uiRoutes`, …); `handler.ts` joins them into one table.
 *
 * @example
 * ```ts
 * import type { Route } from "./routes.ts";
 * const health: Route = {
 *   method: "GET",
 *   pattern: new URLPattern({ pathname: "/healthz" }),
 *   handle: () => Promise.resolve(Response.json({ ok: true })),
 * };
 * console.assert(health.method === "GET");
 * ```
 * @module
 */
import type { Store } from "./store/mod.ts";

/** What every route gets besides the request. */
export interface ServerContext {
  /** The open store. */
  store: Store;
  /** Largest accepted request body in bytes. */
  maxBodyBytes: number;
  /** Secret for signed upload/download URLs (see signed_url.ts). */
  secret: Uint8Array;
  /** Lifetime of signed URLs in seconds. */
  urlTtlSeconds: number;
  /** Directory where uploaded files live. */
  filesDir: string;
  /** Where internal errors are logged. */
  log: (message: string) => void;
  /** Clock (injectable for tests). */
  now: () => Date;
  /**
   * The configured public URL (normalized, see public_url.ts), or undefined to answer with the
   * origin each request was sent to.
   */
  publicUrl?: string;
  /**
   * The user that requests without credentials act as (`serve({ anonymous: true })`, loopback
   * only); undefined: every request needs an API key.
   */
  anonymousUser?: string;
  /** A sweep agent silent for this long loses its runs (sweep_scheduler.ts). @default 60 */
  agentTimeoutSeconds?: number;
}

/** One route: method, URL pattern, handler. */
export interface Route {
  /** The HTTP method it answers. */
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** The URLs it answers; named groups become `params`. */
  pattern: URLPattern;
  /** Answers one request. */
  handle: (req: Request, params: Record<string, string>, ctx: ServerContext) => Promise<Response>;
}
