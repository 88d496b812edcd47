/**
 * Benchmarks of the generated codec on a 10-item history record (run with
 * `deno bench proto/codec_bench.ts`).
 *
 * @example
 * ```sh
 * deno bench proto/codec_bench.ts
 * ```
 * @module
 */
import { decodeRecord, encodeRecord, recordToJson, type wandb_internal } from "./mod.ts";

const record: wandb_internal.IRecord = {
  num: 1234,
  history: {
    item: [
      { key: "loss", valueJson: "0.123456789" },
      { key: "acc", valueJson: "0.987654321" },
      { key: "lr", valueJson: "0.001" },
      { key: "epoch", valueJson: "3" },
      { key: "text", valueJson: '"sample-42"' },
      { key: "flag", valueJson: "true" },
      { nestedKey: ["val", "loss"], valueJson: "0.2" },
      { key: "_timestamp", valueJson: "1.795415447850172e+09" },
      { key: "_runtime", valueJson: "12.016534644" },
      { key: "_step", valueJson: "1233" },
    ],
    step: { num: 1233 },
  },
};
const bytes = encodeRecord(record);
const decoded = decodeRecord(bytes);

Deno.bench("encodeRecord, 10-item history", () => {
  encodeRecord(record);
});

Deno.bench("decodeRecord, 10-item history", () => {
  decodeRecord(bytes);
});

Deno.bench("recordToJson, 10-item history", () => {
  recordToJson(decoded);
});
