import assert from "node:assert/strict";
import {
  ConfigYamlValueError,
  dumpYaml,
  formatConfigYaml,
  parseConfigYaml,
  pythonFloatYaml,
  yamlFloat,
  YamlSyntaxError,
} from "./config_yaml.ts";
import { PYYAML } from "./testdata/pyyaml_expected.ts";

const README_EXAMPLE = `wandb_version: 1

lr:
  desc: null
  value: 0.01
layers:
  desc: null
  value:
  - 64
  - 32
_wandb:
  desc: null
  value:
    python_version: 3.11.7
    cli_version: 0.16.6
    is_jupyter_run: false
    is_kaggle_kernel: false
    start_time: 1712139300.0
    t:
      1:
      - 1
      - 55
      4: 3.11.7
      5: 0.16.6
`;

const STRINGS: Record<string, string> = {
  empty: "",
  t: "true",
  No: "No",
  nul: "null",
  tilde: "~",
  num: "123",
  flt: "1.5",
  exp: "1e5",
  hex: "0x1F",
  date: "2024-01-02",
  lead: " lead",
  trail: "trail ",
  colon: "a: b",
  colon2: "a:b",
  hash: "a #b",
  hash2: "a#b",
  hash3: "#x",
  dash: "- x",
  dash2: "-x",
  doc: "---",
  quote: "it's",
  dq: 'say "hi"',
  nl: "multi\nline",
  nl2: "end\n",
  tab: "tab\there",
  uni: "unicode é 中 😀",
  unitab: "😀\t",
  ctrl: "bell\x07",
  merge: "<<",
  eq: "=",
  star: "*x",
  pct: "%x",
};

const FLOATS = {
  a: 0.01,
  b: 1e-5,
  c: 1e16,
  d: yamlFloat(1e15),
  e: yamlFloat(123),
  f: Infinity,
  g: -Infinity,
  h: NaN,
  i: -0,
  j: 1.5e-7,
  k: 0.0001,
  l: 1 / 3,
  m: -2.5e300,
};

const INTS = { a: 0, b: -7, c: 9007199254740991, d: 2n ** 64n, t: true, f: false, n: null };

const NESTED = {
  lists: [[1, [2, 3]], [], {}, { x: 1, y: [1, { z: [] }] }],
  maps: { a: { b: { c: "d" } }, e: {} },
};

const words = (n: number) => Array(n).fill("word").join(" ");

Deno.test("formatConfigYaml() reproduces the protocol README example byte for byte", () => {
  const t = new Map<number, unknown>([[1, [1, 55]], [4, "3.11.7"], [5, "0.16.6"]]);
  const text = formatConfigYaml({
    lr: 0.01,
    layers: [64, 32],
    _wandb: {
      python_version: "3.11.7",
      cli_version: "0.16.6",
      is_jupyter_run: false,
      is_kaggle_kernel: false,
      start_time: yamlFloat(1712139300),
      t,
    },
  });
  assert.equal(text, README_EXAMPLE);
});

Deno.test("formatConfigYaml() writes only the version line for an empty config", () => {
  assert.equal(formatConfigYaml({}), "wandb_version: 1");
  assert.equal(formatConfigYaml({ gone: undefined }), "wandb_version: 1");
});

Deno.test("formatConfigYaml() quotes strings exactly as PyYAML does", () => {
  assert.equal(formatConfigYaml(STRINGS), PYYAML.strings);
});

Deno.test("formatConfigYaml() folds long scalars at width 80 as PyYAML does", () => {
  assert.equal(formatConfigYaml({ s: words(40) }), PYYAML.wrap_plain);
  assert.equal(formatConfigYaml({ s: words(30) + " " }), PYYAML.wrap_single);
  assert.equal(formatConfigYaml({ s: words(30) + "\t" }), PYYAML.wrap_double);
});

Deno.test("formatConfigYaml() writes floats as Python repr and ints, bools, null plainly", () => {
  assert.equal(formatConfigYaml(FLOATS), PYYAML.floats);
  assert.equal(formatConfigYaml(INTS), PYYAML.ints);
});

