/**
 * The server's public origin: the base of every absolute URL it hands out (signed upload and
 * download URLs, links). W&B's servers answer with absolute URLs and the official clients use
 * them as they are, so a relative `/storage/...` path would be unusable to them
 * (`unsupported protocol scheme ""`).
 *
 * The origin is the configured public URL (`--public-url`, for a server behind a proxy or at
 * another address than the one it listens on), else the origin the request was sent to (a
 * proxy's `X-Forwarded-Host` / `X-Forwarded-Proto`, else its `Host` header), so a client that
 * reached the server can reach the URLs it gets back.
 *
 * @example
 * ```ts
 * import { normalizePublicUrl, publicBaseUrl } from "./public_url.ts";
 * const req = new Request("http://127.0.0.1:8080/graphql");
 * console.assert(publicBaseUrl(req, undefined) === "http://127.0.0.1:8080");
 * console.assert(publicBaseUrl(req, normalizePublicUrl("https://wandb.example.com/")) === "https://wandb.example.com");
 * const proxied = new Request("http://10.0.0.5:8080/graphql", {
 *   headers: { "x-forwarded-host": "wandb.example.com", "x-forwarded-proto": "https" },
 * });
 * console.assert(publicBaseUrl(proxied, undefined) === "https://wandb.example.com");
 * ```
 * @module
 */

/** A `--public-url` that is not an absolute http(s) URL. */
export class PublicUrlError extends Error {
  /** Error class name. */
  override name = "PublicUrlError";
  /** Stable error code. */
  readonly code = "server/public-url";
}

/**
 * Checks a configured public URL and returns it without a trailing `/` (a path prefix is kept,
 * for a proxy that serves the server under a folder and strips it).
 *
 * @throws {PublicUrlError} when it is not an absolute http(s) URL without query or fragment
 * @example
 * ```ts
 * import { normalizePublicUrl } from "./public_url.ts";
 * console.assert(normalizePublicUrl("http://proxy:9000/wandb/") === "http://proxy:9000/wandb");
 * ```
 */
export function normalizePublicUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new PublicUrlError(
      `--public-url "${text}" is not a URL; give the origin clients reach, like https://wandb.example.com`,
    );
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash) {
    throw new PublicUrlError(
      `--public-url "${text}" must be an http(s) URL without query or fragment, like https://wandb.example.com`,
    );
  }
  return (url.origin + url.pathname).replace(/\/+$/, "");
}

/**
 * The base URL (origin, plus the public URL's path prefix if any) to put before a server path
 * in a URL answered to `req`.
 *
 * @param req the request being answered
 * @param publicUrl the normalized configured public URL, if any
 */
export function publicBaseUrl(req: Request, publicUrl: string | undefined): string {
  if (publicUrl !== undefined) return publicUrl;
  const url = new URL(req.url);
  // A reverse proxy that rewrites Host names the client's host here (nginx:
  // `proxy_set_header X-Forwarded-Host $host:$server_port`). It only changes the URLs answered to
  // this same request's sender: signatures cover the path, not the origin.
  const host = firstValue(req.headers.get("x-forwarded-host"));
  if (!host || !/^[A-Za-z0-9.:\[\]-]+$/.test(host)) return url.origin;
  const proto = firstValue(req.headers.get("x-forwarded-proto"));
  const scheme = proto === "https" || proto === "http" ? proto : url.protocol.slice(0, -1);
  return `${scheme}://${host}`;
}

function firstValue(header: string | null): string | undefined {
  return header?.split(",")[0]?.trim() || undefined;
}
