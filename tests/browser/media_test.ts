/**
 * Browser test of the run page's media panels in Debian's Chromium (playwright-core): images per
 * step behind a step slider (loaded from storage with the page's Basic credentials), a paged and
 * sortable table, histograms over time, and audio/video players. Media made by our SDK's types.
 * Leaves a screenshot at /tmp/ui_media.png.
 */
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { Store } from "../../server/store/mod.ts";
import { createHandler } from "../../server/handler.ts";
import { uiRoutes } from "../../server/ui/mod.ts";
import { storageRoutes } from "../../server/storage.ts";
import * as wandb from "../../mod.ts";
import { MediaBatch } from "../../sdk/media/media.ts";

const CHROMIUM = "/usr/bin/chromium";

/** Binds `values` at `step` as run.log would and stores the row and its files. */
function logRow(
  store: Store,
  runId: number,
  dir: string,
  step: number,
  values: Record<string, wandb.Image | wandb.Histogram | wandb.Table | wandb.Audio | wandb.Video>,
): void {
  const batch = new MediaBatch();
  const row: Record<string, unknown> = { _step: step };
  for (const [key, v] of Object.entries(values)) {
    row[key] = v.bind({ key, step, keyPath: key, batch });
  }
  for (const f of batch.files) {
    const path = `${dir}/${f.path}`;
    Deno.mkdirSync(path.slice(0, path.lastIndexOf("/")), { recursive: true });
    Deno.writeFileSync(path, f.bytes);
    store.putFile(runId, { name: f.path, size: f.bytes.length });
  }
  store.appendHistory(runId, step, [JSON.stringify(row)]);
}

Deno.test("run page media in Chromium: step slider, paged sortable table, histograms, players", async () => {
  Deno.statSync(CHROMIUM);
  const filesDir = await Deno.makeTempDir();
  const store = Store.open(":memory:");
  const { apiKey } = store.createUser("alice");
  const { run } = store.upsertRun("alice", "demo", "run1", { state: "finished" });
  const dir = `${filesDir}/alice/demo/run1`;
  for (let step = 0; step < 3; step++) {
    const px = new Uint8Array(16 * 8 * 3).fill(80 * step);
    logRow(store, run.id, dir, step, {
      sample: new wandb.Image(px, { width: 16, height: 8, caption: `step ${step}` }),
      weights: new wandb.Histogram(Array.from({ length: 100 }, (_, i) => Math.sin(i + step))),
    });
  }
  const table = new wandb.Table({ columns: ["id", "name"] });
  for (let i = 0; i < 45; i++) table.addData(i, `row ${String(i).padStart(2, "0")}`);
  logRow(store, run.id, dir, 3, {
    preds: table,
    voice: new wandb.Audio(new Float32Array(800), { sampleRate: 8000 }),
    clip: new wandb.Video(new Uint8Array([0, 0, 0, 0x18, ...new TextEncoder().encode("ftypmp42")])),
  });
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    createHandler({ store, routes: [...storageRoutes, ...uiRoutes], filesDir }),
  );
  const origin = `http://127.0.0.1:${server.addr.port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({
      httpCredentials: { username: "api", password: apiKey },
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    assert.equal((await page.goto(`${origin}/alice/demo/runs/run1`))?.status(), 200);
    const images = page.locator('[data-media-key="sample"][data-ready="1"]');
    await images.waitFor({ timeout: 10_000 });
    const visible = images.locator(".frame:not([hidden]) img");
    // The PNG arrives from storage with the page's credentials.
    let width = 0;
    for (let i = 0; i < 100 && width !== 16; i++) {
      width = await visible.evaluate((el: { complete: boolean; naturalWidth: number }) =>
        el.complete ? el.naturalWidth : 0
      );
      if (width !== 16) await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(width, 16, "the image loaded");
    assert.equal(await images.locator(".step-label").innerText(), "step 2");
    await images.locator(".step-slider").fill("0");
    assert.equal(await images.locator(".step-label").innerText(), "step 0");
    assert.equal(await visible.getAttribute("alt"), "step 0");
    assert.equal(await images.locator(".frame:not([hidden])").count(), 1);

    const hist = page.locator('[data-media-key="weights"] svg.histogram');
    assert.ok((await hist.locator("rect").count()) > 30, "histogram bins drawn for 3 steps");

    const tbl = page.locator('[data-media-key="preds"][data-ready="1"]');
    assert.equal(await tbl.locator("tbody tr").count(), 20);
    assert.equal((await tbl.locator(".page-info").innerText()).trim(), "page 1 of 3");
    await tbl.getByRole("button", { name: "next ›" }).click();
    assert.equal(await tbl.locator("tbody tr").first().locator("td").first().innerText(), "20");
    await tbl.getByRole("button", { name: "id" }).click();
    await tbl.getByRole("button", { name: "id" }).click();
    assert.equal(await tbl.locator("tbody tr").first().locator("td").first().innerText(), "44");
    assert.equal(await tbl.locator('th[aria-sort="descending"]').count(), 1);

    assert.equal(await page.locator('[data-media-key="voice"] audio[controls]').count(), 1);
    assert.equal(await page.locator('[data-media-key="clip"] video[controls]').count(), 1);
    await page.screenshot({ path: "/tmp/ui_media.png", fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.shutdown();
    store.close();
    await Deno.remove(filesDir, { recursive: true });
  }
});
