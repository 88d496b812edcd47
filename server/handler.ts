/**
 * The server as one `(Request) => Promise<Response>` function over a route table, testable
 * without a socket. Bodies are size-bounded before any route sees them; every error becomes a
 * response in one place (`toResponse`).
 *
 * Its own routes: `GET /healthz` (no auth), `POST /files/:entity/:project/:run/file_stream`;
 * storage, GraphQL and the web UI come in as `routes` (see `serve`).
 *
 * @example
 * ```ts ignore
 * const handle = createHandler({ store });
 * const res = await handle(new Request("http://x/healthz"));
 * ```
 * @module
 */
import { type Store, StoreError } from "./store/mod.ts";
import { authenticate } from "./auth.ts";
import { handleFileStream } from "./file_stream.ts";
import { HttpError, readBodyText, toResponse } from "./http_error.ts";
import type { Route, ServerContext } from "./routes.ts";

/** What the handler needs; everything but the store has a default. */
export interface ServerDeps {
  /** The open store. */
  store: Store;
  /** Largest accepted request body. @default 16 MiB */
  maxBodyBytes?: number;
  /** Secret for signed file URLs. @default 32 random bytes */
  secret?: Uint8Array;
  /** Lifetime of signed URLs in seconds. @default 3600 */
  urlTtlSeconds?: number;
  /** Where uploaded files live (required by the file routes). @default "" */
  filesDir?: string;
  /** Where internal errors are logged. */
  log?: (message: string) => void;
  /** Clock. @default () => new Date() */
  now?: () => Date;
  /** Public URL for absolute URLs (normalized). @default the origin of each request */
  publicUrl?: string;
  /** Requests without credentials act as this user (see {@linkcode ServerContext}). */
  anonymousUser?: string;
  /** A sweep agent silent for this long loses its runs. @default 60 */
  agentTimeoutSeconds?: number;
  /** Extra routes (GraphQL, files, UI), tried after the core ones. */
  routes?: Route[];
}

const coreRoutes: Route[] = [
  {
    method: "GET",
    pattern: new URLPattern({ pathname: "/healthz" }),
    handle: () => Promise.resolve(Response.json({ ok: true })),
  },
  {
    method: "POST",
    pattern: new URLPattern({ pathname: "/files/:entity/:project/:run/file_stream" }),
    handle: async (req, p, ctx) => {
      const user = authenticate(req, ctx);
      const text = await readBodyText(req, ctx.maxBodyBytes);
      return Response.json(handleFileStream(
        ctx.store,
        user,
        {
          entity: p.entity!,
          project: p.project!,
          run: p.run!,
        },
        text,
        ctx.now(),
      ));
    },
  },
];

/**
 * Builds the request handler.
 *
 * @example
 * ```ts ignore
 * Deno.serve({ port: 0 }, createHandler({ store }));
 * ```
 */
export function createHandler(deps: ServerDeps): (req: Request) => Promise<Response> {
  const ctx: ServerContext = {
    store: deps.store,
    maxBodyBytes: deps.maxBodyBytes ?? 16 * 1024 * 1024,
    secret: deps.secret ?? crypto.getRandomValues(new Uint8Array(32)),
    urlTtlSeconds: deps.urlTtlSeconds ?? 3600,
    filesDir: deps.filesDir ?? "",
    log: deps.log ?? (() => {}),
    now: deps.now ?? (() => new Date()),
    publicUrl: deps.publicUrl,
    anonymousUser: deps.anonymousUser,
    agentTimeoutSeconds: deps.agentTimeoutSeconds,
  };
  const routes = [...coreRoutes, ...(deps.routes ?? [])];
  return async (req) => {
    try {
      const allowed: string[] = [];
      for (const route of routes) {
        const m = route.pattern.exec(req.url);
        if (!m) continue;
        if (req.method !== route.method) {
          allowed.push(route.method);
          continue;
        }
        const params: Record<string, string> = {};
        for (const [k, v] of Object.entries(m.pathname.groups)) {
          if (v !== undefined) params[k] = decodePathParam(v);
        }
        return await route.handle(req, params, ctx);
      }
      if (allowed.length > 0) {
        throw new HttpError(
          405,
          "http/method",
          `${req.method} is not allowed here; use ${allowed.join(" or ")}`,
        );
      }
      throw new HttpError(404, "http/not-found", `No route for ${new URL(req.url).pathname}`);
    } catch (err) {
      return toResponse(storeToHttp(err), ctx.log);
    }
  };
}

function decodePathParam(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    throw new HttpError(400, "http/bad-path", `Bad percent-encoding in URL path segment "${v}"`);
  }
}

function storeToHttp(err: unknown): unknown {
  if (!(err instanceof StoreError)) return err;
  const status = err.code === "store/not-found"
    ? 404
    : err.code === "store/bad-json" || err.code === "store/bad-argument"
    ? 400
    : 500;
  return status === 500 ? err : new HttpError(status, err.code, err.message);
}
