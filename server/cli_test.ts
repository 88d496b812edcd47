import assert from "node:assert/strict";
import { join } from "node:path";
import { Store } from "./store/mod.ts";

const MAIN = new URL("./main.ts", import.meta.url).pathname;

async function run(args: string[], env: Record<string, string> = {}) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MAIN, ...args],
    env,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

Deno.test("main.ts --help documents every flag, env variable and the user command", async () => {
  const r = await run(["--help"]);
  assert.equal(r.code, 0, r.stderr);
  for (
    const word of [
      "--host",
      "--port",
      "--data",
      "--crash-after",
      "--help",
      "WANDB_SERVER_HOST",
      "WANDB_SERVER_PORT",
      "WANDB_SERVER_DATA",
      "WANDB_SERVER_CRASH_AFTER",
      "127.0.0.1",
      "8080",
      "user create NAME",
    ]
  ) {
    assert.ok(r.stdout.includes(word), `--help lacks ${word}`);
  }
});

Deno.test("main.ts rejects a bad flag value and an unknown flag with one line and exit 2", async () => {
  for (const args of [["--port", "http"], ["--nope"], ["frobnicate"]]) {
    const r = await run(args);
    assert.equal(r.code, 2, args.join(" "));
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.match(r.stderr, /^wandb server: .*--help/);
  }
});

Deno.test("main.ts user create NAME prints a usable 40-hex key; a second NAME clash fails", async () => {
  const dir = Deno.makeTempDirSync({ prefix: "cli_test_" });
  try {
    const r = await run(["user", "create", "alice"], { WANDB_SERVER_DATA: dir });
    assert.equal(r.code, 0, r.stderr);
    const key = /\b([0-9a-f]{40})\b/.exec(r.stdout)?.[1];
    assert.ok(key, r.stdout);
    const store = Store.open(dir);
    try {
      assert.equal(store.userByApiKey(key)?.username, "alice");
    } finally {
      store.close();
    }
    const again = await run(["user", "create", "alice", "--data", dir]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already exists/);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("main.ts serves on --port 0, prints key and login line, answers healthz, stops on SIGTERM", async () => {
  const dir = join(Deno.makeTempDirSync({ prefix: "cli_test_" }), "data");
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MAIN, "--port", "0", "--data", dir],
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const stderr = new Response(child.stderr).text();
  const lines = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  try {
    const deadline = Date.now() + 20_000;
    while (
      !/(?:wandb-ts|deno run -A jsr:@wandb\/ts\/cli) login --host \S+ [0-9a-f]{40}/.test(text)
    ) {
      assert.ok(Date.now() < deadline, `no login line in: ${text}`);
      const { value, done } = await lines.read();
      if (done) break;
      text += value;
    }
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text)?.[1];
    assert.ok(url, text);
    const key = /WANDB_API_KEY=([0-9a-f]{40})/.exec(text)?.[1];
    assert.ok(key, text);
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 200);
    await health.body?.cancel();
    const fs = await fetch(`${url}/files/local/p/r1/file_stream`, {
      method: "POST",
      headers: { authorization: `Basic ${btoa(`api:${key}`)}` },
      body: JSON.stringify({ files: {} }),
    });
    assert.equal(fs.status, 200);
    await fs.body?.cancel();
  } finally {
    child.kill("SIGTERM");
    const status = await child.status;
    await lines.cancel();
    await stderr;
    Deno.removeSync(join(dir, ".."), { recursive: true });
    assert.equal(status.code, 0, "clean exit on SIGTERM");
  }
});
