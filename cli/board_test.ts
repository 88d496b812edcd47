// The board against real `.wandb` logs in a temporary wandb/ folder and its real embedded server:
// no runs yet, a run that appears and grows while the board runs, a damaged log, a log cut short.
import assert from "node:assert/strict";
import { encodeRecord } from "../proto/mod.ts";
import { BLOCK_SIZE, TransactionLogWriter } from "../internal/transaction_log.ts";
import { serve, ServeError } from "../server/mod.ts";
import { Board } from "./board.ts";

type Rec = Parameters<typeof encodeRecord>[0];

/** A run's log in `wandb/offline-run-<id>/`, written record by record. */
function openRun(root: string, id: string, project = "board") {
  const dir = `${root}/offline-run-20261204_000000-${id}`;
  Deno.mkdirSync(`${dir}/files`, { recursive: true });
  const path = `${dir}/run-${id}.wandb`;
  const log = TransactionLogWriter.create(path);
  let num = 0;
  let step = 0;
  const add = (r: Rec) => log.append(encodeRecord({ num: ++num, ...r }));
  add({ header: {} });
  add({
    run: {
      runId: id,
      project,
      entity: "someone-else", // the board shows every run under its local user
      startTime: { seconds: 1_700_000_000, nanos: 0 },
      config: { update: [{ key: "lr", valueJson: "0.1" }] },
    },
  });
  return {
    path,
    rows(n: number, pad = 0) {
      for (let i = 0; i < n; i++, step++) {
        add({
          history: {
            item: [
              { key: "loss", valueJson: String(1 / (step + 1)) },
              { key: "_step", valueJson: String(step) },
              ...(pad ? [{ key: "pad", valueJson: JSON.stringify("x".repeat(pad)) }] : []),
            ],
          },
        });
      }
      log.flush();
    },
    exit() {
      add({ exit: { exitCode: 0, runtime: 3 } });
      log.flush();
    },
    close: () => log.close(),
  };
}

