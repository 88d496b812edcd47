/**
 * Browser test of the server UI: a real listener, Debian's Chromium driven by playwright-core,
 * HTTP Basic credentials, and uPlot drawing the charts of a seeded run. Needs
 * `/usr/bin/chromium` (`apt-get install -y chromium`); fails, never skips, without it.
 * Leaves a screenshot of the run page at /tmp/ui_run.png.
 */
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { Store } from "../../server/store/mod.ts";
import { createHandler } from "../../server/handler.ts";
import { uiRoutes } from "../../server/ui/mod.ts";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT = "/tmp/ui_run.png";

function requireChromium(): void {
  try {
    Deno.statSync(CHROMIUM);
  } catch {
    throw new Error(
      `Chromium not found at ${CHROMIUM}; install it with \`apt-get install -y chromium\` ` +
        "(the browser UI test needs it and does not skip)",
    );
  }
}

function seed(store: Store): void {
  const { run } = store.upsertRun("alice", "demo", "run1", {
    displayName: "brisk-sun-1",
    state: "finished",
    host: "box",
    config: JSON.stringify({
      lr: { value: 0.01, desc: null },
      model: { value: { layers: 4 }, desc: null },
    }),
  });
  store.appendHistory(
    run.id,
    0,
    Array.from(
      { length: 50 },
      (_, i) => JSON.stringify({ _step: i, loss: 2 * Math.exp(-i / 12) + 0.05 * Math.sin(i) }),
    ),
  );
  store.appendHistory(
    run.id,
    50,
    Array.from({ length: 10 }, (_, i) => JSON.stringify({ _step: 50 + i, acc: 0.5 + i / 25 })),
  );
  store.appendEvents(
    run.id,
    0,
    Array.from(
      { length: 12 },
      (_, i) =>
        JSON.stringify({
          _runtime: 2 * i,
          "system.cpu": 20 + 5 * Math.sin(i),
          "system.memory": 41,
        }),
    ),
  );
  store.appendOutput(run.id, 0, ["epoch 1: loss 1.2", "epoch 2: loss 0.6", "done"]);
  store.setSummary(run.id, JSON.stringify({ loss: 0.11, acc: 0.86, _step: 59 }));
  store.putFile(run.id, { name: "config.yaml", size: 321 });
  const other = store.upsertRun("alice", "demo", "run2", { state: "crashed" }).run;
  store.setSummary(other.id, JSON.stringify({ loss: 0.05 }));
}

Deno.test("run page draws one uPlot chart per metric in Chromium, 50 points for loss", async () => {
  requireChromium();
  const store = Store.open(":memory:");
  const { apiKey } = store.createUser("alice");
  seed(store);
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    createHandler({ store, routes: uiRoutes }),
  );
  const origin = `http://127.0.0.1:${server.addr.port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const anonymous = await browser.newContext();
    const denied = await anonymous.request.get(`${origin}/`);
    assert.equal(denied.status(), 401, "no credentials → 401");
    assert.match(denied.headers()["www-authenticate"] ?? "", /^Basic realm="wandb"/);
    await anonymous.close();

    const context = await browser.newContext({
      httpCredentials: { username: "api", password: apiKey },
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console: ${m.text()}`);
    });
    page.on("request", (r) => {
      if (!r.url().startsWith(origin)) problems.push(`external request: ${r.url()}`);
    });

    const res = await page.goto(`${origin}/alice/demo/runs/run1`);
    assert.equal(res?.status(), 200);
    const loss = page.locator('[data-metric="loss"][data-drawn="1"]');
    await loss.waitFor({ timeout: 10_000 });
    assert.equal(await loss.getAttribute("data-points"), "50");
    assert.equal(await loss.locator("canvas").count(), 1, "uPlot drew a canvas");
    const drawn = await page.$$eval(
      "[data-metric]",
      (els) => els.map((e) => [e.getAttribute("data-metric"), e.getAttribute("data-points")]),
    );
    assert.deepEqual(drawn, [
      ["acc", "10"],
      ["loss", "50"],
      ["system.cpu", "12"],
      ["system.memory", "12"],
    ]);
    assert.match(await page.locator("#output").innerText(), /epoch 2: loss 0\.6\ndone/);
    assert.match(await page.locator("#config").innerText(), /model\.layers\s+4/);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    await page.goto(`${origin}/alice/demo`);
    await page.click('th[data-field="summary_metrics.loss"] a');
    await page.waitForURL(/order=-summary_metrics\.loss/);
    await page.click('th[data-field="summary_metrics.loss"] a');
    await page.waitForURL(/order=%2Bsummary_metrics\.loss/);
    const order = await page.$$eval("tr[data-run]", (rows) => rows.map((r) => r.dataset.run));
    assert.deepEqual(order, ["run2", "run1"], "ascending loss after two clicks");
    await page.screenshot({ path: "/tmp/ui_runs.png" });
    await page.click("text=brisk-sun-1");
    await page.waitForURL(/\/runs\/run1$/);

    await page.goto(`${origin}/`);
    assert.match(await page.locator("#projects").innerText(), /alice\/demo\s+2/);
    assert.deepEqual(problems, [], "no script errors, CSP violations or external requests");
  } finally {
    await browser.close();
    await server.shutdown();
    store.close();
  }
});
