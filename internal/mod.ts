/**
 * The internal process's reusable parts: the `.wandb` transaction log (writer, and the one reader:
 * incremental and synchronous, or as an async iterator) and the system monitor. The Worker entry itself is `internal/worker.ts`, started by
 * `wandb.init()`; nothing here starts it.
 *
 * ```ts ignore
 * import { readTransactionLogFile } from "@wandb/ts/internal";
 * for await (const entry of readTransactionLogFile("wandb/latest-run/run-abc.wandb")) {
 *   if (entry.kind === "record") console.log(entry.offset, entry.bytes.length);
 * }
 * ```
 * @module
 */
export {
  type DamagedRegion,
  lastChunkOffset,
  type LogEntry,
  LogReader,
  type LogRecord,
  readTransactionLog,
  readTransactionLogFile,
  type ReadTransactionLogOptions,
  TransactionLogError,
  type TransactionLogErrorCode,
  TransactionLogWriter,
} from "./transaction_log.ts";
export {
  type GpuDevice,
  gpuDevices,
  type MetricProbe,
  type MonitorCapabilities,
  monitorCapabilities,
  type MonitorOptions,
  monitorSystem,
  type StatsItems,
  type StatsSample,
} from "./monitor/mod.ts";
