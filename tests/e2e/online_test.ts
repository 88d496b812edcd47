// Online runs end to end against the real local server (a child process): the normal path,
// faults injected by a proxy, the server killed and restarted, the server never coming back
// (then `sync`), resume, login, and offline runs synced twice.
import assert from "node:assert/strict";
import {
  cli,
  fileText,
  gql,
  type OnlineEnv,
  onlineEnv,
  storedRun,
  streamedOutput,
} from "./_online.ts";
import { until } from "./_helpers.ts";

const script = new URL("../testdata/online_run.ts", import.meta.url).pathname;

/** Fast retries so faults cost milliseconds. */
const FAST = {
  WANDB_X_FILE_STREAM_RETRY_WAIT_MIN_SECONDS: "0.05",
  WANDB_X_FILE_STREAM_RETRY_WAIT_MAX_SECONDS: "0.2",
  WANDB_X_GRAPHQL_RETRY_WAIT_MIN_SECONDS: "0.05",
  WANDB_X_GRAPHQL_RETRY_WAIT_MAX_SECONDS: "0.2",
  WANDB_X_STATS_SAMPLING_INTERVAL: "0.2",
  WANDB_X_FILE_STREAM_TRANSMIT_INTERVAL: "0.05",
};

interface Child {
  runId: Promise<string>;
  done: Promise<{ code: number; stdout: string; stderr: string }>;
  /** The child process (to signal it). */
  process: Deno.ChildProcess;
  /** What it wrote to stderr so far. */
  stderrText: () => string;
}

function spawnRun(cwd: string, env: Record<string, string>): Child {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", script],
    cwd,
    env: {
      NO_COLOR: "1",
      HOME: cwd,
      NETRC: `${cwd}/.netrc`,
      WANDB_CONFIG_DIR: `${cwd}/.config`,
      ...env,
    },
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let resolveId!: (id: string) => void;
  const runId = new Promise<string>((r) => (resolveId = r));
  let stderrSoFar = "";
  const read = async (s: ReadableStream<Uint8Array>, onText?: (t: string) => void) => {
    let text = "";
    for await (const chunk of s.pipeThrough(new TextDecoderStream())) {
      text += chunk;
      onText?.(text);
    }
    return text;
  };
  const done = (async () => {
    const [stdout, stderr, status] = await Promise.all([
      read(child.stdout),
      read(child.stderr, (t) => {
        stderrSoFar = t;
        const m = /RUN (\S+)/.exec(t);
        if (m) resolveId(m[1]!);
      }),
      child.status,
    ]);
    resolveId("");
    return { code: status.code, stdout, stderr };
  })();
  return { runId, done, process: child, stderrText: () => stderrSoFar };
}

/** A run in `online.dir` against its current server with FAST retries; `env` adds or overrides. */
function spawnOnline(online: OnlineEnv, env: Record<string, string>): Child {
  return spawnRun(online.dir, { ...FAST, ...online.clientEnv, ...env });
}

