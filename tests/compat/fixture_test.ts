import assert from "node:assert/strict";
import { decodeRecord, isLegacyHeader, recordToJson, recordType } from "../../proto/mod.ts";
import { lastChunkOffset, readTransactionLogFile } from "../../internal/transaction_log.ts";
import { dump } from "../../cli/dump.ts";

const fixtureDir = new URL("../../../shared/fixtures/wandb-0.30-offline/", import.meta.url);

function findRunDir(): string {
  for (const e of Deno.readDirSync(fixtureDir)) {
    if (e.isDirectory && e.name.startsWith("offline-run-")) {
      return new URL(e.name + "/", fixtureDir).pathname;
    }
  }
  throw new Error("fixture run directory not found");
}

Deno.test("our reader yields exactly the records of the official client's fixture (type, order, field values)", async () => {
  const dir = findRunDir();
  const wandbFile = [...Deno.readDirSync(dir)].find((e) => e.name.endsWith(".wandb"))!.name;
  const lines = Deno.readTextFileSync(`${dir}/records.jsonl`).trim().split("\n").map((l) =>
    JSON.parse(l)
  );
  const counts = lines.pop().counts as Record<string, number>;
  const seen: Array<{ offset: number; type: string; record: unknown }> = [];
  let legacy = false;
  for await (const entry of readTransactionLogFile(`${dir}/${wandbFile}`)) {
    assert.equal(entry.kind, "record", `no corruption expected, got ${JSON.stringify(entry)}`);
    if (entry.kind !== "record") continue;
    const rec = decodeRecord(entry.bytes, { legacy });
    if (seen.length === 0) legacy = isLegacyHeader(rec);
    // records.jsonl gives the offset of a record's last chunk (it differs for the 3 records
    // that span blocks); our reader reports where the record starts, and can give both.
    seen.push({ offset: lastChunkOffset(entry), type: recordType(rec), record: recordToJson(rec) });
  }
  assert.equal(legacy, false, "a 0.30 file is not legacy");
  assert.equal(seen.length, lines.length);
  for (let i = 0; i < lines.length; i++) {
    assert.deepEqual(seen[i], lines[i], `record ${i + 1} at offset ${lines[i].offset}`);
  }
  const got: Record<string, number> = {};
  for (const s of seen) got[s.type] = (got[s.type] ?? 0) + 1;
  assert.deepEqual(got, counts);
});

Deno.test("wandb dump prints the fixture as the same JSON lines as records.jsonl", async () => {
  const dir = findRunDir();
  const wandbFile = [...Deno.readDirSync(dir)].find((e) => e.name.endsWith(".wandb"))!.name;
  const out: string[] = [];
  const code = await dump([`${dir}/${wandbFile}`], (l) => out.push(l));
  assert.equal(code, 0);
  const expected = Deno.readTextFileSync(`${dir}/records.jsonl`).trim().split("\n").slice(0, -1);
  assert.equal(out.length, expected.length);
  for (let i = 0; i < out.length; i++) {
    const got = JSON.parse(out[i]!), want = JSON.parse(expected[i]!);
    assert.deepEqual([got.type, got.record], [want.type, want.record], `line ${i + 1}`);
    // dump prints where a record starts; records.jsonl has its last chunk's offset.
    assert.ok(got.offset <= want.offset && want.offset - got.offset < 3 * 32768);
  }
});
