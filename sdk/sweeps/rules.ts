/**
 * When an agent gives up on failing runs, with W&B's two rules (`wandb_agent.py`):
 *
 * - flapping: 3 runs exit non-zero within the agent's first 60 s
 *   (off with `WANDB_AGENT_DISABLE_FLAPPING=true`);
 * - failing: at least `WANDB_AGENT_MAX_INITIAL_FAILURES` (5) runs failed and the failures are
 *   at least as many as the runs that ended before this one (W&B's counting, kept as is).
 *
 * A run killed by a signal is not a failure (W&B sees a negative return code).
 *
 * @example
 * ```ts
 * import { FailureRules } from "./rules.ts";
 * let now = 0;
 * const rules = new FailureRules({ env: {}, clock: () => now });
 * rules.runEnded(1);
 * rules.runEnded(1);
 * console.assert(rules.runEnded(1)?.startsWith("Detected 3 failed runs in the first 60 seconds"));
 * ```
 * @module
 */
import { SweepError } from "./errors.ts";

/** Options of {@linkcode FailureRules}. */
export interface FailureRulesOptions {
  /** Reads `WANDB_AGENT_DISABLE_FLAPPING`, `WANDB_AGENT_MAX_INITIAL_FAILURES`. */
  env: Record<string, string | undefined>;
  /** Milliseconds now. @default Date.now */
  clock?: () => number;
}

/** Counts ended runs and says when the agent should stop. */
export class FailureRules {
  /** W&B's flapping window. */
  static readonly FLAPPING_MAX_SECONDS = 60;
  /** W&B's flapping count. */
  static readonly FLAPPING_MAX_FAILURES = 3;
  /** Runs that ended (failed ones included). */
  finished = 0;
  /** Runs that exited with a code above 0. */
  failed = 0;
  readonly #clock: () => number;
  readonly #startMs: number;
  readonly #disableFlapping: boolean;
  readonly #maxInitialFailures: number;

  /**
   * Starts counting now.
   *
   * @throws {SweepError} `sweep/agent` when `WANDB_AGENT_MAX_INITIAL_FAILURES` is not an integer
   * @example
   * ```ts
   * import { FailureRules } from "./rules.ts";
   * console.assert(new FailureRules({ env: {} }).failed === 0);
   * ```
   */
  constructor(options: FailureRulesOptions) {
    this.#clock = options.clock ?? Date.now;
    this.#startMs = this.#clock();
    this.#disableFlapping = options.env.WANDB_AGENT_DISABLE_FLAPPING === "true";
    const max = options.env.WANDB_AGENT_MAX_INITIAL_FAILURES ?? "5";
    this.#maxInitialFailures = Number(max);
    if (!/^\s*[+-]?\d+\s*$/.test(max)) {
      throw new SweepError(
        "sweep/agent",
        `WANDB_AGENT_MAX_INITIAL_FAILURES=${
          JSON.stringify(max)
        } is not an integer; set a number such as 5`,
      );
    }
  }

  /**
   * Records a run that ended.
   *
   * @param exitCode its exit code; negative (or null) for a run killed by a signal
   * @returns why the agent must stop now, or undefined to go on
   * @example
   * ```ts
   * import { FailureRules } from "./rules.ts";
   * const rules = new FailureRules({ env: { WANDB_AGENT_DISABLE_FLAPPING: "true" } });
   * for (let i = 0; i < 4; i++) console.assert(rules.runEnded(1) === undefined);
   * console.assert(rules.runEnded(1)?.startsWith("Detected 5 failed runs in a row"));
   * ```
   */
  runEnded(exitCode: number | null): string | undefined {
    let reason: string | undefined;
    if (exitCode !== null && exitCode > 0) {
      this.failed++;
      if (this.#flapping()) {
        reason =
          `Detected ${FailureRules.FLAPPING_MAX_FAILURES} failed runs in the first ${FailureRules.FLAPPING_MAX_SECONDS} seconds, shutting down. To disable this check set WANDB_AGENT_DISABLE_FLAPPING=true`;
      } else if (this.failed >= this.finished && this.failed >= this.#maxInitialFailures) {
        reason =
          `Detected ${this.#maxInitialFailures} failed runs in a row, shutting down. To change this value set WANDB_AGENT_MAX_INITIAL_FAILURES=val`;
      }
    }
    if (reason === undefined) this.finished++;
    return reason;
  }

  #flapping(): boolean {
    if (this.#disableFlapping) return false;
    return this.#clock() < this.#startMs + FailureRules.FLAPPING_MAX_SECONDS * 1000 &&
      this.failed >= FailureRules.FLAPPING_MAX_FAILURES;
  }
}