Deno.test("formatConfigYaml() writes nested lists and maps in block style, empty ones in flow", () => {
  assert.equal(formatConfigYaml(NESTED), PYYAML.nested);
});

Deno.test("formatConfigYaml() writes Map number keys as ints and long or multi-line keys as '?'", () => {
  const k = new Map<unknown, unknown>([
    [1, [1, 55]],
    [4, "3.11.7"],
    ["1", "str one"],
    ["", "empty"],
    ["a".repeat(123), 1],
    ["two\nlines", 2],
    ["yes", 3],
  ]);
  assert.equal(formatConfigYaml({ k }), PYYAML.keys);
});

Deno.test("formatConfigYaml() counts a key's emoji as one column when folding its value", () => {
  // Each value starts at column 11, so 14 words end at column 80 and the 15th goes on the line;
  // counting an emoji as two columns would fold one word earlier. PyYAML 6.0.3's yaml.dump.
  const want = "wandb_version: 1\n\nk:\n  desc: null\n  value:\n" +
    `    😀😀abc: ${words(15)}\n      ${words(15)}\n` +
    `    it'😀s: ${words(15)}\n      ${words(15)}\n`;
  const value = words(30);
  assert.equal(formatConfigYaml({ k: { "😀😀abc": value, "it'😀s": value } }), want);
});

Deno.test("pythonFloatYaml() switches to exponent form where Python's repr does", () => {
  assert.equal(pythonFloatYaml(0.0001), "0.0001");
  assert.equal(pythonFloatYaml(0.00001), "1.0e-05");
  assert.equal(pythonFloatYaml(9999999999999998), "9999999999999998.0");
  assert.equal(pythonFloatYaml(1e16), "1.0e+16");
  assert.equal(pythonFloatYaml(1.2345e100), "1.2345e+100");
  assert.equal(pythonFloatYaml(-5e-324), "-5.0e-324");
  assert.equal(pythonFloatYaml(2.5), "2.5");
});

Deno.test("formatConfigYaml() writes whole numbers beyond 2^53 as floats and typed arrays as lists", () => {
  const text = formatConfigYaml({ big: 1e21, arr: new Float32Array([0.5, 2]) });
  assert.equal(
    text,
    "wandb_version: 1\n\nbig:\n  desc: null\n  value: 1.0e+21\narr:\n  desc: null\n  value:\n  - 0.5\n  - 2\n",
  );
});

Deno.test("formatConfigYaml() names the key path of a value it cannot write", () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  assert.throws(() => formatConfigYaml({ model: { f: () => 1 } }), (e: unknown) => {
    assert.ok(e instanceof ConfigYamlValueError && e instanceof TypeError);
    assert.equal(e.code, "config-yaml/unsupported-value");
    assert.equal(e.keyPath, "model.f");
    return true;
  });
  assert.throws(() => formatConfigYaml({ c: cyclic }), /"c\.self".*circular/);
  assert.throws(() => formatConfigYaml({ u: new URLSearchParams() }), /URLSearchParams/);
});

Deno.test("formatConfigYaml() uses toJSON() (Date) and writes shared references in full", () => {
  const shared = [1];
  const text = dumpYaml({ d: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), a: shared, b: shared });
  assert.equal(text, "d: '2024-01-02T03:04:05.000Z'\na:\n- 1\nb:\n- 1\n");
});

