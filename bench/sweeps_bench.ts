/**
 * Sweeps measure for `deno task bench --only sweeps` (the search alone, and the server's
 * heartbeat → command path on a real SQLite store):
 *
 * - `decision_ms`: the controller's decision time (`nextRun`) with 1,000 finished runs and 8
 *   parameters (uniform, log_uniform_values, int_uniform, categorical, normal, q_uniform, beta,
 *   a nested uniform), median / p90 / max over repeated decisions, for random and for bayes, and
 *   bayes with 20 pending runs besides (fantasised in-flight points: a second GP fit). Random is
 *   the baseline (`bayes_over_random`). Bayes trains on at most 100 of the runs (W&B's cap), so
 *   its cost does not grow with the sweep; `bayes_100_finished` shows that. `cpu_median` is the
 *   process CPU time per decision (user + system), steadier than wall time on a busy machine.
 * - `quality`: bayes vs random on Branin (x1 ∈ [-5, 10], x2 ∈ [0, 15], minimum 0.397887) with
 *   a fixed set of seeds: median (and every seed's) best value found after 30 runs.
 *
 * Run alone: `deno run -A bench/sweeps_bench.ts`.
 *
 * @module
 */
import process from "node:process";
import {
  nextRun,
  parseSweepConfig,
  type SweepConfig,
  type SweepRunInfo,
} from "../server/sweeps/mod.ts";
import { branin, median, simulate } from "../server/sweeps/_test_simulate.ts";
import { seededRandom } from "../server/sweeps/_test_rng.ts";
import { Store } from "../server/store/mod.ts";
import { heartbeat } from "../server/graphql/sweep_scheduler.ts";
import { dumpYaml } from "../internal/run_files/config_yaml.ts";

const PARAMETERS = {
  lr: { distribution: "uniform", min: 0, max: 1 },
  wd: { distribution: "log_uniform_values", min: 1e-6, max: 1e-1 },
  layers: { distribution: "int_uniform", min: 1, max: 12 },
  act: { values: ["relu", "gelu", "tanh", "silu"] },
  noise: { distribution: "normal", mu: 0, sigma: 1 },
  batch: { distribution: "q_uniform", min: 16, max: 512, q: 16 },
  drop: { distribution: "beta", a: 2, b: 5 },
  opt: { parameters: { momentum: { distribution: "uniform", min: 0.5, max: 0.99 } } },
};

/** A smooth objective of the 8 parameters (for the synthetic finished runs). */
function objective(a: Record<string, unknown>): number {
  const v = (k: string) => a[k] as number;
  const m = (a.opt as Record<string, number>).momentum!;
  return (v("lr") - 0.3) ** 2 + Math.abs(Math.log10(v("wd")) + 4) / 5 +
    (v("layers") - 6) ** 2 / 36 +
    (a.act === "gelu" ? 0 : 0.2) + v("noise") ** 2 / 10 + Math.abs(v("batch") - 128) / 512 +
    v("drop") +
    (m - 0.9) ** 2;
}

function finishedRuns(config: SweepConfig, count: number, pending: number): SweepRunInfo[] {
  const random = parseSweepConfig({ ...config, method: "random" }).config;
  const rng = seededRandom(42);
  return Array.from({ length: count + pending }, (_, i) => {
    const args = nextRun(random, [], rng)!.args;
    const plain = Object.fromEntries(Object.entries(args).map(([k, x]) => [k, x.value]));
    return i < count
      ? {
        name: `r${i}`,
        state: "finished" as const,
        config: plain,
        summaryMetrics: { loss: objective(plain) },
      }
      : { name: `p${i}`, state: "pending" as const, config: plain, summaryMetrics: {} };
  });
}

function time(config: SweepConfig, runs: SweepRunInfo[], reps: number) {
  const rng = seededRandom(7);
  nextRun(config, runs, rng); // warm up
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < reps; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    nextRun(config, runs, rng);
    ms.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  ms.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    median: r(median(ms)),
    p90: r(ms[Math.floor(ms.length * 0.9)]!),
    max: r(ms[ms.length - 1]!),
    cpu_median: r(median(cpu)),
    reps,
  };
}

