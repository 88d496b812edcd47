// The sender against a scripted local HTTP server: the exact file_stream bodies it posts, and
// bounded memory while the server refuses every post.
import assert from "node:assert/strict";
import { encodeRecord } from "../../proto/mod.ts";
import { TransactionLogWriter } from "../transaction_log.ts";
import { FULL_BYTES } from "./file_stream.ts";
import { loadCheckpoint } from "./checkpoint.ts";
import { Sender, type SenderOptions } from "./sender.ts";

const policy = { maxRetries: 1000, minDelayMs: 5, maxDelayMs: 20 };

/** A W&B-shaped fake: UpsertBucket and CreateRunFiles answered, file_stream by `onPost`. */
function fakeServer(
  onPost: (body: Record<string, unknown>) => Response,
  onUpsert: (n: number) => Response | undefined = () => undefined,
  /** Mutations the capability probe lists (no answer to the probe without). */
  mutations?: string[],
) {
  const ops: string[] = [];
  const alerts: Record<string, unknown>[] = [];
  let upserts = 0;
  const upsertVars: Record<string, unknown>[] = [];
  const posts: Record<string, unknown>[] = [];
  const puts: string[] = [];
  const ac = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen() {} },
    async (req) => {
      const url = new URL(req.url);
      if (url.pathname === "/graphql") {
        const { query, variables } = await req.json();
        ops.push(/^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? "?");
        if (query.includes("ProbeServerCapabilities") && mutations) {
          const fields = (names: string[]) => ({ fields: names.map((name) => ({ name })) });
          return Response.json({
            data: {
              QueryType: fields(["project", "model"]),
              MutationType: fields(mutations),
              ServerInfoType: fields([]),
            },
          });
        }
        if (query.includes("RunUploadUrls")) {
          return Response.json({
            data: {
              model: {
                bucket: {
                  id: "b1",
                  files: {
                    uploadHeaders: [],
                    edges: variables.files.map((n: string) => ({
                      node: { name: n, url: `/put/${n}` },
                    })),
                  },
                },
              },
            },
          });
        }
        if (query.includes("notifyScriptableRunAlert")) {
          alerts.push(variables);
          return Response.json({ data: { notifyScriptableRunAlert: { success: true } } });
        }
        if (query.includes("upsertBucket")) {
          upsertVars.push(variables);
          const scripted = onUpsert(upserts++);
          if (scripted) return scripted;
          return Response.json({
            data: {
              upsertBucket: {
                inserted: true,
                bucket: {
                  id: "b1",
                  name: variables.name,
                  displayName: "fake-run-1",
                  project: { name: variables.project, entity: { name: "ent" } },
                },
              },
            },
          });
        }
        if (query.includes("createRunFiles")) {
          return Response.json({
            data: {
              createRunFiles: {
                runID: "b1",
                uploadHeaders: [],
                files: variables.files.map((n: string) => ({ name: n, uploadUrl: `/put/${n}` })),
              },
            },
          });
        }
        return Response.json({ errors: [{ message: "unexpected query" }] });
      }
      if (url.pathname.startsWith("/put/")) {
        puts.push(url.pathname.slice(5));
        await req.arrayBuffer();
        return new Response("");
      }
      const body = await req.json();
      posts.push(body);
      return onPost(body);
    },
  );
  return {
    url: `http://127.0.0.1:${server.addr.port}`,
    posts,
    puts,
    upsertVars,
    ops,
    alerts,
    async [Symbol.asyncDispose]() {
      ac.abort();
      await server.finished;
    },
  };
}

/** A sender of `<dir>/run-abc.wandb` to the fake server, with test-sized policies. */
function testSender(dir: string, url: string, extra: Partial<SenderOptions> = {}): Sender {
  return new Sender({
    logPath: `${dir}/run-abc.wandb`,
    filesDir: `${dir}/files`,
    baseUrl: url,
    apiKey: "k".repeat(40),
    graphqlPolicy: policy,
    fileStreamPolicy: policy,
    graphqlTimeoutMs: 5000,
    fileStreamTimeoutMs: 5000,
    live: false,
    ...extra,
  });
}

