/**
 * The one way this package runs a child program: {@linkcode start} spawns it with
 * `Deno.Command` (stdin closed), either sharing the parent's stdout/stderr or streaming both line
 * by line to a sink with a prefix (keeping the last 64 KiB for an error report); the handle's
 * {@linkcode Subprocess.terminate} sends SIGTERM and then SIGKILL after a grace period. A program
 * that cannot be started throws a {@linkcode SubprocessError} whose one-line message names the
 * program and the fix. Used by the launch runners and the sweep agent's run launcher.
 *
 * @example
 * ```ts
 * import { start } from "./subprocess.ts";
 * const lines: string[] = [];
 * const child = start({
 *   command: Deno.execPath(),
 *   args: ["eval", "console.log('hi')"],
 *   output: { prefix: "[r1] ", sink: (l) => lines.push(l) },
 * });
 * console.assert((await child.status).success && lines[0] === "[r1] hi");
 * ```
 * @module
 */

/** How a child ended. */
export interface ExitStatus {
  /** Exit code (128 + n after signal n). */
  code: number;
  /** The signal that ended it, if one did. */
  signal: Deno.Signal | null;
  /** Exited with code 0. */
  success: boolean;
}

/** Stable codes of {@linkcode SubprocessError}. */
export type SubprocessErrorCode = "subprocess/empty" | "subprocess/not-found" | "subprocess/spawn";

/**
 * A child program that could not be started.
 *
 * @example
 * ```ts
 * import { start, SubprocessError } from "./subprocess.ts";
 * try {
 *   start({ command: "no-such-program-xyz", args: [] });
 * } catch (e) {
 *   console.assert(e instanceof SubprocessError && e.code === "subprocess/not-found");
 * }
 * ```
 */
export class SubprocessError extends Error {
  /** Error class name. */
  override name = "SubprocessError";
  /**
   * Creates the error.
   *
   * @param code what failed
   * @param program the program that was to run ("" for an empty command)
   * @param message one line: what, where, and the fix
   * @param options the cause, if any
   */
  constructor(
    readonly code: SubprocessErrorCode,
    readonly program: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Where a child's output goes: the parent's own stdout/stderr, or prefixed lines to a sink. */
export type OutputMode = "inherit" | {
  /** Put before every output line, e.g. `[abc123] `. */
  prefix: string;
  /** Receives each prefixed line. @default writes to stderr */
  sink?: (line: string) => void;
};

/** Inputs of {@linkcode start}. */
export interface StartOptions {
  /** The program (on PATH or a path). */
  command: string;
  /** Its arguments. */
  args: string[];
  /** Working directory. @default the parent's */
  cwd?: string;
  /** Variables added to the parent's environment (or the whole environment with `clearEnv`). */
  env?: Record<string, string>;
  /** Start from an empty environment instead of the parent's. @default false */
  clearEnv?: boolean;
  /** Its own process group (a terminal's Ctrl-C does not reach it). @default false */
  detached?: boolean;
  /** Where stdout and stderr go. @default "inherit" */
  output?: OutputMode;
  /** Appended to the "cannot start" message: how to fix it. @default install it or put it on PATH */
  fix?: string;
}

/** A running child. */
export interface Subprocess {
  /** Its process id. */
  readonly pid: number;
  /** Resolves when it ended and its output was read. */
  readonly status: Promise<ExitStatus>;
  /** Sends a signal (SIGTERM unless told); nothing once it ended. */
  kill(signal?: Deno.Signal): void;
  /**
   * SIGTERM, then SIGKILL when it has not ended after `graceMs`; resolves when it ended.
   *
   * @param graceMs how long SIGTERM has before SIGKILL
   */
  terminate(graceMs: number): Promise<ExitStatus>;
  /** The last 64 KiB of its output ("" with `output: "inherit"`). */
  logs(): string;
}

const LOG_TAIL = 64 * 1024;

/**
 * Starts `command args`.
 *
 * @param o the program, its arguments, environment, and where its output goes
 * @returns the running child
 * @throws {SubprocessError} `subprocess/empty` for an empty command, `subprocess/not-found` when
 * the program is not found, `subprocess/spawn` when it cannot be started otherwise
 * @example
 * ```ts
 * import { start } from "./subprocess.ts";
 * const child = start({ command: Deno.execPath(), args: ["eval", "setInterval(() => {}, 1000)"] });
 * const status = await child.terminate(5_000);
 * console.assert(status.signal === "SIGTERM");
 * ```
 */
export function start(o: StartOptions): Subprocess {
  const fix = o.fix ?? `install ${o.command || "it"} or put it on PATH`;
  if (!o.command) {
    throw new SubprocessError(
      "subprocess/empty",
      "",
      `No program to start: the command is empty; ${fix}`,
    );
  }
  const output = o.output ?? "inherit";
  const piped = output !== "inherit";
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command(o.command, {
      args: o.args,
      cwd: o.cwd,
      env: o.env,
      clearEnv: o.clearEnv,
      detached: o.detached,
      stdin: "null",
      stdout: piped ? "piped" : "inherit",
      stderr: piped ? "piped" : "inherit",
    }).spawn();
  } catch (err) {
    const notFound = err instanceof Deno.errors.NotFound;
    const where = o.cwd ? ` in ${o.cwd}` : "";
    throw new SubprocessError(
      notFound ? "subprocess/not-found" : "subprocess/spawn",
      o.command,
      notFound
        ? `Cannot start ${o.command}${where}: program or directory not found; ${fix}`
        : `Cannot start ${o.command}${where}: ${
          String((err as Error).message).split("\n")[0]
        }; ${fix}`,
      { cause: err },
    );
  }
  let tail = "";
  let status: Promise<ExitStatus>;
  const toStatus = (s: Deno.CommandStatus): ExitStatus => ({
    code: s.code,
    signal: s.signal,
    success: s.success,
  });
  if (piped) {
    const sink = output.sink ?? ((line: string) => console.error(line));
    const pump = async (stream: ReadableStream<Uint8Array>) => {
      let pending = "";
      for await (const text of stream.pipeThrough(new TextDecoderStream())) {
        tail = (tail + text).slice(-LOG_TAIL);
        pending += text;
        const lines = pending.split(/\r?\n/);
        pending = lines.pop()!;
        for (const line of lines) sink(output.prefix + line);
      }
      if (pending) sink(output.prefix + pending);
    };
    status = Promise.all([pump(child.stdout), pump(child.stderr), child.status]).then(
      ([, , s]) => toStatus(s),
    );
  } else {
    status = child.status.then(toStatus);
  }
  let ended = false;
  status.then(() => ended = true, () => ended = true);
  const kill = (signal: Deno.Signal = "SIGTERM") => {
    if (ended) return;
    try {
      child.kill(signal);
    } catch {
      // already exited
    }
  };
  return {
    pid: child.pid,
    status,
    kill,
    async terminate(graceMs: number): Promise<ExitStatus> {
      kill("SIGTERM");
      let timer: ReturnType<typeof setTimeout> | undefined;
      const killed = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          kill("SIGKILL");
          resolve();
        }, graceMs);
      });
      try {
        await Promise.race([status, killed]);
        return await status;
      } finally {
        clearTimeout(timer);
      }
    },
    logs: () => tail,
  };
}
