/**
 * `deno task compat`, media half of issue #12: the official W&B Python client (0.30) logs
 * `wandb.Image`, `wandb.Table`, `wandb.Histogram` and a `wandb.plot.line` against our server; the
 * files land there and our run page shows them. And our SDK's history values for the same data
 * have exactly the official shape (compared with the official client's own offline run).
 */
import assert from "node:assert/strict";
import * as wandb from "../../../mod.ts";
import { historyItems, readRecords } from "../../e2e/_helpers.ts";
import { type CompatEnv, scenario } from "./_harness.ts";

const py = (name: string) => new URL(`../py/${name}`, import.meta.url).pathname;

// deno-lint-ignore no-explicit-any
type Json = any;

async function storedRun(env: CompatEnv, project: string, run: string) {
  const d = await env.gql<Json>(
    `query R($project: String!, $run: String!) { project(name: $project, entityName: "local") {
      run(name: $run) { state history(samples: 1000)
        files(first: 1000) { edges { node { name sizeBytes } } } } } }`,
    { project, run },
  );
  const r = d.project?.run;
  assert.ok(r, `run ${project}/${run} is on the server`);
  return {
    state: r.state as string,
    rows: (r.history as string[]).map((h) => JSON.parse(h)),
    files: new Map<string, number | null>(
      r.files.edges.map((e: Json) => [e.node.name, e.node.sizeBytes]),
    ),
  };
}

scenario(
  "official client: Image, Table, Histogram and plot.line land on our server and our run page shows them",
  "media_online",
  async (env) => {
    const r = await env.python([py("log_media.py"), "media", "m1"]);
    assert.equal(r.code, 0, "log_media.py exits 0");
    const run = await storedRun(env, "media", "m1");
    assert.equal(run.state, "finished");
    const img = run.rows.find((x: Json) => x.img)?.img;
    assert.equal(img?._type, "image-file", JSON.stringify(run.rows[0]));
    assert.match(img.path, /^media\/images\/img_0_[0-9a-f]{20}\.png$/);
    const tab = run.rows.find((x: Json) => x.tab)?.tab;
    assert.equal(tab?._type, "table-file");
    const hists = run.rows.filter((x: Json) => x.hist).map((x: Json) => x.hist);
    assert.equal(hists.length, 3);
    assert.equal(hists[0]._type, "histogram");
    const imgs = run.rows.find((x: Json) => x.imgs)?.imgs;
    assert.equal(imgs?._type, "images/separated");
    // Every media file the history names is stored, with its size.
    const named = [
      img.path,
      img.boxes.predictions.path,
      img.masks.gt.path,
      ...imgs.filenames,
      tab.path,
      run.rows.find((x: Json) => x.line_table)?.line_table.path,
    ];
    for (const name of named) {
      assert.ok((run.files.get(name) ?? 0) > 0, `${name} stored; have ${[...run.files.keys()]}`);
    }
    assert.equal(run.files.get(img.path), img.size);
    const table = JSON.parse((await env.fileText("media", "m1", tab.path))!);
    assert.deepEqual(table, {
      columns: ["a", "b", "c"],
      data: [[1, "x", true], [2.5, "y", false]],
    });

    // The run page: images with a step slider, the table, histograms over time.
    const auth = { authorization: `Basic ${btoa(`api:${env.key}`)}` };
    const res = await fetch(`${env.url}/local/media/runs/m1`, { headers: auth });
    assert.equal(res.status, 200);
    const page = await res.text();
    assert.match(page, /<section id="media-section">/);
    const src = /<img class="media-image" src="([^"]+img_0_[0-9a-f]{20}\.png)"/.exec(page);
    assert.ok(src, "the image is on the page");
    assert.match(page, /data-media-key="plain"[\s\S]*?class="step-slider"/, "a step slider");
    assert.match(page, /<table class="grid wandb-table">[\s\S]*?<td>2.5<\/td>/, "the table");
    assert.match(page, /<svg class="histogram"[\s\S]*?<rect /, "the histogram");
    // The table of images shows the image from the official client's run-table artifact.
    const cellImg = /<img class="table-image" src="(\/artifact-blobs\/[0-9a-f]{32})"/.exec(page);
    assert.ok(cellImg, "the table's Image cell is shown as an image");
    const cellPng = await fetch(`${env.url}${cellImg[1]}`, { headers: auth });
    assert.equal(cellPng.status, 200);
    assert.deepEqual((await cellPng.bytes()).subarray(1, 4), new TextEncoder().encode("PNG"));
    // The image URL on the page serves the PNG with the page's credentials.
    const png = await fetch(`${env.url}${src[1]!.replaceAll("&amp;", "&")}`, { headers: auth });
    assert.equal(png.status, 200);
    assert.equal(png.headers.get("content-type"), "image/png");
    assert.equal((await png.bytes()).length, img.size);
  },
);

