/**
 * `wandb-ts agent`: serves a sweep by running its program once per suggested run, as
 * `wandb agent` does: the sweep's `command` with W&B's macros (`${env}`, `${interpreter}`,
 * `${program}`, `${args}`, `${args_no_hyphens}`, `${args_json}`, `${args_json_file}`, ...), the
 * interpreter `python` for `.py` programs and this Deno (`run -A`) for `.ts`/`.js` ones, the
 * environment `WANDB_SWEEP_ID`, `WANDB_RUN_ID`, `WANDB_SWEEP_PARAM_PATH`; a `stop` sends SIGTERM
 * (SIGKILL when repeated after `WANDB_AGENT_KILL_DELAY` s), W&B's flapping and initial-failure
 * rules stop the agent. On a terminal one status line shows the runs started, finished and
 * failed and the current run. Ctrl-C terminates the runs and waits for them; a second one kills.
 *
 * @example
 * ```sh
 * deno task wandb agent me/demo/abc123 --count 5
 * ```
 * @module
 */
import { liveStatus } from "../sdk/printer.ts";
import { parseArgs } from "node:util";
import { connect } from "../sdk/sweeps/_connect.ts";
import {
  type AgentStatus,
  runAgentLoop,
  type RunHandle,
  type RunLauncher,
} from "../sdk/sweeps/agent_loop.ts";
import { parseSweepPath } from "../sdk/sweeps/gql.ts";
import { ProcessLauncher } from "../sdk/sweeps/process_launcher.ts";
import { processEnv } from "../sdk/settings.ts";
import { WandbError } from "../sdk/errors.ts";
import { CommError } from "../net/errors.ts";
import { cliCommand } from "./command.ts";

/** Usage text of `agent`. */
export const AGENT_USAGE = `Usage: ${cliCommand("agent")} [options] SWEEP_ID

Runs the sweep's program for each run the sweep suggests. SWEEP_ID is id, project/id or
entity/project/id (what \`${cliCommand("sweep")}\` printed).

Options:
  --project NAME   project of the sweep, when SWEEP_ID does not say it
  --entity NAME    entity of the sweep, when SWEEP_ID does not say it
  --count N        stop after N runs
  -h, --help       this help

Environment: WANDB_AGENT_KILL_DELAY (30), WANDB_AGENT_DISABLE_FLAPPING,
WANDB_AGENT_MAX_INITIAL_FAILURES (5), WANDB_DIR.`;

/** Where `agent` writes; `status` draws the one-line status (a terminal only). */
export interface AgentIo {
  out: (line: string) => void;
  err: (line: string) => void;
  status?: (text: string) => void;
  /** Heartbeat interval (tests). @default 5000 */
  intervalMs?: number;
}

const defaultIo: AgentIo = {
  out: (l) => console.log(l),
  err: (l) => console.error(l),
  status: liveStatus,
};

/**
 * The status line's text.
 *
 * @example
 * ```ts
 * import { statusText } from "./agent.ts";
 * console.assert(statusText({ started: 3, finished: 2, failed: 1, current: "abc" }) ===
 *   "wandb: agent: 3 started, 2 finished, 1 failed; running abc");
 * ```
 */
export function statusText(s: AgentStatus): string {
  return `wandb: agent: ${s.started} started, ${s.finished} finished, ${s.failed} failed; ${
    s.current ? `running ${s.current}` : "waiting for a run"
  }`;
}

/**
 * Runs `agent` with its arguments.
 *
 * @returns the exit code: 0 done, 1 failed (or stopped by the failure rules), 2 bad arguments
 * @example
 * ```ts ignore
 * Deno.exit(await agentCommand(["me/demo/abc123", "--count", "3"]));
 * ```
 */
export async function agentCommand(args: string[], io: AgentIo = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        project: { type: "string" },
        entity: { type: "string" },
        count: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    io.err(`wandb: ${(err as Error).message}; see \`${cliCommand("agent", "--help")}\``);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    io.out(AGENT_USAGE);
    return 0;
  }
  const id = parsed.positionals[0];
  if (id === undefined || parsed.positionals.length > 1) {
    io.err(`wandb: give one sweep id; see \`${cliCommand("agent", "--help")}\``);
    return 2;
  }
  let count: number | undefined;
  if (v.count !== undefined) {
    count = Number(v.count);
    if (!Number.isInteger(count) || count < 1) {
      io.err(`wandb: --count ${v.count} is not a positive whole number`);
      return 2;
    }
  }
  const stop = new AbortController();
  let interrupts = 0;
  const processes = new ProcessLauncher({ log: (l) => log(l) });
  const started: RunHandle[] = [];
  const launcher: RunLauncher = {
    start: (req) => {
      const handle = processes.start(req);
      started.push(handle);
      return handle;
    },
  };
  const onSignal = () => {
    interrupts++;
    if (interrupts === 1) {
      io.err("\nwandb: Terminating and syncing runs. Press ctrl-c again to kill.");
      stop.abort();
    } else {
      io.err("wandb: Killing runs and quitting.");
      // The runs are in their own process group: the terminal's signal did not reach them.
      for (const h of started) h.kill();
      Deno.exit(130);
    }
  };
  const signals: Deno.Signal[] = ["SIGINT", "SIGTERM"];
  for (const s of signals) {
    try {
      Deno.addSignalListener(s, onSignal);
    } catch {
      // not available on this platform
    }
  }
  // The status line stays the terminal's last line: a log line clears it, then it is redrawn.
  let last: AgentStatus | undefined;
  const log = (line: string) => {
    if (last) io.status?.("");
    io.err(line);
    if (last) io.status?.(statusText(last));
  };
  try {
    const path0 = parseSweepPath(id, { entity: v.entity, project: v.project });
    const conn = connect({ entity: path0.entity, project: path0.project });
    const path = { ...path0, entity: conn.entity, project: conn.project };
    const summary = await runAgentLoop({
      gql: conn.gql,
      path,
      launcher,
      count,
      env: processEnv(),
      intervalMs: io.intervalMs,
      log,
      onStatus: (s) => {
        if (!io.status) return;
        last = s;
        io.status(statusText(s));
      },
      signal: stop.signal,
    });
    if (last) io.status?.("");
    last = undefined;
    io.err(
      `wandb: agent done: ${summary.started} started, ${summary.finished} finished, ${summary.failed} failed`,
    );
    return summary.reason === "failing" ? 1 : 0;
  } catch (err) {
    if (err instanceof WandbError || err instanceof CommError) {
      io.err(`wandb: ERROR ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    for (const s of signals) {
      try {
        Deno.removeSignalListener(s, onSignal);
      } catch {
        // never added
      }
    }
  }
}
