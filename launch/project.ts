/**
 * A queue item made ready to run (W&B's `LaunchProject.fetch_and_validate_project`): the source
 * fetched into a fresh directory — a `git clone` at the spec's version for a git URI or a
 * `repo` job, the code artifact's files for an `artifact` job, nothing for an image — and the
 * command to run, checked to exist.
 *
 * @example
 * ```ts ignore
 * const project = await prepareProject(spec, { api, runId: "abc123" });
 * console.log(project.dir, project.command);
 * ```
 * @module
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Artifact } from "../sdk/artifacts/artifact.ts";
import { fetchArtifactById } from "../sdk/artifacts/remote.ts";
import { type Job, JobError, loadJob } from "../apis/public/jobs.ts";
import { LaunchError } from "./errors.ts";
import type { LaunchApi } from "./launch_api.ts";
import { type LaunchSpec, SCHEDULER_PLACEHOLDER_URI } from "./spec.ts";

/** A spec ready to run. */
export interface LaunchProject {
  /** The spec it came from. */
  spec: LaunchSpec;
  /** The launched run's id. */
  runId: string;
  /** Where the source was fetched; undefined for an image. */
  dir?: string;
  /** The container image (an image source or an image job). */
  image?: string;
  /** The entry point (the spec's override, else the job's), before {@linkcode resolveCommand}. */
  entryPoint?: string[];
  /** What the job artifact said (`source_type`, `source`, `input_types`), for a job. */
  jobInfo?: Record<string, unknown>;
}

/** Inputs of {@linkcode prepareProject}. */
export interface PrepareOptions {
  /** For jobs: where their artifacts are read. */
  api: LaunchApi;
  /** The run id the item was acked with. */
  runId: string;
  /** Parent of the fresh source directory. @default the system temp dir */
  workRoot?: string;
  /** The `git` program. @default "git" */
  git?: string;
}

/**
 * Fetches the spec's source and checks its entry point.
 *
 * @throws {LaunchError} `launch/job-not-found`, `launch/fetch` (a clone or download that failed),
 * `launch/entry-point` (none, or a script that is not in the source)
 */
export async function prepareProject(spec: LaunchSpec, o: PrepareOptions): Promise<LaunchProject> {
  const project: LaunchProject = { spec, runId: o.runId, entryPoint: spec.overrides.entry_point };
  const image = spec.docker?.docker_image ?? (spec.image_uri as string | undefined);
  if (image) {
    project.image = image;
    return project;
  }
  const dir = await Deno.makeTempDir({ dir: o.workRoot, prefix: `launch-${o.runId}-` });
  project.dir = dir;
  // A sweep scheduler has no source: it runs this package's scheduler in an empty directory.
  if (spec.uri === SCHEDULER_PLACEHOLDER_URI) return project;
  if (spec.uri) {
    await gitClone(o.git ?? "git", spec.uri, spec.git?.version, dir);
    if (!project.entryPoint && existsSync(join(dir, "main.py"))) {
      project.entryPoint = ["python", "main.py"];
    }
  } else if (spec.job) {
    await fetchJob(spec, project, dir, o);
  }
  checkEntryPoint(project);
  return project;
}

async function fetchJob(
  spec: LaunchSpec,
  project: LaunchProject,
  dir: string,
  o: PrepareOptions,
): Promise<void> {
  const ref = spec.job!;
  const parts = ref.split("/");
  const name = parts.pop()!;
  const jobProject = parts.pop() ?? spec.project;
  const entity = parts.pop() ?? spec.entity;
  let job: Job;
  try {
    job = await loadJob(o.api.gql, entity, jobProject, name);
  } catch (err) {
    const missing = err instanceof JobError && err.code === "job/not-found";
    throw new LaunchError(
      missing ? "launch/job-not-found" : "launch/fetch",
      missing
        ? `Cannot find job ${entity}/${jobProject}/${name} on ${o.api.baseUrl}; check the job name and alias`
        : `Cannot read job ${ref}: ${firstLine(err)}`,
      "agent",
      { cause: err },
    );
  }
  // loadJob read the job's files into a folder of its own; only wandb-job.json was needed.
  await Deno.remove(await job.download(), { recursive: true }).catch(() => {});
  project.jobInfo = job.info as unknown as Record<string, unknown>;
  project.entryPoint ??= job.entrypoint;
  switch (job.sourceType) {
    case "repo": {
      const git = job.git;
      if (!git?.remote) {
        throw new LaunchError("launch/fetch", `Job ${ref} has no git remote; recreate the job`);
      }
      await gitClone(o.git ?? "git", git.remote, spec.git?.version ?? git.commit, dir);
      return;
    }
    case "artifact": {
      const id = job.codeArtifactId;
      try {
        if (!id) throw new Error("its source names no code artifact id");
        const data = await fetchArtifactById(o.api.gql, id);
        const code = await Artifact.fromServer(o.api.gql, data, { entity, project: jobProject });
        await code.download(dir);
      } catch (err) {
        throw new LaunchError(
          "launch/fetch",
          `Cannot download the code artifact of job ${ref}: ${firstLine(err)}`,
          "agent",
          { cause: err },
        );
      }
      return;
    }
    case "image":
      project.image = job.image;
      await Deno.remove(dir, { recursive: true }).catch(() => {});
      project.dir = undefined;
      return;
    default:
      throw new LaunchError(
        "launch/fetch",
        `Job ${ref} has the unknown source_type ${
          JSON.stringify(job.sourceType)
        }; expected repo, artifact or image`,
      );
  }
}

