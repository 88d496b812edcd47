/**
 * The launch spec: the JSON document a run queue item carries (W&B's `runSpec`), built as W&B's
 * `construct_launch_spec` builds it, and the check that it names exactly one source.
 *
 * @example
 * ```ts
 * import { constructLaunchSpec } from "./spec.ts";
 * const spec = constructLaunchSpec({ uri: "https://github.com/me/train.git", entity: "me" });
 * console.assert(spec.project === "train" && spec.resource === null);
 * ```
 * @module
 */
import { LaunchError } from "./errors.ts";

/** The resources a spec may name (W&B's list; this package runs the two local ones). */
export const RESOURCES = [
  "local-container",
  "local-process",
  "kubernetes",
  "sagemaker",
  "gcp-vertex",
] as const;

/** The uri of a sweep scheduler item (W&B's `Scheduler.PLACEHOLDER_URI`). */
export const SCHEDULER_PLACEHOLDER_URI = "placeholder-uri-scheduler";

/** W&B's default project of run queues. */
export const LAUNCH_DEFAULT_PROJECT = "model-registry";

/** What a launch overrides in the source's run. */
export interface LaunchOverrides {
  /** Extra arguments after the entry point. */
  args?: string[];
  /** Config values the launched run starts with (given to it as `WANDB_CONFIG`). */
  run_config?: Record<string, unknown>;
  /** The command to run instead of the source's (e.g. `["deno", "run", "-A", "train.ts"]`). */
  entry_point?: string[];
  /** Artifacts the run uses instead of its own, `{name: "entity/project/name:alias"}`. */
  artifacts?: Record<string, unknown>;
  /** A Dockerfile for the builder. */
  dockerfile?: string;
  /** Other fields, kept as given. */
  [key: string]: unknown;
}

/** A run queue item's `runSpec`, with W&B's field names. */
export interface LaunchSpec {
  /** A git repository (`https://…`, `file://…`) or W&B run URI. */
  uri?: string | null;
  /** A job artifact, `entity/project/name:alias`. */
  job?: string | null;
  /** `docker_image`: a container image to run. */
  docker?: { docker_image?: string; [key: string]: unknown };
  /** Where the launched run goes. */
  entity: string;
  /** Where the launched run goes (`""`: the source's). */
  project: string;
  /** The run's display name. */
  name?: string;
  /** Who queued it (sent to the run as `WANDB_USERNAME`). */
  author?: string;
  /** Where it runs: one of {@linkcode RESOURCES}, or null for the agent's default. */
  resource: string | null;
  /** Per-resource arguments, `{<resource>: {...}}`. */
  resource_args?: Record<string, Record<string, unknown>>;
  /** The git version (branch, tag or commit) of a git source. */
  git: { version?: string; repo?: string };
  /** What to override in the run. */
  overrides: LaunchOverrides;
  /** The launched run's id (else the agent picks one). */
  run_id?: string;
  /** The sweep the run joins. */
  sweep_id?: string;
  /** The entity of the queue when it differs from `entity`. */
  queue_entity?: string;
  /** Queue template values (moved to the enqueue mutation). */
  template_variables?: Record<string, unknown>;
  /** Times the run was resumed after preemption. */
  _resume_count?: number;
  /** A key the run uses instead of the agent's. */
  _wandb_api_key?: string;
  /** Other fields, kept as given. */
  [key: string]: unknown;
}

/** Inputs of {@linkcode constructLaunchSpec} (the arguments of W&B's `construct_launch_spec`). */
export interface LaunchSpecOptions {
  /** A git repository URI. */
  uri?: string;
  /** A job, `entity/project/name:alias`. */
  job?: string;
  /** A container image. */
  dockerImage?: string;
  /** Run display name. */
  name?: string;
  /** Target project. @default the config's `project`, else the source's name */
  project?: string;
  /** Target entity. @default the config's `entity`, else `defaultEntity` */
  entity?: string;
  /** The viewer's entity, used when neither `entity` nor the config names one. */
  defaultEntity?: string;
  /** One of {@linkcode RESOURCES}. */
  resource?: string;
  /** The command to run. */
  entryPoint?: string[];
  /** Git branch, tag or commit. */
  version?: string;
  /** Per-resource arguments. */
  resourceArgs?: Record<string, Record<string, unknown>>;
  /** A base spec the arguments override (W&B's `config` / launch config). */
  config?: Record<string, unknown>;
  /** The run id to use. */
  runId?: string;
  /** Container registry URL (`registry.url`). */
  repository?: string;
  /** Who queues it. */
  author?: string;
  /** The sweep the run joins. */
  sweepId?: string;
  /** Shorthand for `overrides.run_config`. */
  runConfig?: Record<string, unknown>;
  /** Shorthand for `overrides.args`. */
  args?: string[];
}

