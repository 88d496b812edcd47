import assert from "node:assert/strict";
import { crc32 } from "./crc32.ts";
import {
  BLOCK_SIZE,
  FILE_HEADER,
  lastChunkOffset,
  type LogEntry,
  readTransactionLog,
  readTransactionLogFile,
  TransactionLogError,
  TransactionLogWriter,
} from "./transaction_log.ts";
import { rng } from "../tests/_rng.ts";

const FIXTURE_ROOT = new URL("../../shared/fixtures/wandb-0.30-offline/", import.meta.url);
const FS = { read: true, write: true } as const;

// ---------------------------------------------------------------------------------------------
// helpers

function hex(s: string): Uint8Array {
  return Uint8Array.from(s.replace(/\s+/g, "").match(/../g) ?? [], (h) => parseInt(h, 16));
}

function randomBytes(n: number, next: () => number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (next() * 256) | 0;
  return out;
}

/** Feeds `bytes` in slices whose sizes cycle through `sizes`, through one reused buffer. */
async function* chunked(bytes: Uint8Array, ...sizes: number[]): AsyncGenerator<Uint8Array> {
  const scratch = new Uint8Array(Math.max(...sizes));
  for (let i = 0, k = 0; i < bytes.length; k++) {
    const n = Math.min(sizes[k % sizes.length]!, bytes.length - i);
    scratch.set(bytes.subarray(i, i + n));
    yield scratch.subarray(0, n);
    scratch.fill(0xee); // the reader must not hold on to a chunk it has consumed
    i += n;
  }
}

