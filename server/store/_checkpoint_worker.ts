/**
 * Worker half of {@link startCheckpointer} (`_checkpointer.ts`): checkpoints the WAL of the
 * database file in `workerData.file` every `workerData.intervalMs`, off the server's thread.
 *
 * A PASSIVE checkpoint copies committed pages into the database file and syncs it while writers
 * go on; when the WAL still holds `workerData.restartPages` pages after one (a writer kept it
 * from catching up), a RESTART checkpoint waits for the writer and rewinds the WAL, which bounds
 * its size.
 *
 * @example
 * ```ts ignore
 * new Worker(new URL("./_checkpoint_worker.ts", import.meta.url), { workerData: { file, intervalMs: 25, restartPages: 8192 } });
 * ```
 * @module
 */
import { existsSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { DatabaseSync, type StatementSync } from "node:sqlite";

const { file, intervalMs, restartPages, done } = workerData as {
  file: string;
  intervalMs: number;
  restartPages: number;
  /** Set to 1 (and notified) once the connection is closed. */
  done: Int32Array;
};
let db: DatabaseSync | undefined;
let passive: StatementSync | undefined;
let restart: StatementSync | undefined;

/**
 * Opens the worker's connection; false while it cannot (the writer holds a lock while it sets
 * the database up, say). Tried again on every tick rather than once, so a transient failure at
 * start does not leave the WAL to the writer's safety net for the life of the server. A file
 * that is gone (the store closed and removed it) is never re-created.
 */
function open(): boolean {
  if (passive) return true;
  if (!existsSync(file)) return false;
  try {
    db ??= new DatabaseSync(file);
    db.exec("PRAGMA busy_timeout = 2000");
    passive = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");
    restart = db.prepare("PRAGMA wal_checkpoint(RESTART)");
    return true;
  } catch {
    return false;
  }
}

const timer = setInterval(() => {
  if (!open()) return;
  try {
    const r = passive!.get() as { log: number } | undefined;
    if (r && r.log >= restartPages) restart!.get();
  } catch {
    // Busy or closing: the next tick (or the writer's own autocheckpoint) catches up.
  }
}, intervalMs);

parentPort!.on("message", (m) => {
  if (m !== "stop") return;
  clearInterval(timer);
  try {
    passive?.get();
    db?.close();
  } catch {
    // best effort: the files may be gone already
  }
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
});