/** A temporary run directory with its `files/`, removed on dispose. */
function runDir(): Disposable & { path: string } {
  const path = Deno.makeTempDirSync();
  Deno.mkdirSync(`${path}/files`);
  return { path, [Symbol.dispose]: () => Deno.removeSync(path, { recursive: true }) };
}

/** Sends the whole log of `dir` (`size` bytes) to `url`, asserts the sender ended well, and
 * returns the notices it printed. */
async function sendAll(
  dir: string,
  url: string,
  size: number,
  extra: Partial<SenderOptions> = {},
): Promise<string[]> {
  const notices: string[] = [];
  const sender = testSender(dir, url, { notice: (m) => notices.push(m), ...extra });
  sender.close(size);
  const r = await sender.done;
  assert.equal(r.ok, true, r.message);
  return notices;
}

function writeLog(path: string, rows: number, exit = true, hugeAt = -1): number {
  const log = TransactionLogWriter.create(path);
  let num = 0;
  const add = (r: Parameters<typeof encodeRecord>[0]) =>
    log.append(encodeRecord({ num: ++num, ...r }));
  add({ header: {} });
  add({
    run: {
      runId: "abc",
      project: "proj",
      config: { update: [{ key: "lr", valueJson: "0.1" }] },
      startTime: { seconds: 1_700_000_000, nanos: 0 },
    },
  });
  for (let i = 0; i < rows; i++) {
    add({
      history: {
        item: [
          { key: "loss", valueJson: String(1 / (i + 1)) },
          { key: "_step", valueJson: String(i) },
          ...(i === hugeAt
            ? [{ key: "blob", valueJson: JSON.stringify("x".repeat(11 << 20)) }]
            : []),
        ],
      },
    });
  }
  add({ summary: { update: [{ key: "best", valueJson: "0.5" }] } });
  add({
    outputRaw: {
      outputType: 1,
      line: "hello\n",
      timestamp: { seconds: 1_700_000_001, nanos: 500_000_000 },
    },
  });
  add({
    outputRaw: { outputType: 0, line: "oops\n", timestamp: { seconds: 1_700_000_002, nanos: 0 } },
  });
  add({ config: { update: [{ key: "later", valueJson: "1" }] } });
  if (exit) add({ exit: { exitCode: 3, runtime: 7 }, control: { alwaysSend: true } });
  log.close();
  return Deno.statSync(path).size;
}

Deno.test("Sender: file_stream bodies have W&B's shape, offsets, summary, console lines and the exit code", async () => {
  using tmp = runDir();
  const dir = tmp.path;
  await using server = fakeServer(() => Response.json({ exitcode: null, limits: {} }));
  Deno.writeTextFileSync(`${dir}/files/config.yaml`, "lr: 0.1\n");
  Deno.writeTextFileSync(
    `${dir}/files/wandb-metadata.json`,
    JSON.stringify({ program: "train.ts", git: { remote: "https://g/r.git", commit: "abc123" } }),
  );
  const size = writeLog(`${dir}/run-abc.wandb`, 3);
  const sender = testSender(dir, server.url);
  sender.close(size);
  const r = await sender.done;
  assert.deepEqual(r, {
    ok: true,
    complete: true,
    url: `${server.url}/ent/proj/runs/abc`,
    message: undefined,
    lines: 5,
    files: 2,
  });
  assert.deepEqual(server.puts, ["config.yaml", "wandb-metadata.json"]);
  const first = server.upsertVars[0]!;
  assert.deepEqual(
    [first.name, first.project, first.program, first.commit, first.repo],
    ["abc", "proj", "train.ts", "abc123", "https://g/r.git"],
  );
  assert.equal(JSON.parse(first.config as string).lr.value, 0.1);
  // Data posts, then the final one; each file's lines at consecutive offsets.
  const content: Record<string, unknown[]> = {};
  for (const post of server.posts) {
    for (
      const [name, f] of Object.entries(
        (post.files ?? {}) as Record<string, { offset: number; content: string[] }>,
      )
    ) {
      const have = content[name] ??= [];
      if (name !== "wandb-summary.json") assert.equal(f.offset, have.length, `${name} offset`);
      have.push(...f.content);
    }
  }
  assert.deepEqual(content, {
    "wandb-history.jsonl": [
      '{"loss":1,"_step":0}',
      '{"loss":0.5,"_step":1}',
      '{"loss":0.3333333333333333,"_step":2}',
    ],
    "output.log": ["2023-11-14T22:13:21.500000 hello\n", "ERROR 2023-11-14T22:13:22 oops\n"],
    "wandb-summary.json": ['{"best":0.5}'],
  });
  const last = server.posts[server.posts.length - 1]!;
  assert.deepEqual(
    {
      complete: last.complete,
      exitcode: last.exitcode,
      dropped: last.dropped,
      uploaded: last.uploaded,
    },
    { complete: true, exitcode: 3, dropped: 0, uploaded: ["config.yaml", "wandb-metadata.json"] },
  );
  for (const post of server.posts.slice(0, -1)) assert.equal(post.complete, undefined);
  assert.ok(Deno.statSync(`${dir}/run-abc.wandb.synced`).isFile);
});

