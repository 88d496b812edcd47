import assert from "node:assert/strict";
import { Channel } from "./channel.ts";

Deno.test("Channel delivers pushed items in order to an async reader and ends after close()", async () => {
  const ch = new Channel<number>();
  const seen: number[] = [];
  const reader = (async () => {
    for await (const n of ch) seen.push(n);
  })();
  for (let i = 0; i < 3000; i++) {
    ch.push(i);
    if (i % 700 === 0) await new Promise((r) => setTimeout(r, 0));
  }
  ch.close();
  await reader;
  assert.deepEqual(seen, [...Array(3000).keys()]);
  assert.throws(() => ch.push(1), /closed channel/);
});
