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
import type { ConsoleLine, ConsoleState } from "./console_lines.ts";
import type { LineOffsets } from "./file_stream.ts";

/** What a checkpoint holds. */
export interface Checkpoint {
  /** Format version; {@linkcode loadCheckpoint} reads only 1. */
  version: 1;
  /** The server's base URL the run is sent to. */
  baseUrl: string;
  /** The run's id. */
  runId: string;
  /** The run's entity (the server's name for it once the run started). */
  entity: string;
  /** The run's project (the server's name for it once the run started). */
  project: string;
  /** The run's display name (empty when none is known). */
  displayName: string;
  /** Offset of the first record not yet fully sent. */
  logOffset: number;
  /** Next line offsets on the server. */
  lines: LineOffsets;
  /** The run config as UpsertBucket sends it (each key's `{ desc, value }`). */
  config: Record<string, unknown>;
  /** A config change not sent yet. */
  configDirty: boolean;
  /** A run update (name, tags, ...) not sent yet (absent in older checkpoints). */
  runDirty?: boolean;
  /** The run summary built from the summary records read so far. */
  summary: Record<string, unknown>;
  /** The console line maker's state (partial lines, offsets). */
  console: ConsoleState;
  /** Console lines made but not yet posted (a chunk bigger than one post); absent when none. */
  carry?: ConsoleLine[];
  /** Uploaded files by path under `files/`, with the mtime (ms) and size sent (−1 if refused). */
  uploaded: Record<string, { mtime: number; size: number }>;
  /** Run attributes for UpsertBucket. */
  run: RunInfo;
  /** Exit code and runtime (seconds) from the exit record, once it was read. */
  exit?: { code: number; runtime: number };
  /** The final post was acknowledged. */
  complete: boolean;
}

/** Run attributes sent with UpsertBucket. */
export interface RunInfo {
  /** Run group (`groupName`). */
  group?: string;
  /** Job type. */
  jobType?: string;
  /** Run notes. */
  notes?: string;
  /** Run tags. */
  tags?: string[];
  /** Host the run ran on. */
  host?: string;
  /** Sweep id. */
  sweep?: string;
  /** Run start, seconds since the epoch (system metrics' `_runtime` counts from it). */
  startSeconds?: number;
  /** The program, from `wandb-metadata.json`. */
  program?: string;
  /** Git commit. */
  commit?: string;
  /** Git remote URL. */
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

/**
 * Saves a log's checkpoints: after an acknowledged post at most once a second, and when sending
 * ends, always. A checkpoint that cannot be written is said in the debug log, never an error:
 * `sync` then starts over from an older place, which re-sends onto the same offsets.
 *
 * @example
 * ```ts ignore
 * const saver = new CheckpointSaver("run-x.wandb");
 * saver.save(batch.snapshot as Checkpoint, false);
 * ```
 */
export class CheckpointSaver {
  #logPath: string;
  #log?: (level: "info" | "warn" | "error", message: string) => void;
  #lastSave = 0;
  #enabled: boolean;

  /**
   * Creates the saver.
   *
   * @param logPath the `.wandb` log the checkpoints go beside
   * @param log debug-log sink
   * @param enabled false: save nothing (the board reads runs without syncing them)
   */
  constructor(
    logPath: string,
    log?: (level: "info" | "warn" | "error", message: string) => void,
    enabled = true,
  ) {
    this.#logPath = logPath;
    this.#log = log;
    this.#enabled = enabled;
  }

  /**
   * Saves `c` unless one was saved less than a second ago (`force` saves anyway).
   *
   * @param c the checkpoint (nothing is saved for undefined)
   * @param force save now: sending ended
   * @param complete with `force`: the final post was acknowledged
   */
  save(c: Checkpoint | undefined, force: boolean, complete = false): void {
    if (!c || !this.#enabled) return;
    const now = Date.now();
    if (!force && now - this.#lastSave < 1000) return;
    this.#lastSave = now;
    try {
      // Config and summary are copied when saved, not at every cut (they are small).
      saveCheckpoint(this.#logPath, { ...c, complete: force && complete });
    } catch (err) {
      this.#log?.("warn", `could not save the sync checkpoint: ${(err as Error).message}`);
    }
  }
}