Deno.test("Sender: an alert goes as notifyScriptableRunAlert, preempting as W&B's preempting post; records before exit all count", async () => {
  using tmp = runDir();
  const dir = tmp.path;
  await using server = fakeServer(() => Response.json({ exitcode: null, limits: {} }));
  // A log that ends as ours and the official client's do: the run's last records (its final
  // summary, its files), then exit; final and footer follow it.
  const log = TransactionLogWriter.create(`${dir}/run-abc.wandb`);
  let num = 0;
  const add = (r: Parameters<typeof encodeRecord>[0]) =>
    log.append(encodeRecord({ num: ++num, ...r }));
  add({ header: {} });
  add({ run: { runId: "abc", project: "proj", startTime: { seconds: 1_700_000_000, nanos: 0 } } });
  add({ history: { item: [{ key: "loss", valueJson: "0.5" }, { key: "_step", valueJson: "0" }] } });
  add({
    alert: { title: "plateau", text: "stopped improving", level: "WARN", waitDuration: 300_000 },
  });
  add({ alert: { title: "odd", text: "no level" } });
  add({ preempting: {} });
  add({ summary: { update: [{ key: "loss", valueJson: '{"min":0.5}' }] } });
  Deno.writeTextFileSync(`${dir}/files/wandb-metadata.json`, "{}");
  add({ files: { files: [{ path: "wandb-metadata.json", type: 1 }] } });
  add({ exit: { exitCode: 0, runtime: 2 }, control: { alwaysSend: true } });
  add({ final: {} });
  add({ footer: {} });
  log.close();
  await sendAll(dir, server.url, Deno.statSync(`${dir}/run-abc.wandb`).size);
  assert.deepEqual(server.alerts, [
    {
      entityName: "ent",
      projectName: "proj",
      runName: "abc",
      title: "plateau",
      text: "stopped improving",
      severity: "WARN",
      waitDuration: 300_000,
    },
    {
      entityName: "ent",
      projectName: "proj",
      runName: "abc",
      title: "odd",
      text: "no level",
      severity: "INFO",
      waitDuration: 0, // as the record holds it (the official client always sets it)
    },
  ]);
  const flags = server.posts.map((p) => [p.complete, p.preempting ?? null]);
  assert.deepEqual(flags.filter(([, pre]) => pre), [[false, true]], "one preempting post");
  assert.deepEqual(flags.at(-1), [true, null], "the final post comes last");
  const summaries = server.posts.flatMap((p) =>
    (p.files as Record<string, { content: string[] }> | undefined)?.["wandb-summary.json"]
      ?.content ?? []
  );
  assert.deepEqual(JSON.parse(summaries.at(-1)!).loss, { min: 0.5 });
  assert.ok(server.puts.includes("wandb-metadata.json"), server.puts.join());
});

