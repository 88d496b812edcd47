/**
 * The public API: typed, lazily paginated read and write access to a W&B server's projects,
 * runs, history and files, speaking the same GraphQL as W&B's Python `wandb.Api` (so it works
 * against the local server and W&B's hosted one).
 *
 * @example
 * ```ts ignore
 * import { Api, filter } from "@wandb/ts/apis";
 * const api = new Api();
 * for await (const run of api.runs("me/demo", { filters: filter`config.lr > ${0.01}` })) {
 *   console.log(run.id, run.state, run.summary.get("loss"));
 * }
 * ```
 * @module
 */

// Entry point
export { Api, type ApiOptions, type Viewer } from "./api.ts";
export {
  Artifact,
  type ArtifactCollection,
  ArtifactCollections,
  ArtifactError,
  ArtifactVersions,
} from "./artifacts.ts";

// Resources
export {
  type ArtifactJobSource,
  type ImageJobSource,
  Job,
  JobError,
  type JobErrorCode,
  type JobInfo,
  type JobSourceType,
  type RepoJobSource,
  type WandbType,
} from "./jobs.ts";
export { Project, Projects } from "./projects.ts";
export { Sweep, type SweepNode, Sweeps } from "./sweeps.ts";
export { type HistoryKeys, Run, Runs, type RunsOptions, type RunUser } from "./runs.ts";
export { Summary } from "./summary.ts";
export {
  type HistoryColumns,
  type HistoryOptions,
  type HistoryRow,
  HistoryScan,
  type ScanHistoryOptions,
  toColumns,
} from "./history.ts";
export {
  type DownloadOptions,
  type DownloadProgress,
  File,
  Files,
  type FilesOptions,
} from "./files.ts";
export { type Page, Paginator } from "./paginator.ts";

// Paths and filters
export {
  parseProjectPath,
  parseRunPath,
  type ProjectPathParts,
  type RunPathParts,
} from "./paths.ts";
export { and, filter, type MongoFilter, or, orderBy, serverPath } from "./filters.ts";

// Retry policy (ApiOptions.retry)
export type { RetryPolicy } from "../../net/retry.ts";

// Errors
export {
  ApiError,
  type ApiErrorCode,
  CommError,
  type CommErrorCode,
  isApiError,
} from "./errors.ts";
