/**
 * The online sender and what `sync` shares with it: the log reader, file_stream batching,
 * uploads, console lines, and the checkpoint beside a log.
 *
 * @example
 * ```ts ignore
 * import { Sender } from "./mod.ts";
 * ```
 * @module
 */
export type { ArtifactProgress } from "../../proto/worker_protocol.ts";
export {
  type ArtifactOutcome,
  type ResumeBase,
  runUrl,
  Sender,
  type SenderOptions,
  type SendResult,
  type StartInfo,
  UPSERT_BUCKET,
} from "./sender.ts";
export {
  type Checkpoint,
  checkpointPath,
  loadCheckpoint,
  type RunInfo,
  saveCheckpoint,
  syncedMarkerPath,
} from "./checkpoint.ts";
// The one `.wandb` reader (internal/log_reader.ts): the damaged regions the sender reports are its.
export type { DamagedRegion } from "../log_reader.ts";
export { type Capabilities, PROBE_SERVER_CAPABILITIES, probeCapabilities } from "./capabilities.ts";
export {
  type ConsoleLine,
  ConsoleLines,
  type ConsoleState,
  isoTimestamp,
} from "./console_lines.ts";
export {
  Batch,
  FileStream,
  type FileStreamOptions,
  FULL_BYTES,
  type LineOffsets,
  type PostFlags,
} from "./file_stream.ts";
export { LineBuffer } from "./line_buffer.ts";
export {
  CREATE_RUN_FILES,
  listFiles,
  type Uploaded,
  type UploadOptions,
  uploadRunFiles,
} from "./uploader.ts";
// Types from net/ that the signatures above use.
export type {
  CommError,
  CommErrorCode,
  GraphQLClient,
  GraphQLClientOptions,
  RequestCallOptions,
  RetryEvent,
  RetryPolicy,
} from "../../net/mod.ts";
