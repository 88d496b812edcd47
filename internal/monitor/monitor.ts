/**
 * The system monitor: an async generator that samples every probe once per interval.
 *
 * Truthfulness rules: a probe that cannot measure with the current permissions is left out from
 * the start (and reported once through `onWarning`); a probe that throws while sampling drops
 * only its own keys for that sample (reported once); a permission error or a missing file
 * drops the probe for good. A non-finite value is never yielded. Nothing becomes a 0.
 *
 * Permissions: `-A` for every metric (Deno 2.9 reads `/proc` only with full access). With
 * `--allow-sys --allow-read` alone the monitor still records `cpu`, `proc.memory.*`,
 * `memory_percent`, `cpu.{i}.cpu_percent` and disk usage; see {@link monitorCapabilities}.
 *
 * @example
 * ```ts ignore
 * const abort = new AbortController();
 * for await (const s of monitorSystem({ samplingInterval: 15, signal: abort.signal })) {
 *   console.log(new Date(s.timestamp), s.items);
 * }
 * ```
 * @module
 */
import { defaultProbes, type MetricProbe, NEEDS_ALL, type ProbeTarget } from "./probes.ts";

/** One sample: what a StatsRecord carries. */
export interface StatsSample {
  /** When the sample was taken, ms since the epoch. */
  timestamp: number;
  /** `[key, value]` pairs; keys as W&B writes them (`cpu`, `proc.memory.rssMB`, `gpu.0.gpu`, …). */
  items: Array<[key: string, value: number]>;
}

/** Options of {@link monitorSystem}. */
export interface MonitorOptions {
  /**
   * Seconds between samples (W&B setting `x_stats_sampling_interval`).
   *
   * @default {15}
   */
  samplingInterval?: number;
  /**
   * The process whose RSS, threads and CPU are reported.
   *
   * @default {Deno.pid}
   */
  pid?: number;
  /**
   * Paths whose disk usage (and backing devices' I/O) is reported.
   *
   * @default {["/"]}
   */
  diskPaths?: string[];
  /** Stops the generator, also in the middle of a sleep. */
  signal?: AbortSignal;
  /**
   * Waits between samples; must return early when `signal` aborts. Injected by tests.
   *
   * @default a `setTimeout` that is cleared on abort
   */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * Receives each problem once: the metrics that cannot be measured, a probe's first failure.
   *
   * @default ignores them (call {@link monitorCapabilities} to report permissions up front)
   */
  onWarning?: (message: string) => void;
  /**
   * The probes to run. Tests inject failing ones here.
   *
   * @default defaultProbes({ pid, diskPaths })
   */
  probes?: MetricProbe[];
}

/** W&B's default `x_stats_sampling_interval`, in seconds (wandb settings and Go monitor). */
export const DEFAULT_SAMPLING_INTERVAL = 15;

/**
 * An option of the monitor is out of range.
 *
 * @example
 * ```ts
 * import { MonitorOptionError } from "./monitor.ts";
 * const err = new MonitorOptionError("samplingInterval", 0, "a positive number of seconds");
 * console.log(err.code); // "monitor/invalid-option"
 * ```
 */
export class MonitorOptionError extends RangeError {
  /** The class name, kept across the Worker boundary. */
  override name = "MonitorOptionError";
  /** Stable error code. */
  readonly code = "monitor/invalid-option";
  /**
   * Builds the one-line message.
   *
   * @param option the option's name
   * @param got what was passed
   * @param want what is accepted
   */
  constructor(readonly option: string, got: unknown, want: string) {
    super(`Cannot start the system monitor: ${option} is ${String(got)}; pass ${want}`);
  }
}

/** The result of {@link monitorCapabilities}. */
export interface MonitorCapabilities {
  /** True when every metric can be measured truthfully. */
  ok: boolean;
  /** Keys (or key families such as `disk.{device}.in`) that will not be recorded. */
  missing: string[];
  /** One line naming what is missing and the fix; absent when `ok`. */
  message?: string;
}

function resolveTarget(options: Pick<MonitorOptions, "pid" | "diskPaths">): ProbeTarget {
  const pid = options.pid ?? Deno.pid;
  if (!Number.isInteger(pid) || pid <= 0) {
    throw new MonitorOptionError("pid", pid, "a positive integer process id");
  }
  const diskPaths = options.diskPaths ?? ["/"];
  if (diskPaths.some((p) => typeof p !== "string" || p === "")) {
    throw new MonitorOptionError("diskPaths", JSON.stringify(diskPaths), "non-empty paths");
  }
  return { pid, diskPaths };
}

