/**
 * Server measures for `deno task bench`: file_stream ingest rows/s (one run, and 20 runs at
 * once) over real HTTP on loopback, Runs filter latency over 10k runs, history scan rows/s over
 * 1M rows in the SQLite store, and the GraphQL Runs page with `historyKeys` (50 runs of 1,000
 * history rows each) against the same page without it.
 *
 * @module
 */
import { historyLines } from "./_rows.ts";
import { createHandler } from "../server/handler.ts";
import { graphqlRoutes } from "../server/graphql/mod.ts";
import { Store } from "../server/store/mod.ts";

/** Options of {@linkcode benchServer}. */
export interface ServerBenchOptions {
  /** Rows for the single-run ingest. @default 100_000 */
  ingestRows?: number;
  /** Rows for the history scan. @default 1_000_000 */
  scanRows?: number;
  /** Runs for the filter query. @default 10_000 */
  runs?: number;
  /** History rows of each of the 50 runs in the `historyKeys` page. @default 1_000 */
  keyRows?: number;
}

/** Median of `n` timings (ms) of `fn`, after one warm-up call. */
async function medianMs(n: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(n / 2)]!;
}

/** Runs the server measures and returns them as one JSON-able object. */
export async function benchServer(
  options: ServerBenchOptions = {},
): Promise<Record<string, unknown>> {
  const ingestRows = options.ingestRows ?? 100_000;
  const scanRows = options.scanRows ?? 1_000_000;
  const runs = options.runs ?? 10_000;
  const keyRows = options.keyRows ?? 1_000;
  const dir = await Deno.makeTempDir({ prefix: "wandb-server-bench-" });
  const store = Store.open(dir);
  const { apiKey } = store.createUser("bench");
  const ac = new AbortController();
  const handle = createHandler({ store, routes: graphqlRoutes });
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen() {} },
    handle,
  );
  const base = `http://127.0.0.1:${server.addr.port}`;
  try {
    // The load client runs as its own process (bench/_file_stream_client.ts).
    const client = async (perRun: number, runNames: string[]) => {
      const out = await new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "-A",
          new URL("_file_stream_client.ts", import.meta.url).pathname,
          base,
          apiKey,
          String(perRun),
          ...runNames,
        ],
        stdout: "piped",
        stderr: "inherit",
      }).output();
      if (!out.success) throw new Error("file_stream bench client failed");
      const r = JSON.parse(new TextDecoder().decode(out.stdout)) as {
        rows: number;
        seconds: number;
      };
      return r.rows / r.seconds;
    };
    let t0 = 0;
    const single = await client(ingestRows, ["single"]);
    const concurrent = await client(
      Math.floor(ingestRows / 20),
      Array.from({ length: 20 }, (_, r) => `multi${r}`),
    );
    // Runs filter over N runs.
    store.ensureProject("bench", "many");
    for (let i = 0; i < runs; i++) {
      store.upsertRun("bench", "many", `r${i}`, {
        config: JSON.stringify({
          lr: { value: (i % 100) / 1000, desc: null },
          layers: { value: i % 7, desc: null },
        }),
        summary: JSON.stringify({ acc: (i % 1000) / 1000 }),
      });
    }
    const filters = {
      $and: [{ "config.lr": { $gte: 0.05 } }, { "summary_metrics.acc": { $gt: 0.5 } }],
    };
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      t0 = performance.now();
      store.listRuns("bench", "many", { filters, order: "-summary_metrics.acc", first: 50 });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    // History scan over M rows.
    const { run } = store.upsertRun("bench", "p", "scan", {});
    for (let off = 0; off < scanRows; off += 10_000) {
      store.appendHistory(run.id, off, historyLines(off, 10_000));
    }
    t0 = performance.now();
    let n = 0;
    for (let min = 0; min < scanRows; min += 100_000) {
      n += store.historyRows(run.id, { minStep: min, maxStep: min + 100_000 }).length;
    }
    const scan = n / ((performance.now() - t0) / 1000);
    // GraphQL Runs page of 50 runs with and without historyKeys (the handler, no socket).
    for (let r = 0; r < 50; r++) {
      const { run } = store.upsertRun("bench", "keys", `k${r}`, {});
      store.appendHistory(run.id, 0, historyLines(0, keyRows));
    }
    const runsPage = (fields: string) => async () => {
      const res = await handle(
        new Request(`${base}/graphql`, {
          method: "POST",
          headers: {
            authorization: `Basic ${btoa(`api:${apiKey}`)}`,
            "content-type": "application/json",
          },
          body: JSON.stringify({
            query:
              `{ project(name: "keys", entityName: "bench") { runs(first: 50) { edges { node { ${fields} } } } } }`,
          }),
        }),
      );
      const body = await res.json();
      if (body.errors || body.data.project.runs.edges.length !== 50) {
        throw new Error(`Runs page failed: ${JSON.stringify(body).slice(0, 200)}`);
      }
    };
    const plainPage = await medianMs(5, runsPage("id name summaryMetrics"));
    const keysPage = await medianMs(5, runsPage("id name summaryMetrics historyKeys"));
    return {
      file_stream_ingest_rows_per_s_one_run: Math.round(single),
      file_stream_ingest_rows_per_s_20_runs: Math.round(concurrent),
      runs_filter_ms_median_over_10k: +times[2]!.toFixed(2),
      history_scan_rows_per_s: Math.round(scan),
      history_scan_rows: n,
      runs_page_ms_median_50_runs: +plainPage.toFixed(2),
      runs_page_with_history_keys_ms_median_50_runs: +keysPage.toFixed(2),
      history_keys_cost_ratio: +(keysPage / plainPage).toFixed(2),
      targets: {
        ingest_ge_100k_rows_s: single >= 100_000,
        runs_filter_le_50ms: times[2]! <= 50,
        history_scan_ge_1m_rows_s: scan >= 1_000_000,
      },
    };
  } finally {
    ac.abort();
    await server.finished;
    store.close();
    await Deno.remove(dir, { recursive: true });
  }
}

if (import.meta.main) console.log(JSON.stringify(await benchServer(), null, 2));
