/**
 * `deno task bench --only launch_run`: the time from `launchAdd` to the launched run's first
 * logged row on the server, with our LaunchAgent and the `local-process` runner (a `file://` git
 * repo cloned per launch, `deno run` of a script logging with our SDK), against the same script
 * started directly with the same environment (the baseline, measured in the same run). Both
 * send file_stream every 100 ms, so the poll of the first row, not the transmit schedule, bounds
 * the resolution. The agent polls every 100 ms here (W&B's agent: 10 s when idle).
 *
 * @module
 */
import { serve } from "../server/mod.ts";
import { GraphQLClient } from "../net/graphql.ts";
import { LaunchApi } from "../launch/launch_api.ts";
import { LaunchAgent } from "../launch/agent.ts";
import { launchAdd } from "../launch/launch_add.ts";

const root = new URL("../", import.meta.url).pathname.replace(/\/$/, "");

const SCRIPT = `import * as wandb from "file://${root}/mod.ts";
const run = await wandb.init({ config: { lr: 1 }, settings: { x_disable_stats: true } });
for (let i = 0; i < 5; i++) run.log({ loss: 1 / (i + 1) });
await new Promise((r) => setTimeout(r, 300));
await run.finish();
`;

/** Options of {@linkcode benchLaunchRun}. */
export interface LaunchRunBenchOptions {
  /** Launches measured (and direct runs as the baseline). @default 3 */
  repeats?: number;
}

/** Runs the launch measure and returns it as one JSON-able object. */
export async function benchLaunchRun(
  options: LaunchRunBenchOptions = {},
): Promise<Record<string, unknown>> {
  const repeats = options.repeats ?? 3;
  const dir = await Deno.makeTempDir({ prefix: "wandb-launch-bench-" });
  const ac = new AbortController();
  const server = await serve({
    port: 0,
    dataDir: `${dir}/server`,
    signal: ac.signal,
    log: () => {},
  });
  try {
    const key = server.localUser.apiKey!;
    const url = server.url.replace(/\/$/, "");
    const gql = new GraphQLClient({ baseUrl: url, apiKey: key });
    const api = new LaunchApi(gql, key, "local");
    const repo = `${dir}/repo`;
    await Deno.mkdir(repo);
    await Deno.writeTextFile(`${repo}/train.ts`, SCRIPT);
    for (const args of [["init", "-q", "-b", "main"], ["add", "."], ["commit", "-q", "-m", "x"]]) {
      await new Deno.Command("git", {
        args: ["-c", "user.name=b", "-c", "user.email=b@example.com", "-C", repo, ...args],
      }).output();
    }
    const entryPoint = ["deno", "run", "-A", "--config", `${root}/deno.json`, "train.ts"];
    const runEnv = { WANDB_X_FILE_STREAM_TRANSMIT_INTERVAL: "0.1", WANDB_SILENT: "true" };
    const firstRow = async (project: string, run: () => Promise<string | undefined>) => {
      for (;;) {
        const id = await run();
        if (id) {
          const r = await gql.request<
            { project: { run: { historyLineCount: number } | null } | null }
          >(
            `query H($p: String!, $r: String!) { project(name: $p, entityName: "local") { run(name: $r) { historyLineCount } } }`,
            { p: project, r: id },
          );
          if ((r.project?.run?.historyLineCount ?? 0) > 0) return;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    };

    // Baseline: the same script, started directly with the launch-like environment.
    const direct: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const id = `direct${i}`;
      const t0 = performance.now();
      const child = new Deno.Command(Deno.execPath(), {
        args: entryPoint.slice(1),
        cwd: repo,
        env: {
          ...runEnv,
          WANDB_BASE_URL: url,
          WANDB_API_KEY: key,
          WANDB_ENTITY: "local",
          WANDB_PROJECT: "bench-direct",
          WANDB_RUN_ID: id,
        },
        stdout: "null",
        stderr: "null",
      }).spawn();
      await firstRow("bench-direct", () => Promise.resolve(id));
      direct.push(performance.now() - t0);
      await child.status;
    }

    const agent = new LaunchAgent({
      api,
      entity: "local",
      pollIntervalMs: 100,
      handleSignals: false,
      workRoot: dir,
      env: runEnv,
      log: () => {},
      sink: () => {},
    });
    const loop = agent.loop();
    const launched: number[] = [];
    const toAck: number[] = [];
    try {
      for (let i = 0; i < repeats; i++) {
        const t0 = performance.now();
        const queued = await launchAdd({
          api,
          uri: `file://${repo}`,
          entryPoint,
          resource: "local-process",
          project: "bench-launch",
        });
        let acked: number | undefined;
        await firstRow("bench-launch", async () => {
          const id = (await queued.item())?.associatedRunId ?? undefined;
          if (id && acked === undefined) acked = performance.now() - t0;
          return id;
        });
        launched.push(performance.now() - t0);
        toAck.push(acked ?? NaN);
        while (agent.numRunningJobs > 0) await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      agent.stop();
      await loop;
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const round = (x: number) => Math.round(x);
    return {
      repeats,
      agent_poll_interval_ms: 100,
      launch_to_first_row_ms: { median: round(median(launched)), all: launched.map(round) },
      launch_to_ack_ms: { median: round(median(toAck)), all: toAck.map(round) },
      direct_to_first_row_ms: { median: round(median(direct)), all: direct.map(round) },
      ratio_to_direct: Math.round((median(launched) / median(direct)) * 100) / 100,
    };
  } finally {
    ac.abort();
    await server.finished;
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }
}
