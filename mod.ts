/**
 * Track machine-learning experiments from Deno, compatible with Weights & Biases: runs, config,
 * history, summary, console output and system metrics are recorded as W&B protobuf records in a
 * `.wandb` transaction log that W&B's own tools can read.
 *
 * ```ts ignore
 * import * as wandb from "@wandb/ts";
 * const run = await wandb.init({ project: "demo", mode: "offline", config: { lr: 0.01 } });
 * run.log({ loss: 0.25 });
 * await run.finish();
 * ```
 * @module
 */
export {
  alert,
  config,
  defineMetric,
  finish,
  init,
  type InitOptions,
  log,
  markPreempting,
  run,
  setup,
  summary,
  teardown,
  VERSION,
} from "./sdk/init.ts";
export {
  type AlertOptions,
  type LogArtifactOptions,
  Run,
  type UseArtifactOptions,
} from "./sdk/run.ts";
export {
  type AddFileOptions,
  type AddReferenceOptions,
  Artifact,
  type ArtifactOptions,
  type ManifestEntry,
} from "./sdk/artifacts/artifact.ts";
export { ArtifactError, type ArtifactErrorCode } from "./sdk/artifacts/errors.ts";
export type { DownloadOptions, DownloadStats } from "./sdk/artifacts/remote.ts";
export type { SaveOptions, SavePolicy } from "./sdk/save.ts";
export {
  type CodeFilter,
  JobError,
  type JobErrorCode,
  type LogCodeOptions,
} from "./sdk/jobs/mod.ts";
export { type DefineMetricOptions, MetricError, type MetricSummaryName } from "./sdk/metrics.ts";
export type { LogOptions } from "./sdk/history.ts";
export type { Config, ConfigUpdateOptions } from "./sdk/config.ts";
export type { Summary } from "./sdk/summary.ts";
export type { Mode, ResumeMode, Settings, SettingsInput } from "./sdk/settings.ts";
export {
  RunFinishedError,
  RunStoppedError,
  SettingsError,
  StepOrderError,
  UsageError,
  WandbError,
} from "./sdk/errors.ts";
export { ConfigValueChangeError } from "./sdk/config.ts";
export { ValueTypeError } from "./proto/value_json.ts";
export {
  Audio,
  type AudioOptions,
  type BindContext,
  type Box,
  type BoxGroup,
  CustomChart,
  type EncodedImage,
  Histogram,
  type HistogramBins,
  type HistogramOptions,
  Html,
  Image,
  type ImageOptions,
  type Mask,
  MediaBatch,
  MediaError,
  type MediaErrorCode,
  type MediaFile,
  type MediaTable,
  plot,
  Table,
  type TableCell,
  type TableOptions,
  Video,
  type VideoFormat,
  type VideoOptions,
  WBValue,
} from "./sdk/media/mod.ts";
export {
  agent,
  type AgentOptions,
  type AgentStatus,
  type AgentSummary,
  Controller,
  controller,
  type ControllerOptions,
  type ControllerRunOptions,
  type ControllerState,
  sweep,
  SweepConfigError,
  SweepError,
  type SweepErrorCode,
  type SweepOptions,
} from "./sdk/sweeps/mod.ts";
