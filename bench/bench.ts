/**
 * `deno task bench`: measures the SDK's hot paths and prints one JSON object.
 *
 * - `log`: cost of `run.log` per call (p50/p99/max in µs, from batches of 100 calls) for 10
 *   scalars, 100 scalars, a nested row, and the nested row with `defineMetric` step sync and
 *   summaries (ratio to the plain nested row), in an offline run;
 * - `log_image_256`: `run.log` of one new 256×256 RGB `wandb.Image` per call (µs per call on the
 *   user thread: PNG encode with fast-png, SHA-256, the file write and its FilesRecord), 200 calls;
 * - `sustained`: rows/s from `run.log` to durable bytes in the `.wandb` file for N rows (default
 *   1,000,000), with RSS after 10 % and 100 % of the rows (memory must not grow with the count)
 *   and where it is: the heap (`heapTotal`) and external buffers of the user thread and of the
 *   Worker (from its `flush` reply), RSS right after `init`, and the phase's own peak RSS;
 * - `init_ms`, `finish_ms` (finish after the last log) in offline mode;
 * - `floor`: the same rows with no SDK — JSON encode + protobuf encode + 32 KiB block file
 *   append — measured in the same run, and every figure as a ratio to it;
 * - `peak_rss_mb` of the process (before the server measures), and `memory`: RSS when idle (the
 *   runtime alone), the floor's peak and what it leaves, and the peak of the `log` cases and of
 *   `sustained` (the peak is reset before each);
 * - `server`: file_stream ingest rows/s (1 run, 20 runs), Runs filter latency over 10k runs,
 *   history scan rows/s over 1M rows (see `server_bench.ts`).
 * - `online`: rows/s from `run.log` to rows stored by the local server (a separate process) for
 *   1M rows, against the offline rows/s of the same rows (see `online_bench.ts`).
 * - `public_api`: `run.scanHistory` rows/s over 1M rows from the local server and the time to the
 *   first run of `api.runs()` over 10k runs (see `public_api_bench.ts`).
 *
 * - `artifacts`: an artifact of 10,000 small files, one large file (default 256 MB, not 1 GB: the
 *   whole bench is too slow with 1 GB on 2 cores) against a plain `fetch` PUT of the same bytes,
 *   and the second, unchanged version of each (see `artifacts_bench.ts`).
 * - `launch`: items/s 8 launch agents pop from one queue of 10,000 items over HTTP, checked for
 *   items handed out twice or lost, against one agent and the store's own pop (`launch_bench.ts`).
 *
 * - `sweeps`: sweep controller decision time (`nextRun`, random and bayes, 1,000 finished runs,
 *   8 parameters) and bayes vs random search quality on Branin (see `sweeps_bench.ts`).
 *
 * - `launch_run` (only with `--only launch_run`): `launchAdd` to the launched run's first row on
 *   the server with the local-process runner, against starting the script directly
 *   (`launch_run_bench.ts`).
 *
 * Flags: `--rows N` (sustained rows), `--calls N` (calls per `log` case), `--artifact-mb N` (the
 * large artifact file), `--only artifacts`, `--only sweeps`, `--only launch` or
 * `--only launch_run` (run just that section).
 *
 * @module
 */
import { parseArgs } from "node:util";
import * as wandb from "../mod.ts";
import { encodeRecord } from "../proto/mod.ts";
import { benchServer } from "./server_bench.ts";
import { mb, measureSustained, peakRssMb, resetPeakRss } from "./sustained.ts";
import { BENCH_SETTINGS, row10 } from "./_rows.ts";
import { benchOnline } from "./online_bench.ts";
import { benchPublicApi } from "./public_api_bench.ts";
import { benchArtifacts, DEFAULT_LARGE_MB } from "./artifacts_bench.ts";
import { benchSweeps } from "./sweeps_bench.ts";
import { benchLaunch } from "./launch_bench.ts";
import { benchLaunchRun } from "./launch_run_bench.ts";

