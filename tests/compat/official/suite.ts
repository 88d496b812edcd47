/**
 * `deno task compat`: the official W&B Python client (0.30, Go core), unchanged, against our
 * server, for every call of issue #10 — logging a run, failure and resume, the public API,
 * `wandb login`, and W&B's `wandb sync` of its own offline run and of one of ours — each checked
 * through GraphQL. Not part of `deno task test` (it needs the client's venv, built on first use
 * from the machine's wheel index by ../shared/tools/setup-pywandb.sh).
 */
import assert from "node:assert/strict";
import { buildSchema, parse, validate } from "graphql";
import { SCHEMA_SDL } from "../../../server/graphql/schema.ts";
import { capturedDocuments, compatEnv, runOurs, writeCaptured } from "./_harness.ts";

const py = (name: string) => new URL(`../py/${name}`, import.meta.url).pathname;
const opts = { sanitizeResources: false, sanitizeOps: false };

// deno-lint-ignore no-explicit-any
type Json = any;

const RUN =
  `query R($project: String!, $run: String!) { project(name: $project, entityName: "local") {
  run(name: $run) { name displayName state exitcode tags notes config summaryMetrics
    historyLineCount history(samples: 1000) alerts { title text severity }
    files(first: 100) { edges { node { name sizeBytes } } } } } }`;