/**
 * Builds a launch spec from arguments over a base `config`, as W&B's `construct_launch_spec`
 * does, and checks it with {@linkcode validateLaunchSpec}.
 *
 * @param o the source, target and overrides
 * @returns the spec
 * @throws {LaunchError} `launch/spec` for none or several sources or non-list args,
 * `launch/resource` for an unknown resource
 * @example
 * ```ts
 * import { constructLaunchSpec } from "./spec.ts";
 * const s = constructLaunchSpec({ job: "me/p/train:v0", runConfig: { lr: 0.1 }, defaultEntity: "me" });
 * console.assert(s.project === "p" && s.overrides.run_config?.lr === 0.1);
 * ```
 */
export function constructLaunchSpec(o: LaunchSpecOptions): LaunchSpec {
  const spec = structuredClone(o.config ?? {}) as Partial<LaunchSpec>;
  if (o.uri !== undefined) spec.uri = o.uri;
  if (o.job !== undefined) spec.job = o.job;
  const configProject = typeof spec.project === "string" ? spec.project : undefined;
  const configEntity = typeof spec.entity === "string" ? spec.entity : undefined;
  spec.project = o.project ?? (configProject || sourceName(spec.uri ?? o.uri, spec.job ?? o.job));
  spec.entity = o.entity ?? configEntity ?? o.defaultEntity ?? "";
  if (o.author) spec.author = o.author;
  if (o.name) spec.name = o.name;
  spec.docker ??= {};
  if (o.dockerImage) spec.docker.docker_image = o.dockerImage;
  if (o.sweepId) spec.sweep_id = o.sweepId;
  if (!("resource" in spec)) spec.resource = o.resource ?? null;
  spec.git ??= {};
  if (o.version) spec.git.version = o.version;
  spec.overrides ??= {};
  if (o.resourceArgs) spec.resource_args = o.resourceArgs;
  if (o.entryPoint) spec.overrides.entry_point = o.entryPoint;
  if (o.runConfig) spec.overrides.run_config = { ...spec.overrides.run_config, ...o.runConfig };
  if (o.args) spec.overrides.args = o.args;
  if (o.runId !== undefined) spec.run_id = o.runId;
  if (o.repository) {
    const registry = (spec.registry ?? {}) as Record<string, unknown>;
    spec.registry = { ...registry, url: o.repository };
  }
  // W&B sends resource_args or template_variables, never both.
  if (spec.resource_args && spec.template_variables) delete spec.resource_args;
  const full = spec as LaunchSpec;
  const err = validateLaunchSpec(full);
  if (err) throw err;
  return full;
}

/**
 * Checks a spec as received from a queue: exactly one source, a known resource, `overrides.args`
 * a list of strings and `overrides.entry_point` a list.
 *
 * @param spec the spec
 * @returns the problem, or undefined
 * @example
 * ```ts
 * import { validateLaunchSpec } from "./spec.ts";
 * const err = validateLaunchSpec({ entity: "e", project: "p", resource: null, git: {}, overrides: {} });
 * console.assert(err?.code === "launch/spec");
 * ```
 */
export function validateLaunchSpec(spec: LaunchSpec): LaunchError | undefined {
  const sources = [
    spec.uri ? "uri" : "",
    spec.job ? "job" : "",
    spec.docker?.docker_image ? "docker_image" : "",
  ].filter(Boolean);
  if (sources.length !== 1) {
    return new LaunchError(
      "launch/spec",
      sources.length === 0
        ? "Launch spec has no source; give exactly one of uri, job or docker.docker_image"
        : `Launch spec has ${sources.length} sources (${
          sources.join(", ")
        }); give exactly one of uri, job or docker.docker_image`,
    );
  }
  if (spec.resource != null && !(RESOURCES as readonly string[]).includes(spec.resource)) {
    return new LaunchError(
      "launch/resource",
      `Launch spec names the unknown resource ${JSON.stringify(spec.resource)}; use one of ${
        RESOURCES.join(", ")
      }`,
    );
  }
  const args = spec.overrides?.args;
  if (args !== undefined && (!Array.isArray(args) || args.some((a) => typeof a !== "string"))) {
    return new LaunchError(
      "launch/spec",
      'Launch spec overrides.args is not a list of strings; pass args such as ["--lr", "0.1"]',
    );
  }
  const ep = spec.overrides?.entry_point;
  if (ep !== undefined && (!Array.isArray(ep) || ep.length === 0)) {
    return new LaunchError(
      "launch/spec",
      'Launch spec overrides.entry_point is not a non-empty list; pass a command such as ["python", "train.py"]',
    );
  }
  return undefined;
}

/** The project a source suggests: a git URI's repository name, a job's project. */
function sourceName(uri: string | null | undefined, job: string | null | undefined): string {
  if (uri) {
    const base = uri.replace(/\/+$/, "").split(/[/:]/).pop() ?? "";
    return base.replace(/\.[^.]*$/, ""); // os.path.splitext(basename(uri))[0]
  }
  if (job) {
    const parts = job.split("/");
    if (parts.length === 3) return parts[1]!;
  }
  return "";
}