Deno.test("Sender: while the server refuses every post it holds one batch and stops reading the log", async () => {
  using tmp = runDir();
  const dir = tmp.path;
  await using server = fakeServer(() => new Response("down", { status: 503 }));
  const size = writeLog(`${dir}/run-abc.wandb`, 200_000, false);
  const sender = testSender(dir, server.url, { live: true });
  sender.wake(size);
  await sender.started;
  while (server.posts.length < 20) await new Promise((r) => setTimeout(r, 10));
  const p = sender.progress;
  assert.equal(p.ackedLines, 0);
  assert.ok(p.pendingBytes <= FULL_BYTES + 1024, `one batch pending (${p.pendingBytes} bytes)`);
  assert.ok(p.readOffset < size / 2, `reading stopped at ${p.readOffset} of ${size}`);
  sender.abort("test over");
  const r = await sender.done;
  assert.equal(r.ok, false);
  assert.equal(r.message, "test over");
});

Deno.test("Sender: a config update the server refuses (4xx) is logged and the run still completes", async () => {
  using tmp = runDir();
  const dir = tmp.path;
  await using server = fakeServer(
    () => Response.json({}),
    (n) =>
      n > 0
        ? Response.json({ errors: [{ message: "config too large" }] }, { status: 400 })
        : undefined,
  );
  const size = writeLog(`${dir}/run-abc.wandb`, 3);
  const warnings: string[] = [];
  const sender = testSender(dir, server.url, {
    log: (level, m) => level === "warn" && warnings.push(m),
  });
  sender.close(size);
  const r = await sender.done;
  assert.equal(r.ok, true, r.message);
  assert.equal(r.complete, true);
  assert.equal(warnings.length, 1);
  assert.match(
    warnings[0]!,
    /run update refused, going on without it: UpsertBucket .* config too large/,
  );
});

Deno.test("Sender: the capability probe picks RunUploadUrls when the server lists no createRunFiles", async () => {
  using tmp = runDir();
  const dir = tmp.path;
  await using server = fakeServer(
    () => Response.json({ exitcode: null, limits: {} }),
    undefined,
    ["upsertBucket"],
  );
  Deno.writeTextFileSync(`${dir}/files/config.yaml`, "lr: 0.1\n");
  const size = writeLog(`${dir}/run-abc.wandb`, 3);
  await sendAll(dir, server.url, size);
  assert.deepEqual(server.puts, ["config.yaml"]);
  assert.ok(server.ops.includes("ProbeServerCapabilities"), server.ops.join());
  assert.ok(server.ops.includes("RunUploadUrls"), server.ops.join());
  assert.ok(!server.ops.includes("CreateRunFiles"), "not tried when the probe says it is absent");
});

Deno.test("Sender: a history row over W&B's 10 MiB line limit is dropped with an error; the rest goes on", async () => {
  using tmp = runDir();
  const dir = tmp.path;
  await using server = fakeServer(() => Response.json({ exitcode: null, limits: {} }));
  const size = writeLog(`${dir}/run-abc.wandb`, 4, true, 1);
  const notices = await sendAll(dir, server.url, size);
  const history = server.posts.flatMap((p) => {
    const f = (p.files as Record<string, { offset: number; content: string[] }> | undefined)
      ?.["wandb-history.jsonl"];
    return f ? f.content.map((c, i) => [f.offset + i, JSON.parse(c)._step]) : [];
  });
  assert.deepEqual(history, [[0, 0], [1, 2], [2, 3]], "row 1 dropped; offsets stay consecutive");
  assert.equal(notices.length, 1);
  assert.match(
    notices[0]!,
    /^wandb: ERROR a history row of \d+ bytes is over file_stream's 10383360-byte line limit and was dropped/,
  );
  assert.ok(
    server.posts.every((p) => JSON.stringify(p).length < 10 << 20),
    "no post over 10 MiB",
  );
});