async function until(what: string, ok: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

Deno.test("board: an empty folder says so and serves; a run that appears is followed live to its end", async () => {
  const root = await Deno.makeTempDir({ prefix: "wandb-board-test-" });
  const lines: string[] = [];
  const board = await Board.start({ dir: root, port: 0, pollMs: 50, say: (l) => lines.push(l) });
  try {
    assert.deepEqual(board.runs(), []);
    // No login: the pages and GraphQL answer without an API key.
    const home = await fetch(`${board.url}/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /No projects yet/);

    const run = openRun(root, "live1");
    run.rows(5);
    await until("the run", () => board.runs()[0]?.url !== undefined);
    const store = board.server.store;
    await until("5 rows", () => store.getRun("local", "board", "live1")?.historyLineCount === 5);
    assert.equal(store.getRun("local", "board", "live1")?.state, "running");
    run.rows(7); // it grows while shown
    await until("12 rows", () => store.getRun("local", "board", "live1")?.historyLineCount === 12);
    run.exit();
    run.close();
    await until("finished", () => board.runs()[0]?.state === "finished");
    const r = store.getRun("local", "board", "live1")!;
    assert.equal(r.state, "finished");
    assert.equal(r.exitcode, 0);
    const page = await fetch(`${board.url}/local/board/runs/live1`);
    assert.equal(page.status, 200);
    await page.body?.cancel();
    assert.ok(lines.some((l) => l.includes("+ offline-run-20261204_000000-live1/run-live1.wandb")));
    // The board is not a sync: nothing is left next to the run for `sync` to skip it by.
    const names = [...Deno.readDirSync(`${root}/offline-run-20261204_000000-live1`)].map((e) =>
      e.name
    ).sort();
    assert.deepEqual(names, ["files", "run-live1.wandb"]);
  } finally {
    await board.close();
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("board: a damaged log is shown past the damage, with the skipped bytes named on the run page", async () => {
  const root = await Deno.makeTempDir({ prefix: "wandb-board-test-" });
  const run = openRun(root, "dmg1");
  run.rows(60, 2000); // ~120 KB: four blocks
  run.exit();
  run.close();
  const bytes = Deno.readFileSync(run.path);
  bytes[BLOCK_SIZE + 100] = bytes[BLOCK_SIZE + 100]! ^ 0xff; // a flipped byte in block 1
  Deno.writeFileSync(run.path, bytes);
  const lines: string[] = [];
  const board = await Board.start({ dir: root, port: 0, pollMs: 50, say: (l) => lines.push(l) });
  try {
    await until("the read", () => board.runs()[0]?.state === "finished");
    const shown = board.runs()[0]!;
    assert.equal(shown.damaged.length, 1);
    const d = shown.damaged[0]!;
    assert.ok(d.from <= BLOCK_SIZE + 100 && d.to > BLOCK_SIZE + 100, JSON.stringify(d));
    const store = board.server.store;
    const r = store.getRun("local", "board", "dmg1")!;
    assert.ok(r.historyLineCount > 30 && r.historyLineCount < 60, `${r.historyLineCount} rows`);
    const alerts = store.alerts(r.id);
    assert.equal(alerts.length, 1);
    assert.equal(alerts[0]!.severity, "WARN");
    assert.match(alerts[0]!.text, new RegExp(`bytes ${d.from}–${d.to} are damaged`));
    const page = await (await fetch(`${board.url}/local/board/runs/dmg1`)).text();
    assert.ok(page.includes(`bytes ${d.from}–${d.to} are damaged`));
    assert.ok(lines.some((l) => l.includes("WARNING") && l.includes(`bytes ${d.from}–${d.to}`)));
  } finally {
    await board.close();
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("board: a log cut mid-record with no exit is a crashed run, its unreadable tail named", async () => {
  const root = await Deno.makeTempDir({ prefix: "wandb-board-test-" });
  const run = openRun(root, "cut1");
  run.rows(10, 500);
  run.close();
  const bytes = Deno.readFileSync(run.path);
  Deno.writeFileSync(run.path, bytes.subarray(0, bytes.length - 200)); // the last row, torn
  const board = await Board.start({
    dir: root,
    port: 0,
    pollMs: 50,
    staleAfterMs: 1500,
    say: () => {},
  });
  try {
    // Until the log is stale, its torn last record may still be completed: the sender waits for
    // it (it used to spin there, starving the thread, so that nothing else ever ran).
    await until(
      "9 rows",
      () => board.server.store.getRun("local", "board", "cut1")?.historyLineCount === 9,
    );
    assert.equal(board.runs()[0]!.state, "live");
    await until("the read", () => board.runs()[0]?.state === "crashed");
    const shown = board.runs()[0]!;
    assert.ok(shown.unreadTail > 0 && shown.unreadTail < 700, `${shown.unreadTail}`);
    const r = board.server.store.getRun("local", "board", "cut1")!;
    assert.equal(r.state, "crashed");
    assert.equal(r.historyLineCount, 9);
    const alerts = board.server.store.alerts(r.id);
    assert.equal(alerts.length, 1);
    assert.match(
      alerts[0]!.text,
      new RegExp(`the last ${shown.unreadTail} bytes .* hold no whole record`),
    );
  } finally {
    await board.close();
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("serve: access without an API key is refused on an address other machines reach", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "wandb-board-test-" });
  try {
    await assert.rejects(
      () => serve({ host: "0.0.0.0", port: 0, dataDir, anonymous: true, log: () => {} }),
      (e) => e instanceof ServeError && e.code === "serve/anonymous" && /loopback/.test(e.message),
    );
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});

Deno.test("board command: a missing folder is a usage error; SIGTERM stops it cleanly", async () => {
  const main = new URL("./main.ts", import.meta.url).pathname;
  const missing = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", main, "board", "/nonexistent/wandb"],
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(missing.code, 2);
  assert.match(new TextDecoder().decode(missing.stderr), /\/nonexistent\/wandb: no such folder/);

  const root = await Deno.makeTempDir({ prefix: "wandb-board-test-" });
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", main, "board", root, "--port", "0"],
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  try {
    const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
    let out = "";
    while (!/open (http:\S+)\//.test(out)) {
      const { value, done } = await reader.read();
      if (done) break;
      out += value;
    }
    assert.match(out, /no runs under .* yet/);
    const url = /open (http:\S+)\//.exec(out)![1]!;
    const res = await fetch(`${url}/`);
    assert.equal(res.status, 200);
    await res.body?.cancel();
    child.kill("SIGTERM");
    reader.releaseLock();
    const status = await child.status;
    assert.equal(status.code, 0);
  } finally {
    await child.stderr.cancel().catch(() => {});
    await child.stdout.cancel().catch(() => {});
    await Deno.remove(root, { recursive: true });
  }
});
