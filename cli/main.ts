/**
 * The `wandb-ts` command line. From any project that links or imports the package:
 * `deno run -A jsr:@wandb/ts/cli <command>`, or installed once with
 * `deno install -g -A -n wandb-ts jsr:@wandb/ts/cli` (from a checkout: `deno task install-cli`),
 * then `wandb-ts <command>`; in this repo also `deno task wandb <command>`. Commands:
 *
 * - `board [DIR]` — the web UI over the runs under a `wandb/` folder, no sync or login needed.
 * - `dump FILE` — print every record of a `.wandb` file as JSON lines (corrupt regions are
 *   reported on stderr with their byte offset, and reading goes on).
 * - `login [--host URL] [KEY]` — verify an API key and save it in netrc.
 * - `sync [options] PATH...` — upload offline or interrupted runs.
 * - `sweep CONFIG.yaml` — create a sweep; `agent SWEEP_ID` — run its program for each run.
 * - `server [...]` — the local W&B-compatible server (same as `deno task server`).
 * - `launch …` / `launch-agent …` — W&B Launch: run or enqueue a job, git URI or image; poll run
 *   queues and run their items.
 *
 * @example
 * ```sh
 * deno run -A jsr:@wandb/ts/cli sync wandb/offline-run-20261204_050000-abc123
 * ```
 * @module
 */
import { agentCommand } from "./agent.ts";
import { artifact } from "./artifact.ts";
import { dump } from "./dump.ts";
import { login } from "./login.ts";
import { sync } from "./sync.ts";
import { sweepCommand } from "./sweep.ts";
import { board } from "./board.ts";
import { launchAgentCli, launchCli } from "./launch.ts";
import { cliCommand } from "./command.ts";
import { serverMain } from "../server/main.ts";

const USAGE = `Usage: ${cliCommand()} <command> [args]

Commands:
  agent ID      run the sweep's program for each run the sweep suggests (--count N)
  artifact      put PATH --name N --type T | get NAME:ALIAS [--root DIR] | ls PROJECT
  board [DIR]   show the runs under DIR (default ./wandb) in the web UI: no sync, no login
  login [KEY]   check an API key with the server and save it in netrc (--host URL)
  sweep FILE    create a sweep from a YAML config (--pause/--resume/--stop/--cancel ID)
  sync PATH...  upload offline or interrupted runs (--sync-all for every unsynced run)
  dump FILE     print every record of a .wandb transaction log as JSON lines
  launch        run a job, git URI or image here, or put it on a run queue (--queue)
  launch-agent  poll run queues and run their items (--queue Q, --max-jobs N)
  server        run the local W&B-compatible server (see \`${cliCommand("server", "--help")}\`)
  help          show this help`;

if (import.meta.main) {
  const [command, ...rest] = Deno.args;
  switch (command) {
    case "agent":
      Deno.exit(await agentCommand(rest));
      break;
    case "sweep":
      Deno.exit(await sweepCommand(rest));
      break;
    case "artifact":
      Deno.exit(await artifact(rest));
      break;
    case "dump":
      Deno.exit(await dump(rest));
      break;
    case "login":
      Deno.exit(await login(rest));
      break;
    case "sync":
      Deno.exit(await sync(rest));
      break;
    case "board":
      Deno.exit(await board(rest));
      break;
    case "launch":
      Deno.exit(await launchCli(rest));
      break;
    case "launch-agent":
      Deno.exit(await launchAgentCli(rest));
      break;
    case "server":
      Deno.exit(await serverMain(rest));
      break;
    case undefined:
    case "help":
    case "--help":
    case "-h":
      console.log(USAGE);
      break;
    default:
      console.error(
        `wandb: unknown command "${command}"; run \`${cliCommand("help")}\` for the list`,
      );
      Deno.exit(2);
  }
}
