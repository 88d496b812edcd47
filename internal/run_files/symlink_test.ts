import assert from "node:assert/strict";
import { linkDebugLogs, linkLatest } from "./symlink.ts";

Deno.test({
  name: "linkLatest() and linkDebugLogs() make relative links and replace old ones",
  ignore: Deno.build.os === "windows",
  async fn() {
    const wandb = await Deno.makeTempDir({ prefix: "wandb_links_" });
    try {
      for (const run of ["run-20240403_101500-aaaaaaaa", "run-20240403_101600-bbbbbbbb"]) {
        await Deno.mkdir(`${wandb}/${run}/logs`, { recursive: true });
        await Deno.writeTextFile(`${wandb}/${run}/logs/debug.log`, run);
        assert.equal(linkLatest(wandb, run), true);
        assert.equal(linkDebugLogs(wandb, run), true);
      }
      assert.equal(await Deno.readLink(`${wandb}/latest-run`), "run-20240403_101600-bbbbbbbb");
      assert.equal(
        await Deno.readLink(`${wandb}/debug-internal.log`),
        "run-20240403_101600-bbbbbbbb/logs/debug-internal.log",
      );
      assert.equal(await Deno.readTextFile(`${wandb}/debug.log`), "run-20240403_101600-bbbbbbbb");
      const names = [];
      for await (const e of Deno.readDir(wandb)) names.push(e.name);
      assert.deepEqual(names.filter((n) => /\.\d+$/.test(n)), []); // no temporary links left
    } finally {
      await Deno.remove(wandb, { recursive: true });
    }
  },
});

Deno.test("linkLatest() returns false instead of throwing when the directory is missing", () => {
  assert.equal(linkLatest("/nonexistent-wandb-dir", "run-x"), false);
});

Deno.test({
  name: "linkLatest() returns false without write permission",
  permissions: { read: true, write: false },
  fn() {
    assert.equal(linkLatest(Deno.cwd(), "run-x"), false);
  },
});
