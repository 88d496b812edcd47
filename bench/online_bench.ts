/**
 * Online measure for `deno task bench`: rows/s from `run.log` to rows stored by the local server
 * (a separate process on loopback, as in real use), for 1M rows, with the offline figure of the
 * same rows (log → `.wandb` on disk) measured in the same run as the ratio's base. The online
 * time ends when `finish()` returns, i.e. when the server acknowledged the last row and the final
 * post; the stored row count is checked through GraphQL.
 *
 * Run alone: `deno run -A bench/online_bench.ts [rows]`.
 *
 * @module
 */
import * as wandb from "../mod.ts";
import { row10 } from "./_rows.ts";

/** Options of {@linkcode benchOnline}. */
export interface OnlineBenchOptions {
  /** @default 1_000_000 */
  rows?: number;
}

async function timedRun(rows: number, dir: string, mode: "online" | "offline") {
  const settings = {
    console: "off",
    x_disable_stats: true,
    silent: true,
    disable_git: true,
  } as const;
  const run = await wandb.init({ project: "online-bench", mode, dir, settings });
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

/** Runs the online measure and returns it as one JSON-able object. */
export async function benchOnline(
  options: OnlineBenchOptions = {},
): Promise<Record<string, unknown>> {
  const rows = options.rows ?? 1_000_000;
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
    const offline = await timedRun(rows, dir, "offline");
    Deno.env.set("WANDB_BASE_URL", url);
    Deno.env.set("WANDB_API_KEY", key);
    let online;
    try {
      online = await timedRun(rows, dir, "online");
    } finally {
      Deno.env.delete("WANDB_API_KEY");
      Deno.env.delete("WANDB_BASE_URL");
    }
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Basic ${btoa(`api:${key}`)}` },
      body: JSON.stringify({
        query:
          `query R($n: String!) { project(name: "online-bench", entityName: "local") { run(name: $n) { historyLineCount state } } }`,
        variables: { n: online.id },
      }),
    });
    const stored = (await res.json()).data.project.run;
    return {
      rows,
      offline_rows_per_s: offline.rows_per_s,
      online_rows_per_s: online.rows_per_s,
      online_seconds: +online.seconds.toFixed(2),
      stored_rows: stored.historyLineCount,
      final_state: stored.state,
      ratio_online_to_offline: +(online.rows_per_s / offline.rows_per_s).toFixed(3),
      // The same online run's own log → .wandb figure, as a second base.
      online_run_log_to_disk_rows_per_s: online.disk_rows_per_s,
      ratio_online_to_own_log_to_disk: +(online.rows_per_s / online.disk_rows_per_s).toFixed(3),
      targets: {
        online_ge_50k_rows_s: online.rows_per_s >= 50_000,
        within_3x_of_offline: online.rows_per_s * 3 >= offline.rows_per_s,
        within_3x_of_own_log_to_disk: online.rows_per_s * 3 >= online.disk_rows_per_s,
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
  console.log(JSON.stringify(await benchOnline({ rows }), null, 2));
}
