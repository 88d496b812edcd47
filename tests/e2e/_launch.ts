/**
 * Helpers for the launch end-to-end tests: our server in-process on a temporary data directory,
 * a `LaunchApi` on it, a local git repository (reached by a `file://` URI) holding a launched
 * script that logs with our SDK, and the queue item's error as the server stores it.
 */
import assert from "node:assert/strict";
import { serve, type ServerHandle } from "../../server/mod.ts";
import { GraphQLClient } from "../../net/graphql.ts";
import { LaunchApi } from "../../launch/launch_api.ts";

/** The repo root. */
export const root = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");

/** A server, its API and a temp dir, removed on dispose. */
export interface LaunchEnv extends AsyncDisposable {
  dir: string;
  server: ServerHandle;
  url: string;
  key: string;
  api: LaunchApi;
  /** Lines the agent and its jobs printed. */
  lines: string[];
}

/** Starts a server on a fresh data directory. */
export async function launchEnv(): Promise<LaunchEnv> {
  const dir = await Deno.makeTempDir({ prefix: "wandb-launch-" });
  const ac = new AbortController();
  const server = await serve({
    port: 0,
    dataDir: `${dir}/server`,
    signal: ac.signal,
    log: () => {},
  });
  const key = server.localUser.apiKey!;
  const url = server.url.replace(/\/$/, "");
  const api = new LaunchApi(new GraphQLClient({ baseUrl: url, apiKey: key }), key, "local");
  return {
    dir,
    server,
    url,
    key,
    api,
    lines: [],
    async [Symbol.asyncDispose]() {
      ac.abort();
      await server.finished;
      await Deno.remove(dir, { recursive: true }).catch(() => {});
    },
  };
}

/** The launched script: logs `loss = 2 * lr` with our SDK; its config default lr is 1. */
export const TRAIN_TS = `import * as wandb from "file://${root}/mod.ts";
const run = await wandb.init({ config: { lr: 1, epochs: 1 }, settings: { x_disable_stats: true } });
console.log("training with lr=" + run.config.lr);
run.log({ loss: Number(run.config.lr) * 2 });
await run.finish();
`;

/** A python script that logs with the official SDK (the compat suite's launched run). */
export const TRAIN_PY = `import wandb
run = wandb.init(config={"lr": 1, "epochs": 1})
print("training with lr=" + str(run.config["lr"]))
run.log({"loss": float(run.config["lr"]) * 2})
run.finish()
`;

/** Makes a git repository with `files` committed on `main`; returns its `file://` URI. */
export async function gitRepo(dir: string, files: Record<string, string>): Promise<string> {
  await Deno.mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await Deno.writeTextFile(`${dir}/${name}`, text);
  }
  const git = async (...args: string[]) => {
    const out = await new Deno.Command("git", {
      args: ["-c", "user.name=t", "-c", "user.email=t@example.com", "-C", dir, ...args],
      stdout: "null",
      stderr: "piped",
    }).output();
    if (!out.success) {
      throw new Error(`git ${args.join(" ")}: ${new TextDecoder().decode(out.stderr)}`);
    }
  };
  await git("init", "--quiet", "-b", "main");
  await git("add", ".");
  await git("commit", "--quiet", "-m", "train");
  return `file://${dir}`;
}

/** The entry point that runs `train.ts` with the repo's import map. */
export function tsEntryPoint(): string[] {
  return ["deno", "run", "-A", "--config", `${root}/deno.json`, "train.ts"];
}

/** A queue item's state and error as stored. */
export async function itemError(
  env: LaunchEnv,
  queue: string,
  id: string,
): Promise<{ state: string; error: { message: string; stage: string } | null }> {
  const r = await env.api.gql.request<
    {
      project: {
        runQueue: {
          runQueueItem: { state: string; error: { message: string; stage: string } | null };
        };
      };
    }
  >(
    `query Item($entity: String!, $queue: String!, $id: ID!) { project(name: "model-registry", entityName: $entity) { runQueue(name: $queue) { runQueueItem(id: $id) { state error { message stage } } } } }`,
    { entity: "local", queue, id },
  );
  return r.project.runQueue.runQueueItem;
}

/** A script that logs its code as the job `train-job` when run directly (not launched). */
export const JOB_TS = `import * as wandb from "file://${root}/mod.ts";
const launched = Deno.env.get("WANDB_LAUNCH") === "True";
const run = await wandb.init({
  config: { lr: 1 },
  settings: { x_disable_stats: true, disable_job_creation: launched, job_name: "train-job" },
});
if (!launched) run.logCode(".");
console.log("training with lr=" + run.config.lr);
run.log({ loss: Number(run.config.lr) * 2 });
await run.finish();
`;

/** Runs {@linkcode JOB_TS} once with our SDK: the code job `local/jobs/train-job:latest`. */
export async function makeCodeJob(env: LaunchEnv): Promise<void> {
  const code = `${env.dir}/code`;
  await Deno.mkdir(code);
  await Deno.writeTextFile(`${code}/train.ts`, JOB_TS);
  const made = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--config", `${root}/deno.json`, "train.ts"],
    cwd: code,
    env: {
      WANDB_BASE_URL: env.url,
      WANDB_API_KEY: env.key,
      WANDB_ENTITY: "local",
      WANDB_PROJECT: "jobs",
      WANDB_SILENT: "true",
    },
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(made.code, 0, new TextDecoder().decode(made.stderr));
}
