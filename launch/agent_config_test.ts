import assert from "node:assert/strict";
import { launchConfigPath, parseLaunchConfig, readLaunchConfig } from "./agent_config.ts";
import { LaunchError } from "./errors.ts";

Deno.test("parseLaunchConfig() reads W&B's keys", () => {
  const c = parseLaunchConfig(
    "queues:\n  - gpu\n  - cpu\nmax_jobs: 3\nentity: team\nbuilder:\n  type: noop\nregistry:\n  url: r.example\n",
    "x.yaml",
  );
  assert.deepEqual(c, {
    queues: ["gpu", "cpu"],
    max_jobs: 3,
    entity: "team",
    builder: { type: "noop" },
    registry: { url: "r.example" },
  });
  assert.equal(parseLaunchConfig("max_jobs: -1\n", "x").max_jobs, Infinity);
});

Deno.test("parseLaunchConfig() names the file and the bad key", () => {
  assert.throws(
    () => parseLaunchConfig("max_jobs: lots\n", "/c/launch-config.yaml"),
    (e: unknown) => {
      assert.ok(e instanceof LaunchError);
      assert.equal(e.code, "launch/config");
      assert.match(
        e.message,
        /\/c\/launch-config.yaml has a bad max_jobs: "lots"; use a positive integer or -1/,
      );
      return true;
    },
  );
  assert.throws(() => parseLaunchConfig("queues: [1, 2]\n", "c"), /bad queues/);
  assert.throws(() => parseLaunchConfig("a: [\n", "c"), /is not valid YAML/);
  assert.throws(() => parseLaunchConfig("- a\n", "c"), /is not a mapping/);
});

Deno.test("readLaunchConfig() treats a missing default file as empty but a missing --config as an error", async () => {
  const dir = await Deno.makeTempDir();
  try {
    assert.deepEqual(await readLaunchConfig(`${dir}/none.yaml`), {});
    await assert.rejects(
      readLaunchConfig(`${dir}/none.yaml`, true),
      /Cannot read the launch config/,
    );
    await Deno.writeTextFile(`${dir}/c.yaml`, "queues: q\n");
    assert.deepEqual(await readLaunchConfig(`${dir}/c.yaml`, true), { queues: ["q"] });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("launchConfigPath() follows WANDB_CONFIG_DIR, then HOME", () => {
  assert.equal(launchConfigPath({ WANDB_CONFIG_DIR: "/c", HOME: "/h" }), "/c/launch-config.yaml");
  assert.equal(launchConfigPath({}), undefined);
});
