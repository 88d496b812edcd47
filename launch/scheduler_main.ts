/**
 * The scheduler process (W&B's `wandb scheduler <sweep> --queue Q --project P [--job J]
 * [--image_uri I] [--author A] [--entity E]`): started by a launch agent for a scheduler item, it
 * logs as a run of its own (the item's run, `Scheduler.<sweep>`, job type `sweep-controller`) and
 * runs {@linkcode runLaunchScheduler}; its launch config (`WANDB_CONFIG`: `launch.resource`,
 * `launch.resource_args`) sets how the runs it enqueues are started.
 *
 * @example
 * ```sh
 * deno run -A launch/scheduler_main.ts abc123 --queue default --project p
 * ```
 * @module
 */
import { init } from "../sdk/init.ts";
import { LaunchApi } from "./launch_api.ts";
import { runLaunchScheduler } from "./scheduler.ts";

/**
 * Reads W&B's scheduler arguments: the sweep id, then `--key value` pairs (values may carry
 * Python's `repr` quotes, as `wandb launch-sweep` writes them).
 *
 * @param args the command line
 * @returns the sweep id and the options, keys with `_` for `-`
 * @example
 * ```ts
 * import { parseSchedulerArgs } from "./scheduler_main.ts";
 * const a = parseSchedulerArgs(["abc", "--queue", "'default'", "--num-workers", "2"]);
 * console.assert(a.sweep === "abc" && a.options.queue === "default" && a.options.num_workers === "2");
 * ```
 */
export function parseSchedulerArgs(
  args: string[],
): { sweep: string; options: Record<string, string> } {
  const [sweep = "", ...rest] = args;
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (!a.startsWith("--")) continue;
    const v = rest[i + 1] ?? "";
    options[a.slice(2).replaceAll("-", "_")] = v.replace(/^'(.*)'$/, "$1");
    i++;
  }
  return { sweep, options };
}

if (import.meta.main) {
  const { sweep, options } = parseSchedulerArgs(Deno.args);
  const run = await init({
    name: `Scheduler.${sweep}`,
    jobType: "sweep-controller",
    config: options,
    settings: { disable_job_creation: true, x_disable_stats: true },
  });
  const launch = (run.config.launch ?? {}) as Record<string, unknown>;
  const api = LaunchApi.fromEnv();
  const ac = new AbortController();
  Deno.addSignalListener("SIGTERM", () => ac.abort());
  let code = 0;
  try {
    const summary = await runLaunchScheduler({
      api,
      sweep,
      entity: options.entity ?? run.entity ?? await api.defaultEntity(),
      project: options.project ?? run.project,
      queue: options.queue,
      projectQueue: options.project_queue,
      job: options.job,
      imageUri: options.image_uri,
      author: options.author,
      resource: launch.resource as string | undefined,
      resourceArgs: launch.resource_args as Record<string, Record<string, unknown>> | undefined,
      intervalMs: options.polling_sleep ? Number(options.polling_sleep) * 1000 : undefined,
      signal: ac.signal,
    });
    console.error(
      `wandb: launch: Scheduler finished (${summary.reason}, ${summary.finished} runs)`,
    );
  } catch (err) {
    console.error(`wandb: launch: Scheduler failed: ${(err as Error).message}`);
    code = 1;
  }
  await run.finish(code);
  Deno.exit(code);
}
