// defineMetric, alert and markPreempting in one run (offline or online per the environment);
// run by tests/e2e/metrics_test.ts. Prints "RUN <id>".
import * as wandb from "../../mod.ts";

const run = await wandb.init({ project: "metrics" });
console.error(`RUN ${run.id}`);
wandb.defineMetric("epoch"); // the module-level mirror, as W&B's wandb.define_metric
run.defineMetric("val/*", { stepMetric: "epoch", summary: "max" });
run.defineMetric("loss", { summary: "min,last" });
run.defineMetric("noisy", { summary: "none" });
for (let i = 0; i < 10; i++) {
  run.log({ loss: [0.9, 0.3, 0.5, 0.2, 0.4, 0.6, 0.7, 0.8, 0.35, 0.45][i], noisy: i });
  if (i % 3 === 0) run.log({ epoch: i / 3 });
  run.log({ "val/acc": 0.5 + i / 100 });
}
run.alert({
  title: "plateau",
  text: "val/acc stopped improving",
  level: "WARN",
  waitDuration: 300,
});
wandb.markPreempting();
await run.finish();
