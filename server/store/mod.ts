/**
 * SQLite store of the local W&B-compatible server: users/API keys, projects, runs with
 * Mongo-style filters, and idempotent file_stream writes (history, events, output, summary).
 *
 * ```ts
 * import { Store } from "./mod.ts";
 * const store = Store.open(":memory:");
 * const { run } = store.upsertRun("me", "demo", "abc123", { state: "running" });
 * store.appendHistory(run.id, 0, ['{"_step":0,"loss":0.5}']);
 * console.assert(store.listRuns("me", "demo", { filters: { state: "running" } }).totalCount === 1);
 * store.close();
 * ```
 * @module
 */
export {
  type Alert,
  type ArtifactAliasRow,
  type ArtifactCollectionRow,
  type ArtifactFileRow,
  type ArtifactRow,
  type ArtifactState,
  ArtifactStore,
  type ArtifactTypeRow,
  checkAlias,
  checkArtifactName,
  type CollectionKind,
  type Connection,
  type CreateArtifactArgs,
  DB_FILE,
  hashApiKey,
  type HistoryArgs,
  type HistoryKey,
  type HistoryRange,
  type ListRunsArgs,
  type PageArgs,
  type Project,
  type Row,
  type Run,
  type RunFields,
  type RunFile,
  type RunState,
  Store,
  StoreError,
  type StoreErrorCode,
  type StoreOptions,
  type UpdateArtifactArgs,
  type UpsertRunResult,
  type User,
} from "./store.ts";
export * from "./launch.ts";
export {
  type CompiledRunQuery,
  compileRunFilters,
  FilterError,
  type FilterErrorCode,
  registerRegexp,
} from "./filters.ts";
export { applySchema, SCHEMA_VERSION, SchemaError } from "./schema.ts";
