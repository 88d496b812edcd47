/**
 * The local server process: opens (or creates) a data directory holding the SQLite store, the
 * signing secret and uploaded files, makes the local user on first start, serves the route table
 * on a socket, and sweeps runs whose heartbeats stopped into `crashed`.
 *
 * @example
 * ```ts ignore
 * import { serve } from "./serve.ts";
 * const server = await serve({ port: 0, dataDir: "./wandb-server-data" });
 * console.log(server.url, server.localUser.apiKey ?? "(key printed on first start)");
 * await server.shutdown();
 * ```
 * @module
 */
import { join } from "node:path";
import { createHandler } from "./handler.ts";
import type { Route } from "./routes.ts";
import { normalizePublicUrl } from "./public_url.ts";
import { createStorageRoutes } from "./storage.ts";
import { createArtifactStorageRoutes } from "./artifact_storage.ts";
import { graphqlRoutes } from "./graphql/mod.ts";
import { uiRoutes } from "./ui/mod.ts";
import { Store } from "./store/mod.ts";
import { cliCommand } from "../cli/command.ts";

/** Why the server could not start. */
export type ServeErrorCode = "serve/data-dir" | "serve/secret" | "serve/listen" | "serve/anonymous";

/** A failed start; the message is one line naming the path or address and the fix. */
export class ServeError extends Error {
  /** Always `"ServeError"`. */
  override name = "ServeError";
  /**
   * Makes the error.
   *
   * @param code stable error code
   * @param message one line: what, where, and the fix
   * @example
   * ```ts
   * import { ServeError } from "./serve.ts";
   * console.assert(new ServeError("serve/listen", "port busy").code === "serve/listen");
   * ```
   */
  constructor(readonly code: ServeErrorCode, message: string) {
    super(message);
  }
}

/** Name of the user (and entity) made on first start. */
export const LOCAL_USER = "local";
/** File in the data directory holding the URL-signing secret (hex, mode 0600). */
export const SECRET_FILE = "secret";
/** Folder in the data directory holding uploaded files. */
export const FILES_DIR = "files";

/** Options of {@link serve}. */
export interface ServeOptions {
  /** Interface to listen on. @default "127.0.0.1" */
  host?: string;
  /** Port; 0 picks a free one. @default 8080 */
  port?: number;
  /** Data directory (created if missing). */
  dataDir: string;
  /** Aborting it shuts the server down. */
  signal?: AbortSignal;
  /** Called once the socket listens. */
  onListen?: (info: ServerInfo) => void;
  /** A `running` run with no heartbeat for this long is marked crashed. @default 300 */
  crashAfterSeconds?: number;
  /** How often the crash sweep runs. @default min(30, crashAfterSeconds / 2) */
  crashSweepSeconds?: number;
  /** Routes besides the server's own (storage, GraphQL, the web UI), tried before the UI's. */
  extraRoutes?: Route[];
  /** Largest accepted request body (JSON, file_stream). @default 16 MiB */
  maxBodyBytes?: number;
  /** Largest accepted file upload. @default 2 GiB */
  maxFileBytes?: number;
  /** Lifetime of signed file URLs. @default 3600 */
  urlTtlSeconds?: number;
  /**
   * The URL clients reach the server at, when it differs from where it listens (a proxy): the
   * base of the absolute file URLs it hands out, and the URL its banner shows.
   * @default the origin of each request
   */
  publicUrl?: string;
  /**
   * Requests without an API key act as the local user (the board: pages, GraphQL and files open
   * to whoever can reach the socket). Only on a loopback host; refused elsewhere.
   * @default false
   */
  anonymous?: boolean;
  /** A sweep agent silent for this long loses its runs to other agents. @default 60 */
  agentTimeoutSeconds?: number;
  /** Where internal errors go. @default console.error */
  log?: (message: string) => void;
  /** Clock (tests). @default () => new Date() */
  now?: () => Date;
}

/** The local user: the API key is only known on the start that created it. */
export interface LocalUser {
  /** User (and entity) name. */
  username: string;
  /** Set only when this start created the user (keys are stored hashed). */
  apiKey?: string;
  /** True when this start created the user. */
  created: boolean;
}

/** What a started server tells its caller. */
export interface ServerInfo {
  /** Base URL clients use as `WANDB_BASE_URL`. */
  url: string;
  /** Address the socket is bound to. */
  hostname: string;
  /** Port the socket is bound to (the real one when 0 was asked for). */
  port: number;
  /** The data directory in use. */
  dataDir: string;
  /** The local user made on first start. */
  localUser: LocalUser;
}

