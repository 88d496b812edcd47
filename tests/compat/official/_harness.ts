/**
 * The compat suite's harness: the official W&B Python client's venv (built once, cached outside
 * the repo), our server in-process behind a capturing reverse proxy at another origin (the
 * server's `publicUrl`, so the client's file transfers also cross the proxy), the client run as a
 * subprocess with a private HOME, and GraphQL reads of what the server stored.
 *
 * Set `WANDB_TS_CAPTURE_GRAPHQL=DIR` to write every distinct GraphQL document the client sent
 * into DIR (see tests/compat/testdata/graphql/README.md).
 */
import { existsSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { serve, type ServerHandle } from "../../../server/mod.ts";
import { SCHEMA_SDL } from "../../../server/graphql/schema.ts";
import { runDeno } from "../../e2e/_helpers.ts";

const root = new URL("../../../", import.meta.url).pathname;
const SETUP = new URL("../shared/tools/setup-pywandb.sh", `file://${root}`).pathname;

let venvPython: Promise<string> | undefined;

/**
 * The official client's python: `$WANDB_TS_PYWANDB` (a venv folder) or
 * `~/.cache/wandb-ts/pywandb30`, built by ../shared/tools/setup-pywandb.sh when missing.
 */
export function pywandb(): Promise<string> {
  return venvPython ??= (async () => {
    const dir = Deno.env.get("WANDB_TS_PYWANDB") ??
      `${Deno.env.get("HOME") ?? "/tmp"}/.cache/wandb-ts/pywandb30`;
    const python = `${dir}/bin/python`;
    const ok = existsSync(python) &&
      (await new Deno.Command(python, {
        args: ["-c", "import wandb; assert wandb.__version__ == '0.30.0'"],
        stdout: "null",
        stderr: "null",
      }).output()).success;
    if (ok) return python;
    if (!existsSync(SETUP)) {
      throw new Error(`${SETUP} is missing: the suite needs ../shared beside the repo`);
    }
    console.error(`compat: building the official client's venv in ${dir} (about a minute)...`);
    const out = await new Deno.Command("bash", {
      args: [SETUP, dir],
      stdout: "piped",
      stderr: "piped",
    })
      .output();
    if (!out.success) {
      throw new Error(
        `setup-pywandb.sh failed:\n${new TextDecoder().decode(out.stderr).slice(-3000)}`,
      );
    }
    return python;
  })();
}

/** One GraphQL document as the client sent it. */
export interface Captured {
  query: string;
  operationName: string | null;
  scenario: string;
}

const captured = new Map<string, Captured>();

/** Every distinct document captured so far in this process. */
export function capturedDocuments(): Captured[] {
  return [...captured.values()];
}

/** Our server behind the capturing proxy, with a temp dir for the client. */
export interface CompatEnv extends AsyncDisposable {
  dir: string;
  server: ServerHandle;
  /** The proxy: what the client is pointed at, and the server's public URL. */
  url: string;
  key: string;
  /** Requests through the proxy, `METHOD /path`. */
  seen: string[];
  /** The operation names of the GraphQL requests through the proxy, in order. */
  operations: string[];
  /** Every python run of this scenario, in order. */
  runs: PyResult[];
  /**
   * Runs the official client's python with `args` in `cwd` (under dir); killed after
   * `timeoutSeconds` (default {@linkcode PY_TIMEOUT_SECONDS}).
   */
  python(
    args: string[],
    opts?: { cwd?: string; env?: Record<string, string>; timeoutSeconds?: number },
  ): Promise<PyResult>;
  /** One GraphQL request straight to the server; throws on errors. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Bytes of a stored run file, through its signed URL. */
  fileText(project: string, run: string, name: string): Promise<string | undefined>;
}

/** Seconds a python run of the official client may take before it is killed as hung. */
export const PY_TIMEOUT_SECONDS = 300;

/** What a python subprocess did, with the client's own log when it went wrong. */
export interface PyResult {
  args: string[];
  code: number;
  stdout: string;
  stderr: string;
  /** stdout, stderr and the ERROR/WARN lines of the newest debug-internal.log, for messages. */
  explain(): string;
}

/** Starts the server and proxy for one scenario. */
export async function compatEnv(scenario: string): Promise<CompatEnv> {
  const python = await pywandb();
  const dir = await Deno.makeTempDir({ prefix: "wandb-compat-" });
  const seen: string[] = [];
  const operations: string[] = [];
  let target = "";
  const proxyAc = new AbortController();
  const proxy = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: proxyAc.signal, onListen() {} },
    async (req) => {
      const u = new URL(req.url);
      seen.push(`${req.method} ${u.pathname}`);
      const body = req.body ? new Uint8Array(await req.arrayBuffer()) : undefined;
      if (u.pathname === "/graphql" && body) {
        try {
          const b = JSON.parse(new TextDecoder().decode(body));
          operations.push(b.operationName || "(anonymous)");
          if (typeof b.query === "string" && !captured.has(b.query)) {
            captured.set(b.query, {
              query: b.query,
              operationName: b.operationName ?? null,
              scenario,
            });
          }
        } catch { /* the server answers a bad body itself */ }
      }
      const headers = new Headers(req.headers);
      headers.delete("accept-encoding");
      const res = await fetch(target + u.pathname + u.search, {
        method: req.method,
        headers,
        body,
      });
      const out = new Headers(res.headers);
      out.delete("content-encoding");
      out.delete("content-length");
      return new Response(await res.arrayBuffer(), { status: res.status, headers: out });
    },
  );
  const url = `http://127.0.0.1:${proxy.addr.port}`;
  const serverAc = new AbortController();
  const server = await serve({
    port: 0,
    dataDir: `${dir}/server`,
    publicUrl: url,
    signal: serverAc.signal,
    log: (m) => console.error(`server: ${m}`),
  });
  target = `http://127.0.0.1:${server.port}`;
  const key = server.localUser.apiKey!;
  const home = `${dir}/home`;
  await Deno.mkdir(`${home}/.config/wandb`, { recursive: true });
  const tmp = `${dir}/tmp`;
  await Deno.mkdir(tmp);
  const runs: PyResult[] = [];

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${target}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Basic ${btoa(`api:${key}`)}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  };

  return {
    dir,
    server,
    url,
    key,
    seen,
    operations,
    runs,
    gql,
    async python(args, opts = {}) {
      const cwd = opts.cwd ?? `${dir}/work`;
      await Deno.mkdir(cwd, { recursive: true });
      const env: Record<string, string> = {
        PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin",
        HOME: home,
        WANDB_CONFIG_DIR: `${home}/.config/wandb`,
        WANDB_CACHE_DIR: `${home}/.cache/wandb`,
        WANDB_DATA_DIR: `${home}/.local/share/wandb`,
        WANDB_DIR: cwd,
        TMPDIR: tmp,
        WANDB_BASE_URL: url,
        WANDB_API_KEY: key,
        WANDB_CONSOLE: "wrap",
        NO_COLOR: "1",
        PYTHONUNBUFFERED: "1",
        ...opts.env,
      };
      for (const [k, v] of Object.entries(env)) if (v === "") delete env[k];
      // A client that hangs (seen once: the official client's core never finished a failing run
      // under load) fails its check with its logs instead of holding the suite forever.
      const child = new Deno.Command(python, {
        args,
        cwd,
        env,
        clearEnv: true,
        stdout: "piped",
        stderr: "piped",
      }).spawn();
      const limitS = opts.timeoutSeconds ?? PY_TIMEOUT_SECONDS;
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        try {
          child.kill("SIGTERM");
          setTimeout(() => {
            try {
              child.kill("SIGKILL");
            } catch { /* exited */ }
          }, 5000);
        } catch { /* exited */ }
      }, limitS * 1000);
      const out = await child.output().finally(() => clearTimeout(timer));
      const dec = new TextDecoder();
      const stdout = dec.decode(out.stdout);
      const stderr = dec.decode(out.stderr);
      const result: PyResult = {
        args,
        code: out.code,
        stdout,
        stderr,
        explain: () =>
          `${
            timedOut ? `killed after ${limitS} s (the client hung)` : `exit ${out.code}`
          }\n--- stdout\n${stdout.slice(-3000)}\n--- stderr\n${
            stderr.slice(-3000)
          }\n--- debug-internal.log (ERROR/WARN)\n${clientLogProblems(cwd)}`,
      };
      runs.push(result);
      return result;
    },
    async fileText(project, run, name) {
      const d = await gql<
        {
          project: {
            run: { files: { edges: { node: { url: string; sizeBytes: number | null } }[] } };
          };
        }
      >(
        `query F($project: String!, $run: String!, $names: [String]) { project(name: $project, entityName: "local") {
          run(name: $run) { files(names: $names) { edges { node { url sizeBytes } } } } } }`,
        { project, run, names: [name] },
      );
      const node = d.project.run.files.edges[0]?.node;
      if (!node || node.sizeBytes === null) return undefined;
      const res = await fetch(node.url);
      if (!res.ok) throw new Error(`GET ${node.url}: ${res.status} ${await res.text()}`);
      return await res.text();
    },
    async [Symbol.asyncDispose]() {
      serverAc.abort();
      await server.finished;
      proxyAc.abort();
      await proxy.finished;
      await Deno.remove(dir, { recursive: true });
    },
  };
}

