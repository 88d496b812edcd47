/**
 * Online measure for `deno task bench`: rows/s from `run.log` to rows stored by the local server
 * (a separate process on loopback, as in real use), for 1M rows, with the offline figure of the
 * same rows (log → `.wandb` on disk) measured in the same run as the ratio's base: offline and
 * online runs alternate for a few rounds and the medians are compared (on a shared 2-core
 * machine a single pair varies by ±30 %); every round's figures are reported too. The online
 * time ends when `finish()` returns, i.e. when the server acknowledged the last row and the final
 * post; the stored row count is checked through GraphQL.
 *
 * Run alone: `deno run -A bench/online_bench.ts [rows] [rounds]`.
 *
 * @module
 */
import process from "node:process";
import * as wandb from "../mod.ts";
import { BENCH_SETTINGS, row10 } from "./_rows.ts";

/** Options of {@linkcode benchOnline}. */
export interface OnlineBenchOptions {
  /** @default 1_000_000 */
  rows?: number;
  /** Offline/online pairs, run alternately; the figures are their medians. @default 3 */
  rounds?: number;
}

async function timedRun(rows: number, dir: string, mode: "online" | "offline") {
  const run = await wandb.init({ project: "online-bench", mode, dir, settings: BENCH_SETTINGS });
  const t0 = performance.now();
  for (let i = 0; i < rows; i++) {
    run.log(row10(i));
    if ((i & 0x3fff) === 0) await Promise.resolve();
  }
  await run.flush(); // every row is in the .wandb file (the sender goes on meanwhile)
  const diskSeconds = (performance.now() - t0) / 1000;
  await run.finish();
  const seconds = (performance.now() - t0) / 1000;
  return {
    id: run.id,
    seconds,
    rows_per_s: Math.round(rows / seconds),
    disk_rows_per_s: Math.round(rows / diskSeconds),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** CPU seconds used so far by this process (all threads) and by the server process. */
function cpuSeconds(serverPid: number): { client: number; server: number } | undefined {
  try {
    // /proc/<pid>/stat fields 14 and 15: utime and stime in clock ticks (100 per second).
    const f = Deno.readTextFileSync(`/proc/${serverPid}/stat`).split(") ")[1]!.split(" ");
    const c = process.cpuUsage();
    return { client: (c.user + c.system) / 1e6, server: (+f[11]! + +f[12]!) / 100 };
  } catch {
    return undefined; // not Linux
  }
}

/** Runs the online measure and returns it as one JSON-able object. */
export async function benchOnline(
  options: OnlineBenchOptions = {},
): Promise<Record<string, unknown>> {
  const rows = options.rows ?? 1_000_000;
  const rounds = options.rounds ?? 3;
  const dir = await Deno.makeTempDir({ prefix: "wandb-online-bench-" });
  const server = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      new URL("../server/main.ts", import.meta.url).pathname,
      "--port",
      "0",
      "--data",
      `${dir}/server`,
    ],
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  try {
    const reader = server.stdout.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    while (!/\n\s+[0-9a-f]{40}\n/.test(text)) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`server did not start: ${text}`);
      text += value;
    }
    const url = /listening on (\S+)/.exec(text)![1]!;
    const key = /\n\s+([0-9a-f]{40})\n/.exec(text)![1]!;
    const offline: number[] = [];
    const online: number[] = [];
    const ownDisk: number[] = [];
    const ratios: number[] = [];
    const cpu = { client: 0, server: 0, offlineClient: 0 };
    let last: Awaited<ReturnType<typeof timedRun>> | undefined;
    for (let r = 0; r < rounds; r++) {
      const c0 = cpuSeconds(server.pid);
      const off = await timedRun(rows, dir, "offline");
      const c1 = cpuSeconds(server.pid);
      Deno.env.set("WANDB_BASE_URL", url);
      Deno.env.set("WANDB_API_KEY", key);
      try {
        last = await timedRun(rows, dir, "online");
      } finally {
        Deno.env.delete("WANDB_API_KEY");
        Deno.env.delete("WANDB_BASE_URL");
      }
      const c2 = cpuSeconds(server.pid);
      if (c0 && c1 && c2) {
        cpu.offlineClient += c1.client - c0.client;
        cpu.client += c2.client - c1.client;
        cpu.server += c2.server - c1.server;
      }
      offline.push(off.rows_per_s);
      online.push(last.rows_per_s);
      ownDisk.push(last.disk_rows_per_s);
      ratios.push(+(last.rows_per_s / off.rows_per_s).toFixed(3));
    }
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Basic ${btoa(`api:${key}`)}` },
      body: JSON.stringify({
        query:
          `query R($n: String!) { project(name: "online-bench", entityName: "local") { run(name: $n) { historyLineCount state } } }`,
        variables: { n: last!.id },
      }),
    });
    const stored = (await res.json()).data.project.run;
    const on = median(online), off = median(offline), disk = median(ownDisk);
    const perRow = (s: number) => +(s * 1e6 / (rows * rounds)).toFixed(2);
    return {
      rows,
      rounds,
      offline_rows_per_s: off,
      online_rows_per_s: on,
      stored_rows: stored.historyLineCount,
      final_state: stored.state,
      ratio_online_to_offline: +(on / off).toFixed(3),
      ratios_per_round: ratios,
      offline_rows_per_s_per_round: offline,
      online_rows_per_s_per_round: online,
      // The online runs' own log → .wandb figure, as a second base.
      online_run_log_to_disk_rows_per_s: disk,
      ratio_online_to_own_log_to_disk: +(on / disk).toFixed(3),
      // Where the CPU goes (Linux): µs per row, this process (SDK user thread + Worker) and server.
      cpu_us_per_row: cpu.server > 0
        ? {
          offline_sdk: perRow(cpu.offlineClient),
          online_sdk: perRow(cpu.client),
          online_server: perRow(cpu.server),
        }
        : undefined,
      targets: {
        online_ge_50k_rows_s: on >= 50_000,
        within_3x_of_offline: on * 3 >= off,
        within_3x_of_own_log_to_disk: on * 3 >= disk,
        all_rows_stored: stored.historyLineCount === rows,
      },
    };
  } finally {
    server.kill("SIGTERM");
    await server.status;
    await Deno.remove(dir, { recursive: true });
  }
}

if (import.meta.main) {
  const rows = Number(Deno.args[0] ?? 1_000_000);
  const rounds = Number(Deno.args[1] ?? 3);
  console.log(JSON.stringify(await benchOnline({ rows, rounds }), null, 2));
}
