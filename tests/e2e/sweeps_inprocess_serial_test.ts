// wandb.sweep + wandb.agent in this process against the real server (a child process): a grid
// sweep runs to completion, each wandb.init() inside the function joins its sweep run, a stop
// command aborts run.stopSignal, and the public API reads the result. Serial: it sets WANDB_* env.
import { deepStrictEqual as assertEquals, ok, rejects } from "node:assert/strict";
import * as wandb from "../../mod.ts";
import { Api } from "../../apis/mod.ts";
import { gql, onlineEnv } from "./_online.ts";
import { agentCommand } from "../../cli/agent.ts";

function withEnv(vars: Record<string, string>): () => void {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, Deno.env.get(k)]));
  for (const [k, v] of Object.entries(vars)) Deno.env.set(k, v);
  return () => {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) Deno.env.delete(k);
      else Deno.env.set(k, v);
    }
  };
}

Deno.test("a grid sweep served by wandb.agent in-process runs to completion", async () => {
  await using online = await onlineEnv();
  const restore = withEnv({
    ...online.clientEnv,
    WANDB_DIR: online.dir,
    WANDB_CONFIG_DIR: `${online.dir}/config`,
    WANDB_SILENT: "true",
    WANDB_X_DISABLE_STATS: "true",
  });
  try {
    const lines: string[] = [];
    const id = await wandb.sweep({
      method: "grid",
      metric: { name: "loss", goal: "minimize" },
      parameters: { lr: { values: [0.1, 0.01, 0.001] }, opt: { value: "adam" } },
    }, { project: "sw", log: (l) => lines.push(l) });
    ok(lines.some((l) => l.includes(`agent local/sw/${id}`)), lines.join("\n"));

    const seen: {
      id: string;
      sweepId?: string;
      project: string;
      config: Record<string, unknown>;
    }[] = [];
    const summary = await wandb.agent(id, {
      project: "sw",
      intervalMs: 50,
      log: () => {},
      fn: async () => {
        const run = await wandb.init({ project: "not-this-one", config: { lr: 99, extra: 1 } });
        seen.push({
          id: run.id,
          sweepId: run.sweepId,
          project: run.project,
          config: { ...run.config },
        });
        run.log({ loss: Number(run.config.lr) * 10 });
        await run.finish();
      },
    });
    assertEquals([summary.reason, summary.started, summary.finished, summary.failed], [
      "exit",
      3,
      3,
      0,
    ]);
    assertEquals(seen.map((s) => s.config.lr).sort(), [0.001, 0.01, 0.1]);
    for (const s of seen) {
      assertEquals([s.sweepId, s.project, s.config.opt, s.config.extra], [id, "sw", "adam", 1]);
    }

    const api = new Api({ baseUrl: online.url, apiKey: online.key });
    const sweep = await api.sweep(`local/sw/${id}`);
    assertEquals([sweep.state, sweep.expectedRunCount, sweep.config.method], [
      "FINISHED",
      3,
      "grid",
    ]);
    const runs = await sweep.runs.toArray();
    assertEquals(runs.map((r) => r.id).sort(), seen.map((s) => s.id).sort());
    for (const r of runs) assertEquals([r.sweepName, r.state], [id, "finished"]);
    const best = await sweep.bestRun();
    assertEquals(best?.config.lr, 0.001);
    assertEquals((await sweep.bestRun({ order: "-loss" }))?.config.lr, 0.1);
    const listed = await (await api.project("local/sw")).sweeps().toArray();
    assertEquals(listed.map((s) => s.id), [id]);
    await rejects(api.sweep(`local/sw/nosuch12`), (e: Error & { code?: string }) => {
      assertEquals(e.code, "api/not-found");
      ok(e.message.includes("local/sw/nosuch12"), e.message);
      return true;
    });
  } finally {
    restore();
  }
});

Deno.test("a stop command aborts run.stopSignal of the in-process run", async () => {
  await using online = await onlineEnv();
  const restore = withEnv({
    ...online.clientEnv,
    WANDB_DIR: online.dir,
    WANDB_CONFIG_DIR: `${online.dir}/config`,
    WANDB_SILENT: "true",
    WANDB_X_DISABLE_STATS: "true",
    WANDB_X_STOP_POLLING_INTERVAL: "0",
  });
  try {
    const id = await wandb.sweep(
      { method: "grid", parameters: { x: { value: 1 } } },
      { project: "st", log: null },
    );
    let reason: unknown;
    const summary = await wandb.agent(`local/st/${id}`, {
      intervalMs: 50,
      log: () => {},
      fn: async () => {
        const run = await wandb.init();
        const runs = await gql<{ project: { run: { id: string } } }>(
          online.url,
          online.key,
          `query R($name: String!) { project(name: "st", entityName: "local") { run(name: $name) { id } } }`,
          { name: run.id },
        );
        await gql(
          online.url,
          online.key,
          `mutation S($id: ID!) { stopRun(input: {id: $id}) { success } }`,
          {
            id: runs.project.run.id,
          },
        );
        await new Promise((resolve) => run.stopSignal.addEventListener("abort", resolve));
        reason = run.stopSignal.reason;
        await run.finish();
      },
    });
    assertEquals((reason as Error).name, "RunStoppedError");
    assertEquals([summary.started, summary.finished], [1, 1]);
  } finally {
    restore();
  }
});

