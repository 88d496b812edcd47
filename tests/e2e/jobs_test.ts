// Jobs end to end against our real server (server/mod.ts serve), each run a child Deno process
// in a temp dir: a run in a git repository with a remote and a commit (repo job, with the diff
// and the project's deno.json), a run that logs its code (code artifact + artifact job), a run in
// an image (WANDB_DOCKER), an offline run's job uploaded by `sync`, and the runs that make none
// (job creation off, which is W&B 0.30's default; no source). Each job is read back with the
// public API's `api.job()` and its files are checked byte for byte.
import assert from "node:assert/strict";
import { serve, type ServerHandle } from "../../server/mod.ts";
import { Api, JobError } from "../../apis/mod.ts";
import { onlyRunDir, runDeno } from "./_helpers.ts";
import { cli, gql } from "./_online.ts";

const mod = new URL("../../mod.ts", import.meta.url).href;
const config = new URL("../../deno.json", import.meta.url).pathname;

interface Env {
  root: string;
  server: ServerHandle;
  key: string;
  api: Api;
  vars: Record<string, string>;
}

async function withServer(fn: (env: Env) => Promise<void>): Promise<void> {
  const root = await Deno.makeTempDir({ prefix: "wandb-jobs-" });
  const ac = new AbortController();
  const server = await serve({
    port: 0,
    dataDir: `${root}/server`,
    signal: ac.signal,
    log: () => {},
  });
  const key = server.localUser.apiKey!;
  const vars = {
    WANDB_BASE_URL: server.url,
    WANDB_API_KEY: key,
    WANDB_CACHE_DIR: `${root}/cache`,
    WANDB_SILENT: "true",
    HOME: `${root}/home`,
    WANDB_CONFIG_DIR: `${root}/home/.config/wandb`,
    WANDB_DISABLE_JOB_CREATION: "false",
  };
  try {
    await fn({ root, server, key, api: new Api({ baseUrl: server.url, apiKey: key }), vars });
  } finally {
    ac.abort();
    await server.finished;
    await Deno.remove(root, { recursive: true });
  }
}

const TRAIN = (extra = "") =>
  `import * as wandb from ${JSON.stringify(mod)};
const run = await wandb.init({ project: "jobs", config: { lr: 0.1, layers: [64, 32], opt: { name: "adam" }, tag: null } });
run.log({ loss: 0.5, ok: true });
${extra}
await run.finish();
console.log(JSON.stringify({ id: run.id }));
`;

