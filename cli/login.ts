/**
 * `wandb-ts login [--host URL] [KEY]`: checks an API key against the server with the
 * viewer query and stores it in netrc (mode 0600) for that host; with `--host`, the server also
 * becomes the default `base_url` in the global settings file. The key comes from the argument,
 * else `WANDB_API_KEY`, else a prompt; it is never printed.
 *
 * @example
 * ```ts ignore
 * Deno.exit(await login(["--host", "http://127.0.0.1:8080", key]));
 * ```
 * @module
 */
import { parseArgs } from "node:util";
import { checkApiKeyShape, CommError, GraphQLClient, writeNetrcKey } from "../net/mod.ts";
import { globalSettingsPath, resolveSettings } from "../sdk/settings.ts";
import { cliCommand } from "./command.ts";

/** Usage text of `login`. */
export const LOGIN_USAGE = `Usage: ${cliCommand("login")} [--host URL] [KEY]

Verifies an API key with the server and saves it in ~/.netrc (or $NETRC) for that host.

Options:
  --host URL    the server (default: WANDB_BASE_URL, settings, https://api.wandb.ai); it also
                becomes base_url in the global settings file
  -h, --help    this help`;

/** The viewer query of W&B's login (server-api.md §4.1). */
export const VIEWER = `query Viewer { viewer { id entity username email flags } }`;

/**
 * Runs `login`.
 *
 * @returns 0 when the key works and was saved, 1 when it was refused, 2 for bad usage
 */
export async function login(
  args: string[],
  io: { out: (l: string) => void; err: (l: string) => void } = {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
  },
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { host: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (err) {
    io.err(`wandb: ${(err as Error).message}; see \`${cliCommand("login", "--help")}\``);
    return 2;
  }
  if (parsed.values.help) {
    io.out(LOGIN_USAGE);
    return 0;
  }
  const host = parsed.values.host?.replace(/\/+$/, "");
  const baseUrl = host ?? resolveSettings().settings.base_url;
  let key = parsed.positionals[0] ?? Deno.env.get("WANDB_API_KEY");
  if (!key && Deno.stdin.isTerminal()) {
    key = prompt(`wandb: paste an API key for ${baseUrl}:`)?.trim() ?? undefined;
  }
  if (!key) {
    io.err("wandb: ERROR no API key given: pass it as an argument or set WANDB_API_KEY");
    return 2;
  }
  const shape = checkApiKeyShape(key);
  if (shape) {
    io.err(`wandb: ERROR that is not an API key: ${shape}`);
    return 1;
  }
  const gql = new GraphQLClient({
    baseUrl,
    apiKey: key,
    retry: { maxRetries: 3, minDelayMs: 500, maxDelayMs: 2000 },
  });
  let viewer: { entity: string | null; username: string | null } | null;
  try {
    ({ viewer } = await gql.request<{ viewer: typeof viewer }>(VIEWER));
  } catch (err) {
    const e = err as CommError;
    if (e.code === "comm/unauthorized" || e.status === 401) {
      io.err(`wandb: ERROR ${baseUrl} refused this API key (401); check it and try again`);
    } else io.err(`wandb: ERROR could not check the key: ${e.message}`);
    return 1;
  }
  if (!viewer) {
    io.err(`wandb: ERROR ${baseUrl} does not know this API key; check it and try again`);
    return 1;
  }
  const path = writeNetrcKey(baseUrl, key, Deno.env.toObject());
  if (host) writeGlobalBaseUrl(host, Deno.env.toObject());
  io.out(
    `wandb: logged in to ${baseUrl} as ${
      viewer.username ?? viewer.entity
    }; the key is saved in ${path}`,
  );
  return 0;
}

/**
 * Sets `base_url` in the `[default]` section of the global settings file (the one
 * `resolveSettings` reads), leaving every other line and section as it was.
 *
 * @param url the server root
 * @param env where `WANDB_CONFIG_DIR` / `HOME` come from
 * @returns the file written, or undefined when there is no config dir (no HOME)
 * @example
 * ```ts ignore
 * writeGlobalBaseUrl("http://127.0.0.1:8080", Deno.env.toObject());
 * ```
 */
export function writeGlobalBaseUrl(
  url: string,
  env: Record<string, string | undefined>,
): string | undefined {
  const path = globalSettingsPath(env);
  if (!path) return undefined;
  let text = "";
  try {
    text = Deno.readTextFileSync(path);
  } catch {
    // a new file
  }
  const lines = text === "" ? [] : text.replace(/\n$/, "").split("\n");
  const section = (l: string) => /^\[(.+)\]$/.exec(l.trim())?.[1]?.trim();
  let start = lines.findIndex((l) => section(l) === "default");
  if (start < 0) {
    lines.unshift("[default]");
    start = 0;
  }
  let end = lines.findIndex((l, i) => i > start && section(l) !== undefined);
  if (end < 0) end = lines.length;
  const kept = lines.slice(start + 1, end).filter((l) => !/^\s*base_url\s*[=:]/.test(l));
  lines.splice(start + 1, end - start - 1, `base_url = ${url}`, ...kept);
  Deno.mkdirSync(path.slice(0, path.lastIndexOf("/")), { recursive: true });
  Deno.writeTextFileSync(path, lines.join("\n") + "\n");
  return path;
}
