import assert from "node:assert/strict";
import * as zlib from "node:zlib";
import { crc32, crc32Update, crc32UpdateSlice8 } from "./crc32.ts";

const ascii = (s: string) => new TextEncoder().encode(s);

/** Deterministic bytes (xorshift32). */
function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed | 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

Deno.test("crc32() gives the CRC-32/ISO-HDLC check value for 123456789 on both paths", () => {
  assert.equal(crc32(ascii("123456789")), 0xCBF43926);
  assert.equal(crc32UpdateSlice8(0, ascii("123456789")), 0xCBF43926);
  assert.equal(crc32(new Uint8Array(0)), 0);
});

Deno.test("crc32() reproduces the values precomputed in transaction-log.md", () => {
  assert.equal(crc32(Uint8Array.of(1)), 0xA505DF1B);
  assert.equal(crc32(Uint8Array.of(2)), 0x3C0C8EA1);
  assert.equal(crc32(Uint8Array.of(3)), 0x4B0BBE37);
  assert.equal(crc32(Uint8Array.of(4)), 0xD56F2B94);
  assert.equal(crc32(ascii("Weights & Biases")) & 0xffff, 0xBEE1);
  assert.equal(crc32(Uint8Array.of(0x01, 0x08, 0x01, 0xaa, 0x01, 0x00)), 0x3FA6B755);
  const payload = Uint8Array.from(
    "0802121d0a0c0a046c6f7373820103302e350a0b0a055f73746570820101301200".match(/../g)!,
    (h) => parseInt(h, 16),
  );
  assert.equal(crc32Update(crc32(Uint8Array.of(1)), payload), 0xFC731706);
});

Deno.test("crc32UpdateSlice8() equals node:zlib crc32 for every length 0..300 and odd ranges", () => {
  const native = (zlib as unknown as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
  const data = randomBytes(70_000, 12345);
  const reference = native ?? ((d: Uint8Array, v = 0) => _bitwise(v, d));
  for (let n = 0; n <= 300; n++) {
    const start = (n * 37) % 1000;
    const want = reference(data.subarray(start, start + n)) >>> 0;
    assert.equal(crc32UpdateSlice8(0, data, start, start + n), want, `length ${n} at ${start}`);
    assert.equal(crc32Update(0, data, start, start + n), want, `length ${n} at ${start}`);
  }
  assert.equal(crc32UpdateSlice8(0, data), reference(data) >>> 0);
  assert.equal(crc32UpdateSlice8(0, data, 3, 65_539), _bitwise(0, data.subarray(3, 65_539)));
});

Deno.test("crc32Update() continued over split ranges equals the CRC of the whole", () => {
  const data = randomBytes(5000, 99);
  const whole = crc32(data);
  for (const cut of [0, 1, 7, 8, 127, 128, 129, 2500, 4999, 5000]) {
    assert.equal(crc32Update(crc32Update(0, data, 0, cut), data, cut), whole, `cut at ${cut}`);
    assert.equal(
      crc32UpdateSlice8(crc32UpdateSlice8(0, data, 0, cut), data, cut, data.length),
      whole,
      `cut at ${cut}`,
    );
  }
});

/** Bit-at-a-time reference, independent of the tables. */
function _bitwise(crc: number, bytes: Uint8Array): number {
  let c = ~crc;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}
