/**
 * The local W&B-compatible server: one Deno process serving GraphQL, file_stream, signed-URL file
 * storage and a web UI from a SQLite data directory. `serve` starts it; `createHandler` is the same
 * server as a `(Request) => Promise<Response>` function for tests and embedding.
 *
 * ```ts ignore
 * import { serve } from "@wandb/ts/server";
 * const server = await serve({ port: 0, dataDir: "./wandb-server-data" });
 * console.log(`WANDB_BASE_URL=${server.url}`, server.localUser.apiKey);
 * await server.shutdown();
 * ```
 * @module
 */

// The process
export {
  ensureLocalUser,
  FILES_DIR,
  loadOrCreateSecret,
  LOCAL_USER,
  type LocalUser,
  prepareDataDir,
  SECRET_FILE,
  serve,
  ServeError,
  type ServeErrorCode,
  type ServeOptions,
  type ServerHandle,
  type ServerInfo,
  startBanner,
} from "./serve.ts";
export { DEFAULT_DATA_DIR, SERVER_USAGE, serverMain, type ServerMainIo } from "./main.ts";

// The request handler and its route table
export { createHandler, type ServerDeps } from "./handler.ts";
export type { Route, ServerContext } from "./routes.ts";
export { HttpError } from "./http_error.ts";

// File storage
export {
  contentTypeOf,
  createStorageRoutes,
  parseStoragePath,
  signedStorageUrl,
  type StorageOptions,
  type StoragePath,
  storagePath,
  storageRoutes,
  UPLOADS_TMP_DIR,
} from "./storage.ts";
export { signPath, verifySignedUrl } from "./signed_url.ts";
export { normalizePublicUrl, publicBaseUrl, PublicUrlError } from "./public_url.ts";
export {
  blobPath,
  createArtifactStorageRoutes,
  md5Hex,
  signedBlobUrl,
} from "./artifact_storage.ts";

// Storage
export {
  type Alert,
  type ArtifactAliasRow,
  type ArtifactCollectionRow,
  type ArtifactFileRow,
  type ArtifactRow,
  type ArtifactState,
  ArtifactStore,
  type ArtifactTypeRow,
  type CollectionKind,
  type Connection,
  type CreateArtifactArgs,
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
  type UpdateArtifactArgs,
  type UpsertRunResult,
  type User,
} from "./store/mod.ts";
export {
  type CreateAgentArgs,
  type CreateQueueArgs,
  type ItemIssue,
  type LaunchAgentRow,
  type LaunchAgentStatus,
  LaunchStore,
  type LaunchStoreOptions,
  type PrioritizationMode,
  type PushArgs,
  type ResourceConfigRow,
  type RunQueueAccess,
  type RunQueueItemRow,
  type RunQueueItemState,
  type RunQueueRow,
  type UpsertQueueArgs,
} from "./store/mod.ts";
