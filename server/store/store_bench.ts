/**
 * Quick throughput measure of the store: history insert (chunks of 1,000 and of 10) and scans,
 * and a Runs filter query.
 * Run with `deno run -A server/store/store_bench.ts`.
 *
 * @example
 * ```sh
 * deno run -A server/store/store_bench.ts
 * ```
 * @module
 */
import { Store } from "./store.ts";

function measure(): void {
  const dir = Deno.makeTempDirSync();
  const store = Store.open(dir);
  try {
    const { run } = store.upsertRun("bench", "p", "r");
    const N = 100_000;
    const CHUNK = 1_000;
    const lines: string[][] = [];
    for (let c = 0; c < N / CHUNK; c++) {
      lines.push(Array.from({ length: CHUNK }, (_, i) => {
        const step = c * CHUNK + i;
        return `{"_step":${step},"loss":${1 / (step + 1)},"acc":${(step % 100) / 100},` +
          `"_runtime":${step * 0.01},"_timestamp":${1700000000 + step * 0.01},"lr":0.001}`;
      }));
    }
    let t = performance.now();
    for (const [c, chunk] of lines.entries()) store.appendHistory(run.id, c * CHUNK, chunk);
    const insertMs = performance.now() - t;

    t = performance.now();
    let n = 0;
    for (const _ of store.scanHistory(run.id)) n++;
    const scanMs = performance.now() - t;

    t = performance.now();
    const raw = store.historyRows(run.id).length;
    const rawMs = performance.now() - t;

    const small = store.upsertRun("bench", "p", "small").run;
    t = performance.now();
    for (let off = 0; off < 10_000; off += 10) {
      store.appendHistory(
        small.id,
        off,
        lines[off / CHUNK | 0]!.slice(off % CHUNK, off % CHUNK + 10),
      );
    }
    const smallMs = performance.now() - t;

    t = performance.now();
    const parsed = store.history(run.id).length;
    const parseMs = performance.now() - t;

    const RUNS = 10_000;
    t = performance.now();
    for (let i = 0; i < RUNS; i++) {
      store.upsertRun("bench", "many", `run-${i}`, {
        config: `{"lr":{"value":${(i % 100) / 1000},"desc":null},"opt":{"value":"${
          i % 3 ? "sgd" : "adam"
        }","desc":null}}`,
        summary: `{"loss":${1 / (i + 1)},"acc":${(i % 97) / 97}}`,
        state: i % 4 ? "finished" : "running",
        tags: i % 2 ? ["odd"] : ["even"],
      });
    }
    const upsertMs = performance.now() - t;
    const filters = {
      $and: [{ "config.lr": { $gte: 0.05 } }, { "config.opt": "adam" }, { state: "finished" }],
    };
    store.listRuns("bench", "many", { filters, order: "-summary_metrics.acc", first: 50 });
    t = performance.now();
    const page = store.listRuns("bench", "many", {
      filters,
      order: "-summary_metrics.acc",
      first: 50,
    });
    const queryMs = performance.now() - t;

    console.log(
      `history insert: ${N} rows in ${insertMs.toFixed(0)} ms = ${
        Math.round(N / insertMs * 1000)
      } rows/s (chunks of ${CHUNK})`,
    );
    console.log(
      `scanHistory() (rows with steps): ${n} rows in ${scanMs.toFixed(0)} ms = ${
        Math.round(n / scanMs * 1000)
      } rows/s`,
    );
    console.log(
      `historyRows() (pages): ${raw} rows in ${rawMs.toFixed(0)} ms = ${
        Math.round(raw / rawMs * 1000)
      } rows/s`,
    );
    console.log(
      `history insert, chunks of 10: 10000 rows in ${smallMs.toFixed(0)} ms = ${
        Math.round(10_000 / smallMs * 1000)
      } rows/s`,
    );
    console.log(
      `history() parsed: ${parsed} rows in ${parseMs.toFixed(0)} ms = ${
        Math.round(parsed / parseMs * 1000)
      } rows/s`,
    );
    console.log(`upsertRun x${RUNS}: ${upsertMs.toFixed(0)} ms (autocommit, one tx each)`);
    console.log(
      `Runs filter over ${RUNS} runs (3 conditions, order by summary, first 50, with count): ` +
        `${queryMs.toFixed(1)} ms, totalCount=${page.totalCount}`,
    );
  } finally {
    store.close();
    Deno.removeSync(dir, { recursive: true });
  }
}

if (import.meta.main) measure();
