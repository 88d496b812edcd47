// `deno test --parallel` runs test files as workers of ONE process: a test that changes the
// process's environment or working directory changes them for every file running beside it, and
// for the subprocesses those spawn (a leaked WANDB_SILENT once silenced the demo's run; a leaked
// WANDB_MODE made another file's run offline). Such files are named `*_serial_test.ts` and the test
// task runs them after the parallel ones, one at a time. This check keeps it so.
import assert from "node:assert/strict";
import { join, relative } from "node:path";

const root = new URL("../", import.meta.url).pathname;
const MUTATES = new RegExp(["Deno\\.env\\.(set|delete)\\(", "Deno\\.chdir\\("].join("|"));

function* testFiles(dir: string): Generator<string> {
  for (const e of Deno.readDirSync(dir)) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory) yield* testFiles(p);
    else if (e.isFile && e.name.endsWith("_test.ts")) yield p;
  }
}

Deno.test("test files that change the process's env or cwd are *_serial_test.ts (run apart from the parallel ones)", () => {
  const offenders = [...testFiles(root)]
    .filter((f) => !f.endsWith("_serial_test.ts") && MUTATES.test(Deno.readTextFileSync(f)))
    .map((f) => relative(root, f));
  assert.deepEqual(offenders, [], `rename them *_serial_test.ts: ${offenders.join(", ")}`);
  const serial = [...testFiles(root)].filter((f) => f.endsWith("_serial_test.ts"));
  assert.ok(serial.length > 0);
  const task = JSON.parse(Deno.readTextFileSync(join(root, "deno.json"))).tasks.test as string;
  assert.match(
    task,
    /--parallel --ignore='\*\*\/\*_serial_test\.ts' && deno test -A '\*\*\/\*_serial_test\.ts'/,
  );
});
