// The official W&B JS SDK (npm:@wandb/sdk) logs a run to our server; GraphQL then shows that
// the config, every history row and the final state arrived.
import assert from "node:assert/strict";
import { Store } from "../../server/store/mod.ts";
import { createHandler } from "../../server/handler.ts";
import { graphqlRoutes } from "../../server/graphql/mod.ts";

Deno.test("the official W&B JS SDK logs config, 200 rows and its finish to our server", async () => {
  const data = await Deno.makeTempDir();
  const store = Store.open(data);
  const { apiKey } = store.createUser("local");
  const ac = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen() {} },
    createHandler({ store, routes: graphqlRoutes, filesDir: `${data}/files` }),
  );
  const base = `http://127.0.0.1:${server.addr.port}`;
  try {
    const out = await new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "-A",
        "--no-check",
        new URL("testdata/official_js_sdk_run.ts", import.meta.url).pathname,
        "200",
        "jsrun001",
      ],
      env: { WANDB_BASE_URL: base, WANDB_API_KEY: apiKey, NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stderr = new TextDecoder().decode(out.stderr);
    assert.equal(out.code, 0, stderr);
    const query = `query Run($project: String!, $entity: String!, $name: String!) {
      project(name: $project, entityName: $entity) {
        run(name: $name) { name state config historyLineCount summaryMetrics history(samples: 1000) }
      }
    }`;
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: {
        authorization: `Basic ${btoa(`api:${apiKey}`)}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({
        query,
        variables: { project: "official-js", entity: "local", name: "jsrun001" },
      }),
    });
    const body = await res.json();
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const run = body.data.project.run;
    assert.equal(run.name, "jsrun001");
    assert.equal(run.state, "finished");
    const config = JSON.parse(run.config);
    const lr = config.lr?.value ?? config.lr;
    assert.equal(lr, 0.01);
    assert.equal(run.historyLineCount, 200);
    const rows = (run.history as string[]).map((r) => JSON.parse(r));
    assert.equal(rows.length, 200);
    assert.deepEqual(rows.map((r) => r._step), [...Array(200).keys()]);
    assert.equal(rows[199].loss, 1 / 200);
  } finally {
    ac.abort();
    await server.finished;
    store.close();
    await Deno.remove(data, { recursive: true });
  }
});
