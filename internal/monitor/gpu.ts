/**
 * NVIDIA GPU metrics from `nvidia-smi --query-gpu=… --format=csv,noheader,nounits`, under the
 * key names of W&B's `gpu_stats` (`gpu.{i}.gpu`, `gpu.{i}.memoryAllocated`, …). A field that
 * the driver reports as `[N/A]` or `[Not Supported]` is dropped, never turned into 0.
 *
 * @example
 * ```ts
 * import { parseGpuQuery } from "./gpu.ts";
 * const gpus = parseGpuQuery("0, GPU-1, 7, 1, 81559, 4, 33, 71.2, 700.00, 345, 2619, [N/A], 5, 16, NVIDIA H100\n");
 * console.log(gpus[0]?.name); // "NVIDIA H100"
 * ```
 * @module
 */
import { descendantPids, runNvidiaSmi } from "./_probe.ts";

/** The `--query-gpu` fields, in the order {@link parseGpuQuery} expects them. */
export const GPU_QUERY_FIELDS = [
  "index",
  "uuid",
  "utilization.gpu",
  "utilization.memory",
  "memory.total",
  "memory.used",
  "temperature.gpu",
  "power.draw",
  "enforced.power.limit",
  "clocks.sm",
  "clocks.mem",
  "fan.speed",
  "pcie.link.gen.current",
  "pcie.link.width.current",
  "name", // last: a product name may contain a comma
] as const;

const MIB = 1024 * 1024;

/** One GPU as `nvidia-smi` reports it; a field it could not report is `undefined`. */
export interface GpuReading {
  /** nvidia-smi's device index. */
  index: number;
  /** Device UUID (`GPU-…`), used to match compute processes. */
  uuid: string;
  /** Product name, e.g. `NVIDIA H100 80GB HBM3`. */
  name: string;
  /** GPU utilisation over the last sample period, %. */
  utilization?: number;
  /** Memory-controller utilisation, %. */
  memoryUtilization?: number;
  /** Total memory in bytes. */
  memoryTotal?: number;
  /** Used memory in bytes. */
  memoryUsed?: number;
  /** Core temperature, °C. */
  temperature?: number;
  /** Power draw, W. */
  powerWatts?: number;
  /** Enforced power limit, W. */
  powerLimitWatts?: number;
  /** SM clock, MHz. */
  smClock?: number;
  /** Memory clock, MHz. */
  memoryClock?: number;
  /** Fan speed, %. */
  fanSpeed?: number;
  /** Current PCIe link generation. */
  pcieLinkGen?: number;
  /** Current PCIe link width. */
  pcieLinkWidth?: number;
}

/** A number, or undefined for `[N/A]`, `[Not Supported]` and anything else non-numeric. */
function num(field: string | undefined): number | undefined {
  if (field === undefined) return undefined;
  const t = field.trim();
  if (t === "" || t.startsWith("[")) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Parses the CSV that `nvidia-smi --query-gpu=${GPU_QUERY_FIELDS} --format=csv,noheader,nounits`
 * prints: one line per GPU.
 *
 * @param csv nvidia-smi's stdout
 * @returns one reading per well-formed line
 * @example
 * ```ts
 * import { parseGpuQuery } from "./gpu.ts";
 * const [gpu] = parseGpuQuery("0, GPU-a, 50, 20, 15360, 3000, 60, 30.5, 70.00, 1590, 5000, [N/A], 3, 16, Tesla T4");
 * console.log(gpu?.memoryUsed); // 3145728000
 * ```
 */
export function parseGpuQuery(csv: string): GpuReading[] {
  const out: GpuReading[] = [];
  for (const line of csv.split("\n")) {
    if (line.trim() === "") continue;
    const f = line.split(",").map((s) => s.trim());
    const index = num(f[0]);
    if (index === undefined || f.length < GPU_QUERY_FIELDS.length) continue;
    const total = num(f[4]), used = num(f[5]);
    out.push({
      index,
      uuid: f[1] ?? "",
      name: f.slice(GPU_QUERY_FIELDS.length - 1).join(", "),
      utilization: num(f[2]),
      memoryUtilization: num(f[3]),
      memoryTotal: total === undefined ? undefined : total * MIB,
      memoryUsed: used === undefined ? undefined : used * MIB,
      temperature: num(f[6]),
      powerWatts: num(f[7]),
      powerLimitWatts: num(f[8]),
      smClock: num(f[9]),
      memoryClock: num(f[10]),
      fanSpeed: num(f[11]),
      pcieLinkGen: num(f[12]),
      pcieLinkWidth: num(f[13]),
    });
  }
  return out;
}

/**
 * Turns readings into stats items. `inUse` holds the indexes of GPUs that the monitored process
 * (or a descendant) runs on; those also get the `gpu.process.{i}.*` copies, as W&B does.
 *
 * @param gpus the readings
 * @param inUse indexes of the GPUs the monitored process uses
 * @returns `[key, value]` pairs, only for fields that were reported
 * @example
 * ```ts
 * import { gpuItems } from "./gpu.ts";
 * const items = gpuItems([{ index: 0, uuid: "GPU-a", name: "T4", utilization: 50 }], new Set([0]));
 * console.log(items); // [["gpu.0.gpu", 50], ["gpu.process.0.gpu", 50]]
 * ```
 */
export function gpuItems(gpus: GpuReading[], inUse: ReadonlySet<number>): Array<[string, number]> {
  const items: Array<[string, number]> = [];
  for (const g of gpus) {
    const allocated = g.memoryUsed !== undefined && g.memoryTotal
      ? (g.memoryUsed / g.memoryTotal) * 100
      : undefined;
    const powerPercent = g.powerWatts !== undefined && g.powerLimitWatts
      ? (g.powerWatts / g.powerLimitWatts) * 100
      : undefined;
    const perProcess: Array<[string, number | undefined]> = [
      ["gpu", g.utilization],
      ["memory", g.memoryUtilization],
      ["memoryAllocated", allocated],
      ["memoryAllocatedBytes", g.memoryUsed],
      ["temp", g.temperature],
      ["powerWatts", g.powerWatts],
      ["enforcedPowerLimitWatts", g.powerLimitWatts],
      ["powerPercent", powerPercent],
    ];
    const deviceOnly: Array<[string, number | undefined]> = [
      ["smClock", g.smClock],
      ["memoryClock", g.memoryClock],
      ["fanSpeed", g.fanSpeed],
      ["pcieLinkGen", g.pcieLinkGen],
    ];
    for (const [name, value] of [...perProcess, ...deviceOnly]) {
      if (value !== undefined) items.push([`gpu.${g.index}.${name}`, value]);
    }
    if (!inUse.has(g.index)) continue;
    for (const [name, value] of perProcess) {
      if (value !== undefined) items.push([`gpu.process.${g.index}.${name}`, value]);
    }
  }
  return items;
}

/**
 * Parses `nvidia-smi --query-compute-apps=gpu_uuid,pid --format=csv,noheader`.
 *
 * @param csv nvidia-smi's stdout
 * @returns `[uuid, pid]` pairs
 * @example
 * ```ts
 * import { parseComputeApps } from "./gpu.ts";
 * console.log(parseComputeApps("GPU-a, 1234\n")); // [["GPU-a", 1234]]
 * ```
 */
export function parseComputeApps(csv: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const line of csv.split("\n")) {
    const [uuid, pid] = line.split(",").map((s) => s.trim());
    const n = Number(pid);
    if (uuid && pid && Number.isInteger(n)) out.push([uuid, n]);
  }
  return out;
}