function assertAllRows(history: Record<string, unknown>[], n: number): void {
  const steps = history.map((h) => h._step as number).sort((a, b) => a - b);
  assert.equal(steps.length, n, `expected ${n} rows, got ${steps.length}`);
  for (let i = 0; i < n; i++) assert.equal(steps[i], i, `row for step ${i}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

Deno.test("online run: config, every row, console, files and the final state reach the server", async () => {
  await using online = await onlineEnv();
  const child = spawnOnline(online, { ROWS: "500", BATCHES: "5", PAUSE_MS: "150", SAVE: "1" });
  const r = await child.done;
  assert.equal(r.code, 0, r.stderr);
  const id = await child.runId;
  assert.match(r.stderr, new RegExp(`View run at ${online.url}/local/online/runs/${id}`));
  const run = await storedRun(online.url, online.key, "online", id);
  assert.equal(run.state, "finished");
  assertAllRows(run.history, 500);
  assert.equal(run.historyLineCount, 500);
  assert.equal(run.history.find((h) => h._step === 9)!.loss, 0.1);
  assert.equal(run.config.lr!.value, 0.01);
  assert.deepEqual(run.config.layers!.value, [64, 32]);
  assert.equal(run.config.epochs!.value, 5);
  assert.equal(run.summary.loss, 1 / 500);
  // System metrics: wandb-events.jsonl rows with W&B's keys.
  assert.ok(run.events.length >= 2, `system-metric rows arrived (${run.events.length})`);
  const ev = run.events[run.events.length - 1]!;
  assert.equal(ev._wandb, true);
  assert.equal(typeof ev._timestamp, "number");
  assert.ok(Object.keys(ev).some((k) => k.startsWith("system.cpu")), JSON.stringify(ev));
  // run.save(): a live file uploaded again after it changed, and an end file.
  assert.equal(await fileText(online.url, online.key, "online", id, "model.txt"), "v2, changed");
  assert.equal(await fileText(online.url, online.key, "online", id, "end.md"), "at the end");
  for (
    const f of [
      "config.yaml",
      "output.log",
      "wandb-metadata.json",
      "wandb-summary.json",
      "requirements.txt",
    ]
  ) {
    assert.ok(run.files.includes(f), `${f} uploaded (have ${run.files})`);
  }
  // The uploaded output.log, and the lines streamed with W&B's timestamps and stderr prefix.
  assert.deepEqual(run.logLines.filter((l) => l.startsWith("batch")), [
    "batch 0 done",
    "batch 1 done",
    "batch 2 done",
  ]);
  const streamed = streamedOutput(`${online.dir}/server`, "online", id);
  assert.equal(streamed.length, 4);
  assert.match(
    streamed[0]!,
    new RegExp(`^ERROR \\d{4}-\\d\\d-\\d\\dT[\\d:.]+ RUN ${id} STEP 0\\n$`),
  );
  assert.match(streamed[3]!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})? batch 2 done\n$/);
  const runDir = [...Deno.readDirSync(`${online.dir}/wandb`)].find((e) =>
    e.name.startsWith("run-")
  )!;
  assert.ok(Deno.statSync(`${online.dir}/wandb/${runDir.name}/run-${id}.wandb.synced`).isFile);
  // The key is in no log, no run file and not in the transaction log.
  const keyBytes = new TextEncoder().encode(online.key);
  const walk = (d: string): string[] =>
    [...Deno.readDirSync(d)].flatMap((e) =>
      e.isDirectory ? walk(`${d}/${e.name}`) : e.isFile ? [`${d}/${e.name}`] : []
    );
  for (const f of walk(`${online.dir}/wandb/${runDir.name}`)) {
    const bytes = Deno.readFileSync(f);
    const hay = new TextDecoder("latin1").decode(bytes);
    assert.ok(!hay.includes(online.key), `${f} holds the API key (${keyBytes.length} bytes)`);
  }
  assert.doesNotMatch(r.stdout + r.stderr, new RegExp(online.key));
});

Deno.test("faults: 500s, 429 with Retry-After, dropped connections and stalls lose and duplicate nothing", async () => {
  await using online = await onlineEnv();
  const proxy = online.proxy((kind, n, body) => {
    if (kind === "graphql") {
      // A server without createRunFiles: the sender falls back to RunUploadUrls.
      if (body.includes("createRunFiles")) {
        return {
          status: 400,
          body: JSON.stringify({
            errors: [{ message: 'Cannot query field "createRunFiles" on type "Mutation".' }],
          }),
        };
      }
      return n === 0 ? { status: 500 } : n === 2 ? "drop" : "pass";
    }
    if (kind === "upload") return n === 0 ? { status: 503 } : "pass";
    switch (n) {
      case 1:
        return { status: 500 };
      case 2:
        return { status: 429, headers: { "retry-after": "1" } };
      case 3:
        return "drop";
      case 5:
        return "drop-after";
      case 7:
        return { stallMs: 2500 };
      case 6:
        return { status: 502 };
      default:
        return "pass";
    }
  });
  const child = spawnOnline(online, {
    WANDB_X_FILE_STREAM_TIMEOUT_SECONDS: "1",
    WANDB_BASE_URL: proxy.url,
    ROWS: "3000",
    BATCHES: "30",
    PAUSE_MS: "30",
    LINES: "30",
  });
  const r = await child.done;
  assert.equal(r.code, 0, r.stderr);
  const run = await storedRun(online.url, online.key, "online", await child.runId);
  assert.equal(run.state, "finished");
  assertAllRows(run.history, 3000);
  const id = await child.runId;
  const streamed = streamedOutput(`${online.dir}/server`, "online", id).filter((l) =>
    !l.startsWith("ERROR")
  );
  assert.deepEqual(
    streamed.map((l) => l.replace(/^\S+ /, "")),
    Array.from({ length: 30 }, (_, i) => `batch ${i} done\n`),
    "each console line exactly once",
  );
  assert.ok(run.files.includes("config.yaml"), "files uploaded through RunUploadUrls");
  for (
    const f of ["500", "429", '"drop"', "drop-after", "stallMs", "502", "503", "createRunFiles"]
  ) {
    assert.ok(
      proxy.applied.some((a) => a.includes(f)),
      `fault ${f} was injected: ${proxy.applied}`,
    );
  }
});

Deno.test("the server killed and restarted mid-run: every row arrives once, the run finishes", async () => {
  await using online = await onlineEnv();
  const child = spawnOnline(online, {
    WANDB_X_FILE_STREAM_RETRY_MAX: "100",
    ROWS: "2000",
    BATCHES: "40",
    PAUSE_MS: "50",
  });
  await child.runId;
  await sleep(500);
  await online.kill("SIGKILL");
  await sleep(1000);
  await online.restart();
  const r = await child.done;
  assert.equal(r.code, 0, r.stderr);
  const run = await storedRun(online.url, online.key, "online", await child.runId);
  assert.equal(run.state, "finished");
  assertAllRows(run.history, 2000);
});

Deno.test("the server never comes back: finish says to sync later, and sync completes the run from its checkpoint", async () => {
  await using online = await onlineEnv();
  const child = spawnOnline(online, {
    WANDB_X_FILE_STREAM_RETRY_MAX: "3",
    WANDB_X_GRAPHQL_RETRY_MAX: "3",
    ROWS: "1000",
    // Logging lasts ~4 s, so the kill below lands mid-run even when a loaded machine is slow to
    // read the run id (with 1 s of logging the run could finish first, and nothing was missed).
    BATCHES: "40",
    PAUSE_MS: "100",
  });
  const id = await child.runId;
  await sleep(400);
  await online.kill("SIGKILL");
  const r = await child.done;
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /ERROR not everything reached the server: .*gave up after/);
  assert.match(r.stderr, /(?:wandb-ts|deno run -A jsr:@wandb\/ts\/cli) sync wandb\/run-\S+/);
  const runDir = /(?:wandb-ts|deno run -A jsr:@wandb\/ts\/cli) sync (wandb\/run-\S+)/.exec(
    r.stderr,
  )![1]!;
  await online.restart();
  const s = await cli(["sync", runDir], online.dir, { HOME: online.dir, ...online.clientEnv });
  assert.equal(s.code, 0, s.stdout + s.stderr);
  const from = Number(/going on from byte (\d+)/.exec(s.stdout)?.[1]);
  assert.ok(from > 7, `sync went on from the checkpoint (${s.stdout})`);
  const run = await storedRun(online.url, online.key, "online", id);
  assert.equal(run.state, "finished");
  assertAllRows(run.history, 1000);
  assert.ok(Deno.statSync(`${online.dir}/${runDir}/run-${id}.wandb.synced`).isFile);
});

Deno.test("resume: allow continues steps and offsets; must and never refuse with W&B's errors", async () => {
  await using online = await onlineEnv();
  const env = { ROWS: "10", LINES: "1" };
  const first = spawnOnline(online, {
    ...env,
    WANDB_RUN_ID: "resumeme",
    WANDB_TAGS: "keep",
    WANDB_NOTES: "first notes",
  });
  assert.equal((await first.done).code, 0);
  // The resumed run renames itself: that update carries every run field, and must keep the
  // tags and notes the server has.
  const second = spawnOnline(online, {
    ...env,
    WANDB_RUN_ID: "resumeme",
    WANDB_RESUME: "must",
    ROWS: "5",
    NAME_ONLY: "1",
  });
  const r2 = await second.done;
  assert.equal(r2.code, 0, r2.stderr);
  assert.match(r2.stderr, /RUN resumeme STEP 10/);
  assert.match(r2.stderr, /Resuming run/);
  const run = await storedRun(online.url, online.key, "online", "resumeme");
  assertAllRows(run.history, 15);
  const streamed = streamedOutput(`${online.dir}/server`, "online", "resumeme");
  assert.deepEqual(
    streamed.map((l) => l.replace(/^(ERROR )?\S+ /, "")),
    ["RUN resumeme STEP 0\n", "batch 0 done\n", "RUN resumeme STEP 10\n", "batch 0 done\n"],
    "console lines of the resumed run come after the first run's",
  );
  assert.equal(run.state, "finished");
  const meta = await gql<
    { project: { run: { displayName: string; tags: string[]; notes: string } } }
  >(
    online.url,
    online.key,
    `query R { project(name: "online", entityName: "local") { run(name: "resumeme") { displayName tags notes } } }`,
  );
  assert.deepEqual(meta.project.run, {
    displayName: "renamed",
    tags: ["keep"],
    notes: "first notes",
  });

  // auto: a failed run leaves wandb/wandb-resume.json; the next start resumes it without an id,
  // and a clean finish forgets it.
  const failed = spawnOnline(online, { ...env, WANDB_RESUME: "auto", FAIL: "1" });
  assert.equal((await failed.done).code, 1);
  const autoId = await failed.runId;
  assert.deepEqual(JSON.parse(Deno.readTextFileSync(`${online.dir}/wandb/wandb-resume.json`)), {
    run_id: autoId,
  });
  const again = spawnOnline(online, { ...env, WANDB_RESUME: "auto" });
  const ra = await again.done;
  assert.equal(ra.code, 0, ra.stderr);
  assert.match(ra.stderr, new RegExp(`RUN ${autoId} STEP 10`));
  assert.throws(() => Deno.statSync(`${online.dir}/wandb/wandb-resume.json`), Deno.errors.NotFound);
  const autoRun = await storedRun(online.url, online.key, "online", autoId);
  assertAllRows(autoRun.history, 20);
  assert.equal(autoRun.state, "finished");

  const never = spawnOnline(online, { ...env, WANDB_RUN_ID: "resumeme", WANDB_RESUME: "never" });
  const r3 = await never.done;
  assert.equal(r3.code, 1);
  assert.match(r3.stderr, /resume="never" but run resumeme already exists in local\/online/);
  const must = spawnOnline(online, { ...env, WANDB_RUN_ID: "nosuchrun", WANDB_RESUME: "must" });
  const r4 = await must.done;
  assert.equal(r4.code, 1);
  assert.match(r4.stderr, /resume="must" but run nosuchrun does not exist in local\/online/);
});

Deno.test("login checks the key and saves it in netrc; a run then needs no WANDB_API_KEY", async () => {
  await using online = await onlineEnv();
  const env = {
    HOME: online.dir,
    NETRC: `${online.dir}/.netrc`,
    WANDB_CONFIG_DIR: `${online.dir}/.config`,
  };
  const bad = await cli(["login", "--host", online.url, "f".repeat(40)], online.dir, env);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /refused this API key \(401\)/);
  assert.doesNotMatch(bad.stdout + bad.stderr, /f{40}/);
  const ok = await cli(["login", "--host", online.url, online.key], online.dir, env);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /logged in to .* as local/);
  assert.doesNotMatch(ok.stdout + ok.stderr, new RegExp(online.key));
  const host = new URL(online.url).hostname;
  assert.equal(
    Deno.readTextFileSync(`${online.dir}/.netrc`),
    `machine ${host}\n  login user\n  password ${online.key}\n`,
  );
  assert.equal(Deno.statSync(`${online.dir}/.netrc`).mode! & 0o777, 0o600);
  // No WANDB_API_KEY and no WANDB_BASE_URL: netrc and the global settings file are used.
  const child = spawnRun(online.dir, { ...FAST, ...env, ROWS: "20" });
  const r = await child.done;
  assert.equal(r.code, 0, r.stderr);
  const run = await storedRun(online.url, online.key, "online", await child.runId);
  assertAllRows(run.history, 20);
});

Deno.test("no key → offline with a notice; sync uploads it, and syncing twice duplicates nothing", async () => {
  await using online = await onlineEnv();
  const child = spawnRun(online.dir, {
    ...FAST,
    WANDB_BASE_URL: online.url,
    ROWS: "300",
    BATCHES: "3",
  });
  const r = await child.done;
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /no API key for http:\/\/127\.0\.0\.1:\d+: run `(?:wandb-ts|deno run -A jsr:@wandb\/ts\/cli) login/,
  );
  const id = await child.runId;
  const other = spawnRun(online.dir, { ...FAST, WANDB_MODE: "offline", ROWS: "50" });
  assert.equal((await other.done).code, 0);
  const env = { HOME: online.dir, ...online.clientEnv };
  const s1 = await cli(["sync", "--sync-all", "--jobs", "2"], online.dir, env);
  assert.equal(s1.code, 0, s1.stderr);
  assert.match(s1.stdout, /2 of 2 run\(s\) synced/);
  assert.match(s1.stdout, /syncing 2 run\(s\) \[#{24}\] 100% /, "progress without a terminal");
  assertAllRows(
    (await storedRun(online.url, online.key, "online", await other.runId)).history,
    50,
  );
  const once = await storedRun(online.url, online.key, "online", id);
  assert.equal(once.state, "finished");
  assertAllRows(once.history, 300);
  const s2 = await cli(["sync", "--sync-all"], online.dir, env);
  assert.match(s2.stdout, /already synced/);
  const s3 = await cli(["sync", "--sync-all", "--include-synced"], online.dir, env);
  assert.equal(s3.code, 0, s3.stderr);
  const twice = await storedRun(online.url, online.key, "online", id);
  assertAllRows(twice.history, 300);
  assert.deepEqual(twice.logLines, once.logLines);
  assert.equal(twice.historyLineCount, 300);
});

Deno.test("a server that never answers: init goes offline after init_timeout and says so", async () => {
  const dir = await Deno.makeTempDir({ prefix: "wandb-online-" });
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const held: Deno.Conn[] = [];
  (async () => {
    for await (const c of listener) held.push(c); // accept, never answer
  })();
  try {
    const port = (listener.addr as Deno.NetAddr).port;
    const child = spawnRun(dir, {
      WANDB_BASE_URL: `http://127.0.0.1:${port}`,
      WANDB_API_KEY: "a".repeat(40),
      WANDB_INIT_TIMEOUT: "1",
      WANDB_X_GRAPHQL_TIMEOUT_SECONDS: "0.5",
      ROWS: "10",
    });
    const r = await child.done;
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stderr,
      /could not start the run on http:\/\/127\.0\.0\.1:\d+: .*; it goes on offline/,
    );
    assert.match(r.stderr, /(?:wandb-ts|deno run -A jsr:@wandb\/ts\/cli) sync wandb\/run-/);
    assert.doesNotMatch(r.stderr, /a{40}/);
  } finally {
    listener.close();
    for (const c of held) c.close();
    await Deno.remove(dir, { recursive: true });
  }
});

