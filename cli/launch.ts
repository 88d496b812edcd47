/**
 * `launch` and `launch-agent`, with the flags of W&B's `wandb launch` / `wandb launch-agent`:
 *
 * - `launch (--uri URI | --job JOB | --docker-image IMG) [--entry-point CMD] [--queue [Q]] …` —
 *   with `--queue`, puts the launch on a run queue (`launchAdd`); without, runs it here.
 * - `launch-agent [--queue Q]… [--entity E] [--project P] [--max-jobs N] [--config FILE]` — polls
 *   the queues and runs their items; a live status line on a terminal; SIGINT/SIGTERM stop it
 *   after the item in hand (the agent is marked KILLED).
 *
 * @example
 * ```ts ignore
 * Deno.exit(await launchAgentCli(["--queue", "default", "--max-jobs", "2"]));
 * ```
 * @module
 */
import { liveStatus } from "../sdk/printer.ts";
import { parseArgs } from "node:util";
import { LaunchAgent } from "../launch/agent.ts";
import { launchConfigPath, readLaunchConfig } from "../launch/agent_config.ts";
import { LaunchError } from "../launch/errors.ts";
import { launch } from "../launch/launch.ts";
import { launchAdd } from "../launch/launch_add.ts";
import { LaunchApi } from "../launch/launch_api.ts";
import { processEnv } from "../sdk/settings.ts";
import { cliCommand } from "./command.ts";

const LAUNCH_USAGE = `Usage: ${
  cliCommand("launch")
} (--uri URI | --job JOB | --docker-image IMG) [options]
  -u, --uri URI            git repository to run (https://…, file://…)
  -j, --job JOB            job artifact, entity/project/name:alias
  -d, --docker-image IMG   container image to run
  -E, --entry-point CMD    command to run, e.g. "deno run -A train.ts" or "python train.py"
  -g, --git-version REF    branch, tag or commit of the git source
  -c, --config JSON|FILE   base launch spec (overrides.run_config, overrides.args, …)
  -r, --resource NAME      local-process or local-container (default: the queue's, or local-container)
  -R, --resource-args J|F  resource arguments, {"local-container": {...}}
  -e, --entity E  -p, --project P  --name N  --run-id ID
  -q, --queue [Q]          enqueue on Q (default "default") instead of running here
  --project-queue P        project holding the queue (default model-registry)
  -P, --priority N         0 (highest) to 4
  --set-var KEY=VALUE      a queue template variable (repeatable)
  --async                  do not wait for a local run to end`;

const AGENT_USAGE = `Usage: ${cliCommand("launch-agent")} [options]
  -q, --queue Q        queue to poll (repeatable; default: the config's queues, else "default")
  -e, --entity E       the queues' entity (default: the config's, else yours)
  -p, --project P      the queues' project (default model-registry)
  -j, --max-jobs N     most jobs at once (-1: no limit; default 1)
  --max-schedulers N   most sweep schedulers at once
  -c, --config FILE    launch config (default ~/.config/wandb/launch-config.yaml)
  --poll-interval S    seconds between polls when idle (default 10)`;

/**
 * Runs `launch`.
 *
 * @param args the arguments after the verb
 * @returns the exit code
 */
