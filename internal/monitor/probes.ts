/**
 * The metric probes of the system monitor. Each probe owns a few stats keys, knows which
 * permissions it needs to measure them truthfully, takes its baselines in `start()` and returns
 * `[key, value]` pairs from `sample()`. Units and key names follow W&B's Go monitor
 * (`core/internal/monitor/system.go`) and its `gpu_stats` sidecar:
 *
 * | key | unit | source |
 * |---|---|---|
 * | `cpu` | % of the machine, the process's CPU time over the interval ÷ logical cores | `process.cpuUsage()`, or `/proc/<pid>/stat` for another pid |
 * | `proc.memory.rssMB` | MiB | `Deno.memoryUsage()`, or `/proc/<pid>/status` |
 * | `proc.memory.percent` | RSS ÷ total memory, % | + `Deno.systemMemoryInfo()` |
 * | `proc.cpu.threads` | count | `/proc/<pid>/status` |
 * | `memory_percent` | (total − available) ÷ total, % | `Deno.systemMemoryInfo()` |
 * | `proc.memory.availableMB` | MiB available system-wide | `Deno.systemMemoryInfo()` |
 * | `cpu.{i}.cpu_percent` | busy share of core i over the interval, % | `os.cpus()` |
 * | `disk.{path}.usagePercent`, `disk.{path}.usageGB` | %, GiB used | `statfs` |
 * | `disk.{device}.in`, `disk.{device}.out` | MiB read / written since the monitor started | `/proc/diskstats` |
 * | `network.sent`, `network.recv` | bytes since the monitor started, all interfaces | `/proc/net/dev` |
 * | `gpu.{i}.*`, `gpu.process.{i}.*` | see `gpu.ts` | `nvidia-smi` |
 *
 * Cumulative counters start at the monitor's start, so the first sample (one interval later)
 * holds what happened during that interval: a measured value, not a placeholder.
 *
 * @example
 * ```ts ignore
 * import { defaultProbes } from "./probes.ts";
 * for (const p of defaultProbes({ pid: Deno.pid, diskPaths: ["/"] })) console.log(p.name, p.unavailable());
 * ```
 * @module
 */
import os from "node:os";
import process from "node:process";
import {
  canReadProc,
  nvidiaDriverPresent,
  nvidiaSmi,
  readDiskCounters,
  readDiskUsage,
  readMounts,
  readNetworkTotals,
  readProcess,
} from "./_probe.ts";
import { sampleGpus } from "./gpu.ts";

/** `[key, value]` pairs of one probe's reading. */
export type StatsItems = Array<[key: string, value: number]>;

/** One source of metrics. */
export interface MetricProbe {
  /** Short name for warnings, e.g. `"network"`. */
  readonly name: string;
  /** The keys it records; `{i}`, `{device}` stand for families. Used in capability reports. */
  readonly keys: readonly string[];
  /**
   * Says why the probe cannot measure truthfully with the current permissions.
   *
   * @returns the missing permission, in words; `undefined` when it can measure
   */
  unavailable(): string | undefined;
  /** Takes baselines (counters at start). A failure drops the probe. */
  start?(signal?: AbortSignal): void | Promise<void>;
  /** Reads once; throws when it cannot. */
  sample(signal?: AbortSignal): StatsItems | Promise<StatsItems>;
}

/** Where to read from. */
export interface ProbeTarget {
  /** The monitored process. */
  pid: number;
  /** File-system paths whose disk usage and devices are reported. */
  diskPaths: readonly string[];
}

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;
/** Reason shared by every probe that reads `/proc`. */
export const NEEDS_ALL = "Deno 2.9 reads /proc only with full permissions (-A)";
const NEEDS_SYS = "memory and core metrics need --allow-sys";

function sysGranted(): boolean {
  return Deno.permissions.querySync({ name: "sys" }).state === "granted";
}

function needsProc(): string | undefined {
  if (Deno.build.os !== "linux") return `needs Linux /proc (this is ${Deno.build.os})`;
  return canReadProc() ? undefined : NEEDS_ALL;
}

/** Whether an environment variable is set; true when it cannot be read (assume the worst). */
function envSet(name: string): boolean {
  try {
    return Deno.env.get(name) !== undefined;
  } catch {
    return true;
  }
}

/** Whether a command is on PATH; false when PATH or the directories cannot be read. */
function onPath(command: string): boolean {
  if (command.includes("/")) {
    try {
      return Deno.statSync(command).isFile;
    } catch {
      return false;
    }
  }
  let path: string | undefined;
  try {
    path = Deno.env.get("PATH");
  } catch {
    return false;
  }
  for (const dir of (path ?? "").split(":")) {
    if (dir === "") continue;
    try {
      if (Deno.statSync(`${dir}/${command}`).isFile) return true;
    } catch {
      // absent or not readable: try the next directory
    }
  }
  return false;
}

/** Logical core count; needs no permission. */
function logicalCores(): number {
  return Math.max(1, navigator.hardwareConcurrency || 1);
}