/**
 * Waits until the run's first file_stream post landed (`"history"`: one with history), then
 * stops it with `stopRun`.
 */
async function stopWhenStreaming(
  url: string,
  key: string,
  name: string,
  after: "history" | "first post" = "history",
): Promise<void> {
  type R = {
    id: string;
    historyLineCount: number;
    logLineCount: number;
    eventsLineCount: number;
  } | null;
  const q =
    `query R($name: String!) { project(name: "online", entityName: "local") { run(name: $name) { id historyLineCount logLineCount eventsLineCount } } }`;
  for (let i = 0; i < 300; i++) {
    const d = await gql<{ project: { run: R } | null }>(url, key, q, { name });
    const run = d.project?.run;
    const lines = !run
      ? 0
      : after === "history"
      ? run.historyLineCount
      : run.historyLineCount + run.logLineCount + run.eventsLineCount;
    if (run && lines > 0) {
      const r = await gql<{ stopRun: { success: boolean } }>(
        url,
        key,
        `mutation stopRun($id: ID!) { stopRun(input: {id: $id}) { clientMutationId success } }`,
        { id: run.id },
      );
      assert.equal(r.stopRun.success, true);
      return;
    }
    await sleep(50);
  }
  throw new Error(`run ${name} never streamed`);
}

Deno.test("stop from the server: polled or read from file_stream; the default exits, a handler lets the program finish", async () => {
  await using online = await onlineEnv();
  // 1. RunStoppedStatus polling: after its first post this run posts every 30 s only, so no
  //    file_stream answer can tell it in time.
  const polled = spawnOnline(online, {
    UNTIL_STOPPED: "1",
    WANDB_X_STOP_POLLING_INTERVAL: "0.2",
    WANDB_X_FILE_STREAM_TRANSMIT_INTERVAL: "30",
  });
  const id1 = await polled.runId;
  await stopWhenStreaming(online.url, online.key, id1, "first post");
  const r1 = await polled.done;
  assert.equal(
    r1.code,
    255,
    `without a handler the SDK finishes the run and exits with 255: ${r1.stderr}`,
  );
  assert.match(r1.stderr, /the run was stopped from the server .*finishing it and exiting/);
  assert.doesNotMatch(r1.stderr, /LOOP ENDED/, "the program was interrupted");
  const run1 = await storedRun(online.url, online.key, "online", id1);
  assert.equal(run1.state, "killed");
  // Resuming the stopped run starts a new life: it is not stopped again.
  const resumed = spawnOnline(online, { WANDB_RUN_ID: id1, WANDB_RESUME: "must", ROWS: "5" });
  const rr = await resumed.done;
  assert.equal(rr.code, 0, rr.stderr);
  assert.equal((await storedRun(online.url, online.key, "online", id1)).state, "finished");
  assert.ok(run1.historyLineCount > 0);
  assertAllRows(run1.history, run1.historyLineCount); // every row logged before the stop

  // 2. No polling: the `"stopped": true` of a file_stream answer; a handler takes over, and
  //    name/tags/notes set after init reach the server.
  const handled = spawnOnline(online, {
    UNTIL_STOPPED: "1",
    WANDB_X_STOP_POLLING_INTERVAL: "0",
    ON_STOP: "1",
    RENAME: "1",
  });
  const id2 = await handled.runId;
  await stopWhenStreaming(online.url, online.key, id2);
  const r2 = await handled.done;
  assert.equal(r2.code, 0, r2.stderr);
  assert.match(r2.stderr, /handing over to run\.onStop\(\)/);
  assert.match(r2.stderr, /HANDLER called[\s\S]*LOOP ENDED stopped/);
  const run2 = await storedRun(online.url, online.key, "online", id2);
  assert.equal(run2.state, "killed", "a stopped run ends killed even when it exits 0");
  assertAllRows(run2.history, run2.historyLineCount);
  assert.equal(run2.displayName, "renamed");
  const meta = await gql<{ project: { run: { tags: string[]; notes: string } } }>(
    online.url,
    online.key,
    `query R($name: String!) { project(name: "online", entityName: "local") { run(name: $name) { tags notes } } }`,
    { name: id2 },
  );
  assert.deepEqual(meta.project.run.tags, ["a", "b"]);
  assert.equal(meta.project.run.notes, "changed after init");
});