/** Media items of each history row of a `.wandb` file: row index → flat key → value JSON. */
async function mediaRows(file: string): Promise<Record<string, string>[]> {
  const recs = await readRecords(file);
  return recs.filter((r) => r.type === "history").map((r) => {
    const items = historyItems(r.record);
    return Object.fromEntries(Object.entries(items).filter(([k]) => !k.startsWith("_")));
  });
}

/** Text with PNG entry paths and SHA-256 hashes of images replaced (encoders differ). */
function maskPng(s: string): string {
  return s.replace(/media\/images\/(mask\/)?[0-9a-f]{20}\.(mask\.)?png/g, "<png-path>")
    .replace(/"sha256": "[0-9a-f]{64}"/g, '"sha256": "<sha256>"')
    .replace(/"digest": "[^"]+", "path": "<png-path>"/g, '"digest": "<png>", "path": "<png-path>"');
}

/** The run directory our SDK's offline run wrote under the scenario's folder. */
function ourDirOf(env: CompatEnv): string {
  const name =
    [...Deno.readDirSync(`${env.dir}/ours/wandb`)].find((e) => e.name.startsWith("offline-run-"))!
      .name;
  return `${env.dir}/ours/wandb/${name}`;
}

/** A value's form: file names with their hash replaced, hashes as `<sha256>`, PNG bytes aside. */
function form(key: string, json: string, pngs: boolean): unknown {
  const v = JSON.parse(json);
  const norm = (s: string) =>
    s.replace(/_[0-9a-f]{20}\./, "_<hash>.").replace(/^[0-9a-f]{64}$/, "<sha256>")
      .replace(/^wandb-client-artifact:\/\/[a-z0-9]{128}/, "wandb-client-artifact://<client id>");
  if (typeof v === "string") return norm(v);
  if (Array.isArray(v)) return v.map((x) => (typeof x === "string" ? norm(x) : x));
  // PNG encoders differ (Pillow vs fast-png), so a PNG's size is only checked to be a number.
  if (pngs && key.endsWith(".size")) return typeof v;
  return v;
}

/** Logs the data of log_media.py with our SDK, offline. */
async function logOurs(root: string): Promise<string> {
  const run = await wandb.init({
    mode: "offline",
    dir: root,
    project: "shape",
    settings: { console: "off", x_disable_stats: true, silent: true, disable_git: true },
  });
  const px = new Uint8Array(36).map((_, i) => i);
  const shape = { width: 3, height: 4, channels: 3 };
  run.log({
    img: new wandb.Image(px, {
      ...shape,
      caption: "cap",
      boxes: {
        predictions: {
          box_data: [{
            position: { minX: 0.1, maxX: 0.5, minY: 0.1, maxY: 0.5 },
            class_id: 1,
            box_caption: "a",
            scores: { acc: 0.5 },
          }],
          class_labels: { 1: "cat" },
        },
      },
      masks: { gt: { mask_data: new Uint8Array(12), class_labels: { 0: "bg" } } },
    }),
    imgs: [
      new wandb.Image(px, { ...shape, caption: "a" }),
      new wandb.Image(px.map((v) => v * 2), { ...shape, caption: "b" }),
    ],
  });
  for (let step = 0; step < 3; step++) {
    run.log({
      hist: new wandb.Histogram([1, 2, 3, 4, 5.5 + step]),
      plain: new wandb.Image(px.map((v) => v + step), shape),
    });
  }
  run.log({
    tab: new wandb.Table({ columns: ["a", "b", "c"], data: [[1, "x", true], [2.5, "y", false]] }),
  });
  run.log({
    itab: new wandb.Table({
      columns: ["i", "img"],
      data: [[
        1,
        new wandb.Image(px, {
          ...shape,
          caption: "c",
          boxes: {
            predictions: {
              box_data: [{
                position: { minX: 0.1, maxX: 0.5, minY: 0.1, maxY: 0.5 },
                class_id: 1,
                box_caption: "a",
                scores: { acc: 0.5 },
              }],
              class_labels: { 1: "cat" },
            },
          },
          masks: { gt: { mask_data: new Uint8Array(12), class_labels: { 0: "bg" } } },
        }),
      ], [2, null]],
    }),
  });
  run.log({
    line: wandb.plot.line(
      new wandb.Table({ data: [[1, 2], [2, 4]], columns: ["x", "y"] }),
      "x",
      "y",
      { title: "T" },
    ),
  });
  await run.finish();
  return run.dir;
}

