// Logs a run with the official W&B JS SDK (npm:@wandb/sdk) against the server named by
// WANDB_BASE_URL / WANDB_API_KEY; run by tests/compat/official_js_sdk_test.ts.
import wandb from "@wandb/sdk";

const rows = Number(Deno.args[0] ?? "200");
const run = await wandb.init({
  project: "official-js",
  id: Deno.args[1],
  config: { lr: 0.01, layers: [64, 32], optimizer: "adam" },
});
for (let i = 0; i < rows; i++) wandb.log({ loss: 1 / (i + 1), acc: i / rows });
await wandb.finish();
console.log(`DONE ${(run as unknown as { id?: string }).id ?? ""}`);
