// A logged wandb.Table also goes up as the official client's run-table artifact
// (`run-<run id>-<key>`, type `run_table`, entry `<key>.table.json`), and online its history value
// names that entry by client id (`artifact_path`, `_latest_artifact_path`), which our server
// resolves through clientIDMapping. Offline the artifact stays in the log and the value has no
// client-id paths, as the official client writes it.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { serve } from "../../server/mod.ts";
import { init, Table } from "../../mod.ts";
import { Api } from "../../apis/mod.ts";
import { runTableArtifactName } from "../../sdk/run.ts";
import { onlyRunDir, readRecords } from "./_helpers.ts";

Deno.test("run-table artifact names are sanitized as the official client's (checked against wandb 0.30)", () => {
  // Values from wandb 0.30's sanitize_artifact_name (python, _internal_artifact.py).
  assert.equal(runTableArtifactName("abc123", "tbl"), "run-abc123-tbl");
  assert.equal(runTableArtifactName("abc123", "val/table"), "run-abc123-valtable-P4JZDQ");
  assert.equal(runTableArtifactName("x", "a b:c"), "run-x-abc-8e-xAQ");
});

Deno.test("a logged Table is a run_table artifact; online its value resolves by client id", async () => {
  const root = await Deno.makeTempDir();
  const ac = new AbortController();
  const server = await serve({
    port: 0,
    dataDir: `${root}/server`,
    signal: ac.signal,
    log: () => {},
  });
  const env = {
    WANDB_BASE_URL: server.url,
    WANDB_API_KEY: server.localUser.apiKey!,
    WANDB_CACHE_DIR: `${root}/cache`,
    WANDB_DIR: root,
    WANDB_SILENT: "true",
  };
  for (const [k, v] of Object.entries(env)) Deno.env.set(k, v);
  try {
    const run = await init({ project: "tables", mode: "online" });
    run.log({ tbl: new Table({ columns: ["a", "b"], data: [[1, "x"], [2.5, "y"]] }) });
    await run.finish();

    const stored = server.store.getRun("local", "tables", run.id)!;
    const value = server.store.history(stored.id)[0]!.tbl as Record<string, string>;
    assert.equal(value._type, "table-file");
    const m = /^wandb-client-artifact:\/\/([0-9a-f-]{36})\/tbl\.table\.json$/.exec(
      value.artifact_path!,
    );
    assert.ok(m, value.artifact_path);
    assert.match(
      value._latest_artifact_path!,
      /^wandb-client-artifact:\/\/[0-9a-f-]{36}:latest\/tbl\.table\.json$/,
    );

    // The server knows the artifact by the client id the value names.
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Basic ${btoa(`api:${server.localUser.apiKey}`)}`,
      },
      body: JSON.stringify({
        query: "query M($c: ID!) { clientIDMapping(clientID: $c) { serverID } }",
        variables: { c: m[1] },
      }),
    });
    const serverId = (await res.json()).data.clientIDMapping?.serverID;
    assert.ok(serverId, "clientIDMapping resolves the table's artifact");

    const api = new Api({ baseUrl: server.url, apiKey: server.localUser.apiKey! });
    const art = await api.artifact(`tables/run-${run.id}-tbl:latest`);
    assert.equal(art.type, "run_table");
    assert.equal(art.id, serverId);
    const tableFile = await Deno.readFile(`${run.dir}/files/${value.path}`);
    const md5 = createHash("md5").update(tableFile).digest("base64");
    assert.deepEqual(art.files().map((e) => [e.path, e.digest]), [["tbl.table.json", md5]]);
    await art.download(`${root}/out`);
    assert.deepEqual(await Deno.readFile(`${root}/out/tbl.table.json`), tableFile);
  } finally {
    for (const k of Object.keys(env)) Deno.env.delete(k);
    ac.abort();
    await server.finished;
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("offline, a logged Table's artifact stays in the log and its value has no client-id paths", async () => {
  const root = await Deno.makeTempDir();
  Deno.env.set("WANDB_DIR", root);
  Deno.env.set("WANDB_SILENT", "true");
  try {
    const run = await init({ project: "tables", mode: "offline" });
    run.log({ tbl: new Table({ columns: ["a"], data: [[1]] }) });
    await run.finish();
    const dir = onlyRunDir(root);
    const records = await readRecords(`${dir}/run-${run.id}.wandb`);
    const arts = records.filter((r) => r.type === "artifact").map((r) => r.record.artifact!);
    assert.equal(arts.length, 1);
    assert.equal(arts[0]!.name, `run-${run.id}-tbl`);
    assert.equal(arts[0]!.type, "run_table");
    assert.deepEqual(arts[0]!.manifest?.contents?.map((c) => c.path), ["tbl.table.json"]);
    const history = records.find((r) => r.type === "history")!.record.history!;
    const keys = history.item!.filter((i) => i.nestedKey?.[0] === "tbl" || i.key === "tbl")
      .map((i) => i.nestedKey?.[1] ?? i.key);
    assert.ok(keys.includes("path") && !keys.includes("artifact_path"), keys.join(","));
  } finally {
    Deno.env.delete("WANDB_DIR");
    Deno.env.delete("WANDB_SILENT");
    await Deno.remove(root, { recursive: true });
  }
});
