import assert from "node:assert/strict";
import { parseValueJson } from "../../proto/value_json.ts";
import { type HistoryKey, Store } from "./store.ts";
import { rng } from "../../tests/_rng.ts";

/** The reference: rows by step, as the store must return them. */
class Model {
  readonly rows = new Map<number, string>();
  lineCount = 0;

  apply(offset: number, lines: string[]): void {
    lines.forEach((line, i) => {
      const s = (parseValueJson(line) as Record<string, unknown>)._step;
      const step = typeof s === "number" && Number.isInteger(s) && s >= 0 ? s : offset + i;
      this.rows.set(step, line.replaceAll("\n", " "));
    });
    this.lineCount = Math.max(this.lineCount, offset + lines.length);
  }

  sorted(min = 0, max = Number.MAX_SAFE_INTEGER): { step: number; row: string }[] {
    return [...this.rows.entries()].filter(([s]) => s >= min && s < max).sort((a, b) => a[0] - b[0])
      .map(([step, row]) => ({ step, row }));
  }

  keys(): HistoryKey[] {
    const latest = new Map<string, HistoryKey>();
    for (const { step, row } of this.sorted()) {
      for (const [key, value] of Object.entries(parseValueJson(row) as Record<string, unknown>)) {
        latest.set(key, { key, step, value });
      }
    }
    return [...latest.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

function line(random: () => number, step: number | null, tag: number): string {
  const parts: string[] = step === null ? [] : [`"_step": ${step}`];
  const pick = (p: number) => random() < p;
  if (pick(0.8)) parts.push(`"loss": ${random() < 0.05 ? "NaN" : (tag / 7).toFixed(3)}`);
  if (pick(0.5)) parts.push(`"acc": ${tag % 100}`);
  if (pick(0.2)) parts.push(`"nested": {"a": ${tag}, "b": {"c": "x${tag}"}}`);
  if (pick(0.1)) parts.push(`"img": {"_type": "image-file", "path": "media/${tag}.png"}`);
  if (pick(0.05)) parts.push(`"rare.${tag % 3}":\n-Infinity`);
  if (pick(0.05)) parts.push(`"text": "line\\nbreak ${tag}"`);
  return `{${parts.join(", ")}}`;
}

function check(s: Store, run: number, m: Model, random: () => number): void {
  const all = m.sorted();
  assert.deepEqual(s.historyRows(run), all.map((r) => r.row));
  assert.deepEqual([...s.scanHistory(run)], all);
  assert.equal(s.lastHistoryStep(run), all.at(-1)?.step ?? -1);
  assert.deepEqual(s.historyTail(run, 3), all.slice(-3).map((r) => r.row));
  assert.equal(s.getRunById(run)?.historyLineCount, m.lineCount);
  assert.deepEqual(s.historyKeys(run), m.keys());
  assert.deepEqual(s.historyKeyNames(run), m.keys().map((k) => k.key));
  // Only the page of the last step may still be in several segments (appended chunks).
  const split = s.query(
    "SELECT first_step / 1000 AS page FROM history_pages WHERE run = ? GROUP BY page HAVING count(*) > 1",
    run,
  ).map((r) => r.page);
  assert.ok(split.every((p) => p === Math.floor((all.at(-1)?.step ?? 0) / 1000)), `${split}`);
  const top = (all.at(-1)?.step ?? 0) + 2;
  for (let k = 0; k < 4; k++) {
    const a = Math.floor(random() * top);
    const b = a + Math.floor(random() * 2500);
    const want = m.sorted(a, b);
    assert.deepEqual(s.historyRows(run, { minStep: a, maxStep: b }), want.map((r) => r.row));
    assert.deepEqual([...s.scanHistory(run, { minStep: a, maxStep: b })], want);
    const parsed = want.map((r) => parseValueJson(r.row) as Record<string, unknown>);
    assert.deepEqual(s.history(run, { minStep: a, maxStep: b, limit: 5 }), parsed.slice(0, 5));
    const withAcc = parsed.filter((r) => "acc" in r && "_step" in r).map((r) => ({
      _step: r._step,
      acc: r.acc,
    }));
    assert.deepEqual(s.history(run, { minStep: a, maxStep: b, keys: ["_step", "acc"] }), withAcc);
  }
}

Deno.test(
  "history pages and keys match a row-by-row model through appends, resends, overwrites and out-of-order chunks",
  () => {
    const random = rng(20240601);
    const s = Store.open(":memory:");
    try {
      const run = s.upsertRun("me", "p", "r").run.id;
      const other = s.upsertRun("me", "p", "other").run;
      s.appendHistory(other.id, 0, ['{"_step": 0, "other": 1}']);
      const m = new Model();
      const sent: [number, string[]][] = [];
      let next = 0;
      let offset = 0;
      let tag = 0;
      for (let op = 0; op < 160; op++) {
        const r = random();
        let chunk: [number, string[]];
        if (r < 0.45 || sent.length === 0) {
          // In order, sometimes after a gap, sometimes spanning several pages.
          if (random() < 0.2) next += Math.floor(random() * 3000);
          const n = 1 + Math.floor(random() * (random() < 0.2 ? 2500 : 120));
          chunk = [offset, Array.from({ length: n }, (_, i) => line(random, next + i, tag++))];
          next += n;
          offset += n;
        } else if (r < 0.6) {
          chunk = sent[Math.floor(random() * sent.length)]!; // resent as is
        } else if (r < 0.85) {
          // Overwrites and new steps below the last one, shuffled, with repeated steps.
          const n = 1 + Math.floor(random() * 60);
          const lines = Array.from(
            { length: n },
            () => line(random, Math.floor(random() * (next + 10)), tag++),
          );
          chunk = [Math.floor(random() * offset), lines];
        } else {
          // No _step: keyed by line number.
          const n = 1 + Math.floor(random() * 5);
          chunk = [offset, Array.from({ length: n }, () => line(random, null, tag++))];
          offset += n;
        }
        sent.push(chunk);
        s.appendHistory(run, chunk[0], chunk[1]);
        m.apply(chunk[0], chunk[1]);
        if (op % 8 === 7) check(s, run, m, random);
      }
      check(s, run, m, random);
      assert.ok(m.rows.size > 5000, `only ${m.rows.size} rows generated`);
      assert.deepEqual(s.historyRows(other.id), ['{"_step": 0, "other": 1}']);
      assert.equal(s.deleteRun(run), true);
      assert.deepEqual(s.historyRows(run), []);
      assert.deepEqual(s.historyKeys(run), []);
      assert.equal(s.lastHistoryStep(run), -1);
      assert.deepEqual(s.historyKeyNames(other.id), ["_step", "other"]);
    } finally {
      s.close();
    }
  },
);

Deno.test("historyKeys: a resent row without a key falls back to the last row holding it, or drops it", () => {
  const s = Store.open(":memory:");
  try {
    const { run } = s.upsertRun("me", "p", "r");
    s.appendHistory(run.id, 0, [
      '{"_step": 0, "a": 1, "b": 1}',
      '{"_step": 1, "a": 2, "c": {"x": NaN}}',
      '{"_step": 2, "a": 3}',
    ]);
    const value = (key: string) => s.historyKeys(run.id).find((k) => k.key === key);
    assert.deepEqual(value("a"), { key: "a", step: 2, value: 3 });
    assert.deepEqual(value("c"), { key: "c", step: 1, value: { x: NaN } });
    s.appendHistory(run.id, 2, ['{"_step": 2, "b": 9}']); // a moves back to step 1, b forward
    assert.deepEqual(value("a"), { key: "a", step: 1, value: 2 });
    assert.deepEqual(value("b"), { key: "b", step: 2, value: 9 });
    s.appendHistory(run.id, 1, ['{"_step": 1, "a": 5}']); // c is in no row any more
    assert.deepEqual(s.historyKeyNames(run.id), ["_step", "a", "b"]);
    assert.deepEqual(value("a"), { key: "a", step: 1, value: 5 });
    // Within one chunk the later line for a step wins, keys included.
    s.appendHistory(run.id, 3, ['{"_step": 3, "d": 1}', '{"_step": 3, "e": 2}']);
    assert.deepEqual(s.historyTail(run.id), ['{"_step": 3, "e": 2}']);
    assert.deepEqual(s.historyKeyNames(run.id), ["_step", "a", "b", "e"]);
    // sampledHistory-style reads with a key no row holds are empty.
    assert.deepEqual(s.history(run.id, { keys: ["_step", "d"] }), []);
    assert.deepEqual(s.history(run.id, { keys: ["_step", "e"] }), [{ _step: 3, e: 2 }]);
  } finally {
    s.close();
  }
});

Deno.test("appended chunks are segments of a page until a later page or the page's last step arrives", () => {
  const s = Store.open(":memory:");
  try {
    const { run } = s.upsertRun("me", "p", "r");
    const rows = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `{"_step": ${from + i}}`);
    const segments = () =>
      s.query(
        "SELECT first_step, last_step FROM history_pages WHERE run = ? ORDER BY first_step",
        run.id,
      )
        .map((r) => [r.first_step, r.last_step]);
    s.appendHistory(run.id, 0, rows(0, 10));
    s.appendHistory(run.id, 10, rows(10, 20));
    s.appendHistory(run.id, 20, rows(20, 990));
    assert.deepEqual(segments(), [[0, 9], [10, 19], [20, 989]]);
    s.appendHistory(run.id, 990, rows(990, 1000)); // the page's last step: one segment
    assert.deepEqual(segments(), [[0, 999]]);
    s.appendHistory(run.id, 1000, rows(1000, 1100));
    s.appendHistory(run.id, 1100, rows(1100, 1200));
    assert.deepEqual(segments(), [[0, 999], [1000, 1099], [1100, 1199]]);
    // A chunk that rewrites an old step and reaches a later page compacts the page left behind.
    s.appendHistory(run.id, 5, ['{"_step": 5, "v": 1}', '{"_step": 2500}']);
    assert.deepEqual(segments(), [[0, 999], [1000, 1199], [2500, 2500]]);
    s.appendHistory(run.id, 2501, rows(2501, 2510));
    s.appendHistory(run.id, 6, ['{"_step": 2999}']); // the page's last step, appended
    assert.deepEqual(segments(), [[0, 999], [1000, 1199], [2500, 2999]]);
    assert.deepEqual(s.historyRows(run.id, { minStep: 4, maxStep: 6 }), [
      '{"_step": 4}',
      '{"_step": 5, "v": 1}',
    ]);
    assert.equal(s.historyRows(run.id).length, 1200 + 1 + 9 + 1);
  } finally {
    s.close();
  }
});
