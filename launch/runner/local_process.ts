/**
 * The `local-process` runner: the entry point run in the fetched source directory with
 * `Deno.Command` and the launch environment, its output streamed with a prefix.
 *
 * @example
 * ```ts ignore
 * const run = await localProcessRunner.run(project, { env });
 * await run.wait();
 * ```
 * @module
 */
import { LaunchError } from "../errors.ts";
import { resolveCommand } from "../project.ts";
import { SubmittedRun } from "../submitted_run.ts";
import { startProcess } from "./_process.ts";
import type { Runner } from "./mod.ts";

/** Runs the entry point as a child process of the agent. */
export const localProcessRunner: Runner = {
  name: "local-process",
  run(project, options) {
    if (!project.dir || !project.entryPoint) {
      throw new LaunchError(
        "launch/resource",
        `local-process cannot run the image ${project.image}; use the local-container resource`,
      );
    }
    const [command, ...args] = resolveCommand(project.entryPoint, project.spec.overrides.args);
    options.log?.(
      `Launching run ${project.runId} as a local-process with command ${
        [command, ...args].join(" ")
      }`,
    );
    const proc = startProcess({
      command: command!,
      args,
      cwd: project.dir,
      env: options.env,
      prefix: options.prefix ?? `[${project.runId}] `,
      sink: options.sink,
    });
    return Promise.resolve(new SubmittedRun(project, proc));
  },
};
