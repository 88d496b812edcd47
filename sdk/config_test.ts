import assert from "node:assert/strict";
import type { wandb_internal } from "../proto/mod.ts";
import { configProxy, ConfigState, ConfigValueChangeError } from "./config.ts";
import { RunFinishedError } from "./errors.ts";
import { summaryProxy, SummaryState } from "./summary.ts";

function recorder() {
  const records: wandb_internal.IRecord[] = [];
  return { records, publish: (r: wandb_internal.IRecord) => records.push(r) };
}

Deno.test("configProxy() turns every set, nested set, delete and update() into one ConfigRecord", () => {
  const { records, publish } = recorder();
  const state = new ConfigState(publish);
  state.init({ lr: 0.01, model: { layers: 3, act: "relu" } });
  const config = configProxy(state);
  assert.equal(records.length, 0, "init values travel in the run record");
  config.epochs = 2;
  config.model.layers = 4;
  config.update({ batch_size: 32, names: ["a", "b"] });
  delete config.lr;
  assert.deepEqual(records, [
    { config: { update: [{ key: "epochs", valueJson: "2" }] } },
    { config: { update: [{ nestedKey: ["model", "layers"], valueJson: "4" }] } },
    {
      config: {
        update: [{ key: "batch_size", valueJson: "32" }, { key: "names", valueJson: '["a","b"]' }],
      },
    },
    { config: { remove: [{ key: "lr", valueJson: "" }] } },
  ]);
  assert.deepEqual(config.toObject(), {
    model: { layers: 4, act: "relu" },
    epochs: 2,
    batch_size: 32,
    names: ["a", "b"],
  });
  assert.equal(config.model.act, "relu");
  assert.deepEqual(Object.keys(config), ["model", "epochs", "batch_size", "names"]);
  assert.equal(JSON.stringify(config.model), '{"layers":4,"act":"relu"}');
  assert.ok("epochs" in config && !("lr" in config));
});

Deno.test("config values are copies: mutating the caller's object later changes nothing", () => {
  const state = new ConfigState(() => {});
  const config = configProxy(state);
  const layers = [64, 32];
  config.layers = layers;
  layers.push(16);
  assert.deepEqual(config.layers, [64, 32]);
});

Deno.test("config.update() refuses to change an existing value unless allowValChange, and records nothing", () => {
  const { records, publish } = recorder();
  const config = configProxy(new ConfigState(publish));
  config.update({ lr: 0.1 });
  assert.throws(
    () => config.update({ lr: 0.2, other: 1 }),
    (e: unknown) => e instanceof ConfigValueChangeError && e.key === "lr",
  );
  assert.equal(records.length, 1);
  config.update({ lr: 0.2 }, { allowValChange: true });
  assert.equal(config.lr, 0.2);
  config.lr = 0.3; // direct assignment is always allowed, as in W&B
  assert.equal(config.lr, 0.3);
});

Deno.test("config rejects unsupported values naming the key path, and keeps what it had", () => {
  const { records, publish } = recorder();
  const config = configProxy(new ConfigState(publish));
  config.model = { depth: 2 };
  assert.throws(
    () => (config.model.fn = () => 1),
    (e: unknown) => e instanceof TypeError && /"config\.model\.fn": got a function/.test(e.message),
  );
  assert.throws(() => config.update({ ok: 1, bad: Symbol("x") }), /"config\.bad": got a symbol/);
  assert.deepEqual(config.toObject(), { model: { depth: 2 } });
  assert.equal(records.length, 1);
});

Deno.test("config writes after the run finished throw RunFinishedError", () => {
  let finished = false;
  const state = new ConfigState(() => {}, (what) => {
    if (finished) throw new RunFinishedError(what, "abc");
  });
  const config = configProxy(state);
  config.a = 1;
  finished = true;
  assert.throws(() => (config.b = 2), RunFinishedError);
  assert.equal(config.a, 1, "reads still work");
});

Deno.test("summaryProxy() shows last history values, explicit values win and are recorded", () => {
  const { records, publish } = recorder();
  const last = new Map([["loss", "0.5"], ["val\u0000acc", "0.9"], ["_step", "3"]]);
  const summary = summaryProxy(new SummaryState(last, publish));
  assert.equal(summary.loss, 0.5);
  assert.deepEqual(summary.val, { acc: 0.9 });
  summary.best_acc = 0.99;
  summary.update({ final: { note: "done" }, loss: 0.1 });
  last.set("loss", "0.4"); // a later history value does not replace an explicit one
  assert.equal(summary.loss, 0.1);
  assert.equal(summary.final.note, "done");
  delete summary.best_acc;
  assert.equal(summary.best_acc, undefined);
  assert.deepEqual(records, [
    { summary: { update: [{ key: "best_acc", valueJson: "0.99" }] } },
    {
      summary: {
        update: [{ key: "final", valueJson: '{"note":"done"}' }, { key: "loss", valueJson: "0.1" }],
      },
    },
    { summary: { remove: [{ key: "best_acc", valueJson: "" }] } },
  ]);
});

Deno.test("config keys a sweep chose are locked: changes are ignored with W&B's warning", () => {
  const records: unknown[] = [];
  const warnings: string[] = [];
  const state = new ConfigState((r) => records.push(r));
  state.init({ lr: 0.1, depth: 3 });
  state.lock(["lr"], "sweep", (m) => warnings.push(m));
  const config = configProxy(state);
  config.update({ lr: 0.5, batch: 8 });
  config.lr = 0.7;
  assert.equal(config.lr, 0.1);
  assert.equal(config.batch, 8);
  assert.deepEqual(warnings, [
    "wandb: WARNING Config item 'lr' was locked by 'sweep' (ignored update).",
    "wandb: WARNING Config item 'lr' was locked by 'sweep' (ignored update).",
  ]);
  assert.equal(JSON.stringify(records).includes('"lr"'), false, "no record changes lr");
});
