/**
 * The command line a user types to run the CLI, for every hint the SDK, the server and the CLI
 * print ("run `... sync wandb/offline-run-...`"). One that works from the user's own project:
 *
 * - `wandb-ts <verb>` when the CLI is installed on PATH
 *   (`deno install -g -A -n wandb-ts jsr:@wandb/ts/cli`);
 * - else `deno run -A jsr:@wandb/ts/cli <verb>`, which resolves through the project's `links`
 *   entry (or JSR once published) and, in this repo, to the checkout itself.
 *
 * Looking for `wandb-ts` needs `--allow-env=PATH` and read access to PATH's folders; without
 * them the `deno run` form is used.
 *
 * @example
 * ```ts
 * import { cliCommand } from "./command.ts";
 * const hint = cliCommand("sync", "wandb/offline-run-x");
 * console.assert(hint.endsWith(" sync wandb/offline-run-x"));
 * ```
 * @module
 */

/** The installed command's name (`deno install -g -A -n wandb-ts jsr:@wandb/ts/cli`). */
export const INSTALLED_NAME = "wandb-ts";

/** The CLI run straight from the package, from any folder whose project links or imports it. */
export const RUN_FROM_PACKAGE = "deno run -A jsr:@wandb/ts/cli";

let cached: string | undefined;

/**
 * The command that runs the CLI with `args` (`wandb-ts sync DIR`, or `deno run -A
 * jsr:@wandb/ts/cli sync DIR` when `wandb-ts` is not on PATH). Arguments with spaces or shell
 * characters are quoted.
 *
 * @param args the verb and its arguments
 * @returns a command line to show the user
 * @example
 * ```ts
 * import { cliCommand } from "./command.ts";
 * console.assert(cliCommand("login").endsWith(" login") || cliCommand("login") === "wandb-ts login");
 * ```
 */
export function cliCommand(...args: string[]): string {
  cached ??= installedOnPath() ? INSTALLED_NAME : RUN_FROM_PACKAGE;
  return [cached, ...args.map(quote)].join(" ");
}

function installedOnPath(): boolean {
  try {
    // Asked first, so that a script run with fewer permissions is never prompted for a hint.
    const granted = (d: Deno.PermissionDescriptor) =>
      Deno.permissions.querySync(d).state === "granted";
    if (!granted({ name: "env", variable: "PATH" }) || !granted({ name: "read" })) return false;
    const path = Deno.env.get("PATH") ?? "";
    for (const dir of path.split(":")) {
      if (!dir) continue;
      try {
        if (Deno.statSync(`${dir}/${INSTALLED_NAME}`).isFile) return true;
      } catch {
        // not in this folder
      }
    }
  } catch {
    // no env permission: the package form works either way
  }
  return false;
}

function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}
