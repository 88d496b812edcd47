import assert from "node:assert/strict";
import { randomId } from "./ids.ts";

Deno.test("randomId: the length asked, only a-z0-9, every character about equally often", () => {
  assert.match(randomId(128), /^[a-z0-9]{128}$/);
  assert.equal(randomId(0), "");
  const counts = new Map<string, number>();
  const text = randomId(36_000);
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  assert.equal(counts.size, 36);
  // 1,000 expected each; a biased modulo (256 % 36 = 4) would give a-d about 1,100.
  for (const [c, n] of counts) assert.ok(n > 850 && n < 1150, `${c}: ${n}`);
});