/** Runs the sweeps measures; returns the JSON-ready result. */
export function benchSweeps(): Record<string, unknown> {
  const base = { parameters: PARAMETERS, metric: { name: "loss" } };
  const random = parseSweepConfig({ method: "random", ...base }).config;
  const bayes = parseSweepConfig({ method: "bayes", ...base }).config;
  const runs = finishedRuns(bayes, 1000, 0);
  const randomMs = time(random, runs, 200);
  const bayesMs = time(bayes, runs, 30);
  const decision_ms = {
    runs: 1000,
    parameters: 8,
    random: randomMs,
    bayes: bayesMs,
    bayes_with_20_pending: time(bayes, finishedRuns(bayes, 1000, 20), 30),
    bayes_100_finished: time(bayes, finishedRuns(bayes, 100, 0), 30),
    bayes_over_random: Math.round(bayesMs.median / Math.max(randomMs.median, 1e-3)),
    target_bayes_median_ms: 50,
  };
  const heartbeat_ms = benchHeartbeat();
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const branParams = {
    x1: { distribution: "uniform", min: -5, max: 10 },
    x2: { distribution: "uniform", min: 0, max: 15 },
  };
  const best = (method: string) => {
    const config =
      parseSweepConfig({ method, parameters: branParams, metric: { name: "loss" } }).config;
    return seeds.map((s) =>
      Math.round(
        Math.min(...simulate(config, branin, 30, s).map((r) => r.summaryMetrics.loss as number)) *
          1e4,
      ) / 1e4
    );
  };
  const b = best("bayes");
  const r = best("random");
  const quality = {
    function: "branin",
    global_minimum: 0.397887,
    runs: 30,
    seeds,
    bayes_median_best: median(b),
    random_median_best: median(r),
    bayes_best_per_seed: b,
    random_best_per_seed: r,
  };
  return { decision_ms, heartbeat_ms, quality };
}

if (import.meta.main) {
  console.log(JSON.stringify({ deno: Deno.version.deno, sweeps: benchSweeps() }, null, 2));
}

/**
 * Heartbeat → command on the server's scheduler (`heartbeat` in server/graphql/sweep_scheduler.ts)
 * with `runs` finished runs of a bayes sweep (8 parameters, `historyRows` history rows each) in a
 * real SQLite store: median / p90 wall ms and CPU ms per heartbeat of an idle agent, which gets
 * one `run` command each time.
 */
export function benchHeartbeat(runs = 1000, historyRows = 50, reps = 20): Record<string, unknown> {
  const store = Store.open(":memory:");
  try {
    const p = store.ensureProject("me", "p");
    const base = { parameters: PARAMETERS, metric: { name: "loss" } };
    const bayes = parseSweepConfig({ method: "bayes", ...base }).config;
    const sweep = store.sweeps.create({
      projectId: p.id,
      config: dumpYaml({ method: "bayes", ...base }),
      method: "bayes",
      state: "RUNNING",
    });
    const infos = finishedRuns(bayes, runs, 0);
    store.transaction(() => {
      for (const info of infos) {
        const config = Object.fromEntries(
          Object.entries(info.config).map(([k, v]) => [k, { desc: null, value: v }]),
        );
        const loss = info.summaryMetrics.loss as number;
        const { run } = store.upsertRun("me", "p", info.name, {
          state: "finished",
          sweep: sweep.name,
          config: JSON.stringify(config),
          summary: JSON.stringify({ loss, _step: historyRows - 1 }),
        });
        store.appendHistory(
          run.id,
          0,
          Array.from(
            { length: historyRows },
            (_, s) =>
              JSON.stringify({ _step: s, loss: loss + (historyRows - 1 - s) / historyRows }),
          ),
        );
      }
    });
    const agent = store.sweeps.createAgent(sweep.id, "bench");
    const rng = seededRandom(3);
    let n = 0;
    const opts = {
      now: () => new Date(),
      random: rng,
      newRunName: () => `hb${n++}`,
      newDisplayName: (i: number) => `run-${i}`,
    };
    const ms: number[] = [];
    const cpu: number[] = [];
    let given = 0;
    for (let i = 0; i < reps + 1; i++) {
      // The agent reports its last run finished: an idle agent gets the next one.
      const c = process.cpuUsage();
      const t = performance.now();
      const commands = heartbeat(store, agent.id, {}, opts);
      const took = performance.now() - t;
      const d = process.cpuUsage(c);
      if (commands.some((x) => x.type === "run")) given++;
      for (const x of commands) {
        if (x.type !== "run") continue;
        const r = store.getRun("me", "p", x.run_id)!;
        store.updateRun(r.id, { state: "finished", summary: JSON.stringify({ loss: 1 }) });
      }
      if (i === 0) continue; // warm up
      ms.push(took);
      cpu.push((d.user + d.system) / 1000);
    }
    ms.sort((a, b) => a - b);
    const r = (x: number) => Math.round(x * 1000) / 1000;
    return {
      runs,
      history_rows: historyRows,
      commands_given: given,
      median: r(median(ms)),
      p90: r(ms[Math.floor(ms.length * 0.9)]!),
      cpu_median: r(median(cpu)),
      reps,
      target_median_ms: 50,
    };
  } finally {
    store.close();
  }
}
