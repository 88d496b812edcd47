// Load client for the file_stream bench, run as its own process so that client work does not
// share the server's thread: posts history rows for the given runs, in 1,000-line chunks, and
// prints {"rows", "seconds"}. Usage: _file_stream_client.ts BASE KEY ROWS_PER_RUN RUN...
import { historyLines } from "./_rows.ts";

const [base, key, perRunText, ...runs] = Deno.args;
const perRun = Number(perRunText);
const CHUNK = 1000;
const headers = {
  authorization: `Basic ${btoa(`api:${key}`)}`,
  "content-type": "application/json",
};
// Bodies are built before the clock starts.
const bodies = new Map<number, string>();
for (let off = 0; off < perRun; off += CHUNK) {
  bodies.set(
    off,
    JSON.stringify({
      files: {
        "wandb-history.jsonl": {
          offset: off,
          content: historyLines(off, Math.min(CHUNK, perRun - off)),
        },
      },
    }),
  );
}
const t0 = performance.now();
await Promise.all(runs.map(async (run) => {
  for (let off = 0; off < perRun; off += CHUNK) {
    const res = await fetch(`${base}/files/bench/p/${run}/file_stream`, {
      method: "POST",
      headers,
      body: bodies.get(off)!,
    });
    if (!res.ok) throw new Error(`file_stream ${res.status}: ${await res.text()}`);
    await res.body?.cancel();
  }
}));
console.log(
  JSON.stringify({ rows: perRun * runs.length, seconds: (performance.now() - t0) / 1000 }),
);
