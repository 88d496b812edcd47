import assert from "node:assert/strict";
import { DatabaseSync } from "node:sqlite";
import { join } from "node:path";
import { applySchema, SCHEMA_VERSION, SchemaError } from "./schema.ts";
import { DB_FILE, Store } from "./store.ts";

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
      const t of ["users", "entities", "projects", "runs", "history", "events", "output", "files"]
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
    assert.throws(() => Store.open(dir), (e: unknown) => e instanceof SchemaError && e.found === 2);
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