/** The ERROR and WARN lines of the client's newest debug-internal.log under `cwd`. */
function clientLogProblems(cwd: string): string {
  const paths: string[] = [];
  const walk = (d: string, depth: number) => {
    if (depth > 3) return;
    try {
      for (const e of Deno.readDirSync(d)) {
        const p = `${d}/${e.name}`;
        if (e.isDirectory) walk(p, depth + 1);
        else if (e.name === "debug-internal.log") paths.push(p);
      }
    } catch { /* gone */ }
  };
  walk(`${cwd}/wandb`, 0);
  const newest =
    paths.sort((a, b) =>
      (Deno.statSync(b).mtime?.getTime() ?? 0) - (Deno.statSync(a).mtime?.getTime() ?? 0)
    )[0];
  if (!newest) return "(none)";
  return Deno.readTextFileSync(newest).split("\n")
    .filter((l) => /"level":"(ERROR|WARN)"/.test(l)).slice(-20).join("\n") ||
    "(no ERROR/WARN lines)";
}

/**
 * Runs a Deno script using our SDK in `cwd`, with this repo's import map and the scenario's private
 * HOME (Deno's own cache stays where it is).
 */
export async function runOurs(
  env: CompatEnv,
  script: string,
  cwd: string,
  vars: Record<string, string>,
) {
  await Deno.mkdir(cwd, { recursive: true });
  const home = `${env.dir}/home`;
  const cache = Deno.env.get("XDG_CACHE_HOME") ?? `${Deno.env.get("HOME") ?? "/tmp"}/.cache`;
  return await runDeno(["run", "-A", `--config=${root}deno.json`, script], cwd, {
    DENO_DIR: Deno.env.get("DENO_DIR") ?? `${cache}/deno`,
    HOME: home,
    WANDB_CONFIG_DIR: `${home}/.config/wandb`,
    WANDB_DIR: cwd,
    ...vars,
  });
}

