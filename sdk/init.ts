/**
 * `init()`, `setup()`, `teardown()` and the module-level bindings (`run`, `config`, `summary`,
 * `log`, `finish`, `defineMetric`, `alert`, `markPreempting`) that follow the current run. `init` resolves settings, creates the run
 * directory, starts the internal Worker, records the run, and installs the exit hooks: a run that
 * is never finished is finished when the script ends, an uncaught error or unhandled rejection
 * marks it failed (exit code 1) and still flushes, and SIGINT / SIGTERM finish it before exiting.
 *
 * @example
 * ```ts
 * import { init } from "./init.ts";
 * const run = await init({ project: "demo", mode: "disabled", config: { lr: 0.01 } });
 * run.log({ loss: 0.25 });
 * await run.finish();
 * ```
 * @module
 */
import { existsSync } from "node:fs";
import { DebugLog } from "../internal/debug_log.ts";
import { wandb_internal } from "../proto/mod.ts";
import { Bridge } from "./bridge.ts";
import { type Config, ConfigState } from "./config.ts";
import { captureConsole } from "./console.ts";
import { UsageError } from "./errors.ts";
import { ArtifactProgressLine, printLines } from "./printer.ts";
import { type AlertOptions, Run } from "./run.ts";
import type { DefineMetricOptions } from "./metrics.ts";
import { processEnv, type ResumeMode, type Settings, type SettingsInput } from "./settings.ts";
import { resolveWithSweep } from "./sweeps/join.ts";
import { launchOverrides } from "./launch_overrides.ts";
import { type OnlinePlan, planOnline } from "./online.ts";
import type { RunStartResult } from "../proto/worker_protocol.ts";
import type { Summary } from "./summary.ts";
import { cliCommand } from "../cli/command.ts";

/** SDK version, recorded in telemetry and the log header. */
export const VERSION = "0.1.0";

/** Arguments of `init()`, with W&B's meanings. */
export interface InitOptions {
  /** Project (`project`). @default "uncategorized" */
  project?: string;
  /** Entity: a user or team (`entity`). @default the key's default entity */
  entity?: string;
  /** Initial config (recorded in the run record). */
  config?: Record<string, unknown>;
  /** Display name (`run_name`). */
  name?: string;
  /** Notes (`run_notes`). */
  notes?: string;
  /** Tags (`run_tags`). */
  tags?: string[];
  /** Group (`run_group`). */
  group?: string;
  /** Job type (`run_job_type`). */
  jobType?: string;
  /** Run id (`run_id`). */
  id?: string;
  /** W&B's resume modes (`resume`); `true` is `auto`. */
  resume?: ResumeMode | boolean;
  /** Where the run goes (`mode`); `dryrun` is `offline`, `run` is `online`. */
  mode?: "online" | "offline" | "disabled" | "dryrun" | "run";
  /** Parent of the `wandb/` directory (`root_dir`). */
  dir?: string;
  /** Any other setting, by W&B name. */
  settings?: SettingsInput;
}

/** The current run, or undefined. Live binding: it follows `init()` and `finish()`. */
export let run: Run | undefined;
/** The current run's config (an empty, detached object before `init()`). */
export let config: Config = {} as Config;
/** The current run's summary (an empty, detached object before `init()`). */
export let summary: Summary = {} as Summary;

let setupSettings: SettingsInput | undefined;

/**
 * Sets process-wide settings (source SETUP: above env vars, below `init()` arguments).
 *
 * @example
 * ```ts
 * import { setup, teardown } from "./init.ts";
 * setup({ mode: "disabled" });
 * await teardown();
 * ```
 */
export function setup(settings: SettingsInput = {}): void {
  setupSettings = { ...setupSettings, ...settings };
}

/**
 * Finishes the current run, if any, and forgets `setup()` settings.
 *
 * @example
 * ```ts
 * import { teardown } from "./init.ts";
 * await teardown();
 * ```
 */
export async function teardown(): Promise<void> {
  await run?.finish();
  setupSettings = undefined;
}

