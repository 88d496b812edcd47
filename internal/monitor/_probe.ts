/**
 * The operating-system adapter of the monitor: every read of `/proc`, every `statfs`, every
 * `nvidia-smi` spawn and the one import of `systeminformation` live here, so the rest of the
 * monitor is plain arithmetic over the numbers these functions return.
 *
 * Each function throws when it cannot measure (a missing file, `Deno.errors.NotCapable`, a
 * non-zero exit); none returns a made-up zero. Callers decide what a failure means.
 *
 * Permissions (Deno 2.9): `/proc` reads need full `-A` ("Requires all access to /proc/..."),
 * `statfs` needs `--allow-read` on the path, `nvidia-smi` needs `--allow-run=nvidia-smi`.
 *
 * @example
 * ```ts ignore
 * import { readNetworkTotals } from "./_probe.ts";
 * const { sent, recv } = await readNetworkTotals(); // bytes since boot, every interface
 * ```
 * @module
 */
import { statfsSync } from "node:fs";

/** `/proc/<pid>/stat` counts CPU time in clock ticks; Linux fixes USER_HZ at 100. */
const CLOCK_TICKS_PER_SECOND = 100;
/** `/proc/diskstats` counts 512-byte sectors whatever the device's block size. */
const SECTOR_BYTES = 512;

/** Resident memory, thread count and CPU time of one process. */
export interface ProcessReading {
  /** Resident set size in bytes. */
  rssBytes: number;
  /** Number of threads. */
  threads: number;
  /** User plus system CPU time in seconds since the process started. */
  cpuSeconds: number;
}

/**
 * Reads `/proc/<pid>/status` and `/proc/<pid>/stat` (Linux, needs `-A`).
 *
 * @param pid the process to read
 * @returns the process's RSS, threads and CPU time
 * @throws {Deno.errors.NotCapable} without full permissions; `Deno.errors.NotFound` for a gone pid
 * @example
 * ```ts ignore
 * const { rssBytes, threads } = readProcess(Deno.pid);
 * ```
 */
export function readProcess(pid: number): ProcessReading {
  const status = Deno.readTextFileSync(`/proc/${pid}/status`);
  const rssKb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  const threads = Number(/^Threads:\s+(\d+)/m.exec(status)?.[1]);
  const stat = Deno.readTextFileSync(`/proc/${pid}/stat`);
  // The command name (field 2) may contain spaces and parentheses: split after the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state), so utime (field 14) is fields[11] and stime (15) is fields[12].
  const ticks = Number(fields[11]) + Number(fields[12]);
  if (!Number.isFinite(rssKb) || !Number.isFinite(threads) || !Number.isFinite(ticks)) {
    throw new Error(`Cannot parse /proc/${pid}/status or /proc/${pid}/stat`);
  }
  return { rssBytes: rssKb * 1024, threads, cpuSeconds: ticks / CLOCK_TICKS_PER_SECOND };
}

/**
 * Lists the direct and indirect children of a process from `/proc/<pid>/task/<pid>/children`.
 *
 * @param pid the root process
 * @returns the descendants' pids (not including `pid`); empty when `/proc` cannot be read
 * @example
 * ```ts ignore
 * const pids = [Deno.pid, ...descendantPids(Deno.pid)];
 * ```
 */
export function descendantPids(pid: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>([pid]);
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    let text: string;
    try {
      text = Deno.readTextFileSync(`/proc/${p}/task/${p}/children`);
    } catch {
      continue;
    }
    for (const word of text.split(/\s+/)) {
      const child = Number(word);
      if (word === "" || !Number.isInteger(child) || seen.has(child)) continue;
      seen.add(child);
      out.push(child);
      stack.push(child);
    }
  }
  return out;
}

/** Bytes sent and received, summed over all interfaces, since boot. */
export interface NetworkTotals {
  /** Bytes transmitted. */
  sent: number;
  /** Bytes received. */
  recv: number;
}

/**
 * Sums the byte counters of every network interface, loopback included (as gopsutil does).
 * Linux reads `/proc/net/dev` (needs `-A`); other systems ask `systeminformation`.
 *
 * @returns cumulative bytes since boot
 * @throws when the counters cannot be read
 * @example
 * ```ts ignore
 * const before = await readNetworkTotals();
 * ```
 */
export async function readNetworkTotals(): Promise<NetworkTotals> {
  if (Deno.build.os !== "linux") return await readNetworkTotalsPortable();
  const text = Deno.readTextFileSync("/proc/net/dev");
  let sent = 0, recv = 0, seen = 0;
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const cols = line.slice(colon + 1).trim().split(/\s+/);
    const rx = Number(cols[0]), tx = Number(cols[8]);
    if (!Number.isFinite(rx) || !Number.isFinite(tx)) continue;
    recv += rx;
    sent += tx;
    seen++;
  }
  if (seen === 0) throw new Error("Cannot parse /proc/net/dev: no interface lines");
  return { sent, recv };
}

/**
 * The non-Linux path: `systeminformation`'s per-interface counters, summed. Imported lazily,
 * because loading the package needs `--allow-env`. Exported so tests can run it on Linux too.
 *
 * @returns cumulative bytes since boot
 * @throws when systeminformation reports no interface
 * @example
 * ```ts ignore
 * const { sent } = await readNetworkTotalsPortable();
 * ```
 */
export async function readNetworkTotalsPortable(): Promise<NetworkTotals> {
  const si = await import("systeminformation");
  const stats = await si.networkStats("*");
  if (stats.length === 0) throw new Error("systeminformation.networkStats() found no interface");
  let sent = 0, recv = 0;
  for (const s of stats) {
    sent += s.tx_bytes;
    recv += s.rx_bytes;
  }
  return { sent, recv };
}

