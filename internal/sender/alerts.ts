/**
 * Alerts: the alert records of a run's log (`run.alert()`), queued as they are read and sent with
 * W&B's NotifyScriptableRunAlert mutation (server-api.md §12) between posts. An alert the server
 * refuses is logged and dropped: it never fails the run.
 *
 * @example
 * ```ts ignore
 * const alerts = new Alerts({ gql, signal });
 * alerts.add(record.alert);
 * if (alerts.pending) await alerts.send({ entity, project, runId });
 * ```
 * @module
 */
import type { wandb_internal } from "../../proto/mod.ts";
import type { GraphQLClient } from "../../net/mod.ts";
import type { RunTarget } from "./run_updates.ts";

/** W&B's alert mutation (server-api.md §12); `waitDuration` as the official client sends it (ms). */
export const NOTIFY_ALERT =
  `mutation NotifyScriptableRunAlert($entityName: String!, $projectName: String!, $runName: String!, $title: String!, $text: String!, $severity: AlertSeverity = INFO, $waitDuration: Duration) { notifyScriptableRunAlert(input: {entityName: $entityName, projectName: $projectName, runName: $runName, title: $title, text: $text, severity: $severity, waitDuration: $waitDuration}) { success } }`;

/** Options of {@linkcode Alerts}. */
export interface AlertsOptions {
  /** The client the mutation goes through (its retry policy applies). */
  gql: GraphQLClient;
  /** Stops a send in flight (the sender's abort). */
  signal: AbortSignal;
  /** Debug-log sink. */
  log?: (level: "info" | "warn" | "error", message: string) => void;
}

/** The alerts read from the log and not sent yet. */
export class Alerts {
  #o: AlertsOptions;
  #queue: wandb_internal.IAlertRecord[] = [];

  /**
   * Creates an empty queue.
   *
   * @param options the client, abort signal and log
   */
  constructor(options: AlertsOptions) {
    this.#o = options;
  }

  /** Whether alerts wait to be sent. */
  get pending(): boolean {
    return this.#queue.length > 0;
  }

  /**
   * Queues an alert record's alert (the record handler).
   *
   * @param alert the record's `alert`
   */
  add(alert: wandb_internal.IAlertRecord): void {
    this.#queue.push(alert);
  }

  /**
   * Sends the queued alerts, in order, each once.
   *
   * @param run the run they belong to
   */
  async send(run: RunTarget): Promise<void> {
    const alerts = this.#queue;
    this.#queue = [];
    for (const a of alerts) {
      try {
        await this.#o.gql.request(NOTIFY_ALERT, {
          entityName: run.entity,
          projectName: run.project,
          runName: run.runId,
          title: a.title ?? "",
          text: a.text ?? "",
          severity: ["INFO", "WARN", "ERROR"].includes(a.level ?? "") ? a.level : "INFO",
          waitDuration: a.waitDuration === null || a.waitDuration === undefined
            ? null
            : Number(a.waitDuration),
        }, { signal: this.#o.signal });
      } catch (err) {
        this.#o.log?.("warn", `alert "${a.title}" not sent: ${(err as Error).message}`);
      }
    }
  }
}
