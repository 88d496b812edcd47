/**
 * Runners: where a prepared launch runs. One interface and an explicit list — `local-process`
 * (the entry point as a child process) and `local-container` (`docker run`).
 *
 * @example
 * ```ts
 * import { runnerFor } from "./mod.ts";
 * console.assert(runnerFor("local-process").name === "local-process");
 * ```
 * @module
 */
import { LaunchError } from "../errors.ts";
import type { LaunchProject } from "../project.ts";
import type { SubmittedRun } from "../submitted_run.ts";
import { localProcessRunner } from "./local_process.ts";
import { localContainerRunner } from "./local_container.ts";

/** What a runner needs besides the project. */
export interface RunOptions {
  /** The launch environment (see `launchEnv`). */
  env: Record<string, string>;
  /** Put before each output line. @default `[<run id>] ` */
  prefix?: string;
  /** Receives each output line. @default stderr */
  sink?: (line: string) => void;
  /** The container program of `local-container`. @default "docker" */
  docker?: string;
  /** Told the command line (without values of secrets). */
  log?: (line: string) => void;
}

/** A place launches run. */
export interface Runner {
  /** The resource name in a launch spec. */
  readonly name: "local-process" | "local-container";
  /** Starts the project; resolves once it started. */
  run(project: LaunchProject, options: RunOptions): Promise<SubmittedRun>;
}

/** The runners of this package. */
export const RUNNERS: readonly Runner[] = [localProcessRunner, localContainerRunner];

/**
 * The runner of a resource (`null`: W&B's default, `local-container`).
 *
 * @param resource the spec's resource
 * @returns the runner
 * @throws {LaunchError} `launch/resource` for a resource this package cannot run
 * @example
 * ```ts
 * import { runnerFor } from "./mod.ts";
 * console.assert(runnerFor(null).name === "local-container");
 * ```
 */
export function runnerFor(resource: string | null | undefined): Runner {
  const name = resource || "local-container";
  const runner = RUNNERS.find((r) => r.name === name);
  if (!runner) {
    throw new LaunchError(
      "launch/resource",
      `Cannot run resource ${JSON.stringify(name)} here; use one of ${
        RUNNERS.map((r) => r.name).join(", ")
      }`,
    );
  }
  return runner;
}

export { localProcessRunner } from "./local_process.ts";
export {
  dockerCommand,
  type DockerCommandOptions,
  localContainerRunner,
} from "./local_container.ts";
export type { ExitStatus } from "../../internal/subprocess.ts";
