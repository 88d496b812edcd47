/**
 * The `wandb` command line (`deno task wandb <command>`). Commands:
 *
 * - `dump FILE` — print every record of a `.wandb` file as JSON lines (corrupt regions are
 *   reported on stderr with their byte offset, and reading goes on).
 *
 * @module
 */
import { dump } from "./dump.ts";

const USAGE = `Usage: deno task wandb <command> [args]

Commands:
  dump FILE     print every record of a .wandb transaction log as JSON lines
  help          show this help`;

if (import.meta.main) {
  const [command, ...rest] = Deno.args;
  switch (command) {
    case "dump":
      Deno.exit(await dump(rest));
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
