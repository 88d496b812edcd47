/** Helpers for end-to-end tests: run a script in a child Deno process, read a run's log. */
import { decodeRecord, recordType, type wandb_internal } from "../../proto/mod.ts";
import { readTransactionLogFile } from "../../internal/transaction_log.ts";

export const testdata = new URL("../testdata/", import.meta.url);

/** Output of a finished child. */
export interface ChildResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `deno <args>` in `cwd` with extra env (NO_COLOR set), waiting for it to end. */
export async function runDeno(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<ChildResult> {
  const out = await new Deno.Command(Deno.execPath(), {
    args,
    cwd,
    env: { NO_COLOR: "1", ...env },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

/** Runs `deno run -A <script>` (a file of tests/testdata) in `cwd` with extra env. */
export function runScript(
  script: string,
  cwd: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<ChildResult> {
  return runDeno(["run", "-A", new URL(script, testdata).pathname, ...args], cwd, env);
}

/** A decoded record with its type and offset. */
export interface Decoded {
  type: string;
  offset: number;
  record: wandb_internal.Record;
}

/** Reads every record of a `.wandb` file (throws on corruption). */
export async function readRecords(path: string): Promise<Decoded[]> {
  const out: Decoded[] = [];
  for await (const e of readTransactionLogFile(path)) {
    if (e.kind !== "record") throw new Error(`${e.kind} at ${e.offset} in ${path}`);
    const record = decodeRecord(e.bytes);
    out.push({ type: recordType(record), offset: e.offset, record });
  }
  return out;
}

/** The single run directory under `<root>/wandb`. */
export function onlyRunDir(root: string): string {
  const dirs = [...Deno.readDirSync(`${root}/wandb`)].filter((d) =>
    d.isDirectory && /run-/.test(d.name)
  );
  if (dirs.length !== 1) throw new Error(`expected one run dir, found ${dirs.map((d) => d.name)}`);
  return `${root}/wandb/${dirs[0]!.name}`;
}

/** History items of a record as key → parsed value. */
export function historyItems(r: wandb_internal.Record): Record<string, string> {
  const out: Record<string, string> = {};
  for (const it of r.history?.item ?? []) {
    out[it.nestedKey?.length ? it.nestedKey.join(".") : it.key!] = it.valueJson!;
  }
  return out;
}

/** A child that ran `testdata/killed_run.ts` until its first flush. */
export interface FlushedChild {
  child: Deno.ChildProcess;
  /** Records and bytes on disk at the flush, and the run directory. */
  records: number;
  bytes: number;
  dir: string;
}

/** Starts `killed_run.ts` in `cwd` and waits for its `FLUSHED records bytes dir` line. */
export async function spawnUntilFlushed(cwd: string): Promise<FlushedChild> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", new URL("killed_run.ts", testdata).pathname],
    cwd,
    stdout: "piped",
    stderr: "null",
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  let m: RegExpExecArray | null = null;
  while (!(m = /FLUSHED (\d+) (\d+) (\S+)\n/.exec(text))) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`child ended before flushing: ${text}`);
    text += value;
  }
  await reader.cancel();
  return { child, records: Number(m[1]), bytes: Number(m[2]), dir: m[3]! };
}

/** Options of {@linkcode until}. */
export interface UntilOptions {
  /** Give up after this long. @default 60 000 */
  deadlineMs?: number;
  /** The condition in words, for the failure message (e.g. "the agent acked the item"). */
  what: string;
  /** Between checks. @default 25 */
  intervalMs?: number;
}

/**
 * Checks `cond` until it returns a truthy value, which it resolves with; fails naming `what`
 * once `deadlineMs` passed, so a test that waits for something that never happens ends
 * instead of hanging. An error thrown by `cond` counts as "not yet" (the last one is reported).
 */
export async function until<T>(
  cond: () => T | Promise<T>,
  o: UntilOptions,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + (o.deadlineMs ?? 60_000);
  let last: unknown;
  for (;;) {
    try {
      const v = await cond();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      const why = last
        ? ` (last error: ${String((last as Error).message ?? last).split("\n")[0]})`
        : "";
      throw new Error(`Timed out after ${o.deadlineMs ?? 60_000} ms waiting until ${o.what}${why}`);
    }
    await new Promise((r) => setTimeout(r, o.intervalMs ?? 25));
  }
}
