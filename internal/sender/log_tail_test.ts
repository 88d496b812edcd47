import assert from "node:assert/strict";
import { TransactionLogWriter } from "../transaction_log.ts";
import { LogTail } from "./log_tail.ts";

function payload(i: number, size: number): Uint8Array {
  const b = new Uint8Array(size);
  for (let j = 0; j < size; j++) b[j] = (i * 31 + j) & 0xff;
  return b;
}

Deno.test("LogTail: reads records as they are committed, across blocks, with records larger than its window", () => {
  const dir = Deno.makeTempDirSync();
  try {
    const path = `${dir}/run-x.wandb`;
    const log = TransactionLogWriter.create(path);
    const tail = LogTail.open(path);
    const sizes = [10, 32_000, 5, 70_000, 1, 3_000_000, 100, 32_761, 32_762, 0, 9];
    const seen: Uint8Array[] = [];
    for (const [i, size] of sizes.entries()) {
      log.append(payload(i, size));
      if (i % 3 === 2) {
        log.flush();
        for (const r of tail.read(log.offset)) seen.push(r.bytes.slice());
        assert.equal(tail.pos, log.offset, "caught up after each flush");
      }
    }
    log.close();
    for (const r of tail.read(log.offset)) seen.push(r.bytes.slice());
    assert.equal(seen.length, sizes.length);
    for (const [i, size] of sizes.entries()) {
      assert.deepEqual(seen[i], payload(i, size), `record ${i}`);
    }
    assert.equal(tail.stalled, false);
    tail.close();
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("LogTail: stops before an incomplete record and goes on from a saved offset", () => {
  const dir = Deno.makeTempDirSync();
  try {
    const path = `${dir}/run-x.wandb`;
    const log = TransactionLogWriter.create(path);
    log.append(payload(1, 100));
    log.append(payload(2, 50_000));
    log.close();
    const size = Deno.statSync(path).size;
    const tail = LogTail.open(path);
    const got = [...tail.read(size - 10)].map((r) => r.bytes.length); // the last record cut short
    assert.deepEqual(got, [100]);
    assert.equal(tail.stalled, true);
    const from = tail.pos;
    tail.close();
    const again = LogTail.open(path, from);
    assert.deepEqual([...again.read(size)].map((r) => r.bytes.length), [50_000]);
    again.close();
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("LogTail: a damaged chunk is an error naming its byte offset", () => {
  const dir = Deno.makeTempDirSync();
  try {
    const path = `${dir}/run-x.wandb`;
    const log = TransactionLogWriter.create(path);
    log.append(payload(1, 100));
    log.append(payload(2, 100));
    log.close();
    const bytes = Deno.readFileSync(path);
    const at = 7 + 7 + 100 + 7 + 3; // inside the second record's payload
    bytes[at] = bytes[at]! ^ 0xff;
    Deno.writeFileSync(path, bytes);
    const tail = LogTail.open(path);
    assert.throws(() => [...tail.read(bytes.length)], /checksum mismatch at byte offset 114/);
    assert.equal(tail.pos, 114, "the first record was read");
    tail.close();
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
