/**
 * System metrics for W&B stats records: CPU, memory, disk, network and NVIDIA GPUs, under the
 * key names W&B's own client writes. Needs `-A` for every metric (Deno 2.9 reads `/proc` only
 * with full access); with less it records what it can measure truthfully and says what is
 * missing, never a placeholder 0.
 *
 * @example
 * ```ts ignore
 * import { gpuDevices, monitorCapabilities, monitorSystem } from "./internal/monitor/mod.ts";
 * const caps = monitorCapabilities();
 * if (!caps.ok) console.warn(caps.message);
 * console.log(await gpuDevices());
 * const abort = new AbortController();
 * for await (const sample of monitorSystem({ samplingInterval: 15, signal: abort.signal })) {
 *   console.log(sample.items);
 * }
 * ```
 * @module
 */
export {
  DEFAULT_SAMPLING_INTERVAL,
  type MonitorCapabilities,
  monitorCapabilities,
  MonitorOptionError,
  type MonitorOptions,
  monitorSystem,
  type StatsSample,
} from "./monitor.ts";
export { type GpuDevice, gpuDevices } from "./gpu.ts";
export { defaultProbes, type MetricProbe, type ProbeTarget, type StatsItems } from "./probes.ts";