/**
 * Logs to the current run (see `Run.log`).
 *
 * @throws {UsageError} when there is no current run
 * @example
 * ```ts
 * import { init, log } from "./init.ts";
 * const r = await init({ mode: "disabled" });
 * log({ loss: 1 });
 * await r.finish();
 * ```
 */
export function log(
  data: Record<string, unknown>,
  options?: { step?: number; commit?: boolean },
): void {
  current("log").log(data, options);
}

/**
 * Defines a metric of the current run (see `Run.defineMetric`; W&B's `wandb.define_metric`).
 *
 * @throws {UsageError} when there is no current run
 * @throws {MetricError} naming a bad argument
 * @example
 * ```ts
 * import { defineMetric, init } from "./init.ts";
 * const r = await init({ mode: "disabled" });
 * defineMetric("loss", { summary: "min,last" });
 * await r.finish();
 * ```
 */
export function defineMetric(name: string, options?: DefineMetricOptions): void {
  current("defineMetric").defineMetric(name, options);
}

/**
 * Raises an alert on the current run (see `Run.alert`; W&B's `wandb.alert`).
 *
 * @throws {UsageError} when there is no current run, or naming a bad argument
 * @example
 * ```ts
 * import { alert, init } from "./init.ts";
 * const r = await init({ mode: "disabled" });
 * alert({ title: "Done", text: "training finished", level: "INFO" });
 * await r.finish();
 * ```
 */
export function alert(options: AlertOptions): void {
  current("alert").alert(options);
}

/**
 * Tells the server the current run is about to be preempted (see `Run.markPreempting`; W&B's
 * `wandb.mark_preempting`).
 *
 * @throws {UsageError} when there is no current run
 * @example
 * ```ts
 * import { init, markPreempting } from "./init.ts";
 * const r = await init({ mode: "disabled" });
 * markPreempting();
 * await r.finish();
 * ```
 */
export function markPreempting(): void {
  current("markPreempting").markPreempting();
}

function current(what: string): Run {
  if (!run) {
    throw new UsageError(
      "run/none",
      `Cannot call wandb.${what}(): no run is active; call wandb.init() first`,
    );
  }
  return run;
}

/**
 * Finishes the current run (see `Run.finish`); does nothing without one.
 *
 * @example
 * ```ts
 * import { finish } from "./init.ts";
 * await finish();
 * ```
 */
export async function finish(exitCode?: number): Promise<void> {
  await run?.finish(exitCode);
}

/**
 * Starts a run. A run that is still active is finished first.
 *
 * @throws {SettingsError} naming the setting for invalid settings (nothing is created)
 * @example
 * ```ts ignore
 * const run = await init({ project: "demo", config: { lr: 0.01 } });
 * ```
 */
export async function init(options: InitOptions = {}): Promise<Run> {
  if (run && !run.finished) await run.finish();
  const joined = resolveWithSweep(setupSettings, initToSettings(options));
  const resolved = joined.resolved;
  const settings = resolved.settings;
  // A sweep run's suggested values win over the config given here (W&B's rule).
  if (joined.sweepConfig) {
    options = { ...options, config: { ...options.config, ...joined.sweepConfig } };
  }
  // A run started by a launch agent: the queue item's config overrides the script's (and the
  // sweep's, applied first, as W&B applies them).
  const launched = launchOverrides(processEnv(), settings.launch === true);
  if (launched.warning && !settings.silent) printLines([launched.warning]);
  if (Object.keys(launched.config).length > 0) {
    options = { ...options, config: { ...options.config, ...launched.config } };
  }
  // Validate the config before anything is created: a bad value throws here, naming its key path.
  if (options.config !== undefined) new ConfigState(() => {}).init(options.config);
  if (!settings.silent) printLines([...resolved.notices, ...joined.warnings]);
  const startMs = Date.now();
  let r: Run;
  if (settings.mode === "disabled") {
    r = new Run({ settings, mode: "disabled", startMs, onFinished: () => forget(r) });
    r.initConfig(options.config ?? {});
  } else {
    r = await startRun(
      settings,
      options,
      startMs,
      resolved.sources.run_id !== undefined,
      launched.wandb,
    );
    r.setLaunchArtifacts(launched.artifacts);
    // W&B's init uses the job a launched run came from, linking the run to it.
    if (launched.job && r.mode === "online") {
      await r.useArtifact(launched.job).catch((err) => {
        if (!settings.silent) {
          printLines([`wandb: Cannot use the launch job ${launched.job}: ${err.message}`]);
        }
      });
    }
  }
  if (joined.sweepConfig) r.lockConfig(Object.keys(joined.sweepConfig), "sweep");
  if (Object.keys(launched.config).length > 0) r.lockConfig(Object.keys(launched.config), "launch");
  run = r;
  config = r.config;
  summary = r.summary;
  joined.onRun?.(r);
  return r;
}

