/**
 * A launched run as its runner sees it (W&B's `AbstractRun`): the process, its status from the
 * exit code, waiting and cancelling.
 *
 * @example
 * ```ts ignore
 * const run = await launch({ uri: "file:///tmp/repo", entryPoint: ["train.ts"], resource: "local-process", synchronous: false });
 * console.log(run.runId, await run.getStatus());
 * await run.wait();
 * ```
 * @module
 */
import type { ExitStatus, LaunchedProcess } from "./runner/_process.ts";
import type { LaunchProject } from "./project.ts";

/** How long a cancelled run has between SIGTERM and SIGKILL. */
export const CANCEL_GRACE_MS = 10_000;

/** States of a submitted run, as W&B's runners report them. */
export type SubmittedRunState = "running" | "finished" | "failed" | "stopped";

/** A run started by a runner. */
export class SubmittedRun {
  /** The W&B run id the run was started with. */
  readonly runId: string;
  /** The entity it logs to. */
  readonly entity: string;
  /** The project it logs to. */
  readonly project: string;
  /** The source directory (removed by the agent once the run ended). */
  readonly dir?: string;
  readonly #proc: LaunchedProcess;
  #status?: ExitStatus;
  #cancelled = false;

  /**
   * Wraps a started process.
   *
   * @param project what was launched
   * @param proc the process running it
   */
  constructor(project: LaunchProject, proc: LaunchedProcess) {
    this.runId = project.runId;
    this.entity = project.spec.entity;
    this.project = project.spec.project;
    this.dir = project.dir;
    this.#proc = proc;
    proc.status.then((s) => this.#status = s);
  }

  /** The process id. */
  get pid(): number {
    return this.#proc.pid;
  }

  /** How the process ended; undefined while it runs. */
  get exitStatus(): ExitStatus | undefined {
    return this.#status;
  }

  /**
   * Waits for the process to end.
   *
   * @returns whether it exited with code 0
   * @example
   * ```ts ignore
   * if (!(await run.wait())) console.error(run.logs());
   * ```
   */
  async wait(): Promise<boolean> {
    return (await this.#proc.status).success;
  }

  /**
   * The run's state: `running` until the process ends, then `finished` (exit 0), `stopped`
   * (cancelled) or `failed`.
   *
   * @example
   * ```ts ignore
   * console.log(await run.getStatus());
   * ```
   */
  getStatus(): Promise<SubmittedRunState> {
    const s = this.#status;
    if (!s) return Promise.resolve("running");
    if (s.success) return Promise.resolve("finished");
    return Promise.resolve(this.#cancelled ? "stopped" : "failed");
  }

  /**
   * Stops the process: SIGTERM, then SIGKILL when it has not ended after `graceMs` (W&B's
   * runners give a launched run the same chance to finish before it is killed); waits for it
   * to end.
   *
   * @param options `graceMs`: how long SIGTERM has before SIGKILL (default 10 000)
   * @example
   * ```ts ignore
   * await run.cancel({ graceMs: 5_000 });
   * ```
   */
  async cancel(options: { graceMs?: number } = {}): Promise<void> {
    if (this.#status) return;
    this.#cancelled = true;
    this.#proc.kill("SIGTERM");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const killed = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        if (!this.#status) this.#proc.kill("SIGKILL");
        resolve();
      }, options.graceMs ?? CANCEL_GRACE_MS);
    });
    try {
      await Promise.race([this.#proc.status, killed]);
      await this.#proc.status;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The last 64 KiB of the run's output.
   *
   * @example
   * ```ts ignore
   * console.log(run.logs());
   * ```
   */
  logs(): string {
    return this.#proc.logs();
  }
}
