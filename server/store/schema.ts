/**
 * The SQLite schema of the local W&B-compatible server, versioned by a `schema_version` table and
 * applied by {@link applySchema} when a store is opened.
 *
 * @example
 * ```ts
 * import { DatabaseSync } from "node:sqlite";
 * import { applySchema, SCHEMA_VERSION } from "./schema.ts";
 * const db = new DatabaseSync(":memory:");
 * console.assert(applySchema(db) === SCHEMA_VERSION);
 * ```
 * @module
 */
import type { DatabaseSync } from "node:sqlite";
import { HISTORY_DDL, migrateRowsToPages } from "./_history.ts";
import { StoreError } from "./store_error.ts";

/** The schema version this code writes and expects. */
export const SCHEMA_VERSION = 5;

/**
 * Raised when a database was written by a newer, unknown schema version: a {@link StoreError}
 * with code `store/schema-version`, so the server reports it in one line instead of crashing.
 */
export class SchemaError extends StoreError {
  override name = "SchemaError";
  /**
   * @param found the version stored in the database
   * @param where the database file, named in the message when given
   * @example
   * ```ts
   * import { SchemaError } from "./schema.ts";
   * console.assert(new SchemaError(9).code === "store/schema-version");
   * ```
   */
  constructor(readonly found: number, where?: string) {
    super(
      "store/schema-version",
      `Database ${
        where ? `${where} ` : ""
      }has schema version ${found}, newer than this server's ${SCHEMA_VERSION}; upgrade the server or use another data directory`,
    );
  }
}

/** DDL of version 1. Timestamps are ISO-8601 UTC text (`Date.toISOString()`). */
const V1 = `
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  email TEXT,
  api_key_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
CREATE TABLE entities (
  name TEXT PRIMARY KEY,
  owner INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE TABLE projects (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (entity, name)
);
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  project TEXT NOT NULL,
  name TEXT NOT NULL,
  display_name TEXT,
  state TEXT NOT NULL DEFAULT 'running',
  config TEXT NOT NULL DEFAULT '{}',
  summary TEXT NOT NULL DEFAULT '{}',
  system_metrics TEXT NOT NULL DEFAULT '{}',
  tags TEXT NOT NULL DEFAULT '[]',
  notes TEXT,
  description TEXT,
  run_group TEXT,
  job_type TEXT,
  sweep TEXT,
  host TEXT,
  program TEXT,
  git_commit TEXT,
  git_repo TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  heartbeat_at TEXT NOT NULL,
  exitcode INTEGER,
  stopped INTEGER NOT NULL DEFAULT 0,
  history_line_count INTEGER NOT NULL DEFAULT 0,
  events_line_count INTEGER NOT NULL DEFAULT 0,
  log_line_count INTEGER NOT NULL DEFAULT 0,
  UNIQUE (entity, project, name)
);
CREATE INDEX runs_by_created ON runs (entity, project, created_at);
CREATE TABLE history (
  run INTEGER NOT NULL,
  step INTEGER NOT NULL,
  row TEXT NOT NULL,
  PRIMARY KEY (run, step)
) WITHOUT ROWID;
CREATE TABLE events (
  run INTEGER NOT NULL,
  line INTEGER NOT NULL,
  row TEXT NOT NULL,
  PRIMARY KEY (run, line)
) WITHOUT ROWID;
CREATE TABLE output (
  run INTEGER NOT NULL,
  line INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (run, line)
) WITHOUT ROWID;
CREATE TABLE files (
  run INTEGER NOT NULL,
  name TEXT NOT NULL,
  size INTEGER,
  md5 TEXT,
  path TEXT,
  updated_at TEXT,
  PRIMARY KEY (run, name)
) WITHOUT ROWID;
CREATE TABLE file_offsets (
  run INTEGER NOT NULL,
  file TEXT NOT NULL,
  next_offset INTEGER NOT NULL,
  PRIMARY KEY (run, file)
) WITHOUT ROWID;
`;

/**
 * Version 2: history moves from one row per step into page blobs of 1,000 steps, with a table of
 * each key's last value (see `_history.ts`); existing rows are moved and the keys derived.
 */
function v2(db: DatabaseSync): void {
  db.exec(HISTORY_DDL);
  migrateRowsToPages(db);
}

/** Version 3: alerts a run raised (`run.alert()`, W&B's `notifyScriptableRunAlert`). */
const V3 = `
CREATE TABLE alerts (
  id INTEGER PRIMARY KEY,
  run INTEGER NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  severity TEXT NOT NULL,
  wait_ms INTEGER,
  created_at TEXT NOT NULL
);
CREATE INDEX alerts_by_run ON alerts (run, id);
`;

/**
 * Version 4: artifacts (W&B's artifact types, collections, versions with aliases and tags, their
 * files and manifests, which runs logged and used them) and content-addressed blobs (artifacts.ts).
 */
