// `deno task demo` (examples/demo.ts): the embedded server, an online training run, a clean exit.
import assert from "node:assert/strict";
import { Store } from "../../server/store/mod.ts";

Deno.test("the demo tracks examples/train.ts online into the embedded server and exits cleanly", async () => {
  const dir = await Deno.makeTempDir({ prefix: "wandb-demo-" });
  try {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", new URL("../../examples/demo.ts", import.meta.url).pathname],
      cwd: dir,
      env: {
        NO_COLOR: "1",
        HOME: dir,
        WANDB_SERVER_DATA: `${dir}/data`,
        WANDB_DEMO_PORT: "0",
        WANDB_X_STATS_SAMPLING_INTERVAL: "1",
      },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stdout = new TextDecoder().decode(out.stdout);
    const stderr = new TextDecoder().decode(out.stderr);
    assert.equal(out.code, 0, stderr);
    assert.match(
      stderr,
      /🚀 View run at: http:\/\/127\.0\.0\.1:\d+\/local\/wandb-ts-demo\/runs\/\w+/,
    );
    assert.match(stdout, /the run is stored in .*data \(state: finished\)/);
    assert.match(stdout, /http:\/\/127\.0\.0\.1:8080\/local\/wandb-ts-demo\/runs\/\w+/);
    const store = Store.open(`${dir}/data`);
    try {
      const runs = store.listRuns("local", "wandb-ts-demo", {});
      assert.equal(runs.edges.length, 1);
      const run = runs.edges[0]!.node;
      assert.equal(run.state, "finished");
      assert.ok(store.historyRows(run.id).length > 100, "the training steps arrived");
    } finally {
      store.close();
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