/** Runs a script of ours in `cwd`; returns the run id. */
async function runOurs(
  env: Env,
  cwd: string,
  script: string,
  extra: Record<string, string> = {},
): Promise<string> {
  // A variable given as "" is left out (the child inherits only this process's environment).
  const vars = Object.fromEntries(
    Object.entries({ ...env.vars, WANDB_DIR: cwd, ...extra }).filter(([, v]) => v !== ""),
  );
  const r = await runDeno(["run", "-A", `--config=${config}`, script], cwd, vars);
  assert.equal(r.code, 0, `${script}: ${r.stdout}\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!).id;
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

/** A git repository with a remote, a deno.json, src/train.ts committed, and one uncommitted edit. */
async function gitRepo(dir: string): Promise<{ commit: string; denoJson: string }> {
  await Deno.mkdir(`${dir}/src`, { recursive: true });
  await git(dir, "init", "-q");
  await git(dir, "remote", "add", "origin", "https://github.com/acme/ts-repo.git");
  const denoJson = JSON.stringify({ imports: { "left-pad": "npm:left-pad@1.3.0" } });
  await Deno.writeTextFile(`${dir}/deno.json`, denoJson);
  await Deno.writeTextFile(`${dir}/src/train.ts`, TRAIN());
  await Deno.writeTextFile(`${dir}/README.md`, "v1\n");
  await git(dir, "add", "-A");
  await git(dir, "commit", "-qm", "init");
  await Deno.writeTextFile(`${dir}/README.md`, "v2\n"); // uncommitted: the job's diff.patch
  return { commit: await git(dir, "rev-parse", "HEAD"), denoJson };
}

interface Version {
  id: string;
  versionIndex: number;
  aliases: { alias: string }[];
  artifactType: { name: string };
  createdBy: { name: string } | null;
  usedBy: { edges: { node: { name: string } }[] };
}

/** The collections of each artifact type in project `jobs`. */
async function collections(env: Env): Promise<Record<string, string[]>> {
  const d = await gql<
    {
      project: {
        artifactTypes: {
          edges: {
            node: { name: string; artifactCollections: { edges: { node: { name: string } }[] } };
          }[];
        };
      } | null;
    }
  >(
    env.server.url,
    env.key,
    `{ project(name: "jobs", entityName: "local") { artifactTypes { edges { node { name artifactCollections { edges { node { name } } } } } } } }`,
  );
  const out: Record<string, string[]> = {};
  for (const t of d.project?.artifactTypes.edges ?? []) {
    out[t.node.name] = t.node.artifactCollections.edges.map((e) => e.node.name).sort();
  }
  return out;
}

async function version(env: Env, name: string): Promise<Version> {
  const d = await gql<{ project: { artifact: Version } }>(
    env.server.url,
    env.key,
    `query V($name: String!) { project(name: "jobs", entityName: "local") { artifact(name: $name) {
      id versionIndex aliases { alias } artifactType { name } createdBy { ... on Run { name } }
      usedBy { edges { node { name } } } } } }`,
    { name },
  );
  return d.project.artifact;
}

const INPUT_TYPES = {
  wb_type: "typedDict",
  params: {
    type_map: {
      layers: { wb_type: "list", params: { element_type: { wb_type: "number" }, length: 2 } },
      lr: { wb_type: "number" },
      opt: { wb_type: "typedDict", params: { type_map: { name: { wb_type: "string" } } } },
      tag: { wb_type: "none" },
    },
  },
};

const OUTPUT_TYPES = {
  wb_type: "typedDict",
  params: {
    type_map: {
      _runtime: { wb_type: "number" },
      _step: { wb_type: "number" },
      _timestamp: { wb_type: "number" },
      loss: { wb_type: "number" },
      ok: { wb_type: "boolean" },
    },
  },
};

/** The files of a job, read with the public API. */
async function jobFiles(env: Env, path: string, into: string) {
  const job = await env.api.job(path);
  const dir = await job.download(into);
  const files: Record<string, string> = {};
  for await (const e of Deno.readDir(dir)) {
    files[e.name] = await Deno.readTextFile(`${dir}/${e.name}`);
  }
  return { job, files };
}

const opts = { sanitizeResources: false, sanitizeOps: false };

Deno.test(
  "a run in a git repo with a remote and a commit makes a repo job, used by the run, that api.job reads",
  opts,
  () =>
    withServer(async (env) => {
      const repo = `${env.root}/repo`;
      const { commit, denoJson } = await gitRepo(repo);
      const runId = await runOurs(env, repo, "src/train.ts");
      const name = "job-https___github.com_acme_ts-repo.git_src_train.ts";
      assert.deepEqual(await collections(env), { job: [name] });
      const v = await version(env, `${name}:latest`);
      assert.equal(v.versionIndex, 0);
      assert.equal(v.artifactType.name, "job");
      assert.deepEqual(v.aliases.map((a) => a.alias).sort(), ["latest", "v0"]);
      // As the official client's core: a user-created version the run uses, not one it logged.
      assert.equal(v.createdBy, null);
      assert.deepEqual(v.usedBy.edges.map((e) => e.node.name), [runId]);

      const { job, files } = await jobFiles(env, `local/jobs/${name}:latest`, `${env.root}/out`);
      assert.deepEqual(Object.keys(files).sort(), [
        "deno.json",
        "diff.patch",
        "requirements.frozen.txt",
        "wandb-job.json",
      ]);
      const info = JSON.parse(files["wandb-job.json"]!);
      assert.deepEqual(Object.keys(info), [
        "_version",
        "source",
        "source_type",
        "input_types",
        "output_types",
        "runtime",
      ]);
      assert.deepEqual(info.source, {
        git: { remote: "https://github.com/acme/ts-repo.git", commit },
        entrypoint: ["deno", "run", "-A", "src/train.ts"],
        notebook: false,
      });
      assert.equal(info._version, "v0");
      assert.equal(info.source_type, "repo");
      assert.deepEqual(info.input_types, INPUT_TYPES);
      assert.deepEqual(info.output_types, OUTPUT_TYPES);
      assert.match(info.runtime, /^Deno \d+\.\d+\.\d+/);
      assert.equal(files["deno.json"], denoJson);
      assert.equal(files["requirements.frozen.txt"], "npm:left-pad==1.3.0");
      assert.match(files["diff.patch"]!, /-v1\n\+v2/);

      assert.equal(job.path, `local/jobs/${name}:v0`);
      assert.equal(job.sourceType, "repo");
      assert.deepEqual(job.git, { remote: "https://github.com/acme/ts-repo.git", commit });
      assert.deepEqual(job.entrypoint, ["deno", "run", "-A", "src/train.ts"]);
      assert.deepEqual(job.inputTypes, INPUT_TYPES);
      assert.equal(job.sourceRun, runId);
      assert.deepEqual(job.defaults, {
        lr: 0.1,
        layers: [64, 32],
        opt: { name: "adam" },
        tag: null,
      });

      // A run that uses the job (as a launched run does) makes none, as W&B's job builder: with
      // another config it would have made v1.
      await Deno.writeTextFile(
        `${repo}/src/train.ts`,
        TRAIN(`await run.useArtifact("${name}:latest");`).replace("lr: 0.1,", "lr: 0.1, extra: 1,"),
      );
      const user = await runOurs(env, repo, "src/train.ts");
      const after = await version(env, `${name}:latest`);
      assert.equal(after.versionIndex, 0);
      assert.deepEqual(after.usedBy.edges.map((e) => e.node.name).sort(), [runId, user].sort());
    }),
);

Deno.test(
  "run.logCode() logs a code artifact the run's artifact job points at; an image run makes an image job",
  opts,
  () =>
    withServer(async (env) => {
      const dir = `${env.root}/plain`;
      await Deno.mkdir(`${dir}/sub`, { recursive: true });
      await Deno.mkdir(`${dir}/wandb/old`, { recursive: true });
      await Deno.writeTextFile(
        `${dir}/train.ts`,
        TRAIN(`const code = run.logCode(".");
console.error("code:", code?.name, code?.files().map((f) => f.path).join(","));`),
      );
      await Deno.writeTextFile(`${dir}/sub/util.ts`, "export const x = 1;\n");
      await Deno.writeTextFile(`${dir}/notes.txt`, "not code\n");
      await Deno.writeTextFile(`${dir}/wandb/old/stale.ts`, "// inside wandb/: left out\n");
      const runId = await runOurs(env, dir, "train.ts");

      const code = await env.api.artifact("local/jobs/source-jobs-train.ts:latest");
      assert.equal(code.type, "code");
      assert.deepEqual(code.files().map((f) => f.path), ["sub/util.ts", "train.ts"]);
      const cv = await version(env, "source-jobs-train.ts:latest");
      assert.equal(cv.createdBy?.name, runId, "the code artifact is the run's output");
      const cfg = await gql<{ project: { run: { config: string } } }>(
        env.server.url,
        env.key,
        `query R($run: String!) { project(name: "jobs", entityName: "local") { run(name: $run) { config } } }`,
        { run: runId },
      );
      assert.equal(
        JSON.parse(cfg.project.run.config)._wandb.value.code_path,
        "source-jobs-train.ts",
      );

      const { job, files } = await jobFiles(
        env,
        "local/jobs/job-source-jobs-train.ts",
        `${env.root}/o1`,
      );
      assert.deepEqual(Object.keys(files).sort(), ["requirements.frozen.txt", "wandb-job.json"]);
      const info = JSON.parse(files["wandb-job.json"]!);
      assert.equal(info.source_type, "artifact");
      assert.deepEqual(info.source, {
        artifact: `wandb-artifact://_id/${code.id}`,
        entrypoint: ["deno", "run", "-A", "train.ts"],
        notebook: false,
      });
      assert.equal(job.codeArtifactId, code.id);
      assert.deepEqual(info.input_types, INPUT_TYPES);

      const img = `${env.root}/img`;
      await Deno.mkdir(img);
      await Deno.writeTextFile(`${img}/train.ts`, TRAIN());
      await runOurs(env, img, "train.ts", { WANDB_DOCKER: "ghcr.io/acme/trainer:1.2" });
      const i = await jobFiles(env, "local/jobs/job-ghcr.io_acme_trainer:1.2", `${env.root}/o2`);
      assert.deepEqual(i.job.aliases.sort(), ["1.2", "latest"]);
      assert.equal(i.job.version, "v0");
      const iinfo = JSON.parse(i.files["wandb-job.json"]!);
      assert.deepEqual(iinfo.source, { image: "ghcr.io/acme/trainer:1.2" });
      assert.equal(iinfo.source_type, "image");
      assert.equal(i.job.entrypoint, undefined);

      assert.deepEqual(await collections(env), {
        code: ["source-jobs-train.ts"],
        job: ["job-ghcr.io_acme_trainer", "job-source-jobs-train.ts"],
      });
      await assert.rejects(
        env.api.job("local/jobs/source-jobs-train.ts:latest"),
        (e: JobError) => e instanceof JobError && e.code === "job/not-a-job",
      );
      await assert.rejects(
        env.api.job("local/jobs/job-nope:latest"),
        (e: JobError) => e instanceof JobError && e.code === "job/not-found",
      );
    }),
);

