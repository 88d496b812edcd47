// Logs and never calls finish(): the run must still be finished and flushed at exit.
import * as wandb from "../../mod.ts";
const run = await wandb.init({
  project: "e2e",
  mode: "offline",
  settings: { x_disable_stats: true },
});
for (let i = 0; i < 100; i++) run.log({ i });
console.log(`RUN_DIR ${run.dir}`);
