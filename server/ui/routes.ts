/**
 * The UI's routes: `GET /` (projects), `GET /:entity/:project` (runs table),
 * `GET /:entity/:project/runs/:run` (one run), `GET /:entity/:project/artifacts` (types,
 * collections, versions), `GET /:entity/:project/artifacts/:type/:collection/:version` (one
 * version), `GET /:entity/:project/sweeps` and `GET /:entity/:project/sweeps/:sweep`
 * (sweep_pages.ts), `POST /:entity/:project/runs/:run/stop` (its Stop
 * button, same-origin posts only), `GET /:entity/:project/launch` (run queues and launch
 * agents), `GET /:entity/:project/launch/:queue` (one queue's items),
 * `POST /:entity/:project/launch/agents/:agent/stop` (an agent's Stop button) and
 * `GET /static/:name` (assets, no auth). Pages
 * authenticate with HTTP Basic (the API key as password); a 401 carries
 * `WWW-Authenticate: Basic realm="wandb"` so browsers prompt. Errors render as HTML pages.
 *
 * Put these routes after the other areas' routes: `/:entity/:project` matches any two-segment
 * path.
 *
 * @example
 * ```ts ignore
 * const handle = createHandler({ store, routes: [...graphqlRoutes, ...uiRoutes] });
 * ```
 * @module
 */
import type { User } from "../store/mod.ts";
import { FilterError, StoreError } from "../store/mod.ts";
import type { Route, ServerContext } from "../routes.ts";
import { authenticate, requireEntity } from "../auth.ts";
import { HttpError } from "../http_error.ts";
import type { Html } from "./html.ts";
import { errorPage, projectsPage, runPage, runsPage } from "./pages.ts";
import { serveAsset } from "./static.ts";
import { artifactsPage, versionPage } from "./artifact_pages.ts";
import { sweepPage, sweepsPage } from "./sweep_pages.ts";
import { launchPage, queuePage, stopAgent } from "./launch_pages.ts";

/** Security headers of every page: scripts and styles only from this server. */
const PAGE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
    "media-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

function pageResponse(body: Html, status = 200, extra: Record<string, string> = {}): Response {
  return new Response(body.toString(), { status, headers: { ...PAGE_HEADERS, ...extra } });
}

/**
 * Wraps a page renderer: authenticates, and turns 4xx errors into HTML error pages. A renderer
 * may answer with a Response of its own (a redirect).
 */
function page(
  render: (
    user: User,
    params: Record<string, string>,
    ctx: ServerContext,
    url: URL,
    req: Request,
  ) => Html | Response,
): Route["handle"] {
  return (req, params, ctx) => {
    try {
      const user = authenticate(req, ctx);
      const out = render(user, params, ctx, new URL(req.url), req);
      return Promise.resolve(out instanceof Response ? out : pageResponse(out));
    } catch (err) {
      if (err instanceof FilterError || err instanceof StoreError) {
        const status = err instanceof StoreError && err.code === "store/not-found" ? 404 : 400;
        return Promise.resolve(pageResponse(errorPage(status, err.message), status));
      }
      if (err instanceof HttpError && err.status < 500) {
        const extra: Record<string, string> = err.status === 401
          ? { "www-authenticate": 'Basic realm="wandb", charset="UTF-8"' }
          : {};
        return Promise.resolve(pageResponse(errorPage(err.status, err.message), err.status, extra));
      }
      return Promise.reject(err);
    }
  };
}

/**
 * The UI routes, for `createHandler({ store, routes: [...otherRoutes, ...uiRoutes] })`.
 *
 * @example
 * ```ts
 * import { uiRoutes } from "./routes.ts";
 * console.assert(uiRoutes.filter((r) => r.method === "POST").length === 2); // the Stop buttons
 * ```
 */
