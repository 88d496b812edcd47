/**
 * Starts sweep runs as child processes (`wandb-ts agent`): the argv from the sweep's command
 * template and W&B's macros, the run's environment, stdin closed (as W&B's agent does, so a
 * script that reads it fails fast instead of hanging), stdout and stderr shared with the agent,
 * its own process group (a Ctrl-C at the terminal reaches the agent, which then terminates the
 * runs). `terminate` sends SIGTERM, `kill` SIGKILL.
 *
 * @example
 * ```ts ignore
 * const handle = new ProcessLauncher().start(request);
 * console.log(await handle.exited);
 * ```
 * @module
 */
import { start } from "../../internal/subprocess.ts";
import { buildCommand } from "./command.ts";
import type { RunHandle, RunLauncher, RunRequest } from "./agent_loop.ts";

/** Options of {@linkcode ProcessLauncher}. */
export interface ProcessLauncherOptions {
  /** Told the command line of each run. */
  log?: (line: string) => void;
  /** Where the runs start. @default the agent's cwd */
  cwd?: string;
}

/** A {@linkcode RunLauncher} that runs each run's command with `Deno.Command`. */
export class ProcessLauncher implements RunLauncher {
  readonly #options: ProcessLauncherOptions;

  /**
   * @param options where to log and where to start runs
   * @example
   * ```ts
   * import { ProcessLauncher } from "./process_launcher.ts";
   * console.assert(new ProcessLauncher() instanceof ProcessLauncher);
   * ```
   */
  constructor(options: ProcessLauncherOptions = {}) {
    this.#options = options;
  }

  /**
   * Spawns the run's command.
   *
   * @throws {SubprocessError} `subprocess/empty` for an empty command, `subprocess/not-found`
   * when its program is not found
   */
  start(request: RunRequest): RunHandle {
    const argv = buildCommand({
      command: request.command,
      program: request.program,
      args: request.args,
      argsJsonFile: request.argsJsonPath,
      env: request.env,
    });
    this.#options.log?.(
      `wandb: About to run command: ${argv.map((c) => c.includes(" ") ? `"${c}"` : c).join(" ")}`,
    );
    const child = start({
      command: argv[0] ?? "",
      args: argv.slice(1),
      env: request.env,
      clearEnv: true,
      cwd: this.#options.cwd,
      detached: true,
      fix: "check the sweep's `command` and `program` and that the program is on PATH",
    });
    return {
      exited: child.status.then((s) => s.signal !== null ? null : s.code),
      terminate: () => child.kill("SIGTERM"),
      kill: () => child.kill("SIGKILL"),
    };
  }
}
