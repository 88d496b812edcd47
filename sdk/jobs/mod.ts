/**
 * Jobs: W&B's `job` artifacts, which say how to run a run's code again (W&B Launch). A run with
 * job creation on (`disable_job_creation: false`; W&B 0.30's default, and ours, is off) makes one
 * at finish from its source: the git remote and commit of its program, the code it logged with
 * `run.logCode()`, or its Docker image (`WANDB_DOCKER`). The public API reads jobs back with
 * `api.job()`.
 *
 * @example
 * ```ts
 * import { makeArtifactNameSafe, planJob, wandbTypeOf } from "./mod.ts";
 * console.assert(makeArtifactNameSafe("job-ghcr.io/a/b") === "job-ghcr.io_a_b");
 * console.assert(wandbTypeOf(1).wb_type === "number");
 * const plan = planJob({ project: "p", runtime: "Deno 2", config: {}, summary: {}, docker: "a/b:1" });
 * console.assert("name" in plan && plan.info.source_type === "image");
 * ```
 * @module
 */
export {
  type ArtifactJobSource,
  denoEntrypoint,
  formatJobJson,
  type ImageJobSource,
  jobArtifact,
  type JobFiles,
  type JobInfo,
  type JobInputs,
  type JobPlan,
  type JobSourceType,
  planJob,
  type RepoJobSource,
} from "./builder.ts";
export {
  type CodeFilter,
  collectCode,
  defaultCodeExclude,
  defaultCodeInclude,
  type LogCodeOptions,
} from "./code.ts";
export { JobError, type JobErrorCode } from "./errors.ts";
export { codeArtifactName, makeArtifactNameSafe, splitImageTag } from "./names.ts";
export { type WandbType, wandbTypeOf } from "./types.ts";