Deno.test("sync reads on past a damaged block: the rows around it arrive, the skipped bytes are named", async () => {
  await using online = await onlineEnv();
  const child = spawnRun(online.dir, { ...FAST, WANDB_MODE: "offline", ROWS: "3000", LINES: "0" });
  assert.equal((await child.done).code, 0);
  const id = await child.runId;
  const runDir =
    [...Deno.readDirSync(`${online.dir}/wandb`)].find((e) => e.name.endsWith(id))!.name;
  const log = `${online.dir}/wandb/${runDir}/run-${id}.wandb`;
  const bytes = Deno.readFileSync(log);
  assert.ok(bytes.length > 5 * 32768, `the log spans several blocks (${bytes.length} bytes)`);
  const at = 3 * 32768 + 1000; // inside a record of the fourth block
  bytes[at] = bytes[at]! ^ 0xff;
  Deno.writeFileSync(log, bytes);
  const env = { HOME: online.dir, ...online.clientEnv };
  const s = await cli(["sync", `wandb/${runDir}`], online.dir, env);
  assert.equal(s.code, 0, s.stderr);
  // The flipped byte lands in a payload or in a chunk header, as the records' sizes fall.
  const m =
    /skipped damaged bytes (\d+)–(\d+) of the log \((checksum mismatch|chunk length|unexpected chunk type)/
      .exec(s.stderr);
  assert.ok(m, s.stderr);
  const [from, to] = [+m[1]!, +m[2]!];
  assert.ok(from <= at && at - from < 400, `the region starts at the damaged record: ${from}`);
  assert.ok(
    to >= 4 * 32768 && to < 4 * 32768 + 400,
    `it ends at the next block's first record: ${to}`,
  );
  const run = await storedRun(online.url, online.key, "online", id);
  assert.equal(run.state, "finished", "the exit record after the damage was read");
  const steps = run.history.map((h) => h._step as number).sort((a, b) => a - b);
  const missing = 3000 - steps.length;
  assert.ok(missing > 0 && missing < 400, `lost only the damaged block's rows (${missing})`);
  assert.equal(steps.at(-1), 2999);
  // The lost rows are one contiguous run of steps: rows are kept by their own `_step`.
  const gaps = steps.slice(1).filter((v, i) => v !== steps[i]! + 1);
  assert.equal(gaps.length, 1, "one hole");
});

Deno.test("a slow server at finish: finish shows how much of the run the server has acknowledged", async () => {
  await using online = await onlineEnv();
  // Every file_stream answer takes 0.8 s: the last posts keep finish() waiting for seconds.
  const proxy = online.proxy((kind) => kind === "fileStream" ? { stallMs: 800 } : "pass");
  const child = spawnOnline(online, {
    WANDB_X_FILE_STREAM_TRANSMIT_INTERVAL: "30",
    WANDB_BASE_URL: proxy.url,
    ROWS: "2000",
  });
  const r = await child.done;
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /wandb: sending run data: \d+\.\d of \d+\.\d MB \(\d+ %\), [\d,]+ lines acknowledged\n/,
  );
  const run = await storedRun(online.url, online.key, "online", await child.runId);
  assert.equal(run.state, "finished");
  assertAllRows(run.history, 2000);
});