function wandbFile(dir: string): string {
  const name = [...Deno.readDirSync(dir)].find((e) => e.name.endsWith(".wandb"))!.name;
  return `${dir}/${name}`;
}

scenario(
  "our SDK's media history values have the official client's shape (key sets and value forms)",
  "media_shape",
  async (env) => {
    const r = await env.python([py("log_media.py"), "shape", "off1"], {
      env: { WANDB_MODE: "offline" },
    });
    assert.equal(r.code, 0, "log_media.py exits 0 offline");
    const theirDir = JSON.parse(r.stdout.trim().split("\n").at(-1)!).dir.replace(/\/files$/, "");
    const theirs = await mediaRows(wandbFile(theirDir));
    const ours = await mediaRows(wandbFile(await logOurs(`${env.dir}/ours`)));
    assert.equal(ours.length, theirs.length, "the same rows");
    for (let i = 0; i < theirs.length; i++) {
      const t = theirs[i]!, o = ours[i]!;
      const tKeys = Object.keys(t).sort();
      assert.deepEqual(Object.keys(o).sort(), tKeys, `row ${i}: the same nested keys`);
      for (const k of tKeys) {
        // Image PNG bytes differ by encoder; everything else (tables, boxes JSON, histograms) is
        // byte-identical, so hashes and sizes of those are compared exactly. Client ids are random.
        const png = /^(img|imgs|plain)\.(path|sha256|size)$|^img\.masks\.gt\.(path|sha256|size)$/
          .test(k);
        const exact = !png && !/\.filenames$|artifact_path$/.test(k);
        if (exact) assert.deepEqual(JSON.parse(o[k]!), JSON.parse(t[k]!), `row ${i}: ${k}`);
        else assert.deepEqual(form(k, o[k]!, true), form(k, t[k]!, true), `row ${i}: ${k}`);
      }
    }
    // The run-table artifacts: the same entries, and the same artifact form of each table (the
    // Image cells' PNG paths and hashes aside), with the class file byte for byte.
    const tables = async (file: string) =>
      (await readRecords(file)).filter((x) => x.type === "artifact").map((x) => {
        const a = x.record.artifact!;
        const entries = (a.manifest?.contents ?? []).map((c) => {
          const raw = /\.json$/.test(c.path!) ? Deno.readTextFileSync(c.localPath!) : null;
          const text = raw === null ? null : maskPng(raw);
          // A file holding PNG hashes (or a PNG) differs in its digest by the encoder only.
          const masked = /\.png$/.test(c.path!) || text !== raw;
          return { path: maskPng(c.path!), digest: masked ? "<png>" : c.digest, text };
        });
        return { name: a.name!.replace(/^run-[^-]+-/, "run-<id>-"), type: a.type, entries };
      });
    assert.deepEqual(await tables(wandbFile(ourDirOf(env))), await tables(wandbFile(theirDir)));
    // The plot's Vega spec is in the config as the official client puts it.
    const configOf = async (file: string) =>
      (await readRecords(file)).filter((x) => x.type === "config").flatMap((x) =>
        x.record.config!.update!.filter((u) => u.nestedKey?.[1] === "visualize")
      ).map((u) => [u.nestedKey, JSON.parse(u.valueJson!)]);
    assert.deepEqual(
      await configOf(wandbFile(ourDirOf(env))),
      await configOf(wandbFile(theirDir)),
    );
  },
);
