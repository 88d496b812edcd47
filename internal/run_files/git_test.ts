import assert from "node:assert/strict";
import { gitDiff, gitDiffBytes, gitInfo, sanitizeRemoteUrl } from "./git.ts";

async function sh(cwd: string, ...args: string[]): Promise<void> {
  const out = await new Deno.Command("git", {
    args,
    cwd,
    env: {
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
    },
    stdout: "null",
    stderr: "piped",
  }).output();
  if (out.code !== 0) {
    throw new Error(`git ${args.join(" ")}: ${new TextDecoder().decode(out.stderr)}`);
  }
}

/** A temporary repository with one commit of `a.txt`. */
async function withRepo(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.realPath(await Deno.makeTempDir({ prefix: "wandb_git_" }));
  try {
    await sh(dir, "init", "-q", "-b", "main");
    await Deno.writeTextFile(`${dir}/a.txt`, "one\n");
    await sh(dir, "add", "a.txt");
    await sh(dir, "commit", "-q", "-m", "first");
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("gitInfo() reports root, sanitized origin URL and HEAD from a subdirectory", async () => {
  await withRepo(async (dir) => {
    await sh(dir, "remote", "add", "origin", "https://me:secret@example.com/o/r.git");
    await Deno.mkdir(`${dir}/sub`);
    const info = await gitInfo(`${dir}/sub`);
    assert.equal(info?.root, dir);
    assert.equal(info?.remote, "https://me:@example.com/o/r.git");
    assert.match(info?.commit ?? "", /^[0-9a-f]{40}$/);
  });
});

Deno.test("gitInfo() prefers the WANDB_GIT_REMOTE_URL / WANDB_GIT_COMMIT overrides", async () => {
  await withRepo(async (dir) => {
    const info = await gitInfo(dir, { remoteUrl: "git@host:x/y.git", commit: "abc123" });
    assert.deepEqual(info, { root: dir, remote: "git@host:x/y.git", commit: "abc123" });
    const plain = await gitInfo(dir, { remoteName: "upstream" });
    assert.equal(plain?.remote, undefined);
  });
});

Deno.test("gitInfo() returns undefined outside a repository and without git", async () => {
  const dir = await Deno.makeTempDir();
  try {
    assert.equal(await gitInfo(dir), undefined);
    assert.equal(await gitInfo(`${dir}/missing`), undefined);
    assert.equal(await gitDiff(dir), "");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "gitInfo() and gitDiff() drop their result when --allow-run is missing",
  permissions: { run: false, read: true },
  async fn() {
    assert.equal(await gitInfo("."), undefined);
    assert.equal(await gitDiff("."), "");
  },
});

Deno.test("gitDiff() is empty when clean and holds staged and unstaged changes to HEAD", async () => {
  await withRepo(async (dir) => {
    assert.equal(await gitDiff(dir), "");
    await Deno.writeTextFile(`${dir}/a.txt`, "one\ntwo\n");
    await Deno.writeTextFile(`${dir}/b.txt`, "new\n");
    await sh(dir, "add", "b.txt");
    const patch = await gitDiff(dir);
    assert.match(patch, /^diff --git a\/a\.txt b\/a\.txt\n/);
    assert.match(patch, /\n\+two\n/);
    assert.match(patch, /diff --git a\/b\.txt b\/b\.txt\nnew file mode/);
    const bytes = await gitDiffBytes(dir);
    assert.equal(new TextDecoder().decode(bytes), patch);
  });
});

Deno.test("sanitizeRemoteUrl() strips tokens and user names but keeps scp-like addresses", () => {
  assert.equal(sanitizeRemoteUrl("https://u:t@h.com:8443/o/r"), "https://u:@h.com:8443/o/r");
  assert.equal(sanitizeRemoteUrl("https://u@h.com/o/r"), "https://h.com/o/r");
  assert.equal(sanitizeRemoteUrl("ssh://git@h.com/o/r"), "ssh://h.com/o/r");
  assert.equal(sanitizeRemoteUrl("git@github.com:o/r.git"), "git@github.com:o/r.git");
  assert.equal(sanitizeRemoteUrl("https://h.com/o/r"), "https://h.com/o/r");
});
