/**
 * The job a run makes at finish: what W&B's job builder reads from the run (git remote and
 * commit of the program's work tree, the logged code artifact, `WANDB_DOCKER`, the config and
 * summary, the dependency pins and project files) gathered here with the same probes the run's
 * `wandb-metadata.json` and `requirements.txt` come from, then planned by `builder.ts`.
 *
 * @example
 * ```ts ignore
 * const job = await runJob({ settings, project: "p", config: {}, summary: {} });
 * if ("artifact" in job) run.logArtifact(job.artifact, { aliases: job.plan.aliases });
 * ```
 * @module
 */
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findDependencies, gitDiff, gitInfo } from "../../internal/run_files/mod.ts";
import type { Artifact } from "../artifacts/artifact.ts";
import type { Settings } from "../settings.ts";
import { jobArtifact, type JobFiles, type JobInputs, type JobPlan, planJob } from "./builder.ts";

/** What {@linkcode runJob} takes. */
export interface RunJobOptions {
  /** The run's settings (`program`, `root_dir`, `disable_git`, `docker`, `job_name`, `job_source`). */
  settings: Settings;
  /** The run's project. */
  project: string;
  /** The run's config. */
  config: Record<string, unknown>;
  /** The run's summary. */
  summary: Record<string, unknown>;
  /** The code artifact the run logged, once the server gave it an id. */
  code?: JobInputs["code"];
}

/**
 * Gathers the run's job ingredients and builds its job artifact, or says why there is none.
 *
 * @param o the run's settings, config, summary and code artifact
 * @returns the artifact with its plan, or `{ skip }`
 * @example
 * ```ts ignore
 * const job = await runJob({ settings, project, config, summary });
 * ```
 */
export async function runJob(
  o: RunJobOptions,
): Promise<{ artifact: Artifact; plan: JobPlan } | { skip: string }> {
  const s = o.settings;
  const path = programPath(s.program ?? Deno.mainModule, s.root_dir);
  const git = path && !s.disable_git
    ? await gitInfo(dirname(path)).catch(() => undefined)
    : undefined;
  const plan = planJob({
    project: o.project,
    runtime: `Deno ${Deno.version.deno}`,
    config: o.config,
    summary: o.summary,
    program: path ? { path } : undefined,
    git,
    code: o.code,
    docker: s.docker || undefined,
    jobName: s.job_name,
    jobSource: s.job_source,
  });
  if ("skip" in plan) return plan;
  const deps = path ? await findDependencies(path).catch(() => undefined) : undefined;
  const files: JobFiles = { requirements: deps?.requirements ?? "", project: deps?.files ?? [] };
  if (plan.info.source_type === "repo" && git) {
    files.diff = await gitDiff(git.root).catch(() => "") || undefined;
  }
  return { artifact: jobArtifact(plan, files), plan };
}

/**
 * The program's absolute path, from a path (relative to `root`) or a `file:` URL; none for a
 * remote module.
 *
 * @param program `settings.program` or `Deno.mainModule`
 * @param root what a relative path is relative to
 * @returns the absolute path, or undefined
 * @example
 * ```ts
 * import { programPath } from "./run_job.ts";
 * console.assert(programPath("file:///a/b.ts", "/x") === "/a/b.ts");
 * console.assert(programPath("b.ts", "/x") === "/x/b.ts");
 * console.assert(programPath("https://e.com/m.ts", "/x") === undefined);
 * ```
 */
export function programPath(program: string, root: string): string | undefined {
  if (!program) return undefined;
  if (program.startsWith("file:")) return fileURLToPath(program);
  if (/^[a-z][a-z0-9+.-]*:/i.test(program)) return undefined;
  return isAbsolute(program) ? program : resolve(root, program);
}

/**
 * The program's path as W&B's `program_relpath`: relative to the root of the git work tree it is
 * in (found by its `.git`), else to the working directory.
 *
 * @param path the program's absolute path
 * @param disableGit skip the work tree (W&B's `disable_git`)
 * @returns the relative path
 * @example
 * ```ts ignore
 * import { programRelpath } from "./run_job.ts";
 * console.log(programRelpath("/repo/src/train.ts", false)); // "src/train.ts" in a repo at /repo
 * ```
 */
export function programRelpath(path: string, disableGit: boolean): string {
  if (!disableGit) {
    for (let dir = dirname(path);; dir = dirname(dir)) {
      try {
        Deno.statSync(`${dir}/.git`);
        return relative(dir, path);
      } catch { /* not here */ }
      if (dirname(dir) === dir) break;
    }
  }
  let cwd: string;
  try {
    cwd = Deno.cwd();
  } catch {
    return path.slice(path.lastIndexOf("/") + 1);
  }
  return relative(cwd, path);
}
