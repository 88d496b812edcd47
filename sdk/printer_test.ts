import assert from "node:assert/strict";
import {
  ArtifactProgressLine,
  closingLines,
  formatSummaryValue,
  SendProgressLine,
  sparkline,
} from "./printer.ts";
import { cliCommand } from "../cli/command.ts";

Deno.test("sparkline() maps values to the eight bars, bucket-averages long series and skips non-finite values", () => {
  assert.equal(sparkline([0, 1, 2, 3, 4, 5, 6, 7]), "▁▂▃▄▅▆▇█");
  assert.equal(sparkline([5, 5, 5]), "▁▁▁");
  assert.equal(sparkline([1, NaN, 2, Infinity]), "▁█");
  assert.equal(sparkline(Array.from({ length: 1000 }, (_, i) => i)).length, 40);
  assert.equal(sparkline([]), "");
});

Deno.test("closingLines() shows history sparklines, the summary, dropped rows and how to sync", () => {
  const lines = closingLines({
    runId: "abc",
    runDir: "wandb/offline-run-x-abc",
    mode: "offline",
    history: { loss: [3, 2, 1], acc: [0, 1], _runtime: [1, 2] },
    summary: { loss: 1, acc: 1, val: { acc: 0.12345678 }, _step: 3, text: "hi" },
    dropped: 2,
    droppedSteps: [1, 2],
    warnings: ["monitor could not read /proc"],
  });
  const text = lines.join("\n");
  assert.match(text, /Run history:\nwandb: +acc ▁█\nwandb: +loss █▅▁/);
  assert.match(text, /Run summary:/);
  assert.match(text, /val\.acc 0\.12346/);
  assert.doesNotMatch(text, /wandb: +_(runtime|step) /);
  assert.match(text, /2 row\(s\) were dropped .*first: 1, 2/);
  assert.match(text, /WARNING monitor could not read \/proc/);
  assert.ok(text.includes(cliCommand("sync", "wandb/offline-run-x-abc")), text);
  assert.equal(formatSummaryValue(NaN), "NaN");
  assert.equal(formatSummaryValue({ a: 1 }), "");
});

Deno.test("SendProgressLine: quiet for a second, then one live line on a terminal or a line per 10 s", () => {
  const p = { sent: 3 << 20, total: 4 << 20, lines: 1234 };
  const plain: string[] = [];
  const line = new SendProgressLine({ terminal: false, write: (t) => plain.push(t) }, 0);
  line.update(p, 900);
  assert.deepEqual(plain, [], "nothing in the first second");
  line.update(p, 1000);
  line.update(p, 5000);
  line.update({ ...p, sent: 4 << 20 }, 11_000);
  line.end();
  assert.deepEqual(plain, [
    "wandb: sending run data: 3.0 of 4.0 MB (75 %), 1,234 lines acknowledged\n",
    "wandb: sending run data: 4.0 of 4.0 MB (100 %), 1,234 lines acknowledged\n",
  ]);
  const tty: string[] = [];
  const live = new SendProgressLine({ terminal: true, write: (t) => tty.push(t) }, 0);
  live.update(p, 1500);
  live.update(p, 2000);
  live.end();
  assert.equal(tty.length, 3);
  assert.ok(tty[0]!.startsWith("\r\x1b[Kwandb: sending run data: 3.0 of 4.0 MB"));
  assert.equal(tty[2], "\r\x1b[K", "the live line is cleared at the end");
});

Deno.test("ArtifactProgressLine is silent for a short upload, then one line per 10 s without a terminal", () => {
  const out: string[] = [];
  const line = new ArtifactProgressLine({ terminal: false, write: (t) => out.push(t) });
  const p = { name: "ds", bytes: 0, totalBytes: 10 << 20, files: 0, totalFiles: 2, done: false };
  line.update(p, 0);
  line.update({ ...p, done: true }, 900);
  assert.deepEqual(out, [], "done within a second: nothing");
  line.update(p, 10_000);
  line.update({ ...p, bytes: 1 << 20 }, 11_000);
  line.update({ ...p, bytes: 2 << 20 }, 15_000);
  line.update({ ...p, bytes: 5 << 20, files: 1 }, 21_000);
  assert.deepEqual(out, [
    "wandb: uploading artifact ds: 1.0 of 10.0 MB, 0 of 2 files\n",
    "wandb: uploading artifact ds: 5.0 of 10.0 MB, 1 of 2 files\n",
  ]);
});

Deno.test("ArtifactProgressLine keeps one live line on a terminal and clears it when done", () => {
  const out: string[] = [];
  const line = new ArtifactProgressLine({ terminal: true, write: (t) => out.push(t) });
  const p = { name: "m", bytes: 0, totalBytes: 2 << 20, files: 0, totalFiles: 1, done: false };
  line.update(p, 0);
  line.update({ ...p, bytes: 1 << 20 }, 1200);
  line.update({ ...p, bytes: 2 << 20, files: 1 }, 1300);
  line.update({ ...p, bytes: 2 << 20, files: 1, done: true }, 1400);
  assert.deepEqual(out, [
    "\r\x1b[Kwandb: uploading artifact m: 1.0 of 2.0 MB, 0 of 1 file",
    "\r\x1b[Kwandb: uploading artifact m: 2.0 of 2.0 MB, 1 of 1 file",
    "\r\x1b[K",
  ]);
});
