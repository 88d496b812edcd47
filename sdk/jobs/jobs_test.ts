// Unit tests of the job builder's pure parts: W&B's name sanitising, the type JSON of config
// and summary values (checked against what the official client 0.30's core wrote for the same
// config), the job plans and the files `logCode` takes.
import assert from "node:assert/strict";
import {
  codeArtifactName,
  collectCode,
  formatJobJson,
  type JobInputs,
  makeArtifactNameSafe,
  planJob,
  splitImageTag,
  wandbTypeOf,
} from "./mod.ts";
import { resolveSettings } from "../settings.ts";
import { SettingsError } from "../errors.ts";

Deno.test("artifact names are made safe as W&B's make_artifact_name_safe", () => {
  assert.equal(
    makeArtifactNameSafe("job-https://github.com/acme/my-repo.git_src/train.py"),
    "job-https___github.com_acme_my-repo.git_src_train.py", // the official client's job name
  );
  assert.equal(
    makeArtifactNameSafe("job-git@github.com:acme/Other.Repo.git_t.py"),
    "job-git_github.com_acme_Other.Repo.git_t.py", // the official client's job name
  );
  assert.equal(makeArtifactNameSafe("a b/ü:c"), "a_b___c");
  const long = "x".repeat(60) + "ABCDEFGHIJ" + "y".repeat(100);
  const safe = makeArtifactNameSafe(long);
  assert.equal(safe.length, 128);
  assert.equal(safe, long.slice(0, 63) + ".." + long.slice(-63));
  assert.equal(makeArtifactNameSafe("z".repeat(128)), "z".repeat(128));
  assert.equal(codeArtifactName("jobsp", "train.py"), "source-jobsp-train.py");
  assert.equal(codeArtifactName("my proj", "src/a.ts"), "source-my_proj-src_a.ts");
});

Deno.test("an image's tag is split off as W&B does", () => {
  assert.deepEqual(splitImageTag("ghcr.io/acme/trainer:1.2"), {
    name: "ghcr.io/acme/trainer",
    tag: "1.2",
  });
  assert.deepEqual(splitImageTag("trainer"), { name: "trainer" });
  assert.deepEqual(splitImageTag("localhost:5000/trainer"), { name: "localhost:5000/trainer" });
  assert.deepEqual(splitImageTag("localhost:5000/trainer:v2"), {
    name: "localhost:5000/trainer",
    tag: "v2",
  });
});

Deno.test("config types are W&B's type JSON, byte for byte what the official core wrote", () => {
  // The official client 0.30 ran with this config; its job's input_types were this text.
  const config = {
    b: true,
    n: null,
    l: [1, 2, 3],
    mixed: [1, "a"],
    empty: [],
    nl: [[1], [2, 3]],
    f: 1.5,
    objs: [{ a: 1 }, { a: 2 }],
    objs2: [{ a: 1 }, { b: "x" }],
    d: {},
    s: "str",
    _wandb: { x: 1 },
  };
  const official =
    '{"wb_type":"typedDict","params":{"type_map":{"b":{"wb_type":"boolean"},"empty":{"wb_type":"list","params":{"element_type":{"wb_type":"unknown"},"length":0}},"f":{"wb_type":"number"},"l":{"wb_type":"list","params":{"element_type":{"wb_type":"number"},"length":3}},"mixed":{"wb_type":"list","params":{"element_type":{"wb_type":"union","params":{"allowed_types":[{"wb_type":"number"},{"wb_type":"string"}]}},"length":2}},"n":{"wb_type":"none"},"nl":{"wb_type":"list","params":{"element_type":{"wb_type":"list","params":{"element_type":{"wb_type":"number"},"length":2}},"length":2}},"objs":{"wb_type":"list","params":{"element_type":{"wb_type":"typedDict","params":{"type_map":{"a":{"wb_type":"number"}}}},"length":2}},"objs2":{"wb_type":"list","params":{"element_type":{"wb_type":"typedDict","params":{"type_map":{"b":{"wb_type":"string"}}}},"length":2}},"s":{"wb_type":"string"}}}}';
  assert.equal(JSON.stringify(wandbTypeOf(config)), official);
  assert.deepEqual(wandbTypeOf(undefined), { wb_type: "none" });
  assert.deepEqual(wandbTypeOf(new Date()), { wb_type: "unknown" });
  // A union keeps the order kinds first appear in, each kind's last element's type.
  assert.deepEqual(wandbTypeOf(["a", 1, "b", [true]]).params?.element_type, {
    wb_type: "union",
    params: {
      allowed_types: [
        { wb_type: "string" },
        { wb_type: "number" },
        { wb_type: "list", params: { element_type: { wb_type: "boolean" }, length: 1 } },
      ],
    },
  });
});

const base: JobInputs = {
  project: "p",
  runtime: "Deno 2.9.6",
  config: { lr: 0.1 },
  summary: { loss: 1 },
  program: { path: "/r/src/train.ts" },
};

