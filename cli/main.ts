/**
 * The `wandb` command line (`deno task wandb <command>`). Commands:
 *
 * - `dump FILE` — print every record of a `.wandb` file as JSON lines (corrupt regions are
 *   reported on stderr with their byte offset, and reading goes on).
 * - `login [--host URL] [KEY]` — verify an API key and save it in netrc.
 * - `sync [options] PATH...` — upload offline or interrupted runs.
 * - `server [...]` — the local W&B-compatible server (same as `deno task server`).
 *
 * @module
 */
import { dump } from "./dump.ts";
import { login } from "./login.ts";
import { sync } from "./sync.ts";
import { serverMain } from "../server/main.ts";

const USAGE = `Usage: deno task wandb <command> [args]

Commands:
  login [KEY]   check an API key with the server and save it in netrc (--host URL)
  sync PATH...  upload offline or interrupted runs (--sync-all for every unsynced run)
  dump FILE     print every record of a .wandb transaction log as JSON lines
  server        run the local W&B-compatible server (see \`deno task wandb server --help\`)
  help          show this help`;

if (import.meta.main) {
  const [command, ...rest] = Deno.args;
  switch (command) {
    case "dump":
      Deno.exit(await dump(rest));
      break;
    case "login":
      Deno.exit(await login(rest));
      break;
    case "sync":
      Deno.exit(await sync(rest));
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
        `wandb: unknown command "${command}"; run \`deno task wandb help\` for the list`,
      );
      Deno.exit(2);
  }
}
