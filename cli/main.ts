/**
 * The `wandb` command line (`deno task wandb <command>`). Commands:
 *
 * - `dump FILE` — print every record of a `.wandb` file as JSON lines (corrupt regions are
 *   reported on stderr with their byte offset, and reading goes on).
 * - `server [...]` — the local W&B-compatible server (same as `deno task server`).
 *
 * @module
 */
import { dump } from "./dump.ts";
import { serverMain } from "../server/main.ts";

const USAGE = `Usage: deno task wandb <command> [args]

Commands:
  dump FILE     print every record of a .wandb transaction log as JSON lines
  server        run the local W&B-compatible server (see \`deno task wandb server --help\`)
  help          show this help`;

if (import.meta.main) {
  const [command, ...rest] = Deno.args;
  switch (command) {
    case "dump":
      Deno.exit(await dump(rest));
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
