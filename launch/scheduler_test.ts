import assert from "node:assert/strict";
import { isSchedulerSpec, SCHEDULER_PLACEHOLDER_URI, schedulerEntryPoint } from "./scheduler.ts";
import { parseSchedulerArgs } from "./scheduler_main.ts";
import { LaunchError } from "./errors.ts";
import type { LaunchSpec } from "./spec.ts";

const base: LaunchSpec = {
  uri: SCHEDULER_PLACEHOLDER_URI,
  entity: "me",
  project: "p",
  resource: "local-process",
  git: {},
  overrides: { entry_point: ["wandb", "scheduler", "abc"] },
};

Deno.test("isSchedulerSpec() follows W&B's _is_scheduler_job", () => {
  assert.ok(isSchedulerSpec(base));
  assert.ok(isSchedulerSpec({ ...base, overrides: {}, job: "me/p/job-scheduler:v0" }));
  assert.ok(isSchedulerSpec({ ...base, resource: "local-container", overrides: {} }));
  assert.ok(!isSchedulerSpec({ ...base, overrides: { entry_point: ["python", "x.py", "a"] } }));
  assert.ok(!isSchedulerSpec({ ...base, uri: "file:///repo" }));
});

Deno.test("schedulerEntryPoint() runs our scheduler, and refuses a scheduler job", () => {
  const ep = schedulerEntryPoint({
    ...base,
    overrides: { entry_point: ["wandb", "scheduler", "abc", "--num_workers", "2"] },
  });
  assert.equal(ep[0], "deno");
  assert.ok(ep.some((a) => a.endsWith("/launch/scheduler_main.ts")));
  assert.deepEqual(ep.slice(-3), ["abc", "--num_workers", "2"]);
  assert.throws(
    () => schedulerEntryPoint({ ...base, job: "me/p/job-scheduler:v0", overrides: {} }),
    (e) =>
      e instanceof LaunchError && e.code === "launch/spec" &&
      /job me\/p\/job-scheduler/.test(e.message),
  );
});

Deno.test("parseSchedulerArgs() reads W&B's scheduler arguments", () => {
  assert.deepEqual(
    parseSchedulerArgs(["abc", "--queue", "'gpu q'", "--project", "'p'", "--image_uri", "img"]),
    { sweep: "abc", options: { queue: "gpu q", project: "p", image_uri: "img" } },
  );
});