const { values: flags } = parseArgs({
  args: Deno.args,
  options: {
    rows: { type: "string", default: "1000000" },
    calls: { type: "string", default: "200000" },
    "artifact-mb": { type: "string", default: String(DEFAULT_LARGE_MB) },
    only: { type: "string" },
  },
});
/** The sections that run alone with `--only NAME`. */
const ALONE: Record<string, () => unknown> = {
  artifacts: () => benchArtifacts({ largeMb: Number(flags["artifact-mb"]) }),
  sweeps: () => benchSweeps(),
  launch: () => benchLaunch(),
  launch_run: () => benchLaunchRun(),
};
if (flags.only !== undefined && !(flags.only in ALONE)) {
  throw new TypeError(
    `Cannot run bench section "${flags.only}": only ${Object.keys(ALONE).join(", ")} run alone`,
  );
}
if (flags.only !== undefined) {
  const section = await ALONE[flags.only]!();
  console.log(JSON.stringify({ deno: Deno.version.deno, [flags.only]: section }, null, 2));
  Deno.exit(0);
}
const ROWS = Number(flags.rows);
const CALLS = Number(flags.calls);
const BATCH = 100;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const keys100 = Array.from({ length: 100 }, (_, k) => `metric_${k}`);
function row100(i: number): Record<string, number> {
  const r: Record<string, number> = {};
  for (let k = 0; k < 100; k++) r[keys100[k]!] = i * k * 0.001;
  return r;
}
function rowNested(i: number): Record<string, unknown> {
  return {
    train: { loss: 1 / (i + 1), acc: 0.5 },
    val: { loss: 2 / (i + 1), acc: 0.4, extra: { f1: 0.3 } },
    epoch: i,
  };
}

const root = Deno.makeTempDirSync({ prefix: "wandb-bench-" });

async function measureLog(
  make: (i: number) => Record<string, unknown>,
  calls: number,
  prepare: (run: wandb.Run) => void = () => {},
) {
  const run = await wandb.init({
    project: "bench",
    mode: "offline",
    dir: root,
    settings: BENCH_SETTINGS,
  });
  prepare(run);
  for (let i = 0; i < 2000; i++) run.log(make(i)); // warm-up
  const rowsData = Array.from({ length: BATCH }, (_, i) => make(i));
  const perCall: number[] = [];
  for (let b = 0; b < calls / BATCH; b++) {
    const t0 = performance.now();
    for (let i = 0; i < BATCH; i++) run.log(rowsData[i]!);
    perCall.push(((performance.now() - t0) * 1000) / BATCH);
    if (b % 50 === 49) await run.flush(); // let the writer keep up, as a training loop would
  }
  await run.finish();
  perCall.sort((a, b) => a - b);
  return {
    p50_us: +percentile(perCall, 50).toFixed(3),
    p99_us: +percentile(perCall, 99).toFixed(3),
    max_batch_us_per_call: +perCall[perCall.length - 1]!.toFixed(3),
    calls,
  };
}

/** `run.log` of a new 256×256 RGB image per call: µs per call, each call timed alone. */
async function measureImageLog(calls: number) {
  const run = await wandb.init({
    project: "bench",
    mode: "offline",
    dir: root,
    settings: BENCH_SETTINGS,
  });
  const px = new Uint8Array(256 * 256 * 3);
  for (let i = 0; i < px.length; i++) px[i] = (i * 2654435761) >>> 24; // not flat: real deflate work
  const shape = { width: 256, height: 256, channels: 3 };
  for (let i = 0; i < 10; i++) run.log({ img: new wandb.Image(px, shape) }); // warm-up
  const perCall: number[] = [];
  for (let i = 0; i < calls; i++) {
    px[i % px.length] = i & 255; // a different image (and file) each call
    const t0 = performance.now();
    run.log({ img: new wandb.Image(px, shape), step_loss: 1 / (i + 1) });
    perCall.push((performance.now() - t0) * 1000);
  }
  await run.finish();
  perCall.sort((a, b) => a - b);
  return {
    p50_us: +percentile(perCall, 50).toFixed(1),
    p99_us: +percentile(perCall, 99).toFixed(1),
    calls,
  };
}

/** The floor: the same rows with no SDK (JSON + protobuf encode + block-buffered append). */
function measureFloor(rows: number) {
  const file = Deno.openSync(`${root}/floor.bin`, { create: true, write: true, truncate: true });
  const block = new Uint8Array(32768);
  let pos = 0;
  const perCall: number[] = [];
  const tStart = performance.now();
  let t0 = tStart;
  for (let i = 0; i < rows; i++) {
    const row = row10(i);
    const item = Object.entries(row).map(([key, v]) => ({ key, valueJson: JSON.stringify(v) }));
    const bytes = encodeRecord({ num: i + 1, history: { item, step: { num: i } } });
    if (pos + bytes.length > block.length) {
      file.writeSync(block.subarray(0, pos));
      pos = 0;
    }
    block.set(bytes, pos);
    pos += bytes.length;
    if (i % BATCH === BATCH - 1) {
      const t = performance.now();
      perCall.push(((t - t0) * 1000) / BATCH);
      t0 = t;
    }
  }
  file.writeSync(block.subarray(0, pos));
  file.close();
  const seconds = (performance.now() - tStart) / 1000;
  perCall.sort((a, b) => a - b);
  return {
    rows,
    rows_per_s: Math.round(rows / seconds),
    p50_us: +percentile(perCall, 50).toFixed(3),
    p99_us: +percentile(perCall, 99).toFixed(3),
  };
}

