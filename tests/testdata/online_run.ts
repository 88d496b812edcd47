// An online run for the e2e tests: ROWS rows in BATCHES batches with PAUSE_MS between them,
// LINES console lines, a config change, then finish. Prints "RUN <id>" first. RENAME: set the name,
// tags and notes after init; NAME_ONLY: set only the name. UNTIL_STOPPED: log batches until the server stops the run (ON_STOP:
// with a handler that lets the loop end; without, the SDK exits the process).
import * as wandb from "../../mod.ts";

const rows = Number(Deno.env.get("ROWS") ?? 100);
const batches = Number(Deno.env.get("BATCHES") ?? 1);
const pause = Number(Deno.env.get("PAUSE_MS") ?? 0);
const lines = Number(Deno.env.get("LINES") ?? 3);
const run = await wandb.init({
  project: Deno.env.get("PROJECT") ?? "online",
  config: { lr: 0.01, layers: [64, 32] },
});
console.error(`RUN ${run.id} STEP ${run.step}`);
if (Deno.env.get("SAVE")) {
  Deno.mkdirSync("out", { recursive: true });
  Deno.writeTextFileSync("out/model.txt", "v1");
  run.save("out/*.txt"); // live
  Deno.writeTextFileSync("out/end.md", "at the end");
  run.save("out/*.md", { policy: "end" });
}
if (Deno.env.get("RENAME")) {
  run.name = "renamed";
  run.tags = ["a", "b"];
  run.notes = "changed after init";
}
if (Deno.env.get("NAME_ONLY")) run.name = "renamed";
if (Deno.env.get("UNTIL_STOPPED")) {
  // Without a handler the loop ignores the stop: the SDK must interrupt it.
  const handles = !!Deno.env.get("ON_STOP");
  if (handles) run.onStop(() => console.error("HANDLER called"));
  const deadline = Date.now() + 60_000;
  while (!(handles && run.stopSignal.aborted) && Date.now() < deadline) {
    for (let i = 0; i < 10; i++) run.log({ loss: 1 / (run.step + 1) });
    await new Promise((r) => setTimeout(r, 20));
  }
  console.error(`LOOP ENDED ${run.stopSignal.aborted ? "stopped" : "timeout"}`);
  await run.finish();
  Deno.exit(0);
}
const per = Math.ceil(rows / batches);
let logged = 0;
for (let b = 0; b < batches; b++) {
  for (let i = 0; i < per && logged < rows; i++, logged++) {
    run.log({ loss: 1 / (run.step + 1), "val/acc": run.step / 1000 });
  }
  if (b < lines) console.log(`batch ${b} done`);
  if (pause) await new Promise((r) => setTimeout(r, pause));
}
if (Deno.env.get("FAIL")) throw new Error("training diverged");
run.config.epochs = batches;
if (Deno.env.get("SAVE")) Deno.writeTextFileSync("out/model.txt", "v2, changed");
await run.finish();
