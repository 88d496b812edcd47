/**
 * `deno task compat`: the official W&B Python client (0.30, Go core), unchanged, against our
 * server, for every call of issue #10 — logging a run, failure and resume, the public API,
 * `wandb login`, and W&B's `wandb sync` of its own offline run and of one of ours — each checked
 * through GraphQL. Not part of `deno task test` (it needs the client's venv, built on first use
 * from the machine's wheel index by ../shared/tools/setup-pywandb.sh).
 */
import assert from "node:assert/strict";
import {
  capturedDocuments,
  type CompatEnv,
  compatEnv,
  invalidCapturedDocuments,
  runOurs,
  scenario,
} from "./_harness.ts";

const py = (name: string) => new URL(`../py/${name}`, import.meta.url).pathname;

// deno-lint-ignore no-explicit-any
type Json = any;

const RUN =
  `query R($project: String!, $run: String!) { project(name: $project, entityName: "local") {
  run(name: $run) { name displayName state exitcode tags notes config summaryMetrics
    historyLineCount history(samples: 1000)
    files(first: 100) { edges { node { name sizeBytes } } } } } }`;

/** A run as the server holds it, read through GraphQL, its JSON strings parsed. */
async function storedRun(env: CompatEnv, project: string, run: string) {
  const d = await env.gql<Json>(RUN, { project, run });
  const r = d.project?.run;
  assert.ok(r, `run ${project}/${run} is on the server`);
  return {
    ...r,
    config: JSON.parse(r.config),
    summary: JSON.parse(r.summaryMetrics),
    rows: (r.history as string[]).map((h) => JSON.parse(h)),
    files: new Map<string, number | null>(
      r.files.edges.map((e: Json) => [e.node.name, e.node.sizeBytes]),
    ),
  };
}

/** Asserts each of `names` is stored with some bytes. */
function assertFiles(run: { files: Map<string, number | null> }, names: string[]): void {
  for (const f of names) {
    assert.ok(
      (run.files.get(f) ?? 0) > 0,
      `${f} stored with bytes; the server has: ${
        [...run.files].map(([n, s]) => `${n} (${s})`).join(", ")
      }`,
    );
  }
}

/** The one offline run directory `wandb sync` is given, relative to `cwd`. */
function offlineRunDir(cwd: string): string {
  const dirs = [...Deno.readDirSync(`${cwd}/wandb`)].filter((e) =>
    e.isDirectory && e.name.startsWith("offline-run-")
  );
  assert.equal(dirs.length, 1, `one offline run under ${cwd}/wandb`);
  return `wandb/${dirs[0]!.name}`;
}