Deno.test("Sender: posts are split at W&B's 10 MiB limit, counted on the lines themselves, not their escapes", async () => {
  using tmp = runDir();
  const dir = tmp.path;
  await using server = fakeServer(() => Response.json({ exitcode: null, limits: {} }));
  const path = `${dir}/run-abc.wandb`;
  const { add, close } = runLog(path);
  let step = 0;
  const row = (extra: { key: string; valueJson: string }[] = []) =>
    add({
      history: {
        item: [
          { key: "loss", valueJson: "0.125" },
          { key: "_step", valueJson: String(step++) },
          ...extra,
        ],
      },
    });
  const pad = [{ key: "pad", valueJson: JSON.stringify("p".repeat(90)) }];
  for (let i = 0; i < 15_000; i++) row(pad); // ~2 MiB: the next row does not fit beside them
  row([{ key: "big", valueJson: JSON.stringify("x".repeat(9 << 20)) }]); // 9 MiB line
  for (let i = 0; i < 10; i++) row();
  // 4 Mi quotes: an 8 MiB line (each `"` is `\"` in JSON) whose escaped literal is 16 MiB.
  row([{ key: "quotes", valueJson: JSON.stringify('"'.repeat(4 << 20)) }]);
  for (let i = 0; i < 10; i++) row();
  add({ exit: { exitCode: 0, runtime: 1 } });
  // A generous timeout: this test is about splitting, and a retried post (a loaded machine
  // parsing 9 MiB slowly) would repeat an offset.
  const notices = await sendAll(dir, server.url, close(), { fileStreamTimeoutMs: 300_000 });
  assert.deepEqual(notices, [], "nothing dropped: both long rows are under the line limit");
  const utf8 = new TextEncoder();
  const steps: number[] = [];
  for (const post of server.posts) {
    const f = (post.files as Record<string, { offset: number; content: string[] }> | undefined)
      ?.["wandb-history.jsonl"];
    if (!f) continue;
    assert.equal(f.offset, steps.length, "consecutive offsets");
    const bytes = f.content.reduce((n, line) => n + utf8.encode(line).length, 0);
    assert.ok(bytes <= 10 * 1024 * 1024 - 100 * 1024, `a post of ${bytes} line bytes`);
    steps.push(...f.content.map((c) => JSON.parse(c)._step));
  }
  assert.deepEqual(steps, Array.from({ length: step }, (_, i) => i), "every row, in order");
});

/**
 * A new log at `path` holding a header and the run record of run "abc" in project "proj";
 * `add` appends records, `close` ends the log and returns its size.
 */
function runLog(path: string) {
  const log = TransactionLogWriter.create(path);
  let num = 0;
  const add = (r: Parameters<typeof encodeRecord>[0]) =>
    log.append(encodeRecord({ num: ++num, ...r }));
  add({ header: {} });
  add({ run: { runId: "abc", project: "proj", startTime: { seconds: 1_700_000_000 } } });
  return {
    add,
    close(): number {
      log.close();
      return Deno.statSync(path).size;
    },
  };
}

/** A log of a run whose console wrote `chunks` (stream 1 = stdout, 0 = stderr). */
function consoleLog(path: string, chunks: [0 | 1, string][]): number {
  const { add, close } = runLog(path);
  add({ history: { item: [{ key: "_step", valueJson: "0" }] } });
  for (const [outputType, line] of chunks) {
    add({ outputRaw: { outputType, line, timestamp: { seconds: 1_700_000_001 } } });
  }
  add({ exit: { exitCode: 0, runtime: 1 } });
  return close();
}

/** output.log as a server that writes each posted line at its offset ends up with. */
function outputLog(posts: Record<string, unknown>[]): string[] {
  const lines: string[] = [];
  for (const p of posts) {
    const f = (p.files as Record<string, { offset: number; content: string[] }> | undefined)
      ?.["output.log"];
    f?.content.forEach((l, i) => lines[f.offset + i] = l);
  }
  return lines;
}

