/**
 * Jobs in the public API (W&B's `wandb.Api().job(name)`): a `job` artifact version read back
 * with its `wandb-job.json` — where its code is (`repo`: git remote and commit, `artifact`: a code
 * artifact, `image`: a Docker image), the command to start it, its input and output types, the
 * runtime, and the config of the run it was made from as its defaults.
 *
 * @example
 * ```ts ignore
 * const job = await api.job("me/proj/job-source-proj-train.ts:latest");
 * console.log(job.sourceType, job.entrypoint, job.defaults);
 * const dir = await job.download("job-files");
 * ```
 * @module
 */
import type { GraphQLClient } from "../../net/mod.ts";
import { Artifact } from "../../sdk/artifacts/artifact.ts";
import { fetchArtifact } from "../../sdk/artifacts/remote.ts";
import { ArtifactError } from "../../sdk/artifacts/errors.ts";
import type {
  ArtifactJobSource,
  ImageJobSource,
  JobInfo,
  JobSourceType,
  RepoJobSource,
} from "../../sdk/jobs/builder.ts";
import { JobError } from "../../sdk/jobs/errors.ts";
import type { WandbType } from "../../sdk/jobs/types.ts";

export { JobError, type JobErrorCode } from "../../sdk/jobs/errors.ts";
export type { WandbType } from "../../sdk/jobs/types.ts";
export type {
  ArtifactJobSource,
  ImageJobSource,
  JobInfo,
  JobSourceType,
  RepoJobSource,
} from "../../sdk/jobs/builder.ts";

/** The runs that used a version, with their config (the first one made the job). */
export const JOB_RUNS_QUERY =
  `query JobRuns($id: ID!) { artifact(id: $id) { usedBy(first: 100) { edges { node { name createdAt config } } } } }`;

/**
 * A job: a `job` artifact version and its `wandb-job.json` (what W&B Launch runs).
 *
 * @example
 * ```ts ignore
 * const job = await new Api().job("me/demo/job-source-demo-train.ts:latest");
 * console.log(job.sourceType, job.entrypoint, job.defaults);
 * const dir = await job.download();
 * ```
 */
export class Job {
  /** The job's artifact version. */
  readonly artifact: Artifact;
  /** The contents of `wandb-job.json`. */
  readonly info: JobInfo;
  /** The config of the run the job was made from (values only, no `_wandb`); `{}` if unknown. */
  readonly defaults: Record<string, unknown>;
  /** The run the job was made from, when the server says. */
  readonly sourceRun: string | undefined;
  readonly #dir: string;

  /** @internal made by {@linkcode loadJob} */
  constructor(
    artifact: Artifact,
    info: JobInfo,
    dir: string,
    from: { run?: string; config: Record<string, unknown> },
  ) {
    this.artifact = artifact;
    this.info = info;
    this.#dir = dir;
    this.defaults = from.config;
    this.sourceRun = from.run;
  }

  /** `entity/project/name:version`. */
  get path(): string {
    return this.artifact.qualifiedName;
  }
  /** The collection name (e.g. `job-source-proj-train.ts`). */
  get name(): string {
    return this.artifact.name;
  }
  /** `v<N>`. */
  get version(): string {
    return this.artifact.version ?? "";
  }
  /** The version's aliases. */
  get aliases(): string[] {
    return this.artifact.aliases;
  }
  /** `repo`, `artifact` or `image`. */
  get sourceType(): JobSourceType {
    return this.info.source_type;
  }
  /** Where the code is: the git remote and commit, the code artifact, or the image. */
  get source(): RepoJobSource | ArtifactJobSource | ImageJobSource {
    return this.info.source;
  }
  /** The command to start the job in its code (none for an image job). */
  get entrypoint(): string[] | undefined {
    const s = this.info.source as Partial<RepoJobSource>;
    return s.entrypoint;
  }
  /** The git remote and commit of a repo job. */
  get git(): { remote: string; commit: string } | undefined {
    return (this.info.source as Partial<RepoJobSource>).git;
  }
  /** The id of an artifact job's code artifact (from `wandb-artifact://_id/<id>`). */
  get codeArtifactId(): string | undefined {
    const a = (this.info.source as Partial<ArtifactJobSource>).artifact;
    const m = a ? /^wandb-artifact:\/\/_id\/(.+)$/.exec(a) : null;
    return m?.[1];
  }
  /** The image of an image job. */
  get image(): string | undefined {
    return (this.info.source as Partial<ImageJobSource>).image;
  }
  /** The runtime the job was made with (`Deno x.y.z`, or W&B's `CPython x.y.z`). */
  get runtime(): string | undefined {
    return this.info.runtime;
  }
  /** The W&B type of the job's inputs (the run config). */
  get inputTypes(): WandbType {
    return this.info.input_types;
  }
  /** The W&B type of the job's outputs (the run summary). */
  get outputTypes(): WandbType {
    return this.info.output_types;
  }

