/**
 * What a run started by a launch agent picks up from its environment (W&B's
 * `_handle_launch_config` and `Run.__init__`): when `WANDB_LAUNCH` is true, the config overrides
 * in `WANDB_CONFIG` (or its chunks `WANDB_CONFIG_0`, `WANDB_CONFIG_1`, …), and the queue it came
 * from (`WANDB_LAUNCH_QUEUE_NAME`, `WANDB_LAUNCH_QUEUE_ENTITY`, `WANDB_LAUNCH_TRACE_ID`), kept
 * under the config's `_wandb` key, and the artifacts of `WANDB_ARTIFACTS` (the spec's
 * `overrides.artifacts`): the job it was launched from (slot `_wandb_job`), which the run uses,
 * and artifact overrides, which {@linkcode launchArtifactName} swaps in when the run uses the
 * artifact of their slot (W&B's `_swap_artifact_name`).
 *
 * @example
 * ```ts
 * import { launchOverrides } from "./launch_overrides.ts";
 * const o = launchOverrides({ WANDB_CONFIG_0: '{"lr":', WANDB_CONFIG_1: "0.5}", WANDB_LAUNCH_TRACE_ID: "q1" }, true);
 * console.assert(o.config.lr === 0.5 && o.wandb.launch_trace_id === "q1");
 * ```
 * @module
 */
import { ArtifactError } from "./artifacts/errors.ts";

/** What {@linkcode launchOverrides} found. */
export interface LaunchOverrides {
  /** Config values that override the script's (empty when not launched). */
  config: Record<string, unknown>;
  /** Entries for the config's `_wandb` key. */
  wandb: Record<string, string>;
  /** The job it was launched from (`WANDB_ARTIFACTS["_wandb_job"]`), which the run uses. */
  job?: string;
  /** All of `WANDB_ARTIFACTS`: slot (or `name:alias`) → the artifact to use instead. */
  artifacts: Record<string, unknown>;
  /** A one-line warning (a malformed `WANDB_CONFIG` or `WANDB_ARTIFACTS`), if any. */
  warning?: string;
}

/**
 * Reads a launched run's overrides from its environment.
 *
 * @param env the process environment
 * @param launched the `launch` setting (`WANDB_LAUNCH`)
 * @returns the overrides; empty when `launched` is false
 * @example
 * ```ts
 * import { launchOverrides } from "./launch_overrides.ts";
 * console.assert(Object.keys(launchOverrides({ WANDB_CONFIG: '{"a":1}' }, false).config).length === 0);
 * ```
 */
export function launchOverrides(
  env: Record<string, string | undefined>,
  launched: boolean,
): LaunchOverrides {
  const out: LaunchOverrides = { config: {}, wandb: {}, artifacts: {} };
  if (!launched) return out;
  let text = env.WANDB_CONFIG;
  if (text === undefined) {
    for (let i = 0; env[`WANDB_CONFIG_${i}`] !== undefined; i++) {
      text = (text ?? "") + env[`WANDB_CONFIG_${i}`];
    }
  }
  if (text !== undefined) {
    try {
      const v: unknown = JSON.parse(text);
      if (typeof v === "object" && v !== null && !Array.isArray(v)) {
        out.config = v as Record<string, unknown>;
      } else throw new TypeError("not an object");
    } catch {
      out.warning = "wandb: Malformed WANDB_CONFIG, using original config";
    }
  }
  if (env.WANDB_ARTIFACTS !== undefined) {
    try {
      const v: unknown = JSON.parse(env.WANDB_ARTIFACTS);
      if (typeof v !== "object" || v === null || Array.isArray(v)) {
        throw new TypeError("not an object");
      }
      out.artifacts = v as Record<string, unknown>;
      const job = out.artifacts._wandb_job;
      if (typeof job === "string" && job) out.job = job;
    } catch {
      out.warning = "wandb: Malformed WANDB_ARTIFACTS, using original artifacts";
    }
  }
  const keys = [
    ["WANDB_LAUNCH_QUEUE_NAME", "launch_queue_name"],
    ["WANDB_LAUNCH_QUEUE_ENTITY", "launch_queue_entity"],
    ["WANDB_LAUNCH_TRACE_ID", "launch_trace_id"],
  ] as const;
  for (const [name, key] of keys) if (env[name]) out.wandb[key] = env[name];
  return out;
}

/**
 * The artifact a launched run uses instead of `name` (W&B's `_swap_artifact_name`): the override
 * of the slot `useAs` names, else of `name` itself; without `useAs`, an override given as
 * `seq:alias` also replaces any version of the sequence `seq` when no other override names it.
 * An override is `"entity/project/name:alias"` or W&B's older `{ entity, project, name }`.
 *
 * @param artifacts the run's `WANDB_ARTIFACTS`
 * @param name the artifact the program asked for
 * @param useAs the slot it asked for it as
 * @returns the artifact to use (`name` when no override applies)
 * @throws {ArtifactError} `artifact/invalid-name` for an override that is neither a string nor `{ entity, project, name }`
 * @example
 * ```ts
 * import { launchArtifactName } from "./launch_overrides.ts";
 * const map = { dataset: "me/p/data:v3", "model:latest": "me/p/model:v9" };
 * console.assert(launchArtifactName(map, "data:v0", "dataset") === "me/p/data:v3");
 * console.assert(launchArtifactName(map, "me/p/model:v1") === "me/p/model:v9");
 * console.assert(launchArtifactName(map, "other:v1") === "other:v1");
 * ```
 */
export function launchArtifactName(
  artifacts: Record<string, unknown>,
  name: string,
  useAs?: string,
): string {
  let replacement = artifacts[useAs ?? name];
  if (replacement === undefined && useAs === undefined) {
    const sequence = (s: string) => s.split(":")[0]!.split("/").pop();
    const wanted = sequence(name);
    const matches = Object.keys(artifacts).filter((key) =>
      key.split(":").length === 2 && sequence(key) === wanted
    );
    if (matches.length === 1) replacement = artifacts[matches[0]!];
  }
  if (replacement === undefined) return name;
  if (typeof replacement === "string" && replacement) return replacement;
  const r = replacement as { entity?: unknown; project?: unknown; name?: unknown } | null;
  if (
    typeof r === "object" && r !== null && typeof r.entity === "string" &&
    typeof r.project === "string" && typeof r.name === "string"
  ) return `${r.entity}/${r.project}/${r.name}`;
  throw new ArtifactError(
    "artifact/invalid-name",
    `Misconfigured artifact override for ${
      useAs ?? name
    } in WANDB_ARTIFACTS: give "entity/project/name:alias" or { entity, project, name }`,
  );
}
