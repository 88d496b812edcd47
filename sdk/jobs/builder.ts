/**
 * A run's job, as W&B's job builder makes it at finish: its source (a git `repo` with remote and
 * commit, a logged code `artifact`, or a Docker `image`; tried in that order unless `job_source`
 * says which), its name (`job-<remote>_<program path>`, `job-<code artifact name>`,
 * `job-<image without tag>`, or `job_name`), its aliases (`latest`, and an image's tag), and
 * `wandb-job.json`: `_version`, `source`, `source_type`, `input_types` (the config's W&B types),
 * `output_types` (the summary's) and `runtime`, written as the official client's core writes it
 * (compact, in that key order).
 *
 * For our runs the entrypoint is `["deno", "run", "-A", <program path>]` (the path relative to the
 * git root for a repo job, to the code root for an artifact job): a launch agent runs it from the
 * checked-out or downloaded code. The runtime is `Deno <version>` (W&B's is `CPython 3.x.y`).
 *
 * @example
 * ```ts
 * import { planJob } from "./builder.ts";
 * const plan = planJob({
 *   project: "p", runtime: "Deno 2.0.0", config: { lr: 0.1 }, summary: {},
 *   program: { path: "/r/src/train.ts" },
 *   git: { root: "/r", remote: "https://github.com/a/b.git", commit: "abc" },
 * });
 * console.assert("name" in plan && plan.name === "job-https___github.com_a_b.git_src_train.ts");
 * ```
 * @module
 */
import { relative } from "node:path";
import { Artifact } from "../artifacts/artifact.ts";
import { makeArtifactNameSafe, splitImageTag } from "./names.ts";
import { type WandbType, wandbTypeOf } from "./types.ts";

/** Where a job's code comes from. */
export type JobSourceType = "repo" | "artifact" | "image";

/** `source` of a repo job. */
export interface RepoJobSource {
  /** The remote and commit to check out. */
  git: { remote: string; commit: string };
  /** The command, relative to the repository root. */
  entrypoint: string[];
  /** Whether the program is a notebook (never, for us). */
  notebook: boolean;
}

/** `source` of an artifact job. */
export interface ArtifactJobSource {
  /** `wandb-artifact://_id/<code artifact id>`. */
  artifact: string;
  /** The command, relative to the code artifact's root. */
  entrypoint: string[];
  /** Whether the program is a notebook (never, for us). */
  notebook: boolean;
}

/** `source` of an image job. */
export interface ImageJobSource {
  /** The image reference, with its tag. */
  image: string;
}

/** The contents of `wandb-job.json`. */
export interface JobInfo {
  /** `v0` (W&B's base job version). */
  _version: string;
  /** Where the code is and how to start it. */
  source: RepoJobSource | ArtifactJobSource | ImageJobSource;
  /** `repo`, `artifact` or `image`. */
  source_type: JobSourceType;
  /** The W&B type of the run config (the job's inputs). */
  input_types: WandbType;
  /** The W&B type of the run summary (the job's outputs). */
  output_types: WandbType;
  /** The runtime the run had: `Deno x.y.z` (W&B: `CPython x.y.z`). */
  runtime?: string;
}

/** What a job is planned from. */
export interface JobInputs {
  /** The run's project. */
  project: string;
  /** `Deno x.y.z`. */
  runtime: string;
  /** The run's config (`_wandb` is left out of the types). */
  config: Record<string, unknown>;
  /** The run's summary at finish. */
  summary: Record<string, unknown>;
  /** The program: its absolute path. */
  program?: { path: string };
  /** The git work tree the program is in, with its remote and HEAD. */
  git?: { root: string; remote?: string; commit?: string };
  /** The code artifact the run logged (its server id, name and local root). */
  code?: { id: string; name: string; root: string };
  /** The run's Docker image (`WANDB_DOCKER`). */
  docker?: string;
  /** `job_name`: the job's name instead of the derived one. */
  jobName?: string;
  /** `job_source`: the source to use; without its ingredients no job is made. */
  jobSource?: JobSourceType;
}

/** A job to make. */
export interface JobPlan {
  /** The artifact name. */
  name: string;
  /** Aliases besides the version (`latest` last, as W&B's record lists them). */
  aliases: string[];
  /** The `wandb-job.json` contents. */
  info: JobInfo;
}

/**
 * Plans the run's job, or says why there is none.
 *
 * @param i what the run knows at finish
 * @returns the plan, or `{ skip }` with the reason
 * @example
 * ```ts
 * import { planJob } from "./builder.ts";
 * const r = planJob({ project: "p", runtime: "Deno 2", config: {}, summary: {}, docker: "img:1" });
 * console.assert("name" in r && r.name === "job-img" && r.aliases.join() === "1,latest");
 * ```
 */
