/**
 * Background WAL checkpoints for a file store. In WAL mode with `synchronous = NORMAL` commits
 * never sync; the checkpoint that copies the WAL into the database file does (twice), and with
 * SQLite's default auto-checkpoint that happens inside a commit on the server's only thread,
 * stalling every write behind the disk. Here a `node:worker_threads` worker with its own
 * connection checkpoints every few milliseconds instead, so the disk works while the server
 * parses the next request; durability is unchanged (same syncs, same order).
 *
 * The worker is `unref`'d (it never keeps the process alive) and stopped by
 * {@link Checkpointer.stop}. The writer keeps a large auto-checkpoint as a safety net.
 *
 * @example
 * ```ts ignore
 * const cp = startCheckpointer("/data/wandb-server.sqlite");
 * // ... writes ...
 * await cp.stop();
 * ```
 * @module
 */
import { Worker } from "node:worker_threads";

/** Pages in the WAL after which the worker rewinds it (RESTART): 32 MiB of 4 KiB pages. */
export const RESTART_PAGES = 8192;
/** The writer's own auto-checkpoint, a safety net should the worker fall behind or die. */
export const WRITER_AUTOCHECKPOINT_PAGES = 4 * RESTART_PAGES;

/** A running checkpoint worker. */
export interface Checkpointer {
  /**
   * Runs a last checkpoint and closes the worker's connection, blocking until it has (at most
   * `timeoutMs`), so the database files may be removed right after; the returned promise
   * resolves when the worker thread has ended.
   */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Starts checkpointing the WAL of `file` every `intervalMs` on a worker thread.
 *
 * @example
 * ```ts ignore
 * const cp = startCheckpointer(join(dir, DB_FILE));
 * await cp.stop();
 * ```
 */
export function startCheckpointer(
  file: string,
  { intervalMs = 25, restartPages = RESTART_PAGES }: {
    intervalMs?: number;
    restartPages?: number;
  } = {},
): Checkpointer {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL("./_checkpoint_worker.ts", import.meta.url), {
    workerData: { file, intervalMs, restartPages, done },
  });
  worker.unref();
  // A worker that dies leaves checkpoints to the writer's auto-checkpoint; never crash the server.
  worker.on("error", () => {});
  let stopped: Promise<void> | undefined;
  return {
    stop(timeoutMs = 5000) {
      if (stopped) return stopped;
      worker.postMessage("stop");
      Atomics.wait(done, 0, 0, timeoutMs); // allowed on Deno's main thread
      stopped = worker.terminate().then(() => {}, () => {});
      return stopped;
    },
  };
}
