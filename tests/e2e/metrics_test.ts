// run.defineMetric, run.alert and run.markPreempting end to end: the records W&B writes for them
// in the log, the summaries the Worker keeps, step sync, and (online) the alert and the summary on
// the server.
import assert from "node:assert/strict";
import { serve } from "../../server/mod.ts";
import { onlyRunDir, readRecords, runScript } from "./_helpers.ts";

const LOSSES = [0.9, 0.3, 0.5, 0.2, 0.4, 0.6, 0.7, 0.8, 0.35, 0.45];

Deno.test("defineMetric, alert and markPreempting are in the log; the Worker keeps the summaries", async () => {
  const root = await Deno.makeTempDir();
  try {
    const res = await runScript("metrics_run.ts", root, [], { WANDB_MODE: "offline" });
    assert.equal(res.code, 0, res.stderr);
    const dir = onlyRunDir(root);
    const recs = await readRecords(`${dir}/run-${dir.slice(-8)}.wandb`);
    const all = recs.filter((r) => r.type === "metric").map((r) => r.record.metric!);
    const metrics = all.filter((m) => !m.expandedFromGlob);
    assert.deepEqual(metrics.map((m) => m.name || m.globName), ["epoch", "val/*", "loss", "noisy"]);
    assert.equal(metrics[1]!.stepMetric, "epoch");
    assert.equal(metrics[1]!.options!.stepSync, true);
    // The glob's expansion for val/acc, as the official client's handler writes it (W&B's
    // `wandb sync` reads a glob's metrics from these), once, after the first val/acc row.
    const expansions = recs.filter((r) => r.record.metric?.expandedFromGlob);
    assert.deepEqual(expansions.map((r) => structuredClone(r.record.metric)), [{
      name: "val/acc",
      stepMetric: "epoch",
      options: { stepSync: true },
      summary: { max: true },
      _control: { overwrite: true },
      expandedFromGlob: true,
    }]);
    const firstVal = recs.findIndex((r) =>
      r.record.history?.item?.some((i) => i.key === "val/acc")
    );
    assert.ok(firstVal < recs.indexOf(expansions[0]!), "after the row that brought the key");
    const alert = recs.find((r) => r.type === "alert")!.record.alert!;
    assert.deepEqual(
      {
        title: alert.title,
        text: alert.text,
        level: alert.level,
        wait: Number(alert.waitDuration),
      },
      { title: "plateau", text: "val/acc stopped improving", level: "WARN", wait: 300_000 },
    );
    assert.ok(recs.some((r) => r.type === "preempting"));
    // Step sync: every val/acc row carries the epoch logged last.
    const rows = recs.filter((r) => r.type === "history").map((r) =>
      Object.fromEntries(r.record.history!.item!.map((i) => [i.key, JSON.parse(i.valueJson!)]))
    );
    const val = rows.filter((r) => "val/acc" in r);
    assert.deepEqual(val.map((r) => r.epoch), [0, 0, 0, 1, 1, 1, 2, 2, 2, 3]);
    // The defined summaries: the last summary record before exit, and wandb-summary.json.
    const types = recs.map((r) => r.type);
    assert.deepEqual(types.slice(-4), ["summary", "exit", "final", "footer"]);
    const summary = JSON.parse(await Deno.readTextFile(`${dir}/files/wandb-summary.json`));
    assert.deepEqual(summary.loss, { min: 0.2, last: 0.45 });
    assert.deepEqual(summary["val/acc"], { max: 0.59 });
    assert.equal(summary.epoch, 3);
    assert.ok(!("noisy" in summary), "summary none removes the key");
    assert.deepEqual(rows.filter((r) => "loss" in r).map((r) => r.loss), LOSSES);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("online: the alert reaches the server and the defined summaries are the run's summary", async () => {
  const root = await Deno.makeTempDir();
  const ac = new AbortController();
  const server = await serve({
    port: 0,
    dataDir: `${root}/server`,
    signal: ac.signal,
    log: () => {},
  });
  try {
    const res = await runScript("metrics_run.ts", root, [], {
      WANDB_BASE_URL: server.url,
      WANDB_API_KEY: server.localUser.apiKey!,
    });
    assert.equal(res.code, 0, res.stderr);
    const id = /RUN (\S+)/.exec(res.stderr)![1]!;
    const run = server.store.getRun("local", "metrics", id)!;
    assert.equal(run.state, "finished");
    assert.deepEqual(
      server.store.alerts(run.id).map((a) => [a.severity, a.title, a.text, a.waitMs]),
      [["WARN", "plateau", "val/acc stopped improving", 300_000]],
    );
    const summary = JSON.parse(run.summary);
    assert.deepEqual(summary.loss, { min: 0.2, last: 0.45 });
    assert.deepEqual(summary["val/acc"], { max: 0.59 });
    assert.ok(!("noisy" in summary));
    // The defined metrics as W&B's UI reads them: the config's _wandb.m, globs expanded.
    const m = JSON.parse(run.config)._wandb.value.m;
    assert.deepEqual(m, [
      { "1": "epoch", "6": [3], "7": [] },
      { "1": "loss", "6": [3], "7": [1, 5] },
      { "1": "noisy", "6": [3], "7": [6] },
      { "1": "val/acc", "5": 1, "6": [1, 3], "7": [2] },
    ]);
  } finally {
    ac.abort();
    await server.finished;
    await Deno.remove(root, { recursive: true });
  }
});