export function planJob(i: JobInputs): JobPlan | { skip: string } {
  const hasRepo = !!(i.git?.remote && i.git.commit && i.program);
  const hasArtifact = !!(i.code && i.program);
  const hasImage = !!i.docker;
  let type: JobSourceType | undefined;
  if (i.jobSource) {
    const ok = { repo: hasRepo, artifact: hasArtifact, image: hasImage }[i.jobSource];
    if (!ok) {
      return { skip: `job_source is ${i.jobSource} but the run has no ${i.jobSource} source` };
    }
    type = i.jobSource;
  } else type = hasRepo ? "repo" : hasArtifact ? "artifact" : hasImage ? "image" : undefined;
  if (!type) {
    return {
      skip: "the run has no git remote and commit, no logged code and no WANDB_DOCKER image",
    };
  }
  const aliases: string[] = [];
  let source: JobInfo["source"];
  let derived: string;
  if (type === "repo") {
    const rel = relative(i.git!.root, i.program!.path);
    source = {
      git: { remote: i.git!.remote!, commit: i.git!.commit! },
      entrypoint: denoEntrypoint(rel),
      notebook: false,
    };
    derived = `${i.git!.remote}_${rel}`;
  } else if (type === "artifact") {
    const code = i.code!;
    const inRoot = relative(code.root, i.program!.path);
    source = {
      artifact: `wandb-artifact://_id/${code.id}`,
      entrypoint: denoEntrypoint(inRoot),
      notebook: false,
    };
    derived = code.name.split(":")[0]!;
  } else {
    const { name, tag } = splitImageTag(i.docker!);
    if (tag) aliases.push(tag);
    source = { image: i.docker! };
    derived = name;
  }
  aliases.push("latest");
  return {
    name: i.jobName || makeArtifactNameSafe(`job-${derived}`),
    aliases,
    info: {
      _version: "v0",
      source,
      source_type: type,
      input_types: wandbTypeOf(i.config),
      output_types: wandbTypeOf(i.summary),
      runtime: i.runtime,
    },
  };
}

/**
 * The command a launch agent runs: `deno run -A <path>`.
 *
 * @param path the program, relative to the code's root
 * @returns the entrypoint list
 * @example
 * ```ts
 * import { denoEntrypoint } from "./builder.ts";
 * console.assert(denoEntrypoint("src/train.ts").join(" ") === "deno run -A src/train.ts");
 * ```
 */
export function denoEntrypoint(path: string): string[] {
  return ["deno", "run", "-A", path];
}

/**
 * `wandb-job.json` as the official client's core writes it: Go's compact `json.Marshal`, whose
 * HTML-safe escaping turns `<`, `>`, `&`, U+2028 and U+2029 into `\u` escapes.
 *
 * @param info the job's contents
 * @returns the file's text
 * @example
 * ```ts
 * import { formatJobJson } from "./builder.ts";
 * const t = formatJobJson({ _version: "v0", source: { image: "a<b" }, source_type: "image",
 *   input_types: { wb_type: "none" }, output_types: { wb_type: "none" } });
 * console.assert(t.includes('"a\\u003cb"'));
 * ```
 */
export function formatJobJson(info: JobInfo): string {
  return JSON.stringify(info).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** The files of a job besides `wandb-job.json`. */
export interface JobFiles {
  /** `requirements.frozen.txt`: the run's dependency pins (`npm:x==1.2.3` lines; may be empty). */
  requirements: string;
  /** Project files of the program: `deno.json`, `deno.jsonc`, `package.json`, `deno.lock`. */
  project: { name: string; content: string }[];
  /** `diff.patch`: uncommitted changes (repo jobs only, as W&B's). */
  diff?: string;
}

/**
 * The job artifact (type `job`) of a plan: `wandb-job.json`, `requirements.frozen.txt`, the
 * project files, and `diff.patch` for a repo job with uncommitted changes.
 *
 * @param plan from {@linkcode planJob}
 * @param files the run's dependency and project files
 * @returns an artifact ready to log
 * @example
 * ```ts ignore
 * const a = jobArtifact(plan, { requirements: "", project: [] });
 * run.logArtifact(a, { aliases: plan.aliases });
 * ```
 */
export function jobArtifact(plan: JobPlan, files: JobFiles): Artifact {
  const a = new Artifact(plan.name, "job");
  addText(a, "wandb-job.json", formatJobJson(plan.info));
  addText(a, "requirements.frozen.txt", files.requirements);
  for (const f of files.project) addText(a, f.name, f.content);
  if (plan.info.source_type === "repo" && files.diff) addText(a, "diff.patch", files.diff);
  return a;
}

function addText(a: Artifact, name: string, text: string): void {
  const f = a.newFile(name);
  try {
    const bytes = new TextEncoder().encode(text);
    for (let off = 0; off < bytes.length;) off += f.writeSync(bytes.subarray(off));
  } finally {
    f.close();
  }
}
