/**
 * UTF-8-safe base64: `btoa`/`atob` take Latin-1 only and throw `InvalidCharacterError` on text
 * such as `图`, so text is encoded to UTF-8 bytes first. Used by page cursors (_paging.ts) and
 * opaque GraphQL ids (graphql/ids.ts).
 *
 * @example
 * ```ts
 * import { b64, unb64 } from "./_base64.ts";
 * console.assert(unb64(b64("media/图.png")) === "media/图.png");
 * ```
 * @module
 */

/**
 * Base64 of the UTF-8 bytes of `text`.
 *
 * @example
 * ```ts
 * import { b64 } from "./_base64.ts";
 * console.assert(b64("é") === "w6k=");
 * ```
 */
export function b64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/**
 * Decodes {@link b64}; `undefined` when `encoded` is not base64 of valid UTF-8.
 *
 * @example
 * ```ts
 * import { unb64 } from "./_base64.ts";
 * console.assert(unb64("w6k=") === "é" && unb64("!!") === undefined);
 * ```
 */
export function unb64(encoded: string): string | undefined {
  try {
    const bin = atob(encoded);
    return new TextDecoder("utf-8", { fatal: true }).decode(
      Uint8Array.from(bin, (c) => c.charCodeAt(0)),
    );
  } catch {
    return undefined;
  }
}
