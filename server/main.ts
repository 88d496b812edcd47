/**
 * `deno task server`: runs the local W&B-compatible server, or manages its users.
 *
 * ```sh
 * deno task server --port 8080 --data ./wandb-server-data
 * deno task server user create alice
 * ```
 *
 * @example
 * ```ts ignore
 * import { serverMain } from "./main.ts";
 * Deno.exit(await serverMain(["--help"]));
 * ```
 * @module
 */
import { parseArgs } from "node:util";
import { normalizePublicUrl } from "./public_url.ts";
import { prepareDataDir, serve, ServeError, startBanner } from "./serve.ts";
import { Store, StoreError } from "./store/mod.ts";
import { cliCommand } from "../cli/command.ts";

/** Default data directory when neither `--data` nor `WANDB_SERVER_DATA` is given. */
export const DEFAULT_DATA_DIR = "./wandb-server-data";

/** The `--help` text. */
export const SERVER_USAGE = `Usage: ${cliCommand("server")} [options]
       ${cliCommand("server", "user", "create", "NAME")} [--data DIR]

Runs the local W&B-compatible server (GraphQL, file_stream, file storage, web UI) in one process.
Data (SQLite store, signing secret, uploaded files) lives in the data directory. The first start
creates the user "local" and prints its API key once; later starts reuse it.

Options:
  --host HOST          interface to listen on (env WANDB_SERVER_HOST; default 127.0.0.1)
  --port PORT          port, 0 for any free one (env WANDB_SERVER_PORT; default 8080)
  --data DIR           data directory, created if missing
                       (env WANDB_SERVER_DATA; default ${DEFAULT_DATA_DIR})
  --public-url URL     origin clients reach this server at, used in the absolute file URLs it
                       hands out (behind a proxy; env WANDB_SERVER_PUBLIC_URL; default the
                       origin of each request)
  --crash-after SECS   mark a running run crashed after SECS without a heartbeat
                       (env WANDB_SERVER_CRASH_AFTER; default 300)
  -h, --help           show this help

Commands:
  user create NAME     create a user (and its entity) and print its new API key`;

/** Where {@link serverMain} reads its environment and writes its output. */
export interface ServerMainIo {
  /** Environment lookup. @default Deno.env.get */
  env?: (name: string) => string | undefined;
  /** One line of normal output. @default console.log */
  out?: (line: string) => void;
  /** One line of error output. @default console.error */
  err?: (line: string) => void;
  /** Stops a serving process (besides SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

/** A bad command line (exit code 2, with the usage). */
class UsageError extends Error {
  readonly code = "server/usage";
}

function parsePort(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) {
    throw new UsageError(`--port must be an integer from 0 to 65535, got "${text}"`);
  }
  return n;
}

function parseSeconds(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) {
    throw new UsageError(`--crash-after must be a positive number of seconds, got "${text}"`);
  }
  return n;
}

/**
 * Runs the server command line; resolves with the exit code (0 ok, 1 failed, 2 usage).
 *
 * @example
 * ```ts ignore
 * const code = await serverMain(["user", "create", "alice", "--data", "/tmp/d"]);
 * ```
 */
export async function serverMain(args: string[], io: ServerMainIo = {}): Promise<number> {
  const env = io.env ?? ((n: string) => Deno.env.get(n));
  const out = io.out ?? ((l: string) => console.log(l));
  const err = io.err ?? ((l: string) => console.error(l));
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        host: { type: "string" },
        port: { type: "string" },
        data: { type: "string" },
        "crash-after": { type: "string" },
        "public-url": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      out(SERVER_USAGE);
      return 0;
    }
    const dataDir = values.data ?? env("WANDB_SERVER_DATA") ?? DEFAULT_DATA_DIR;
    if (positionals.length > 0) {
      const [verb, sub, name, ...extra] = positionals;
      if (verb !== "user" || sub !== "create" || !name || extra.length > 0) {
        throw new UsageError(
          `unknown command "${positionals.join(" ")}"; the only command is \`user create NAME\``,
        );
      }
      return createUser(dataDir, name, out);
    }
    const host = values.host ?? env("WANDB_SERVER_HOST") ?? "127.0.0.1";
    const port = parsePort(values.port ?? env("WANDB_SERVER_PORT") ?? "8080");
    const crashAfter = parseSeconds(
      values["crash-after"] ?? env("WANDB_SERVER_CRASH_AFTER") ?? "300",
    );
    const publicText = values["public-url"] ?? env("WANDB_SERVER_PUBLIC_URL");
    let publicUrl: string | undefined;
    try {
      publicUrl = publicText ? normalizePublicUrl(publicText) : undefined;
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    return await runServer({ host, port, dataDir, crashAfter, publicUrl }, io.signal, out);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      err(`wandb server: ${(e as Error).message}; run \`${cliCommand("server", "--help")}\``);
      return 2;
    }
    if (e instanceof ServeError || e instanceof StoreError) {
      err(`wandb server: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

function createUser(
  dataDir: string,
  name: string,
  out: (l: string) => void,
): number {
  prepareDataDir(dataDir);
  const store = Store.open(dataDir);
  try {
    const { apiKey } = store.createUser(name);
    out(`Created user "${name}" (entity "${name}"). Its API key, shown only this once:`);
    out(`  ${apiKey}`);
    out(`Log in with: WANDB_API_KEY=${apiKey} and WANDB_BASE_URL set to this server's URL`);
    return 0;
  } finally {
    store.close();
  }
}

async function runServer(
  o: { host: string; port: number; dataDir: string; crashAfter: number; publicUrl?: string },
  external: AbortSignal | undefined,
  out: (l: string) => void,
): Promise<number> {
  const ac = new AbortController();
  const stop = () => ac.abort();
  external?.addEventListener("abort", stop, { once: true });
  const signals: Deno.Signal[] = Deno.build.os === "windows" ? ["SIGINT"] : ["SIGINT", "SIGTERM"];
  for (const s of signals) Deno.addSignalListener(s, stop);
  try {
    const server = await serve({
      host: o.host,
      port: o.port,
      dataDir: o.dataDir,
      crashAfterSeconds: o.crashAfter,
      publicUrl: o.publicUrl,
      signal: ac.signal,
      // The UI's /:entity/:project patterns are catch-alls: they go last.
    });
    for (const line of startBanner(server)) out(line);
    await server.finished;
    return 0;
  } finally {
    for (const s of signals) Deno.removeSignalListener(s, stop);
    external?.removeEventListener("abort", stop);
  }
}

if (import.meta.main) {
  Deno.exit(await serverMain(Deno.args));
}