/** A running server. */
export interface ServerHandle extends ServerInfo {
  /** The bound socket address. */
  addr: Deno.NetAddr;
  /** The open store (closed once the server has finished). */
  store: Store;
  /** Resolves when the server has stopped and the store is closed. */
  finished: Promise<void>;
  /** Stops accepting, lets requests in flight end, closes the store. */
  shutdown(): Promise<void>;
}

/**
 * Creates the data directory if missing and checks it can be written.
 *
 * @throws {ServeError} `serve/data-dir`, one line naming the directory
 * @example
 * ```ts ignore
 * prepareDataDir("./wandb-server-data");
 * ```
 */
export function prepareDataDir(dir: string): void {
  try {
    Deno.mkdirSync(dir, { recursive: true });
    const probe = join(dir, `.write-test-${crypto.randomUUID()}`);
    Deno.writeFileSync(probe, new Uint8Array(0));
    Deno.removeSync(probe);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ServeError(
      "serve/data-dir",
      `Data directory ${dir} cannot be written (${why}); pass a writable --data DIR`,
    );
  }
}

/**
 * Reads the URL-signing secret from `<dataDir>/secret`, creating it (32 random bytes as hex, mode
 * 0600) when missing.
 *
 * @throws {ServeError} `serve/secret` when the file exists but is not 64 hex characters
 * @example
 * ```ts ignore
 * const secret = loadOrCreateSecret("./wandb-server-data");
 * ```
 */
export function loadOrCreateSecret(dataDir: string): Uint8Array {
  const file = join(dataDir, SECRET_FILE);
  let text: string;
  try {
    text = Deno.readTextFileSync(file).trim();
  } catch (err) {
    if (!(err instanceof Deno.errors.NotFound)) throw err;
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    try {
      Deno.writeTextFileSync(file, hex + "\n", { mode: 0o600, createNew: true });
      Deno.chmodSync(file, 0o600);
      return bytes;
    } catch (e) {
      if (!(e instanceof Deno.errors.AlreadyExists)) throw e;
      text = Deno.readTextFileSync(file).trim(); // another process made it first
    }
  }
  if (!/^[0-9a-f]{64}$/.test(text)) {
    throw new ServeError(
      "serve/secret",
      `Secret file ${file} is not 64 hex characters; delete it to make a new one (signed URLs handed out before stop working)`,
    );
  }
  return Uint8Array.from(text.match(/../g)!, (h) => parseInt(h, 16));
}

/**
 * Returns the local user, creating it (with a fresh API key) when the store has none.
 *
 * @example
 * ```ts
 * import { Store } from "./store/mod.ts";
 * import { ensureLocalUser } from "./serve.ts";
 * const store = Store.open(":memory:");
 * console.assert(ensureLocalUser(store).created && !ensureLocalUser(store).created);
 * store.close();
 * ```
 */
export function ensureLocalUser(store: Store, username: string = LOCAL_USER): LocalUser {
  if (store.userByName(username)) return { username, created: false };
  const { apiKey } = store.createUser(username);
  return { username, apiKey, created: true };
}

/** Whether `host` names this machine's loopback interface only. */
function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" ||
    /^127\.\d+\.\d+\.\d+$/.test(host);
}

function displayUrl(hostname: string, port: number): string {
  const h = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  return `http://${h.includes(":") ? `[${h}]` : h}:${port}`;
}

/**
 * The lines a server prints on start: where it listens, and the key and login commands on first
 * start (or how to get a key on later starts).
 *
 * @example
 * ```ts
 * import { startBanner } from "./serve.ts";
 * const lines = startBanner({
 *   url: "http://127.0.0.1:8080", hostname: "127.0.0.1", port: 8080, dataDir: "d",
 *   localUser: { username: "local", created: false },
 * });
 * console.assert(lines[0]!.includes("http://127.0.0.1:8080"));
 * ```
 */