/** UTF-8 bytes of a post's lines, the figure W&B's limit counts. */
function lineBytes(post: Record<string, unknown>): number {
  const utf8 = new TextEncoder();
  let n = 0;
  for (const f of Object.values(post.files as Record<string, { content: string[] }> ?? {})) {
    for (const l of f.content) n += utf8.encode(l).length;
  }
  return n;
}

const MAX = 10 * 1024 * 1024 - 100 * 1024;

Deno.test("Sender: a console chunk bigger than one post is split across posts; a line over the limit is cut with a note", async () => {
  using tmp = runDir();
  const dir = tmp.path;
  await using server = fakeServer(() => Response.json({ exitcode: null, limits: {} }));
  // 12 MiB of 100-byte lines in one write, then one 11 MiB line, then a short one.
  const many = Array.from({ length: 120_000 }, (_, i) => `line ${i}`.padEnd(99, ".")).join("\n");
  const size = consoleLog(`${dir}/run-abc.wandb`, [
    [1, many + "\n"],
    [1, "é".repeat(6 << 20) + "\n"], // 12 MiB of UTF-8 in 6 Mi UTF-16 units
    [0, "after\n"],
  ]);
  const notices = await sendAll(dir, server.url, size);
  for (const p of server.posts) assert.ok(lineBytes(p) <= MAX, `a post of ${lineBytes(p)} bytes`);
  const out = outputLog(server.posts);
  assert.equal(out.length, 120_002, "every line, at consecutive offsets");
  for (let i = 0; i < 120_000; i += 997) assert.ok(out[i]!.includes(` line ${i}.`), out[i]);
  assert.match(
    out[120_000]!.slice(-80),
    /é \[line cut: 12582933 bytes\]\n$/,
    out[120_000]!.slice(-80),
  );
  assert.ok(new TextEncoder().encode(out[120_000]!).length <= MAX);
  assert.match(out[120_001]!, /^ERROR 2023-11-14T22:13:21 after\n$/);
  assert.equal(notices.length, 1);
  assert.match(
    notices[0]!,
    /^wandb: ERROR a console line of 12582933 bytes is over file_stream's 10383360-byte line limit and was cut to its first \d+; print less per line/,
  );
});

Deno.test("Sender: a \\r line that overwrites a line of the same batch wins over it", async () => {
  using tmp = runDir();
  const dir = tmp.path;
  await using server = fakeServer(() => Response.json({ exitcode: null, limits: {} }));
  const size = consoleLog(`${dir}/run-abc.wandb`, [
    [1, "epoch 1\n"],
    [1, "\r 50%\n"], // overwrites "epoch 1", the batch's last line: replaced in place
    [0, "warn\n"],
    [1, "\r100%\n"], // overwrites the same line, no longer the last: after the batch is posted
    [1, "done\n"],
  ]);
  await sendAll(dir, server.url, size);
  assert.deepEqual(outputLog(server.posts).map((l) => l.slice(l.indexOf(" ") + 1)), [
    "100%\n",
    "2023-11-14T22:13:21 warn\n",
    "done\n",
  ]);
});

