// LaunchApi.fromEnv() connects as the sweep calls do (sdk/sweeps/_connect.ts): the settings'
// GraphQL timeout and retry policy, and a missing key named with the `login` command.
import assert from "node:assert/strict";
import { LaunchError } from "./errors.ts";
import { LaunchApi } from "./launch_api.ts";

Deno.test("LaunchApi.fromEnv() without a key says how to log in", async () => {
  const home = await Deno.makeTempDir();
  try {
    const err = (() => {
      try {
        LaunchApi.fromEnv({ env: { HOME: home, WANDB_BASE_URL: "http://127.0.0.1:9" } });
      } catch (e) {
        return e;
      }
    })();
    assert.ok(err instanceof LaunchError, String(err));
    assert.equal(err.code, "launch/api");
    assert.match(
      err.message,
      /^No API key for http:\/\/127\.0\.0\.1:9: run `.*login --host http:\/\/127\.0\.0\.1:9` or set WANDB_API_KEY$/,
    );
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("LaunchApi.fromEnv() retries as the settings say, then fails", async () => {
  const home = await Deno.makeTempDir();
  let seen = 0;
  const ac = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen() {} },
    () => {
      seen++;
      return new Response("down", { status: 503 });
    },
  );
  try {
    const api = LaunchApi.fromEnv({
      env: {
        HOME: home,
        WANDB_BASE_URL: `http://127.0.0.1:${server.addr.port}`,
        WANDB_API_KEY: "local-0123456789",
        WANDB_X_GRAPHQL_RETRY_MAX: "2",
        WANDB_X_GRAPHQL_RETRY_WAIT_MIN_SECONDS: "0.01",
        WANDB_X_GRAPHQL_RETRY_WAIT_MAX_SECONDS: "0.01",
      },
    });
    assert.equal(api.apiKey, "local-0123456789");
    await assert.rejects(api.launchAgent("TGF1bmNoQWdlbnQ6MQ=="));
    assert.equal(seen, 3); // the first attempt and 2 retries
  } finally {
    ac.abort();
    await server.finished;
    await Deno.remove(home, { recursive: true });
  }
});
