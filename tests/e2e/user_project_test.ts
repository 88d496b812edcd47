// A user's own project takes the package as W&B's published name through a local link
// (`"links"` in its deno.json), as the README says: an offline run, an online run against the
// local server and a public-API query, each through `jsr:@wandb/ts` / `jsr:@wandb/ts/apis` from a
// folder outside this repo. A bare specifier leaking into the package (resolved only through this
// repo's import map) fails here.
import assert from "node:assert/strict";
import { serve } from "../../server/mod.ts";
import { runDeno } from "./_helpers.ts";

const repo = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");

// The user's script imports W&B's published name on purpose (issue #11): the project's `links`
// entry resolves it to this checkout, so nothing is fetched from JSR (which is unreachable here).
const SCRIPT = `import * as wandb from "jsr:@wandb/ts";
import { Api } from "jsr:@wandb/ts/apis";
const run = await wandb.init({ project: "user-project", config: { lr: 0.1 } });
for (let i = 0; i < 5; i++) run.log({ loss: 1 / (i + 1) });
await run.finish();
console.log("RUN " + run.id);
if (Deno.env.get("WANDB_MODE") !== "offline") {
  const r = await new Api().run("local/user-project/" + run.id);
  console.log("API " + JSON.stringify({ state: r.state, lr: r.config.lr, loss: r.summary.get("loss") }));
}
`;

Deno.test("a user's project uses jsr:@wandb/ts through a local link: offline, online, public API", async () => {
  const dir = await Deno.makeTempDir({ prefix: "wandb-user-project-" });
  const ac = new AbortController();
  const server = await serve({
    port: 0,
    dataDir: `${dir}/server`,
    signal: ac.signal,
    log: () => {},
  });
  try {
    const project = `${dir}/my-project`;
    await Deno.mkdir(project);
    await Deno.writeTextFile(`${project}/deno.json`, JSON.stringify({ links: [repo] }));
    await Deno.writeTextFile(`${project}/train.ts`, SCRIPT);
    // Run from the user's folder, so its deno.json (not this repo's) is the one in force.
    const offline = await runDeno(["run", "-A", "train.ts"], project, { WANDB_MODE: "offline" });
    assert.equal(offline.code, 0, offline.stderr);
    assert.match(offline.stdout, /RUN [a-z0-9]{8}/);
    const runs = [...Deno.readDirSync(`${project}/wandb`)].filter((e) =>
      e.name.startsWith("offline-run-")
    );
    assert.equal(runs.length, 1);
    // The command the SDK prints for syncing it works, as printed, from the user's folder.
    const hint = /`?(deno run -A jsr:@wandb\/ts\/cli sync \S+?)`?$/m.exec(
      offline.stdout + offline.stderr,
    );
    assert.ok(hint, offline.stderr);
    const synced = await runDeno(hint[1]!.split(" ").slice(1), project, {
      WANDB_BASE_URL: server.url,
      WANDB_API_KEY: server.localUser.apiKey!,
    });
    assert.equal(synced.code, 0, synced.stderr);
    const offlineId = /RUN (\S+)/.exec(offline.stdout)![1]!;
    assert.equal(server.store.getRun("local", "user-project", offlineId)?.state, "finished");
    const online = await runDeno(["run", "-A", "train.ts"], project, {
      WANDB_BASE_URL: server.url,
      WANDB_API_KEY: server.localUser.apiKey!,
    });
    assert.equal(online.code, 0, online.stderr);
    const id = /RUN (\S+)/.exec(online.stdout)![1]!;
    assert.deepEqual(JSON.parse(/API (.*)/.exec(online.stdout)![1]!), {
      state: "finished",
      lr: 0.1,
      loss: 0.2,
    });
    assert.equal(server.store.getRun("local", "user-project", id)?.historyLineCount, 5);

    // Installed as a command (what `deno task install-cli` does from a checkout; once published,
    // `deno install -g -A -n wandb-ts jsr:@wandb/ts/cli`), and then named so in every hint.
    const root = `${dir}/install-root`;
    const install = await runDeno([
      "install",
      "-g",
      "-A",
      "-f",
      "-n",
      "wandb-ts",
      "--root",
      root,
      "--config",
      `${repo}/deno.json`,
      `${repo}/cli/main.ts`,
    ], project);
    assert.equal(install.code, 0, install.stderr);
    const denoDir = Deno.execPath().replace(/\/[^/]+$/, "");
    const installed = await new Deno.Command(`${root}/bin/wandb-ts`, {
      args: ["sync", "--help"],
      cwd: project,
      env: { PATH: `${root}/bin:${denoDir}:/usr/bin:/bin`, NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(installed.stdout);
    assert.equal(installed.code, 0, new TextDecoder().decode(installed.stderr));
    assert.match(text, /^Usage: wandb-ts sync \[options\]/);
  } finally {
    ac.abort();
    await server.finished;
    await Deno.remove(dir, { recursive: true });
  }
});
