// The launcher with real child processes: the argv from the template, the run's environment
// only, SIGTERM on terminate (a child that ignores it lives on), SIGKILL on kill.
import assert, { deepStrictEqual as assertEquals } from "node:assert/strict";
import { ProcessLauncher } from "./process_launcher.ts";
import { SubprocessError } from "../../internal/subprocess.ts";
import type { RunRequest } from "./agent_loop.ts";
import { until } from "../../tests/e2e/_helpers.ts";

function exists(path: string): Promise<boolean> {
  return until(() => Deno.statSync(path).isFile, { what: `${path} exists` });
}

function request(dir: string, script: string): RunRequest {
  return {
    runId: "r1",
    sweepId: "s1",
    args: { lr: { value: 0.5 } },
    program: "ignored.py",
    command: ["sh", "-c", script, "sh", "${args}"],
    paramPath: `${dir}/p.yaml`,
    argsJsonPath: `${dir}/p.json`,
    env: { PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin", WANDB_RUN_ID: "r1", OUT: dir },
  };
}

Deno.test("a run's process gets the argv and env; its exit code comes back", async () => {
  const dir = await Deno.makeTempDir();
  const lines: string[] = [];
  const h = new ProcessLauncher({ log: (l) => lines.push(l) }).start(
    request(dir, 'printf "%s|%s|%s" "$1" "$WANDB_RUN_ID" "${HOME:-none}" > "$OUT/out"; exit 3'),
  );
  assertEquals(await h.exited, 3);
  assertEquals(Deno.readTextFileSync(`${dir}/out`), "--lr=0.5|r1|none");
  assertEquals(lines.length, 1);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("terminate sends SIGTERM; a run that ignores it ends with kill (SIGKILL)", async () => {
  const dir = await Deno.makeTempDir();
  const h = new ProcessLauncher().start(
    request(
      dir,
      `trap 'echo TERM >> "$OUT/signals"' TERM; touch "$OUT/ready"; while true; do sleep 0.05; done`,
    ),
  );
  await exists(`${dir}/ready`);
  h.terminate();
  await exists(`${dir}/signals`);
  h.kill();
  assertEquals(await h.exited, null);
  assertEquals(Deno.readTextFileSync(`${dir}/signals`), "TERM\n");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("a run whose program is missing throws SubprocessError naming it and the fix", () => {
  const req = request("/tmp", "unused");
  req.command = ["no-such-trainer-xyz", "${args}"];
  assert.throws(
    () => new ProcessLauncher().start(req),
    (e: unknown) => {
      assert.ok(e instanceof SubprocessError);
      assert.equal(e.code, "subprocess/not-found");
      assert.match(e.message, /^Cannot start no-such-trainer-xyz: .*; check the sweep's `command`/);
      return true;
    },
  );
});
