import assert from "node:assert/strict";
import { launchEnv, splitEnvValue } from "./env.ts";
import type { LaunchSpec } from "./spec.ts";
import { launchOverrides } from "../sdk/launch_overrides.ts";

const spec: LaunchSpec = {
  job: "me/p/job-train:v0",
  entity: "me",
  project: "Proj",
  name: "nice",
  author: "alice",
  resource: "local-process",
  git: {},
  sweep_id: "sw1",
  _resume_count: 1,
  overrides: { run_config: { lr: 0.5, name: "x" }, artifacts: { data: "me/p/data:v1" } },
};

Deno.test("launchEnv() gives the run W&B's variables", () => {
  const env = launchEnv(spec, {
    baseUrl: "http://127.0.0.1:1234",
    apiKey: "k".repeat(40),
    runId: "run1",
    queueName: "default",
    queueEntity: "me",
    runQueueItemId: "item9",
  });
  assert.deepEqual(env, {
    WANDB_BASE_URL: "http://127.0.0.1:1234",
    WANDB_API_KEY: "k".repeat(40),
    WANDB_PROJECT: "proj",
    WANDB_ENTITY: "me",
    WANDB_LAUNCH: "True",
    WANDB_RUN_ID: "run1",
    WANDB_NAME: "nice",
    WANDB_USERNAME: "alice",
    WANDB_SWEEP_ID: "sw1",
    WANDB_RESUME: "allow",
    WANDB_LAUNCH_QUEUE_NAME: "default",
    WANDB_LAUNCH_QUEUE_ENTITY: "me",
    WANDB_LAUNCH_TRACE_ID: "item9",
    WANDB_CONFIG: '{"lr":0.5,"name":"x"}',
    WANDB_LAUNCH_FILE_OVERRIDES: "{}",
    WANDB_ARTIFACTS: '{"_wandb_job":"me/p/job-train:v0","data":"me/p/data:v1"}',
  });
});

Deno.test("launchEnv() splits a long WANDB_CONFIG and the SDK joins it back", () => {
  const big = { text: "é".repeat(100), n: [1, 2, 3] };
  const env = launchEnv({ ...spec, overrides: { run_config: big } }, {
    baseUrl: "http://h",
    runId: "r",
    maxEnvLength: 16,
  });
  assert.equal(env.WANDB_CONFIG, undefined);
  const chunks = Object.keys(env).filter((k) => k.startsWith("WANDB_CONFIG_"));
  assert.ok(chunks.length > 5);
  for (const k of chunks) assert.ok(env[k]!.length <= 16);
  assert.deepEqual(launchOverrides(env, true).config, big);
});

Deno.test("launchEnv() lets a spec's own key win and then sends no username", () => {
  const env = launchEnv({ ...spec, _wandb_api_key: "own" }, {
    baseUrl: "h",
    apiKey: "a",
    runId: "r",
  });
  assert.equal(env.WANDB_API_KEY, "own");
  assert.equal(env.WANDB_USERNAME, undefined);
});

Deno.test("splitEnvValue() never cuts a surrogate pair", () => {
  const parts = splitEnvValue("V", "a😀b😀", 2);
  assert.equal(Object.values(parts).join(""), "a😀b😀");
  for (const v of Object.values(parts)) assert.ok(v.isWellFormed());
});

Deno.test("launchOverrides() reads nothing unless launched, and warns on bad JSON", () => {
  assert.deepEqual(launchOverrides({ WANDB_CONFIG: '{"a":1}' }, false).config, {});
  const bad = launchOverrides({ WANDB_CONFIG: "{oops" }, true);
  assert.deepEqual(bad.config, {});
  assert.match(bad.warning ?? "", /Malformed WANDB_CONFIG/);
  assert.deepEqual(
    launchOverrides({ WANDB_LAUNCH_QUEUE_NAME: "q", WANDB_LAUNCH_QUEUE_ENTITY: "e" }, true).wandb,
    { launch_queue_name: "q", launch_queue_entity: "e" },
  );
  assert.equal(
    launchOverrides({ WANDB_ARTIFACTS: '{"_wandb_job":"e/p/j:v0"}' }, true).job,
    "e/p/j:v0",
  );
  assert.match(
    launchOverrides({ WANDB_ARTIFACTS: "{" }, true).warning ?? "",
    /Malformed WANDB_ARTIFACTS/,
  );
});
