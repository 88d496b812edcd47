import assert from "node:assert/strict";
import { historyItems, onlyRunDir, readRecords, runScript, spawnUntilFlushed } from "./_helpers.ts";
import { readTransactionLogFile } from "../../internal/transaction_log.ts";
import { parseValueJson } from "../../proto/value_json.ts";

Deno.test("an offline run written through the SDK reads back as every expected record, in order", async () => {
  const root = await Deno.makeTempDir();
  try {
    const res = await runScript("full_run.ts", root);
    assert.equal(res.code, 0, res.stderr);
    const dir = onlyRunDir(root);
    assert.match(dir, /wandb\/offline-run-\d{8}_\d{6}-[a-z0-9]{8}$/);
    const id = dir.slice(-8);
    const recs = await readRecords(`${dir}/run-${id}.wandb`);
    const types = recs.map((r) => r.type);
    // Contiguous num from 1, header first; exit, final and footer last. W&B's reader and
    // `wandb sync` (the official client's Go core) stop at `exit`, as its own logs end there
    // (see the 0.30 fixture): every record of the run comes before it.
    assert.deepEqual(recs.map((r) => Number(r.record.num)), recs.map((_, i) => i + 1));
    assert.equal(types[0], "header");
    assert.equal(types[1], "run");
    assert.deepEqual(types.slice(-3), ["exit", "final", "footer"]);
    assert.equal(types.filter((t) => t === "exit").length, 1);
    const saved = recs.filter((r) => r.type === "files")
      .flatMap((r) => r.record.files!.files!.map((f) => f.path));
    assert.ok(saved.includes("wandb-metadata.json"), saved.join());
    for (
      const t of [
        "telemetry",
        "config",
        "history",
        "summary",
        "output_raw",
        "files",
        "stats",
        "exit",
      ]
    ) {
      assert.ok(types.includes(t), `a ${t} record`);
    }
    // Run record: metadata and initial config.
    const run = recs[1]!.record.run!;
    assert.equal(run.runId, id);
    assert.equal(run.project, "e2e");
    assert.equal(run.displayName, "full-run");
    assert.equal(run.notes, "every record type");
    assert.deepEqual(run.tags, ["e2e", "offline"]);
    assert.equal(run.runGroup, "g1");
    assert.equal(run.jobType, "train");
    const cfg = Object.fromEntries(run.config!.update!.map((it) => [it.key, it.valueJson]));
    assert.deepEqual(cfg, {
      _wandb: "{}",
      lr: "0.01",
      model: '{"layers":3,"act":"relu"}',
      names: '["a","b"]',
    });
    // Config changes.
    const configs = recs.filter((r) => r.type === "config").map((r) =>
      r.record.config!.update![0]!
    );
    assert.deepEqual(configs.map((c) => [c.key, c.valueJson]), [["batch_size", "32"], [
      "epochs",
      "2",
    ]]);
    // History: 41 rows, steps 0..39 then 45; the 70,000-character row spans blocks.
    const hist = recs.filter((r) => r.type === "history");
    assert.equal(hist.length, 41);
    assert.deepEqual(hist.map((h) => Number(historyItems(h.record)._step)), [
      ...Array(40).keys(),
      45,
    ]);
    const items = hist.map((h) => historyItems(h.record));
    assert.equal(items[1]!.extra, "0", "commit:false data joins the next row, as in W&B");
    assert.equal(items[0]!.extra, undefined);
    assert.equal(items[0]!["val.loss"], "1.1");
    assert.equal(items[0]!.text, '"s0"');
    assert.equal(items[0]!.flag, "true");
    assert.equal(items[5]!.weird, "NaN");
    assert.equal(items[6]!.weird, "Infinity");
    assert.equal(items[7]!.weird, "-Infinity");
    assert.equal(parseValueJson(items[12]!.big!), "x".repeat(70000));
    const bigOffset = hist[12]!.offset;
    const nextOffset = hist[13]!.offset;
    assert.ok(
      Math.floor(bigOffset / 32768) < Math.floor(nextOffset / 32768),
      "the big row crosses a block boundary",
    );
    assert.equal(items[40]!.late, "1");
    for (const it of items) {
      for (const k of ["_timestamp", "_runtime", "_step"]) assert.ok(k in it, k);
    }
    // Summary: explicit updates, then the full consolidated summary, the last one before exit.
    const sums = recs.filter((r) => r.type === "summary").map((r) => r.record.summary!);
    assert.deepEqual(sums[0]!.update!.map((u) => [u.key, u.valueJson]), [["best_acc", "0.99"]]);
    assert.equal(types.lastIndexOf("summary"), types.length - 4);
    const finalSum = Object.fromEntries(
      sums.at(-1)!.update!.map((
        u,
      ) => [u.nestedKey?.length ? u.nestedKey.join(".") : u.key, u.valueJson]),
    );
    assert.equal(finalSum.loss, String(1 / 40));
    assert.equal(finalSum.best_acc, "0.99");
    assert.equal(finalSum.final, '{"note":"done"}');
    assert.equal(finalSum.late, "1");
    assert.equal(finalSum._step, "45");
    // Console output, stderr marked.
    const outs = recs.filter((r) => r.type === "output_raw").map((r) => r.record.outputRaw!);
    const text = (t: number) =>
      outs.filter((o) => (o.outputType ?? 0) === t).map((o) => o.line).join("");
    assert.match(text(1), /hello from stdout/);
    assert.match(text(1), /raw stdout write/);
    assert.match(text(0), /warning on stderr/);
    // Exit and system stats.
    const exit = recs.find((r) => r.type === "exit")!.record.exit!;
    assert.equal(exit.exitCode ?? 0, 0);
    const stats = recs.filter((r) => r.type === "stats").map((r) => r.record.stats!);
    const statKeys = new Set(stats.flatMap((s) => s.item!.map((i) => i.key)));
    for (const k of ["cpu", "memory_percent", "proc.memory.rssMB"]) {
      assert.ok(statKeys.has(k), `stats key ${k}`);
    }
    // Files in the run directory.
    const files = [...Deno.readDirSync(`${dir}/files`)].map((e) => e.name).sort();
    for (const f of ["config.yaml", "output.log", "wandb-metadata.json", "wandb-summary.json"]) {
      assert.ok(files.includes(f), f);
    }
    const yaml = Deno.readTextFileSync(`${dir}/files/config.yaml`);
    assert.match(yaml, /^wandb_version: 1\n\nlr:\n {2}desc: null\n {2}value: 0.01\n/);
    assert.match(yaml, /batch_size:\n {2}desc: null\n {2}value: 32/);
    const summaryJson = parseValueJson(
      Deno.readTextFileSync(`${dir}/files/wandb-summary.json`),
    ) as Record<string, unknown>;
    assert.equal(summaryJson.best_acc, 0.99);
    assert.deepEqual(summaryJson.final, { note: "done" });
    assert.equal(typeof (summaryJson._wandb as { runtime: number }).runtime, "number");
    const output = Deno.readTextFileSync(`${dir}/files/output.log`);
    assert.match(output, /hello from stdout\n/);
    assert.match(output, /warning on stderr\n/);
    const meta = JSON.parse(Deno.readTextFileSync(`${dir}/files/wandb-metadata.json`));
    assert.ok(meta.program.endsWith("full_run.ts"));
    assert.ok(meta.startedAt);
    for (const f of ["logs/debug.log", "logs/debug-internal.log"]) {
      assert.ok(Deno.statSync(`${dir}/${f}`).size > 0, f);
    }
    assert.equal(Deno.readLinkSync(`${root}/wandb/latest-run`), dir.split("/").pop());
    // The user saw the output, the closing summary with sparklines, and the log-after-finish error.
    assert.match(res.stdout, /hello from stdout/);
    assert.match(
      res.stdout,
      /after finish: RunFinishedError: Cannot call run\.log\(\): run [a-z0-9]{8} is finished/,
    );
    assert.match(res.stderr, /Run history:/);
    assert.match(res.stderr, /loss [▁▂▃▄▅▆▇█]+/);
    assert.match(res.stderr, /Run summary:/);
    assert.match(
      res.stderr,
      /(?:wandb-ts|deno run -A jsr:@wandb\/ts\/cli) sync wandb\/offline-run-/,
    );
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("a script that never calls finish() still exits, and its run is finished and flushed", async () => {
  const root = await Deno.makeTempDir();
  try {
    const res = await runScript("unfinished_run.ts", root);
    assert.equal(res.code, 0, res.stderr);
    const dir = onlyRunDir(root);
    const recs = await readRecords(`${dir}/run-${dir.slice(-8)}.wandb`);
    assert.equal(recs.filter((r) => r.type === "history").length, 100);
    assert.equal(recs.find((r) => r.type === "exit")!.record.exit!.exitCode ?? 0, 0);
    assert.equal(recs.at(-1)!.type, "footer");
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

for (const mode of ["throw", "reject"]) {
  Deno.test(`an uncaught ${mode === "throw" ? "exception" : "promise rejection"} marks the run failed (exit code 1) and still flushes`, async () => {
    const root = await Deno.makeTempDir();
    try {
      const res = await runScript("crashing_run.ts", root, [mode]);
      assert.equal(res.code, 1);
      assert.match(res.stderr, /boom/);
      const dir = onlyRunDir(root);
      const recs = await readRecords(`${dir}/run-${dir.slice(-8)}.wandb`);
      assert.equal(recs.filter((r) => r.type === "history").length, 10);
      assert.equal(recs.find((r) => r.type === "exit")!.record.exit!.exitCode, 1);
      assert.equal(recs.at(-1)!.type, "footer");
      assert.match(Deno.readTextFileSync(`${dir}/files/output.log`), /RUN_DIR/);
    } finally {
      await Deno.remove(root, { recursive: true });
    }
  });
}

Deno.test("an uncaught exception while finish() flushes waits for the finish, then exits 1", async () => {
  const root = await Deno.makeTempDir();
  try {
    const res = await runScript("crashing_run.ts", root, ["during-finish"]);
    assert.equal(res.code, 1);
    assert.match(res.stderr, /boom during finish/);
    const dir = onlyRunDir(root);
    const recs = await readRecords(`${dir}/run-${dir.slice(-8)}.wandb`);
    assert.equal(recs.filter((r) => r.type === "history").length, 10);
    // The finish the program started (exit code 0) is the one that completed.
    assert.equal(recs.find((r) => r.type === "exit")!.record.exit!.exitCode ?? 0, 0);
    assert.equal(recs.at(-1)!.type, "footer");
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("a run killed with SIGKILL leaves a .wandb readable up to its last flushed record", async () => {
  const root = await Deno.makeTempDir();
  try {
    const { child, records, bytes, dir } = await spawnUntilFlushed(root);
    await new Promise((r) => setTimeout(r, 200)); // keep writing for a while
    child.kill("SIGKILL");
    const status = await child.status;
    assert.equal(status.signal, "SIGKILL");
    const path = `${dir}/run-${dir.slice(-8)}.wandb`;
    assert.ok(Deno.statSync(path).size >= bytes);
    const entries = await Array.fromAsync(readTransactionLogFile(path));
    const good = entries.filter((e) => e.kind === "record");
    assert.ok(good.length >= records, `${good.length} records read, ${records} were flushed`);
    assert.ok(
      entries.every((e) => e.kind === "record" || e.kind === "truncated"),
      "only a truncated tail, no corruption",
    );
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("SIGTERM finishes the run with exit code 143 before the process exits", async () => {
  const root = await Deno.makeTempDir();
  try {
    const { child, records, dir } = await spawnUntilFlushed(root);
    child.kill("SIGTERM");
    const status = await child.status;
    assert.equal(status.code, 143);
    const recs = await readRecords(`${dir}/run-${dir.slice(-8)}.wandb`);
    assert.equal(recs.find((r) => r.type === "exit")!.record.exit!.exitCode, 143);
    assert.equal(recs.at(-1)!.type, "footer");
    assert.ok(recs.length > records);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("WANDB_CONSOLE=off records no console output; the terminal still gets it", async () => {
  const root = await Deno.makeTempDir();
  try {
    const res = await runScript("unfinished_run.ts", root, [], { WANDB_CONSOLE: "off" });
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /RUN_DIR /);
    const dir = onlyRunDir(root);
    const recs = await readRecords(`${dir}/run-${dir.slice(-8)}.wandb`);
    assert.equal(recs.filter((r) => r.type === "output_raw" || r.type === "output").length, 0);
    const withConsole = await runScript("unfinished_run.ts", root);
    assert.equal(withConsole.code, 0);
    const dir2 = [...Deno.readDirSync(`${root}/wandb`)].map((d) => d.name).filter((n) =>
      n.startsWith("offline-run-") && !dir.endsWith(n)
    )[0]!;
    const recs2 = await readRecords(`${root}/wandb/${dir2}/run-${dir2.slice(-8)}.wandb`);
    assert.ok(
      recs2.some((r) => r.type === "output_raw" && /RUN_DIR/.test(r.record.outputRaw!.line!)),
    );
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
