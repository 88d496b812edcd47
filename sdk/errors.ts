/**
 * The error family of the SDK. Every error has a stable `code`; messages are one line that says
 * what was wrong, where, and how to fix it. API keys never appear in them.
 *
 * @example
 * ```ts
 * import { SettingsError } from "./errors.ts";
 * const err = new SettingsError("mode", "unknown mode \"fast\"", "use online, offline or disabled");
 * console.assert(err.code === "settings/invalid" && err.setting === "mode");
 * ```
 * @module
 */

/** Base class of the SDK's domain errors. */
export class WandbError extends Error {
  /** Error class name. */
  override name = "WandbError";
  /**
   * Creates the error.
   *
   * @param code stable machine-readable code, e.g. `run/finished`
   * @param message one line: what, where, and the fix
   * @param options the cause, if any
   */
  constructor(readonly code: string, message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/** The SDK was used in a way it does not support. */
export class UsageError extends WandbError {
  /** Error class name. */
  override name = "UsageError";
}

/** An invalid setting, named by its W&B setting name. */
export class SettingsError extends WandbError {
  /** Error class name. */
  override name = "SettingsError";
  /**
   * Creates the error; the message names the setting, the problem, the fix and the source.
   *
   * @param setting the W&B setting name, e.g. `run_id`
   * @param problem what is wrong with the value
   * @param fix how to fix it
   * @param source where the value came from, e.g. `WANDB_MODE`
   */
  constructor(readonly setting: string, problem: string, fix: string, readonly source = "") {
    super(
      "settings/invalid",
      `Invalid setting "${setting}"${source ? ` (from ${source})` : ""}: ${problem}; ${fix}`,
    );
  }
}

/** `run.log()` (or a config/summary write) after `run.finish()`. */
export class RunFinishedError extends UsageError {
  /** Error class name. */
  override name = "RunFinishedError";
  /**
   * Creates the error.
   *
   * @param what the call that was made, e.g. `run.log()`
   * @param runId the finished run
   */
  constructor(what: string, runId: string) {
    super(
      "run/finished",
      `Cannot call ${what}: run ${runId} is finished; start a new run with wandb.init()`,
    );
  }
}

/**
 * The server asked the run to stop (W&B's stop button, `stopRun`): the reason of
 * `run.stopSignal`.
 *
 * @example
 * ```ts
 * import { RunStoppedError } from "./errors.ts";
 * console.assert(new RunStoppedError("abc").code === "run/stopped");
 * ```
 */
export class RunStoppedError extends WandbError {
  /** Error class name. */
  override name = "RunStoppedError";
  /**
   * Creates the error.
   *
   * @param runId the stopped run
   */
  constructor(runId: string) {
    super("run/stopped", `Run ${runId} was stopped from the server; finish it and exit`);
  }
}

/** A row logged with a step lower than the current step, in strict mode. */
export class StepOrderError extends UsageError {
  /** Error class name. */
  override name = "StepOrderError";
  /**
   * Creates the error.
   *
   * @param step the step that was passed
   * @param current the run's current step
   */
  constructor(readonly step: number, readonly current: number) {
    super(
      "log/step-order",
      `Cannot log at step ${step}: the current step is ${current} and steps must not decrease; log with step >= ${current} or omit step`,
    );
  }
}

/** An error that crossed the Worker boundary as data. */
export interface ErrorData {
  /** Stable code. */
  code: string;
  /** One-line message. */
  message: string;
}

/**
 * Turns error data from the internal Worker back into a `WandbError`.
 *
 * @example
 * ```ts
 * import { errorFromData } from "./errors.ts";
 * console.assert(errorFromData({ code: "log/io", message: "disk full" }).code === "log/io");
 * ```
 */
export function errorFromData(data: ErrorData): WandbError {
  return new WandbError(data.code, data.message);
}
