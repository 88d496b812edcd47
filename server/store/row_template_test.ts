import assert from "node:assert/strict";
import { RowTemplates } from "./_row_template.ts";
import { parseValueJson } from "../../proto/value_json.ts";
import { rng } from "../../tests/_rng.ts";

/** What the slow path makes of a row: null when it is not a W&B-JSON object. */
function slow(text: string): { row: Record<string, unknown>; step: number } | null {
  let v: unknown;
  try {
    v = parseValueJson(text);
  } catch {
    return null;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) return null;
  const row = v as Record<string, unknown>;
  const s = row._step;
  return { row, step: typeof s === "number" && Number.isInteger(s) && s >= 0 ? s : -1 };
}

Deno.test("row templates: learned key sequences match like rows, with their step", () => {
  const t = new RowTemplates();
  const first = '{"loss": 0.5, "acc": -1.5e-3, "x": NaN, "_step": 3}';
  t.learn(first, slow(first)!.row);
  const m = t.match('{"loss": 1, "acc": "s\\"\\u00e9", "x": -Infinity, "_step": 4}');
  assert.ok(m);
  assert.equal(m.step, 4);
  assert.deepEqual(m.keys, ["loss", "acc", "x", "_step"]);
  assert.ok(m.has.has("x"));
  assert.equal(t.match('{"loss":1,"acc":2,"x":3,"_step":5}')?.step, 5, "whitespace optional");
  assert.equal(t.match('{"loss": 1, "acc": 2, "x": 3, "_step": 5.5}')?.step, -1);
  assert.equal(t.match('{"loss": 1, "acc": 2, "x": 3, "_step": "5"}')?.step, -1);
  for (
    const miss of [
      '{"loss": 1, "acc": 2, "_step": 5}', // a key less
      '{"acc": 2, "loss": 1, "x": 3, "_step": 5}', // another order
      '{"loss": [1], "acc": 2, "x": 3, "_step": 5}', // not a scalar
      '{"loss": 01, "acc": 2, "x": 3, "_step": 5}',
      '{"loss": 1, "acc": 2, "x": 3, "_step": 5,}',
      '{"loss": 1, "acc": "\u0001", "x": 3, "_step": 5}',
      '{"loss": 1, "acc": "\\x", "x": 3, "_step": 5}',
      '{"loss": 1, "acc": 2, "x": 3, "_step": 5} x',
      '{"loss": 1, "acc": 2, "x": 3, "_step": 5, "_step": 6}',
      '{"lo\\u0073s": 1, "acc": 2, "x": 3, "_step": 5}',
    ]
  ) assert.equal(t.match(miss), undefined, miss);
  // Rows with nested values or escaped keys are never templates.
  const nested = '{"img": {"_type": "image-file"}, "_step": 1}';
  t.learn(nested, slow(nested)!.row);
  assert.equal(t.match('{"img": {"_type": "image-file"}, "_step": 2}'), undefined);
  // Two shapes taking turns both stay matched.
  const other = '{"val": 1, "_step": 9}';
  t.learn(other, slow(other)!.row);
  assert.equal(t.match('{"val": 2, "_step": 10}')?.step, 10);
  assert.equal(t.match('{"loss": 1, "acc": 2, "x": 3, "_step": 11}')?.step, 11);
  assert.equal(t.match('{"val": 3, "_step": 12}')?.step, 12);
});

Deno.test("row templates: a match is always a row the parser accepts, with the same keys and step", () => {
  const r = rng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const ws = () => (r() < 0.3 ? pick([" ", "\t", "\n", "\r", "  "]) : "");
  const scalar = () =>
    pick([
      "0",
      "-0",
      "1",
      "-12",
      "3.25",
      "1e5",
      "2E-3",
      "-4.5e+2",
      "NaN",
      "Infinity",
      "-Infinity",
      "true",
      "false",
      "null",
      '""',
      '"a\\"b"',
      '"\\u00e9\\n"',
      '"😀,:{}"',
      "[1]",
      "{}",
    ]);
  const damage = [
    '"',
    "\\",
    ",",
    ":",
    "{",
    "}",
    "[",
    "]",
    "1",
    "-",
    ".",
    "e",
    "N",
    " ",
    "x",
    "\u0001",
  ];
  const t = new RowTemplates();
  let matched = 0;
  for (let i = 0; i < 5000; i++) {
    const keys = ["loss", "a.b", "_step", "k(1)", "_runtime"].slice(0, 1 + Math.floor(r() * 5));
    const row = () =>
      ws() + "{" + keys.map((k) => ws() + `"${k}"` + ws() + ":" + ws() + scalar()).join(",") +
      ws() + "}" + ws();
    const base = row();
    const parsed = slow(base);
    if (parsed) t.learn(base, parsed.row);
    for (let j = 0; j < 5; j++) {
      let text = row();
      if (r() < 0.5) {
        const at = Math.floor(r() * (text.length + 1));
        const k = r();
        if (k < 0.33) text = text.slice(0, at) + pick(damage) + text.slice(at);
        else if (k < 0.66) text = text.slice(0, at) + text.slice(at + 1);
        else text = text.slice(0, at) + pick(damage) + text.slice(at + 1);
      }
      const m = t.match(text);
      if (!m) continue;
      matched++;
      const want = slow(text);
      assert.ok(want, `matched what the parser rejects: ${JSON.stringify(text)}`);
      assert.equal(m.step, want.step, text);
      assert.deepEqual([...m.keys], Object.keys(want.row), text);
    }
  }
  assert.ok(matched > 5000, `the fast path was exercised (${matched} matches)`);
});
