import assert from "node:assert/strict";
import * as wandb from "../../mod.ts";
import { readRecords } from "./_helpers.ts";

const quiet = { console: "off", x_disable_stats: true, silent: true, disable_git: true } as const;

Deno.test("init() with an invalid setting throws SettingsError naming it and creates nothing", async () => {
  const root = await Deno.makeTempDir();
  try {
    const bad: Array<[wandb.InitOptions, string]> = [
      [{ mode: "fast" as "online" }, "mode"],
      [{ id: "no/slash" }, "run_id"],
      [{ resume: "later" as "allow" }, "resume"],
    ];
    for (const [opts, setting] of bad) {
      await assert.rejects(
        wandb.init({ ...opts, dir: root, settings: quiet }),
        (e: unknown) =>
          e instanceof wandb.SettingsError && e.setting === setting &&
          e.message.includes(`"${setting}"`),
      );
    }
    await assert.rejects(
      wandb.init({ mode: "offline", dir: root, settings: quiet, config: { ok: 1, fn: () => 1 } }),
      (e: unknown) => e instanceof TypeError && /"config\.fn": got a function/.test(e.message),
    );
    assert.deepEqual([...Deno.readDirSync(root)], [], "no wandb directory was created");
    assert.equal(wandb.run, undefined);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("disabled mode: run, config, summary and log work in memory with no Worker and no files", async () => {
  const root = await Deno.makeTempDir();
  try {
    const run = await wandb.init({ mode: "disabled", dir: root, config: { lr: 0.1 } });
    assert.equal(run.mode, "disabled");
    wandb.log({ loss: 0.5 });
    run.log({ loss: 0.25, nested: { a: 1 } });
    assert.equal(wandb.summary.loss, 0.25);
    assert.deepEqual(run.summary.nested, { a: 1 });
    assert.equal(wandb.config.lr, 0.1);
    assert.equal(run.step, 2);
    await wandb.finish();
    assert.equal(wandb.run, undefined);
    assert.deepEqual([...Deno.readDirSync(root)], []);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("an offline run stays usable after rejected values and throws a clear error after finish", async () => {
  const root = await Deno.makeTempDir();
  try {
    const run = await wandb.init({ project: "p", mode: "offline", dir: root, settings: quiet });
    assert.equal(wandb.run, run);
    run.log({ a: 1 });
    assert.throws(() => run.log({ a: 2, f: () => 0 }), /"f": got a function/);
    assert.throws(() => run.log({ a: 2, s: Symbol() }), TypeError);
    assert.throws(() => run.log({ a: 2, m: new Map() }), /"m": got an instance of Map/);
    run.log({ a: 3 });
    run.config.x = 1;
    await run.finish();
    assert.throws(
      () => run.log({ a: 4 }),
      (e: unknown) => e instanceof wandb.RunFinishedError && e.code === "run/finished",
    );
    assert.throws(() => (run.config.y = 2), wandb.RunFinishedError);
    for (
      const [what, call] of [
        ["log", () => wandb.log({ a: 5 })],
        ["defineMetric", () => wandb.defineMetric("a")],
        ["alert", () => wandb.alert({ title: "t", text: "x" })],
        ["markPreempting", () => wandb.markPreempting()],
      ] as const
    ) {
      assert.throws(
        call,
        (e: unknown) =>
          e instanceof wandb.UsageError && e.code === "run/none" &&
          e.message.includes(`wandb.${what}()`) && /wandb\.init\(\) first/.test(e.message),
      );
    }
    const recs = await readRecords(`${run.dir}/run-${run.id}.wandb`);
    const hist = recs.filter((r) => r.type === "history").map((r) =>
      r.record.history!.item!.find((i) => i.key === "a")!.valueJson
    );
    assert.deepEqual(hist, ["1", "3"], "rejected rows left no trace; accepted rows all arrived");
    assert.ok(recs.some((r) => r.type === "config"));
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("a row larger than one 32 KiB block round-trips through the SDK and the log", async () => {
  const root = await Deno.makeTempDir();
  try {
    const run = await wandb.init({ project: "p", mode: "offline", dir: root, settings: quiet });
    const big = Array.from({ length: 20000 }, (_, i) => i * 0.5);
    run.log({ big, small: 1 });
    run.log({ small: 2 });
    await run.finish();
    const recs = await readRecords(`${run.dir}/run-${run.id}.wandb`);
    const rows = recs.filter((r) => r.type === "history");
    assert.equal(rows.length, 2);
    const item = rows[0]!.record.history!.item!.find((i) => i.key === "big")!;
    assert.deepEqual(JSON.parse(item.valueJson!), big);
    assert.ok(item.valueJson!.length > 32768);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