function safeReason(probe: MetricProbe): string | undefined {
  try {
    return probe.unavailable();
  } catch (err) {
    return `cannot check its permissions (${errorText(err)})`;
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

function describe(unusable: Array<[MetricProbe, string]>): MonitorCapabilities {
  const missing = unusable.flatMap(([p]) => p.keys);
  if (missing.length === 0) return { ok: true, missing };
  const reasons = [...new Set(unusable.map(([, r]) => r))].join("; ");
  const fix = reasons.includes(NEEDS_ALL) || reasons.includes("--allow-")
    ? "run with -A to record them"
    : "they are left out";
  return {
    ok: false,
    missing,
    message: `Cannot record system metrics ${missing.join(", ")}: ${reasons}; ${fix}`,
  };
}

/**
 * Which metrics can be measured truthfully with the current permissions.
 *
 * @param options the same pid and paths the monitor will use
 * @returns `ok`, the missing keys and a one-line message naming the fix (run with `-A`)
 * @throws {MonitorOptionError} for an invalid pid or path list
 * @example
 * ```ts
 * import { monitorCapabilities } from "./monitor.ts";
 * const caps = monitorCapabilities();
 * if (!caps.ok) console.warn(caps.message);
 * ```
 */
export function monitorCapabilities(
  options: Pick<MonitorOptions, "pid" | "diskPaths" | "probes"> = {},
): MonitorCapabilities {
  const probes = options.probes ?? defaultProbes(resolveTarget(options));
  const unusable: Array<[MetricProbe, string]> = [];
  for (const p of probes) {
    const reason = safeReason(p);
    if (reason !== undefined) unusable.push([p, reason]);
  }
  return describe(unusable);
}

/** Waits `ms`, or less when `signal` aborts; leaves no timer behind either way. */
function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Errors after which a probe will never succeed in this process. */
function isPermanent(err: unknown): boolean {
  return err instanceof Deno.errors.NotCapable || err instanceof Deno.errors.PermissionDenied ||
    err instanceof Deno.errors.NotFound;
}

/**
 * Samples the system every interval and yields one {@link StatsSample} per interval. Counters
 * (disk I/O, network) start when the generator starts, so the first sample, one interval later,
 * holds what happened during that interval.
 *
 * @param options interval, pid, disk paths, abort signal and test hooks
 * @returns an async generator; it ends when `signal` aborts or the consumer stops iterating
 * @throws {MonitorOptionError} on the first `next()` when an option is invalid
 * @example
 * ```ts
 * import { monitorSystem } from "./monitor.ts";
 * const abort = new AbortController();
 * const it = monitorSystem({ sleep: async () => {}, signal: abort.signal, probes: [] });
 * const first = await it.next();
 * abort.abort();
 * console.log(first.value, await it.next()); // { timestamp: …, items: [] } { done: true, … }
 * ```
 */
export async function* monitorSystem(options: MonitorOptions = {}): AsyncGenerator<StatsSample> {
  const seconds = options.samplingInterval ?? DEFAULT_SAMPLING_INTERVAL;
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds <= 0) {
    throw new MonitorOptionError("samplingInterval", seconds, "a positive number of seconds");
  }
  const intervalMs = seconds * 1000;
  const { signal } = options;
  const sleep = options.sleep ?? delay;
  const warn = options.onWarning ?? (() => {});
  const probes = options.probes ?? defaultProbes(resolveTarget(options));

  const unusable: Array<[MetricProbe, string]> = [];
  let active: MetricProbe[] = [];
  for (const p of probes) {
    const reason = safeReason(p);
    if (reason === undefined) active.push(p);
    else unusable.push([p, reason]);
  }
  const caps = describe(unusable);
  if (caps.message) warn(caps.message);

  const warned = new Set<MetricProbe>();
  const fail = (p: MetricProbe, err: unknown, action: string) => {
    if (warned.has(p)) return;
    warned.add(p);
    warn(`Cannot ${action} ${p.name} (${p.keys.join(", ")}): ${errorText(err)}; they are left out`);
  };

  const started = await Promise.all(active.map(async (p) => {
    try {
      await p.start?.(signal);
      return true;
    } catch (err) {
      fail(p, err, "start");
      return false;
    }
  }));
  active = active.filter((_, i) => started[i]);

  let next = performance.now() + intervalMs;
  while (!signal?.aborted) {
    await sleep(Math.max(0, next - performance.now()), signal);
    if (signal?.aborted) return;
    next += intervalMs;
    if (next < performance.now()) next = performance.now() + intervalMs; // late: skip, don't burst
    const timestamp = Date.now();
    const dropped = new Set<MetricProbe>();
    const readings = await Promise.all(active.map(async (p) => {
      try {
        return await p.sample(signal);
      } catch (err) {
        fail(p, err, "sample");
        if (isPermanent(err)) dropped.add(p);
        return [];
      }
    }));
    if (dropped.size > 0) active = active.filter((p) => !dropped.has(p));
    const items = readings.flat().filter(([, v]) => typeof v === "number" && Number.isFinite(v));
    if (signal?.aborted) return;
    yield { timestamp, items };
  }
}
