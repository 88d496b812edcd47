import assert from "node:assert/strict";
import {
  encodeNumber,
  encodeValueJson,
  parseValueJson,
  stringifyValueJson,
  ValueTypeError,
} from "./value_json.ts";

Deno.test("encodeValueJson() writes numbers, non-finite tokens, bigint, Date and typed arrays as W&B does", () => {
  assert.equal(encodeValueJson(0.1, "x"), "0.1");
  assert.equal(encodeValueJson(NaN, "x"), "NaN");
  assert.equal(encodeValueJson(Infinity, "x"), "Infinity");
  assert.equal(encodeValueJson(-Infinity, "x"), "-Infinity");
  assert.equal(encodeValueJson(12345678901234567890n, "x"), "12345678901234567890");
  assert.equal(encodeValueJson(null, "x"), "null");
  assert.equal(encodeValueJson('a"b', "x"), '"a\\"b"');
  assert.equal(encodeValueJson(new Date(Date.UTC(2026, 0, 2)), "x"), '"2026-01-02T00:00:00.000Z"');
  assert.equal(encodeValueJson(new Float32Array([0.5, NaN]), "x"), "[0.5,NaN]");
  assert.equal(encodeValueJson(new BigInt64Array([1n, -2n]), "x"), "[1,-2]");
  assert.equal(encodeValueJson([1, [2, { a: NaN }]], "x"), '[1,[2,{"a":NaN}]]');
  assert.equal(encodeValueJson({ toJSON: () => ({ k: 1 }) }, "x"), '{"k":1}');
});

Deno.test("encodeValueJson() rejects functions, symbols, cycles and class instances, naming the key path", () => {
  class Point {
    x = 1;
  }
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const cases: Array<[unknown, string, RegExp]> = [
    [() => 1, "f", /"f": got a function/],
    [Symbol("s"), "s", /"s": got a symbol/],
    [new Point(), "p", /"p": got an instance of Point without toJSON/],
    [[1, new Map()], "arr", /"arr\[1\]": got an instance of Map/],
    [cyclic, "c", /"c.self": got a circular reference/],
    [new Date(NaN), "d", /"d": got an invalid Date/],
  ];
  for (const [value, path, message] of cases) {
    assert.throws(() => encodeValueJson(value, path), (err: unknown) => {
      assert.ok(err instanceof ValueTypeError && err instanceof TypeError);
      assert.equal(err.code, "value/unsupported");
      assert.match(err.message, message);
      return true;
    });
  }
});

Deno.test("parseValueJson() reads NaN and ±Infinity tokens outside strings, and strings that contain them", () => {
  const v = parseValueJson(
    '{"a": NaN, "b": [Infinity, -Infinity], "s": "NaN Infinity", "e": "x\\"NaN"}',
  ) as Record<
    string,
    unknown
  >;
  assert.ok(Number.isNaN(v.a));
  assert.deepEqual(v.b, [Infinity, -Infinity]);
  assert.equal(v.s, "NaN Infinity");
  assert.equal(v.e, 'x"NaN');
  assert.throws(() => parseValueJson("{nope}"), SyntaxError);
});

Deno.test("stringifyValueJson() round-trips non-finite numbers through parseValueJson()", () => {
  const value = { a: NaN, b: { c: -Infinity }, d: [Infinity, 1] };
  const text = stringifyValueJson(value);
  assert.equal(text, '{"a":NaN,"b":{"c":-Infinity},"d":[Infinity,1]}');
  const back = parseValueJson(text) as typeof value;
  assert.ok(Number.isNaN(back.a));
  assert.equal(back.b.c, -Infinity);
});

Deno.test("encodeNumber() gives String()'s text for integers, table edges, repeats and doubles", () => {
  const values = [0, -0, 1, -1, 9999, 10000, 10001, 99999999, 1e8, -99999999, -1e8, 2 ** 31 - 1];
  values.push(-(2 ** 31), 2 ** 31, 2 ** 53, 1e21, 1e-7, 0.1, -0.5, 123456.789, 5e-324);
  values.push(Number.MAX_VALUE, NaN, Infinity, -Infinity);
  for (let i = 1; i < 5000; i++) values.push(1 / i, -i * 1e6 - 0.5, i * 7919, i / 1000);
  for (const round of [1, 2]) { // the second round reads the memo
    for (const v of values) assert.equal(encodeNumber(v), String(v), `${v} (round ${round})`);
  }
});
