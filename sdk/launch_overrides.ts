/**
 * What a run started by a launch agent picks up from its environment (W&B's
 * `_handle_launch_config` and `Run.__init__`): when `WANDB_LAUNCH` is true, the config overrides
 * in `WANDB_CONFIG` (or its chunks `WANDB_CONFIG_0`, `WANDB_CONFIG_1`, …), and the queue it came
 * from (`WANDB_LAUNCH_QUEUE_NAME`, `WANDB_LAUNCH_QUEUE_ENTITY`, `WANDB_LAUNCH_TRACE_ID`), kept
 * under the config's `_wandb` key, and the job it was launched from (`WANDB_ARTIFACTS`), which the
 * run uses. Other `WANDB_ARTIFACTS` slots (artifact overrides) are not applied.
 *
 * @example
 * ```ts
 * import { launchOverrides } from "./launch_overrides.ts";
 * const o = launchOverrides({ WANDB_CONFIG_0: '{"lr":', WANDB_CONFIG_1: "0.5}", WANDB_LAUNCH_TRACE_ID: "q1" }, true);
 * console.assert(o.config.lr === 0.5 && o.wandb.launch_trace_id === "q1");
 * ```
 * @module
 */

/** What {@linkcode launchOverrides} found. */
export interface LaunchOverrides {
  /** Config values that override the script's (empty when not launched). */
  config: Record<string, unknown>;
  /** Entries for the config's `_wandb` key. */
  wandb: Record<string, string>;
  /** The job it was launched from (`WANDB_ARTIFACTS["_wandb_job"]`), which the run uses. */
  job?: string;
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
  const out: LaunchOverrides = { config: {}, wandb: {} };
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
      const job = JSON.parse(env.WANDB_ARTIFACTS)?._wandb_job;
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
