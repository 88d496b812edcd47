/**
 * The `sustained` measure of `deno task bench`: rows/s from `run.log` to durable bytes in the
 * `.wandb` file, and where the memory is (RSS, the heap and external buffers of the user thread and
 * of the Worker, the phase's peak RSS). Run in the bench's own process and, for the peak a
 * training script would see, alone in a fresh process (`sustained_process.ts`).
 *
 * @module
 */
import * as wandb from "../mod.ts";
import { BENCH_SETTINGS, row10 } from "./_rows.ts";
import type { FlushResult } from "../proto/worker_protocol.ts";

/** Bytes as MiB with one decimal. */
export const mb = (bytes: number) => +(bytes / 2 ** 20).toFixed(1);

/** Resets the process's peak RSS (Linux `clear_refs`), so a phase can read its own peak. */
export function resetPeakRss(): void {
  try {
    Deno.writeTextFileSync("/proc/self/clear_refs", "5");
  } catch { /* not Linux */ }
}

/** The process's peak RSS (VmHWM) in MiB since start or the last reset. */
export function peakRssMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(Deno.readTextFileSync("/proc/self/status"));
    if (m) return Number(m[1]) / 1024;
  } catch { /* not Linux */ }
  return Deno.memoryUsage().rss / 2 ** 20;
}

/**
 * Logs `rows` rows of 10 scalars in an offline run under `root` and measures it.
 *
 * @param rows how many rows
 * @param root where the run directory goes
 * @param options `resetPeak: false` keeps the peak since the process started
 */
export async function measureSustained(
  rows: number,
  root: string,
  options: { resetPeak?: boolean } = {},
) {
  if (options.resetPeak !== false) resetPeakRss();
  const t0 = performance.now();
  const run = await wandb.init({
    project: "bench",
    mode: "offline",
    dir: root,
    settings: BENCH_SETTINGS,
  });
  const initMs = performance.now() - t0;
  const rssAtInit = Deno.memoryUsage().rss;
  const tStart = performance.now();
  let at10 = Deno.memoryUsage();
  let workerAt10: Promise<FlushResult> | undefined;
  for (let i = 0; i < rows; i++) {
    run.log(row10(i));
    if (i === Math.floor(rows / 10)) {
      at10 = Deno.memoryUsage();
      workerAt10 = run.flush(); // not awaited: the Worker answers when it gets there
    }
    if ((i & 0x3fff) === 0) await Promise.resolve(); // a training loop yields now and then
  }
  const flushed: FlushResult = await run.flush();
  const seconds = (performance.now() - tStart) / 1000;
  const atEnd = Deno.memoryUsage();
  const worker10 = (await workerAt10)?.memory;
  const workerEnd = flushed.memory;
  const tf = performance.now();
  await run.finish();
  const finishMs = performance.now() - tf;
  const size = Deno.statSync(`${run.dir}/run-${run.id}.wandb`).size;
  return {
    rows,
    rows_per_s: Math.round(rows / seconds),
    seconds: +seconds.toFixed(3),
    records_on_disk: flushed.records,
    file_mb: +(size / 2 ** 20).toFixed(1),
    rss_mb_at_init: mb(rssAtInit),
    rss_mb_at_10pct: mb(at10.rss),
    rss_mb_at_end: mb(atEnd.rss),
    peak_rss_mb: +peakRssMb().toFixed(1),
    user_heap_mb_at_10pct: mb(at10.heapTotal),
    user_heap_mb_at_end: mb(atEnd.heapTotal),
    user_external_mb_at_end: mb(atEnd.external),
    worker_heap_mb_at_10pct: worker10 ? mb(worker10.heapTotal) : null,
    worker_heap_mb_at_end: workerEnd ? mb(workerEnd.heapTotal) : null,
    worker_external_mb_at_10pct: worker10 ? mb(worker10.external) : null,
    worker_external_mb_at_end: workerEnd ? mb(workerEnd.external) : null,
    init_ms: +initMs.toFixed(2),
    finish_ms: +finishMs.toFixed(2),
  };
}
