/**
 * Work the internal process starts beside the stages: the one-time system probe (the metadata,
 * dependency list and git diff files, announced with a FilesRecord) and the system monitor,
 * whose samples become StatsRecords. A probe that fails drops what it would have produced and
 * says so in the debug log; it never fails the run.
 *
 * @example
 * ```ts ignore
 * const probes = startProbes(start, (bytes) => inbox.push({ kind: "record", bytes }), state, log, notice);
 * await probes.stop();
 * ```
 * @module
 */
import { encodeRecord, wandb_internal } from "../proto/mod.ts";
import type { WorkerStart } from "../proto/worker_protocol.ts";
import type { DebugLog } from "./debug_log.ts";
import { gpuDevices, monitorCapabilities, monitorSystem } from "./monitor/mod.ts";
import type { RunState } from "./run_state.ts";
import {
  findDependencies,
  formatMetadataJson,
  gitDiff,
  linkDebugLogs,
  linkLatest,
  probeMetadata,
} from "./run_files/mod.ts";

/** Handle of the running probes. */
export interface Probes {
  /** Stops the monitor and waits for the start-time probe to end. */
  stop(): Promise<void>;
}

const Policy = wandb_internal.FilesItem.PolicyType;
const FileType = wandb_internal.FilesItem.FileType;

/**
 * Starts the probes of one run.
 *
 * @param s the worker's start options
 * @param push puts an encoded record into the handler's inbox
 */
export function startProbes(
  s: WorkerStart,
  push: (bytes: Uint8Array) => void,
  state: RunState,
  log: DebugLog,
  notice: (message: string) => void,
): Probes {
  const abort = new AbortController();
  const files = `${s.runDir}/files`;
  const write = (name: string, text: string) => Deno.writeTextFileSync(`${files}/${name}`, text);

  const slash = s.runDir.lastIndexOf("/");
  const wandbDir = s.runDir.slice(0, slash), dirName = s.runDir.slice(slash + 1);
  if (!linkLatest(wandbDir, dirName)) log.warn("could not link wandb/latest-run");
  linkDebugLogs(wandbDir, dirName);

  const startup = (async () => {
    const saved: wandb_internal.IFilesItem[] = [];
    try {
      const gpu = await gpuDevices().catch(() => []);
      const meta = await probeMetadata({
        program: s.program,
        args: s.args,
        root: s.rootDir,
        startedAt: new Date(s.startMs),
        host: s.host,
        disableGit: s.disableGit,
        gpu,
      });
      write("wandb-metadata.json", formatMetadataJson(meta));
      saved.push({ path: "wandb-metadata.json", policy: Policy.NOW, type: FileType.WANDB });
    } catch (err) {
      log.warn(`metadata probe failed: ${(err as Error).message}`);
    }
    try {
      const deps = await findDependencies(s.program);
      if (deps) {
        write("requirements.txt", deps.requirements);
        saved.push({ path: "requirements.txt", policy: Policy.END, type: FileType.WANDB });
        for (const f of deps.files) {
          write(f.name, f.content);
          saved.push({ path: f.name, policy: Policy.END, type: FileType.WANDB });
        }
      }
    } catch (err) {
      log.warn(`dependency probe failed: ${(err as Error).message}`);
    }
    if (!s.disableGit) {
      try {
        const diff = await gitDiff(s.rootDir);
        if (diff) {
          write("diff.patch", diff);
          saved.push({ path: "diff.patch", policy: Policy.NOW, type: FileType.WANDB });
        }
      } catch (err) {
        log.warn(`git diff failed: ${(err as Error).message}`);
      }
    }
    if (saved.length > 0) push(encodeRecord({ files: { files: saved } }));
    log.info(`system probe wrote ${saved.map((f) => f.path).join(", ") || "nothing"}`);
  })();

  const monitor = (async () => {
    if (s.statsInterval <= 0) return;
    const caps = monitorCapabilities();
    if (!caps.ok && caps.message) notice(`wandb: WARNING ${caps.message}`);
    try {
      for await (
        const sample of monitorSystem({
          samplingInterval: s.statsInterval,
          signal: abort.signal,
          onWarning: (m) => log.warn(m),
        })
      ) {
        if (sample.items.length === 0) continue;
        const seconds = Math.floor(sample.timestamp / 1000);
        push(encodeRecord({
          stats: {
            statsType: wandb_internal.StatsRecord.StatsType.SYSTEM,
            timestamp: { seconds, nanos: Math.round((sample.timestamp - seconds * 1000) * 1e6) },
            item: sample.items.map(([key, v]) => ({ key, valueJson: "" + v })),
          },
          control: { alwaysSend: true },
        }));
      }
    } catch (err) {
      if (!abort.signal.aborted) log.warn(`system monitor stopped: ${(err as Error).message}`);
    }
  })();

  return {
    async stop() {
      abort.abort();
      await Promise.all([startup, monitor]);
      state.flushFiles();
    },
  };
}
