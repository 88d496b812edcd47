/**
 * `deno task compat`, jobs (issue #14): the official W&B Python client (0.30) makes jobs against
 * our server (a run in a git repository with a remote and a commit, a run that logs its code, a
 * run in an image; and none with its default settings) and OUR public API's `api.job()` reads
 * them, with the names our sanitiser derives; then OUR SDK makes the same three kinds of job and
 * the official public API's `wandb.Api().job()` reads them (source info, entrypoint, input types,
 * the code artifact behind an artifact job) without error.
 */
import assert from "node:assert/strict";
import { Api, JobError } from "../../../apis/mod.ts";
import { codeArtifactName, makeArtifactNameSafe } from "../../../sdk/jobs/mod.ts";
import { type CompatEnv, type PyResult, runOurs, scenario } from "./_harness.ts";

const py = (name: string) => new URL(`../py/${name}`, import.meta.url).pathname;
const mod = new URL("../../../mod.ts", import.meta.url).href;

// deno-lint-ignore no-explicit-any
type Json = any;

function lastJson(r: PyResult, what: string): Json {
  assert.equal(r.code, 0, `${what} exits 0`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!);
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const out = await new Deno.Command("git", {
    args: ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args],
    cwd,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.ok(out.success, `git ${args.join(" ")}: ${new TextDecoder().decode(out.stderr)}`);
  return new TextDecoder().decode(out.stdout).trim();
}

/** A git repository at `dir` with `file` committed and an `origin` remote; returns HEAD. */
async function repoWith(dir: string, file: string, text: string, remote: string): Promise<string> {
  await Deno.mkdir(dir, { recursive: true });
  await git(dir, "init", "-q");
  await git(dir, "remote", "add", "origin", remote);
  await Deno.writeTextFile(`${dir}/${file}`, text);
  await git(dir, "add", "-A");
  await git(dir, "commit", "-qm", "init");
  return await git(dir, "rev-parse", "HEAD");
}

const TYPES_IN = {
  wb_type: "typedDict",
  params: {
    type_map: {
      layers: { wb_type: "list", params: { element_type: { wb_type: "number" }, length: 2 } },
      lr: { wb_type: "number" },
      opt: { wb_type: "typedDict", params: { type_map: { name: { wb_type: "string" } } } },
    },
  },
};

scenario(
  "OUR api.job reads the jobs the official client makes (repo, code artifact, image), named as our sanitiser names them",
  "jobs_official_made",
  async (env) => {
    const on = { WANDB_DISABLE_JOB_CREATION: "false" };
    const train = await Deno.readTextFile(py("job_train.py"));
    const repo = `${env.dir}/work/repo`;
    const remote = "https://github.com/acme/compat.git";
    const commit = await repoWith(repo, "train.py", train, remote);
    // Default settings: W&B 0.30 makes no job (disable_job_creation defaults to true), as ours.
    lastJson(await env.python(["train.py", "jobc"], { cwd: repo }), "default run");
    const repoRun = lastJson(
      await env.python(["train.py", "jobc"], { cwd: repo, env: on }),
      "repo",
    );
    const plain = `${env.dir}/work/plain`;
    await Deno.mkdir(plain, { recursive: true });
    await Deno.writeTextFile(`${plain}/train.py`, train);
    const codeRun = lastJson(
      await env.python(["train.py", "jobc"], { cwd: plain, env: { ...on, LOG_CODE: "1" } }),
      "log_code run",
    );
    const imgRun = lastJson(
      await env.python([py("job_train.py"), "jobc"], {
        cwd: `${env.dir}/work/img`,
        env: { ...on, WANDB_DOCKER: "ghcr.io/acme/trainer:1.2" },
      }),
      "image run",
    );

    const api = new Api({ baseUrl: env.server.url, apiKey: env.key });
    const repoName = makeArtifactNameSafe(`job-${remote}_train.py`);
    assert.equal(repoName, "job-https___github.com_acme_compat.git_train.py");
    const r = await api.job(`local/jobc/${repoName}:latest`);
    assert.equal(r.version, "v0", "one job: the default-settings run made none");
    assert.equal(r.sourceType, "repo");
    assert.deepEqual(r.git, { remote, commit });
    assert.equal(r.entrypoint?.at(-1), "train.py");
    assert.match(r.runtime ?? "", /^CPython 3\./);
    assert.deepEqual(r.inputTypes, TYPES_IN);
    assert.equal(r.sourceRun, repoRun.id);
    assert.deepEqual(r.defaults, { lr: 0.1, layers: [64, 32], opt: { name: "adam" } });

    const codeName = codeArtifactName("jobc", "train.py");
    const code = await api.artifact(`local/jobc/${codeName}:latest`);
    assert.equal(code.type, "code");
    assert.deepEqual(code.files().map((f) => f.path), ["train.py"]);
    const c = await api.job(`local/jobc/job-${codeName}`);
    assert.equal(c.sourceType, "artifact");
    assert.equal(c.codeArtifactId, code.id);
    assert.equal(c.sourceRun, codeRun.id);

    const i = await api.job("local/jobc/job-ghcr.io_acme_trainer:1.2");
    assert.equal(i.image, "ghcr.io/acme/trainer:1.2");
    assert.deepEqual(i.aliases.sort(), ["1.2", "latest"]);
    assert.equal(i.sourceRun, imgRun.id);
    const files = await Deno.readDir(await i.download());
    const names: string[] = [];
    for await (const f of files) names.push(f.name);
    assert.deepEqual(names.sort(), ["requirements.frozen.txt", "wandb-job.json"]);

    await assert.rejects(
      api.job(`local/jobc/${codeName}:latest`),
      (e: JobError) => e instanceof JobError && e.code === "job/not-a-job",
    );
  },
);

async function ours(env: CompatEnv, cwd: string, file: string, vars: Record<string, string> = {}) {
  const r = await runOurs(env, `${cwd}/${file}`, cwd, {
    WANDB_BASE_URL: env.url,
    WANDB_API_KEY: env.key,
    WANDB_CACHE_DIR: `${env.dir}/ours-cache`,
    WANDB_SILENT: "true",
    WANDB_DISABLE_JOB_CREATION: "false",
    ...vars,
  });
  assert.equal(r.code, 0, `our ${file} exits 0:\n${r.stdout}\n${r.stderr}`);
}

scenario(
  "the official wandb.Api().job() reads the jobs OUR SDK makes (repo, code artifact, image)",
  "jobs_ours_read_by_official",
  async (env) => {
    const train = (code: boolean) =>
      `import * as wandb from ${JSON.stringify(mod)};
const run = await wandb.init({ project: "jobo", config: { lr: 0.1, layers: [64, 32], opt: { name: "adam" } } });
${code ? 'run.logCode(".");' : ""}
run.log({ loss: 0.5 });
await run.finish();
`;
    const repo = `${env.dir}/ours/repo`;
    const remote = "https://github.com/acme/ours.git";
    const commit = await repoWith(repo, "train.ts", train(false), remote);
    await ours(env, repo, "train.ts");
    const plain = `${env.dir}/ours/plain`;
    await Deno.mkdir(plain, { recursive: true });
    await Deno.writeTextFile(`${plain}/train.ts`, train(true));
    await ours(env, plain, "train.ts");
    const img = `${env.dir}/ours/img`;
    await Deno.mkdir(img, { recursive: true });
    await Deno.writeTextFile(`${img}/train.ts`, train(false));
    await ours(env, img, "train.ts", { WANDB_DOCKER: "ghcr.io/acme/deno-trainer:7" });

    const paths = [
      "local/jobo/job-https___github.com_acme_ours.git_train.ts:latest",
      "local/jobo/job-source-jobo-train.ts:latest",
      "local/jobo/job-ghcr.io_acme_deno-trainer:7",
    ];
    const got = lastJson(
      await env.python([py("read_job.py"), ...paths], { cwd: `${env.dir}/work` }),
      "read_job.py",
    );
    const [repoJob, codeJob, imgJob] = paths.map((p) => got[p]);
    assert.equal(repoJob.type, "job");
    assert.equal(repoJob.source_type, "repo");
    assert.deepEqual(repoJob.source.git, { remote, commit });
    assert.deepEqual(repoJob.entrypoint, ["deno", "run", "-A", "train.ts"]);
    assert.deepEqual(repoJob.input_types, TYPES_IN, "its TypeRegistry reads our types back");
    assert.equal(repoJob.output_types.wb_type, "typedDict");
    assert.ok(repoJob.requirements, "requirements.frozen.txt is there for launch to copy");
    assert.match(repoJob.runtime, /^Deno /);

    assert.equal(codeJob.source_type, "artifact");
    assert.deepEqual(codeJob.entrypoint, ["deno", "run", "-A", "train.ts"]);
    assert.deepEqual(codeJob.code, {
      name: "source-jobo-train.ts:v0",
      type: "code",
      files: ["train.ts"],
    });

    assert.equal(imgJob.source_type, "image");
    assert.deepEqual(imgJob.source, { image: "ghcr.io/acme/deno-trainer:7" });
  },
);