function forget(r: Run): void {
  if (run === r) {
    run = undefined;
    config = {} as Config;
    summary = {} as Summary;
  }
}

function initToSettings(o: InitOptions): SettingsInput {
  const s: SettingsInput = { ...o.settings };
  const set = <K extends keyof Settings>(k: K, v: Settings[K] | string | undefined) => {
    if (v !== undefined) (s as Record<string, unknown>)[k] = v;
  };
  set("project", o.project);
  set("entity", o.entity);
  set("run_name", o.name);
  set("run_notes", o.notes);
  if (o.tags !== undefined) s.run_tags = o.tags;
  set("run_group", o.group);
  set("run_job_type", o.jobType);
  set("run_id", o.id);
  if (o.resume !== undefined) {
    s.resume = o.resume === true ? "auto" : o.resume === false ? undefined : o.resume;
  }
  if (o.mode !== undefined) s.mode = o.mode as Settings["mode"];
  set("root_dir", o.dir);
  return s;
}

async function startRun(
  settings: Settings,
  options: InitOptions,
  startMs: number,
  explicitId: boolean,
  launchWandb: Record<string, string>,
): Promise<Run> {
  let mode: "online" | "offline" = settings.mode === "online" ? "online" : "offline";
  const notices: string[] = [];
  let plan: OnlinePlan | undefined;
  if (mode === "online") {
    plan = await planOnline(settings, wandbDirOf(settings.root_dir), explicitId);
    if (plan.kind === "offline") {
      notices.push(`wandb: WARNING ${plan.message}`);
      mode = "offline";
    } else if (plan.runId !== settings.run_id) {
      settings = { ...settings, run_id: plan.runId };
    }
  } else if (settings.resume) {
    notices.push(
      `wandb: WARNING resume is ignored offline; starting a new run with id ${settings.run_id}`,
    );
  }
  const online = plan?.kind === "online" ? plan : undefined;
  const resumed = online?.resumed;
  if (resumed) {
    // The run keeps the server's tags and notes unless init gave new ones: a later run update
    // (run.name = ...) sends every run field, and must not clear them.
    settings = {
      ...settings,
      run_tags: settings.run_tags.length === 0 ? resumed.tags ?? [] : settings.run_tags,
      run_notes: settings.run_notes ?? resumed.notes,
    };
  }
  const { wandbDir, runDir, dirName } = makeRunDir(settings, mode, startMs);
  const debug = new DebugLog(`${runDir}/logs/debug.log`, "MainThread");
  debug.info(`wandb-ts ${VERSION}; run ${settings.run_id} in ${runDir}`);
  const program = settings.program ?? programPath();
  const bridge = Bridge.start({
    runId: settings.run_id,
    project: settings.project,
    entity: settings.entity,
    mode,
    runDir,
    startMs,
    statsInterval: settings.x_disable_stats ? 0 : settings.x_stats_sampling_interval,
    disableGit: settings.disable_git,
    program,
    args: Deno.args,
    rootDir: settings.root_dir,
    host: settings.host ?? hostname(),
    version: VERSION,
    online: online?.start,
  });
  const s = { ...settings, mode } as Settings;
  let restoreConsole = () => {};
  const hooks = new ExitHooks();
  const r: Run = new Run({
    settings: s,
    mode,
    startMs,
    dir: runDir,
    bridge,
    debug,
    startingStep: resumed?.startingStep,
    resumedSummary: resumed?.summary,
    onFinished: (exitCode) => {
      // W&B forgets the run to resume once it finished cleanly.
      if (exitCode === 0 && settings.resume === "auto") {
        try {
          Deno.removeSync(`${wandbDir}/wandb-resume.json`);
        } catch {
          // never written (offline) or already gone
        }
      }
      restoreConsole();
      forget(r);
    },
    onClosed: () => hooks.remove(),
  });
  bridge.onNotice = (m) => {
    debug.warn(m);
    if (!settings.silent) printLines([m]);
  };
  bridge.onStop = () => r.requestStop();
  if (!settings.silent) {
    const line = new ArtifactProgressLine();
    bridge.onArtifactProgress = (p) => line.update(p);
  }
  // The run record carries the initial config, as W&B's does (with an empty `_wandb`).
  const configItems: wandb_internal.IConfigItem[] = [
    { key: "_wandb", valueJson: JSON.stringify(launchWandb) },
  ];
  const initial = resumed ? { ...resumed.config, ...options.config } : options.config ?? {};
  for (const it of r.initConfig(initial)) {
    configItems.push({ key: it.path[0]!, valueJson: it.json });
  }
  r.publishRecord({
    run: {
      runId: settings.run_id,
      entity: settings.entity ?? "",
      project: settings.project,
      config: { update: configItems },
      runGroup: settings.run_group ?? "",
      jobType: settings.run_job_type ?? "",
      displayName: settings.run_name ?? "",
      sweepId: settings.sweep_id ?? "",
      notes: settings.run_notes ?? "",
      tags: settings.run_tags,
      host: settings.host ?? hostname(),
      resumed: resumed !== undefined,
      startingStep: resumed?.startingStep ?? 0,
      startTime: { seconds: Math.floor(startMs / 1000), nanos: (startMs % 1000) * 1e6 },
      telemetry: telemetry(mode),
    },
  });
  r.publishRecord({ telemetry: telemetry(mode) });
  if (settings.console !== "off") {
    const cap = captureConsole((stream, text) => {
      if (r.finished) return;
      const now = Date.now();
      r.publishRecord({
        outputRaw: {
          outputType: stream === "stderr"
            ? wandb_internal.OutputRawRecord.OutputType.STDERR
            : wandb_internal.OutputRawRecord.OutputType.STDOUT,
          timestamp: { seconds: Math.floor(now / 1000), nanos: (now % 1000) * 1e6 },
          line: text,
        },
      });
    });
    restoreConsole = () => cap.restore();
  }
  hooks.install(r);
  const rel = runDir.startsWith(Deno.cwd() + "/") ? runDir.slice(Deno.cwd().length + 1) : runDir;
  const lines = [...notices, `wandb: Tracking run with wandb-ts version ${VERSION}`];
  if (online) {
    const started = await bridge.deliver<RunStartResult>({ op: "run_start" });
    if (started.online) {
      r.entity = started.entity;
      r.project = started.project;
      r.adoptName(started.displayName);
      r.url = started.url;
      const projectUrl = started.url.replace(/\/runs\/[^/]*$/, "");
      lines.push(
        `wandb: Run data is saved locally in ${rel}`,
        `wandb: ${resumed ? "Resuming" : "Syncing"} run ${started.displayName}`,
        `wandb: ⭐️ View project at ${projectUrl}`,
        `wandb: 🚀 View run at ${started.url}`,
      );
      if (settings.resume === "auto") writeResumeFile(wandbDir, settings.run_id);
    } else {
      r.mode = "offline";
      lines.push(
        `wandb: WARNING could not start the run on ${online.start.baseUrl}: ${started.message}; it goes on offline`,
        `wandb: Run data is saved locally in ${rel}`,
        `wandb: Run \`${cliCommand("sync", rel)}\` to upload it later`,
      );
    }
  } else {
    lines.push(
      `wandb: Run data is saved locally in ${rel}`,
      `wandb: Run \`${
        cliCommand("sync", rel)
      }\` to upload it later (the .wandb log is W&B's own format)`,
    );
  }
  if (!settings.silent) printLines(lines);
  debug.info(`wandb dir ${wandbDir}, run dir ${dirName}`);
  return r;
}