export const uiRoutes: Route[] = [
  {
    method: "GET",
    pattern: new URLPattern({ pathname: "/static/:name" }),
    handle: (_req, p) => serveAsset(p.name!),
  },
  {
    method: "GET",
    pattern: new URLPattern({ pathname: "/" }),
    handle: page((user, _p, ctx) => projectsPage(ctx.store, user)),
  },
  {
    method: "GET",
    pattern: new URLPattern({ pathname: "/:entity/:project" }),
    handle: page((user, p, ctx, url) => runsPage(ctx.store, user, p.entity!, p.project!, url)),
  },
  {
    method: "GET",
    pattern: new URLPattern({ pathname: "/:entity/:project/runs/:run" }),
    handle: page((user, p, ctx) =>
      runPage(ctx.store, user, p.entity!, p.project!, p.run!, { filesDir: ctx.filesDir })
    ),
  },
  {
    method: "GET",
    pattern: new URLPattern({ pathname: "/:entity/:project/artifacts" }),
    handle: page((user, p, ctx) => artifactsPage(ctx.store, user, p.entity!, p.project!)),
  },
  {
    method: "GET",
    pattern: new URLPattern({
      pathname: "/:entity/:project/artifacts/:type/:collection/:version",
    }),
    handle: page((user, p, ctx) =>
      versionPage(ctx.store, user, p.entity!, p.project!, p.type!, p.collection!, p.version!)
    ),
  },
  {
    method: "GET",
    pattern: new URLPattern({ pathname: "/:entity/:project/sweeps" }),
    handle: page((user, p, ctx) => sweepsPage(ctx.store, user, p.entity!, p.project!)),
  },
  {
    method: "GET",
    pattern: new URLPattern({ pathname: "/:entity/:project/sweeps/:sweep" }),
    handle: page((user, p, ctx) =>
      sweepPage(ctx.store, user, p.entity!, p.project!, p.sweep!, ctx)
    ),
  },
  {
    method: "POST",
    pattern: new URLPattern({ pathname: "/:entity/:project/runs/:run/stop" }),
    handle: page(stopRun),
  },
  {
    method: "GET",
    pattern: new URLPattern({ pathname: "/:entity/:project/launch" }),
    handle: page((user, p, ctx) => launchPage(ctx.store, user, p.entity!, p.project!)),
  },
  {
    method: "GET",
    pattern: new URLPattern({ pathname: "/:entity/:project/launch/:queue" }),
    handle: page((user, p, ctx) => queuePage(ctx.store, user, p.entity!, p.project!, p.queue!)),
  },
  {
    method: "POST",
    pattern: new URLPattern({ pathname: "/:entity/:project/launch/agents/:agent/stop" }),
    handle: page((user, p, ctx, url, req) => {
      sameOriginOnly(req, url, "Stop requests must come from this server's Launch page");
      return stopAgent(ctx.store, user, p.entity!, p.project!, p.agent!);
    }),
  },
];

/**
 * Refuses a form post from another site: browsers send Basic credentials with any form post, so
 * a state-changing post must come from this server's own page.
 */
function sameOriginOnly(req: Request, url: URL, message: string): void {
  const origin = req.headers.get("origin");
  const site = req.headers.get("sec-fetch-site");
  if (site ? site !== "same-origin" : origin !== url.origin) {
    throw new HttpError(403, "ui/cross-site", message);
  }
}

/**
 * The run page's Stop button (what `stopRun` does). Browsers send Basic credentials with any
 * form post, so a post from another site is refused: it must come from this server's own page.
 */
function stopRun(
  user: User,
  p: Record<string, string>,
  ctx: ServerContext,
  url: URL,
  req: Request,
): Response {
  sameOriginOnly(req, url, "Stop requests must come from this server's run page");
  requireEntity(ctx.store, user, p.entity!);
  const run = ctx.store.getRun(p.entity!, p.project!, p.run!);
  if (!run) throw new HttpError(404, "ui/no-run", `No run "${p.entity}/${p.project}/${p.run}"`);
  if (run.state !== "running") {
    throw new HttpError(409, "ui/not-running", `Run "${run.name}" is ${run.state}, not running`);
  }
  ctx.store.updateRun(run.id, { stopped: true });
  const location = url.pathname.replace(/\/stop$/, "");
  return new Response(null, { status: 303, headers: { location } });
}