/** The Deno.test options of a scenario: the client and the servers are subprocesses and sockets. */
const scenarioOptions = { sanitizeResources: false, sanitizeOps: false };

/**
 * One scenario as its own test, with its own server and proxy. When a check fails, the output of
 * every python run of the scenario (with the ERROR/WARN lines of its debug-internal.log) is
 * printed before the failure, as the Go core often says nothing on stderr.
 */
export function scenario(name: string, id: string, fn: (env: CompatEnv) => Promise<void>): void {
  Deno.test(name, scenarioOptions, async () => {
    await using env = await compatEnv(id);
    try {
      await fn(env);
    } catch (e) {
      for (const r of env.runs) {
        console.error(`compat [${id}]: python ${r.args.join(" ")}\n${r.explain()}\n`);
      }
      throw e;
    }
  });
}

/**
 * Writes the captured documents into `dir` as `<OperationName>.graphql` (a second distinct text
 * with the same name gets `-2`, ...), each headed by how it was captured.
 */
export function writeCaptured(dir: string): number {
  Deno.mkdirSync(dir, { recursive: true });
  const used = new Map<string, number>();
  const docs = capturedDocuments().sort((a, b) =>
    opName(a).localeCompare(opName(b)) || a.query.localeCompare(b.query)
  );
  for (const d of docs) {
    const name = opName(d);
    const n = (used.get(name) ?? 0) + 1;
    used.set(name, n);
    const file = `${dir}/${name}${n > 1 ? `-${n}` : ""}.graphql`;
    Deno.writeTextFileSync(
      file,
      `# captured from the official wandb 0.30.0 client by: deno task compat (scenario: ${d.scenario})\n${d.query.trim()}\n`,
    );
  }
  return docs.length;
}