function telemetry(mode: string): wandb_internal.ITelemetryRecord {
  return {
    cliVersion: VERSION,
    platform: `${Deno.build.os}-${Deno.build.arch}`,
    feature: { offline: mode === "offline" },
  };
}

function wandbDirOf(root: string): string {
  try {
    if (Deno.statSync(`${root}/.wandb`).isDirectory) return `${root}/.wandb`;
  } catch {
    // no .wandb: use wandb/
  }
  return `${root}/wandb`;
}

function writeResumeFile(wandbDir: string, runId: string): void {
  try {
    Deno.writeTextFileSync(`${wandbDir}/wandb-resume.json`, JSON.stringify({ run_id: runId }));
  } catch {
    // resume auto then starts a new run next time
  }
}

function makeRunDir(settings: Settings, mode: "online" | "offline", startMs: number) {
  const wandbDir = wandbDirOf(settings.root_dir);
  const stamp = stampOf(new Date(startMs));
  let dirName = `${mode === "offline" ? "offline-run" : "run"}-${stamp}-${settings.run_id}`;
  // The same run id started twice in one second (a quick resume): take the next free second.
  for (let t = startMs + 1000; existsSync(`${wandbDir}/${dirName}`); t += 1000) {
    dirName = `${mode === "offline" ? "offline-run" : "run"}-${
      stampOf(new Date(t))
    }-${settings.run_id}`;
  }
  const runDir = `${wandbDir}/${dirName}`;
  for (const sub of ["files", "logs", "tmp"]) {
    Deno.mkdirSync(`${runDir}/${sub}`, { recursive: true });
  }
  return { wandbDir, runDir, dirName };
}

