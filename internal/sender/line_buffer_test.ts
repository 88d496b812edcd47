import assert from "node:assert/strict";
import { encodeRecord } from "../../proto/mod.ts";
import { LineBuffer } from "./line_buffer.ts";

function lines(b: LineBuffer): string[] {
  return JSON.parse(`[${new TextDecoder().decode(b.bytes())}]`);
}

Deno.test("LineBuffer: a history record becomes its row's JSON text, nested keys as objects", () => {
  const rec = encodeRecord({
    num: 7,
    history: {
      item: [
        { key: "_step", valueJson: "3" },
        { key: "loss", valueJson: "0.25" },
        { key: 'we"ird\\key\n', valueJson: '"a \\"quoted\\" ü"' },
        { nestedKey: ["val", "acc"], valueJson: "0.5" },
        { nestedKey: ["val", "f1"], valueJson: "NaN" },
        { key: "_runtime", valueJson: "1.5" },
      ],
      step: { num: 3 },
    },
  });
  const b = new LineBuffer();
  assert.equal(b.addHistory(rec), true);
  b.addText('plain "line"\n');
  assert.equal(b.count, 2);
  const [row, text] = lines(b);
  assert.equal(text, 'plain "line"\n');
  assert.equal(
    row,
    '{"_step":3,"loss":0.25,"we\\"ird\\\\key\\u000a":"a \\"quoted\\" ü","_runtime":1.5,"val":{"acc":0.5,"f1":NaN}}',
  );
  const parsed = JSON.parse(row!.replace("NaN", "null"));
  assert.equal(parsed['we"ird\\key\n'], 'a "quoted" ü');
  assert.deepEqual(parsed.val, { acc: 0.5, f1: null });
  b.clear();
  assert.equal(b.size, 0);
  assert.equal(b.addHistory(encodeRecord({ summary: {} })), false);
});

Deno.test("LineBuffer: grows past its first 64 KiB and keeps every line", () => {
  const b = new LineBuffer();
  for (let i = 0; i < 5000; i++) {
    b.addHistory(encodeRecord({
      history: {
        item: [{ key: "_step", valueJson: String(i) }, { key: "x", valueJson: "1.0e-5" }],
      },
    }));
  }
  const all = lines(b).map((l) => JSON.parse(l));
  assert.equal(all.length, 5000);
  assert.deepEqual(all[4999], { _step: 4999, x: 1e-5 });
});

Deno.test("LineBuffer: one long row does not keep its memory after the batch is cleared", () => {
  const b = new LineBuffer();
  const big = encodeRecord({
    history: { item: [{ key: "blob", valueJson: JSON.stringify("x".repeat(9 << 20)) }] },
  });
  assert.equal(b.addHistory(big), true);
  assert.ok(b.capacity > 9 << 20);
  b.clear();
  assert.ok(b.capacity <= 4 << 20, `${b.capacity} bytes kept`);
  // A full batch of ordinary rows keeps its buffer across batches (no reallocation per post).
  for (let i = 0; i < 20_000; i++) b.addText(`{"loss": ${i}, "pad": "${"p".repeat(90)}"}`);
  const kept = b.capacity;
  b.clear();
  assert.equal(b.capacity, kept);
  assert.deepEqual(lines(b), []);
});
