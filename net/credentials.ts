/**
 * Where the API key comes from, in W&B's order (protocol README §2.3): `WANDB_API_KEY`, then the
 * netrc entry for the base URL's host, then the `api_key` setting. The base URL: an explicit one,
 * else `WANDB_BASE_URL`, else `https://api.wandb.ai`.
 *
 * @example
 * ```ts
 * import { resolveCredentials } from "./credentials.ts";
 * const c = resolveCredentials({ env: { WANDB_API_KEY: "k".repeat(40) } });
 * console.assert(c.baseUrl === "https://api.wandb.ai" && c.source === "WANDB_API_KEY");
 * ```
 * @module
 */
import { readNetrcKey } from "./netrc.ts";

/** The default W&B server. */
export const DEFAULT_BASE_URL = "https://api.wandb.ai";

/** Resolved server and key. */
export interface Credentials {
  /** Server root, without a trailing slash. */
  baseUrl: string;
  /** The key, when one was found. */
  apiKey?: string;
  /** Where the key came from: `WANDB_API_KEY`, `netrc`, `api_key setting`, or undefined. */
  source?: string;
}

/** Inputs of {@linkcode resolveCredentials}. */
export interface CredentialsOptions {
  /** Server root; else `WANDB_BASE_URL`, else the default. */
  baseUrl?: string;
  /** An explicit key (settings/arguments) — used when neither env nor netrc has one. */
  apiKey?: string;
  /** Environment to read (defaults to the process environment). */
  env?: Record<string, string | undefined>;
}

/**
 * Resolves the base URL and the key.
 *
 * @example
 * ```ts
 * import { resolveCredentials } from "./credentials.ts";
 * const c = resolveCredentials({ baseUrl: "http://h:1/", apiKey: "x", env: {} });
 * console.assert(c.baseUrl === "http://h:1" && c.apiKey === "x");
 * ```
 */
export function resolveCredentials(options: CredentialsOptions = {}): Credentials {
  const env = options.env ?? readEnv();
  const baseUrl = (options.baseUrl ?? env.WANDB_BASE_URL ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  if (env.WANDB_API_KEY) return { baseUrl, apiKey: env.WANDB_API_KEY, source: "WANDB_API_KEY" };
  const fromNetrc = readNetrcKey(baseUrl, env);
  if (fromNetrc) return { baseUrl, apiKey: fromNetrc, source: "netrc" };
  if (options.apiKey) return { baseUrl, apiKey: options.apiKey, source: "api_key setting" };
  return { baseUrl };
}

/**
 * Checks a key's shape (README §2.5): 40 characters, or `<prefix>-<40 characters>`.
 *
 * @returns a problem description, or undefined when the key looks right (never echoes the key)
 * @example
 * ```ts
 * import { checkApiKeyShape } from "./credentials.ts";
 * console.assert(checkApiKeyShape("a".repeat(40)) === undefined);
 * console.assert(checkApiKeyShape("short") !== undefined);
 * ```
 */
export function checkApiKeyShape(key: string): string | undefined {
  const tail = key.includes("-") ? key.slice(key.indexOf("-") + 1) : key;
  if (tail.length !== 40) {
    return `an API key has 40 characters (or <prefix>-<40 characters>); this one has ${tail.length}`;
  }
  if (/\s/.test(key)) return "an API key has no spaces";
  return undefined;
}

function readEnv(): Record<string, string> {
  try {
    return Deno.env.toObject();
  } catch {
    return {};
  }
}
