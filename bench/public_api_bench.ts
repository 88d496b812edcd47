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
 * deno run -A bench/public_api_bench.ts --rows 100000 --runs 1000 --reps 1
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
import { HISTORY_PAGE } from "../apis/public/history.ts";

/** Options of {@linkcode benchPublicApi}. */
export interface PublicApiBenchOptions {
  /** History rows of the scanned run. @default 1_000_000 */
  scanRows?: number;
  /** Runs in the project whose first run is timed. @default 10_000 */
  runs?: number;
  /** Repetitions of each scan. @default 3 */
  reps?: number;
}

/** One measure: rows/s of each repetition. */
type Rates = number[];

/** What the client process reports. */
interface ClientResult {
  /** Keyed `<variant>_page_<pageSize>`; variants `rows`, `pages`, `floor`. */
  scan: Record<string, Rates>;
  first_run_ms_cold: number;
  first_run_ms_warm_median: number;
  runs_count: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Runs the public API measures and returns them as one JSON-able object.
 *
 * Each scan is repeated `reps` times (median and best reported, as other processes share the
 * machine); `floor` is the same `HistoryPage` requests sent with plain `fetch`, as many in flight,
 * bodies read as text and not parsed: the server and transport alone, so `*_vs_floor` is what the
 * public API keeps of it.
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
  const reps = options.reps ?? 3;
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
      args: [
        "run",
        "-A",
        new URL(import.meta.url).pathname,
        "--client",
        "--reps",
        String(reps),
        base,
        apiKey,
      ],
      stdout: "piped",
      stderr: "inherit",
    }).output();
    if (!out.success) throw new Error("public API bench client failed");
    const r = JSON.parse(new TextDecoder().decode(out.stdout)) as ClientResult;
    const result: Record<string, unknown> = { scan_history_rows: scanRows, reps };
    for (const size of PAGE_SIZES) {
      const rows = r.scan[`rows_page_${size}`]!;
      const pages = r.scan[`pages_page_${size}`]!;
      const floor = r.scan[`floor_page_${size}`]!;
      result[`page_${size}`] = {
        scan_history_rows_per_s_median: Math.round(median(rows)),
        scan_history_rows_per_s_best: Math.round(Math.max(...rows)),
        scan_history_pages_rows_per_s_median: Math.round(median(pages)),
        floor_rows_per_s_median: Math.round(median(floor)),
        rows_vs_floor: +(median(rows) / median(floor)).toFixed(2),
        pages_vs_floor: +(median(pages) / median(floor)).toFixed(2),
      };
    }
    const headline = median(r.scan["rows_page_1000"]!);
    return {
      ...result,
      runs_in_project: r.runs_count,
      runs_first_run_ms_cold: +r.first_run_ms_cold.toFixed(1),
      runs_first_run_ms_warm_median: +r.first_run_ms_warm_median.toFixed(1),
      targets: {
        scan_history_ge_500k_rows_s_page_1000: headline >= 500_000,
      },
    };
  } finally {
    ac.abort();
    await server.finished;
    store.close();
    await Deno.remove(dir, { recursive: true });
  }
}

const PAGE_SIZES = [1000, 10_000];
const IN_FLIGHT = 4;

/** The floor: plain `fetch` of the same `HistoryPage` requests, `IN_FLIGHT` at once, not parsed. */
async function floorScan(base: string, apiKey: string, pageSize: number): Promise<number> {
  const last = (await new Api({ baseUrl: base, apiKey, env: {} }).run("bench/scan/scan"))
    .lastHistoryStep;
  const headers = {
    authorization: `Basic ${btoa(`api:${apiKey}`)}`,
    "content-type": "application/json",
  };
  const page = (minStep: number) =>
    fetch(`${base}/graphql`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        query: HISTORY_PAGE,
        variables: {
          entity: "bench",
          project: "scan",
          run: "scan",
          minStep,
          maxStep: Math.min(minStep + pageSize, last + 1),
          pageSize,
        },
      }),
    }).then((res) => res.text());
  let bytes = 0;
  const inFlight: Promise<string>[] = [];
  let from = 0;
  const fill = () => {
    while (inFlight.length < IN_FLIGHT && from <= last) {
      inFlight.push(page(from));
      from += pageSize;
    }
  };
  fill();
  while (inFlight.length > 0) {
    bytes += (await inFlight.shift()!).length;
    fill();
  }
  if (bytes === 0) throw new Error("empty pages");
  return last + 1;
}

/** The client side: measures against `base` and prints {@linkcode ClientResult} as JSON. */
async function client(base: string, apiKey: string, reps: number): Promise<void> {
  const env = {};
  const api = new Api({ baseUrl: base, apiKey, env });
  const run = await api.run("bench/scan/scan");
  const scan: ClientResult["scan"] = {};
  const time = async (key: string, fn: () => Promise<number>) => {
    const t0 = performance.now();
    const n = await fn();
    (scan[key] ??= []).push(n / ((performance.now() - t0) / 1000));
  };
  // One warm-up pass over a small range (JIT, connections), then the measured passes.
  for await (const _ of run.scanHistory({ maxStep: 20_000 }));
  for (let rep = 0; rep < reps; rep++) {
    for (const pageSize of PAGE_SIZES) {
      await time(`floor_page_${pageSize}`, () => floorScan(base, apiKey, pageSize));
      await time(`rows_page_${pageSize}`, async () => {
        let n = 0;
        for await (const _ of run.scanHistory({ pageSize, prefetch: IN_FLIGHT })) n++;
        return n;
      });
      await time(`pages_page_${pageSize}`, async () => {
        let n = 0;
        for await (const page of run.scanHistory({ pageSize, prefetch: IN_FLIGHT }).pages()) {
          n += page.length;
        }
        return n;
      });
    }
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
  const result: ClientResult = {
    scan,
    first_run_ms_cold: times[0]!,
    first_run_ms_warm_median: median(times.slice(1)),
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
      reps: { type: "string", default: "3" },
    },
  });
  if (values.client) await client(positionals[0]!, positionals[1]!, Number(values.reps));
  else {
    const r = await benchPublicApi({
      scanRows: Number(values.rows),
      runs: Number(values.runs),
      reps: Number(values.reps),
    });
    console.log(JSON.stringify(r, null, 2));
  }
}
