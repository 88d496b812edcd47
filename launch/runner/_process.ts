/**
 * The runners' child process: {@linkcode start} of `internal/subprocess.ts` with the output
 * streamed to a sink with a prefix, and a program that cannot start reported as a
 * {@linkcode LaunchError} (`launch/entry-point`, stage `run`).
 *
 * @module
 */
import { start, type Subprocess, SubprocessError } from "../../internal/subprocess.ts";
import { LaunchError } from "../errors.ts";

export type { ExitStatus } from "../../internal/subprocess.ts";

/** Inputs of {@linkcode startProcess}. */
export interface ProcessOptions {
  /** The program (on PATH or a path). */
  command: string;
  /** Its arguments. */
  args: string[];
  /** Working directory. */
  cwd?: string;
  /** Variables added to the agent's own environment. */
  env: Record<string, string>;
  /** Put before every output line, e.g. `[abc123] `. */
  prefix: string;
  /** Receives each prefixed line. @default writes to stderr */
  sink?: (line: string) => void;
}

/**
 * Starts `command args` with `env` over the process's environment.
 *
 * @throws {LaunchError} `launch/entry-point` when the program cannot be started
 */
export function startProcess(o: ProcessOptions): Subprocess {
  try {
    return start({
      command: o.command,
      args: o.args,
      cwd: o.cwd,
      env: o.env,
      output: { prefix: o.prefix, sink: o.sink },
      fix: "check the entry point and that the program is on PATH",
    });
  } catch (err) {
    if (!(err instanceof SubprocessError)) throw err;
    throw new LaunchError("launch/entry-point", err.message, "run", { cause: err });
  }
}
