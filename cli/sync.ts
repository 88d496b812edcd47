/**
 * `wandb-ts sync [options] PATH...`: uploads offline or interrupted runs from their `.wandb`
 * logs with the online sender itself, going on from the checkpoint a run left (the last record
 * the server acknowledged) instead of starting over, several runs at once. A run whose sync
 * finished gets W&B's `run-<id>.wandb.synced` marker and is skipped next time unless
 * `--include-synced`; re-sending lands on the same offsets, so nothing is duplicated.
 *
 * Permissions: `-A` (reads the runs and netrc, talks to the server).
 *
 * @example
 * ```ts ignore
 * Deno.exit(await sync(["--sync-all"]));
 * ```
 * @module
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { resolveCredentials } from "../net/mod.ts";
import {
  type ArtifactProgress,
  loadCheckpoint,
  Sender,
  type SendResult,
  syncedMarkerPath,
} from "../internal/sender/mod.ts";
import { resolveSettings } from "../sdk/settings.ts";
import { policies } from "../sdk/online.ts";
import { artifactProgressText, liveStatus } from "../sdk/printer.ts";
import { cliCommand } from "./command.ts";
import { findLogs } from "./run_logs.ts";

/** Usage text of `sync`. */
export const SYNC_USAGE = `Usage: ${cliCommand("sync")} [options] [PATH...]

Uploads runs saved offline (or cut off while online) to a W&B server. PATH is a run directory
(wandb/offline-run-...), a .wandb file, or a directory holding run directories.

Options:
  --sync-all          every run under ./wandb that is not synced yet
  --include-synced    also runs that were synced before
  --host URL          server (default: WANDB_BASE_URL, settings, https://api.wandb.ai)
  --entity NAME       upload to this entity instead of the run's
  --project NAME      upload to this project instead of the run's
  --jobs N            runs synced at once (default 2)
  -h, --help          this help`;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  progress?: (text: string) => void;
}

const defaultIo: Io = {
  out: (l) => console.log(l),
  err: (l) => console.error(l),
  progress: liveStatus,
};

/**
 * Runs the `sync` command.
 *
 * @returns the exit code: 0 when every run synced, 1 when one failed, 2 for bad usage
 */