Deno.test("a job's source is repo, then artifact, then image, unless job_source says", () => {
  const git = { root: "/r", remote: "https://github.com/a/b.git", commit: "c0ffee" };
  const code = { id: "QXJ0aWZhY3Q6Mg==", name: "source-p-src_train.ts", root: "/r/src" };
  const docker = "ghcr.io/a/t:3";
  const repo = planJob({ ...base, git, code, docker });
  assert.ok("name" in repo);
  assert.equal(repo.name, "job-https___github.com_a_b.git_src_train.ts");
  assert.deepEqual(repo.aliases, ["latest"]);
  assert.equal(
    formatJobJson(repo.info),
    '{"_version":"v0","source":{"git":{"remote":"https://github.com/a/b.git","commit":"c0ffee"},"entrypoint":["deno","run","-A","src/train.ts"],"notebook":false},"source_type":"repo","input_types":{"wb_type":"typedDict","params":{"type_map":{"lr":{"wb_type":"number"}}}},"output_types":{"wb_type":"typedDict","params":{"type_map":{"loss":{"wb_type":"number"}}}},"runtime":"Deno 2.9.6"}',
  );

  const art = planJob({ ...base, git: { root: "/r" }, code, docker }); // no remote: not a repo job
  assert.ok("name" in art);
  assert.equal(art.name, "job-source-p-src_train.ts");
  assert.deepEqual(art.info.source, {
    artifact: "wandb-artifact://_id/QXJ0aWZhY3Q6Mg==",
    entrypoint: ["deno", "run", "-A", "train.ts"], // relative to the code's root
    notebook: false,
  });

  const img = planJob({ ...base, git, code, docker, jobSource: "image" });
  assert.ok("name" in img);
  assert.equal(img.name, "job-ghcr.io_a_t");
  assert.deepEqual(img.aliases, ["3", "latest"]);
  assert.deepEqual(img.info.source, { image: docker });

  const named = planJob({ ...base, docker, jobName: "my-job" });
  assert.ok("name" in named && named.name === "my-job");

  const none = planJob({ ...base, git: { root: "/r", remote: "x" } });
  assert.ok("skip" in none && /no git remote and commit/.test(none.skip));
  const wrong = planJob({ ...base, docker, jobSource: "repo" });
  assert.ok("skip" in wrong && /job_source is repo/.test(wrong.skip));
});

Deno.test("wandb-job.json escapes <, > and & as Go's json.Marshal does", () => {
  const t = formatJobJson({
    _version: "v0",
    source: { image: "a<b>&c" },
    source_type: "image",
    input_types: { wb_type: "none" },
    output_types: { wb_type: "none" },
  });
  assert.match(t, /"a\\u003cb\\u003e\\u0026c"/);
  assert.equal(JSON.parse(t).source.image, "a<b>&c");
});

Deno.test("logCode takes source and project files, not wandb/, node_modules/ or .git/", async () => {
  const dir = await Deno.makeTempDir({ prefix: "wandb-code-" });
  try {
    for (
      const f of [
        "train.ts",
        "model.py",
        "Dockerfile",
        "deno.json",
        "notes.txt",
        "sub/util.mjs",
        "wandb/run-1/files/x.ts",
        ".wandb/y.ts",
        "node_modules/pkg/index.js",
        ".git/hooks/h.py",
        "deep/wandb/kept.ts",
      ]
    ) {
      await Deno.mkdir(`${dir}/${f}`.replace(/\/[^/]*$/, ""), { recursive: true });
      await Deno.writeTextFile(`${dir}/${f}`, f);
    }
    assert.deepEqual(collectCode(dir, {}).map((f) => f.name), [
      "Dockerfile",
      "deep/wandb/kept.ts",
      "deno.json",
      "model.py",
      "sub/util.mjs",
      "train.ts",
    ]);
    const only = collectCode(dir, {
      include: (p) => p.endsWith(".ts"),
      exclude: (p, root) => p.startsWith(`${root}/deep/`),
    });
    // A custom exclude replaces the default one (as W&B's exclude_fn): wandb/ is walked again.
    assert.deepEqual(only.map((f) => f.name), [
      ".wandb/y.ts",
      "train.ts",
      "wandb/run-1/files/x.ts",
    ]);
    assert.equal(only[1]!.path, `${dir}/train.ts`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("job settings: off by default as W&B 0.30, on from WANDB_DISABLE_JOB_CREATION, job_source checked", () => {
  const none = { env: {}, files: false };
  assert.equal(resolveSettings(none).settings.disable_job_creation, true);
  const on = resolveSettings({
    ...none,
    env: {
      WANDB_DISABLE_JOB_CREATION: "false",
      WANDB_DOCKER: "img:1",
      WANDB_JOB_NAME: "my-job",
      WANDB_JOB_SOURCE: "image",
    },
  }).settings;
  assert.equal(on.disable_job_creation, false);
  assert.equal(on.docker, "img:1");
  assert.equal(on.job_name, "my-job");
  assert.equal(on.job_source, "image");
  assert.throws(
    () => resolveSettings({ ...none, init: { job_source: "git" } }),
    (e: SettingsError) => e instanceof SettingsError && /job_source/.test(e.message),
  );
});
