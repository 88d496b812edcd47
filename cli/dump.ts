/**
 * `wandb dump FILE`: prints every record of a `.wandb` transaction log as one JSON line
 * `{"offset", "type", "record"}` (the record in protobuf's canonical JSON, as the fixture's
 * `records.jsonl`). Damaged regions go to stderr with their byte range; reading goes on at the
 * next good record (the recovery rules of `internal/log_reader.ts`).
 *
 * @example
 * ```ts ignore
 * const code = await dump(["wandb/latest-run/run-abc.wandb"]);
 * ```
 * @module
 */
import { parseArgs } from "node:util";
import { decodeRecord, isLegacyHeader, recordToJson, recordType } from "../proto/mod.ts";
import { readTransactionLogFile } from "../internal/transaction_log.ts";
import { cliCommand } from "./command.ts";

/**
 * Runs the command.
 *
 * @returns the exit code: 0, 1 when the file had corrupt regions, 2 for usage errors
 */
export async function dump(
  args: string[],
  out: (line: string) => void = (l) => console.log(l),
): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  if (positionals.length !== 1) {
    console.error(`Usage: ${cliCommand("dump", "FILE")}`);
    return 2;
  }
  const path = positionals[0]!;
  let legacy = false;
  let first = true;
  let bad = 0;
  try {
    for await (const entry of readTransactionLogFile(path)) {
      if (entry.kind !== "record") {
        bad++;
        console.error(
          `wandb: ${path}: ${entry.kind} at byte offset ${entry.offset}${
            entry.kind === "corrupt" ? ` (skipped up to ${entry.end})` : ""
          }: ${entry.reason}`,
        );
        continue;
      }
      let record;
      try {
        record = decodeRecord(entry.bytes, { legacy });
      } catch (err) {
        bad++;
        console.error(
          `wandb: ${path}: record at byte offset ${entry.offset} does not decode: ${
            (err as Error).message
          }`,
        );
        continue;
      }
      if (first) {
        legacy = isLegacyHeader(record);
        first = false;
      }
      out(
        JSON.stringify({
          offset: entry.offset,
          type: recordType(record),
          record: recordToJson(record),
        }),
      );
    }
  } catch (err) {
    console.error(`wandb: ${path}: ${(err as Error).message}`);
    return 1;
  }
  return bad > 0 ? 1 : 0;
}
