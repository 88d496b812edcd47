import assert from "node:assert/strict";
import * as wandb from "../../mod.ts";
import { historyItems, onlyRunDir, readRecords } from "./_helpers.ts";

const quiet = { console: "off", x_disable_stats: true, silent: true, disable_git: true } as const;
const px = new Uint8Array(4 * 3 * 3).map((_, i) => i * 7);
const shape = { width: 3, height: 4, channels: 3 };

async function offlineRun(
  body: (run: wandb.Run, root: string) => void | Promise<void>,
): Promise<{ dir: string; records: Awaited<ReturnType<typeof readRecords>> }> {
  const root = await Deno.makeTempDir();
  const run = await wandb.init({ mode: "offline", dir: root, settings: quiet });
  await body(run, root);
  await run.finish();
  const dir = onlyRunDir(root);
  const file = [...Deno.readDirSync(dir)].find((e) => e.name.endsWith(".wandb"))!.name;
  return { dir, records: await readRecords(`${dir}/${file}`) };
}

Deno.test("media: every kind is written under files/media, announced (policy now) and logged as W&B's JSON", async () => {
  const { dir, records } = await offlineRun((run) => {
    run.log({
      img: new wandb.Image(px, { ...shape, caption: "c" }),
      imgs: [new wandb.Image(px, shape), new wandb.Image(px.map((v) => 255 - v), shape)],
      h: new wandb.Histogram([1, 2, 3]),
      nested: { t: new wandb.Table({ columns: ["a", "b"], data: [[1, "x"]] }) },
      html: new wandb.Html("<p>x</p>"),
      aud: new wandb.Audio(new Float32Array(80), { sampleRate: 8000 }),
      vid: new wandb.Video(new TextEncoder().encode("GIF89a...."), { caption: "v" }),
      chart: wandb.plot.line(new wandb.Table({ columns: ["x", "y"], data: [[1, 2]] }), "x", "y"),
    });
  });
  const hist = records.find((r) => r.type === "history")!;
  const items = historyItems(hist.record);
  assert.equal(JSON.parse(items["img._type"]!), "image-file");
  assert.match(JSON.parse(items["img.path"]!), /^media\/images\/img_0_[0-9a-f]{20}\.png$/);
  assert.equal(items["img.width"], "3");
  assert.equal(items["img.height"], "4");
  assert.equal(JSON.parse(items["imgs._type"]!), "images/separated");
  assert.equal(JSON.parse(items["imgs.filenames"]!).length, 2);
  assert.equal(JSON.parse(items["h.values"]!).length, 64);
  assert.equal(JSON.parse(items["nested.t._type"]!), "table-file");
  assert.match(
    JSON.parse(items["nested.t.path"]!),
    /^media\/table\/nested\.t_0_[0-9a-f]{20}\.table\.json$/,
  );
  assert.equal(JSON.parse(items["html._type"]!), "html-file");
  assert.equal(JSON.parse(items["aud._type"]!), "audio-file");
  assert.match(JSON.parse(items["aud.path"]!), /\.wav$/);
  assert.equal(JSON.parse(items["vid._type"]!), "video-file");
  assert.match(JSON.parse(items["vid.path"]!), /^media\/videos\/vid_0_[0-9a-f]{20}\.gif$/);
  assert.equal(JSON.parse(items["chart_table._type"]!), "table-file");
  const cfg = records.find((r) =>
    r.type === "config" &&
    r.record.config?.update?.some((u) => u.nestedKey?.join(".") === "_wandb.visualize.chart")
  );
  assert.ok(cfg, "the chart's Vega spec is in the config");
  const announced = records.filter((r) => r.type === "files").flatMap((r) =>
    r.record.files!.files!.map((f) => f.path!)
  ).filter((p) => p.startsWith("media/"));
  assert.equal(announced.length, 8);
  for (const p of announced) {
    const bytes = Deno.readFileSync(`${dir}/files/${p}`);
    assert.ok(bytes.length > 0, p);
  }
  const imgPath = JSON.parse(items["img.path"]!);
  const png = Deno.readFileSync(`${dir}/files/${imgPath}`);
  assert.equal(Number(items["img.size"]), png.length);
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
});