Deno.test("Sender: console lines still waiting for a post survive in the checkpoint; a resumed sender posts each once", async () => {
  using tmp = runDir();
  const dir = tmp.path;
  let failing = false;
  let phase = 1;
  const ok: Record<string, unknown>[] = [];
  await using server = fakeServer((body) => {
    if (failing) return new Response("down", { status: 500 });
    ok.push(body);
    // The first post that carries console lines is the last one answered.
    if (phase === 1 && (body.files as Record<string, unknown> | undefined)?.["output.log"]) {
      failing = true;
    }
    return Response.json({ exitcode: null, limits: {} });
  });
  const path = `${dir}/run-abc.wandb`;
  const many = Array.from({ length: 150_000 }, (_, i) => `line ${i}`.padEnd(99, ".")).join("\n");
  const size = consoleLog(path, [[1, many + "\n"], [1, "tail\n"]]);
  const first = testSender(dir, server.url, {
    fileStreamPolicy: { maxRetries: 1, minDelayMs: 1, maxDelayMs: 2 },
  });
  first.close(size);
  const r1 = await first.done;
  assert.equal(r1.ok, false, "the server went down after one console post");
  const c = loadCheckpoint(path);
  assert.ok(c?.carry?.length, "the lines not yet posted are in the checkpoint");
  const posted = outputLog(ok).length;
  assert.equal(c.carry[0]!.offset, posted, "the carry starts where the posted lines end");
  failing = false;
  phase = 2;
  const second = testSender(dir, server.url, { checkpoint: c });
  second.close(size);
  const r2 = await second.done;
  assert.equal(r2.ok, true, r2.message);
  // Each offset was posted once, and the whole log arrived.
  const offsets = ok.flatMap((p) => {
    const f = (p.files as Record<string, { offset: number; content: string[] }> | undefined)
      ?.["output.log"];
    return f ? f.content.map((_, i) => f.offset + i) : [];
  });
  assert.deepEqual(offsets, Array.from({ length: 150_001 }, (_, i) => i));
  const out = outputLog(ok);
  assert.ok(out[149_999]!.includes(" line 149999."), out[149_999]);
  assert.match(out[150_000]!, / tail\n$/);
});

Deno.test("Sender: many \\r rewrites of a posted line cost one post per batch, the last one wins", async () => {
  using tmp = runDir();
  const dir = tmp.path;
  await using server = fakeServer(() => Response.json({ exitcode: null, limits: {} }));
  const rewrites: [0 | 1, string][] = Array.from({ length: 200 }, (_, i) => [1, `\rstep ${i}\n`]);
  // "warn" makes "epoch 1" no longer the batch's last line: the first rewrite cuts the batch.
  await sendAll(
    dir,
    server.url,
    consoleLog(`${dir}/run-abc.wandb`, [[1, "epoch 1\n"], [0, "warn\n"], ...rewrites]),
  );
  const posts = server.posts.filter((p) => outputLog([p])[0] !== undefined);
  assert.ok(posts.length <= 3, `${posts.length} posts wrote offset 0`);
  assert.deepEqual(outputLog(server.posts).map((l) => l.slice(l.indexOf(" ") + 1)), [
    "step 199\n",
    "2023-11-14T22:13:21 warn\n",
  ]);
});

Deno.test("Sender: a config or summary value that is not W&B JSON is sent as its text, the run goes on", async () => {
  using tmp = runDir();
  const dir = tmp.path;
  await using server = fakeServer(() => Response.json({ exitcode: null, limits: {} }));
  const { add, close } = runLog(`${dir}/run-abc.wandb`);
  add({
    config: {
      update: [{ key: "opt", valueJson: "{adam" }, {
        nestedKey: ["net", "width"],
        valueJson: "64",
      }],
    },
  });
  add({
    summary: {
      update: [{ key: "bad", valueJson: "{not json" }, { key: "loss", valueJson: "0.5" }],
    },
  });
  add({ history: { item: [{ key: "_step", valueJson: "0" }] } });
  add({ exit: { exitCode: 0, runtime: 1 } });
  await sendAll(dir, server.url, close());
  const summaries = server.posts.flatMap((p) => {
    const f = (p.files as Record<string, { content: string[] }> | undefined)
      ?.["wandb-summary.json"];
    return f ? f.content : [];
  });
  assert.deepEqual(JSON.parse(summaries.at(-1)!), { bad: "{not json", loss: 0.5 });
  const config = JSON.parse(server.upsertVars.at(-1)!.config as string);
  assert.deepEqual(config.opt, { desc: null, value: "{adam" });
  assert.deepEqual(config.net, { desc: null, value: { width: 64 } });
});
