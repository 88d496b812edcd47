import assert, { deepStrictEqual as assertEquals } from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync, type StatementSync } from "node:sqlite";
import { startCheckpointer } from "./_checkpointer.ts";
import { DB_FILE, Store } from "./store.ts";

/**
 * Writes a row every 10 ms until the WAL of `file` is back under journal_size_limit (a write
 * after a complete checkpoint starts it over) or 60 s have passed. (The worker thread may take
 * seconds to start on a loaded machine: wait for the outcome, not for a number of tries.)
 */
async function writeUntilRewound(file: string, ins: StatementSync): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Deno.statSync(`${file}-wal`).size > 65536 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 10));
    ins.run("y");
  }
}

Deno.test("the checkpoint worker copies the WAL into the database so the writer rewinds it", async () => {
  const dir = Deno.makeTempDirSync();
  const file = join(dir, "t.sqlite");
  const db = new DatabaseSync(file);
  let cp: ReturnType<typeof startCheckpointer> | undefined;
  try {
    db.exec(
      // (busy_timeout as the store sets it: a RESTART checkpoint briefly holds the writer's lock.)
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = 65536; PRAGMA busy_timeout = 5000",
    );
    db.exec("CREATE TABLE t (x TEXT)");
    const ins = db.prepare("INSERT INTO t VALUES (?)");
    for (let i = 0; i < 100; i++) ins.run("x".repeat(8000)); // ~300 pages, one tx each
    const walSize = () => Deno.statSync(`${file}-wal`).size;
    // Without the worker nothing checkpoints (autocheckpoint off): the WAL only grows.
    assert(walSize() > 1_000_000);
    // The worker starts, as the store starts it, on a database already in WAL mode.
    cp = startCheckpointer(file, { intervalMs: 5, restartPages: 50 });
    await writeUntilRewound(file, ins);
    assert(walSize() <= 65536, `WAL still ${walSize()} bytes`);
    assertEquals((db.prepare("SELECT count(*) AS n FROM t").get() as { n: number }).n >= 101, true);
  } finally {
    await cp?.stop();
    db.close();
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("a checkpoint worker that cannot open the database at first keeps trying", async () => {
  const dir = Deno.makeTempDirSync();
  const file = join(dir, "t.sqlite");
  const db = new DatabaseSync(file);
  let cp: ReturnType<typeof startCheckpointer> | undefined;
  try {
    // A rollback-journal database under an exclusive lock for longer than the worker's
    // busy_timeout (2 s): opening its connection fails with "database is locked".
    db.exec("CREATE TABLE t (x TEXT); BEGIN EXCLUSIVE; INSERT INTO t VALUES ('a')");
    cp = startCheckpointer(file, { intervalMs: 5, restartPages: 50 });
    await new Promise((r) => setTimeout(r, 2500));
    db.exec("COMMIT");
    db.exec(
      "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = 65536; PRAGMA busy_timeout = 5000",
    );
    const ins = db.prepare("INSERT INTO t VALUES (?)");
    for (let i = 0; i < 100; i++) ins.run("x".repeat(8000));
    const walSize = () => Deno.statSync(`${file}-wal`).size;
    await writeUntilRewound(file, ins);
    assert(walSize() <= 65536, `WAL still ${walSize()} bytes: the worker gave up`);
  } finally {
    await cp?.stop();
    db.close();
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("a closed file store has checkpointed everything and reopens with its history", async () => {
  const dir = Deno.makeTempDirSync();
  try {
    const s = Store.open(dir);
    const { run } = s.upsertRun("me", "p", "r");
    s.appendHistory(run.id, 0, Array.from({ length: 3000 }, (_, i) => `{"_step":${i},"a":${i}}`));
    s.close();
    await s.closed;
    // The worker's connection closed last: the WAL was checkpointed and removed.
    assert(!existsSync(join(dir, `${DB_FILE}-wal`)), "WAL file left behind");
    const s2 = Store.open(dir);
    try {
      assertEquals(s2.getRun("me", "p", "r")?.historyLineCount, 3000);
      assertEquals(s2.historyTail(run.id, 1), ['{"_step":2999,"a":2999}']);
    } finally {
      s2.close();
      await s2.closed;
    }
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("an in-memory store's closed resolves after close", async () => {
  const s = Store.open(":memory:");
  s.close();
  await s.closed;
});
