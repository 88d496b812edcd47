import assert from "node:assert/strict";
import {
  readTransactionLogFile,
  TransactionLogError,
  TransactionLogWriter,
} from "./transaction_log.ts";
import { type DamagedRegion, LogReader } from "./log_reader.ts";

function payload(i: number, size: number): Uint8Array {
  const b = new Uint8Array(size);
  for (let j = 0; j < size; j++) b[j] = (i * 31 + j) & 0xff;
  return b;
}

Deno.test("LogReader: reads records as they are committed, across blocks, with records larger than its window", () => {
  const dir = Deno.makeTempDirSync();
  try {
    const path = `${dir}/run-x.wandb`;
    const log = TransactionLogWriter.create(path);
    const tail = LogReader.open(path);
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

Deno.test("LogReader: stops before an incomplete record and goes on from a saved offset", () => {
  const dir = Deno.makeTempDirSync();
  try {
    const path = `${dir}/run-x.wandb`;
    const log = TransactionLogWriter.create(path);
    log.append(payload(1, 100));
    log.append(payload(2, 50_000));
    log.close();
    const size = Deno.statSync(path).size;
    const tail = LogReader.open(path);
    const got = [...tail.read(size - 10)].map((r) => r.bytes.length); // the last record cut short
    assert.deepEqual(got, [100]);
    assert.equal(tail.stalled, true);
    const from = tail.pos;
    tail.close();
    const again = LogReader.open(path, from);
    assert.deepEqual([...again.read(size)].map((r) => r.bytes.length), [50_000]);
    again.close();
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("LogReader: a damaged chunk is an error naming its byte offset", () => {
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
    const tail = LogReader.open(path);
    assert.throws(() => [...tail.read(bytes.length)], /checksum mismatch at byte offset 114/);
    assert.equal(tail.pos, 114, "the first record was read");
    tail.close();
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

// --- recovery ------------------------------------------------------------------------------------

const BLOCK = 32768;

/** A record of the clean log: its index (for `payload`), size and byte range. */
interface Laid {
  i: number;
  size: number;
  offset: number;
  end: number;
}

/** Writes `payload(i, sizes[i])` records with the project's writer; returns their layout, read
 * back with the byte layer's own reader (not the one under test). */
async function writeLog(path: string, sizes: number[]): Promise<Laid[]> {
  const log = TransactionLogWriter.create(path);
  for (const [i, size] of sizes.entries()) log.append(payload(i, size));
  log.close();
  const laid: Laid[] = [];
  for await (const e of readTransactionLogFile(path)) {
    assert.equal(e.kind, "record");
    if (e.kind !== "record") continue;
    const i = laid.length;
    assert.deepEqual(e.bytes, payload(i, sizes[i]!));
    laid.push({ i, size: sizes[i]!, offset: e.offset, end: e.end });
  }
  assert.equal(laid.length, sizes.length);
  return laid;
}

function damage(path: string, edit: (bytes: Uint8Array) => void): number {
  const bytes = Deno.readFileSync(path);
  edit(bytes);
  Deno.writeFileSync(path, bytes);
  return bytes.length;
}

/** The first record of `laid` that starts at or after `at`. */
function firstFrom(laid: Laid[], at: number): Laid {
  const r = laid.find((r) => r.offset >= at);
  assert.ok(r, `a record starts after ${at}`);
  return r;
}

interface Got {
  records: { offset: number; end: number; bytes: Uint8Array }[];
  damaged: DamagedRegion[];
  pos: number;
  stalled: boolean;
}

/** Reads with `recover` on, in one call, or in calls with limits growing by `step` (reopening
 * from the saved `pos` each time when `reopen`), checking after each call that `pos` is a record
 * start of the clean log. */
function readRecovering(
  path: string,
  limit: number,
  laid: Laid[],
  opts: { from?: number; step?: number; reopen?: boolean } = {},
): Got {
  const from = opts.from ?? 7;
  const starts = new Set([from, ...laid.map((r) => r.offset), ...laid.map((r) => r.end)]);
  const got: Got = { records: [], damaged: [], pos: from, stalled: false };
  const reported: DamagedRegion[] = [];
  let tail: LogReader | undefined;
  const limits: number[] = [];
  for (let l = opts.step ?? limit; l < limit; l += opts.step!) limits.push(l);
  limits.push(limit);
  for (const l of limits) {
    if (!tail || opts.reopen) {
      if (tail) got.damaged.push(...tail.damaged);
      tail?.close();
      tail = LogReader.open(path, got.pos);
      tail.recover = true;
      tail.onDamaged = (region) => reported.push(region);
    }
    for (const r of tail.read(l)) {
      got.records.push({ offset: r.offset, end: r.end, bytes: r.bytes.slice() });
    }
    got.pos = tail.pos;
    got.stalled = tail.stalled;
    assert.ok(starts.has(tail.pos), `pos ${tail.pos} after read(${l}) is a record start`);
  }
  got.damaged.push(...tail!.damaged);
  tail!.close();
  assert.deepEqual(reported, got.damaged, "onDamaged saw every region pushed onto damaged");
  return got;
}

interface Expect {
  /** Damaged regions: offsets and a pattern for the reason. */
  regions: { from: number; to: number; reason: RegExp }[];
  /** Byte ranges whose records are lost without a report (zero-filled blocks, a damaged tail). */
  silent?: [number, number][];
  pos: number;
  stalled: boolean;
  /** What `recover = false` throws: the bad chunk's offset, the message, and `pos` after. */
  throws: { offset: number; message: RegExp; pos: number };
  from?: number;
}

/** Checks records (exact payloads), regions, pos and stalled, in one call and in growing calls,
 * and that the default (no recover) throws. */
function checkRecovery(path: string, size: number, laid: Laid[], want: Expect, step = 4093): void {
  const ranges = [...want.regions.map((g) => [g.from, g.to]), ...(want.silent ?? [])];
  const lost = (r: Laid) => ranges.some(([from, to]) => r.end > from! && r.offset < to!);
  const expected = laid.filter((r) => !lost(r));
  const one = readRecovering(path, size, laid, { from: want.from });
  assert.deepEqual(
    one.records.map((r) => [r.offset, r.end]),
    expected.map((r) => [r.offset, r.end]),
  );
  for (const [k, r] of one.records.entries()) {
    assert.deepEqual(r.bytes, payload(expected[k]!.i, expected[k]!.size), `record at ${r.offset}`);
  }
  assert.deepEqual(one.damaged.map((g) => [g.from, g.to]), want.regions.map((g) => [g.from, g.to]));
  for (const [k, g] of one.damaged.entries()) assert.match(g.reason, want.regions[k]!.reason);
  assert.equal(one.pos, want.pos, "pos after one read");
  assert.equal(one.stalled, want.stalled, "stalled after one read");
  for (const reopen of [false, true]) {
    const many = readRecovering(path, size, laid, { from: want.from, step, reopen });
    assert.deepEqual(many, one, `reading in steps of ${step} (reopen: ${reopen}) = one read`);
  }
  const strict = LogReader.open(path, want.from);
  try {
    let err: unknown;
    try {
      for (const _ of strict.read(size)) continue;
    } catch (e) {
      err = e;
    }
    assert.ok(err instanceof TransactionLogError, String(err));
    assert.equal(err.code, "log/corrupt");
    assert.equal(err.offset, want.throws.offset);
    assert.match(err.message, want.throws.message);
    assert.match(err.message, new RegExp(`at byte offset ${want.throws.offset}`));
    assert.equal(strict.pos, want.throws.pos, "pos after the error: the failed record's start");
  } finally {
    strict.close();
  }
}

async function withLog(sizes: number[], body: (path: string, laid: Laid[]) => void) {
  const dir = Deno.makeTempDirSync();
  try {
    const path = `${dir}/run-x.wandb`;
    body(path, await writeLog(path, sizes));
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
}

/** 150 records of 1000 bytes: about 4.6 blocks, records spanning every block boundary. */
const UNIFORM = Array.from({ length: 150 }, () => 1000);
/** The spec's multi-chunk example (FIRST @19, MIDDLE @32768, LAST @65536, next @70062), then
 * small records up to block 4. */
const SPANNING = [5, 70_022, 5, ...Array.from({ length: 100 }, () => 1000)];

Deno.test("LogReader recover: a flipped byte in a record in the middle of a block skips the rest of that block", async () => {
  await withLog(UNIFORM, (path, laid) => {
    const bad = firstFrom(laid, BLOCK + 10_000);
    assert.ok(bad.end < 2 * BLOCK, "a FULL record inside block 1");
    const size = damage(path, (b) => (b[bad.offset + 7 + 500]! ^= 0x01));
    const next = firstFrom(laid, 2 * BLOCK); // block 2 starts with a LAST chunk: skipped too
    assert.ok(next.offset > 2 * BLOCK);
    checkRecovery(path, size, laid, {
      regions: [{
        from: bad.offset,
        to: next.offset,
        reason: new RegExp(`^checksum mismatch at byte offset ${bad.offset}$`),
      }],
      pos: size,
      stalled: false,
      throws: { offset: bad.offset, message: /checksum mismatch/, pos: bad.offset },
    });
    // Until a good record follows, the damage is an incomplete tail: not reported, pos stays.
    const tail = LogReader.open(path);
    tail.recover = true;
    const before = Array.from(tail.read(next.offset + 500), (r) => r.offset);
    assert.deepEqual(before, laid.filter((r) => r.end <= bad.offset).map((r) => r.offset));
    assert.equal(tail.pos, bad.offset);
    assert.equal(tail.stalled, true);
    assert.equal(tail.damaged.length, 0, "not reported yet");
    const after = Array.from(tail.read(size), (r) => r.offset);
    assert.deepEqual(after, laid.filter((r) => r.offset >= next.offset).map((r) => r.offset));
    assert.deepEqual(tail.damaged.map((g) => [g.from, g.to]), [[bad.offset, next.offset]]);
    assert.equal(tail.pos, size);
    assert.equal(tail.stalled, false);
    tail.close();
  });
});

Deno.test("LogReader recover: a zero-filled block is skipped without a report", async () => {
  // Blocks 0 and 1 each end exactly at a record end: 7 + 7 + 32754 = 32768 and
  // 7 + 16000 + 7 + 16754 = 32768, so block 1 holds whole records only.
  const sizes = [32_754, 16_000, 16_754, ...Array.from({ length: 30 }, () => 100)];
  await withLog(sizes, (path, laid) => {
    assert.deepEqual(laid.slice(0, 4).map((r) => r.offset), [7, 32768, 48775, 65536]);
    const size = damage(path, (b) => b.fill(0, BLOCK, 2 * BLOCK));
    checkRecovery(path, size, laid, {
      regions: [],
      silent: [[BLOCK, 2 * BLOCK]],
      pos: size,
      stalled: false,
      throws: { offset: BLOCK, message: /unexpected chunk type 0 at/, pos: BLOCK },
    }, 2000);
  });
});

Deno.test("LogReader recover: a zero-filled block that cuts a record reports the dropped record", async () => {
  await withLog(UNIFORM, (path, laid) => {
    const cut = laid.find((r) => r.offset < BLOCK && r.end > BLOCK)!; // FIRST in block 0
    const size = damage(path, (b) => b.fill(0, BLOCK, 2 * BLOCK));
    const next = firstFrom(laid, 2 * BLOCK);
    checkRecovery(path, size, laid, {
      regions: [{
        from: cut.offset,
        to: next.offset,
        reason: new RegExp(
          `^zero-filled block inside a record at byte offset ${BLOCK} \\(record starting at ${cut.offset} dropped\\)$`,
        ),
      }],
      pos: size,
      stalled: false,
      throws: { offset: BLOCK, message: /unexpected chunk type 0 after FIRST/, pos: cut.offset },
    });
  });
});

Deno.test("LogReader recover: a damaged record spanning blocks is dropped whole", async () => {
  await withLog(SPANNING, (path, laid) => {
    assert.deepEqual(laid.slice(0, 3).map((r) => [r.offset, r.end]), [
      [7, 19],
      [19, 70_062],
      [70_062, 70_074],
    ]);
    const clean = Deno.readFileSync(path);
    const cases: [string, (b: Uint8Array) => void, number, RegExp, number, string][] = [
      // name, damage, bad chunk, reason, region end, strict message
      [
        "FIRST",
        (b) => (b[19 + 7 + 5]! ^= 0x80),
        19,
        /^checksum mismatch at byte offset 19$/, // then MIDDLE @32768 and LAST @65536 are skipped
        70_062,
        "checksum mismatch",
      ],
      [
        "MIDDLE",
        (b) => (b[BLOCK + 7 + 100]! ^= 0x80),
        BLOCK,
        /^checksum mismatch at byte offset 32768 \(record starting at 19 dropped\)$/,
        70_062,
        "checksum mismatch",
      ],
      [
        "MIDDLE retyped FULL",
        (b) => (b[BLOCK + 6] = 1),
        BLOCK,
        /^unexpected chunk type 1 after FIRST at byte offset 32768 \(record starting at 19 dropped\)$/,
        70_062,
        "unexpected chunk type 1 after FIRST",
      ],
      [
        "MIDDLE length past its block",
        (b) => (b[BLOCK + 4] = 0xff, b[BLOCK + 5] = 0xff),
        BLOCK,
        /^chunk length 65535 runs past its block at byte offset 32768 \(record starting at 19 dropped\)$/,
        70_062,
        "chunk length 65535 runs past its block",
      ],
      [
        "LAST", // the rest of block 2 goes with it: the next record starts in block 3
        (b) => (b[2 * BLOCK + 7 + 10]! ^= 0x80),
        2 * BLOCK,
        /^checksum mismatch at byte offset 65536 \(record starting at 19 dropped\)$/,
        firstFrom(laid, 3 * BLOCK).offset,
        "checksum mismatch",
      ],
    ];
    for (const [name, edit, at, reason, to, message] of cases) {
      Deno.writeFileSync(path, clean);
      const size = damage(path, edit);
      try {
        checkRecovery(path, size, laid, {
          regions: [{ from: 19, to, reason }],
          pos: size,
          stalled: false,
          throws: { offset: at, message: new RegExp(message), pos: 19 },
        });
      } catch (e) {
        throw new Error(`damaged ${name}: ${e}`, { cause: e });
      }
    }
  });
});

Deno.test("LogReader recover: a damaged record larger than the read window", async () => {
  await withLog([5, 3_000_000, 5, 100], (path, laid) => {
    const at = 60 * BLOCK; // a MIDDLE chunk about 2 MB into the record
    const size = damage(path, (b) => (b[at + 7 + 1000]! ^= 0x01));
    checkRecovery(path, size, laid, {
      regions: [{
        from: 19,
        to: laid[2]!.offset,
        reason: new RegExp(
          `^checksum mismatch at byte offset ${at} \\(record starting at 19 dropped\\)$`,
        ),
      }],
      pos: size,
      stalled: false,
      throws: { offset: at, message: /checksum mismatch/, pos: 19 },
    }, 700_001);
  });
});

Deno.test("LogReader recover: damage in the first block", async () => {
  await withLog(UNIFORM, (path, laid) => {
    const clean = Deno.readFileSync(path);
    const next = firstFrom(laid, BLOCK); // after the LAST chunk that starts block 1
    for (
      const [edit, reason] of [
        [(b: Uint8Array) => (b[7 + 7]! ^= 0x01), "checksum mismatch"],
        [
          (b: Uint8Array) => (b[7 + 4] = 0xff, b[7 + 5] = 0xff),
          "chunk length 65535 runs past its block",
        ],
        [(b: Uint8Array) => (b[7 + 6] = 9), "unexpected chunk type 9"],
      ] as const
    ) {
      Deno.writeFileSync(path, clean);
      const size = damage(path, edit);
      checkRecovery(path, size, laid, {
        regions: [{ from: 7, to: next.offset, reason: new RegExp(`^${reason} at byte offset 7$`) }],
        pos: size,
        stalled: false,
        throws: { offset: 7, message: new RegExp(reason), pos: 7 },
      });
    }
  });
});

Deno.test("LogReader recover: a MIDDLE or LAST chunk where a record should start is skipped and reported", async () => {
  await withLog(SPANNING, (path, laid) => {
    const size = Deno.statSync(path).size;
    checkRecovery(path, size, laid, {
      from: BLOCK, // opened at the MIDDLE chunk of the record starting at 19
      regions: [{
        from: BLOCK,
        to: 70_062,
        reason: /^MIDDLE chunk where a record should start at byte offset 32768$/,
      }],
      silent: [[0, BLOCK]], // before the start
      pos: size,
      stalled: false,
      throws: { offset: BLOCK, message: /unexpected chunk type 3 at/, pos: BLOCK },
    });
    // The same chunk damaged: the rest of its block is skipped (here it fills the block).
    damage(path, (b) => (b[BLOCK + 7 + 100]! ^= 0x80));
    checkRecovery(path, size, laid, {
      from: BLOCK,
      regions: [{ from: BLOCK, to: 70_062, reason: /^checksum mismatch at byte offset 32768$/ }],
      silent: [[0, BLOCK]],
      pos: size,
      stalled: false,
      throws: { offset: BLOCK, message: /unexpected chunk type 3 at/, pos: BLOCK },
    });
  });
});

Deno.test("LogReader recover: damage with no good record after it ends the read like an incomplete tail", async () => {
  await withLog(UNIFORM, (path, laid) => {
    const clean = Deno.readFileSync(path);
    const last = laid.at(-1)!;
    // The last record.
    let size = damage(path, (b) => (b[last.offset + 7 + 999]! ^= 0x01));
    checkRecovery(path, size, laid, {
      regions: [],
      silent: [[last.offset, size]],
      pos: last.offset,
      stalled: true,
      throws: { offset: last.offset, message: /checksum mismatch/, pos: last.offset },
    });
    // A record in the last block with good records after it in the same block: the rest of the
    // block is skipped, and nothing good follows.
    const lastBlock = Math.floor(size / BLOCK) * BLOCK;
    const bad = firstFrom(laid, lastBlock + 2000);
    assert.ok(bad.end < last.offset);
    Deno.writeFileSync(path, clean);
    size = damage(path, (b) => (b[bad.offset + 7]! ^= 0x01));
    checkRecovery(path, size, laid, {
      regions: [],
      silent: [[bad.offset, size]],
      pos: bad.offset,
      stalled: true,
      throws: { offset: bad.offset, message: /checksum mismatch/, pos: bad.offset },
    });
    // A zero-filled tail (space allocated but never written: a crash) after the last record.
    Deno.writeFileSync(path, clean);
    const zeros = new Uint8Array(clean.length + 40_000);
    zeros.set(clean);
    Deno.writeFileSync(path, zeros);
    checkRecovery(path, zeros.length, laid, {
      regions: [],
      pos: clean.length,
      stalled: true,
      throws: {
        offset: clean.length,
        message: /unexpected chunk type 0 at/,
        pos: clean.length,
      },
    });
  });
});

Deno.test("LogReader recover: several damaged regions in one log, read across reopenings", async () => {
  await withLog(UNIFORM, (path, laid) => {
    const a = firstFrom(laid, 5000); // block 0
    const b = firstFrom(laid, 2 * BLOCK + 20_000); // block 2
    const size = damage(path, (bytes) => {
      bytes[a.offset + 7 + 3]! ^= 0x01;
      bytes[b.offset + 7 + 3]! ^= 0x01;
    });
    checkRecovery(path, size, laid, {
      regions: [
        { from: a.offset, to: firstFrom(laid, BLOCK).offset, reason: /^checksum mismatch at/ },
        { from: b.offset, to: firstFrom(laid, 3 * BLOCK).offset, reason: /^checksum mismatch at/ },
      ],
      pos: size,
      stalled: false,
      throws: { offset: a.offset, message: /checksum mismatch/, pos: a.offset },
    }, 1777);
  });
});

Deno.test("LogReader: a limit past the end of the file stops at the end instead of growing its window", async () => {
  await withLog([100, 50_000], (path, laid) => {
    const size = Deno.statSync(path).size;
    const tail = LogReader.open(path);
    assert.deepEqual(
      Array.from(tail.read(size + 10_000_000), (r) => r.offset),
      laid.map((r) => r.offset),
    );
    assert.equal(tail.pos, size);
    assert.equal(tail.stalled, false);
    tail.close();
    Deno.truncateSync(path, size - 10);
    const cut = LogReader.open(path);
    assert.deepEqual(Array.from(cut.read(size), (r) => r.offset), [7]);
    assert.equal(cut.pos, laid[1]!.offset);
    assert.equal(cut.stalled, true);
    cut.close();
  });
});
