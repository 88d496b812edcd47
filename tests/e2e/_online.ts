/**
 * Helpers for online end-to-end tests: the real local server as a child process (so a test can
 * kill and restart it), a fault-injecting HTTP proxy between the SDK and the server, a fixture
 * that owns both plus their temporary directory ({@link onlineEnv}), and GraphQL reads of what
 * the server stored.
 */
import { Store } from "../../server/store/mod.ts";
import { type ChildResult, runDeno } from "./_helpers.ts";

const root = new URL("../../", import.meta.url).pathname;

/** A server child process. */
export interface ServerProcess {
  url: string;
  port: number;
  /** Printed on the first start of a data directory only. */
  apiKey?: string;
  kill(signal?: Deno.Signal): Promise<void>;
}

/** Starts `server/main.ts` on 127.0.0.1 (port 0 = any free port) and waits until it listens. */
export async function startServer(dataDir: string, port = 0): Promise<ServerProcess> {
  let fresh = true;
  try {
    Deno.statSync(dataDir);
    fresh = false;
  } catch {
    // a new data directory: the server prints the new user's key
  }
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      `${root}server/main.ts`,
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      "--data",
      dataDir,
    ],
    stdout: "piped",
    stderr: "inherit",
    env: { NO_COLOR: "1" },
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  const deadline = Date.now() + 30_000;
  while (
    !/listening on (\S+)/.test(text) ||
    (fresh && !/\n\s+[0-9a-f]{40}\n/.test(text))
  ) {
    if (Date.now() > deadline) throw new Error(`server did not start: ${text}`);
    const { value, done } = await reader.read();
    if (done) throw new Error(`server exited: ${text}`);
    text += value;
  }
  // Keep draining stdout so the child never blocks on a full pipe.
  (async () => {
    try {
      while (!(await reader.read()).done) { /* drain */ }
    } catch { /* closed */ }
  })();
  const url = /listening on (\S+)/.exec(text)![1]!;
  let exited = false;
  const status = child.status.then(() => {
    exited = true;
  });
  return {
    url,
    port: Number(new URL(url).port),
    apiKey: /\n\s+([0-9a-f]{40})\n/.exec(text)?.[1],
    async kill(signal: Deno.Signal = "SIGKILL") {
      if (!exited) child.kill(signal);
      await status;
    },
  };
}

/** A temporary directory with a server on its `server/` data directory; see {@link onlineEnv}. */
export interface OnlineEnv extends AsyncDisposable {
  /** The temporary directory (the server's data is in `${dir}/server`). */
  readonly dir: string;
  /** The current server process (a new one after {@link OnlineEnv.restart}). */
  readonly server: ServerProcess;
  /** The API key printed on the first start. */
  readonly key: string;
  /** The current server's URL (the same across restarts: the port is kept). */
  readonly url: string;
  /** `WANDB_BASE_URL` and `WANDB_API_KEY` for the current server. */
  readonly clientEnv: { WANDB_BASE_URL: string; WANDB_API_KEY: string };
  /** Kills the current server (SIGKILL unless told) and waits for it to exit. */
  kill(signal?: Deno.Signal): Promise<void>;
  /** Kills the current server if it still runs, then starts a new one on the same dir and port. */
  restart(): Promise<ServerProcess>;
  /** Starts a {@link startProxy} to the current server, closed on dispose. */
  proxy(plan: Parameters<typeof startProxy>[1]): FaultProxy;
}

/**
 * Makes a temporary directory and starts a server on `${dir}/server`. Disposing it closes its
 * proxies, stops the current server and removes the directory.
 *
 * @example
 * ```ts ignore
 * await using online = await onlineEnv();
 * const proxy = online.proxy((kind) => kind === "upload" ? { status: 503 } : "pass");
 * // … run a client with { ...online.clientEnv, WANDB_BASE_URL: proxy.url } …
 * await online.kill("SIGKILL");
 * await online.restart(); // same data directory, port and key
 * await storedRun(online.url, online.key, "project", "run-id");
 * ```
 */
