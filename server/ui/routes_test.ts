import assert from "node:assert/strict";
import { Store } from "../store/mod.ts";
import { createHandler } from "../handler.ts";
import { uiRoutes } from "./mod.ts";

function setup() {
  const store = Store.open(":memory:");
  const alice = store.createUser("alice");
  const bob = store.createUser("bob");
  const handle = createHandler({ store, routes: uiRoutes });
  const get = (path: string, key: string | null = alice.apiKey) =>
    handle(
      new Request(`http://local${path}`, {
        headers: key === null ? {} : { authorization: `Basic ${btoa(`api:${key}`)}` },
      }),
    );
  return { store, alice, bob, handle, get };
}

function seedRun(
  store: Store,
  name: string,
  fields: { lr: number; loss: number; display?: string },
) {
  const { run } = store.upsertRun("alice", "demo", name, {
    displayName: fields.display ?? name,
    state: "finished",
    config: JSON.stringify({
      lr: { value: fields.lr, desc: null },
      _wandb: { value: { cli_version: "0.30" } },
    }),
  });
  store.appendHistory(
    run.id,
    0,
    Array.from({ length: 5 }, (_, i) => JSON.stringify({ _step: i, loss: fields.loss + i })),
  );
  store.setSummary(run.id, JSON.stringify({ loss: fields.loss, _step: 4 }));
  return run;
}

Deno.test("pages need HTTP Basic auth; a 401 carries WWW-Authenticate so browsers prompt", async () => {
  const { store, get } = setup();
  try {
    for (const path of ["/", "/alice/demo", "/alice/demo/runs/r1"]) {
      for (const key of [null, "0".repeat(40)]) {
        const res = await get(path, key);
        assert.equal(res.status, 401, path);
        assert.match(res.headers.get("www-authenticate") ?? "", /^Basic realm="wandb"/);
        assert.match(res.headers.get("content-type") ?? "", /^text\/html/);
        const body = await res.text();
        assert.ok(!body.includes("0".repeat(40)), "the key is never echoed");
      }
    }
  } finally {
    store.close();
  }
});

Deno.test("GET / lists only the user's own projects with run counts", async () => {
  const { store, bob, get } = setup();
  try {
    seedRun(store, "r1", { lr: 0.1, loss: 1 });
    seedRun(store, "r2", { lr: 0.01, loss: 2 });
    store.upsertRun("bob", "secret-proj", "b1");
    const res = await get("/");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-security-policy") ?? "", /script-src 'self'/);
    const page = await res.text();
    assert.match(page, /<a href="\/alice\/demo">alice\/demo<\/a><\/td>\s*<td class="num">2<\/td>/);
    assert.ok(!page.includes("secret-proj"), "bob's project is not listed to alice");
    const bobs = await (await get("/", bob.apiKey)).text();
    assert.ok(bobs.includes("bob/secret-proj") && !bobs.includes("alice/demo"));
  } finally {
    store.close();
  }
});

Deno.test("another user's project and run pages are refused; unknown ones are 404", async () => {
  const { store, bob, get } = setup();
  try {
    seedRun(store, "r1", { lr: 0.1, loss: 1 });
    for (const path of ["/alice/demo", "/alice/demo/runs/r1"]) {
      const res = await get(path, bob.apiKey);
      assert.equal(res.status, 403, path);
      const body = await res.text();
      assert.ok(!body.includes("loss"), "nothing of the run leaks");
    }
    assert.equal((await get("/alice/nope")).status, 404);
    assert.equal((await get("/alice/demo/runs/nope")).status, 404);
    assert.equal((await get("/nobody/demo")).status, 403);
  } finally {
    store.close();
  }
});

