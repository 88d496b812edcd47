/**
 * How `init()` joins a sweep run, as W&B's `wandb.init` does under an agent: with a sweep id set
 * (`WANDB_SWEEP_ID`, or the in-process agent), the project, entity and run id given to `init()`
 * are ignored with a warning (the agent's `WANDB_PROJECT`/`WANDB_ENTITY`/`WANDB_RUN_ID` win);
 * with a parameter file (`WANDB_SWEEP_PARAM_PATH`, config.yaml format) its values are laid over
 * the config given to `init()` (W&B reads it whenever the setting is set).
 *
 * The in-process agent (`wandb.agent({ fn })`) hands its run over with
 * {@linkcode setPendingSweepRun}: the same settings as the environment the command-line agent
 * gives a child process, as `setup()`-level settings, plus a hook that receives the run.
 *
 * @example
 * ```ts
 * import { resolveWithSweep } from "./join.ts";
 * const j = resolveWithSweep(undefined, { project: "mine" }, { WANDB_SWEEP_ID: "s1", WANDB_PROJECT: "p" });
 * console.assert(j.resolved.settings.project === "p" && j.warnings.length === 1);
 * ```
 * @module
 */
import { parseConfigYaml } from "../../internal/run_files/config_yaml.ts";
import { SweepError } from "./errors.ts";
import { processEnv, type Resolved, resolveSettings, type SettingsInput } from "../settings.ts";
import type { Run } from "../run.ts";

/** A run the in-process agent is about to start. */
export interface PendingSweepRun {
  /** `sweep_id`, `run_id`, `sweep_param_path`, `project`, `entity`, `root_dir`. */
  settings: SettingsInput;
  /** Told the run once `init()` made it. */
  onRun?: (run: Run) => void;
}

let pending: PendingSweepRun | undefined;

/**
 * Sets (or clears, with undefined) the sweep run the next `init()` calls join.
 *
 * @example
 * ```ts
 * import { setPendingSweepRun } from "./join.ts";
 * setPendingSweepRun(undefined);
 * ```
 */
export function setPendingSweepRun(run: PendingSweepRun | undefined): void {
  pending = run;
}

/** What {@linkcode resolveWithSweep} decided. */
export interface SweepJoin {
  resolved: Resolved;
  /** The suggested values, when the run is a sweep run with a parameter file. */
  sweepConfig?: Record<string, unknown>;
  /** `Ignoring project 'x' when running a sweep.` lines. */
  warnings: string[];
  /** The in-process agent's hook. */
  onRun?: (run: Run) => void;
}

/**
 * Resolves `init()`'s settings, joining a sweep run when one is set.
 *
 * @param env the environment (defaults to the process's)
 * @throws {SettingsError} as `resolveSettings`; {@linkcode SweepError} `sweep/config` when the
 * parameter file cannot be read
 * @example
 * ```ts
 * import { resolveWithSweep } from "./join.ts";
 * console.assert(resolveWithSweep(undefined, {}, {}).sweepConfig === undefined);
 * ```
 */
export function resolveWithSweep(
  setup: SettingsInput | undefined,
  init: SettingsInput,
  env: Record<string, string> = processEnv(),
): SweepJoin {
  const extra = pending;
  const setupIn = extra ? { ...setup, ...extra.settings } : setup;
  let resolved = resolveSettings({ setup: setupIn, init, env });
  const warnings: string[] = [];
  if (resolved.settings.sweep_id) {
    const stripped: SettingsInput = { ...init };
    for (const key of ["project", "entity", "run_id"] as const) {
      if (init[key] === undefined) continue;
      warnings.push(`wandb: WARNING Ignoring ${key} '${init[key]}' when running a sweep.`);
      delete stripped[key];
    }
    if (warnings.length > 0) resolved = resolveSettings({ setup: setupIn, init: stripped, env });
  }
  const path = resolved.settings.sweep_param_path;
  let sweepConfig: Record<string, unknown> | undefined;
  if (path) {
    try {
      sweepConfig = parseConfigYaml(Deno.readTextFileSync(path));
    } catch (err) {
      throw new SweepError(
        "sweep/config",
        `Cannot read the sweep parameter file ${path} (WANDB_SWEEP_PARAM_PATH): ${
          (err as Error).message
        }; start the run from a sweep agent or unset WANDB_SWEEP_PARAM_PATH`,
        { cause: err },
      );
    }
  }
  return { resolved, sweepConfig, warnings, onRun: extra?.onRun };
}