/** Writes a log in a temporary directory with `fn`, closes it and returns the file's bytes. */
function writeLog(fn: (log: TransactionLogWriter) => void): Uint8Array {
  const dir = Deno.makeTempDirSync({ prefix: "tlog_test_" });
  try {
    const path = `${dir}/run-test.wandb`;
    const log = TransactionLogWriter.create(path);
    try {
      fn(log);
    } finally {
      log.close();
    }
    const bytes = Deno.readFileSync(path);
    assert.equal(bytes.length, log.offset, "offset is the file size after close");
    return bytes;
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
}

interface Chunk {
  offset: number;
  length: number;
  type: number;
}

/** Walks the chunk layout directly (independent of the reader) and checks padding rules. */
function walkChunks(bytes: Uint8Array): Chunk[] {
  assert.deepEqual(bytes.subarray(0, 7), FILE_HEADER);
  const out: Chunk[] = [];
  let p = 7;
  while (p < bytes.length) {
    const left = BLOCK_SIZE - (p % BLOCK_SIZE);
    if (left < 7) {
      assert.ok(bytes.subarray(p, p + left).every((b) => b === 0), `zero padding at ${p}`);
      p += left;
      continue;
    }
    const length = bytes[p + 4]! | (bytes[p + 5]! << 8);
    const type = bytes[p + 6]!;
    assert.ok(7 + length <= left, `chunk at ${p} crosses a block boundary`);
    const stored = new DataView(bytes.buffer, bytes.byteOffset + p, 4).getUint32(0, true);
    assert.equal(stored, crc32(bytes.subarray(p + 6, p + 7 + length)), `crc of chunk at ${p}`);
    out.push({ offset: p, length, type });
    p += 7 + length;
  }
  assert.equal(p, bytes.length, "the file ends at a chunk end");
  return out;
}

/** Builds one chunk by hand (for malformed files). */
function chunk(type: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(7 + payload.length);
  const view = new DataView(out.buffer);
  out[6] = type;
  out.set(payload, 7);
  view.setUint32(0, crc32(out.subarray(6)), true);
  view.setUint16(4, payload.length, true);
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function read(source: Parameters<typeof readTransactionLog>[0]): Promise<LogEntry[]> {
  return Array.fromAsync(readTransactionLog(source));
}

function records(entries: LogEntry[]): Array<{ offset: number; end: number; bytes: Uint8Array }> {
  return entries.flatMap((e) => e.kind === "record" ? [e] : []);
}

// ---------------------------------------------------------------------------------------------
// writer: exact bytes

const EXAMPLE_FILE = hex(`
  3a572642 e1be 00
  55b7a63f 0500 01 0801aa0100
  061773fc 2100 01 0802121d0a0c0a046c6f7373820103302e350a0b0a055f73746570820101301200`);
const HEADER_RECORD = hex("0801aa0100");
const HISTORY_RECORD = hex("0802121d0a0c0a046c6f7373820103302e350a0b0a055f73746570820101301200");

Deno.test({
  name: "TransactionLogWriter reproduces the 59-byte worked example byte for byte",
  permissions: FS,
  async fn() {
    const ends: number[] = [];
    const bytes = writeLog((log) => {
      assert.equal(log.offset, 7);
      ends.push(log.append(HEADER_RECORD));
      // head ++ body: the num field as a separate prefix gives the same bytes
      ends.push(log.append(HISTORY_RECORD.subarray(2), HISTORY_RECORD.subarray(0, 2)));
    });
    assert.equal(bytes.length, 59);
    assert.deepEqual(bytes, EXAMPLE_FILE);
    assert.deepEqual(ends, [19, 59]);
    const entries = await read(chunked(bytes, 7));
    assert.deepEqual(entries, [
      { kind: "record", offset: 7, end: 19, bytes: HEADER_RECORD },
      { kind: "record", offset: 19, end: 59, bytes: HISTORY_RECORD },
    ]);
  },
});

Deno.test({
  name: "TransactionLogWriter lays out the multi-chunk example of §4.1 exactly",
  permissions: FS,
  async fn() {
    const big = randomBytes(70_022, rng(1));
    const footer = hex("08 03 b2 01 00");
    const bytes = writeLog((log) => {
      log.append(HEADER_RECORD);
      assert.equal(log.append(big), 70_062);
      assert.equal(log.append(footer), 70_074);
    });
    assert.equal(bytes.length, 70_074);
    assert.deepEqual(walkChunks(bytes), [
      { offset: 7, length: 5, type: 1 },
      { offset: 19, length: 32742, type: 2 },
      { offset: 32768, length: 32761, type: 3 },
      { offset: 65536, length: 4519, type: 4 },
      { offset: 70062, length: 5, type: 1 },
    ]);
    const entries = await read(chunked(bytes, 7, 1000));
    assert.deepEqual(entries.map((e) => e.kind === "record" && [e.offset, e.end]), [
      [7, 19],
      [19, 70_062],
      [70_062, 70_074],
    ]);
    assert.deepEqual(records(entries)[1]!.bytes, big);
  },
});

Deno.test({
  name: "TransactionLogWriter writes an empty FIRST chunk when exactly 7 bytes are left",
  permissions: FS,
  async fn() {
    const tail = randomBytes(10, rng(2));
    const bytes = writeLog((log) => {
      assert.equal(log.append(new Uint8Array(32_747)), 32_761);
      // the head alone is longer than the room left: the split must cross head and body
      assert.equal(log.append(tail.subarray(4), tail.subarray(0, 4)), 32_768 + 7 + 10);
    });
    assert.deepEqual(walkChunks(bytes), [
      { offset: 7, length: 32_747, type: 1 },
      { offset: 32_761, length: 0, type: 2 },
      { offset: 32_768, length: 10, type: 4 },
    ]);
    const got = records(await read(chunked(bytes, 7)));
    assert.equal(got.length, 2);
    assert.deepEqual(got[1], { kind: "record", offset: 32_761, end: 32_785, bytes: tail });
  },
});

Deno.test({
  name: "TransactionLogWriter ends a record with a LAST chunk that fills a whole block",
  permissions: FS,
  async fn() {
    const big = randomBytes(32_742 + 32_761, rng(4));
    const bytes = writeLog((log) => {
      log.append(HEADER_RECORD);
      assert.equal(log.append(big.subarray(3), big.subarray(0, 3)), 65_536);
      log.append(HEADER_RECORD);
    });
    assert.deepEqual(walkChunks(bytes), [
      { offset: 7, length: 5, type: 1 },
      { offset: 19, length: 32_742, type: 2 },
      { offset: 32_768, length: 32_761, type: 4 },
      { offset: 65_536, length: 5, type: 1 },
    ]);
    assert.deepEqual(records(await read(chunked(bytes, 5000)))[1]!.bytes, big);
  },
});

Deno.test({
  name: "TransactionLogWriter pads 0..6 leftover bytes with zeros, only at the next append",
  permissions: FS,
  async fn() {
    for (let left = 0; left <= 6; left++) {
      let flushedSize = -1;
      const bytes = writeLog((log) => {
        const end = log.append(new Uint8Array(32_754 - left).fill(1));
        assert.equal(end, 32_768 - left);
        log.flush();
        flushedSize = log.offset;
        log.append(hex("0801"));
      });
      assert.equal(flushedSize, 32_768 - left, "the last block is not padded by a flush");
      assert.ok(bytes.subarray(32_768 - left, 32_768).every((b) => b === 0));
      assert.deepEqual(walkChunks(bytes).map((c) => [c.offset, c.type]), [[7, 1], [32_768, 1]]);
      const got = records(await read(chunked(bytes, 1000)));
      assert.deepEqual(got.map((r) => [r.offset, r.end]), [[7, 32_768 - left], [32_768, 32_777]]);
    }
  },
});

Deno.test({
  name:
    "TransactionLogWriter.flush() only appends: flushing after every record gives the same file",
  permissions: FS,
  fn() {
    const next = rng(3);
    const sizes = Array.from({ length: 400 }, () => (next() * 600) | 0);
    const write = (flushEvery: boolean) =>
      writeLog((log) => {
        for (const n of sizes) {
          log.append(new Uint8Array(n).fill(n & 0xff));
          if (flushEvery) log.flush();
        }
      });
    assert.deepEqual(write(true), write(false));
  },
});

Deno.test({
  name: "TransactionLogWriter reports an existing file and appends after close as typed errors",
  permissions: FS,
  fn() {
    const dir = Deno.makeTempDirSync({ prefix: "tlog_test_" });
    try {
      const path = `${dir}/run-x.wandb`;
      const log = TransactionLogWriter.create(path);
      assert.deepEqual(Deno.readFileSync(path), FILE_HEADER, "the header is on disk at once");
      log.append(hex("0801"));
      log.sync();
      assert.equal(Deno.statSync(path).size, 16);
      log.close();
      log.close(); // idempotent
      assert.throws(
        () => log.append(hex("0802")),
        (e: unknown) => e instanceof TransactionLogError && e.code === "log/closed",
      );
      assert.throws(
        () => TransactionLogWriter.create(path),
        (e: unknown) =>
          e instanceof TransactionLogError && e.code === "log/exists" && e.message.includes(path),
      );
      assert.equal(Deno.statSync(path).size, 16, "an existing file is left alone");
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

// ---------------------------------------------------------------------------------------------
// reader: the official client's file

Deno.test({
  name:
    "readTransactionLog() reads the official 0.30 fixture: every record at records.jsonl's offset",
  permissions: { read: [FIXTURE_ROOT] },
  async fn() {
    const dir = [...Deno.readDirSync(FIXTURE_ROOT)].find((e) => e.name.startsWith("offline-run-"));
    assert.ok(dir, "fixture run directory");
    const runDir = new URL(`${dir.name}/`, FIXTURE_ROOT);
    const wandb = [...Deno.readDirSync(runDir)].find((e) => e.name.endsWith(".wandb"))!.name;
    const bytes = Deno.readFileSync(new URL(wandb, runDir));
    const lines = Deno.readTextFileSync(new URL("records.jsonl", runDir)).trim().split("\n")
      .map((l) => JSON.parse(l) as { offset: number; type: string; record: { num: string } });
    lines.pop(); // the counts line
    const fieldOf: Record<string, number> = {
      history: 2,
      summary: 3,
      output: 4,
      config: 5,
      files: 6,
      stats: 7,
      telemetry: 11,
      metric: 12,
      output_raw: 13,
      run: 17,
      exit: 18,
      final: 20,
      header: 21,
      footer: 22,
      environment: 26,
    };
    const sources: Array<() => AsyncIterable<LogEntry>> = [
      () => readTransactionLog(chunked(bytes, 7)),
      () => readTransactionLog(chunked(bytes, 1000)),
      () => readTransactionLog(bytes),
      () => readTransactionLogFile(new URL(wandb, runDir)),
    ];
    for (const open of sources) {
      const got = records(await Array.fromAsync(open()));
      assert.equal(got.length, lines.length);
      // records.jsonl gives the offset of a record's last chunk; three records span blocks
      assert.deepEqual(got.map(lastChunkOffset), lines.map((l) => l.offset));
      assert.deepEqual(
        got.filter((r) => r.offset !== lastChunkOffset(r)).map((r) => [r.offset, r.end]),
        [[9789, 80_065], [80_065, 150_345], [163_680, 163_941]],
      );
      for (let i = 0; i < got.length; i++) {
        const fields = topLevelFields(got[i]!.bytes);
        assert.equal(fields[0], 1, `record ${i + 1} starts with num`);
        assert.equal(readVarint(got[i]!.bytes, 1), Number(lines[i]!.record.num));
        const want = fieldOf[lines[i]!.type];
        assert.ok(want !== undefined, `known type ${lines[i]!.type}`);
        assert.ok(fields.includes(want), `record ${i + 1} (${lines[i]!.type}) has field ${want}`);
      }
      assert.equal(got.at(-1)!.end, bytes.length);
    }
    // stopping early closes the file (the resource sanitizer fails the test otherwise)
    for await (const entry of readTransactionLogFile(new URL(wandb, runDir))) {
      assert.equal(entry.kind === "record" && entry.offset, 7);
      break;
    }
  },
});

function readVarint(b: Uint8Array, p: number): number {
  let v = 0;
  for (let s = 1;; s *= 128) {
    const x = b[p++]!;
    v += (x & 0x7f) * s;
    if (x < 0x80) return v;
  }
}

/** Field numbers of the top-level fields of a protobuf message, in wire order. */
function topLevelFields(b: Uint8Array): number[] {
  const out: number[] = [];
  let p = 0;
  const varintEnd = (q: number) => {
    while (b[q]! >= 0x80) q++;
    return q + 1;
  };
  while (p < b.length) {
    const tag = readVarint(b, p);
    p = varintEnd(p);
    out.push(Math.floor(tag / 8));
    switch (tag & 7) {
      case 0:
        p = varintEnd(p);
        break;
      case 1:
        p += 8;
        break;
      case 2: {
        const n = readVarint(b, p);
        p = varintEnd(p) + n;
        break;
      }
      case 5:
        p += 4;
        break;
      default:
        throw new Error(`wire type ${tag & 7} at ${p}`);
    }
  }
  assert.equal(p, b.length);
  return out;
}

// ---------------------------------------------------------------------------------------------
// round trip

Deno.test({
  name: "readTransactionLog() returns exactly what TransactionLogWriter wrote (random sizes)",
  permissions: FS,
  async fn() {
    const next = rng(20240601);
    const written: Array<{ end: number; bytes: Uint8Array }> = [];
    const bytes = writeLog((log) => {
      for (let i = 0; i < 160; i++) {
        const size = i % 2 ? (next() * 100_001) | 0 : (next() * 300) | 0;
        const payload = randomBytes(size, next);
        const split = next() < 0.5 ? 0 : Math.min(size, (next() * 40) | 0);
        const end = split === 0
          ? log.append(payload)
          : log.append(payload.subarray(split), payload.subarray(0, split));
        written.push({ end, bytes: payload });
        if (next() < 0.2) log.flush();
      }
    });
    walkChunks(bytes);
    for (const sizes of [[7, 13, 1000, 4093, 40_000], [32_768], [65_537, 3], [bytes.length]]) {
      const entries = await read(chunked(bytes, ...sizes));
      assert.ok(entries.every((e) => e.kind === "record"), `only records with ${sizes}`);
      const got = records(entries);
      assert.equal(got.length, written.length);
      for (let i = 0; i < got.length; i++) {
        assert.equal(got[i]!.end, written[i]!.end, `end of record ${i}`);
        assert.ok(got[i]!.offset >= (i ? written[i - 1]!.end : 7), `offset of record ${i}`);
        assert.ok(got[i]!.offset - (i ? written[i - 1]!.end : 7) < 7, `padding before ${i}`);
        assert.deepEqual(got[i]!.bytes, written[i]!.bytes, `bytes of record ${i}`);
      }
    }
  },
});

// ---------------------------------------------------------------------------------------------
// corruption

/** ~300 records of 200..299 bytes: a little over 2 blocks. */
function smallRecordsLog(): { bytes: Uint8Array; ends: number[] } {
  const ends: number[] = [];
  const bytes = writeLog((log) => {
    for (let i = 0; i < 300; i++) ends.push(log.append(new Uint8Array(200 + (i % 100)).fill(i)));
  });
  return { bytes, ends };
}

Deno.test({
  name:
    "readTransactionLog() reports a flipped byte as corrupt at its record and reads later blocks",
  permissions: FS,
  async fn() {
    const { bytes } = smallRecordsLog();
    const clean = records(await read(bytes));
    const victim = clean[5]!;
    assert.ok(victim.end < BLOCK_SIZE);
    const bad = bytes.slice();
    bad[victim.offset + 7 + 50]! ^= 0x40;
    const entries = await read(chunked(bad, 7, 1000));
    const corrupt = entries.filter((e) => e.kind === "corrupt");
    assert.equal(corrupt.length, 1);
    assert.equal(corrupt[0]!.offset, victim.offset);
    assert.match(corrupt[0]!.kind === "corrupt" ? corrupt[0]!.reason : "", /checksum mismatch/);
    // every record before it and every record starting in a later block survives; the rest of
    // block 0 (including the record that continues into block 1) is lost
    const want = clean.filter((r) => r.offset < victim.offset || r.offset >= BLOCK_SIZE);
    assert.deepEqual(records(entries), want);
    assert.ok(want.some((r) => r.offset >= 2 * BLOCK_SIZE), "block 2 is read");
    assert.equal(entries.indexOf(corrupt[0]!), 5);
  },
});

Deno.test({
  name: "readTransactionLog() reports a bad length and a bad type, then resumes at the next block",
  permissions: FS,
  async fn() {
    const { bytes } = smallRecordsLog();
    const clean = records(await read(bytes));
    for (
      const [at, value, reason] of [[5, 0x7f, /runs past its block/], [
        6,
        9,
        /unexpected chunk type 9/,
      ]] as const
    ) {
      const bad = bytes.slice();
      bad[clean[3]!.offset + at] = value;
      const entries = await read(chunked(bad, 4093));
      assert.deepEqual(
        entries.filter((e) => e.kind === "corrupt").map((e) => e.offset),
        [clean[3]!.offset],
      );
      const c = entries.find((e) => e.kind === "corrupt");
      assert.match(c?.kind === "corrupt" ? c.reason : "", reason);
      assert.equal(
        records(entries).length,
        clean.filter((r) => r.offset < clean[3]!.offset || r.offset >= BLOCK_SIZE).length,
      );
    }
  },
});

Deno.test("readTransactionLog() flags chunk sequence errors and keeps the valid records", async () => {
  const a = hex("0801"), b = hex("0802"), c = hex("0803"), d = hex("0804");
  // FULL a, MIDDLE b (orphan), LAST c (skipped silently), FULL d
  const orphan = concat(FILE_HEADER, chunk(1, a), chunk(3, b), chunk(4, c), chunk(1, d));
  const e1 = await read(chunked(orphan, 7));
  assert.deepEqual(e1.map((e) => [e.kind, e.offset]), [["record", 7], ["corrupt", 16], [
    "record",
    34,
  ]]);
  assert.match(e1[1]!.kind === "corrupt" ? e1[1]!.reason : "", /MIDDLE chunk where a record/);
  // FIRST a, FULL b: a chunk after FIRST that is not MIDDLE/LAST breaks the record like a
  // checksum error: the record is reported at its start, the rest of the block (b too) is
  // skipped, and reading goes on at the next block (FIRST c, LAST d)
  const block0 = concat(FILE_HEADER, chunk(2, a), chunk(1, b));
  const unfinished = concat(
    block0,
    new Uint8Array(BLOCK_SIZE - block0.length),
    chunk(2, c),
    chunk(4, d),
  );
  const e2 = await read(unfinished);
  assert.deepEqual(e2.map((e) => [e.kind, e.offset]), [["corrupt", 7], ["record", BLOCK_SIZE]]);
  assert.match(
    e2[0]!.kind === "corrupt" ? e2[0]!.reason : "",
    /unexpected chunk type 1 after FIRST/,
  );
  assert.deepEqual(records(e2)[0]!.bytes, concat(c, d));
  // the same in one block: nothing readable follows, so the record is a truncated tail
  const e3 = await read(concat(FILE_HEADER, chunk(2, a), chunk(1, b), chunk(2, c), chunk(4, d)));
  assert.deepEqual(e3.map((e) => [e.kind, e.offset]), [["truncated", 7]]);
});

Deno.test("readTransactionLog() reports non-zero block padding and skips zeroed blocks", async () => {
  const first = new Uint8Array(BLOCK_SIZE - 7 - 7 - 3); // leaves 3 bytes of padding in block 0
  const block0 = concat(FILE_HEADER, chunk(1, first), hex("000000"));
  assert.equal(block0.length, BLOCK_SIZE);
  const block1 = concat(chunk(1, hex("0802")), new Uint8Array(BLOCK_SIZE - 9)); // zeroed rest
  const block2 = new Uint8Array(BLOCK_SIZE); // a whole zeroed block
  const block3 = chunk(1, hex("0803"));
  const good = concat(block0, block1, block2, block3);
  const e1 = await read(chunked(good, 1000));
  assert.deepEqual(e1.map((e) => [e.kind, e.offset]), [
    ["record", 7],
    ["record", BLOCK_SIZE],
    ["record", 3 * BLOCK_SIZE],
  ]);
  const bad = good.slice();
  bad[BLOCK_SIZE - 2] = 1;
  const e2 = await read(chunked(bad, 7));
  assert.deepEqual(e2.map((e) => [e.kind, e.offset]), [
    ["record", 7],
    ["corrupt", BLOCK_SIZE - 3],
    ["record", BLOCK_SIZE],
    ["record", 3 * BLOCK_SIZE],
  ]);
});

Deno.test({
  name: "readTransactionLog() rejects a bad file header with TransactionLogError at offset 0",
  permissions: FS,
  async fn() {
    const isBadHeader = (what: RegExp) => (e: unknown) =>
      e instanceof TransactionLogError && e.code === "log/bad-header" && e.offset === 0 &&
      what.test(e.message);
    for (
      const [bytes, what] of [
        [hex("3a572643e1be00"), /found 3a 57 26 43 e1 be 00 \(wrong ident\)/],
        [hex("3a572642e1bf00"), /wrong magic/],
        [concat(hex("3a572642e1be01"), chunk(1, hex("0801"))), /wrong version/],
        [new TextEncoder().encode("{}"), /found 7b 7d/],
      ] as const
    ) {
      await assert.rejects(read(chunked(bytes, 7)), isBadHeader(what));
    }
    // a prefix of the header is a truncated file, not a bad one
    assert.deepEqual(await read(hex("3a5726")), [
      { kind: "truncated", offset: 0, reason: "file ends inside the 7-byte header (3 bytes)" },
    ]);
    const dir = Deno.makeTempDirSync({ prefix: "tlog_test_" });
    try {
      Deno.writeFileSync(`${dir}/x.wandb`, hex("00000000000000"));
      await assert.rejects(
        Array.fromAsync(readTransactionLogFile(`${dir}/x.wandb`)),
        isBadHeader(new RegExp(`${dir}/x.wandb: bad file header at byte offset 0`)),
      );
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

// ---------------------------------------------------------------------------------------------
// truncation

Deno.test({
  name:
    "readTransactionLog() reads a file cut anywhere up to its last whole record, never throwing",
  permissions: FS,
  async fn() {
    const next = rng(77);
    const sizes = [5, 300, 40_000, 0, 7, 32_000, 730, 2, 25_000, 90];
    const bytes = writeLog((log) => {
      for (const n of sizes) log.append(randomBytes(n, next));
    });
    const all = records(await read(bytes));
    assert.equal(all.length, sizes.length);
    const cuts = new Set<number>();
    for (let c = 0; c <= 200; c++) cuts.add(c);
    for (let c = 0; c <= bytes.length; c += 97) cuts.add(c);
    for (const r of all) {
      for (let d = -9; d <= 9; d++) cuts.add(r.offset + d).add(r.end + d);
    }
    for (let k = 1; k * BLOCK_SIZE < bytes.length; k++) {
      for (let d = -9; d <= 9; d++) cuts.add(k * BLOCK_SIZE + d);
    }
    for (const cut of cuts) {
      if (cut < 0 || cut > bytes.length) continue;
      const source = cut % 3 === 0
        ? chunked(bytes.subarray(0, cut), 7, 1000)
        : bytes.subarray(0, cut);
      const entries = await read(source);
      if (cut < 7) {
        assert.deepEqual(entries.map((e) => [e.kind, e.offset]), [["truncated", 0]], `cut ${cut}`);
        continue;
      }
      const whole = all.filter((r) => r.end <= cut);
      const torn = all.find((r) => r.offset < cut && cut < r.end);
      assert.deepEqual(records(entries), whole, `cut at ${cut}`);
      const rest = entries.slice(whole.length).map((e) => [e.kind, e.offset]);
      assert.deepEqual(rest, torn ? [["truncated", torn.offset]] : [], `tail of cut at ${cut}`);
    }
  },
});