Deno.test(
  "an offline run's job is in its log and `sync` uploads it; job creation off or no source makes none",
  opts,
  () =>
    withServer(async (env) => {
      const repo = `${env.root}/repo`;
      const { commit } = await gitRepo(repo);
      await runOurs(env, repo, "src/train.ts", { WANDB_MODE: "offline" });
      assert.deepEqual(await collections(env), {});
      const s = await cli(["sync", onlyRunDir(repo)], repo, env.vars);
      assert.equal(s.code, 0, `sync: ${s.stdout}\n${s.stderr}`);
      const name = "job-https___github.com_acme_ts-repo.git_src_train.ts";
      const { job } = await jobFiles(env, `local/jobs/${name}`, `${env.root}/o3`);
      assert.deepEqual(job.git, { remote: "https://github.com/acme/ts-repo.git", commit });
      assert.deepEqual(job.outputTypes, OUTPUT_TYPES);

      // Job creation off (W&B 0.30's default, here by leaving the variable out): no new job.
      const repo2 = `${env.root}/repo2`;
      await gitRepo(repo2);
      await Deno.writeTextFile(`${repo2}/src/train.ts`, TRAIN().replace('"jobs"', '"jobs2"'));
      await runOurs(env, repo2, "src/train.ts", { WANDB_DISABLE_JOB_CREATION: "" });
      await runOurs(env, repo2, "src/train.ts", { WANDB_DISABLE_JOB_CREATION: "true" });
      // On, but no git repository, no logged code and no image: nothing to make a job from.
      const plain = `${env.root}/plain`;
      await Deno.mkdir(plain);
      await Deno.writeTextFile(`${plain}/train.ts`, TRAIN().replace('"jobs"', '"jobs2"'));
      await runOurs(env, plain, "train.ts");
      const d = await gql<{ project: { artifactTypes: { edges: unknown[] } } | null }>(
        env.server.url,
        env.key,
        `{ project(name: "jobs2", entityName: "local") { artifactTypes { edges { node { name } } } } }`,
      );
      assert.deepEqual(d.project?.artifactTypes.edges, []);
    }),
);
