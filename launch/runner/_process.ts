/**
 * The one subprocess helper of the runners: starts a command with `Deno.Command`, streams its
 * stdout and stderr line by line to a sink with a prefix, keeps the last 64 KiB of output for an
 * error report, and resolves a typed exit status.
 *
 * @module
 */
import { LaunchError } from "../errors.ts";

/** How a launched process ended. */
export interface ExitStatus {
  /** Exit code (128 + n after signal n). */
  code: number;
  /** The signal that ended it, if one did. */
  signal: Deno.Signal | null;
  /** Exited with code 0. */
  success: boolean;
}

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

/** A running launched process. */
export interface LaunchedProcess {
  /** Its process id. */
  readonly pid: number;
  /** Resolves when it ended and its output was read. */
  readonly status: Promise<ExitStatus>;
  /** Ends it (SIGTERM unless told). */
  kill(signal?: Deno.Signal): void;
  /** The last 64 KiB of its output. */
  logs(): string;
}

const LOG_TAIL = 64 * 1024;

/**
 * Starts `command args` with `env` over the process's environment.
 *
 * @throws {LaunchError} `launch/entry-point` when the program cannot be started
 */
export function startProcess(o: ProcessOptions): LaunchedProcess {
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command(o.command, {
      args: o.args,
      cwd: o.cwd,
      env: o.env,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
  } catch (err) {
    throw new LaunchError(
      "launch/entry-point",
      `Cannot start ${o.command}${o.cwd ? ` in ${o.cwd}` : ""}: ${
        (err as Error).message.split("\n")[0]
      }; check the entry point and that the program is on PATH`,
      "run",
      { cause: err },
    );
  }
  const sink = o.sink ?? ((line: string) => console.error(line));
  let tail = "";
  const pump = async (stream: ReadableStream<Uint8Array>) => {
    let pending = "";
    for await (const text of stream.pipeThrough(new TextDecoderStream())) {
      tail = (tail + text).slice(-LOG_TAIL);
      pending += text;
      const lines = pending.split(/\r?\n/);
      pending = lines.pop()!;
      for (const line of lines) sink(o.prefix + line);
    }
    if (pending) sink(o.prefix + pending);
  };
  const status = Promise.all([pump(child.stdout), pump(child.stderr), child.status]).then(
    ([, , s]) => ({ code: s.code, signal: s.signal, success: s.success }),
  );
  let ended = false;
  status.then(() => ended = true, () => ended = true);
  return {
    pid: child.pid,
    status,
    kill(signal: Deno.Signal = "SIGTERM") {
      if (ended) return;
      try {
        child.kill(signal);
      } catch {
        // already exited
      }
    },
    logs: () => tail,
  };
}
