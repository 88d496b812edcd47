import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { resolveWithSweep, setPendingSweepRun } from "./join.ts";
import { paramFileText } from "./command.ts";

Deno.test("under an agent's env, init's project/entity/id are ignored and the param file is read", () => {
  const dir = Deno.makeTempDirSync();
  const path = `${dir}/config-r1.yaml`;
  Deno.writeTextFileSync(path, paramFileText({ lr: { value: 0.5 }, layers: { value: [8, 4] } }));
  const j = resolveWithSweep(undefined, { project: "mine", entity: "me", run_id: "x1" }, {
    WANDB_SWEEP_ID: "sw1",
    WANDB_RUN_ID: "r1",
    WANDB_PROJECT: "p",
    WANDB_SWEEP_PARAM_PATH: path,
  });
  const s = j.resolved.settings;
  assertEquals([s.sweep_id, s.run_id, s.project, s.entity], ["sw1", "r1", "p", undefined]);
  assertEquals(j.sweepConfig, { lr: 0.5, layers: [8, 4] });
  assertEquals(j.warnings, [
    "wandb: WARNING Ignoring project 'mine' when running a sweep.",
    "wandb: WARNING Ignoring entity 'me' when running a sweep.",
    "wandb: WARNING Ignoring run_id 'x1' when running a sweep.",
  ]);
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("no sweep: init's settings stand and there is no sweep config", () => {
  const j = resolveWithSweep(undefined, { project: "mine" }, {});
  assertEquals([j.resolved.settings.project, j.sweepConfig, j.warnings], ["mine", undefined, []]);
});

Deno.test("the in-process agent's pending run joins like the env does, and hands over the run", () => {
  const dir = Deno.makeTempDirSync();
  const path = `${dir}/p.yaml`;
  Deno.writeTextFileSync(path, paramFileText({ x: { value: 1 } }));
  const onRun = () => {};
  setPendingSweepRun({
    settings: { sweep_id: "sw2", run_id: "r2", sweep_param_path: path, project: "q" },
    onRun,
  });
  try {
    const j = resolveWithSweep(undefined, { project: "mine" }, {});
    const s = j.resolved.settings;
    assertEquals([s.sweep_id, s.run_id, s.project], ["sw2", "r2", "q"]);
    assertEquals([j.sweepConfig, j.onRun], [{ x: 1 }, onRun]);
  } finally {
    setPendingSweepRun(undefined);
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("an unreadable parameter file is a sweep/config error naming it", () => {
  throws(
    () => resolveWithSweep(undefined, {}, { WANDB_SWEEP_PARAM_PATH: "/nonexistent/p.yaml" }),
    (e: Error & { code?: string }) =>
      e.code === "sweep/config" && e.message.includes("/nonexistent/p.yaml"),
  );
});
