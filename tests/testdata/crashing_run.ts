// Logs, then throws (uncaught) or rejects (unhandled): the run is marked failed and flushed.
import * as wandb from "../../mod.ts";
const run = await wandb.init({
  project: "e2e",
  mode: "offline",
  settings: { x_disable_stats: true },
});
for (let i = 0; i < 10; i++) run.log({ i });
console.log(`RUN_DIR ${run.dir}`);
if (Deno.args[0] === "during-finish") {
  // The program ends the run, then crashes while the finish is still flushing.
  void run.finish();
  setTimeout(() => {
    throw new Error("boom during finish");
  }, 0);
} else if (Deno.args[0] === "reject") {
  Promise.reject(new Error("boom in a promise"));
} else {
  setTimeout(() => {
    throw new Error("boom");
  }, 10);
}
