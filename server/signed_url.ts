/**
 * Signed, expiring URLs for run-file uploads and downloads (server-api.md §1, §7): W&B clients
 * send no auth header on `PUT` uploads, so the URL itself authorises the request. A URL carries
 * `expires` (unix seconds) and `sig` = hex HMAC-SHA256 over `METHOD\npath\nexpires`.
 *
 * @example
 * ```ts
 * import { signPath, verifySignedUrl } from "./signed_url.ts";
 * const secret = new TextEncoder().encode("s");
 * const url = await signPath(secret, "PUT", "/storage/a/b/c/config.yaml", 1000, new Date(0));
 * console.assert(await verifySignedUrl(secret, "PUT", new URL(url, "http://x"), new Date(0)) === undefined);
 * ```
 * @module
 */

async function hmacHex(secret: Uint8Array, text: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    new Uint8Array(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const sig = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(text)));
  return Array.from(sig, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Returns `path?expires=…&sig=…` valid for `ttlSeconds` from `now`.
 *
 * @param path the URL path (already percent-encoded as it will be requested)
 */
export async function signPath(
  secret: Uint8Array,
  method: "GET" | "PUT",
  path: string,
  ttlSeconds: number,
  now: Date = new Date(),
): Promise<string> {
  const expires = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const sig = await hmacHex(secret, `${method}\n${path}\n${expires}`);
  return `${path}?expires=${expires}&sig=${sig}`;
}

/**
 * Checks a signed URL.
 *
 * @returns undefined when valid, else the reason ("missing signature", "expired", "bad signature")
 */
export async function verifySignedUrl(
  secret: Uint8Array,
  method: "GET" | "PUT",
  url: URL,
  now: Date = new Date(),
): Promise<string | undefined> {
  const expires = url.searchParams.get("expires");
  const sig = url.searchParams.get("sig");
  if (!expires || !sig) return "missing signature";
  if (!/^\d+$/.test(expires)) return "bad signature";
  if (Number(expires) < now.getTime() / 1000) return "expired";
  const want = await hmacHex(secret, `${method}\n${url.pathname}\n${expires}`);
  if (want.length !== sig.length) return "bad signature";
  let diff = 0;
  for (let i = 0; i < want.length; i++) diff |= want.charCodeAt(i) ^ sig.charCodeAt(i);
  return diff === 0 ? undefined : "bad signature";
}
