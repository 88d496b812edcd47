/**
 * Browser test of the UI's artifact pages in Debian's Chromium (playwright-core): a project's
 * artifacts (types → collections → versions), a version page (files with sizes and download
 * links, metadata, aliases, the producing and consuming runs) and the run page's links back.
 * Needs `/usr/bin/chromium`; fails, never skips, without it. Leaves a screenshot of the version
 * page at /tmp/ui_artifact.png.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { chromium } from "playwright-core";
import { Store } from "../../server/store/mod.ts";
import { createHandler } from "../../server/handler.ts";
import { uiRoutes } from "../../server/ui/mod.ts";
import { blobPath, createArtifactStorageRoutes } from "../../server/artifact_storage.ts";

const CHROMIUM = "/usr/bin/chromium";

async function seed(store: Store, filesDir: string): Promise<void> {
  const { run: prod } = store.upsertRun("alice", "demo", "prod1", { displayName: "maker" });
  const { run: cons } = store.upsertRun("alice", "demo", "cons1", { displayName: "taker" });
  const p = store.getProject("alice", "demo")!;
  const files = { "a.txt": "hello artifacts\n", "sub/b.csv": "x,y\n1,2\n" };
  for (const [name, text] of [["v0", "old"], ["v1", "new"]]) {
    const { artifact } = store.artifacts.create({
      projectId: p.id,
      typeName: "dataset",
      collectionName: "mydata",
      digest: `digest-${name}`,
      metadata: JSON.stringify({ rows: 3, note: text }),
      aliases: name === "v1" ? ["best"] : [],
      runId: prod.id,
    });
    const entries = [];
    for (const [path, body] of Object.entries(files)) {
      const hex = createHash("md5").update(body).digest("hex");
      await Deno.mkdir(`${filesDir}/.blobs/${hex.slice(0, 2)}`, { recursive: true });
      await Deno.writeTextFile(blobPath(filesDir, hex), body);
      store.artifacts.putBlob(hex, body.length);
      entries.push({
        name: path,
        digest: createHash("md5").update(body).digest("base64"),
        size: body.length,
        birthArtifactId: artifact.id,
        ref: null,
      });
    }
    store.artifacts.commit(artifact.id, entries);
    if (name === "v1") store.artifacts.use(artifact.id, cons.id);
  }
}

Deno.test("artifact pages link types, versions, files and runs both ways in Chromium", async () => {
  Deno.statSync(CHROMIUM);
  const filesDir = await Deno.makeTempDir({ prefix: "ui-art-" });
  const store = Store.open(":memory:");
  const { apiKey } = store.createUser("alice");
  await seed(store, filesDir);
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    createHandler({ store, filesDir, routes: [...createArtifactStorageRoutes(), ...uiRoutes] }),
  );
  const origin = `http://127.0.0.1:${server.addr.port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({
      httpCredentials: { username: "api", password: apiKey },
      viewport: { width: 1100, height: 800 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });

    await page.goto(`${origin}/alice/demo`);
    await page.click("#artifacts-link");
    await page.waitForURL(/\/alice\/demo\/artifacts$/);
    assert.equal(
      await page.locator('[data-type="dataset"] h3').first().innerText(),
      "mydata sequence",
    );
    const rows = await page.$$eval(
      'table[data-collection="mydata"] tbody tr',
      (trs) =>
        trs.map((tr) =>
          (tr as unknown as { innerText: string }).innerText.split("\t").slice(0, 5).join("|")
        ),
    );
    assert.equal(rows.length, 2);
    assert.match(rows[0]!, /^v1\|.*best.*latest.*\|2\|\d+ B\|maker$/);
    assert.match(rows[1]!, /^v0\|v0\|2\|/);

    await page.click('table[data-collection="mydata"] a[href$="/v1"]');
    await page.waitForURL(/\/artifacts\/dataset\/mydata\/v1$/);
    assert.match(await page.locator("#details").innerText(), /Logged by\s+maker/);
    assert.match(await page.locator("#metadata").innerText(), /note\s+new/);
    const fileRows = await page.$$eval(
      "#artifact-files tbody tr",
      (trs) =>
        trs.map((tr) =>
          (tr as unknown as { innerText: string }).innerText.split("\t").slice(0, 2).join("|")
        ),
    );
    assert.deepEqual(fileRows, ["a.txt|16 B", "sub/b.csv|8 B"]);
    const href = await page.locator("#artifact-files a").first().getAttribute("href");
    const got = await context.request.get(`${origin}${href}`);
    assert.equal(await got.text(), "hello artifacts\n", "the file link serves its bytes");
    await page.screenshot({ path: "/tmp/ui_artifact.png", fullPage: true });

    await page.click("#used-by a");
    await page.waitForURL(/\/runs\/cons1$/);
    await page.click("#used-artifacts a");
    await page.waitForURL(/\/artifacts\/dataset\/mydata\/v1$/);
    await page.click("#details a");
    await page.waitForURL(/\/runs\/prod1$/);
    assert.deepEqual(
      await page.$$eval("#logged-artifacts a", (as) => as.map((a) => a.textContent)),
      ["mydata:v0", "mydata:v1"],
    );
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.shutdown();
    store.close();
    await Deno.remove(filesDir, { recursive: true });
  }
});
