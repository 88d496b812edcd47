/**
 * Stop polling: while a run is live, asks the server every `stopPollSeconds` whether the run
 * should stop (RunStoppedStatus, server-api.md §4.3), one poll at a time and without retries (a
 * failed poll waits for the next one); a `"stopped": true` in a file_stream answer counts too.
 * The first request to stop calls `onStop`, once.
 *
 * @example
 * ```ts ignore
 * const stop = new StopPoll({ gql, signal, seconds: 15, onStop });
 * stop.tick(Date.now(), run); // in the sender's loop
 * await stop.finish();
 * ```
 * @module
 */
import type { GraphQLClient } from "../../net/mod.ts";
import type { RunTarget } from "./run_updates.ts";

const RUN_STOPPED_STATUS =
  "query RunStoppedStatus($projectName: String, $entityName: String, $runId: String!) { project(name: $projectName, entityName: $entityName) { run(name: $runId) { stopped } } }";

/** Options of {@linkcode StopPoll}. */
export interface StopPollOptions {
  /** The client the query goes through. */
  gql: GraphQLClient;
  /** The sender's abort: stops a poll in flight. */
  signal: AbortSignal;
  /** Seconds between polls; 0 turns them off. */
  seconds: number;
  /** The server asked the run to stop (called once). */
  onStop?: () => void;
  /** Debug-log sink. */
  log?: (level: "info" | "warn" | "error", message: string) => void;
}

/** Polls the server for a stop request. */
export class StopPoll {
  #o: StopPollOptions;
  #last = Date.now();
  #poll: Promise<void> | undefined;
  #ac: AbortController | undefined;
  #stopped = false;

  /**
   * Creates the poller; the first poll is due `seconds` from now.
   *
   * @param options client, period and callback
   */
  constructor(options: StopPollOptions) {
    this.#o = options;
  }

  /**
   * Starts a poll when one is due and none is in flight (the sender calls it each loop turn
   * while the run is live).
   *
   * @param now the time, ms
   * @param run the run to ask about
   */
  tick(now: number, run: RunTarget): void {
    const ms = this.#o.seconds * 1000;
    if (this.#stopped || ms <= 0 || this.#poll || now - this.#last < ms) return;
    this.#poll = this.#ask(run).finally(() => {
      this.#poll = undefined;
      this.#last = Date.now();
    });
  }

  /**
   * The server asked the run to stop; `how` says where that was read. Only the first call acts.
   *
   * @param how `RunStoppedStatus` or `file_stream answer`
   */
  requested(how: string): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#o.log?.("warn", `the server asked the run to stop (${how})`);
    this.#o.onStop?.();
  }

  /** The run is ending: a poll in flight is moot; resolves once it settled. */
  async finish(): Promise<void> {
    this.#ac?.abort();
    await this.#poll;
  }

  /** Asks the server whether the run should stop; errors wait for the next poll. */
  async #ask(run: RunTarget): Promise<void> {
    const ac = this.#ac = new AbortController();
    try {
      const data = await this.#o.gql.request<
        { project: { run: { stopped: boolean } | null } | null }
      >(
        RUN_STOPPED_STATUS,
        { projectName: run.project, entityName: run.entity, runId: run.runId },
        {
          retry: { maxRetries: 0, minDelayMs: 0, maxDelayMs: 0 },
          signal: AbortSignal.any([this.#o.signal, ac.signal]),
        },
      );
      if (data.project?.run?.stopped === true) this.requested("RunStoppedStatus");
    } catch (err) {
      this.#o.log?.("info", `stop poll failed: ${(err as Error).message}`);
    }
  }
}