/**
 * Samples every NVIDIA GPU once.
 *
 * @param pid the monitored process; GPUs that it or a descendant uses get `gpu.process.*` keys
 * @param signal kills a running `nvidia-smi`
 * @returns the items, or `undefined` when `nvidia-smi` is not installed (no GPU keys at all)
 * @throws {Deno.errors.NotCapable} without `--allow-run=nvidia-smi`; `Error` when nvidia-smi fails
 * @example
 * ```ts ignore
 * const items = await sampleGpus(Deno.pid); // undefined on a machine without nvidia-smi
 * ```
 */
export async function sampleGpus(
  pid: number,
  signal?: AbortSignal,
): Promise<Array<[string, number]> | undefined> {
  const query = [
    `--query-gpu=${GPU_QUERY_FIELDS.join(",")}`,
    "--format=csv,noheader,nounits",
  ];
  const csv = await runNvidiaSmi(query, signal);
  if (csv === undefined) return undefined;
  const gpus = parseGpuQuery(csv);
  const inUse = new Set<number>();
  if (gpus.length > 0) {
    // Best effort: a failure here only loses the gpu.process.* copies.
    const apps = await runNvidiaSmi(
      ["--query-compute-apps=gpu_uuid,pid", "--format=csv,noheader"],
      signal,
    ).catch(() => undefined);
    if (apps) {
      const ours = new Set([pid, ...descendantPids(pid)]);
      const byUuid = new Map(gpus.map((g) => [g.uuid, g.index]));
      for (const [uuid, appPid] of parseComputeApps(apps)) {
        const index = byUuid.get(uuid);
        if (index !== undefined && ours.has(appPid)) inUse.add(index);
      }
    }
  }
  return gpuItems(gpus, inUse);
}

/** A GPU as `wandb-metadata.json` lists it under `gpu_nvidia`. */
export interface GpuDevice {
  /** Product name. */
  name: string;
  /** Total memory in bytes. */
  memory_total: number;
}

/**
 * Lists the NVIDIA GPUs for `wandb-metadata.json`.
 *
 * @returns one entry per GPU; empty when there is none, `nvidia-smi` is missing or not permitted
 * @example
 * ```ts ignore
 * const gpus = await gpuDevices(); // [{ name: "NVIDIA H100 80GB HBM3", memory_total: 85520809984 }]
 * ```
 */
export async function gpuDevices(): Promise<GpuDevice[]> {
  let csv: string | undefined;
  try {
    csv = await runNvidiaSmi(["--query-gpu=name,memory.total", "--format=csv,noheader,nounits"]);
  } catch {
    return [];
  }
  if (csv === undefined) return [];
  const out: GpuDevice[] = [];
  for (const line of csv.split("\n")) {
    const comma = line.lastIndexOf(",");
    if (comma < 0) continue;
    const memory = num(line.slice(comma + 1));
    const name = line.slice(0, comma).trim();
    if (name !== "") out.push({ name, memory_total: (memory ?? 0) * MIB });
  }
  return out;
}
