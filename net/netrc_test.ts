import assert from "node:assert/strict";
import { netrcPassword, netrcWithEntry, readNetrcKey, writeNetrcKey } from "./netrc.ts";
import { checkApiKeyShape, resolveCredentials } from "./credentials.ts";

const KEY = "0123456789abcdef0123456789abcdef01234567";

Deno.test("netrc: write replaces only the host's entry, mode 0600, and reads back", () => {
  const dir = Deno.makeTempDirSync();
  try {
    const path = `${dir}/netrc`;
    Deno.writeTextFileSync(
      path,
      "machine github.com\n  login me\n  password gh\nmachine localhost\n  login user\n  password old\n",
    );
    const env = { NETRC: path };
    writeNetrcKey("http://localhost:8080", KEY, env);
    const text = Deno.readTextFileSync(path);
    assert.equal(
      text,
      `machine github.com\n  login me\n  password gh\nmachine localhost\n  login user\n  password ${KEY}\n`,
    );
    assert.equal(Deno.statSync(path).mode! & 0o777, 0o600);
    assert.equal(readNetrcKey("http://localhost:9999/", env), KEY);
    assert.equal(readNetrcKey("https://api.wandb.ai", env), undefined);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("netrc: parser handles one-line entries, comments and default", () => {
  const text = "# mine\nmachine a login u password pa\ndefault login x password pd\n";
  assert.equal(netrcPassword(text, "a"), "pa");
  assert.equal(netrcPassword(text, "b"), "pd");
  assert.equal(netrcWithEntry("", "h", "k"), "machine h\n  login user\n  password k\n");
});

Deno.test("credentials: WANDB_API_KEY > netrc > explicit, WANDB_BASE_URL default", () => {
  const dir = Deno.makeTempDirSync();
  try {
    const path = `${dir}/netrc`;
    writeNetrcKey("http://127.0.0.1:1", KEY, { NETRC: path });
    const env = { NETRC: path, WANDB_BASE_URL: "http://127.0.0.1:1/" };
    assert.deepEqual(resolveCredentials({ env, apiKey: "x" }), {
      baseUrl: "http://127.0.0.1:1",
      apiKey: KEY,
      source: "netrc",
    });
    assert.equal(
      resolveCredentials({ env: { ...env, WANDB_API_KEY: "e" } }).source,
      "WANDB_API_KEY",
    );
    assert.equal(resolveCredentials({ env: {}, apiKey: "x" }).source, "api_key setting");
    assert.equal(resolveCredentials({ env: {} }).apiKey, undefined);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
  assert.equal(checkApiKeyShape(KEY), undefined);
  assert.equal(checkApiKeyShape(`local-${KEY}`), undefined);
  assert.match(checkApiKeyShape("abc")!, /this one has 3/);
});