/** CPU seconds of the process: built-in for this process, `/proc` for another. */
function cpuSecondsOf(pid: number): number {
  if (pid === Deno.pid) {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
  return readProcess(pid).cpuSeconds;
}

function rssBytesOf(pid: number): number {
  return pid === Deno.pid ? Deno.memoryUsage().rss : readProcess(pid).rssBytes;
}

/** `cpu`: the process's CPU use over the interval, as a share of all logical cores. */
function cpuProbe(t: ProbeTarget): MetricProbe {
  let last = { cpu: 0, wall: 0 };
  const read = () => ({ cpu: cpuSecondsOf(t.pid), wall: performance.now() / 1000 });
  return {
    name: "process cpu",
    keys: ["cpu"],
    unavailable: () => (t.pid === Deno.pid ? undefined : needsProc()),
    start() {
      last = read();
    },
    sample() {
      const now = read();
      const wall = now.wall - last.wall, used = now.cpu - last.cpu;
      last = now;
      if (!(wall > 0)) return [];
      const percent = (used / wall / logicalCores()) * 100;
      return [["cpu", Math.min(100, Math.max(0, percent))]];
    },
  };
}

/** `proc.memory.rssMB`. */
function rssProbe(t: ProbeTarget): MetricProbe {
  return {
    name: "process memory",
    keys: ["proc.memory.rssMB"],
    unavailable: () => (t.pid === Deno.pid ? undefined : needsProc()),
    sample: () => [["proc.memory.rssMB", rssBytesOf(t.pid) / MIB]],
  };
}

/** `proc.memory.percent`: RSS as a share of total memory. */
function rssPercentProbe(t: ProbeTarget): MetricProbe {
  return {
    name: "process memory percent",
    keys: ["proc.memory.percent"],
    unavailable: () => (t.pid === Deno.pid ? (sysGranted() ? undefined : NEEDS_SYS) : needsProc()),
    sample() {
      const total = Deno.systemMemoryInfo().total;
      if (!(total > 0)) throw new Error("Deno.systemMemoryInfo() reported 0 total memory");
      return [["proc.memory.percent", (rssBytesOf(t.pid) / total) * 100]];
    },
  };
}

/** `proc.cpu.threads`. */
function threadsProbe(t: ProbeTarget): MetricProbe {
  return {
    name: "process threads",
    keys: ["proc.cpu.threads"],
    unavailable: needsProc,
    sample: () => [["proc.cpu.threads", readProcess(t.pid).threads]],
  };
}

/** `memory_percent` and `proc.memory.availableMB` (system-wide). */
function systemMemoryProbe(): MetricProbe {
  return {
    name: "system memory",
    keys: ["memory_percent", "proc.memory.availableMB"],
    unavailable: () => (sysGranted() ? undefined : NEEDS_SYS),
    sample() {
      const m = Deno.systemMemoryInfo();
      if (!(m.total > 0) || !(m.available > 0)) {
        throw new Error("Deno.systemMemoryInfo() reported no total or available memory");
      }
      return [
        ["memory_percent", ((m.total - m.available) / m.total) * 100],
        ["proc.memory.availableMB", m.available / MIB],
      ];
    },
  };
}

/** `cpu.{i}.cpu_percent`: each core's busy share over the interval. */
function coresProbe(): MetricProbe {
  type Times = { busy: number; total: number };
  const read = (): Times[] =>
    os.cpus().map(({ times: t }) => {
      const total = t.user + t.nice + t.sys + t.idle + t.irq;
      return { busy: total - t.idle, total };
    });
  let last: Times[] = [];
  return {
    name: "cpu cores",
    keys: ["cpu.{i}.cpu_percent"],
    unavailable: () => (sysGranted() ? undefined : NEEDS_SYS),
    start() {
      last = read();
    },
    sample() {
      const now = read();
      const items: StatsItems = [];
      now.forEach((c, i) => {
        const prev = last[i];
        const total = prev ? c.total - prev.total : 0;
        if (prev && total > 0) {
          items.push([`cpu.${i}.cpu_percent`, ((c.busy - prev.busy) / total) * 100]);
        }
      });
      last = now;
      return items;
    },
  };
}

/** `disk.{path}.usagePercent` and `disk.{path}.usageGB` for one path. */
function diskUsageProbe(path: string): MetricProbe {
  return {
    name: `disk usage of ${path}`,
    keys: [`disk.${path}.usagePercent`, `disk.${path}.usageGB`],
    unavailable: () =>
      Deno.permissions.querySync({ name: "read", path }).state === "granted"
        ? undefined
        : `disk usage needs --allow-read=${path}`,
    sample() {
      const { used, available } = readDiskUsage(path);
      return [
        [`disk.${path}.usagePercent`, (used / (used + available)) * 100],
        [`disk.${path}.usageGB`, used / GIB],
      ];
    },
  };
}

const PSEUDO_DEVICE = /^(loop|ram|zram)/;

/**
 * The kernel names of the block devices behind the paths: the device of the longest mount point
 * that contains each path. When none is a real device (overlay root in a container), every
 * non-pseudo device, as W&B does.
 *
 * @param paths the monitored paths
 * @returns device names such as `vda`
 * @example
 * ```ts ignore
 * console.log(diskDevices(["/"])); // ["vda"]
 * ```
 */
export function diskDevices(paths: readonly string[]): string[] {
  const counters = readDiskCounters();
  const byDevno = new Map([...counters].map(([name, c]) => [c.devno, name]));
  const mounts = readMounts();
  const found = new Set<string>();
  for (const path of paths) {
    let best: { len: number; devno: string } | undefined;
    for (const m of mounts) {
      const mp = m.mountPoint;
      const inside = path === mp || path.startsWith(mp.endsWith("/") ? mp : `${mp}/`);
      if (inside && (!best || mp.length >= best.len)) best = { len: mp.length, devno: m.devno };
    }
    const name = best && byDevno.get(best.devno);
    if (name) found.add(name);
  }
  if (found.size === 0) {
    for (const name of counters.keys()) if (!PSEUDO_DEVICE.test(name)) found.add(name);
  }
  return [...found];
}

/** `disk.{device}.in` / `.out`: MiB read and written since start, per device. */
function diskIoProbe(t: ProbeTarget): MetricProbe {
  let base = new Map<string, { read: number; write: number }>();
  return {
    name: "disk I/O",
    keys: ["disk.{device}.in", "disk.{device}.out"],
    unavailable: needsProc,
    start() {
      const counters = readDiskCounters();
      base = new Map();
      for (const dev of diskDevices(t.diskPaths)) {
        const c = counters.get(dev);
        if (c) base.set(dev, { read: c.readBytes, write: c.writeBytes });
      }
      if (base.size === 0) throw new Error("Cannot find a block device in /proc/diskstats");
    },
    sample() {
      const counters = readDiskCounters();
      const items: StatsItems = [];
      for (const [dev, b] of base) {
        const c = counters.get(dev);
        if (!c) continue; // device gone: nothing to report for it
        items.push([`disk.${dev}.in`, (c.readBytes - b.read) / MIB]);
        items.push([`disk.${dev}.out`, (c.writeBytes - b.write) / MIB]);
      }
      return items;
    },
  };
}

/** `network.sent` / `network.recv`: bytes since start over all interfaces. */
function networkProbe(): MetricProbe {
  let base = { sent: 0, recv: 0 };
  return {
    name: "network",
    keys: ["network.sent", "network.recv"],
    unavailable: () => (Deno.build.os === "linux" ? needsProc() : undefined),
    async start() {
      base = await readNetworkTotals();
    },
    async sample() {
      const now = await readNetworkTotals();
      return [["network.sent", now.sent - base.sent], ["network.recv", now.recv - base.recv]];
    },
  };
}

/** `gpu.{i}.*` and `gpu.process.{i}.*` from nvidia-smi; nothing at all without it. */
function gpuProbe(t: ProbeTarget): MetricProbe {
  let absent = false;
  return {
    name: "nvidia gpu",
    keys: ["gpu.{i}.*", "gpu.process.{i}.*"],
    unavailable() {
      // Deno refuses a spawn that inherits LD_LIBRARY_PATH or LD_PRELOAD (set on most CUDA
      // machines) unless every command may run, so then only a full --allow-run will do.
      const ld = envSet("LD_LIBRARY_PATH") || envSet("LD_PRELOAD");
      const query: Deno.RunPermissionDescriptor = ld
        ? { name: "run" }
        : { name: "run", command: nvidiaSmi.command };
      if (Deno.permissions.querySync(query).state === "granted") return undefined;
      if (!nvidiaDriverPresent() && !onPath(nvidiaSmi.command)) return undefined; // no GPU: no keys
      return ld
        ? "nvidia-smi needs --allow-run (LD_LIBRARY_PATH is set)"
        : "nvidia-smi needs --allow-run=nvidia-smi";
    },
    async sample(signal) {
      if (absent) return [];
      const items = await sampleGpus(t.pid, signal);
      if (items === undefined) absent = true; // no nvidia-smi: no GPU keys, and no more spawns
      return items ?? [];
    },
  };
}

/**
 * The probes the monitor runs by default, in the order their keys appear in a sample.
 *
 * @param t the process and paths to monitor
 * @returns one probe per independent source, so one failure drops only its own keys
 * @example
 * ```ts ignore
 * const probes = defaultProbes({ pid: Deno.pid, diskPaths: ["/"] });
 * ```
 */
export function defaultProbes(t: ProbeTarget): MetricProbe[] {
  return [
    cpuProbe(t),
    rssProbe(t),
    rssPercentProbe(t),
    threadsProbe(t),
    systemMemoryProbe(),
    coresProbe(),
    ...t.diskPaths.map(diskUsageProbe),
    diskIoProbe(t),
    networkProbe(),
    gpuProbe(t),
  ];
}