async function storedRun(
  env: { gql: (q: string, v: Json) => Promise<Json> },
  project: string,
  run: string,
) {
  const d = await env.gql(RUN, { project, run });
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

Deno.test(
  "official client: a logged run arrives whole (config, history, media, summary, define_metric, files, edits, alert)",
  opts,
  async () => {
    await using env = await compatEnv("log_run");
    const r = await env.python([py("log_run.py"), "compat", "run1"]);
    assert.equal(r.code, 0, r.explain());
    const run = await storedRun(env, "compat", "run1");
    assert.equal(run.state, "finished", r.explain());
    assert.equal(run.exitcode, 0);
    assert.equal(run.config.lr.value, 0.01);
    assert.deepEqual(run.config.layers.value, [64, 32]);
    assert.equal(run.config.opt.value.name, "adam");
    assert.equal(run.config.batch.value, 32);
    // History: 10 rows of loss (two with epoch/val/acc merged in), a histogram and an image row.
    const losses = run.rows.filter((x: Json) => "loss" in x).map((x: Json) => x.loss);
    assert.deepEqual(losses, Array.from({ length: 10 }, (_, i) => 1 / (i + 1)));
    assert.equal(run.rows.length, 12, JSON.stringify(run.rows));
    assert.equal(run.rows.find((x: Json) => x.hist)?.hist._type, "histogram");
    const img = run.rows.find((x: Json) => x.img)?.img;
    assert.equal(img?._type, "image-file");
    // Summary: define_metric's summaries, explicit values, the last of the rest.
    assert.deepEqual(run.summary.loss, { min: 0.1, last: 0.1 });
    assert.equal(run.summary["val/acc"].max, 0.59);
    assert.equal(run.summary.best, 0.9);
    assert.equal(run.summary.acc, 0.9);
    // Edits after init.
    assert.deepEqual([...run.tags].sort(), ["compat", "edited", "py"]);
    assert.equal(run.notes, "edited notes");
    assert.equal(run.displayName, "compat-run-renamed");
    assert.deepEqual(run.alerts, [{ title: "compat alert", text: "alert text", severity: "WARN" }]);
    // Files, each uploaded through the proxy (the server's public URL).
    for (
      const f of [
        "config.yaml",
        "output.log",
        "requirements.txt",
        "wandb-metadata.json",
        "wandb-summary.json",
        "saved.txt",
        img.path,
      ]
    ) {
      assert.ok(
        (run.files.get(f) ?? 0) > 0,
        `${f} stored: ${[...run.files.keys()].join(", ")}\n${r.explain()}`,
      );
      assert.ok(
        env.seen.includes(`PUT /storage/local/compat/run1/${f}`),
        `${f} went through the proxy`,
      );
    }
    assert.equal(await env.fileText("compat", "run1", "saved.txt"), "saved by wandb.save\n");
    assert.match((await env.fileText("compat", "run1", "output.log"))!, /hello from stdout/);
    assert.match(
      (await env.fileText("compat", "run1", "config.yaml"))!,
      /\blr:\n\s+value: 0\.01\n/,
    );
  },
);

Deno.test(
  'official client: a run that raises is failed; resume="must" continues it',
  opts,
  async () => {
    await using env = await compatEnv("fail_resume");
    const failed = await env.python([py("fail_run.py"), "compat", "frun1", "fail"]);
    assert.notEqual(failed.code, 0, "the script raised");
    assert.match(failed.stderr, /compat failure/);
    let run = await storedRun(env, "compat", "frun1");
    assert.equal(run.state, "failed", failed.explain());
    assert.equal(run.exitcode, 1);
    const resumed = await env.python([py("fail_run.py"), "compat", "frun1", "resume"]);
    assert.equal(resumed.code, 0, resumed.explain());
    run = await storedRun(env, "compat", "frun1");
    assert.equal(run.state, "finished");
    assert.deepEqual(run.rows.map((x: Json) => [x._step, x.v]), [[0, 1], [1, 2]]);
    assert.equal(run.config.x.value, 1, "the config of the first life is kept");
  },
);

Deno.test(
  "official client: the public API reads, edits and deletes what we store",
  opts,
  async () => {
    await using env = await compatEnv("public_api");
    for (const id of ["run1", "other", "doomed"]) {
      const r = await env.python([py("log_run.py"), "compat", id]);
      assert.equal(r.code, 0, r.explain());
    }
    const r = await env.python([
      py("public_api.py"),
      "local/compat/run1",
      "compat",
      "local/compat/doomed",
    ]);
    assert.equal(r.code, 0, r.explain());
    const out = JSON.parse(r.stdout.trim().split("\n").at(-1)!);
    assert.equal(out.viewer, "local");
    assert.equal(out.default_entity, "local");
    assert.deepEqual(out.projects, ["compat"]);
    assert.equal(out.project, "compat");
    assert.equal(out.len_runs, 3);
    assert.deepEqual([...out.runs].sort(), ["doomed", "other", "run1"]);
    assert.deepEqual(out.run.config, {
      lr: 0.01,
      layers: [64, 32],
      opt: { name: "adam" },
      batch: 32,
    });
    assert.equal(out.run.summary_best, 0.9);
    assert.equal(out.run.state, "finished");
    assert.equal(out.run.name, "compat-run-renamed");
    assert.deepEqual(out.run.tags, ["compat", "edited", "py"]);
    assert.equal(out.run.notes, "edited notes");
    assert.match(out.run.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    for (const k of ["loss", "acc", "epoch", "val/acc", "nested.a", "hist", "img", "_step"]) {
      assert.ok(out.history_keys.includes(k), `history key ${k}: ${out.history_keys}`);
    }
    const want = Array.from({ length: 10 }, (_, i) => 1 / (i + 1));
    assert.deepEqual(out.history.map((x: Json) => x.loss), want);
    assert.deepEqual(out.scan_history, want, "scan_history pages (3 steps each) lose no row");
    for (
      const f of [
        "config.yaml",
        "output.log",
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
    // The edits and the deletion, as the server holds them.
    const run = await storedRun(env, "compat", "run1");
    assert.equal(run.summary.api_set, 42);
    assert.ok(run.tags.includes("api-tag"));
    const gone = await env.gql<Json>(
      `{ project(name: "compat", entityName: "local") { run(name: "doomed") { name } runCount } }`,
    );
    assert.equal(gone.project.run, null);
    assert.equal(gone.project.runCount, 2);
  },
);

Deno.test(
  "official client: `wandb login --host` checks the key against us and saves it",
  opts,
  async () => {
    await using env = await compatEnv("login");
    const ok = await env.python(["-m", "wandb", "login", "--relogin", "--host", env.url, env.key], {
      env: { WANDB_API_KEY: "", WANDB_BASE_URL: "" },
    });
    assert.equal(ok.code, 0, ok.explain());
    const netrc = await Deno.readTextFile(`${env.dir}/home/.netrc`);
    assert.match(
      netrc,
      new RegExp(
        `machine 127\\.0\\.0\\.1:${new URL(env.url).port}\\s+login user\\s+password ${env.key}`,
      ),
    );
    assert.ok(env.seen.includes("POST /graphql"));
    const bad = await env.python([
      "-m",
      "wandb",
      "login",
      "--relogin",
      "--host",
      env.url,
      "f".repeat(40),
    ], {
      env: { WANDB_API_KEY: "", WANDB_BASE_URL: "" },
    });
    assert.notEqual(bad.code, 0, "a wrong key is refused");
  },
);

Deno.test("official client: `wandb sync` of its own offline run", opts, async () => {
  await using env = await compatEnv("sync_official_offline");
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
  const w = await env.python([script]);
  assert.equal(w.code, 0, w.explain());
  const dirs = [...Deno.readDirSync(`${env.dir}/work/wandb`)].filter((e) =>
    e.name.startsWith("offline-run-")
  );
  assert.equal(dirs.length, 1);
  const s = await env.python(["-m", "wandb", "sync", `wandb/${dirs[0]!.name}`]);
  assert.equal(s.code, 0, s.explain());
  const run = await storedRun(env, "compat", "off1");
  assert.equal(run.state, "finished", s.explain());
  assert.deepEqual(run.rows.map((x: Json) => x.x), [0, 1, 2, 3, 4]);
  assert.equal(run.config.a.value, 1);
  assert.equal(run.summary.done, true);
  assert.equal(run.summary.x, 4);
  assert.match((await env.fileText("compat", "off1", "output.log")) ?? "", /offline says hi/);
});

Deno.test(
  "official client: `wandb sync` of one of OUR offline runs uploads history, config, summary, console and files",
  opts,
  async () => {
    await using env = await compatEnv("sync_ours");
    const work = `${env.dir}/ours`;
    await Deno.mkdir(work, { recursive: true });
    const mod = new URL("../../../mod.ts", import.meta.url).href;
    await Deno.writeTextFile(
      `${work}/train.ts`,
      `import * as wandb from ${JSON.stringify(mod)};
const run = await wandb.init({ project: "compat", id: "ours1", mode: "offline", config: { lr: 0.1, depth: 3 } });
for (let i = 0; i < 20; i++) run.log({ loss: 1 / (i + 1), val: { acc: i / 20 } });
console.log("ours says hi");
run.summary.best = 0.95;
await run.finish();
`,
    );
    // A deno.json in the project, so the run records requirements.txt as W&B's client does.
    await Deno.writeTextFile(
      `${work}/deno.json`,
      JSON.stringify({ imports: { "x": "npm:left-pad@1.3.0" } }),
    );
    const ours = await runOurs(`${work}/train.ts`, work, { WANDB_MODE: "offline" });
    assert.equal(ours.code, 0, ours.stderr);
    const dirs = [...Deno.readDirSync(`${work}/wandb`)].filter((e) =>
      e.name.startsWith("offline-run-")
    );
    assert.equal(dirs.length, 1);
    const s = await env.python(["-m", "wandb", "sync", `wandb/${dirs[0]!.name}`], { cwd: work });
    assert.equal(s.code, 0, s.explain());
    const run = await storedRun(env, "compat", "ours1");
    assert.equal(run.state, "finished", s.explain());
    assert.deepEqual(
      run.rows.map((x: Json) => x.loss),
      Array.from({ length: 20 }, (_, i) => 1 / (i + 1)),
    );
    assert.equal(run.config.lr.value, 0.1);
    assert.equal(run.config.depth.value, 3);
    // The history-derived summary (written before exit) and the explicit one.
    assert.equal(run.summary.loss, 1 / 20);
    assert.equal(run.summary.best, 0.95);
    assert.match((await env.fileText("compat", "ours1", "output.log")) ?? "", /ours says hi/);
    for (const f of ["wandb-metadata.json", "config.yaml"]) {
      assert.ok((run.files.get(f) ?? 0) > 0, `${f}: ${[...run.files.keys()]}\n${s.explain()}`);
    }
  },
);

Deno.test("captured documents all validate against our schema", opts, () => {
  const docs = capturedDocuments();
  assert.ok(docs.length >= 15, `captured ${docs.length} documents`);
  const schema = buildSchema(SCHEMA_SDL);
  const bad = docs.flatMap((d) => {
    const errors = validate(schema, parse(d.query));
    return errors.length
      ? [`${d.operationName ?? d.query.slice(0, 60)}: ${errors.map((e) => e.message).join("; ")}`]
      : [];
  });
  console.log(
    `compat: ${
      docs.length - bad.length
    } of ${docs.length} distinct GraphQL documents the client sent validate`,
  );
  const dir = Deno.env.get("WANDB_TS_CAPTURE_GRAPHQL");
  if (dir) console.log(`compat: wrote ${writeCaptured(dir)} documents into ${dir}`);
  assert.deepEqual(bad, []);
});