export async function onlineEnv(): Promise<OnlineEnv> {
  const dir = await Deno.makeTempDir({ prefix: "wandb-online-" });
  const data = `${dir}/server`;
  let server: ServerProcess;
  try {
    server = await startServer(data);
    if (!server.apiKey) throw new Error(`the server on ${data} printed no API key`);
  } catch (e) {
    await Deno.remove(dir, { recursive: true });
    throw e;
  }
  const key = server.apiKey;
  const proxies: FaultProxy[] = [];
  return {
    dir,
    key,
    get server() {
      return server;
    },
    get url() {
      return server.url;
    },
    get clientEnv() {
      return { WANDB_BASE_URL: server.url, WANDB_API_KEY: key };
    },
    kill: (signal) => server.kill(signal),
    async restart() {
      await server.kill();
      server = await startServer(data, server.port);
      return server;
    },
    proxy(plan) {
      const proxy = startProxy(server.url, plan);
      proxies.push(proxy);
      return proxy;
    },
    async [Symbol.asyncDispose]() {
      try {
        for (const proxy of proxies) await proxy.close();
      } finally {
        try {
          await server.kill();
        } finally {
          await Deno.remove(dir, { recursive: true });
        }
      }
    },
  };
}

/** What the proxy does with one request. */
export type Fault =
  | "pass"
  | { status: number; headers?: Record<string, string>; body?: string }
  /** Answer 200 with a body that breaks off, without forwarding (a dropped connection). */
  | "drop"
  /** Forward, let the server store it, then break the answer off. */
  | "drop-after"
  /** Wait this long, then forward (the client times out first). */
  | { stallMs: number };

/** A fault-injecting HTTP proxy. */
export interface FaultProxy {
  url: string;
  /** Requests seen, by path kind. */
  seen: { graphql: number; fileStream: number; upload: number };
  /** Faults applied. */
  applied: string[];
  close(): Promise<void>;
}

/**
 * Starts a proxy to `target` that asks `plan(kind, n)` what to do with the n-th request (0-based)
 * of each kind (`graphql`, `fileStream`, `upload`).
 */
export function startProxy(
  target: string,
  plan: (kind: "graphql" | "fileStream" | "upload", n: number, body: string) => Fault,
): FaultProxy {
  const seen = { graphql: 0, fileStream: 0, upload: 0 };
  const applied: string[] = [];
  const ac = new AbortController();
  const server = Deno.serve(
    {
      hostname: "127.0.0.1",
      port: 0,
      signal: ac.signal,
      onListen() {},
      onError: () => new Response("proxy: upstream gone", { status: 502 }),
    },
    async (req) => {
      const u = new URL(req.url);
      const kind = u.pathname === "/graphql"
        ? "graphql"
        : u.pathname.endsWith("/file_stream")
        ? "fileStream"
        : "upload";
      const body = req.body ? new Uint8Array(await req.arrayBuffer()) : undefined;
      const text = kind === "graphql" && body ? new TextDecoder().decode(body) : "";
      const fault = plan(kind, seen[kind]++, text);
      if (fault !== "pass") applied.push(`${kind}:${JSON.stringify(fault)}`);
      // Like a reverse proxy that rewrites Host: the server builds file URLs on this proxy.
      const headers = new Headers(req.headers);
      headers.set("x-forwarded-host", u.host);
      const forward = () =>
        fetch(target + u.pathname + u.search, { method: req.method, headers, body });
      const broken = () =>
        new Response(
          new ReadableStream({
            start(c) {
              c.enqueue(new TextEncoder().encode('{"partial'));
              c.error(new Error("connection dropped"));
            },
          }),
          { status: 200, headers: { "content-type": "application/json" } },
        );
      if (fault === "pass") return await forward();
      if (fault === "drop") return broken();
      if (fault === "drop-after") {
        await (await forward()).arrayBuffer();
        return broken();
      }
      if ("stallMs" in fault) {
        await new Promise((r) => setTimeout(r, fault.stallMs));
        return await forward();
      }
      return new Response(
        fault.body ?? JSON.stringify({ errors: [{ message: "injected fault" }] }),
        {
          status: fault.status,
          headers: { "content-type": "application/json", ...fault.headers },
        },
      );
    },
  );
  return {
    url: `http://127.0.0.1:${server.addr.port}`,
    seen,
    applied,
    async close() {
      ac.abort();
      await server.finished;
    },
  };
}