Deno.test("runs table shows runs with flattened config and summary columns, sorted by ?order=", async () => {
  const { store, get } = setup();
  try {
    seedRun(store, "r1", { lr: 0.1, loss: 3 });
    seedRun(store, "r2", { lr: 0.01, loss: 1 });
    seedRun(store, "r3", { lr: 0.5, loss: 2 });
    const order = async (o: string) => {
      const page = await (await get(`/alice/demo?order=${encodeURIComponent(o)}`)).text();
      return [...page.matchAll(/<tr data-run="([^"]+)">/g)].map((m) => m[1]);
    };
    assert.deepEqual(await order("+summary_metrics.loss"), ["r2", "r3", "r1"]);
    assert.deepEqual(await order("-config.lr"), ["r3", "r1", "r2"]);
    const page = await (await get("/alice/demo")).text();
    assert.match(page, /data-field="config\.lr"/);
    assert.match(page, /data-field="summary_metrics\.loss"/);
    assert.ok(!page.includes("_wandb") && !page.includes("summary_metrics._step"));
    assert.match(page, /<a href="\/alice\/demo\/runs\/r1">r1<\/a>/);
    assert.match(page, /<td class="config">0\.01<\/td>/);
    const bad = await get("/alice/demo?order=nosuchfield");
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /cannot order by|unknown field/);
    assert.equal((await get("/alice/demo?after=garbage")).status, 400);
  } finally {
    store.close();
  }
});

Deno.test("runs table pages by ?after= with a Next link", async () => {
  const { store, get } = setup();
  try {
    for (let i = 0; i < 101; i++) {
      store.upsertRun("alice", "demo", `run${String(i).padStart(3, "0")}`);
    }
    const first = await (await get("/alice/demo?order=%2Bname")).text();
    assert.equal([...first.matchAll(/<tr data-run=/g)].length, 100);
    const next = /<a class="next" href="([^"]+)">/.exec(first)?.[1];
    assert.ok(next, "a Next link");
    const second = await (await get(next.replaceAll("&amp;", "&"))).text();
    assert.deepEqual([...second.matchAll(/<tr data-run="([^"]+)">/g)].map((m) => m[1]), ["run100"]);
  } finally {
    store.close();
  }
});

