/**
 * The main job: `deno task demo`. Starts the local W&B-compatible server in this process (data in
 * `./wandb-server-data`, the same place `deno task server` uses), runs `examples/train.ts` online
 * against it in a child process, then stops the server and says where the run is and how to
 * browse it.
 *
 * Permissions: `-A` (the server, the child process, the run directory).
 *
 * @module
 */
import { DEFAULT_DATA_DIR } from "../server/main.ts";
import { serve, type ServerHandle } from "../server/serve.ts";

const dataDir = Deno.env.get("WANDB_SERVER_DATA") ?? DEFAULT_DATA_DIR;
const KEY_FILE = `${dataDir}/demo-api-key`;
const PROJECT = "wandb-ts-demo";

async function start(port: number): Promise<ServerHandle> {
  return await serve({
    host: "127.0.0.1",
    port,
    dataDir,
    log: () => {},
  });
}

const port = Number(Deno.env.get("WANDB_DEMO_PORT") ?? 8080);
let server: ServerHandle;
try {
  server = await start(port);
} catch {
  server = await start(0); // the port is taken (perhaps by `deno task server` itself)
}

/** The demo keeps the key it uses beside the data (the server only stores keys hashed). */
function demoKey(s: ServerHandle): string {
  try {
    const saved = Deno.readTextFileSync(KEY_FILE).trim();
    if (s.store.userByApiKey(saved)) return saved;
  } catch {
    // no saved key yet
  }
  let key = s.localUser.apiKey;
  if (!key) {
    const name = s.store.userByName("demo") ? `demo-${Date.now()}` : "demo";
    key = s.store.createUser(name).apiKey;
  }
  Deno.writeTextFileSync(KEY_FILE, key + "\n", { mode: 0o600 });
  return key;
}

const key = demoKey(server);
console.log(`demo: local W&B server on ${server.url} (data: ${dataDir})`);
const child = await new Deno.Command(Deno.execPath(), {
  args: ["run", "-A", new URL("train.ts", import.meta.url).pathname],
  env: { WANDB_BASE_URL: server.url, WANDB_API_KEY: key, WANDB_MODE: "online" },
  stdout: "inherit",
  stderr: "inherit",
}).output();

const user = server.store.userByApiKey(key)!;
const runs = server.store.listRuns(user.username, PROJECT, { first: 1, order: "-created_at" });
const latest = runs.edges[0]?.node;
await server.shutdown();
if (!child.success) {
  console.error(`demo: the training run failed (exit code ${child.code})`);
  Deno.exit(child.code || 1);
}
const path = latest
  ? `/${user.username}/${PROJECT}/runs/${latest.name}`
  : `/${user.username}/${PROJECT}`;
console.log(
  [
    "",
    `demo: the run is stored in ${dataDir} (state: ${latest?.state ?? "unknown"}).`,
    "demo: to browse it, start the server and open the run page:",
    "demo:   npx -y deno@2.9.6 task server",
    `demo:   http://127.0.0.1:8080${path}`,
    `demo: the browser asks to sign in: any user name, and the API key in ${KEY_FILE} as the password.`,
    "demo: or, with no sign-in, the board over the run folders in ./wandb:",
    "demo:   npx -y deno@2.9.6 task board",
  ].join("\n"),
);
