// A logged wandb.Table also goes up as the official client's run-table artifact
// (`run-<run id>-<key>`, type `run_table`, entry `<key>.table.json` in the artifact form of the
// table, plus the Image cells' files), and its history value names that entry by client id
// (`artifact_path`, `_latest_artifact_path`), which our server resolves through
// clientIDMapping; our run page shows the table's images from it. Offline the artifact stays in
// the log with the same client-id paths, as wandb 0.30 writes it. A table logged again reuses
// its file and artifact.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { serve } from "../../server/mod.ts";
import { Image, init, Table } from "../../mod.ts";
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
    const pixels = new Uint8Array(4 * 5 * 3).fill(100);
    const img = new Image(pixels, { width: 5, height: 4, caption: "grey" });
    run.log({ tbl: new Table({ columns: ["a", "b"], data: [[1, "x"], [2.5, "y"]] }) });
    run.log({ pics: new Table({ columns: ["n", "img"], data: [[1, img], [2, null]] }) });
    await run.finish();

    const stored = server.store.getRun("local", "tables", run.id)!;
    const value = server.store.history(stored.id)[0]!.tbl as Record<string, string>;
    assert.equal(value._type, "table-file");
    const m = /^wandb-client-artifact:\/\/([a-z0-9]{128})\/tbl\.table\.json$/.exec(
      value.artifact_path!,
    );
    assert.ok(m, value.artifact_path);
    assert.match(
      value._latest_artifact_path!,
      /^wandb-client-artifact:\/\/[a-z0-9]{128}:latest\/tbl\.table\.json$/,
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
    // The entry is the artifact form of the table (wandb 0.30's bytes for the same data).
    const expected =
      '{"_type": "table", "column_types": {"params": {"type_map": {"a": {"params": ' +
      '{"allowed_types": [{"wb_type": "none"}, {"wb_type": "number"}]}, "wb_type": "union"}, "b": ' +
      '{"params": {"allowed_types": [{"wb_type": "none"}, {"wb_type": "string"}]}, "wb_type": ' +
      '"union"}}}, "wb_type": "typedDict"}, "columns": ["a", "b"], "data": [[1, "x"], [2.5, "y"]], ' +
      '"log_mode": "IMMUTABLE", "ncols": 2, "nrows": 2}';
    const md5 = createHash("md5").update(expected).digest("base64");
    assert.deepEqual(art.files().map((e) => [e.path, e.digest]), [["tbl.table.json", md5]]);
    await art.download(`${root}/out`);
    assert.equal(await Deno.readTextFile(`${root}/out/tbl.table.json`), expected);

    // Image cells are entries of the artifact, referred to by their artifact paths.
    const pics = await api.artifact(`tables/run-${run.id}-pics:latest`);
    const png = img.encoded().bytes;
    const sha = createHash("sha256").update(png).digest("hex");
    const imgPath = `media/images/${sha.slice(0, 20)}.png`;
    assert.deepEqual(pics.files().map((e) => e.path), [imgPath, "pics.table.json"]);
    await pics.download(`${root}/pics`);
    assert.deepEqual(await Deno.readFile(`${root}/pics/${imgPath}`), png);
    const t = JSON.parse(await Deno.readTextFile(`${root}/pics/pics.table.json`));
    assert.deepEqual(t.data, [
      [1, {
        _type: "image-file",
        caption: "grey",
        format: "png",
        height: 4,
        path: imgPath,
        sha256: sha,
        width: 5,
      }],
      [2, null],
    ]);
    assert.equal(t.column_types.params.type_map.img.params.allowed_types[0].wb_type, "image-file");

    // The run page shows the image inside the table.
    const page = await fetch(`${server.url}/local/tables/runs/${run.id}`, {
      headers: { authorization: `Basic ${btoa(`api:${server.localUser.apiKey}`)}` },
    });
    const html = await page.text();
    const hex = createHash("md5").update(png).digest("hex");
    assert.ok(
      html.includes(`<img class="table-image" src="/artifact-blobs/${hex}"`),
      "the table cell shows the image",
    );
  } finally {
    for (const k of Object.keys(env)) Deno.env.delete(k);
    ac.abort();
    await server.finished;
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("offline, a logged Table's artifact stays in the log, and logging it again reuses it", async () => {
  const root = await Deno.makeTempDir();
  Deno.env.set("WANDB_DIR", root);
  Deno.env.set("WANDB_SILENT", "true");
  try {
    const run = await init({ project: "tables", mode: "offline" });
    const table = new Table({ columns: ["a"], data: [[1]] });
    run.log({ tbl: table });
    run.log({ tbl: table });
    await run.finish();
    const dir = onlyRunDir(root);
    const records = await readRecords(`${dir}/run-${run.id}.wandb`);
    const arts = records.filter((r) => r.type === "artifact").map((r) => r.record.artifact!);
    assert.equal(arts.length, 1, "one artifact for the table logged twice");
    assert.equal(arts[0]!.name, `run-${run.id}-tbl`);
    assert.equal(arts[0]!.type, "run_table");
    assert.deepEqual(arts[0]!.manifest?.contents?.map((c) => c.path), ["tbl.table.json"]);
    const values = records.filter((r) => r.type === "history").map((r) => {
      const items = r.record.history!.item!.filter((i) => i.nestedKey?.[0] === "tbl");
      return Object.fromEntries(items.map((i) => [i.nestedKey![1], JSON.parse(i.valueJson!)]));
    });
    assert.equal(values.length, 2);
    // wandb 0.30 writes the client-id paths offline too; sync uploads the artifact they name.
    assert.equal(
      values[0]!.artifact_path,
      `wandb-client-artifact://${arts[0]!.clientId}/tbl.table.json`,
    );
    assert.deepEqual(values[1], values[0], "the second logging refers to the first's files");
    assert.deepEqual(
      [...Deno.readDirSync(`${dir}/files/media/table`)].map((e) => e.name),
      [values[0]!.path.split("/").pop()],
    );
  } finally {
    Deno.env.delete("WANDB_DIR");
    Deno.env.delete("WANDB_SILENT");
    await Deno.remove(root, { recursive: true });
  }
});