Deno.test("media: bad input throws MediaError naming the key path, and the row is not half-logged", async () => {
  const { dir, records } = await offlineRun(async (run, root) => {
    const bad: Array<[Record<string, unknown>, string, string]> = [
      [{ a: { img: new wandb.Image(new Uint8Array(10), shape) } }, "media/shape", "a.img"],
      [{ img: new wandb.Image(`${root}/missing.png`) }, "media/missing-file", "img"],
      [{ img: new wandb.Image(new Uint8Array([1, 2, 3, 4])) }, "media/unsupported-format", "img"],
      [{ v: new wandb.Video(`${root}/x.avi`) }, "media/unsupported-format", "v"],
      [{ a: new wandb.Audio(`${root}/missing.wav`) }, "media/missing-file", "a"],
      [{ l: [new wandb.Image(px, shape), new wandb.Html("x")] }, "media/bad-value", "l"],
    ];
    await Deno.writeFile(`${root}/x.avi`, new Uint8Array(4));
    for (const [row, code, keyPath] of bad) {
      assert.throws(
        // a good image first: its file must not be written when a later key fails
        () => run.log({ ok: new wandb.Image(px, shape), loss: 1, ...row }),
        (e: unknown) =>
          e instanceof wandb.MediaError && e.code === code && e.keyPath === keyPath &&
          e.message.includes(`"${keyPath}"`),
        `${code} at ${keyPath}`,
      );
    }
    assert.equal(run.step, 0);
    assert.throws(
      () => new wandb.Table({ columns: ["a"], data: [[1, 2]] }),
      (e: unknown) => e instanceof wandb.MediaError && e.code === "media/shape",
    );
  });
  assert.equal(records.filter((r) => r.type === "history").length, 0);
  let media = true;
  try {
    Deno.statSync(`${dir}/files/media`);
  } catch {
    media = false;
  }
  assert.equal(media, false, "no media file was written");
});

Deno.test("Histogram matches numpy's bins and counts; precomputed bins are kept", () => {
  const h = new wandb.Histogram([1, 2, 3, 4, 5.5]);
  assert.equal(h.bins.length, 65);
  assert.equal(h.bins[1], 1.0703125);
  assert.equal(h.values.reduce((a, b) => a + b), 5);
  assert.deepEqual([h.values[0], h.values[14], h.values[63]], [1, 1, 1]);
  const q = new wandb.Histogram(Array.from({ length: 100 }, (_, i) => i), { numBins: 4 });
  assert.deepEqual(q.values, [25, 25, 25, 25]);
  assert.deepEqual(q.bins, [0, 24.75, 49.5, 74.25, 99]);
  assert.deepEqual(new wandb.Histogram([7, 7]).bins.slice(0, 2), [6.5, 6.515625]);
  assert.throws(() => new wandb.Histogram({ values: [1], bins: [0] }), wandb.MediaError);
});

Deno.test("Table: addData and addColumn; the file is the official client's bytes", () => {
  const t = new wandb.Table({ columns: ["a", "b", "c", "img"] });
  t.addData(1, "x", true, new wandb.Image(px, shape));
  t.addData(2.5, "y", false, new wandb.Image(px, shape));
  // sha256 of this text is what the official client 0.30 wrote for the same table
  assert.equal(
    t.toJSONText(),
    '{"columns":["a","b","c","img"],"data":[[1,"x",true,"Image"],[2.5,"y",false,"Image"]]}',
  );
  t.addColumn("d", [null, 3]);
  assert.deepEqual(t.columns, ["a", "b", "c", "img", "d"]);
  assert.throws(() => t.addColumn("e", [1]), wandb.MediaError);
  assert.throws(() => t.addData(1), wandb.MediaError);
  // A column holds one kind of value and nulls, as W&B's ("incompatible types"); the rejected
  // row is not added.
  assert.throws(
    () => t.addData("3", "z", true, null, 4),
    (e: wandb.MediaError) =>
      e.code === "media/bad-value" && /column "a" holds a number in row 0 but row 2 has a string/
        .test(e.message),
  );
  assert.equal(t.data.length, 2);
  assert.throws(() => t.addColumn("e", [1, "x"]), /column "e" holds number and string cells/);
  // Non-finite numbers are written bare, as the official client writes them.
  const nf = new wandb.Table({ columns: ["v"], data: [[NaN], [Infinity], [-Infinity]] });
  assert.equal(nf.toJSONText(), '{"columns":["v"],"data":[[NaN],[Infinity],[-Infinity]]}');
});
