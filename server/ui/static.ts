/**
 * Static assets of the UI, served by the server itself (nothing is loaded from the internet):
 * uPlot's browser build and stylesheet read from its npm package, plus the UI's own script and
 * stylesheet beside this file. Files are read once and kept in memory.
 *
 * @example
 * ```ts ignore
 * const res = await serveAsset("uplot.min.js"); // 200, text/javascript
 * ```
 * @module
 */
import { HttpError } from "../http_error.ts";

/** Where each asset comes from, and its content type. */
const ASSETS: Record<string, { url: () => string; type: string }> = {
  "uplot.min.js": {
    url: () => import.meta.resolve("uplot/dist/uPlot.iife.min.js"),
    type: "text/javascript; charset=utf-8",
  },
  "uplot.min.css": {
    url: () => import.meta.resolve("uplot/dist/uPlot.min.css"),
    type: "text/css; charset=utf-8",
  },
  "ui.js": {
    url: () => new URL("./assets/ui.js", import.meta.url).href,
    type: "text/javascript; charset=utf-8",
  },
  "media.js": {
    url: () => new URL("./assets/media.js", import.meta.url).href,
    type: "text/javascript; charset=utf-8",
  },
  "ui.css": {
    url: () => new URL("./assets/ui.css", import.meta.url).href,
    type: "text/css; charset=utf-8",
  },
};

// Keeps `uplot` in the module graph so Deno installs the npm package (into node_modules) before
// the server starts; only its files are read, the module itself is never loaded here.
const _installUplot = () => import("uplot");

const cache = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

async function load(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/**
 * The response for `/static/<name>`: the asset with its content type and a one-hour cache.
 *
 * @throws {HttpError} 404 for an unknown name; 500 `ui/asset-missing` when the file is unreadable
 * @example
 * ```ts ignore
 * const res = await serveAsset("uplot.min.css");
 * console.assert(res.headers.get("content-type")?.startsWith("text/css"));
 * ```
 */
export async function serveAsset(name: string): Promise<Response> {
  const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!asset) throw new HttpError(404, "ui/no-asset", `No static asset "${name}"`);
  let body = cache.get(name);
  let url = "";
  if (!body) {
    url = asset.url();
    body = load(url);
    cache.set(name, body);
  }
  try {
    return new Response(await body, {
      headers: {
        "content-type": asset.type,
        "cache-control": "public, max-age=3600",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    cache.delete(name);
    throw new HttpError(
      500,
      "ui/asset-missing",
      `Cannot read UI asset ${name} from ${url || asset.url()} (${
        (err as Error).message
      }); run \`deno install\` so node_modules holds the uplot package`,
    );
  }
}
