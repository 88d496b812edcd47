// start() with real child processes: prefixed line streaming and the output tail, terminate's
// SIGTERM then SIGKILL, and typed errors that name the program and the fix.
import assert from "node:assert/strict";
import { until } from "../tests/e2e/_helpers.ts";
import { start, SubprocessError } from "./subprocess.ts";

function deno(code: string, lines: string[]) {
  return start({
    command: Deno.execPath(),
    args: ["eval", code],
    output: { prefix: "[r1] ", sink: (l) => lines.push(l) },
  });
}

function printed(lines: string[], line: string): Promise<boolean> {
  return until(() => lines.includes(line), { what: `the child printed ${line}` });
}

Deno.test("start() streams stdout and stderr as prefixed lines and keeps the tail", async () => {
  const lines: string[] = [];
  const child = deno(
    `console.log("a\\nb"); console.error("c"); Deno.stdout.writeSync(new TextEncoder().encode("d"));`,
    lines,
  );
  const status = await child.status;
  assert.deepEqual(status, { code: 0, signal: null, success: true });
  assert.deepEqual(lines.toSorted(), ["[r1] a", "[r1] b", "[r1] c", "[r1] d"]);
  assert.match(child.logs(), /a\nb\n/);
});

Deno.test("terminate() ends a child with SIGTERM, and with SIGKILL once the grace is over", async () => {
  const lines: string[] = [];
  const polite = deno(`console.log("ready"); setInterval(() => {}, 1000);`, lines);
  await printed(lines, "[r1] ready");
  assert.equal((await polite.terminate(60_000)).signal, "SIGTERM");

  const stubborn: string[] = [];
  const deaf = deno(
    `Deno.addSignalListener("SIGTERM", () => {}); console.log("ready"); setInterval(() => {}, 1000);`,
    stubborn,
  );
  await printed(stubborn, "[r1] ready");
  const status = await deaf.terminate(200);
  assert.equal(status.signal, "SIGKILL");
  assert.equal(status.success, false);
  deaf.kill(); // after the end: nothing happens
});

Deno.test("start() throws SubprocessError naming the program and the fix", () => {
  assert.throws(
    () => start({ command: "no-such-program-xyz", args: [], fix: "install xyz" }),
    (e: unknown) => {
      assert.ok(e instanceof SubprocessError);
      assert.equal(e.code, "subprocess/not-found");
      assert.equal(e.program, "no-such-program-xyz");
      assert.equal(
        e.message,
        "Cannot start no-such-program-xyz: program or directory not found; install xyz",
      );
      return true;
    },
  );
  assert.throws(
    () => start({ command: "", args: [] }),
    (e: unknown) =>
      e instanceof SubprocessError && e.code === "subprocess/empty" &&
      /the command is empty/.test(e.message),
  );
});
