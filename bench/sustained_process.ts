/**
 * `deno run -A bench/sustained_process.ts ROWS`: the bench's `sustained` measure alone in this
 * fresh process (only the SDK loaded), printed as JSON; `peak_rss_mb` is this process's peak RSS
 * from its start to the end of `finish()`.
 *
 * @module
 */
import { measureSustained, peakRssMb } from "./sustained.ts";

const rows = Number(Deno.args[0] ?? 1_000_000);
const root = Deno.makeTempDirSync({ prefix: "wandb-bench-alone-" });
try {
  const r = await measureSustained(rows, root, { resetPeak: false });
  console.log(JSON.stringify({ ...r, peak_rss_mb: +peakRssMb().toFixed(1) }));
} finally {
  Deno.removeSync(root, { recursive: true });
}
