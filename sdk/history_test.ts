import assert from "node:assert/strict";
import { decodeRecord, encodeRecord } from "../proto/mod.ts";
import { FrameBuffer, readFrames } from "../proto/frames.ts";
import { parseValueJson } from "../proto/value_json.ts";
import { StepOrderError } from "./errors.ts";
import { History } from "./history.ts";

function rows(out: FrameBuffer) {
  const batch = out.take();
  return [...readFrames(new Uint8Array(batch.buffer, 0, batch.length))].map((f) => {
    const rec = decodeRecord(f);
    const items: Record<string, unknown> = {};
    for (const it of rec.history!.item!) {
      const key = it.nestedKey && it.nestedKey.length ? it.nestedKey.join(".") : it.key!;
      items[key] = parseValueJson(it.valueJson!);
    }
    return { step: Number(rec.history!.step?.num ?? 0), items, frame: f, rec };
  });
}

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => (t += 100), start };
}

Deno.test("History.log() adds _timestamp, _runtime and _step and nests keys as nested_key", () => {
  const out = new FrameBuffer(4096);
  const c = clock();
  const h = new History(out, { startMs: c.start, now: c.now });
  h.log({
    loss: 0.5,
    val: { acc: 0.9, deep: { x: true } },
    name: "s0",
    big: 10n,
    nan: NaN,
    inf: -Infinity,
  });
  h.log({ loss: 0.25 });
  const [r0, r1] = rows(out);
  assert.equal(r0!.step, 0);
  assert.equal(r0!.items.loss, 0.5);
  assert.equal(r0!.items["val.acc"], 0.9);
  assert.equal(r0!.items["val.deep.x"], true);
  assert.equal(r0!.items.name, "s0");
  assert.equal(r0!.items.big, 10);
  assert.ok(Number.isNaN(r0!.items.nan));
  assert.equal(r0!.items.inf, -Infinity);
  assert.equal(r0!.items._step, 0);
  assert.equal(r0!.items._timestamp, (c.start + 100) / 1000);
  assert.equal(r0!.items._runtime, 0.1);
  assert.equal(r1!.step, 1);
  assert.equal(r1!.items._step, 1);
  assert.equal(h.last.get("loss"), "0.25");
  assert.equal(h.last.get("val\u0000acc"), "0.9");
});

Deno.test("History's hand-rolled encoder is byte-identical to the generated protobuf encoder", () => {
  const out = new FrameBuffer(1 << 20);
  const h = new History(out, { startMs: 0, now: () => 1234567 });
  h.log({ "ünïcödé": "日本語 🎉", a: { b: { c: 1 } }, long: "x".repeat(70000) });
  for (let i = 0; i < 200; i++) h.log({ loss: 1 / (i + 1) });
  for (const r of rows(out)) {
    assert.deepEqual(r.frame, new Uint8Array(encodeRecord(r.rec)), `step ${r.step}`);
  }
});

Deno.test("History: commit:false accumulates, an explicit step accumulates until a higher step or commit", () => {
  const out = new FrameBuffer(4096);
  const h = new History(out, { startMs: 0 });
  h.log({ a: 1 }, { commit: false });
  h.log({ b: 2 }, { commit: false });
  h.log({ c: 3 });
  h.log({ d: 4 }, { step: 5 });
  h.log({ e: 5 }, { step: 5 });
  h.log({ f: 6 }, { step: 7 });
  h.flushPending();
  const r = rows(out);
  assert.deepEqual(r.map((x) => x.step), [0, 5, 7]);
  assert.deepEqual(Object.keys(r[0]!.items).filter((k) => !k.startsWith("_")), ["a", "b", "c"]);
  assert.deepEqual(Object.keys(r[1]!.items).filter((k) => !k.startsWith("_")), ["d", "e"]);
  assert.equal(r[2]!.items.f, 6);
  assert.equal(h.step, 8);
});

Deno.test("History: a lower step drops the row with one warning and counts it; strict mode throws", () => {
  const out = new FrameBuffer(4096);
  const warnings: string[] = [];
  const h = new History(out, { startMs: 0, warn: (m) => warnings.push(m) });
  h.log({ a: 1 }, { step: 10 });
  h.log({ a: 2 }, { step: 3 });
  h.log({ a: 3 }, { step: 4 });
  assert.equal(h.dropped, 2);
  assert.deepEqual(h.droppedSteps, [3, 4]);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /dropped a row logged at step 3: the current step is 10/);
  const strict = new History(new FrameBuffer(4096), { startMs: 0, strict: true });
  strict.log({ a: 1 }, { step: 10 });
  assert.throws(
    () => strict.log({ a: 2 }, { step: 9 }),
    (e: unknown) => e instanceof StepOrderError && e.step === 9 && e.current === 10,
  );
});

Deno.test("History: a rejected value throws a TypeError naming the key path and posts nothing", () => {
  const out = new FrameBuffer(4096);
  const h = new History(out, { startMs: 0 });
  const cyclic: Record<string, unknown> = { x: 1 };
  cyclic.me = cyclic;
  class Model {}
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [{ ok: 1, fn: () => 0 }, /"fn": got a function/],
    [{ ok: 1, nested: { s: Symbol("q") } }, /"nested\.s": got a symbol/],
    [{ ok: 1, cyc: cyclic }, /"cyc\.me": got a circular reference/],
    [{ ok: 1, m: new Model() }, /"m": got an instance of Model without toJSON/],
    [{ ok: 1, arr: [1, () => 2] }, /"arr\[1\]": got a function/],
  ];
  for (const [data, message] of cases) {
    assert.throws(
      () => h.log(data),
      (e: unknown) => e instanceof TypeError && message.test(e.message),
    );
  }
  assert.throws(() => h.log([1, 2] as unknown as Record<string, unknown>), TypeError);
  assert.throws(() => h.log({ a: 1 }, { step: -1 }), /"step" must be a non-negative integer/);
  assert.equal(out.count, 0);
  assert.equal(h.step, 0);
  h.log({ ok: 1 });
  assert.equal(out.count, 1, "the history is still usable");
});