async function gitClone(
  git: string,
  uri: string,
  version: string | undefined,
  dir: string,
): Promise<void> {
  const run = async (args: string[]) => {
    let out: Deno.CommandOutput;
    try {
      out = await new Deno.Command(git, {
        args,
        stdin: "null",
        stdout: "piped",
        stderr: "piped",
        env: { GIT_TERMINAL_PROMPT: "0" },
      }).output();
    } catch (err) {
      throw new LaunchError(
        "launch/fetch",
        `Cannot run ${git} to clone ${uri}: ${firstLine(err)}; install git`,
        "agent",
        { cause: err },
      );
    }
    return out;
  };
  const clone = await run(["clone", "--quiet", uri, dir]);
  if (!clone.success) {
    throw new LaunchError(
      "launch/fetch",
      `Cannot clone ${uri}: ${
        lastLine(clone.stderr)
      }; check the URI and that the repository is reachable`,
    );
  }
  if (version) {
    const co = await run(["-C", dir, "checkout", "--quiet", version]);
    if (!co.success) {
      throw new LaunchError(
        "launch/fetch",
        `Cannot check out version ${version} of ${uri}: ${
          lastLine(co.stderr)
        }; check the branch, tag or commit`,
      );
    }
  }
}

const SCRIPT = /\.(ts|tsx|mts|js|mjs|py|sh)$/;

/**
 * The command line of an entry point: `deno` becomes this Deno, a lone `x.ts`/`x.js` runs as
 * `deno run -A x.ts`, a lone `x.py` as `python x.py`, anything else as given; `args` follow.
 *
 * @param entryPoint the spec's or job's entry point
 * @param args `overrides.args`
 * @returns `[program, ...arguments]`
 * @example
 * ```ts
 * import { resolveCommand } from "./project.ts";
 * console.assert(resolveCommand(["train.py"], ["--lr", "1"]).join(" ") === "python train.py --lr 1");
 * ```
 */
export function resolveCommand(entryPoint: string[], args: string[] = []): string[] {
  const [first, ...rest] = entryPoint;
  let cmd: string[];
  if (first === "deno") cmd = [Deno.execPath(), ...rest];
  else if (first && /\.(ts|tsx|mts|js|mjs)$/.test(first)) {
    cmd = [Deno.execPath(), "run", "-A", first, ...rest];
  } else if (first && first.endsWith(".py")) cmd = ["python", first, ...rest];
  else cmd = [...entryPoint];
  return [...cmd, ...args];
}

/** A source project needs an entry point, and the script it names must be in the source. */
function checkEntryPoint(project: LaunchProject): void {
  const where = project.spec.uri ?? project.spec.job ?? "the source";
  const ep = project.entryPoint;
  if (!ep || ep.length === 0) {
    throw new LaunchError(
      "launch/entry-point",
      `No entry point for ${where}: the spec gives none and the source has no main.py; set overrides.entry_point, e.g. ["deno", "run", "-A", "train.ts"]`,
    );
  }
  const script = ep.find((a) => SCRIPT.test(a) && !a.startsWith("-"));
  if (script && project.dir && !existsSync(join(project.dir, script))) {
    throw new LaunchError(
      "launch/entry-point",
      `Entry point ${script} is not in ${where}; check overrides.entry_point or the job's entrypoint`,
    );
  }
}

function firstLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split("\n")[0]!;
}

function lastLine(bytes: Uint8Array): string {
  const lines = new TextDecoder().decode(bytes).trim().split("\n");
  return lines[lines.length - 1] || "git failed";
}