/** Cumulative bytes read and written by one block device. */
export interface DiskCounters {
  /** `major:minor` device number. */
  devno: string;
  /** Bytes read since boot. */
  readBytes: number;
  /** Bytes written since boot. */
  writeBytes: number;
}

/**
 * Reads `/proc/diskstats` (Linux, needs `-A`).
 *
 * @returns the counters of every block device, keyed by kernel name (`vda`, `nvme0n1p1`, …)
 * @throws when the file cannot be read
 * @example
 * ```ts ignore
 * const vda = readDiskCounters().get("vda");
 * ```
 */
export function readDiskCounters(): Map<string, DiskCounters> {
  const out = new Map<string, DiskCounters>();
  for (const line of Deno.readTextFileSync("/proc/diskstats").split("\n")) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10 || f[2] === undefined) continue;
    const read = Number(f[5]), written = Number(f[9]);
    if (!Number.isFinite(read) || !Number.isFinite(written)) continue;
    out.set(f[2], {
      devno: `${f[0]}:${f[1]}`,
      readBytes: read * SECTOR_BYTES,
      writeBytes: written * SECTOR_BYTES,
    });
  }
  return out;
}

/** One line of `/proc/self/mountinfo`. */
export interface Mount {
  /** Where it is mounted. */
  mountPoint: string;
  /** `major:minor` of the backing device (`0:nn` for overlay, tmpfs and other virtual ones). */
  devno: string;
}

/**
 * Reads the mount table from `/proc/self/mountinfo` (Linux, needs `-A`).
 *
 * @returns every mount, in the kernel's order
 * @throws when the file cannot be read
 * @example
 * ```ts ignore
 * const root = readMounts().find((m) => m.mountPoint === "/");
 * ```
 */
export function readMounts(): Mount[] {
  const out: Mount[] = [];
  for (const line of Deno.readTextFileSync("/proc/self/mountinfo").split("\n")) {
    const f = line.split(" ");
    if (f.length < 5 || f[2] === undefined || f[4] === undefined) continue;
    // Mount points escape space, tab, newline and backslash as octal (\040 …).
    const mountPoint = f[4].replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)));
    out.push({ mountPoint, devno: f[2] });
  }
  return out;
}

/** Space on the file system that holds a path, as `df` computes it. */
export interface DiskUsage {
  /** Bytes in use: (blocks − free blocks) × fragment size. */
  used: number;
  /** Bytes available to unprivileged users. */
  available: number;
}

/**
 * `statfs(2)` of a path through `node:fs` (needs `--allow-read` on it).
 *
 * @param path any path on the file system
 * @returns used and available bytes
 * @throws when the path cannot be read
 * @example
 * ```ts ignore
 * const { used, available } = readDiskUsage("/");
 * const percent = (used / (used + available)) * 100;
 * ```
 */
export function readDiskUsage(path: string): DiskUsage {
  const s = statfsSync(path);
  const size = s.bsize;
  if (!(s.blocks > 0) || !(size > 0)) throw new Error(`statfs("${path}") reported no blocks`);
  return { used: (s.blocks - s.bfree) * size, available: s.bavail * size };
}

/**
 * The `nvidia-smi` to run: a name looked up on PATH, or an absolute path (for installs outside
 * PATH, and for tests, which must not change the process-wide PATH other tests read).
 */
export const nvidiaSmi: { command: string } = { command: "nvidia-smi" };

/** How long one `nvidia-smi` call may take before it is killed. */
const NVIDIA_SMI_TIMEOUT_MS = 10_000;

/**
 * Runs `nvidia-smi` with the given arguments and returns its stdout.
 *
 * @param args the command-line arguments
 * @param signal aborts (kills) the command
 * @returns stdout, or `undefined` when `nvidia-smi` is not installed
 * @throws {Deno.errors.NotCapable} without `--allow-run=nvidia-smi`; `Error` on a non-zero exit
 * @example
 * ```ts ignore
 * const csv = await runNvidiaSmi(["--query-gpu=name", "--format=csv,noheader"]);
 * ```
 */
export async function runNvidiaSmi(
  args: string[],
  signal?: AbortSignal,
): Promise<string | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), NVIDIA_SMI_TIMEOUT_MS);
  const onAbort = () => controller.abort();
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const out = await new Deno.Command(nvidiaSmi.command, {
      args,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
      signal: controller.signal,
    }).output();
    const stdout = new TextDecoder().decode(out.stdout);
    if (!out.success) {
      const why = (new TextDecoder().decode(out.stderr) || stdout).trim().split("\n")[0];
      throw new Error(`nvidia-smi exited with ${out.code}: ${why}`);
    }
    return stdout;
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) return undefined;
    throw err;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/**
 * Whether `/proc` can be read, which in Deno 2.9 means the process runs with full `-A`.
 *
 * @returns false on systems without `/proc` or with narrower permissions
 * @example
 * ```ts ignore
 * if (!canReadProc()) console.warn("run with -A for thread, disk and network metrics");
 * ```
 */
export function canReadProc(): boolean {
  try {
    Deno.readTextFileSync("/proc/self/stat");
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether an NVIDIA driver appears to be installed (`/dev/nvidiactl` or `/proc/driver/nvidia`).
 *
 * @returns false when neither exists or neither can be checked
 * @example
 * ```ts ignore
 * if (nvidiaDriverPresent()) console.log("GPU metrics need --allow-run=nvidia-smi");
 * ```
 */
export function nvidiaDriverPresent(): boolean {
  for (const path of ["/dev/nvidiactl", "/proc/driver/nvidia"]) {
    try {
      Deno.statSync(path);
      return true;
    } catch {
      // absent or not permitted: try the next one
    }
  }
  return false;
}
