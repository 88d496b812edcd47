// A sweep run's training script for the agent tests: `wandb.init()` joins the sweep run the
// agent started (WANDB_SWEEP_ID, WANDB_RUN_ID, WANDB_SWEEP_PARAM_PATH); it logs a loss from the
// suggested `lr`, and with `hold: true` waits for a stop (SIGTERM), noting it in `sigterm.txt`.
import * as wandb from "../../../mod.ts";

const run = await wandb.init({ project: "ignored-under-a-sweep" });
const out = Deno.env.get("SWEEP_TEST_OUT");
const note = (name: string, text: string) => {
  if (out) Deno.writeTextFileSync(`${out}/${run.id}.${name}`, text);
};
note(
  "json",
  JSON.stringify({ argv: Deno.args, config: run.config, sweepId: run.sweepId, runId: run.id }),
);
if (run.config.hold === true) {
  Deno.addSignalListener("SIGTERM", () => {
    note("sigterm", "SIGTERM");
    run.finish(143).finally(() => Deno.exit(143));
  });
  note("ready", "");
  await new Promise(() => {}); // until SIGTERM
}
run.log({ loss: Number(run.config.lr) * 2 });
await run.finish();
