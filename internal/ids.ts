/**
 * Random ids as W&B makes them (`generate_id`): cryptographically random characters from
 * `a-z0-9`, each equally likely. Run ids are 8 long, sweep ids 8, artifact client ids 128.
 *
 * @example
 * ```ts
 * import { randomId } from "./ids.ts";
 * console.assert(/^[a-z0-9]{8}$/.test(randomId(8)));
 * ```
 * @module
 */

const ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

/** `length` random characters of `[a-z0-9]`, uniformly distributed. */
export function randomId(length = 8): string {
  let out = "";
  while (out.length < length) {
    // getRandomValues gives at most 65,536 bytes per call.
    const bytes = crypto.getRandomValues(
      new Uint8Array(Math.min((length - out.length) * 2, 65_536)),
    );
    for (const b of bytes) {
      if (b >= 252) continue; // 252 = 7 * 36: reject to keep the distribution uniform
      out += ID_CHARS[b % 36];
      if (out.length === length) break;
    }
  }
  return out;
}
