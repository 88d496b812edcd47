/**
 * The sender's place in a run's `.wandb` log, saved beside it as `run-<id>.wandb.sync.json`
 * after each acknowledged post: the offset of the next unsent record plus everything the sender
 * had built from the records before it (config, summary, console state, line offsets, uploaded
 * files). `sync` resumes from it instead of starting over; a finished sync also writes W&B's
 * `run-<id>.wandb.synced` marker.
 *
 * @example
 * ```ts ignore
 * saveCheckpoint("run-x.wandb", checkpoint);
 * const c = loadCheckpoint("run-x.wandb");
 * ```
 * @module
 */
import type { ConsoleState } from "./console_lines.ts";
import type { LineOffsets } from "./file_stream.ts";

/** What a checkpoint holds. */
export interface Checkpoint {
  version: 1;
  baseUrl: string;
  runId: string;
  entity: string;
  project: string;
  displayName: string;
  /** Offset of the first record not yet fully sent. */
  logOffset: number;
  /** Next line offsets on the server. */
  lines: LineOffsets;
  config: Record<string, unknown>;
  configDirty: boolean;
  /** A run update (name, tags, ...) not sent yet (absent in older checkpoints). */
  runDirty?: boolean;
  summary: Record<string, unknown>;
  console: ConsoleState;
  uploaded: Record<string, { mtime: number; size: number }>;
  run: RunInfo;
  exit?: { code: number; runtime: number };
  /** The final post was acknowledged. */
  complete: boolean;
}

/** Run attributes sent with UpsertBucket. */
export interface RunInfo {
  group?: string;
  jobType?: string;
  notes?: string;
  tags?: string[];
  host?: string;
  sweep?: string;
  startSeconds?: number;
  program?: string;
  commit?: string;
  repo?: string;
}

/** The checkpoint path of a log. */
export function checkpointPath(logPath: string): string {
  return `${logPath}.sync.json`;
}

/** W&B's marker of a synced log. */
export function syncedMarkerPath(logPath: string): string {
  return `${logPath}.synced`;
}

/** Writes the checkpoint atomically (temp file + rename). */
export function saveCheckpoint(logPath: string, c: Checkpoint): void {
  const path = checkpointPath(logPath);
  const tmp = `${path}.tmp`;
  Deno.writeTextFileSync(tmp, JSON.stringify(c));
  Deno.renameSync(tmp, path);
}

/** Reads a checkpoint, or undefined when there is none (or it is unreadable). */
export function loadCheckpoint(logPath: string): Checkpoint | undefined {
  try {
    const c = JSON.parse(Deno.readTextFileSync(checkpointPath(logPath))) as Checkpoint;
    return c.version === 1 && typeof c.logOffset === "number" ? c : undefined;
  } catch {
    return undefined;
  }
}
