import assert from "node:assert/strict";
import { DatabaseSync } from "node:sqlite";
import { join } from "node:path";
import { applySchema, SCHEMA_VERSION, SchemaError } from "./schema.ts";
import { DB_FILE, Store, StoreError } from "./store.ts";

Deno.test("schema is applied once and survives reopening", () => {
  const dir = Deno.makeTempDirSync();
  try {
    const s1 = Store.open(dir);
    s1.upsertRun("me", "p", "r1", { notes: "kept" });
    s1.close();
    const s2 = Store.open(dir);
    assert.equal(s2.getRun("me", "p", "r1")?.notes, "kept");
    const versions = s2.query("SELECT version FROM schema_version");
    assert.deepEqual(versions.map((r) => r.version), [SCHEMA_VERSION]);
    assert.equal(s2.query("PRAGMA journal_mode")[0]?.journal_mode, "wal");
    assert.equal(s2.query("PRAGMA synchronous")[0]?.synchronous, 1); // NORMAL
    const tables = s2.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .map((r) => r.name);
    for (
      const t of [
        "users",
        "entities",
        "projects",
        "runs",
        "history_pages",
        "history_keys",
        "events",
        "output",
        "files",
      ]
    ) {
      assert.ok(tables.includes(t), `missing table ${t}`);
    }
    s2.close();
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("a newer schema version is refused with SchemaError", () => {
  const dir = Deno.makeTempDirSync();
  try {
    Store.open(dir).close();
    const db = new DatabaseSync(join(dir, DB_FILE));
    db.exec(`INSERT INTO schema_version (version) VALUES (${SCHEMA_VERSION + 1})`);
    db.close();
    assert.throws(
      () => Store.open(dir),
      (e: unknown) => e instanceof SchemaError && e.found === SCHEMA_VERSION + 1,
    );
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("applySchema is idempotent on one connection", () => {
  const db = new DatabaseSync(":memory:");
  assert.equal(applySchema(db), SCHEMA_VERSION);
  assert.equal(applySchema(db), SCHEMA_VERSION);
  const n = db.prepare("SELECT count(*) AS n FROM schema_version").get() as { n: number };
  assert.equal(n.n, 1);
  db.close();
});

Deno.test("version 1 data dirs migrate: history rows move into pages, keys are derived", () => {
  const dir = Deno.makeTempDirSync();
  try {
    // A version 1 database: the per-row history table, written in no particular order.
    Store.open(dir).close();
    const db = new DatabaseSync(join(dir, DB_FILE));
    db.exec(`
      DROP TABLE history_pages;
      DROP TABLE history_keys;
      DROP TABLE alerts;
      DROP TABLE artifact_types; DROP TABLE artifact_collections; DROP TABLE artifacts;
      DROP TABLE artifact_aliases; DROP TABLE artifact_links; DROP TABLE artifact_tags;
      DROP TABLE artifact_files; DROP TABLE artifact_usage; DROP TABLE blobs;
      DROP TABLE launch_resource_configs; DROP TABLE run_queues; DROP TABLE run_queue_items;
      DROP TABLE launch_agents;
      CREATE TABLE history (
        run INTEGER NOT NULL,
        step INTEGER NOT NULL,
        row TEXT NOT NULL,
        PRIMARY KEY (run, step)
      ) WITHOUT ROWID;
      DELETE FROM schema_version;
      INSERT INTO schema_version (version) VALUES (1);
      INSERT INTO runs (id, entity, project, name, created_at, updated_at, heartbeat_at,
        history_line_count) VALUES (7, 'me', 'p', 'r', 't', 't', 't', 2503),
        (8, 'me', 'p', 'empty', 't', 't', 't', 0);
      INSERT INTO file_offsets (run, file, next_offset) VALUES (7, 'wandb-history.jsonl', 2503);
    `);
    const ins = db.prepare("INSERT INTO history (run, step, row) VALUES (?, ?, ?)");
    const row = (i: number) =>
      i === 3
        ? '{"_step": 3, "old": {"a":\n1}}'
        : i === 1500
        ? '{"_step": 1500, "loss": NaN}'
        : `{"_step": ${i}, "loss": ${i}}`;
    const steps = [...Array.from({ length: 2500 }, (_, i) => i), 5000, 5001, 999_999];
    for (const i of [...steps].reverse()) ins.run(7, i, row(i));
    db.close();

    const s = Store.open(dir);
    assert.deepEqual(
      s.query("SELECT max(version) AS v FROM schema_version")[0]?.v,
      SCHEMA_VERSION,
    );
    assert.equal(s.query("SELECT name FROM sqlite_master WHERE name = 'history'").length, 0);
    const want = steps.map((i) => row(i).replaceAll("\n", " "));
    assert.deepEqual(s.historyRows(7), want);
    assert.deepEqual(s.historyRows(7, { minStep: 999, maxStep: 1001 }), want.slice(999, 1001));
    assert.deepEqual(s.historyRows(8), []);
    assert.equal(s.lastHistoryStep(7), 999_999);
    assert.deepEqual(s.historyKeys(7), [
      { key: "_step", step: 999_999, value: 999_999 },
      { key: "loss", step: 999_999, value: 999_999 },
      { key: "old", step: 3, value: { a: 1 } },
    ]);
    // Writing goes on where version 1 left off.
    assert.equal(s.appendHistory(7, 2503, ['{"_step": 1000000, "acc": 1}']), 2504);
    assert.deepEqual(s.historyTail(7, 2), [want.at(-1), '{"_step": 1000000, "acc": 1}']);
    assert.ok(Number.isNaN(s.history(7, { minStep: 1500, maxStep: 1501 })[0]?.loss));
    s.close();
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("a newer schema version is a one-line StoreError naming the database file", () => {
  const dir = Deno.makeTempDirSync();
  try {
    Store.open(dir).close();
    const file = join(dir, DB_FILE);
    const db = new DatabaseSync(file);
    db.exec(`INSERT INTO schema_version (version) VALUES (${SCHEMA_VERSION + 1})`);
    db.close();
    assert.throws(() => Store.open(dir), (e: unknown) => {
      assert.ok(e instanceof StoreError);
      assert.equal(e.code, "store/schema-version");
      assert.ok(e.message.includes(file), e.message);
      assert.ok(!e.message.includes("\n"));
      return true;
    });
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
