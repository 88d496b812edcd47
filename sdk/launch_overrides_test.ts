import assert from "node:assert/strict";
import { launchArtifactName, launchOverrides } from "./launch_overrides.ts";
import { ArtifactError } from "./artifacts/errors.ts";

Deno.test("launchOverrides keeps every WANDB_ARTIFACTS slot and the job", () => {
  const o = launchOverrides(
    { WANDB_ARTIFACTS: '{"_wandb_job":"me/p/job-x:v0","dataset":"me/p/data:v2"}' },
    true,
  );
  assert.equal(o.job, "me/p/job-x:v0");
  assert.deepEqual(o.artifacts, { _wandb_job: "me/p/job-x:v0", dataset: "me/p/data:v2" });
  assert.deepEqual(launchOverrides({ WANDB_ARTIFACTS: '{"a":"b"}' }, false).artifacts, {});
  const bad = launchOverrides({ WANDB_ARTIFACTS: "[1]" }, true);
  assert.equal(bad.warning, "wandb: Malformed WANDB_ARTIFACTS, using original artifacts");
  assert.deepEqual(bad.artifacts, {});
});

Deno.test("launchArtifactName swaps by slot, by name, then by a unique sequence", () => {
  const map = {
    dataset: "me/p/data:v3",
    "model:latest": "me/p/model:v9",
    "me/p/table:v0": { entity: "me", project: "p", name: "table:v4" },
    "dup:v0": "me/p/dup:v1",
    "other/dup:v1": "me/p/dup:v2",
  };
  assert.equal(launchArtifactName(map, "data:v0", "dataset"), "me/p/data:v3");
  assert.equal(launchArtifactName(map, "me/p/model:v1"), "me/p/model:v9");
  assert.equal(launchArtifactName(map, "me/p/table:v0"), "me/p/table:v4");
  // A slot given with useAs that the spec does not override: no swap, even for a known sequence.
  assert.equal(launchArtifactName(map, "model:v1", "weights"), "model:v1");
  // Two overrides of one sequence: neither applies by sequence.
  assert.equal(launchArtifactName(map, "dup:latest"), "dup:latest");
  assert.equal(launchArtifactName({}, "x:v0"), "x:v0");
  assert.throws(
    () => launchArtifactName({ slot: { name: "x" } }, "y:v0", "slot"),
    (e) => e instanceof ArtifactError && e.code === "artifact/invalid-name",
  );
});