export function startBanner(info: ServerInfo): string[] {
  const listen = displayUrl(info.hostname, info.port);
  const lines = [
    listen === info.url
      ? `wandb server listening on ${info.url} (data: ${info.dataDir})`
      : `wandb server listening on ${listen}, public URL ${info.url} (data: ${info.dataDir})`,
  ];
  const u = info.localUser;
  if (u.created && u.apiKey) {
    lines.push(
      `Created user "${u.username}" (entity "${u.username}"). Its API key, shown only this once (the server stores it hashed):`,
      `  ${u.apiKey}`,
      "Log in with:",
      `  export WANDB_BASE_URL=${info.url} WANDB_API_KEY=${u.apiKey}`,
      `  or: ${cliCommand("login", "--host", info.url, u.apiKey)}`,
      `  or, official client: wandb login --host ${info.url} ${u.apiKey}`,
    );
  } else {
    lines.push(
      `User "${u.username}" exists; its key was printed on the first start. ` +
        `New user and key: ${
          cliCommand("server", "user", "create", "NAME", "--data", info.dataDir)
        }`,
    );
  }
  return lines;
}

/**
 * Starts the server. Resolves once it listens.
 *
 * @throws {ServeError} when the data directory cannot be written, the secret is unreadable, or
 *   the address cannot be bound
 * @example
 * ```ts ignore
 * const ac = new AbortController();
 * const server = await serve({ port: 0, dataDir: await Deno.makeTempDir(), signal: ac.signal });
 * await fetch(`${server.url}/healthz`);
 * ac.abort();
 * await server.finished;
 * ```
 */
export async function serve(options: ServeOptions): Promise<ServerHandle> {
  const hostname = options.host ?? "127.0.0.1";
  const dataDir = options.dataDir;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((m: string) => console.error(m));
  if (options.anonymous && !isLoopback(hostname)) {
    throw new ServeError(
      "serve/anonymous",
      `Access without an API key is only allowed on a loopback host, not ${hostname}; listen on 127.0.0.1 (or drop anonymous access)`,
    );
  }
  prepareDataDir(dataDir);
  const secret = loadOrCreateSecret(dataDir);
  const filesDir = join(dataDir, FILES_DIR);
  await Deno.mkdir(filesDir, { recursive: true });
  const store = Store.open(dataDir, { now });
  let timer: ReturnType<typeof setInterval> | undefined;
  try {
    const localUser = ensureLocalUser(store);
    const handler = createHandler({
      store,
      secret,
      filesDir,
      log,
      now,
      maxBodyBytes: options.maxBodyBytes,
      urlTtlSeconds: options.urlTtlSeconds,
      anonymousUser: options.anonymous ? localUser.username : undefined,
      agentTimeoutSeconds: options.agentTimeoutSeconds,
      publicUrl: options.publicUrl === undefined
        ? undefined
        : normalizePublicUrl(options.publicUrl),
      routes: [
        ...createStorageRoutes({ maxFileBytes: options.maxFileBytes ?? 2 * 1024 ** 3 }),
        ...createArtifactStorageRoutes({ maxFileBytes: options.maxFileBytes ?? 2 * 1024 ** 3 }),
        ...graphqlRoutes,
        ...(options.extraRoutes ?? []),
        ...uiRoutes, // last: its pages answer paths the others do not
      ],
    });

    const crashAfter = options.crashAfterSeconds ?? 300;
    const sweepEvery = options.crashSweepSeconds ?? Math.min(30, crashAfter / 2);
    const sweep = () => {
      try {
        const n = store.markCrashed(new Date(now().getTime() - crashAfter * 1000));
        if (n > 0) log(`marked ${n} run(s) crashed (no heartbeat for ${crashAfter} s)`);
      } catch (err) {
        log(`crash sweep failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    };
    sweep();
    timer = setInterval(sweep, Math.max(10, sweepEvery * 1000));

    let server: Deno.HttpServer<Deno.NetAddr>;
    try {
      server = Deno.serve({
        hostname,
        port: options.port ?? 8080,
        signal: options.signal,
        onListen: () => {}, // the banner is the caller's (onListen below)
      }, handler);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new ServeError(
        "serve/listen",
        `Cannot listen on ${hostname}:${
          options.port ?? 8080
        } (${why}); pick another --host or --port`,
      );
    }
    const t = timer;
    const finished = server.finished.finally(() => {
      clearInterval(t);
      store.close();
    });
    const addr = server.addr;
    const info: ServerInfo = {
      url: options.publicUrl === undefined
        ? displayUrl(addr.hostname, addr.port)
        : normalizePublicUrl(options.publicUrl),
      hostname: addr.hostname,
      port: addr.port,
      dataDir,
      localUser,
    };
    options.onListen?.(info);
    return {
      ...info,
      addr,
      store,
      finished,
      shutdown: async () => {
        await server.shutdown();
        await finished;
      },
    };
  } catch (err) {
    clearInterval(timer);
    store.close();
    throw err;
  }
}
