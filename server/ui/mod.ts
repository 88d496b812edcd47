/**
 * The server's web UI: server-rendered pages read straight from the Store (projects, runs
 * table, run page with uPlot charts), with uPlot served from its npm package by the server.
 *
 * ```ts ignore
 * import { uiRoutes } from "./server/ui/mod.ts";
 * Deno.serve(createHandler({ store, routes: uiRoutes }));
 * ```
 * @module
 */
export { uiRoutes } from "./routes.ts";
export { escapeHtml, Html, html, jsonForScript, raw } from "./html.ts";