  /**
   * Downloads the job's files (`wandb-job.json`, `requirements.frozen.txt`, `deno.json`, ...).
   *
   * @param root where to put them; without it, the folder they were read into
   * @returns the folder
   * @example
   * ```ts ignore
   * const dir = await job.download("job");
   * ```
   */
  async download(root?: string): Promise<string> {
    if (root === undefined) return this.#dir;
    return await this.artifact.download(root);
  }
}

/**
 * Reads a job by `name:alias` in a project (`:latest` when no alias is given).
 *
 * @throws {JobError} `job/not-found`, `job/not-a-job` (another type), `job/malformed`
 * @example
 * ```ts ignore
 * const job = await loadJob(gql, "me", "proj", "job-img:latest");
 * ```
 */
export async function loadJob(
  gql: GraphQLClient,
  entity: string,
  project: string,
  name: string,
): Promise<Job> {
  const full = name.includes(":") ? name : `${name}:latest`;
  const where = `${entity}/${project}/${full}`;
  let artifact: Artifact;
  try {
    artifact = await Artifact.fromServer(
      gql,
      await fetchArtifact(gql, entity, project, full),
      { entity, project },
    );
  } catch (err) {
    if (err instanceof ArtifactError && err.code === "artifact/not-found") {
      throw new JobError(
        "job/not-found",
        `Job ${where} not found; check the name and alias (jobs are named job-<source>, e.g. job-source-${project}-train.ts:latest)`,
        { cause: err },
      );
    }
    throw err;
  }
  if (artifact.type !== "job") {
    throw new JobError(
      "job/not-a-job",
      `${where} is a ${artifact.type} artifact, not a job; pass the name of an artifact of type job`,
    );
  }
  const dir = await Deno.makeTempDir({ prefix: "wandb-job-" });
  await artifact.download(dir);
  let info: JobInfo;
  try {
    info = JSON.parse(await Deno.readTextFile(`${dir}/wandb-job.json`));
    if (!info || typeof info !== "object" || !info.source || !info.source_type) {
      throw new Error("it has no source or source_type");
    }
  } catch (err) {
    throw new JobError(
      "job/malformed",
      `Job ${where} has no readable wandb-job.json (${
        (err as Error).message
      }); log the job again from a run`,
      { cause: err },
    );
  }
  return new Job(artifact, info, dir, await madeFrom(gql, artifact.id));
}

/** The earliest run that used the job (the one that made it) and its config values. */
async function madeFrom(
  gql: GraphQLClient,
  id: string | undefined,
): Promise<{ run?: string; config: Record<string, unknown> }> {
  if (!id) return { config: {} };
  type Node = { name: string; createdAt: string | null; config: string | null };
  const r = await gql.request<{ artifact: { usedBy: { edges: { node: Node }[] } } | null }>(
    JOB_RUNS_QUERY,
    { id },
  );
  const runs = (r.artifact?.usedBy.edges ?? []).map((e) => e.node)
    .sort((a, b) => (a.createdAt ?? "").localeCompare(b.createdAt ?? ""));
  const first = runs[0];
  if (!first) return { config: {} };
  return { run: first.name, config: configValues(first.config) };
}

/**
 * A run's stored config (`{"key": {"value": v, "desc": d}}`) as plain values, without `_wandb`.
 *
 * @param text the run's `config` JSON
 * @returns the values by key
 * @example
 * ```ts
 * import { configValues } from "./jobs.ts";
 * const v = configValues('{"lr":{"value":0.1,"desc":null},"_wandb":{"value":{}}}');
 * console.assert(JSON.stringify(v) === '{"lr":0.1}');
 * ```
 */
export function configValues(text: string | null): Record<string, unknown> {
  if (!text) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (!raw || typeof raw !== "object") return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (k === "_wandb") continue;
    out[k] = v && typeof v === "object" && "value" in v ? (v as { value: unknown }).value : v;
  }
  return out;
}