const rssIdle = Deno.memoryUsage().rss;
const floor = measureFloor(ROWS);
const rssAfterFloor = Deno.memoryUsage().rss;
const peakFloor = peakRssMb();
resetPeakRss();
const log10 = await measureLog(row10, CALLS);
const log100 = await measureLog(row100, Math.max(BATCH, Math.floor(CALLS / 10)));
const logNested = await measureLog(rowNested, CALLS);
const logImage = await measureImageLog(200);
// The nested row with defined metrics: `epoch` synced into rows that lack it (every second one
// here) and min/max summaries kept by the Worker, against log_nested.
const logMetrics = await measureLog(
  (i) => {
    const r = rowNested(i);
    if (i % 2 === 1) delete r.epoch;
    return r;
  },
  CALLS,
  (run) => {
    run.defineMetric("epoch");
    run.defineMetric("val.*", { stepMetric: "epoch", summary: "min,max" });
    run.defineMetric("train.loss", { stepMetric: "epoch", summary: "min" });
  },
);
const peakLogCases = peakRssMb();
const sustained = await measureSustained(ROWS, root);
// The same rows alone in a fresh process, as a training script logs them: its peak RSS from start
// to exit is what a user sees (the bench's own process also holds the floor's and the log cases'
// leftovers and the server modules).
const alone = await new Deno.Command(Deno.execPath(), {
  args: ["run", "-A", new URL("./sustained_process.ts", import.meta.url).pathname, String(ROWS)],
  stdout: "piped",
  stderr: "inherit",
}).output();
const sustainedAlone = JSON.parse(new TextDecoder().decode(alone.stdout)) as {
  rows_per_s: number;
  peak_rss_mb: number;
  rss_mb_at_10pct: number;
  rss_mb_at_end: number;
};
const result = {
  deno: Deno.version.deno,
  log_10_scalars: log10,
  log_100_scalars: log100,
  log_nested: logNested,
  log_image_256: logImage,
  log_nested_defined_metrics: logMetrics,
  sustained,
  init_ms: sustained.init_ms,
  finish_ms: sustained.finish_ms,
  floor,
  ratios_to_floor: {
    log_10_scalars_p50: +(log10.p50_us / floor.p50_us).toFixed(3),
    log_10_scalars_p99: +(log10.p99_us / floor.p99_us).toFixed(3),
    sustained_rows_per_s: +(sustained.rows_per_s / floor.rows_per_s).toFixed(3),
    defined_metrics_to_nested_p50: +(logMetrics.p50_us / logNested.p50_us).toFixed(3),
  },
  targets: {
    log_10_p50_le_1us: log10.p50_us <= 1,
    log_10_p99_le_5us: log10.p99_us <= 5,
    sustained_ge_200k_rows_s: sustained.rows_per_s >= 200_000,
    init_le_50ms: sustained.init_ms <= 50,
    finish_le_100ms: sustained.finish_ms <= 100,
    peak_rss_1m_rows_own_process_le_150mb: sustainedAlone.peak_rss_mb <= 150,
  },
  peak_rss_mb: +Math.max(peakFloor, peakLogCases, sustained.peak_rss_mb).toFixed(1),
  memory: {
    rss_mb_idle: mb(rssIdle),
    peak_rss_mb_floor: +peakFloor.toFixed(1),
    rss_mb_after_floor: mb(rssAfterFloor),
    peak_rss_mb_log_cases: +peakLogCases.toFixed(1),
    peak_rss_mb_sustained: sustained.peak_rss_mb,
    sustained_own_process: {
      rows: ROWS,
      rows_per_s: sustainedAlone.rows_per_s,
      rss_mb_at_10pct: sustainedAlone.rss_mb_at_10pct,
      rss_mb_at_end: sustainedAlone.rss_mb_at_end,
      peak_rss_mb: sustainedAlone.peak_rss_mb,
    },
  },
  server: await benchServer(),
  online: await benchOnline({ rows: ROWS }),
  public_api: await benchPublicApi(),
  artifacts: await benchArtifacts({ largeMb: Number(flags["artifact-mb"]) }),
  sweeps: benchSweeps(),
  launch: await benchLaunch(),
};
console.log(JSON.stringify(result, null, 2));
Deno.removeSync(root, { recursive: true });