Deno.test("parseConfigYaml() reads back everything formatConfigYaml() writes", () => {
  assert.deepStrictEqual(parseConfigYaml(PYYAML.strings!), STRINGS);
  assert.deepStrictEqual(parseConfigYaml(PYYAML.wrap_plain!), { s: words(40) });
  assert.deepStrictEqual(parseConfigYaml(PYYAML.wrap_single!), { s: words(30) + " " });
  assert.deepStrictEqual(parseConfigYaml(PYYAML.wrap_double!), { s: words(30) + "\t" });
  assert.deepStrictEqual(parseConfigYaml(PYYAML.floats!), {
    ...FLOATS,
    d: 1e15,
    e: 123,
  });
  assert.deepStrictEqual(parseConfigYaml(PYYAML.ints!), INTS);
  assert.deepStrictEqual(parseConfigYaml(PYYAML.nested!), NESTED);
  const readme = parseConfigYaml(README_EXAMPLE);
  assert.deepStrictEqual(readme._wandb, {
    python_version: "3.11.7",
    cli_version: "0.16.6",
    is_jupyter_run: false,
    is_kaggle_kernel: false,
    start_time: 1712139300,
    t: { 1: [1, 55], 4: "3.11.7", 5: "0.16.6" },
  });
  assert.deepStrictEqual(parseConfigYaml("wandb_version: 1"), {});
});

Deno.test("parseConfigYaml() accepts hand-written YAML: comments, flow, block scalars, unwrapped keys", () => {
  const text = `--- # a sweep parameter file
epochs: 10   # unwrapped
lr:
  value: 1e-3        # YAML 1.1: no dot, so a string
opt: {name: adam, betas: [0.9, 0.999]}
tags: [a, 'b c', "d"]
notes: |
  line one
    indented

  after blank
summary: >-
  folded
  text
yes_no: [yes, Off, ~, 0o17, 017, 0x1f, 1_000, 1:30, .5, -.inf]
`;
  assert.deepStrictEqual(parseConfigYaml(text), {
    epochs: 10,
    lr: "1e-3",
    opt: { name: "adam", betas: [0.9, 0.999] },
    tags: ["a", "b c", "d"],
    notes: "line one\n  indented\n\nafter blank\n",
    summary: "folded text",
    yes_no: [true, false, null, "0o17", 15, 31, 1000, 90, 0.5, -Infinity],
  });
});

Deno.test("parseConfigYaml() resolves anchors, aliases and merge keys as PyYAML's safe_load does", () => {
  const text = "base: &b {x: 1}\nd:\n  <<: *b\n  y: 2\nc: *b\nrepeated: 1\nrepeated: 2\n";
  assert.deepStrictEqual(parseConfigYaml(text), {
    base: { x: 1 },
    d: { x: 1, y: 2 },
    c: { x: 1 },
    repeated: 2,
  });
});

Deno.test("parseConfigYaml() reads YAML 1.1 line breaks (NEL, LS) in quoted strings as PyYAML does", () => {
  // What PyYAML writes for "a\x85b" and "a\u2028b c", and what its safe_load reads back.
  assert.deepStrictEqual(parseConfigYaml("k: 'a\x85  b'\n"), { k: "a b" });
  assert.deepStrictEqual(parseConfigYaml("k: 'a\u2028  b c'\n"), { k: "a\u2028b c" });
  assert.deepStrictEqual(parseConfigYaml("k: 'a\x85\x85  b'\n"), { k: "a\nb" });
  assert.deepStrictEqual(parseConfigYaml("a: 'x\x85  y\u2028  z'\n"), { a: "x y\u2028z" });
});

Deno.test("parseConfigYaml() reports the line and column of broken YAML", () => {
  assert.throws(() => parseConfigYaml('a: 1\nb: "\\q"\n'), (e: unknown) => {
    assert.ok(e instanceof YamlSyntaxError && e instanceof SyntaxError);
    assert.equal(e.code, "config-yaml/syntax");
    assert.equal(e.line, 2);
    assert.equal(e.column, 5); // the backslash
    assert.match(e.message, /^Cannot parse YAML at line 2, column 5: Invalid escape sequence \\q;/);
    return true;
  });
  assert.throws(() => parseConfigYaml("a: 'open\n"), /line 2, column 1: Missing closing 'quote/);
  assert.throws(() => parseConfigYaml("- 1\n- 2\n"), /not a mapping/);
  assert.throws(() => parseConfigYaml("a:\n    b: 1\n  c: 2\n"), YamlSyntaxError);
  assert.throws(
    () => parseConfigYaml("--- 1\n--- 2\n"),
    /line 2, column 1: [^;]*multiple documents; fix/,
  );
});