Deno.test("SIGTERM while finish() waits for the server: the finish under way completes, then exit 143", async () => {
  await using online = await onlineEnv();
  const proxy = online.proxy((kind) => kind === "fileStream" ? { stallMs: 800 } : "pass");
  const child = spawnOnline(online, {
    WANDB_X_FILE_STREAM_TRANSMIT_INTERVAL: "30",
    WANDB_BASE_URL: proxy.url,
    ROWS: "2000",
  });
  await until(() => /wandb: sending run data/.test(child.stderrText()), {
    what: "finish() is waiting for the server",
  });
  child.process.kill("SIGTERM");
  const r = await child.done;
  assert.equal(r.code, 143, r.stderr);
  // The signal did not cut the finish: every row arrived and the exit record with it.
  const run = await storedRun(online.url, online.key, "online", await child.runId);
  assert.equal(run.state, "finished");
  assertAllRows(run.history, 2000);
});

Deno.test("name, tags and notes set after init in an offline run reach the server through sync", async () => {
  await using online = await onlineEnv();
  const child = spawnRun(online.dir, { ...FAST, WANDB_MODE: "offline", ROWS: "20", RENAME: "1" });
  assert.equal((await child.done).code, 0);
  const id = await child.runId;
  const env = { HOME: online.dir, ...online.clientEnv };
  const s = await cli(["sync", "--sync-all"], online.dir, env);
  assert.equal(s.code, 0, s.stderr);
  const meta = await gql<{
    project: { run: { displayName: string; tags: string[]; notes: string; state: string } };
  }>(
    online.url,
    online.key,
    `query R($name: String!) { project(name: "online", entityName: "local") { run(name: $name) { displayName tags notes state } } }`,
    { name: id },
  );
  assert.deepEqual(meta.project.run, {
    displayName: "renamed",
    tags: ["a", "b"],
    notes: "changed after init",
    state: "finished",
  });
});
