import assert from "node:assert/strict";
import { GRAPHQL_POLICY, GraphQLClient } from "../../net/mod.ts";
import { RunUpdates } from "./run_updates.ts";

function runUpdates(configDebounceSeconds = 30): RunUpdates {
  const gql = new GraphQLClient({
    baseUrl: "http://127.0.0.1:9",
    timeoutMs: 1000,
    retry: GRAPHQL_POLICY,
  });
  return new RunUpdates({ gql, filesDir: "/nonexistent", configDebounceSeconds });
}

Deno.test({
  name: "RunUpdates.onRun() fills the run from the first record; a later one replaces every field",
  permissions: "none",
  fn() {
    const runs = runUpdates();
    assert.equal(runs.onRun({ runId: "r1", project: "p", tags: ["a"], notes: "n" }), "run");
    assert.deepEqual([runs.runId, runs.project, runs.run.tags, runs.run.notes], [
      "r1",
      "p",
      ["a"],
      "n",
    ]);
    runs.onRun({ runId: "other", tags: [] });
    assert.equal(runs.runId, "r1", "the id stays");
    assert.deepEqual(runs.run.tags, [], "an update clears what it lacks");
    assert.equal(runs.run.notes, "");
    assert.equal(runs.runDirty, false, "not started: the start sends it all");
  },
});

Deno.test({
  name: "RunUpdates.due(): a config change waits for the debounce; a defined metric is `_wandb.m`",
  permissions: "none",
  fn() {
    const runs = runUpdates(30);
    assert.equal(runs.due(Date.now()), false);
    runs.onConfig({ update: [{ key: "lr", valueJson: "0.1" }] });
    assert.equal(runs.due(0), false, "within the debounce of the last update");
    assert.equal(runs.due(30_000), true);
    runs.configDirty = false;
    runs.onMetric({ name: "loss", options: { defined: true } });
    assert.equal(runs.configDirty, true);
    const m = (runs.wrappedConfig._wandb!.value as { m: unknown[] }).m;
    assert.deepEqual(m, [{ "1": "loss", "6": [3], "7": [] }]);
    assert.equal(runs.wrappedConfig.lr!.value, 0.1);
  },
});