export async function sync(args: string[], io: Io = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        "sync-all": { type: "boolean" },
        "include-synced": { type: "boolean" },
        host: { type: "string" },
        entity: { type: "string" },
        project: { type: "string" },
        jobs: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    io.err(`wandb: ${(err as Error).message}; see \`${cliCommand("sync", "--help")}\``);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    io.out(SYNC_USAGE);
    return 0;
  }
  const paths = parsed.positionals;
  if (v["sync-all"]) paths.push("wandb");
  if (paths.length === 0) {
    io.err("wandb: nothing to sync: give run directories, or --sync-all; see --help");
    return 2;
  }
  const logs: string[] = [];
  for (const p of paths) {
    const found = findLogs(p);
    if (found === undefined) {
      io.err(`wandb: ERROR ${p}: no such file or directory`);
      return 2;
    }
    logs.push(...found);
  }
  const todo = logs.filter((l) => {
    if (v["include-synced"] || !existsSync(syncedMarkerPath(l))) return true;
    io.out(`wandb: skipping ${dirOf(l)}: already synced (use --include-synced to sync it again)`);
    return false;
  });
  if (todo.length === 0) {
    io.out("wandb: nothing left to sync");
    return 0;
  }
  const settings = resolveSettings({ init: v.host ? { base_url: v.host } : {} }).settings;
  const creds = resolveCredentials({ baseUrl: settings.base_url, apiKey: settings.api_key });
  if (!creds.apiKey) {
    io.err(
      `wandb: ERROR no API key for ${creds.baseUrl}: run \`${
        cliCommand("login", "--host", creds.baseUrl)
      }\` or set WANDB_API_KEY`,
    );
    return 1;
  }
  const p = policies(settings);
  const jobs = Math.max(1, Number(v.jobs ?? 2) || 2);
  const sizes = new Map(todo.map((l) => [l, Deno.statSync(l).size]));
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const done = new Map<string, number>();
  const started = Date.now();
  let quarter = 0; // without a terminal: one line per 25 %
  // Artifact uploads in flight, by run log: shown after the log bar on a terminal.
  const uploading = new Map<string, ArtifactProgress>();
  const showProgress = () => {
    const sent = [...done.values()].reduce((a, b) => a + b, 0);
    const artifact = [...uploading.values()].at(-1);
    const line = `wandb: syncing ${todo.length} run(s) ${bar(sent / total)} ${mb(sent)}/${
      mb(total)
    } MB${artifact ? ` | ${artifactProgressText(artifact).replace(/^wandb: /, "")}` : ""}`;
    if (io.progress) io.progress(line);
    else if (total > 0 && Math.floor((sent / total) * 4) > quarter) {
      quarter = Math.floor((sent / total) * 4);
      io.out(line);
    }
  };
  let failed = 0;
  const queue = [...todo];
  const worker = async () => {
    while (queue.length > 0) {
      const log = queue.shift()!;
      const c = loadCheckpoint(log);
      const checkpoint = c && !c.complete && c.baseUrl === creds.baseUrl && !v["include-synced"]
        ? c
        : undefined;
      if (checkpoint) {
        io.out(
          `wandb: ${
            dirOf(log)
          }: going on from byte ${checkpoint.logOffset} (last acknowledged record)`,
        );
      }
      const sender = new Sender({
        logPath: log,
        filesDir: `${dirOf(log)}/files`,
        baseUrl: creds.baseUrl,
        apiKey: creds.apiKey,
        ...p,
        live: false,
        checkpoint,
        entity: v.entity,
        project: v.project,
        onProgress: (offset) => {
          done.set(log, offset);
          showProgress();
        },
        onArtifactProgress: (a) => {
          const first = !uploading.has(log);
          if (a.done) uploading.delete(log);
          else uploading.set(log, a);
          if (io.progress) showProgress();
          else if (first && !a.done && a.totalFiles > 0) io.out(artifactProgressText(a));
          else if (a.done && a.totalFiles > 0) {
            // Without a terminal: a line when an artifact starts and one when it is up.
            io.out(`${artifactProgressText(a)}: ${a.files === a.totalFiles ? "done" : "stopped"}`);
          }
        },
        notice: (m) => {
          io.progress?.("");
          io.err(m);
        },
        onDamaged: (d) => {
          io.progress?.("");
          io.err(
            `wandb: WARNING ${
              dirOf(log)
            }: skipped damaged bytes ${d.from}–${d.to} of the log (${d.reason}); the records after them were sent`,
          );
        },
      });
      sender.close(sizes.get(log)!);
      const r: SendResult = await sender.done;
      const unread = sizes.get(log)! - sender.progress.readOffset;
      if (r.ok && unread > 0) {
        io.err(
          `wandb: WARNING ${
            dirOf(log)
          }: the last ${unread} bytes of the log (from byte ${sender.progress.readOffset}) hold no complete record (a crash mid-write?) and were not sent`,
        );
      }
      done.set(log, sizes.get(log)!);
      showProgress();
      io.progress?.("");
      if (r.ok) {
        io.out(
          `wandb: synced ${dirOf(log)} (${r.lines} lines, ${r.files} files${
            r.complete ? "" : "; the run has no exit record, so it stays unfinished"
          }): ${r.url}`,
        );
      } else {
        failed++;
        io.err(`wandb: ERROR could not sync ${dirOf(log)}: ${r.message}; run sync again to go on`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, todo.length) }, worker));
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  io.out(`wandb: ${todo.length - failed} of ${todo.length} run(s) synced in ${secs} s`);
  return failed > 0 ? 1 : 0;
}

function dirOf(log: string): string {
  const i = log.lastIndexOf("/");
  return i < 0 ? "." : log.slice(0, i);
}

function bar(fraction: number, width = 24): string {
  const n = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${"#".repeat(n)}${".".repeat(width - n)}] ${Math.floor(fraction * 100)}%`;
}

function mb(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}
