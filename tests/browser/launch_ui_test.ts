/**
 * Browser test of the UI's Launch pages in Debian's Chromium (playwright-core): from the project
 * page to the Launch page (queues, agents), a queue's items (state, priority, the run each
 * started, the agent, failures and warnings), the run link, and an agent's Stop button.
 * Needs `/usr/bin/chromium`; fails, never skips, without it. Leaves a screenshot of the queue
 * page at /tmp/ui_launch_queue.png.
 */
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { Store } from "../../server/store/mod.ts";
import { createHandler } from "../../server/handler.ts";
import { uiRoutes } from "../../server/ui/mod.ts";

const CHROMIUM = "/usr/bin/chromium";

function seed(store: Store, userId: number) {
  const l = store.launch;
  const q = l.createQueue({
    entity: "alice",
    project: "model-registry",
    name: "gpu",
    prioritizationMode: "V0",
    createdBy: userId,
  });
  const agent = l.createAgent({ projectId: q.projectId, hostname: "box-7", queueIds: [q.id] });
  const spec = (image: string) =>
    JSON.stringify({ docker: { docker_image: image }, entity: "alice", project: "demo" });
  l.push(q.id, { spec: spec("img:waiting"), priority: 3 });
  const bad = l.push(q.id, { spec: spec("img:bad"), priority: 0 });
  const good = l.push(q.id, { spec: spec("img:good"), priority: 1 });
  l.pop(q.id, agent.id);
  l.warn(bad.id, { message: "slow pull", stage: "build", filePaths: [] });
  l.fail(bad.id, { message: "image not found", stage: "run", filePaths: [] });
  l.pop(q.id, agent.id);
  l.ack(good.id, "run-1");
  store.upsertRun("alice", "demo", "run-1", { displayName: "bright-sun-1", state: "running" });
  return agent;
}

Deno.test("Launch pages show queues, items, runs and agents, and stop an agent, in Chromium", async () => {
  Deno.statSync(CHROMIUM);
  const store = Store.open(":memory:");
  const { user, apiKey } = store.createUser("alice");
  const agent = seed(store, user.id);
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
      viewport: { width: 1200, height: 800 },
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    const cells = (selector: string) =>
      page.$$eval(
        selector,
        (trs) =>
          trs.map((tr) =>
            (tr as unknown as { innerText: string }).innerText.split("\t").map((s) => s.trim())
          ),
      );

    await page.goto(`${origin}/alice/model-registry`);
    await page.click("#launch-link");
    await page.waitForURL(/\/alice\/model-registry\/launch$/);
    const queues = await cells("#queues tbody tr");
    assert.equal(queues.length, 1);
    assert.equal(queues[0]![0], "gpu");
    assert.match(queues[0]![3]!, /pending 1.*failed 1.*claimed 1/);
    const agents = await cells("#agents tbody tr");
    assert.deepEqual(agents[0]!.slice(0, 4), ["agent-1", "box-7", "polling", "gpu"]);

    await page.click('#queues a:text("gpu")');
    await page.waitForURL(/\/launch\/gpu$/);
    const items = await cells("#items tbody tr");
    // Item | State | Priority | Source | Run | Agent | Failure / warnings | Queued
    assert.deepEqual(items.map((r) => r.slice(0, 4)), [
      ["1", "pending", "3", "img:waiting"],
      ["2", "failed", "0", "img:bad"],
      ["3", "claimed", "1", "img:good"],
    ]);
    assert.equal(items[0]![5], "");
    assert.match(items[1]![5]!, /agent-1\s+box-7/);
    assert.match(items[1]![6]!, /run image not found\s+build slow pull/);
    assert.equal(items[2]![4], "bright-sun-1");
    await page.screenshot({ path: "/tmp/ui_launch_queue.png", fullPage: true });

    await page.click('#items td.run a:text("bright-sun-1")');
    await page.waitForURL(/\/alice\/demo\/runs\/run-1$/);

    await page.goto(`${origin}/alice/model-registry/launch`);
    await page.click("button.stop-agent");
    await page.waitForURL(/\/alice\/model-registry\/launch$/);
    assert.match((await cells("#agents tbody tr"))[0]![2]!, /stop requested/);
    assert.equal(store.launch.agent(agent.id)!.stopPolling, true);
    assert.equal(await page.locator("button.stop-agent").count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.shutdown();
    store.close();
  }
});
