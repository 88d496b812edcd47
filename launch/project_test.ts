// prepareProject() with real git: a URI's credentials never reach the error message, the URI
// comes after `--`, and a clone that hangs is stopped after the git timeout.
import assert from "node:assert/strict";
import { GraphQLClient } from "../net/graphql.ts";
import { LaunchError } from "./errors.ts";
import { LaunchApi } from "./launch_api.ts";
import { prepareProject } from "./project.ts";
import type { LaunchSpec } from "./spec.ts";

// Only jobs are read from the server; these tests clone URIs, so nothing is sent.
const api = new LaunchApi(new GraphQLClient({ baseUrl: "http://127.0.0.1:9" }));

function spec(uri: string): LaunchSpec {
  return { entity: "me", project: "p", resource: "local-process", uri, git: {}, overrides: {} };
}

Deno.test("a failed clone names the URI without its token", async () => {
  const workRoot = await Deno.makeTempDir();
  try {
    const uri = "https://me:s3cret-token@127.0.0.1:9/me/repo.git";
    const err = await prepareProject(spec(uri), { api, runId: "r1", workRoot }).catch((e) => e);
    assert.ok(err instanceof LaunchError, String(err));
    assert.equal(err.code, "launch/fetch");
    assert.match(err.message, /^Cannot clone https:\/\/me:@127\.0\.0\.1:9\/me\/repo\.git: /);
    assert.ok(!err.message.includes("s3cret-token"), err.message);
  } finally {
    await Deno.remove(workRoot, { recursive: true });
  }
});

Deno.test("git gets -- before the URI, and a hung clone is stopped after the git timeout", async () => {
  const workRoot = await Deno.makeTempDir();
  try {
    const git = `${workRoot}/git`;
    const record = `${workRoot}/args`;
    await Deno.writeTextFile(git, `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\nexec sleep 30\n`);
    await Deno.chmod(git, 0o755);
    const uri = "https://me:tok@example.invalid/-oops.git";
    const err = await prepareProject(spec(uri), {
      api,
      runId: "r1",
      workRoot,
      git,
      gitTimeoutMs: 300,
    })
      .catch((e) => e);
    assert.ok(err instanceof LaunchError, String(err));
    assert.equal(err.code, "launch/fetch");
    assert.match(
      err.message,
      /clone of https:\/\/me:@example\.invalid\/-oops\.git did not finish in 0\.3 s; /,
    );
    const args = (await Deno.readTextFile(record)).trimEnd().split("\n");
    assert.deepEqual(args.slice(0, 4), ["clone", "--quiet", "--", uri]);
  } finally {
    await Deno.remove(workRoot, { recursive: true });
  }
});

Deno.test("a version that starts with - is refused before git sees it", async () => {
  const workRoot = await Deno.makeTempDir();
  try {
    const src = `${workRoot}/src`;
    await Deno.mkdir(src);
    const git = (...args: string[]) => new Deno.Command("git", { args, cwd: src }).output();
    await git("init", "-q");
    await Deno.writeTextFile(`${src}/main.py`, "print(1)\n");
    await git("add", ".");
    await git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "x");
    const s = { ...spec(`file://${src}`), git: { version: "--upload-pack=touch x" } };
    const err = await prepareProject(s, { api, runId: "r1", workRoot }).catch((e) => e);
    assert.ok(err instanceof LaunchError, String(err));
    assert.match(err.message, /^Version "--upload-pack=touch x" of file:\/\/.* starts with "-"/);
  } finally {
    await Deno.remove(workRoot, { recursive: true });
  }
});
