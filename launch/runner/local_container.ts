/**
 * The `local-container` runner: `docker run --rm` with the launch environment as `-e` flags
 * (a secret such as `WANDB_API_KEY` by name only, its value in `docker`'s own environment, so it
 * is not on a command line that `ps` shows),
 * the spec's `resource_args["local-container"]` (W&B's allow-list of flags), the fetched source
 * mounted at `/mnt/wandb` when there is one, and the entry point as `--entrypoint`.
 *
 * @example
 * ```ts
 * import { dockerCommand } from "./local_container.ts";
 * const argv = dockerCommand("python:3.12", { A: "1" }, { entryPoint: ["python", "t.py"] });
 * console.assert(argv.join(" ") === "run --rm -e A=1 --entrypoint python python:3.12 t.py");
 * ```
 * @module
 */
import { LaunchError } from "../errors.ts";
import { SubmittedRun } from "../submitted_run.ts";
import { startProcess } from "./_process.ts";
import type { Runner } from "./mod.ts";

/** Where the source is mounted in the container (W&B's `CODE_MOUNT_DIR`). */
export const CODE_MOUNT_DIR = "/mnt/wandb";

/** The image a source without one runs in (W&B's agent default with no builder). */
export const DEFAULT_BASE_IMAGE = "python:3.12-slim";

/** The `docker run` flags a queue item may set (W&B's `_DOCKER_ALLOWED_RESOURCE_ARGS`). */
const ALLOWED = new Set([
  "command",
  "cpu",
  "cpu-period",
  "cpu-quota",
  "cpu-shares",
  "cpus",
  "cpuset-cpus",
  "cpuset-mems",
  "e",
  "env",
  "gpus",
  "m",
  "memory",
  "memory-reservation",
  "memory-swap",
  "name",
  "pids-limit",
  "platform",
  "shm-size",
  "ulimit",
  "w",
  "workdir",
]);

/** Names of variables whose values are secrets: `WANDB_API_KEY` and any `*KEY`/`*TOKEN`/`*SECRET`/`*PASSWORD`. */
const SECRET_NAME = /(^|_)(API_?KEY|KEY|TOKEN|SECRET|PASSWORD)$/i;

/**
 * The part of `env` that must not appear on a command line: what `docker` gets in its own
 * environment while {@linkcode dockerCommand} names it with `-e NAME` only.
 *
 * @param env the launch environment
 * @returns the secret variables
 * @example
 * ```ts
 * import { secretEnv } from "./local_container.ts";
 * console.assert(Object.keys(secretEnv({ WANDB_API_KEY: "k", WANDB_RUN_ID: "r" })).join() === "WANDB_API_KEY");
 * ```
 */
export function secretEnv(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([k]) => SECRET_NAME.test(k)));
}

/** Inputs of {@linkcode dockerCommand} besides the image and environment. */
export interface DockerCommandOptions {
  /** The command (`--entrypoint` is its first word). */
  entryPoint?: string[];
  /** `resource_args["local-container"]`. */
  resourceArgs?: Record<string, unknown>;
  /** `overrides.args`. */
  args?: string[];
  /** A source directory to mount at {@linkcode CODE_MOUNT_DIR}. */
  dir?: string;
  /** The server the run logs to: a loopback one adds `--network host`. */
  baseUrl?: string;
}

/**
 * The arguments of `docker` that run `image` (without the program name).
 *
 * @param image the image
 * @param env the launch environment (secrets as `-e NAME`: give them to `docker` in its
 * environment, see {@linkcode secretEnv})
 * @param o entry point, resource args, extra args, mount
 * @returns the argument list
 * @throws {LaunchError} `launch/resource` for a flag outside W&B's allow-list or a mapping value
 * @example
 * ```ts
 * import { dockerCommand } from "./local_container.ts";
 * const argv = dockerCommand("img", {}, { resourceArgs: { gpus: "all", env: ["A=1", "B=2"] } });
 * console.assert(argv.join(" ") === "run --rm --gpus all --env A=1 --env B=2 img");
 * ```
 */
export function dockerCommand(
  image: string,
  env: Record<string, string>,
  o: DockerCommandOptions = {},
): string[] {
  const argv = ["run", "--rm"];
  for (const [k, v] of Object.entries(env)) argv.push("-e", SECRET_NAME.test(k) ? k : `${k}=${v}`);
  for (const [raw, value] of Object.entries(o.resourceArgs ?? {})) {
    const name = raw.trim().replace(/^-+/, "").replaceAll("_", "-").toLowerCase();
    if (!ALLOWED.has(name)) {
      throw new LaunchError(
        "launch/resource",
        `Unsupported resource_args.local-container option '${name}'; supported options are: ${
          [...ALLOWED].sort().join(", ")
        }`,
      );
    }
    const flag = name.length === 1 ? `-${name}` : `--${name}`;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      throw new LaunchError(
        "launch/resource",
        `Invalid docker argument '${name}': mapping values are not supported; give a string or a list`,
      );
    }
    if (Array.isArray(value)) { for (const v of value) argv.push(flag, String(v)); }
    else if (value === true) argv.push(flag);
    else if (value !== false && value != null) argv.push(flag, String(value));
  }
  if (o.baseUrl && /^https?:\/\/(localhost|127\.0\.0\.1)\b/.test(o.baseUrl)) {
    argv.push("--network", "host", "--add-host", "host.docker.internal:host-gateway");
  }
  if (o.dir) argv.push("--volume", `${o.dir}:${CODE_MOUNT_DIR}`, "--workdir", CODE_MOUNT_DIR);
  const [first, ...rest] = o.entryPoint ?? [];
  if (first) argv.push("--entrypoint", first);
  argv.push(image, ...rest, ...(o.args ?? []));
  return argv;
}

/** Runs the project in a container with `docker run`. */
export const localContainerRunner: Runner = {
  name: "local-container",
  run(project, options) {
    const spec = project.spec;
    const resourceArgs = spec.resource_args?.["local-container"] ?? {};
    const { builder: _builder, ...dockerArgs } = resourceArgs as Record<string, unknown>;
    const base = (_builder as { base_image?: string } | undefined)?.base_image;
    const image = project.image ?? base ?? (spec.base_image as string | undefined) ??
      DEFAULT_BASE_IMAGE;
    const env = { ...options.env };
    if (!env.WANDB_DOCKER) env.WANDB_DOCKER = image;
    const argv = dockerCommand(image, env, {
      entryPoint: project.entryPoint,
      resourceArgs: dockerArgs,
      args: spec.overrides.args,
      dir: project.dir,
      baseUrl: env.WANDB_BASE_URL,
    });
    const docker = options.docker ?? "docker";
    options.log?.(
      `Launching run ${project.runId} in docker with command: ${docker} ${argv.join(" ")}`,
    );
    const proc = startProcess({
      command: docker,
      args: argv,
      env: secretEnv(env),
      prefix: options.prefix ?? `[${project.runId}] `,
      sink: options.sink,
    });
    return Promise.resolve(new SubmittedRun(project, proc));
  },
};
