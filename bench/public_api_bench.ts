/**
 * Public API measures for `deno task bench`: `run.scanHistory()` rows/s over 1M history rows
 * served by the local server (rows as the SDK logs them: `_step`, `_runtime`, `_timestamp`,
 * `loss`, `acc`), at W&B's default page size (1,000 steps) and at 10,000 steps, with
 * `scanHistory().pages()` alongside; and the time to the first run of `api.runs()` over a
 * project of 10k runs (a fresh `Api`, one page of 50 runs with every `RunFragment` field).
 *
 * The server (SQLite store seeded directly, GraphQL over real HTTP on loopback) runs in this
 * process; the client runs in its own process (this file with `--client`), so the two do not
 * share one event loop.
 *
 * ```sh
 * deno run -A bench/public_api_bench.ts            # prints the JSON
 * deno run -A bench/public_api_bench.ts --rows 100000 --runs 1000
 * ```
 *
 * @module
 */
import { parseArgs } from "node:util";
import { historyLines } from "./_rows.ts";
import { createHandler } from "../server/handler.ts";
import { graphqlRoutes } from "../server/graphql/mod.ts";
import { Store } from "../server/store/mod.ts";
import { Api } from "../apis/mod.ts";

/** Options of {@linkcode benchPublicApi}. */
export interface PublicApiBenchOptions {
  /** History rows of the scanned run. @default 1_000_000 */
  scanRows?: number;
  /** Runs in the project whose first run is timed. @default 10_000 */
  runs?: number;
}

/** What the client process reports. */
interface ClientResult {
  scan: Record<string, { rows: number; seconds: number }>;
  first_run_ms_cold: number;
  first_run_ms_warm_median: number;
  runs_count: number;
}

/**
 * Runs the public API measures and returns them as one JSON-able object.
 *
 * @param options sizes
 * @returns rows/s of `scanHistory` per page size, time to the first run of `runs()`, targets
 * @example
 * ```ts ignore
 * console.log(JSON.stringify(await benchPublicApi({ scanRows: 100_000 })));
 * ```
 */
export async function benchPublicApi(
  options: PublicApiBenchOptions = {},
): Promise<Record<string, unknown>> {
  const scanRows = options.scanRows ?? 1_000_000;
  const runs = options.runs ?? 10_000;
  const dir = await Deno.makeTempDir({ prefix: "wandb-public-api-bench-" });
  const store = Store.open(dir);
  const { apiKey } = store.createUser("bench");
  const ac = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen() {} },
    createHandler({ store, routes: graphqlRoutes }),
  );
  const base = `http://127.0.0.1:${server.addr.port}`;
  try {
    const { run } = store.upsertRun("bench", "scan", "scan", {});
    for (let off = 0; off < scanRows; off += 10_000) {
      store.appendHistory(run.id, off, historyLines(off, Math.min(10_000, scanRows - off)));
    }
    for (let i = 0; i < runs; i++) {
      store.upsertRun("bench", "many", `r${i}`, {
        config: JSON.stringify({ lr: { value: (i % 100) / 1000, desc: null } }),
        summary: JSON.stringify({ acc: (i % 1000) / 1000 }),
        tags: ["bench"],
      });
    }
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", new URL(import.meta.url).pathname, "--client", base, apiKey],
      stdout: "piped",
      stderr: "inherit",
    }).output();
    if (!out.success) throw new Error("public API bench client failed");
    const r = JSON.parse(new TextDecoder().decode(out.stdout)) as ClientResult;
    const rate = (k: string) => Math.round(r.scan[k]!.rows / r.scan[k]!.seconds);
    const scanDefault = rate("rows_page_1000");
    return {
      scan_history_rows: scanRows,
      scan_history_rows_per_s_page_1000: scanDefault,
      scan_history_rows_per_s_page_10000: rate("rows_page_10000"),
      scan_history_pages_rows_per_s_page_1000: rate("pages_page_1000"),
      scan_history_pages_rows_per_s_page_10000: rate("pages_page_10000"),
      runs_in_project: r.runs_count,
      runs_first_run_ms_cold: +r.first_run_ms_cold.toFixed(1),
      runs_first_run_ms_warm_median: +r.first_run_ms_warm_median.toFixed(1),
      targets: {
        scan_history_ge_500k_rows_s: scanDefault >= 500_000,
      },
    };
  } finally {
    ac.abort();
    await server.finished;
    store.close();
    await Deno.remove(dir, { recursive: true });
  }
}

/** The client side: measures against `base` and prints {@linkcode ClientResult} as JSON. */
async function client(base: string, apiKey: string): Promise<void> {
  const env = {};
  const api = new Api({ baseUrl: base, apiKey, env });
  const run = await api.run("bench/scan/scan");
  const scan: ClientResult["scan"] = {};
  // One warm-up pass over a small range (JIT, connection), then the measured passes.
  for await (const _ of run.scanHistory({ maxStep: 20_000 }));
  for (const pageSize of [1000, 10_000]) {
    let t0 = performance.now();
    let n = 0;
    for await (const _ of run.scanHistory({ pageSize })) n++;
    scan[`rows_page_${pageSize}`] = { rows: n, seconds: (performance.now() - t0) / 1000 };
    t0 = performance.now();
    n = 0;
    for await (const page of run.scanHistory({ pageSize }).pages()) n += page.length;
    scan[`pages_page_${pageSize}`] = { rows: n, seconds: (performance.now() - t0) / 1000 };
  }
  // Time to the first run, with a fresh Api each time (the first is the cold one).
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    const runs = new Api({ baseUrl: base, apiKey, env }).runs("bench/many");
    const first = await runs.first();
    times.push(performance.now() - t0);
    if (!first) throw new Error("no runs");
    count = runs.length ?? 0;
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  const result: ClientResult = {
    scan,
    first_run_ms_cold: times[0]!,
    first_run_ms_warm_median: warm[Math.floor(warm.length / 2)]!,
    runs_count: count,
  };
  console.log(JSON.stringify(result));
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    args: Deno.args,
    allowPositionals: true,
    options: {
      client: { type: "boolean", default: false },
      rows: { type: "string", default: "1000000" },
      runs: { type: "string", default: "10000" },
    },
  });
  if (values.client) await client(positionals[0]!, positionals[1]!);
  else {
    const r = await benchPublicApi({ scanRows: Number(values.rows), runs: Number(values.runs) });
    console.log(JSON.stringify(r, null, 2));
  }
}
