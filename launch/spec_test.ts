import assert from "node:assert/strict";
import { constructLaunchSpec, parseJobRef, validateLaunchSpec } from "./spec.ts";
import { LaunchError } from "./errors.ts";

Deno.test("constructLaunchSpec() builds W&B's shape over the base config", () => {
  const spec = constructLaunchSpec({
    uri: "file:///tmp/repos/train.git",
    defaultEntity: "me",
    entryPoint: ["deno", "run", "-A", "train.ts"],
    version: "main",
    runConfig: { lr: 0.1 },
    resourceArgs: { "local-container": { gpus: "all" } },
    config: { overrides: { args: ["--x"], run_config: { epochs: 2 } }, builder: { type: "noop" } },
    name: "n",
    runId: "r1",
    sweepId: "sw",
    repository: "reg.example/x",
  });
  assert.deepEqual(spec, {
    uri: "file:///tmp/repos/train.git",
    project: "train",
    entity: "me",
    name: "n",
    docker: {},
    sweep_id: "sw",
    resource: null,
    git: { version: "main" },
    overrides: {
      args: ["--x"],
      run_config: { epochs: 2, lr: 0.1 },
      entry_point: ["deno", "run", "-A", "train.ts"],
    },
    resource_args: { "local-container": { gpus: "all" } },
    run_id: "r1",
    builder: { type: "noop" },
    registry: { url: "reg.example/x" },
  });
});

Deno.test("constructLaunchSpec() takes a job's project and the config's entity", () => {
  const s = constructLaunchSpec({ job: "team/proj/job-x:v1", config: { entity: "team" } });
  assert.equal(s.project, "proj");
  assert.equal(s.entity, "team");
  assert.equal(s.job, "team/proj/job-x:v1");
});

Deno.test("constructLaunchSpec() drops resource_args when template_variables are given", () => {
  const s = constructLaunchSpec({
    dockerImage: "img",
    resourceArgs: { "local-container": {} },
    config: { template_variables: { gpus: 1 } },
  });
  assert.equal(s.resource_args, undefined);
  assert.equal(s.docker?.docker_image, "img");
});

Deno.test("constructLaunchSpec() refuses none or several sources with launch/spec", () => {
  assert.throws(() => constructLaunchSpec({ entity: "e" }), (e: unknown) => {
    assert.ok(e instanceof LaunchError);
    assert.equal(e.code, "launch/spec");
    assert.match(e.message, /no source; give exactly one of uri, job or docker.docker_image/);
    return true;
  });
  assert.throws(
    () => constructLaunchSpec({ job: "e/p/j:v0", dockerImage: "img" }),
    /has 2 sources \(job, docker_image\)/,
  );
});

Deno.test("validateLaunchSpec() names an unknown resource and bad overrides", () => {
  const base = { entity: "e", project: "p", git: {}, overrides: {}, uri: "file:///x" };
  assert.equal(validateLaunchSpec({ ...base, resource: "local-process" }), undefined);
  assert.equal(validateLaunchSpec({ ...base, resource: "moon" })?.code, "launch/resource");
  assert.match(
    validateLaunchSpec({
      ...base,
      resource: null,
      overrides: { args: "--x" as unknown as string[] },
    })
      ?.message ?? "",
    /overrides.args is not a list of strings/,
  );
  assert.equal(
    validateLaunchSpec({ ...base, resource: null, overrides: { entry_point: [] } })?.code,
    "launch/spec",
  );
});

Deno.test("parseJobRef() fills a short reference from the defaults", () => {
  const d = { entity: "me", project: "p" };
  assert.deepEqual(parseJobRef("ent/proj/job-x:v1", d), {
    entity: "ent",
    project: "proj",
    name: "job-x:v1",
  });
  assert.deepEqual(parseJobRef("proj/job-x:latest", d), {
    entity: "me",
    project: "proj",
    name: "job-x:latest",
  });
  assert.deepEqual(parseJobRef("job-x", d), { entity: "me", project: "p", name: "job-x" });
  assert.deepEqual(parseJobRef("job-x"), { entity: undefined, project: undefined, name: "job-x" });
});
