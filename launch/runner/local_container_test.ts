import assert from "node:assert/strict";
import { dockerCommand, secretEnv } from "./local_container.ts";
import { LaunchError } from "../errors.ts";

Deno.test("dockerCommand() puts env, allowed flags, mount, entry point and args in W&B's order", () => {
  const argv = dockerCommand("python:3.12-slim", { WANDB_RUN_ID: "r1", WANDB_CONFIG: '{"a": 1}' }, {
    entryPoint: ["python", "train.py", "--epochs", "2"],
    resourceArgs: { gpus: "all", env: ["A=1", "B=2"], cpu_shares: 512, "--memory": "1g", w: "/w" },
    args: ["--lr", "0.1"],
    dir: "/tmp/src",
    baseUrl: "http://127.0.0.1:8080",
  });
  assert.deepEqual(argv, [
    "run",
    "--rm",
    "-e",
    "WANDB_RUN_ID=r1",
    "-e",
    'WANDB_CONFIG={"a": 1}',
    "--gpus",
    "all",
    "--env",
    "A=1",
    "--env",
    "B=2",
    "--cpu-shares",
    "512",
    "--memory",
    "1g",
    "-w",
    "/w",
    "--network",
    "host",
    "--add-host",
    "host.docker.internal:host-gateway",
    "--volume",
    "/tmp/src:/mnt/wandb",
    "--workdir",
    "/mnt/wandb",
    "--entrypoint",
    "python",
    "python:3.12-slim",
    "train.py",
    "--epochs",
    "2",
    "--lr",
    "0.1",
  ]);
});

Deno.test("dockerCommand() refuses isolation flags and mapping values", () => {
  assert.throws(
    () => dockerCommand("i", {}, { resourceArgs: { privileged: true } }),
    (e: unknown) => {
      assert.ok(e instanceof LaunchError);
      assert.equal(e.code, "launch/resource");
      assert.match(e.message, /Unsupported resource_args.local-container option 'privileged'/);
      return true;
    },
  );
  assert.throws(
    () => dockerCommand("i", {}, { resourceArgs: { volume: ["/:/host"] } }),
    /'volume'/,
  );
  assert.throws(
    () => dockerCommand("i", {}, { resourceArgs: { env: { A: "1" } } }),
    /mapping values/,
  );
});

Deno.test("dockerCommand() without an entry point runs the image's own command", () => {
  assert.deepEqual(dockerCommand("img:1", {}, { baseUrl: "https://api.wandb.ai" }), [
    "run",
    "--rm",
    "img:1",
  ]);
});

Deno.test("dockerCommand() names secrets with -e NAME only; secretEnv() holds their values", () => {
  const env = { WANDB_API_KEY: "local-abc", WANDB_RUN_ID: "r1", HF_TOKEN: "hf_x" };
  const argv = dockerCommand("img", env);
  assert.deepEqual(argv, [
    "run",
    "--rm",
    "-e",
    "WANDB_API_KEY",
    "-e",
    "WANDB_RUN_ID=r1",
    "-e",
    "HF_TOKEN",
    "img",
  ]);
  assert.ok(!argv.some((a) => a.includes("local-abc") || a.includes("hf_x")));
  assert.deepEqual(secretEnv(env), { WANDB_API_KEY: "local-abc", HF_TOKEN: "hf_x" });
});
