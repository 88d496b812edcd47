/**
 * Manual check on a machine with an NVIDIA GPU: prints the capabilities, `gpuDevices()`, the raw
 * nvidia-smi query and the keys of real samples, first idle, then with a CUDA context (through
 * FFI to libcuda) holding 1 GiB, so `gpu.process.{i}.*` can appear.
 *
 * @example
 * ```sh
 * deno run -A internal/monitor/_gpu_check.ts
 * ```
 * @module
 */
import { gpuDevices, monitorCapabilities, monitorSystem } from "./mod.ts";
import { GPU_QUERY_FIELDS } from "./gpu.ts";
import { runNvidiaSmi } from "./_probe.ts";

async function oneSample(label: string): Promise<void> {
  const t0 = performance.now();
  for await (
    const s of monitorSystem({
      samplingInterval: 1,
      onWarning: (m) => console.log("warning:", m),
    })
  ) {
    console.log(
      `${label}: sample after ${(performance.now() - t0).toFixed(0)} ms, ${s.items.length} items`,
    );
    for (const [k, v] of s.items) console.log(`  ${k} = ${v}`);
    return;
  }
}

/** Opens a CUDA context and allocates `bytes` on device 0; returns a closer, or a reason. */
function holdGpuMemory(bytes: number): (() => void) | string {
  let lib;
  try {
    lib = Deno.dlopen("libcuda.so.1", {
      cuInit: { parameters: ["u32"], result: "i32" },
      cuDeviceGet: { parameters: ["buffer", "i32"], result: "i32" },
      cuCtxCreate_v2: { parameters: ["buffer", "u32", "i32"], result: "i32" },
      cuMemAlloc_v2: { parameters: ["buffer", "usize"], result: "i32" },
      cuCtxDestroy_v2: { parameters: ["pointer"], result: "i32" },
    });
  } catch (err) {
    return `no libcuda: ${(err as Error).message}`;
  }
  const s = lib.symbols;
  const dev = new Int32Array(1), ctx = new BigUint64Array(1), ptr = new BigUint64Array(1);
  const steps: Array<[string, number]> = [
    ["cuInit", s.cuInit(0)],
    ["cuDeviceGet", s.cuDeviceGet(dev, 0)],
    ["cuCtxCreate", s.cuCtxCreate_v2(ctx, 0, dev[0]!)],
    ["cuMemAlloc", s.cuMemAlloc_v2(ptr, BigInt(bytes))],
  ];
  const bad = steps.find(([, rc]) => rc !== 0);
  if (bad) return `${bad[0]} returned ${bad[1]}`;
  return () => {
    s.cuCtxDestroy_v2(Deno.UnsafePointer.create(ctx[0]!));
    lib.close();
  };
}

console.log("deno", Deno.version.deno, "pid", Deno.pid);
console.log("capabilities:", JSON.stringify(monitorCapabilities()));
console.log("gpuDevices():", JSON.stringify(await gpuDevices()));
console.log(
  "raw query:",
  (await runNvidiaSmi([
    `--query-gpu=${GPU_QUERY_FIELDS.join(",")}`,
    "--format=csv,noheader,nounits",
  ]))?.trim(),
);
await oneSample("idle");
const release = holdGpuMemory(1 << 30);
if (typeof release === "string") {
  console.log("cuda:", release);
} else {
  console.log(
    "compute apps:",
    (await runNvidiaSmi(["--query-compute-apps=gpu_uuid,pid,used_memory", "--format=csv,noheader"]))
      ?.trim(),
  );
  await oneSample("with 1 GiB in a CUDA context");
  release();
}
