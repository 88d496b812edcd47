import assert from "node:assert/strict";
import { startProcess } from "./runner/_process.ts";
import { SubmittedRun } from "./submitted_run.ts";
import type { LaunchProject } from "./project.ts";

const project: LaunchProject = {
  spec: { entity: "me", project: "p", resource: "local-process", git: {}, overrides: {} },
  runId: "r1",
};

function started(code: string, lines: string[]): SubmittedRun {
  return new SubmittedRun(
    project,
    startProcess({
      command: Deno.execPath(),
      args: ["eval", code],
      env: {},
      prefix: "",
      sink: (l) => lines.push(l),
    }),
  );
}

async function ready(lines: string[]): Promise<void> {
  while (!lines.includes("ready")) await new Promise((r) => setTimeout(r, 10));
}

Deno.test("cancel() ends a run with SIGTERM and reports it stopped", async () => {
  const lines: string[] = [];
  const run = started(`console.log("ready"); setInterval(() => {}, 1000);`, lines);
  await ready(lines);
  await run.cancel({ graceMs: 60_000 });
  assert.equal(run.exitStatus?.signal, "SIGTERM");
  assert.equal(await run.getStatus(), "stopped");
});

Deno.test("cancel() kills a run that ignores SIGTERM once the grace is over", async () => {
  const lines: string[] = [];
  const run = started(
    `Deno.addSignalListener("SIGTERM", () => {});
console.log("ready"); setInterval(() => {}, 1000);`,
    lines,
  );
  await ready(lines);
  await run.cancel({ graceMs: 200 });
  assert.equal(run.exitStatus?.signal, "SIGKILL");
  assert.equal(await run.getStatus(), "stopped");
});