Deno.test("a run named <script> is shown escaped everywhere", async () => {
  const { store, get } = setup();
  try {
    const name = "<script>alert(1)</script>";
    const run = seedRun(store, name, { lr: 0.1, loss: 1, display: name });
    store.appendOutput(run.id, 0, ["</script><script>alert(2)</script>"]);
    store.appendHistory(run.id, 5, ['{"_step":5,"</script>":1}']);
    const list = await (await get("/alice/demo")).text();
    assert.ok(!list.includes("<script>alert"), "runs table escapes the name");
    assert.ok(list.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
    const res = await get(`/alice/demo/runs/${encodeURIComponent(name)}`);
    assert.equal(res.status, 200);
    const page = await res.text();
    assert.ok(!page.includes("<script>alert"), "run page escapes name and output");
    assert.ok(page.includes("&lt;/script&gt;&lt;script&gt;alert(2)"));
    const data = /<script type="application\/json" id="chart-data">([^<]*)<\/script>/.exec(page);
    assert.ok(data, "chart data is one intact script element");
    assert.ok(JSON.parse(data[1]!).some((s: { key: string }) => s.key === "</script>"));
  } finally {
    store.close();
  }
});

Deno.test("run page lists config, summary, a chart per metric, system charts, output and files", async () => {
  const { store, get } = setup();
  try {
    const run = seedRun(store, "r1", { lr: 0.1, loss: 1 });
    store.appendHistory(run.id, 5, ['{"_step":5,"acc":0.9,"caption":"text"}']);
    store.appendEvents(run.id, 0, [
      '{"_runtime":1,"_timestamp":1700000000,"system.cpu":12.5,"system.memory":40}',
      '{"_runtime":3,"_timestamp":1700000002,"system.cpu":20}',
    ]);
    store.appendOutput(run.id, 0, ["epoch 1 done", "epoch 2 done"]);
    store.putFile(run.id, { name: "config.yaml", size: 2048 });
    store.putFile(run.id, { name: "output.log", size: 10 });
    const page = await (await get("/alice/demo/runs/r1")).text();
    const metrics = [...page.matchAll(/data-metric="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(metrics, ["acc", "loss", "system.cpu", "system.memory"]);
    const data = JSON.parse(
      /<script type="application\/json" id="chart-data">([^<]*)<\/script>/.exec(page)![1]!,
    ) as { key: string; x: number[]; y: number[] }[];
    assert.deepEqual(data.find((s) => s.key === "loss")!.x, [0, 1, 2, 3, 4]);
    assert.deepEqual(data.find((s) => s.key === "system.cpu")!.x, [1, 3]);
    assert.match(page, /id="config">\s*<tbody>\s*<tr>\s*<th>lr<\/th>\s*<td>0\.1<\/td>/);
    assert.match(page, /id="summary">.*<th>loss<\/th>\s*<td>1<\/td>/s);
    assert.match(page, /<pre id="output">epoch 1 done\nepoch 2 done<\/pre>/);
    assert.match(page, /<td>config\.yaml<\/td>\s*<td class="num">2\.0 KiB<\/td>/);
    assert.match(page, /<td>output\.log<\/td>/);
    assert.match(page, /<script src="\/static\/uplot\.min\.js" defer><\/script>/);
  } finally {
    store.close();
  }
});

Deno.test("run page shows the run's alerts, escaped, only when it has any", async () => {
  const { store, get } = setup();
  try {
    const run = seedRun(store, "r1", { lr: 0.1, loss: 1 });
    assert.doesNotMatch(await (await get("/alice/demo/runs/r1")).text(), /id="alerts"/);
    store.addAlert(run.id, {
      title: "loss <NaN>",
      text: "at step 5",
      severity: "ERROR",
      waitMs: 60000,
    });
    const page = await (await get("/alice/demo/runs/r1")).text();
    assert.match(
      page,
      /<tr class="alert-error">\s*<td>ERROR<\/td>\s*<td>loss &lt;NaN&gt;<\/td>\s*<td class="text">at step 5<\/td>/,
    );
  } finally {
    store.close();
  }
});

Deno.test("static assets come from the uplot package and the UI folder without auth", async () => {
  const { store, handle } = setup();
  try {
    const js = await handle(new Request("http://local/static/uplot.min.js"));
    assert.equal(js.status, 200);
    assert.match(js.headers.get("content-type") ?? "", /^text\/javascript/);
    assert.match(await js.text(), /uPlot/);
    const css = await handle(new Request("http://local/static/uplot.min.css"));
    assert.match(css.headers.get("content-type") ?? "", /^text\/css/);
    assert.match(await css.text(), /\.uplot/);
    for (const name of ["ui.js", "ui.css"]) {
      const res = await handle(new Request(`http://local/static/${name}`));
      assert.equal(res.status, 200, name);
      await res.body?.cancel();
    }
    const missing = await handle(new Request("http://local/static/..%2Fdeno.json"));
    assert.equal(missing.status, 404);
    await missing.body?.cancel();
    const proto = await handle(new Request("http://local/static/toString"));
    assert.equal(proto.status, 404);
    await proto.body?.cancel();
  } finally {
    store.close();
  }
});

Deno.test("a running run's page has a Stop button; a same-origin post stops it, a cross-site one is refused", async () => {
  const { store, alice, bob, handle, get } = setup();
  const { run } = store.upsertRun("alice", "demo", "r1", { state: "running" });
  const page = await (await get("/alice/demo/runs/r1")).text();
  assert.match(page, /<form method="post" action="\/alice\/demo\/runs\/r1\/stop" id="stop">/);
  const post = (headers: Record<string, string>, key = alice.apiKey) =>
    handle(
      new Request("http://local/alice/demo/runs/r1/stop", {
        method: "POST",
        headers: { authorization: `Basic ${btoa(`api:${key}`)}`, ...headers },
      }),
    );
  assert.equal((await post({ "sec-fetch-site": "cross-site" })).status, 403);
  assert.equal((await post({ origin: "http://evil.example" })).status, 403);
  assert.equal((await post({})).status, 403, "no Origin, no Sec-Fetch-Site: refused");
  assert.equal((await post({ "sec-fetch-site": "same-origin" }, bob.apiKey)).status, 403);
  assert.equal(store.getRun("alice", "demo", "r1")!.stopped, false);
  const ok = await post({ origin: "http://local" });
  assert.equal(ok.status, 303);
  assert.equal(ok.headers.get("location"), "/alice/demo/runs/r1");
  assert.equal(store.getRun("alice", "demo", "r1")!.stopped, true);
  const after = await (await get("/alice/demo/runs/r1")).text();
  assert.match(after, /Stop requested/);
  assert.doesNotMatch(after, /id="stop"/);
  store.updateRun(run.id, { state: "finished" });
  assert.doesNotMatch(await (await get("/alice/demo/runs/r1")).text(), /Stop/);
  const late = await post({ "sec-fetch-site": "same-origin" });
  assert.equal(late.status, 409, "a stale Stop form on a finished run is refused");
});