/** One GraphQL request to the server. */
export async function gql<T>(url: string, key: string, query: string, variables = {}): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Basic ${btoa(`api:${key}`)}` },
    body: JSON.stringify({ query, variables }),
  });
  const j = await res.json();
  if (j.errors) throw new Error(JSON.stringify(j.errors));
  return j.data as T;
}

/** What the server stored of one run. */
export interface StoredRun {
  name: string;
  displayName: string;
  state: string;
  config: Record<string, { value: unknown }>;
  summary: Record<string, unknown>;
  historyLineCount: number;
  history: Record<string, unknown>[];
  files: string[];
  logLines: string[];
  /** System-metric rows (wandb-events.jsonl). */
  events: Record<string, unknown>[];
}

/** Reads a run back through GraphQL (history rows in full). */
export async function storedRun(
  url: string,
  key: string,
  project: string,
  run: string,
): Promise<StoredRun> {
  const d = await gql<{
    project: {
      run: {
        name: string;
        displayName: string;
        state: string;
        config: string;
        summaryMetrics: string;
        historyLineCount: number;
        history: string[];
        events: string[];
        files: { edges: { node: { name: string; url: string } }[] };
      } | null;
    } | null;
  }>(
    url,
    key,
    `query Run($project: String!, $name: String!) { project(name: $project, entityName: "local") { run(name: $name) { name displayName state config summaryMetrics historyLineCount history(samples: 1000000) events(samples: 100000) files(first: 1000) { edges { node { name url } } } } } }`,
    { project, name: run },
  );
  const r = d.project?.run;
  if (!r) throw new Error(`run ${project}/${run} is not on the server`);
  const files = r.files.edges.map((e) => e.node.name).sort();
  const log = r.files.edges.find((e) => e.node.name === "output.log");
  let logLines: string[] = [];
  if (log) {
    const res = await fetch(log.node.url.startsWith("/") ? url + log.node.url : log.node.url, {
      headers: { authorization: `Basic ${btoa(`api:${key}`)}` },
    });
    logLines = (await res.text()).split("\n").filter(Boolean);
  }
  return {
    name: r.name,
    displayName: r.displayName,
    state: r.state,
    config: JSON.parse(r.config),
    summary: JSON.parse(r.summaryMetrics),
    historyLineCount: r.historyLineCount,
    history: r.history.map((h) => JSON.parse(h)),
    events: r.events.map((e) => JSON.parse(e)),
    files,
    logLines,
  };
}

/** Runs `deno run -A cli/main.ts <args>` in `cwd`. */
export function cli(
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<ChildResult> {
  return runDeno(["run", "-A", `${root}cli/main.ts`, ...args], cwd, env);
}

/** The console lines the server stored from file_stream (read from its SQLite store). */
export function streamedOutput(dataDir: string, project: string, run: string): string[] {
  const store = Store.open(dataDir);
  try {
    const r = store.getRun("local", project, run);
    if (!r) throw new Error(`run ${project}/${run} is not in the store`);
    return store.output(r.id).map((l) => l.text);
  } finally {
    store.close();
  }
}

/** The stored content of a run file, through its GraphQL URL. */
export async function fileText(
  url: string,
  key: string,
  project: string,
  run: string,
  name: string,
): Promise<string> {
  const d = await gql<{ project: { run: { files: { edges: { node: { url: string } }[] } } } }>(
    url,
    key,
    `query F($project: String!, $name: String!, $f: [String]) { project(name: $project, entityName: "local") { run(name: $name) { files(names: $f) { edges { node { url } } } } } }`,
    { project, name: run, f: [name] },
  );
  const node = d.project.run.files.edges[0]?.node;
  if (!node) throw new Error(`${name} is not among the run's files`);
  const res = await fetch(node.url.startsWith("/") ? url + node.url : node.url, {
    headers: { authorization: `Basic ${btoa(`api:${key}`)}` },
  });
  return await res.text();
}