scenario(
  "official client: a logged run arrives whole (config, history, media, summary, define_metric, files, edits)",
  "log_run",
  async (env) => {
    const r = await env.python([py("log_run.py"), "compat", "run1"]);
    assert.equal(r.code, 0, "log_run.py exits 0");
    assert.equal(JSON.parse(r.stdout.trim().split("\n").at(-1)!).path, "local/compat/run1");
    const run = await storedRun(env, "compat", "run1");
    assert.equal(run.state, "finished");
    assert.equal(run.exitcode, 0);
    assert.equal(run.config.lr.value, 0.01);
    assert.deepEqual(run.config.layers.value, [64, 32]);
    assert.equal(run.config.opt.value.name, "adam");
    assert.equal(run.config.batch.value, 32);
    // History: 10 rows of loss (four with epoch and val/acc merged in by commit=False), then a
    // histogram row and an image row.
    assert.equal(run.rows.length, 12, JSON.stringify(run.rows));
    assert.equal(run.historyLineCount, 12);
    const losses = run.rows.filter((x: Json) => "loss" in x).map((x: Json) => x.loss);
    assert.deepEqual(losses, Array.from({ length: 10 }, (_, i) => 1 / (i + 1)));
    assert.deepEqual(
      run.rows.filter((x: Json) => "val/acc" in x).map((x: Json) => [x.epoch, x["val/acc"]]),
      [[0, 0.5], [1, 0.53], [2, 0.56], [3, 0.59]],
    );
    assert.deepEqual(run.rows.map((x: Json) => x._step), [...Array(12).keys()]);
    const hist = run.rows.find((x: Json) => x.hist)?.hist;
    assert.equal(hist?._type, "histogram");
    assert.equal(hist.values.reduce((a: number, b: number) => a + b, 0), 6);
    const img = run.rows.find((x: Json) => x.img)?.img;
    assert.equal(img?._type, "image-file");
    assert.match(img.path, /^media\/images\/img_11_[0-9a-f]+\.png$/);
    assert.equal(img.caption, "zeros");
    // Summary: define_metric's summaries, explicit values, the last of the rest.
    assert.deepEqual(run.summary.loss, { min: 0.1, last: 0.1 });
    assert.equal(run.summary["val/acc"].max, 0.59);
    assert.equal(run.summary.best, 0.9);
    assert.equal(run.summary.acc, 0.9);
    assert.equal(run.summary.img?.path, img.path);
    // Edits after init.
    assert.deepEqual([...run.tags].sort(), ["compat", "edited", "py"]);
    assert.equal(run.notes, "edited notes");
    assert.equal(run.displayName, "compat-run-renamed");
    // Files, each uploaded through the proxy (the server's public URL).
    const files = [
      "config.yaml",
      "output.log",
      "requirements.txt",
      "wandb-metadata.json",
      "wandb-summary.json",
      "saved.txt",
      img.path,
    ];
    assertFiles(run, files);
    for (const f of files) {
      assert.ok(
        env.seen.includes(`PUT /storage/local/compat/run1/${f}`),
        `${f} went through the proxy: ${env.seen.filter((s) => s.startsWith("PUT")).join(", ")}`,
      );
    }
    assert.equal(await env.fileText("compat", "run1", "saved.txt"), "saved by wandb.save\n");
    assert.match((await env.fileText("compat", "run1", "output.log"))!, /hello from stdout/);
    assert.match(
      (await env.fileText("compat", "run1", "config.yaml"))!,
      /\blr:\n\s+value: 0\.01\n/,
    );
    assert.equal(
      JSON.parse((await env.fileText("compat", "run1", "wandb-summary.json"))!).best,
      0.9,
    );
    assert.ok(
      ((await env.fileText("compat", "run1", "requirements.txt")) ?? "").includes("wandb=="),
      "requirements.txt lists wandb",
    );
  },
);

scenario("official client: run.alert is stored and read back", "alert", async (env) => {
  const r = await env.python([py("log_run.py"), "compat", "run1"]);
  assert.equal(r.code, 0, "log_run.py exits 0");
  assert.ok(
    env.operations.includes("NotifyScriptableRunAlert"),
    `the client sent NotifyScriptableRunAlert: ${env.operations}`,
  );
  const d = await env.gql<Json>(
    `{ project(name: "compat", entityName: "local") { run(name: "run1") {
      alerts { title text severity } } } }`,
  );
  assert.deepEqual(d.project.run.alerts, [
    { title: "compat alert", text: "alert text", severity: "WARN" },
  ]);
});

scenario(
  'official client: a run that raises is failed; resume="must" continues it',
  "fail_resume",
  async (env) => {
    const failed = await env.python([py("fail_run.py"), "compat", "frun1", "fail"]);
    assert.notEqual(failed.code, 0, "the script raised");
    assert.match(failed.stderr, /compat failure/);
    let run = await storedRun(env, "compat", "frun1");
    assert.equal(run.state, "failed");
    assert.equal(run.exitcode, 1);
    assert.deepEqual(run.rows.map((x: Json) => [x._step, x.v]), [[0, 1]]);
    const resumed = await env.python([py("fail_run.py"), "compat", "frun1", "resume"]);
    assert.equal(resumed.code, 0, "the resumed run exits 0");
    run = await storedRun(env, "compat", "frun1");
    assert.equal(run.state, "finished");
    assert.equal(run.exitcode, 0);
    assert.deepEqual(run.rows.map((x: Json) => [x._step, x.v]), [[0, 1], [1, 2]]);
    assert.equal(run.config.x.value, 1, "the config of the first life is kept");
    assert.equal(run.summary.v, 2);
  },
);

