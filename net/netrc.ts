/**
 * The netrc file where W&B keeps API keys (protocol README §2.5): `$NETRC`, else `~/.netrc`;
 * one entry per host (the base URL's hostname without port), login `user`, password = the key,
 * file mode 0600.
 *
 * Permissions: `--allow-read`/`--allow-write` of the netrc file, `--allow-env` (NETRC, HOME).
 *
 * @example
 * ```ts
 * import { netrcPassword, netrcWithEntry } from "./netrc.ts";
 * const text = netrcWithEntry("", "localhost", "k".repeat(40));
 * console.assert(netrcPassword(text, "localhost") === "k".repeat(40));
 * ```
 * @module
 */

/**
 * The netrc path: `env.NETRC`, else `$HOME/.netrc`.
 *
 * @example
 * ```ts
 * import { netrcPath } from "./netrc.ts";
 * console.assert(netrcPath({ HOME: "/h" }) === "/h/.netrc");
 * ```
 */
export function netrcPath(env: Record<string, string | undefined>): string | undefined {
  if (env.NETRC) return env.NETRC;
  return env.HOME ? `${env.HOME}/.netrc` : undefined;
}

/**
 * The host a base URL's key is stored under: its hostname, without port.
 *
 * @example
 * ```ts
 * import { netrcHost } from "./netrc.ts";
 * console.assert(netrcHost("http://127.0.0.1:8080/") === "127.0.0.1");
 * ```
 */
export function netrcHost(baseUrl: string): string {
  try {
    return new URL(baseUrl).hostname;
  } catch {
    return baseUrl;
  }
}

/** Tokens of a netrc text (whitespace separated; `#` comments to end of line). */
function tokens(text: string): string[] {
  return text.replace(/#[^\n]*/g, "").split(/\s+/).filter(Boolean);
}

/**
 * The password of `host` in a netrc text (`default` entries apply to any host), or undefined.
 *
 * @example
 * ```ts
 * import { netrcPassword } from "./netrc.ts";
 * console.assert(netrcPassword("machine a login u password p", "a") === "p");
 * ```
 */
export function netrcPassword(text: string, host: string): string | undefined {
  const t = tokens(text);
  let fallback: string | undefined;
  for (let i = 0; i < t.length; i++) {
    const isMachine = t[i] === "machine" && t[i + 1] === host;
    const isDefault = t[i] === "default";
    if (!isMachine && !isDefault) continue;
    for (let j = i + (isMachine ? 2 : 1); j < t.length; j++) {
      if (t[j] === "machine" || t[j] === "default") break;
      if (t[j] === "password" && t[j + 1] !== undefined) {
        if (isMachine) return t[j + 1];
        fallback ??= t[j + 1];
        break;
      }
    }
  }
  return fallback;
}

/**
 * The netrc text with `host`'s entry replaced by W&B's three-line entry (others kept as is).
 *
 * @example
 * ```ts
 * import { netrcWithEntry } from "./netrc.ts";
 * const out = netrcWithEntry("machine x\n  login user\n  password old\n", "x", "new");
 * console.assert(out === "machine x\n  login user\n  password new\n");
 * ```
 */
export function netrcWithEntry(text: string, host: string, key: string): string {
  const lines = text.split("\n");
  const kept: string[] = [];
  let skipping = false;
  for (const line of lines) {
    const t = line.trim().split(/\s+/);
    if (t[0] === "machine" || t[0] === "default") skipping = t[0] === "machine" && t[1] === host;
    if (!skipping) kept.push(line);
  }
  let head = kept.join("\n").replace(/\n+$/, "");
  if (head) head += "\n";
  return `${head}machine ${host}\n  login user\n  password ${key}\n`;
}

/**
 * Reads the key for `baseUrl` from the netrc file, or undefined (missing file or entry).
 *
 * @example
 * ```ts ignore
 * const key = readNetrcKey("https://api.wandb.ai", Deno.env.toObject());
 * ```
 */
export function readNetrcKey(
  baseUrl: string,
  env: Record<string, string | undefined>,
): string | undefined {
  const path = netrcPath(env);
  if (!path) return undefined;
  try {
    return netrcPassword(Deno.readTextFileSync(path), netrcHost(baseUrl));
  } catch {
    return undefined;
  }
}

/**
 * Stores the key for `baseUrl` in the netrc file (mode 0600), replacing that host's entry.
 *
 * @returns the path written
 * @example
 * ```ts ignore
 * writeNetrcKey("http://127.0.0.1:8080", key, Deno.env.toObject());
 * ```
 */
export function writeNetrcKey(
  baseUrl: string,
  key: string,
  env: Record<string, string | undefined>,
): string {
  const path = netrcPath(env);
  if (!path) throw new Error("Cannot find the netrc file: set HOME or NETRC");
  let text = "";
  try {
    text = Deno.readTextFileSync(path);
  } catch {
    // a new file
  }
  const tmp = `${path}.tmp-${Deno.pid}`;
  Deno.writeTextFileSync(tmp, netrcWithEntry(text, netrcHost(baseUrl), key), { mode: 0o600 });
  Deno.chmodSync(tmp, 0o600);
  Deno.renameSync(tmp, path);
  return path;
}
