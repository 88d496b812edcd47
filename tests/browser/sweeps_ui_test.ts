/**
 * Browser test of the UI's sweep pages in Debian's Chromium (playwright-core): from a project's
 * runs page to its sweeps, then to one sweep: its runs table (params and metric), the metric by
 * run index and the parallel-coordinates plot, and a run's link back. Needs `/usr/bin/chromium`;
 * fails, never skips, without it. Leaves a screenshot of the sweep page at /tmp/ui_sweep.png.
 */
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { Store } from "../../server/store/mod.ts";
import { createHandler } from "../../server/handler.ts";
import { uiRoutes } from "../../server/ui/mod.ts";

const CHROMIUM = "/usr/bin/chromium";

const CONFIG = "method: grid\nmetric:\n  name: loss\nparameters:\n" +
  "  lr:\n    values: [0.1, 0.01, 0.001]\n  opt:\n    values: [adam, sgd]\n";

function seed(store: Store): string {
  const p = store.ensureProject("alice", "demo");
  const sweep = store.sweeps.create({ projectId: p.id, config: CONFIG, method: "grid" });
  const runs: [string, number, string, number][] = [
    ["s1", 0.1, "adam", 0.7],
    ["s2", 0.01, "sgd", 0.2],
    ["s3", 0.001, "adam", 0.4],
  ];
  for (const [name, lr, opt, loss] of runs) {
    const { run } = store.upsertRun("alice", "demo", name, {
      sweep: sweep.name,
      displayName: `run-${name}`,
      state: "finished",
      config: JSON.stringify({ lr: { value: lr }, opt: { value: opt } }),
      summary: JSON.stringify({ loss }),
    });
    store.appendHistory(run.id, 0, [JSON.stringify({ _step: 0, loss })]);
  }
  store.upsertRun("alice", "demo", "other", { state: "finished" }); // not in the sweep
  store.sweeps.update(sweep.id, { bestLoss: 0.2, state: "FINISHED" });
  return sweep.name;
}

Deno.test("sweep pages: list, runs table and both charts in Chromium", async () => {
  Deno.statSync(CHROMIUM);
  const store = Store.open(":memory:");
  const { apiKey } = store.createUser("alice");
  const id = seed(store);
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    createHandler({ store, routes: uiRoutes }),
  );
  const origin = `http://127.0.0.1:${server.addr.port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({
      httpCredentials: { username: "api", password: apiKey },
      viewport: { width: 1100, height: 900 },
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });

    await page.goto(`${origin}/alice/demo`);
    await page.click("#sweeps-link");
    await page.waitForURL(/\/alice\/demo\/sweeps$/);
    const row = page.locator(`#sweeps tr[data-sweep="${id}"]`);
    assert.match(await row.innerText(), /finished\s+grid\s+3\s+loss\s+0\.2/);

    await row.locator("a").click();
    await page.waitForURL(new RegExp(`/alice/demo/sweeps/${id}$`));
    const rows = await page.$$eval(
      "#sweep-runs tbody tr",
      (trs) => trs.map((tr) => (tr as unknown as { innerText: string }).innerText.split("\t")),
    );
    assert.deepEqual(rows.map((r) => r.slice(1).map((c) => c.trim())), [
      ["run-s1", "finished", "0.1", "adam", "0.7"],
      ["run-s2", "finished", "0.01", "sgd", "0.2"],
      ["run-s3", "finished", "0.001", "adam", "0.4"],
    ]);
    // Both charts are drawn (SVG, one mark per run), and visible.
    assert.equal(await page.locator("#metric-chart circle.point").count(), 3);
    assert.equal(await page.locator("#parallel-chart polyline.line").count(), 3);
    assert.equal(await page.locator("#parallel-chart line.axis").count(), 3);
    const box = await page.locator("#parallel-chart").boundingBox();
    assert.ok(box && box.width > 300 && box.height > 100, "the plot has a size");
    // Values grow upwards: the smallest loss (run s2) is the lowest point on screen.
    const cy = await page.$$eval(
      "#metric-chart circle.point",
      (cs) =>
        cs.map((c) =>
          Number((c as unknown as { getAttribute(n: string): string }).getAttribute("cy"))
        ),
    );
    assert.equal(cy.indexOf(Math.max(...cy)), 1);
    await page.screenshot({ path: "/tmp/ui_sweep.png", fullPage: true });

    await page.click('#sweep-runs a[href$="/runs/s2"]');
    await page.waitForURL(/\/alice\/demo\/runs\/s2$/);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.shutdown();
    store.close();
  }
});
