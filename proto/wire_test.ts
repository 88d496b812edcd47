import assert from "node:assert/strict";
import { encodeRecord } from "./mod.ts";
import { fieldEnd, fieldStart, findField, readVarint, RecordField, recordField } from "./wire.ts";

Deno.test("recordField: the type member wherever num, control, uuid and _info stand", () => {
  // control before exit: the case the old scanner misread (it added a length to the wrong p)
  assert.equal(
    recordField(encodeRecord({ num: 300, control: { alwaysSend: true }, exit: {} })),
    RecordField.exit,
  );
  assert.equal(
    recordField(encodeRecord({ uuid: "x", history: { item: [] } })),
    RecordField.history,
  );
  assert.equal(recordField(encodeRecord({ num: 1, run: { runId: "a" } })), RecordField.run);
  assert.equal(recordField(Uint8Array.of(0x08)), 0, "cut inside a varint");
  assert.equal(recordField(Uint8Array.of(0x0b)), 0, "a group wire type");
  assert.equal(recordField(new Uint8Array(0)), 0);
});

Deno.test("readVarint / findField: values, cursor and ranges", () => {
  assert.equal(readVarint(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f), 0), 2 ** 32 - 1);
  assert.equal(readVarint(Uint8Array.of(0x80), 0), -1);
  const rec = encodeRecord({ num: 5, summary: { update: [{ key: "k", valueJson: "1" }] } });
  assert.ok(findField(rec, 0, rec.length, RecordField.summary));
  assert.equal(fieldEnd, rec.length);
  assert.ok(fieldStart > 2);
  assert.ok(!findField(rec, 0, rec.length, RecordField.history));
});