function opName(d: Captured): string {
  return d.operationName || /^\s*(?:query|mutation)\s+(\w+)/m.exec(d.query)?.[1] || "Anonymous";
}

/**
 * Like {@link writeCaptured}, for a second suite file in the same `deno task compat`: writes only
 * the captured documents whose text no `.graphql` file in `dir` holds yet, each under the next
 * free `<OperationName>[-N].graphql`, so it never overwrites what another suite wrote.
 */
export function writeCapturedNew(dir: string): number {
  Deno.mkdirSync(dir, { recursive: true });
  const have = new Set<string>();
  const names = new Set<string>();
  for (const e of Deno.readDirSync(dir)) {
    if (!e.name.endsWith(".graphql")) continue;
    names.add(e.name);
    have.add(Deno.readTextFileSync(`${dir}/${e.name}`).split("\n").slice(1).join("\n").trim());
  }
  let n = 0;
  for (const d of capturedDocuments()) {
    if (have.has(d.query.trim())) continue;
    const op = opName(d);
    let i = 1;
    while (names.has(`${op}${i > 1 ? `-${i}` : ""}.graphql`)) i++;
    const file = `${op}${i > 1 ? `-${i}` : ""}.graphql`;
    names.add(file);
    have.add(d.query.trim());
    Deno.writeTextFileSync(
      `${dir}/${file}`,
      `# captured from the official wandb 0.30.0 client by: deno task compat (scenario: ${d.scenario})\n${d.query.trim()}\n`,
    );
    n++;
  }
  return n;
}

/**
 * The captured documents our schema refuses, one `Operation: errors` line each (empty when all
 * validate). With `WANDB_TS_CAPTURE_GRAPHQL=DIR` set, the new ones are also written into DIR
 * ({@link writeCapturedNew}; `all` rewrites them with {@link writeCaptured}).
 */
export function invalidCapturedDocuments(write: "new" | "all" = "new"): string[] {
  const schema = buildSchema(SCHEMA_SDL);
  const bad = capturedDocuments().flatMap((d) => {
    const errors = validate(schema, parse(d.query));
    return errors.length
      ? [`${d.operationName ?? d.query.slice(0, 60)}: ${errors.map((e) => e.message).join("; ")}`]
      : [];
  });
  const dir = Deno.env.get("WANDB_TS_CAPTURE_GRAPHQL");
  if (dir) {
    const n = write === "all" ? writeCaptured(dir) : writeCapturedNew(dir);
    console.log(`compat: wrote ${n} documents into ${dir}`);
  }
  return bad;
}
