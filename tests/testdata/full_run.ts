// A script that exercises every record type the SDK writes; run by tests/e2e/offline_run_test.ts.
import * as wandb from "../../mod.ts";

const run = await wandb.init({
  project: "e2e",
  name: "full-run",
  notes: "every record type",
  tags: ["e2e", "offline"],
  group: "g1",
  jobType: "train",
  mode: "offline",
  config: { lr: 0.01, model: { layers: 3, act: "relu" }, names: ["a", "b"] },
  settings: { x_stats_sampling_interval: 0.1 },
});
run.config.update({ batch_size: 32 });
run.config.epochs = 2;
console.log("hello from stdout");
console.error("warning on stderr");
await Deno.stdout.write(new TextEncoder().encode("raw stdout write\n"));
for (let step = 0; step < 40; step++) {
  const loss = 1 / (step + 1);
  const row: Record<string, unknown> = {
    loss,
    acc: 1 - loss,
    val: { loss: loss * 1.1, acc: 0.5 },
    text: `s${step}`,
    flag: step % 2 === 0,
  };
  if (step === 5) row.weird = NaN;
  if (step === 6) row.weird = Infinity;
  if (step === 7) row.weird = -Infinity;
  if (step === 12) row.big = "x".repeat(70000);
  wandb.log(row);
  if (step % 10 === 0) wandb.log({ extra: step }, { commit: false });
  if (step === 20) await new Promise((r) => setTimeout(r, 1500)); // let the monitor sample
}
run.log({ late: 1 }, { step: 45 });
run.summary.best_acc = 0.99;
run.summary.update({ final: { note: "done" } });
await run.finish();
try {
  run.log({ after: 1 });
} catch (err) {
  console.log(`after finish: ${(err as Error).name}: ${(err as Error).message}`);
}
