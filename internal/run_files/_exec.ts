/**
 * The one place `run_files` starts a subprocess: runs a command with a time limit and returns
 * its exit code and captured stdout, or `undefined` when it cannot run at all (binary missing,
 * no `--allow-run`, bad `cwd`). Without the grant it does not try, so Deno never prompts.
 *
 * @module
 */
import { granted } from "./_permissions.ts";

/** What a finished command produced. */
export interface ExecResult {
  /** Exit code; not 0 also when the time limit killed it. */
  code: number;
  /** True when the time limit killed it. */
  timedOut: boolean;
  /** Captured standard output. */
  stdout: Uint8Array;
}

/** Runs `cmd args` in `cwd`, killing it after `timeoutMs`. Never throws. */
export async function exec(
  cmd: string,
  args: string[],
  options: { cwd?: string; timeoutMs: number; env?: Record<string, string> },
): Promise<ExecResult | undefined> {
  if (!granted({ name: "run", command: cmd })) return undefined;
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const out = await new Deno.Command(cmd, {
      args,
      ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
      ...(options.env !== undefined ? { env: options.env } : {}),
      stdin: "null",
      stdout: "piped",
      stderr: "null",
      signal,
    }).output();
    return { code: out.code, timedOut: signal.aborted, stdout: out.stdout };
  } catch {
    return undefined;
  }
}