const V4 = `
CREATE TABLE artifact_types (
  id INTEGER PRIMARY KEY,
  project INTEGER NOT NULL,
  name TEXT NOT NULL,
  description TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (project, name)
);
CREATE TABLE artifact_collections (
  id INTEGER PRIMARY KEY,
  project INTEGER NOT NULL,
  type INTEGER NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  description TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (project, name)
);
CREATE TABLE artifacts (
  id INTEGER PRIMARY KEY,
  collection INTEGER NOT NULL,
  version_index INTEGER NOT NULL,
  digest TEXT NOT NULL,
  state TEXT NOT NULL,
  description TEXT,
  metadata TEXT,
  ttl_seconds INTEGER,
  history_step INTEGER,
  client_id TEXT UNIQUE,
  sequence_client_id TEXT,
  run INTEGER,
  manifest_digest TEXT,
  file_count INTEGER NOT NULL DEFAULT 0,
  size INTEGER NOT NULL DEFAULT 0,
  pending_aliases TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  committed_at TEXT,
  UNIQUE (collection, version_index)
);
CREATE INDEX artifacts_by_digest ON artifacts (collection, digest);
CREATE INDEX artifacts_by_run ON artifacts (run);
CREATE TABLE artifact_aliases (
  collection INTEGER NOT NULL,
  alias TEXT NOT NULL,
  artifact INTEGER NOT NULL,
  PRIMARY KEY (collection, alias)
) WITHOUT ROWID;
CREATE INDEX artifact_aliases_by_artifact ON artifact_aliases (artifact);
CREATE TABLE artifact_links (
  collection INTEGER NOT NULL,
  artifact INTEGER NOT NULL,
  version_index INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (collection, artifact)
) WITHOUT ROWID;
CREATE TABLE artifact_tags (
  artifact INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (artifact, name)
) WITHOUT ROWID;
CREATE TABLE artifact_files (
  artifact INTEGER NOT NULL,
  name TEXT NOT NULL,
  digest TEXT NOT NULL,
  size INTEGER,
  birth_artifact INTEGER,
  ref TEXT,
  PRIMARY KEY (artifact, name)
) WITHOUT ROWID;
CREATE TABLE artifact_usage (
  artifact INTEGER NOT NULL,
  run INTEGER NOT NULL,
  used_as TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (artifact, run)
) WITHOUT ROWID;
CREATE INDEX artifact_usage_by_run ON artifact_usage (run);
CREATE TABLE blobs (
  md5 TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  created_at TEXT NOT NULL
) WITHOUT ROWID;
`;

/**
 * Version 5: Launch (launch.ts): default resource configs, run queues, their items (state,
 * priority, lease, the acked run, failure and warnings) and launch agents.
 */
const V5_LAUNCH = `
CREATE TABLE launch_resource_configs (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  resource TEXT NOT NULL,
  config TEXT NOT NULL,
  template_variables TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE run_queues (
  id INTEGER PRIMARY KEY,
  project INTEGER NOT NULL,
  name TEXT NOT NULL,
  access TEXT NOT NULL,
  prioritization_mode TEXT NOT NULL,
  default_resource_config INTEGER,
  external_links TEXT,
  created_by INTEGER,
  created_at TEXT NOT NULL,
  UNIQUE (project, name)
);
CREATE TABLE run_queue_items (
  id INTEGER PRIMARY KEY,
  queue INTEGER NOT NULL,
  run_spec TEXT NOT NULL,
  template_variable_values TEXT,
  priority INTEGER NOT NULL,
  state TEXT NOT NULL,
  agent INTEGER,
  run_entity TEXT,
  run_project TEXT,
  run_name TEXT,
  error TEXT,
  warnings TEXT NOT NULL DEFAULT '[]',
  created_by INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX run_queue_items_fifo ON run_queue_items (queue, state, id);
CREATE INDEX run_queue_items_prio ON run_queue_items (queue, state, priority, id);
CREATE INDEX run_queue_items_lease ON run_queue_items (queue, state, updated_at);
CREATE INDEX run_queue_items_by_agent ON run_queue_items (agent, state);
CREATE TABLE launch_agents (
  id INTEGER PRIMARY KEY,
  project INTEGER NOT NULL,
  name TEXT NOT NULL,
  hostname TEXT NOT NULL,
  queues TEXT NOT NULL,
  status TEXT NOT NULL,
  stop_polling INTEGER NOT NULL,
  config TEXT,
  version TEXT,
  heartbeat_at TEXT NOT NULL,
  created_by INTEGER,
  created_at TEXT NOT NULL
);
CREATE INDEX launch_agents_by_project ON launch_agents (project, id);
`;

/** Migrations by target version; index `i` upgrades from version `i` to `i + 1`. */
const MIGRATIONS: readonly (string | ((db: DatabaseSync) => void))[] = [V1, v2, V3, V4, V5_LAUNCH];

/**
 * Creates or upgrades the schema in one transaction and returns the resulting version.
 * Idempotent: a database already at {@link SCHEMA_VERSION} is left untouched.
 *
 * @example
 * ```ts
 * import { DatabaseSync } from "node:sqlite";
 * import { applySchema } from "./schema.ts";
 * const db = new DatabaseSync(":memory:");
 * applySchema(db);
 * console.assert(applySchema(db) === 4);
 * ```
 */
export function applySchema(db: DatabaseSync): number {
  const version = () =>
    (db.prepare("SELECT max(version) AS v FROM schema_version").get() as { v: number | null })
      .v ?? 0;
  db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  if (version() === SCHEMA_VERSION) return SCHEMA_VERSION;
  // Re-read under the write lock: another process may have migrated meanwhile.
  db.exec("BEGIN IMMEDIATE");
  try {
    const current = version();
    if (current > SCHEMA_VERSION) throw new SchemaError(current);
    for (let v = current; v < SCHEMA_VERSION; v++) {
      const step = MIGRATIONS[v]!;
      if (typeof step === "string") db.exec(step);
      else step(db);
    }
    if (current < SCHEMA_VERSION) {
      db.prepare("INSERT INTO schema_version (version) VALUES (?)").run(SCHEMA_VERSION);
    }
    db.exec("COMMIT");
  } catch (e) {
    db.exec("ROLLBACK");
    throw e;
  }
  return SCHEMA_VERSION;
}