function stampOf(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}_${pad(d.getHours())}${
    pad(d.getMinutes())
  }${pad(d.getSeconds())}`;
}

function programPath(): string {
  try {
    const url = new URL(Deno.mainModule);
    return url.protocol === "file:" ? decodeURIComponent(url.pathname) : url.href;
  } catch {
    return "";
  }
}

function hostname(): string {
  try {
    return Deno.hostname();
  } catch {
    return "";
  }
}

/** Exit paths of the process that must still flush the run. */
class ExitHooks {
  #remove: (() => void)[] = [];

  install(r: Run): void {
    const onUnload = (e: Event) => {
      if (r.finished) return;
      e.preventDefault();
      void r.finish(0);
    };
    const fail = (e: Event, err: unknown) => {
      e.preventDefault();
      printLines([
        `error: Uncaught ${err instanceof Error ? (err.stack ?? err.message) : Deno.inspect(err)}`,
      ]);
      // Also while a finish is under way (it returns the same promise): dying now would cut it.
      void r.finish(1).finally(() => Deno.exit(1));
    };
    const onError = (e: ErrorEvent) => fail(e, e.error);
    const onRejection = (e: PromiseRejectionEvent) => fail(e, e.reason);
    addEventListener("beforeunload", onUnload);
    addEventListener("error", onError);
    addEventListener("unhandledrejection", onRejection);
    this.#remove.push(() => {
      removeEventListener("beforeunload", onUnload);
      removeEventListener("error", onError);
      removeEventListener("unhandledrejection", onRejection);
    });
    let signals = 0;
    for (const [sig, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
      const handler = () => {
        // A finish already under way (the program's own, or the server's stop) is waited for,
        // not cut: finish() returns it. A second signal exits at once.
        if (++signals > 1) Deno.exit(code);
        void r.finish(code).finally(() => Deno.exit(code));
      };
      try {
        Deno.addSignalListener(sig, handler);
        this.#remove.push(() => Deno.removeSignalListener(sig, handler));
      } catch {
        // signals not available (e.g. Windows SIGTERM): skip
      }
    }
  }

  remove(): void {
    for (const f of this.#remove.splice(0)) f();
  }
}