scenario(
  "official client: the public API reads, edits and deletes what we store",
  "public_api",
  async (env) => {
    for (const id of ["run1", "other", "doomed"]) {
      const r = await env.python([py("log_run.py"), "compat", id]);
      assert.equal(r.code, 0, `log_run.py ${id} exits 0`);
    }
    const r = await env.python([
      py("public_api.py"),
      "local/compat/run1",
      "compat",
      "local/compat/doomed",
    ]);
    assert.equal(r.code, 0, "public_api.py exits 0");
    const out = JSON.parse(r.stdout.trim().split("\n").at(-1)!);
    assert.equal(out.viewer, "local");
    assert.equal(out.default_entity, "local");
    assert.deepEqual(out.projects, ["compat"]);
    assert.equal(out.project, "compat");
    assert.equal(out.len_runs, 3);
    assert.deepEqual([...out.runs].sort(), ["doomed", "other", "run1"]);
    assert.deepEqual(out.runs_newest_first, ["doomed", "other", "run1"], 'order="-created_at"');
    assert.deepEqual(out.runs_filtered_none, [], "filters={config.lr: 0.5} matches nothing");
    assert.deepEqual(out.runs_by_name, ["run1"], "filters={display_name: ..., name: run1}");
    assert.deepEqual(out.run.config, {
      lr: 0.01,
      layers: [64, 32],
      opt: { name: "adam" },
      batch: 32,
    });
    assert.equal(out.run.summary_best, 0.9);
    assert.deepEqual(out.run.summary_loss, { min: 0.1, last: 0.1 });
    assert.equal(out.run.state, "finished");
    assert.equal(out.run.name, "compat-run-renamed");
    assert.equal(out.run.id, "run1");
    assert.equal(out.run.path, "local/compat/run1");
    assert.equal(out.run.group, "g1");
    assert.equal(out.run.job_type, "train");
    assert.deepEqual(out.run.tags, ["compat", "edited", "py"]);
    assert.equal(out.run.notes, "edited notes");
    assert.match(out.run.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    for (const k of ["loss", "acc", "epoch", "val/acc", "nested.a", "hist", "img", "_step"]) {
      assert.ok(out.history_keys.includes(k), `history key ${k}: ${out.history_keys}`);
    }
    const want = Array.from({ length: 10 }, (_, i) => 1 / (i + 1));
    assert.deepEqual(out.history.map((x: Json) => x.loss), want);
    assert.deepEqual(out.history.map((x: Json) => x._step), [...Array(10).keys()]);
    assert.deepEqual(out.scan_history, want, "scan_history pages (3 steps each) lose no row");
    assert.equal(out.scan_history_all, 12, "scan_history() without keys yields every row");
    for (
      const f of [
        "config.yaml",
        "output.log",
        "requirements.txt",
        "saved.txt",
        "wandb-metadata.json",
        "wandb-summary.json",
      ]
    ) {
      assert.ok(out.files.includes(f), `files() lists ${f}: ${out.files}`);
    }
    assert.equal(out.downloaded, "saved by wandb.save\n");
    assert.equal(out.after_update.api_set, 42);
    assert.deepEqual(out.after_update.tags, ["api-tag", "compat", "edited", "py"]);
    assert.equal(out.reports, 0);
    assert.equal(out.logged_artifacts, 0);
    assert.equal(out.used_artifacts, 0);
    assert.equal(out.deleted, "local/compat/doomed");
    // The edits and the deletion, as the server holds them.
    const run = await storedRun(env, "compat", "run1");
    assert.equal(run.summary.api_set, 42);
    assert.equal(run.summary.best, 0.9, "update() keeps the rest of the summary");
    assert.deepEqual([...run.tags].sort(), ["api-tag", "compat", "edited", "py"]);
    const gone = await env.gql<Json>(
      `{ project(name: "compat", entityName: "local") { run(name: "doomed") { name } runCount } }`,
    );
    assert.equal(gone.project.run, null, "the deleted run is gone");
    assert.equal(gone.project.runCount, 2);
  },
);

scenario(
  "official client: `wandb login --host` checks the key against us and saves it",
  "login",
  async (env) => {
    const noEnv = { env: { WANDB_API_KEY: "", WANDB_BASE_URL: "" } };
    const ok = await env.python(
      ["-m", "wandb", "login", "--relogin", "--host", env.url, env.key],
      noEnv,
    );
    assert.equal(ok.code, 0, "wandb login exits 0");
    const netrc = await Deno.readTextFile(`${env.dir}/home/.netrc`);
    assert.match(
      netrc,
      new RegExp(
        `machine 127\\.0\\.0\\.1:${new URL(env.url).port}\\s+login user\\s+password ${env.key}`,
      ),
    );
    assert.ok(env.seen.includes("POST /graphql"), "login asked our server (through the proxy)");
    const bad = await env.python(
      ["-m", "wandb", "login", "--relogin", "--host", env.url, "f".repeat(40)],
      noEnv,
    );
    assert.notEqual(bad.code, 0, "a wrong key is refused");
    assert.ok(!(await Deno.readTextFile(`${env.dir}/home/.netrc`)).includes("f".repeat(40)));
  },
);

scenario("official client: `wandb sync` of its own offline run", "sync_official", async (env) => {
  const script = `${env.dir}/offline.py`;
  await Deno.writeTextFile(
    script,
    `import wandb
run = wandb.init(project="compat", id="off1", mode="offline", config={"a": 1})
for i in range(5): run.log({"x": i})
print("offline says hi")
run.summary["done"] = True
run.finish()
`,
  );
  const w = await env.python([script], { env: { WANDB_MODE: "offline" } });
  assert.equal(w.code, 0, "the offline script exits 0");
  assert.ok(!env.seen.length, `an offline run sends nothing: ${env.seen}`);
  const s = await env.python(["-m", "wandb", "sync", offlineRunDir(`${env.dir}/work`)]);
  assert.equal(s.code, 0, "wandb sync exits 0");
  const run = await storedRun(env, "compat", "off1");
  assert.equal(run.state, "finished");
  assert.equal(run.exitcode, 0);
  assert.deepEqual(run.rows.map((x: Json) => x.x), [0, 1, 2, 3, 4]);
  assert.equal(run.config.a.value, 1);
  assert.equal(run.summary.done, true);
  assert.equal(run.summary.x, 4);
  assertFiles(run, [
    "config.yaml",
    "output.log",
    "requirements.txt",
    "wandb-metadata.json",
    "wandb-summary.json",
  ]);
  assert.match((await env.fileText("compat", "off1", "output.log")) ?? "", /offline says hi/);
});

scenario(
  "official client: `wandb sync` of one of OUR offline runs uploads history, config, summary, console, files and artifacts",
  "sync_ours",
  async (env) => {
    const work = `${env.dir}/ours`;
    await Deno.mkdir(work, { recursive: true });
    const mod = new URL("../../../mod.ts", import.meta.url).href;
    await Deno.writeTextFile(
      `${work}/train.ts`,
      `import * as wandb from ${JSON.stringify(mod)};
const run = await wandb.init({ project: "compat", id: "ours1", mode: "offline", config: { lr: 0.1, depth: 3 } });
for (let i = 0; i < 20; i++) {
  const img = new wandb.Image(new Uint8Array(12).fill(9), { width: 2, height: 2 });
  const preds = i === 19 ? { preds: new wandb.Table({ columns: ["x", "img"], data: [[1, img], [2, null]] }) } : {};
  run.log({ loss: 1 / (i + 1), val: { acc: i / 20 }, ...preds });
}
console.log("ours says hi");
run.summary.best = 0.95;
await Deno.writeTextFile("weights.bin", "w".repeat(100));
const a = new wandb.Artifact("ours-model", "model", { metadata: { epochs: 20 } });
a.addFile("weights.bin");
run.logArtifact(a, { aliases: ["best"] });
await run.finish();
`,
    );
    // A deno.json in the project, so the run records requirements.txt as W&B's client does.
    await Deno.writeTextFile(
      `${work}/deno.json`,
      JSON.stringify({ imports: { "x": "npm:left-pad@1.3.0" } }),
    );
    const ours = await runOurs(env, `${work}/train.ts`, work, { WANDB_MODE: "offline" });
    assert.equal(ours.code, 0, `our offline run: ${ours.stderr}`);
    const s = await env.python(["-m", "wandb", "sync", offlineRunDir(work)], { cwd: work });
    assert.equal(s.code, 0, "wandb sync exits 0");
    const run = await storedRun(env, "compat", "ours1");
    assert.equal(run.state, "finished");
    assert.equal(run.exitcode, 0);
    assert.deepEqual(
      run.rows.map((x: Json) => x.loss),
      Array.from({ length: 20 }, (_, i) => 1 / (i + 1)),
    );
    assert.deepEqual(run.rows.map((x: Json) => x._step), [...Array(20).keys()]);
    assert.equal(run.rows.at(-1)?.["val/acc"] ?? run.rows.at(-1)?.val?.acc, 19 / 20);
    assert.equal(run.config.lr.value, 0.1);
    assert.equal(run.config.depth.value, 3);
    // The history-derived summary (written before exit) and the explicit one.
    assert.equal(run.summary.loss, 1 / 20);
    assert.equal(run.summary.best, 0.95);
    assertFiles(run, [
      "config.yaml",
      "output.log",
      "requirements.txt",
      "wandb-metadata.json",
      "wandb-summary.json",
    ]);
    assert.match((await env.fileText("compat", "ours1", "output.log")) ?? "", /ours says hi/);
    assert.match(
      (await env.fileText("compat", "ours1", "requirements.txt")) ?? "",
      /left-pad/,
      "requirements.txt lists the project's dependency",
    );
    const meta = JSON.parse((await env.fileText("compat", "ours1", "wandb-metadata.json"))!);
    assert.ok(meta.startedAt, `wandb-metadata.json has startedAt: ${JSON.stringify(meta)}`);
    // Our ArtifactRecords (the logged one and the Table's run-table artifact) go up through W&B's
    // own sync, as versions the run produced.
    const arts = await env.gql<Json>(
      `{ project(name: "compat", entityName: "local") {
        model: artifact(name: "ours-model:best") { versionIndex state fileCount metadata createdBy { ... on Run { name } } }
        table: artifact(name: "run-ours1-preds:latest") { id state fileCount artifactType { name } createdBy { ... on Run { name } } }
        run(name: "ours1") { summaryMetrics }
      } }`,
    );
    assert.deepEqual(arts.project.model, {
      versionIndex: 0,
      state: "COMMITTED",
      fileCount: 1,
      metadata: JSON.stringify({ epochs: 20 }),
      createdBy: { name: "ours1" },
    });
    const { id: tableId, ...table } = arts.project.table;
    assert.deepEqual(table, {
      state: "COMMITTED",
      fileCount: 2, // preds.table.json and the Image cell's PNG
      artifactType: { name: "run_table" },
      createdBy: { name: "ours1" },
    });
    // The table value's client-id path resolves to that artifact after W&B's sync.
    const preds = JSON.parse(arts.project.run.summaryMetrics).preds;
    const clientId = /^wandb-client-artifact:\/\/([a-z0-9]+)\//.exec(preds.artifact_path)?.[1];
    assert.ok(clientId, `artifact_path: ${preds.artifact_path}`);
    const mapped = await env.gql<Json>(
      `query M($c: ID!) { clientIDMapping(clientID: $c) { serverID } }`,
      { c: clientId },
    );
    assert.equal(mapped.clientIDMapping?.serverID, tableId);
  },
);

Deno.test("captured documents all validate against our schema", () => {
  const docs = capturedDocuments();
  assert.ok(docs.length >= 15, `captured ${docs.length} documents`);
  const bad = invalidCapturedDocuments("all");
  console.log(
    `compat: ${
      docs.length - bad.length
    } of ${docs.length} distinct GraphQL documents the client sent validate against our schema`,
  );
  assert.deepEqual(bad, []);
});

Deno.test("harness: a python run that hangs is killed at its time limit and says so", async () => {
  await using env = await compatEnv("harness_timeout");
  const r = await env.python(["-c", "import time; time.sleep(60)"], { timeoutSeconds: 2 });
  assert.notEqual(r.code, 0);
  assert.match(r.explain(), /^killed after 2 s \(the client hung\)/);
});
