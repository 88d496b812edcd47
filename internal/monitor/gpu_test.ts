import { nvidiaSmi } from "./_probe.ts";
import assert from "node:assert/strict";
import { gpuDevices, gpuItems, parseComputeApps, parseGpuQuery, sampleGpus } from "./gpu.ts";
import { monitorCapabilities, monitorSystem } from "./monitor.ts";
import { defaultProbes } from "./probes.ts";

// index, uuid, util.gpu, util.mem, mem.total, mem.used, temp, power, limit, sm, memclk, fan, gen, width, name
const H100 = "0, GPU-aaa, 87, 41, 81559, 40960, 63, 512.30, 700.00, 1980, 2619, [N/A], 5, 16, " +
  "NVIDIA H100 80GB HBM3";
const T4 = "1, GPU-bbb, [Not Supported], 3, 15360, 0, 40, [N/A], 70.00, 300, 5000, 30, 3, 16, " +
  "Tesla T4, rev. B";

Deno.test("parseGpuQuery() converts MiB to bytes and drops [N/A] fields", () => {
  const [h, t] = parseGpuQuery(`${H100}\n${T4}\n\n`);
  assert.ok(h && t);
  assert.equal(h.name, "NVIDIA H100 80GB HBM3");
  assert.equal(h.memoryTotal, 81559 * 1024 * 1024);
  assert.equal(h.memoryUsed, 40960 * 1024 * 1024);
  assert.equal(h.powerWatts, 512.3);
  assert.equal(h.fanSpeed, undefined);
  assert.equal(t.name, "Tesla T4, rev. B", "a comma in the product name survives");
  assert.equal(t.utilization, undefined);
  assert.equal(t.powerWatts, undefined);
  assert.equal(t.memoryUsed, 0, "a measured 0 stays 0");
});

Deno.test("gpuItems() writes W&B's gpu keys and gpu.process copies for GPUs in use", () => {
  const items = new Map(gpuItems(parseGpuQuery(`${H100}\n${T4}`), new Set([0])));
  assert.equal(items.get("gpu.0.gpu"), 87);
  assert.equal(items.get("gpu.0.memory"), 41);
  assert.equal(items.get("gpu.0.memoryAllocated"), (40960 / 81559) * 100);
  assert.equal(items.get("gpu.0.memoryAllocatedBytes"), 40960 * 1024 * 1024);
  assert.equal(items.get("gpu.0.temp"), 63);
  assert.equal(items.get("gpu.0.powerWatts"), 512.3);
  assert.equal(items.get("gpu.0.enforcedPowerLimitWatts"), 700);
  assert.equal(items.get("gpu.0.powerPercent"), (512.3 / 700) * 100);
  assert.equal(items.get("gpu.0.smClock"), 1980);
  assert.equal(items.get("gpu.process.0.gpu"), 87);
  assert.equal(items.get("gpu.process.0.powerPercent"), (512.3 / 700) * 100);
  assert.ok(!items.has("gpu.0.fanSpeed"), "[N/A] became a value");
  assert.ok(
    !items.has("gpu.1.gpu") && !items.has("gpu.1.powerWatts") && !items.has("gpu.1.powerPercent"),
  );
  assert.equal(items.get("gpu.1.memoryAllocated"), 0);
  assert.ok(![...items.keys()].some((k) => k.startsWith("gpu.process.1.")), "GPU 1 is not ours");
});

Deno.test("parseComputeApps() reads uuid and pid pairs", () => {
  assert.deepEqual(parseComputeApps("GPU-aaa, 12\nGPU-bbb, 34\n\n"), [["GPU-aaa", 12], [
    "GPU-bbb",
    34,
  ]]);
  assert.deepEqual(parseComputeApps("No running processes found\n"), []);
});

/** Points the monitor at a fake `nvidia-smi` for the duration of `fn` (PATH is left alone: it is
 * process-wide, and other test files run beside this one). */
async function withFakeNvidiaSmi(fn: () => Promise<void>) {
  const dir = await Deno.makeTempDir({ prefix: "fake_nvidia_smi_" });
  const script = `#!/bin/sh
case "$1" in
  --query-gpu=name,memory.total) printf 'NVIDIA H100 80GB HBM3, 81559\\n' ;;
  --query-gpu=*) printf '%s\\n%s\\n' '${H100}' '${T4}' ;;
  --query-compute-apps=*) printf 'GPU-aaa, ${Deno.pid}\\n' ;;
  *) echo "unexpected $1" >&2; exit 2 ;;
esac
`;
  await Deno.writeTextFile(`${dir}/nvidia-smi`, script, { mode: 0o755 });
  const before = nvidiaSmi.command;
  nvidiaSmi.command = `${dir}/nvidia-smi`;
  try {
    await fn();
  } finally {
    nvidiaSmi.command = before;
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("gpuDevices() and sampleGpus() run nvidia-smi and mark the GPU this process uses", async () => {
  await withFakeNvidiaSmi(async () => {
    assert.deepEqual(await gpuDevices(), [{
      name: "NVIDIA H100 80GB HBM3",
      memory_total: 81559 * 1024 * 1024,
    }]);
    const items = new Map(await sampleGpus(Deno.pid));
    assert.equal(items.get("gpu.0.gpu"), 87);
    assert.equal(items.get("gpu.process.0.memoryAllocatedBytes"), 40960 * 1024 * 1024);
    assert.ok(!items.has("gpu.process.1.gpu"));
  });
});

Deno.test("monitorSystem() includes GPU keys from nvidia-smi beside the system keys", async () => {
  await withFakeNvidiaSmi(async () => {
    for await (
      const s of monitorSystem({
        probes: defaultProbes({ pid: Deno.pid, diskPaths: ["/"] }),
        sleep: () => new Promise((r) => setTimeout(r, 10)),
      })
    ) {
      const keys = s.items.map(([k]) => k);
      assert.ok(keys.includes("gpu.0.temp") && keys.includes("gpu.process.0.gpu"));
      assert.ok(keys.includes("cpu") && keys.includes("memory_percent"));
      break;
    }
  });
});

Deno.test("gpuDevices() is empty and sampleGpus() undefined when nvidia-smi is absent", async () => {
  const before = nvidiaSmi.command;
  nvidiaSmi.command = "/nonexistent/nvidia-smi";
  try {
    assert.deepEqual(await gpuDevices(), []);
    assert.equal(await sampleGpus(Deno.pid), undefined);
  } finally {
    nvidiaSmi.command = before;
  }
});

Deno.test({
  name: "gpuDevices() is empty without --allow-run",
  permissions: { read: true, env: true, sys: true },
  async fn() {
    assert.deepEqual(await gpuDevices(), []);
  },
});

Deno.test({
  name: "monitorCapabilities() reports GPU metrics missing when nvidia-smi exists but may not run",
  permissions: { read: true, write: true, env: true, sys: true },
  async fn() {
    await withFakeNvidiaSmi(async () => {
      const caps = monitorCapabilities();
      assert.ok(caps.missing.includes("gpu.{i}.*"), JSON.stringify(caps));
      assert.match(caps.message ?? "", /--allow-run/);
      const warnings: string[] = [];
      for await (
        const s of monitorSystem({
          sleep: () => Promise.resolve(),
          onWarning: (m) => warnings.push(m),
        })
      ) {
        assert.ok(!s.items.some(([k]) => k.startsWith("gpu.")));
        break;
      }
      assert.deepEqual(warnings, [caps.message]);
    });
  },
});
