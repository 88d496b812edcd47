import assert from "node:assert/strict";
import {
  defaultProbes,
  type MetricProbe,
  monitorCapabilities,
  MonitorOptionError,
  monitorSystem,
  type StatsSample,
} from "./mod.ts";

/** A short real wait, so rate metrics see a non-zero interval; the injected sleep of the tests. */
const shortSleep = (_ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, 20);
    function done() {
      signal?.removeEventListener("abort", done);
      clearTimeout(timer);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });

async function take(n: number, options: Parameters<typeof monitorSystem>[0] = {}) {
  const out: StatsSample[] = [];
  for await (const s of monitorSystem({ sleep: shortSleep, ...options })) {
    out.push(s);
    if (out.length === n) break;
  }
  return out;
}

function hasNvidiaSmi(): boolean {
  for (const dir of (Deno.env.get("PATH") ?? "").split(":")) {
    try {
      Deno.statSync(`${dir}/nvidia-smi`);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

function value(s: StatsSample, key: string): number {
  const item = s.items.find(([k]) => k === key);
  assert.ok(item, `sample lacks ${key}: ${JSON.stringify(s.items)}`);
  return item[1];
}

Deno.test("monitorSystem() yields W&B's keys with plausible values under -A", async () => {
  const before = Date.now();
  const [s] = await take(1);
  assert.ok(s);
  assert.ok(s.timestamp >= before && s.timestamp <= Date.now());
  const keys = new Set(s.items.map(([k]) => k));
  for (
    const k of [
      "cpu",
      "proc.memory.rssMB",
      "proc.memory.percent",
      "proc.cpu.threads",
      "memory_percent",
      "proc.memory.availableMB",
      "cpu.0.cpu_percent",
      "disk./.usagePercent",
      "disk./.usageGB",
      "network.sent",
      "network.recv",
    ]
  ) assert.ok(keys.has(k), `missing ${k}`);
  assert.equal(keys.size, s.items.length, "a key appears twice");
  const diskIn = [...keys].filter((k) => /^disk\.[^/]+\.in$/.test(k));
  assert.ok(diskIn.length >= 1, "no disk.<device>.in key");

  const cores = navigator.hardwareConcurrency;
  const cpu = value(s, "cpu");
  assert.ok(cpu >= 0 && cpu <= 100 * cores, `cpu ${cpu}`);
  const mem = value(s, "memory_percent");
  assert.ok(mem > 0 && mem <= 100, `memory_percent ${mem}`);
  const rss = value(s, "proc.memory.rssMB");
  const vmRssMB = Number(/VmRSS:\s+(\d+)/.exec(Deno.readTextFileSync("/proc/self/status"))?.[1]) /
    1024;
  assert.ok(rss > 0 && Math.abs(rss - vmRssMB) < vmRssMB * 0.5, `rssMB ${rss} vs ${vmRssMB}`);
  assert.ok(value(s, "proc.cpu.threads") >= 1);
  const available = value(s, "proc.memory.availableMB") * 1024 * 1024;
  assert.ok(available > 0 && available <= Deno.systemMemoryInfo().total);
  const usage = value(s, "disk./.usagePercent");
  assert.ok(usage > 0 && usage <= 100 && value(s, "disk./.usageGB") > 0);
  assert.ok(value(s, "network.sent") >= 0 && value(s, "network.recv") >= 0);
  for (const k of diskIn) assert.ok(value(s, k) >= 0);
  if (!hasNvidiaSmi()) {
    assert.ok(![...keys].some((k) => k.startsWith("gpu.")), "GPU keys without a GPU");
  }
});

Deno.test("monitorSystem() reports counters as totals since it started", async () => {
  const [a, b] = await take(2, { probes: defaultProbes({ pid: Deno.pid, diskPaths: ["/"] }) });
  assert.ok(a && b);
  // Cumulative since start: the second sample never goes below the first.
  assert.ok(value(b, "network.recv") >= value(a, "network.recv"));
  const dev = a.items.find(([k]) => /^disk\.[^/]+\.out$/.test(k))?.[0];
  assert.ok(dev);
  assert.ok(value(b, dev) >= value(a, dev));
});

Deno.test("monitorSystem() reads another process's RSS, threads and CPU from /proc", async () => {
  const child = new Deno.Command("sleep", { args: ["30"], stdout: "null", stderr: "null" }).spawn();
  try {
    const [s] = await take(1, { pid: child.pid });
    assert.ok(s);
    assert.equal(value(s, "proc.cpu.threads"), 1);
    assert.ok(value(s, "proc.memory.rssMB") > 0);
    assert.ok(value(s, "proc.memory.rssMB") < 50, "that is this process's RSS, not the child's");
    assert.ok(value(s, "cpu") >= 0 && value(s, "cpu") < 50);
  } finally {
    child.kill();
    await child.status;
  }
});

Deno.test("monitorSystem() stops promptly when aborted during its real sleep", async () => {
  const abort = new AbortController();
  const it = monitorSystem({ samplingInterval: 3600, signal: abort.signal, probes: [] });
  const t0 = performance.now();
  const pending = it.next();
  setTimeout(() => abort.abort(), 20);
  const result = await pending;
  assert.equal(result.done, true);
  assert.ok(performance.now() - t0 < 1000, "did not stop within a second");
  // The sanitizers fail this test if the hour-long timer were still pending.
});

Deno.test("monitorSystem() ends at once when the signal is already aborted", async () => {
  let sleeps = 0;
  const it = monitorSystem({
    signal: AbortSignal.abort(),
    sleep: () => {
      sleeps++;
      return Promise.resolve();
    },
  });
  assert.equal((await it.next()).done, true);
  assert.equal(sleeps, 0);
});

Deno.test("monitorSystem() passes the sampling interval in ms to sleep", async () => {
  const waits: number[] = [];
  const it = monitorSystem({
    samplingInterval: 2.5,
    probes: [],
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  await it.next();
  await it.return(undefined);
  assert.equal(waits.length, 1);
  assert.ok(waits[0]! > 2400 && waits[0]! <= 2500, `waited ${waits[0]}`);
});

Deno.test("monitorSystem() rejects an invalid interval with a typed error", async () => {
  for (const samplingInterval of [0, -1, Number.NaN, Infinity]) {
    await assert.rejects(monitorSystem({ samplingInterval }).next(), (err) => {
      assert.ok(err instanceof MonitorOptionError && err instanceof RangeError);
      assert.equal(err.code, "monitor/invalid-option");
      assert.match(err.message, /samplingInterval/);
      return true;
    });
  }
});

Deno.test("monitorSystem() drops only a failing probe's keys and warns once", async () => {
  let permanentCalls = 0;
  const failing: MetricProbe = {
    name: "flaky",
    keys: ["flaky.value"],
    unavailable: () => undefined,
    sample: () => {
      throw new Error("boom");
    },
  };
  const forbidden: MetricProbe = {
    name: "forbidden",
    keys: ["forbidden.value"],
    unavailable: () => undefined,
    sample: () => {
      permanentCalls++;
      throw new Deno.errors.NotCapable("Requires all access");
    },
  };
  const nonFinite: MetricProbe = {
    name: "nan",
    keys: ["nan.value", "ok.value"],
    unavailable: () => undefined,
    sample: () => [["nan.value", Number.NaN], ["ok.value", 3]],
  };
  const warnings: string[] = [];
  const samples = await take(3, {
    probes: [...defaultProbes({ pid: Deno.pid, diskPaths: ["/"] }), failing, forbidden, nonFinite],
    onWarning: (m) => warnings.push(m),
  });
  assert.equal(samples.length, 3);
  for (const s of samples) {
    const keys = s.items.map(([k]) => k);
    assert.ok(keys.includes("cpu") && keys.includes("memory_percent") && keys.includes("ok.value"));
    assert.ok(!keys.includes("flaky.value") && !keys.includes("forbidden.value"));
    assert.ok(!keys.includes("nan.value"), "a NaN was yielded");
  }
  assert.equal(warnings.filter((w) => w.includes("boom")).length, 1);
  assert.equal(warnings.filter((w) => w.includes("forbidden")).length, 1);
  assert.equal(permanentCalls, 1, "a probe that lacks permission must not be retried");
});

Deno.test("monitorSystem() drops a probe whose start() fails", async () => {
  const warnings: string[] = [];
  let sampled = false;
  const [s] = await take(1, {
    probes: [{
      name: "no baseline",
      keys: ["x"],
      unavailable: () => undefined,
      start: () => Promise.reject(new Error("no counters")),
      sample: () => {
        sampled = true;
        return [["x", 1]];
      },
    }],
    onWarning: (m) => warnings.push(m),
  });
  assert.deepEqual(s?.items, []);
  assert.equal(sampled, false);
  assert.match(warnings[0] ?? "", /Cannot start no baseline \(x\): Error: no counters/);
});

Deno.test({
  name: "monitorCapabilities() and monitorSystem() leave out /proc metrics without -A",
  permissions: { read: true, env: true, sys: true },
  async fn() {
    const caps = monitorCapabilities();
    assert.equal(caps.ok, false);
    for (const k of ["proc.cpu.threads", "network.sent", "network.recv", "disk.{device}.in"]) {
      assert.ok(caps.missing.includes(k), `${k} not reported missing`);
    }
    for (const k of ["cpu", "memory_percent", "proc.memory.rssMB", "disk./.usagePercent"]) {
      assert.ok(!caps.missing.includes(k), `${k} wrongly reported missing`);
    }
    assert.match(caps.message ?? "", /^Cannot record system metrics .*; run with -A/);
    assert.ok(!(caps.message ?? "").includes("\n"));

    const warnings: string[] = [];
    const samples = await take(2, { onWarning: (m) => warnings.push(m) });
    assert.deepEqual(warnings, [caps.message], "the permission problem is reported exactly once");
    for (const s of samples) {
      const keys = s.items.map(([k]) => k);
      for (const k of keys) {
        assert.ok(!/^(network\.|proc\.cpu\.threads|disk\.[^/]+\.(in|out)$)/.test(k), `fake ${k}`);
      }
      assert.ok(value(s, "memory_percent") > 0, "sys-only memory must still be measured");
      assert.ok(value(s, "proc.memory.availableMB") > 0);
      assert.ok(value(s, "proc.memory.rssMB") > 0);
      assert.ok(value(s, "disk./.usageGB") > 0);
      assert.ok(s.items.every(([, v]) => Number.isFinite(v)));
    }
  },
});

Deno.test({
  name: "monitorCapabilities() names --allow-sys when only read is granted",
  permissions: { read: true },
  fn() {
    const caps = monitorCapabilities();
    assert.ok(
      caps.missing.includes("memory_percent") && caps.missing.includes("cpu.{i}.cpu_percent"),
    );
    assert.ok(!caps.missing.includes("cpu") && !caps.missing.includes("proc.memory.rssMB"));
    assert.match(caps.message ?? "", /--allow-sys/);
  },
});