export async function launchCli(args: string[]): Promise<number> {
  let p;
  try {
    p = parseArgs({
      args: args.map((a) => (a === "-pq" ? "--project-queue" : a)),
      options: {
        uri: { type: "string", short: "u" },
        job: { type: "string", short: "j" },
        "docker-image": { type: "string", short: "d" },
        "entry-point": { type: "string", short: "E" },
        "git-version": { type: "string", short: "g" },
        config: { type: "string", short: "c" },
        resource: { type: "string", short: "r" },
        "resource-args": { type: "string", short: "R" },
        entity: { type: "string", short: "e" },
        project: { type: "string", short: "p" },
        name: { type: "string" },
        "run-id": { type: "string" },
        queue: { type: "string", short: "q" },
        "project-queue": { type: "string" },
        priority: { type: "string", short: "P" },
        "set-var": { type: "string", multiple: true },
        async: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    console.error(`wandb: ${(err as Error).message}\n${LAUNCH_USAGE}`);
    return 2;
  }
  const v = p.values;
  if (v.help) {
    console.log(LAUNCH_USAGE);
    return 0;
  }
  try {
    const spec = {
      uri: v.uri,
      job: v.job,
      dockerImage: v["docker-image"],
      entryPoint: v["entry-point"]?.split(/\s+/).filter(Boolean),
      version: v["git-version"],
      config: v.config ? await jsonArg(v.config, "--config") : undefined,
      resource: v.resource,
      resourceArgs: v["resource-args"]
        ? await jsonArg(v["resource-args"], "--resource-args") as Record<
          string,
          Record<string, unknown>
        >
        : undefined,
      entity: v.entity,
      project: v.project,
      name: v.name,
      runId: v["run-id"],
    };
    const api = LaunchApi.fromEnv();
    if (v.queue !== undefined) {
      const templateVariables = templateVars(v["set-var"] ?? []);
      const queued = await launchAdd({
        ...spec,
        api,
        queueName: v.queue || "default",
        projectQueue: v["project-queue"],
        priority: v.priority === undefined ? undefined : Number(v.priority),
        templateVariables,
      });
      console.log(
        `launch: Added run to queue ${queued.queueName} (item ${queued.id}); start an agent with \`${
          cliCommand("launch-agent", "--queue", queued.queueName)
        }\``,
      );
      return 0;
    }
    const run = await launch({ ...spec, api, synchronous: !v.async });
    console.log(`launch: run ${run.runId} ${await run.getStatus()}`);
    return 0;
  } catch (err) {
    return report(err);
  }
}

/**
 * Runs `launch-agent` until it is stopped.
 *
 * @param args the arguments after the verb
 * @returns the exit code
 */
export async function launchAgentCli(args: string[]): Promise<number> {
  let p;
  try {
    p = parseArgs({
      args,
      options: {
        queue: { type: "string", short: "q", multiple: true },
        entity: { type: "string", short: "e" },
        project: { type: "string", short: "p" },
        "max-jobs": { type: "string", short: "j" },
        "max-schedulers": { type: "string" },
        config: { type: "string", short: "c" },
        "poll-interval": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    console.error(`wandb: ${(err as Error).message}\n${AGENT_USAGE}`);
    return 2;
  }
  const v = p.values;
  if (v.help) {
    console.log(AGENT_USAGE);
    return 0;
  }
  const number = (s: string | undefined, flag: string): number | undefined => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (!Number.isFinite(n) || (n <= 0 && n !== -1)) {
      throw new LaunchError(
        "launch/config",
        `${flag} ${s} is not a positive number or -1; pass e.g. ${flag} 2`,
      );
    }
    return n;
  };
  const line = new StatusLine();
  try {
    const path = v.config ?? launchConfigPath(processEnv());
    const config = path ? await readLaunchConfig(path, v.config !== undefined) : {};
    const interval = number(v["poll-interval"], "--poll-interval");
    const agent = new LaunchAgent({
      queues: v.queue,
      entity: v.entity,
      project: v.project,
      maxJobs: number(v["max-jobs"], "--max-jobs"),
      maxSchedulers: number(v["max-schedulers"], "--max-schedulers"),
      config,
      pollIntervalMs: interval === undefined ? undefined : interval * 1000,
      log: (l) => line.print(l),
      sink: (l) => line.print(l),
      onStatus: (s) =>
        line.set(
          `launch: ${s.state} on ${
            s.queues.join(",")
          } | running ${s.running} | finished ${s.finished} | failed ${s.failed}`,
        ),
    });
    await agent.loop();
    line.done();
    return 0;
  } catch (err) {
    line.done();
    return report(err);
  }
}

/** A status line kept at the bottom of a terminal; plain lines elsewhere. */
class StatusLine {
  #text = "";

  set(text: string): void {
    this.#text = text;
    liveStatus?.(text);
  }

  print(line: string): void {
    if (liveStatus) liveStatus(`${line}\n${this.#text}`);
    else console.error(line);
  }

  done(): void {
    if (liveStatus && this.#text) liveStatus(`${this.#text}\n`);
  }
}

async function jsonArg(value: string, flag: string): Promise<Record<string, unknown>> {
  let text = value;
  if (!value.trimStart().startsWith("{")) {
    try {
      text = await Deno.readTextFile(value);
    } catch (err) {
      throw new LaunchError(
        "launch/config",
        `Cannot read ${flag} ${value}: ${(err as Error).message}; pass JSON or a JSON file`,
      );
    }
  }
  try {
    const o = JSON.parse(text);
    if (typeof o === "object" && o !== null && !Array.isArray(o)) return o;
  } catch { /* reported below */ }
  throw new LaunchError(
    "launch/config",
    `${flag} is not a JSON object; pass e.g. ${flag} '{"overrides": {}}'`,
  );
}

function templateVars(pairs: string[]): Record<string, string | number> | undefined {
  if (pairs.length === 0) return undefined;
  const out: Record<string, string | number> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) {
      throw new LaunchError(
        "launch/config",
        `--set-var ${pair} is not KEY=VALUE; pass e.g. --set-var gpus=2`,
      );
    }
    const raw = pair.slice(eq + 1);
    out[pair.slice(0, eq)] = raw !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  }
  return out;
}

function report(err: unknown): number {
  if (err instanceof LaunchError) {
    console.error(`wandb: ${err.name} ${err.code}: ${err.message}`);
    return 1;
  }
  console.error(`wandb: ${(err as Error)?.message ?? err}`);
  return 1;
}
