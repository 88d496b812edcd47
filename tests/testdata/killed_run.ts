// Logs rows, flushes, reports how many records are on disk, then keeps logging until killed.
import * as wandb from "../../mod.ts";
const run = await wandb.init({
  project: "e2e",
  mode: "offline",
  settings: { x_disable_stats: true },
});
for (let i = 0; i < 5000; i++) run.log({ i, loss: 1 / (i + 1) });
const { records, bytes } = await run.flush();
console.log(`FLUSHED ${records} ${bytes} ${run.dir}`);
let i = 5000;
while (!run.finished) {
  run.log({ i: i++ });
  if (i % 1000 === 0) await new Promise((r) => setTimeout(r, 1));
}
await new Promise((r) => setTimeout(r, 10_000)); // a signal handler exits before this ends
