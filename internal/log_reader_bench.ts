/**
 * Benchmarks of the `.wandb` reader on the sender's read path: one pass over a log of 200,000
 * history-sized records (~120 bytes) and a few long ones, as the live sender reads it (no CRC
 * check), as `sync` reads it (CRCs checked, recovering), and through the async iterator that
 * `dump` uses. Run with `deno bench -A internal/log_reader_bench.ts`.
 *
 * @example
 * ```sh
 * deno bench -A internal/log_reader_bench.ts
 * ```
 * @module
 */
import { LogReader, readTransactionLogFile, TransactionLogWriter } from "./transaction_log.ts";

const dir = Deno.makeTempDirSync({ prefix: "log_reader_bench_" });
const path = `${dir}/run-bench.wandb`;
const log = TransactionLogWriter.create(path);
const row = new Uint8Array(120).map((_, i) => i);
const long = new Uint8Array(100_000).map((_, i) => i);
for (let i = 0; i < 200_000; i++) log.append(i % 20_000 === 0 ? long : row);
log.close();
const size = Deno.statSync(path).size;
globalThis.addEventListener("unload", () => Deno.removeSync(dir, { recursive: true }));

function pass(verify: boolean): number {
  const reader = LogReader.open(path);
  reader.verify = verify;
  reader.recover = verify;
  let n = 0;
  for (const rec of reader.read(size)) n += rec.bytes.length;
  reader.close();
  return n;
}

Deno.bench("LogReader.read, 200k records, no CRC check (live sender)", { group: "read" }, () => {
  pass(false);
});

Deno.bench(
  "LogReader.read, 200k records, CRCs checked, recovering (sync)",
  { group: "read" },
  () => {
    pass(true);
  },
);

Deno.bench("readTransactionLogFile, 200k records (dump)", { group: "read" }, async () => {
  for await (const _ of readTransactionLogFile(path)) continue;
});