Deno.test("a local controller (wandb.controller) drives a grid sweep an in-process agent serves", async () => {
  await using online = await onlineEnv();
  const restore = withEnv({
    ...online.clientEnv,
    WANDB_DIR: online.dir,
    WANDB_CONFIG_DIR: `${online.dir}/config`,
    WANDB_SILENT: "true",
    WANDB_X_DISABLE_STATS: "true",
  });
  try {
    const log: string[] = [];
    const tuner = await wandb.controller(
      { method: "grid", parameters: { x: { values: [1, 2, 3] } } },
      { project: "lc", log: (l) => log.push(l) },
    );
    const stop = new AbortController();
    const driving = tuner.run({ intervalMs: 50, signal: stop.signal });
    const xs: unknown[] = [];
    const summary = await wandb.agent(`local/lc/${tuner.sweepId}`, {
      intervalMs: 50,
      log: () => {},
      fn: async () => {
        const run = await wandb.init();
        xs.push(run.config.x);
        run.log({ loss: Number(run.config.x) });
        await run.finish();
      },
    });
    stop.abort();
    await driving;
    assertEquals([summary.reason, summary.finished], ["exit", 3]);
    assertEquals(xs.sort(), [1, 2, 3]);
    assertEquals(tuner.doneScheduling, true);
    assertEquals(tuner.state.schedule?.[0]?.data.args, null);
    ok(log.filter((l) => l.startsWith("INFO: Schedule (x=")).length >= 3, log.join("\n"));
    const sweep = await new Api({ baseUrl: online.url, apiKey: online.key }).sweep(
      `local/lc/${tuner.sweepId}`,
    );
    assertEquals([sweep.state, (sweep.config.controller as { type: string }).type], [
      "FINISHED",
      "local",
    ]);
  } finally {
    restore();
  }
});

Deno.test("the agent command's status line counts runs started, finished and failed", async () => {
  await using online = await onlineEnv();
  const out = `${online.dir}/out`;
  Deno.mkdirSync(out);
  const restore = withEnv({
    ...online.clientEnv,
    WANDB_DIR: online.dir,
    WANDB_CONFIG_DIR: `${online.dir}/config`,
    WANDB_SILENT: "true",
    WANDB_X_DISABLE_STATS: "true",
    SWEEP_TEST_OUT: out,
  });
  try {
    const program = new URL("./testdata/sweep_train.ts", import.meta.url).pathname;
    const id = await wandb.sweep(
      { program, method: "grid", parameters: { lr: { values: [0.5, 0.25] } } },
      { project: "status", log: null },
    );
    const statuses: string[] = [];
    const errs: string[] = [];
    const code = await agentCommand([`local/status/${id}`], {
      out: () => {},
      err: (l) => errs.push(l),
      status: (t) => statuses.push(t),
      intervalMs: 50,
    });
    assertEquals(code, 0, errs.join("\n"));
    const shown = statuses.filter((t) => t !== "");
    ok(
      shown.some((t) => /^wandb: agent: 1 started, 0 finished, 0 failed; running \w+$/.test(t)),
      shown.join("\n"),
    );
    assertEquals(shown.at(-1), "wandb: agent: 2 started, 2 finished, 0 failed; waiting for a run");
    assertEquals(statuses.at(-1), ""); // cleared at the end
  } finally {
    restore();
  }
});

Deno.test("a config the checker refuses throws its error before any request", async () => {
  const restore = withEnv({
    WANDB_BASE_URL: "http://127.0.0.1:9", // nothing listens: a request would fail differently
    WANDB_API_KEY: "k".repeat(40),
  });
  try {
    await rejects(
      wandb.sweep({ method: "grid", parameters: { lr: { min: 1, max: 0.5 } } }, { log: null }),
      (e: Error & { code?: string }) => {
        assertEquals([e.name, e.code], ["SweepConfigError", "sweep/config"]);
        ok(e.message.includes("lr"), e.message);
        return true;
      },
    );
    await rejects(
      wandb.sweep({ method: "sideways", parameters: { a: { value: 1 } } }, { log: null }),
      (e: Error & { code?: string }) => e.code === "sweep/config" && e.message.includes("method"),
    );
  } finally {
    restore();
  }
});
