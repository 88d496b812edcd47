/**
 * A run: the object `wandb.init()` returns. `log` is the hot path: it validates and encodes the
 * row straight into the outgoing batch (see `history.ts`); config and summary writes become
 * records at once; `finish` drains the internal process and prints the closing summary.
 *
 * @example
 * ```ts
 * import { init } from "./init.ts";
 * const run = await init({ mode: "disabled", config: { lr: 0.1 } });
 * run.log({ loss: 0.5 });
 * console.assert(run.summary.loss === 0.5 && run.config.lr === 0.1);
 * await run.finish();
 * ```
 * @module
 */
import { type wandb_internal } from "../proto/mod.ts";
import type { FinishResult } from "../proto/worker_protocol.ts";
import type { DebugLog } from "../internal/debug_log.ts";
import type { Bridge } from "./bridge.ts";
import { type Config, type ConfigItemData, configProxy, ConfigState } from "./config.ts";
import { RunFinishedError, RunStoppedError, UsageError } from "./errors.ts";
import { type DefineMetricOptions, metricRecord, StepSync } from "./metrics.ts";
import { History, type LogOptions, PATH_SEP } from "./history.ts";
import { linkSaved, type SaveOptions } from "./save.ts";
import type { MediaBatch } from "./media/media.ts";
import { FrameBuffer } from "../proto/frames.ts";
import { closingLines, printLines, SendProgressLine } from "./printer.ts";
import { generateRunId, type Mode, type Settings } from "./settings.ts";
import { type Summary, summaryProxy, SummaryState } from "./summary.ts";
import { Artifact } from "./artifacts/artifact.ts";
import { ArtifactError, type ArtifactErrorCode } from "./artifacts/errors.ts";
import { fetchArtifact } from "./artifacts/remote.ts";
import { resolve } from "node:path";
import { crc32 } from "../internal/crc32.ts";
import { GraphQLClient, resolveCredentials } from "../net/mod.ts";
import type { ArtifactOutcome } from "../internal/sender/artifacts.ts";
import { collectCode, type LogCodeOptions } from "./jobs/code.ts";
import { codeArtifactName } from "./jobs/names.ts";
import { launchArtifactName } from "./launch_overrides.ts";
import { programPath, programRelpath, runJob } from "./jobs/run_job.ts";

/** Options of {@linkcode Run.logArtifact}. */
export interface LogArtifactOptions {
  /** Aliases besides `latest` (always given). */
  aliases?: string[];
  /** Tags of the version. */
  tags?: string[];
}

/** Options of {@linkcode Run.useArtifact}. */
export interface UseArtifactOptions {
  /**
   * The slot the run uses the artifact as: in a run started by a launch agent, the spec's
   * `overrides.artifacts[useAs]` is used instead (W&B's `use_as`).
   */
  useAs?: string;
}

/** What `run.alert()` takes. */
export interface AlertOptions {
  /** Short title (alerts of one title are rate-limited together). */
  title: string;
  /** The alert's text. */
  text: string;
  /** Severity. @default "INFO" */
  level?: "INFO" | "WARN" | "ERROR";
  /** Least seconds between two alerts of this title. @default 60 */
  waitDuration?: number;
}

/** Everything a Run is built from (made by `init`). */
export interface RunParts {
  settings: Settings;
  mode: Mode;
  startMs: number;
  /** Absent in disabled mode. */
  dir?: string;
  bridge?: Bridge;
  debug?: DebugLog;
  /** Called as finishing starts, with the exit code (restores console capture). */
  onFinished?: (exitCode: number) => void;
  /**
   * Called once finishing has ended, well or not (removes the exit hooks: an uncaught error
   * during the finish must still wait for it).
   */
  onClosed?: () => void;
  /** First step (resume). */
  startingStep?: number;
  /** The resumed run's summary (shown in `run.summary` until new values are logged). */
  resumedSummary?: Record<string, unknown>;
}

/** One tracked run. */
export class Run {
  /** Run id (the server's `name` of the run). */
  readonly id: string;
  /** The run's project. */
  project: string;
  /** The run's entity (undefined until the server names it, or offline). */
  entity: string | undefined;
  /** Run directory (`wandb/offline-run-…`); empty in disabled mode. */
  readonly dir: string;
  /** `online`, `offline` or `disabled`. */
  mode: Mode;
  /** Where to see the run online; undefined offline and disabled. */
  url: string | undefined;
  /** Run start, ms since epoch. */
  readonly startTime: number;
  /** The resolved settings. */
  readonly settings: Readonly<Settings>;
  /** Live config: every change is recorded. */
  readonly config: Config;
  /** Live summary: last logged values, overridden by explicit writes. */
  readonly summary: Summary;
  #history: History;
  #configState: ConfigState;
  #summaryState: SummaryState;
  #bridge: Bridge | undefined;
  #frames: FrameBuffer;
  #debug: DebugLog | undefined;
  #finishing: Promise<void> | undefined;
  #finished = false;
  #exitCode = 0;
  #onFinished: ((exitCode: number) => void) | undefined;
  #onClosed: (() => void) | undefined;
  #name: string;
  /** The display name was given (settings, the server, or set): updates carry it. */
  #nameKnown: boolean;
  #notes: string;
  #tags: readonly string[];
  #group: string;
  #jobType: string;
  #stop = new AbortController();
  #stopHandlers: (() => void)[] = [];
  #dropWrites = false;
  /** The code artifact `logCode` logged, with the root it was taken from. */
  #code: { artifact: Artifact; root: string } | undefined;
  /** Whether the run used a job (it then makes none, as W&B's job builder). */
  #usedJob = false;
  /** A launched run's artifact overrides (`WANDB_ARTIFACTS`). */
  #launchArtifacts: Record<string, unknown> = {};

  /**
   * Made by `init()`: start runs with `wandb.init()`, not `new Run()`.
   *
   * @param parts the settings, mode, Worker bridge and start time `init` resolved
   */
  constructor(parts: RunParts) {
    const s = parts.settings;
    this.settings = s;
    this.id = s.run_id;
    this.#name = s.run_name ?? s.run_id;
    this.#nameKnown = s.run_name !== undefined;
    this.#notes = s.run_notes ?? "";
    this.#tags = Object.freeze([...s.run_tags]);
    this.#group = s.run_group ?? "";
    this.#jobType = s.run_job_type ?? "";
    this.project = s.project;
    this.entity = s.entity;
    this.mode = parts.mode;
    this.dir = parts.dir ?? "";
    this.url = undefined;
    this.startTime = parts.startMs;
    this.#bridge = parts.bridge;
    this.#debug = parts.debug;
    this.#onFinished = parts.onFinished;
    this.#onClosed = parts.onClosed;
    // In disabled mode rows are encoded into a buffer that is simply reset when full.
    this.#frames = parts.bridge?.frames ?? new FrameBuffer(64 * 1024, (f) => {
      f.pos = 0;
      f.count = 0;
    });
    const publish = (r: wandb_internal.IRecord) => this.#publish(r);
    const guard = (what: string) => this.#guard(what);
    this.#configState = new ConfigState(publish, guard);
    this.config = configProxy(this.#configState);
    this.#history = new History(this.#frames, {
      startMs: parts.startMs,
      strict: s.x_strict_steps,
      startingStep: parts.startingStep,
      warn: (m) => this.#notice(m),
    });
    this.#history.onMedia = (batch) => this.#writeMedia(batch);
    for (const [path, v] of leaves(parts.resumedSummary ?? {}, [])) {
      if (path[0]?.startsWith("_")) continue;
      this.#history.last.set(path.join(PATH_SEP), JSON.stringify(v) ?? "null");
    }
    this.#summaryState = new SummaryState(this.#history.last, publish, guard);
    this.summary = summaryProxy(this.#summaryState);
  }

  /**
   * Display name. Setting it (like `notes`, `tags`, `group`, `jobType`) records a run update,
   * which an online run sends to the server at once (UpsertBucket with every run field).
   *
   * @example
   * ```ts ignore
   * run.name = `lr-${lr}`;
   * run.tags = [...run.tags, "baseline"];
   * ```
   */
  get name(): string {
    return this.#name;
  }
  set name(v: string) {
    this.#name = this.#runField("name", v);
    this.#nameKnown = true;
    this.#publishRun();
  }

  /** Notes (the run's description). */
  get notes(): string {
    return this.#notes;
  }
  set notes(v: string) {
    this.#notes = this.#runField("notes", v);
    this.#publishRun();
  }

  /** Tags (a frozen array: assign a new one to change them). */
  get tags(): readonly string[] {
    return this.#tags;
  }
  set tags(v: readonly string[]) {
    if (!Array.isArray(v)) {
      throw new TypeError(`run.tags must be an array of strings, got ${typeof v}`);
    }
    v.forEach((t, i) => this.#runField(`tags[${i}]`, t));
    this.#tags = Object.freeze([...new Set(v)]);
    this.#publishRun();
  }

  /** Group of runs this run belongs to. */
  get group(): string {
    return this.#group;
  }
  set group(v: string) {
    this.#group = this.#runField("group", v);
    this.#publishRun();
  }

  /** Job type (e.g. "train", "eval"). */
  get jobType(): string {
    return this.#jobType;
  }
  set jobType(v: string) {
    this.#jobType = this.#runField("jobType", v);
    this.#publishRun();
  }

  /**
   * The sweep this run belongs to (`WANDB_SWEEP_ID`, or the agent that started it).
   *
   * @example
   * ```ts ignore
   * if (run.sweepId) console.log(`trial of sweep ${run.sweepId}`);
   * ```
   */
  get sweepId(): string | undefined {
    return this.settings.sweep_id || undefined;
  }

  /**
   * Aborted when the server asks the run to stop (W&B's stop button, the `stopRun` mutation);
   * its reason is a {@link RunStoppedError}. Online runs poll for it every
   * `x_stop_polling_interval` seconds (15).
   *
   * @example
   * ```ts ignore
   * // A handler keeps the SDK from ending the process, so the loop can see the signal.
   * run.onStop(() => console.log("stopping after this epoch"));
   * for (let epoch = 0; epoch < 100 && !run.stopSignal.aborted; epoch++) await train(epoch);
   * await run.finish();
   * ```
   */
  get stopSignal(): AbortSignal {
    return this.#stop.signal;
  }

  /**
   * Handles a stop request yourself. Without a handler the SDK does what W&B's does to a Python
   * program (it interrupts it): it finishes the run with exit code 255 and exits the process.
   * With one, it only calls the handlers and aborts {@link stopSignal}; finish the run yourself.
   *
   * @returns a function that removes the handler
   * @example
   * ```ts ignore
   * const off = run.onStop(() => saveCheckpoint());
   * off();
   * ```
   */
  onStop(handler: () => void): () => void {
    this.#stopHandlers.push(handler);
    return () => {
      this.#stopHandlers = this.#stopHandlers.filter((h) => h !== handler);
    };
  }

  /** @internal a launched run's `WANDB_ARTIFACTS` (see `launchArtifactName`) */
  setLaunchArtifacts(artifacts: Record<string, unknown>): void {
    this.#launchArtifacts = { ...artifacts };
  }

  /** @internal the server asked the run to stop */
  requestStop(): void {
    if (this.#stop.signal.aborted || this.#finished) return;
    const handled = this.#stopHandlers.length > 0;
    this.#notice(
      `wandb: the run was stopped from the server${this.url ? ` (${this.url})` : ""}; ${
        handled
          ? "handing over to run.onStop()"
          : "finishing it and exiting (run.onStop() handles it instead)"
      }`,
    );
    this.#stop.abort(new RunStoppedError(this.id));
    if (!handled) {
      void this.finish(255).finally(() => Deno.exit(255));
      // The run is closing and the process exits: what the program still logs or sets meanwhile
      // is dropped, as W&B's interrupt would never have let it run.
      this.#dropWrites = true;
      return;
    }
    for (const h of this.#stopHandlers) {
      try {
        h();
      } catch (err) {
        this.#notice(`wandb: ERROR a run.onStop() handler threw: ${(err as Error).message ?? err}`);
      }
    }
  }

  /** @internal takes the display name the server gave the run (no update record) */
  adoptName(name: string): void {
    this.#name = name;
    this.#nameKnown = true;
  }

  #runField(what: string, v: unknown): string {
    if (typeof v !== "string") {
      throw new TypeError(`run.${what} must be a string, got ${v === null ? "null" : typeof v}`);
    }
    this.#guard(`setting run.${what}`);
    return v;
  }

  #publishRun(): void {
    this.#publish({
      run: {
        runId: this.id,
        entity: this.entity ?? "",
        project: this.project,
        // An offline run's name is its id until one is given: the server keeps its own then.
        displayName: this.#nameKnown ? this.#name : "",
        notes: this.#notes,
        tags: [...this.#tags],
        runGroup: this.#group,
        jobType: this.#jobType,
      },
    });
  }

  /** The step the next committed row gets. */
  get step(): number {
    return this.#history.step;
  }

  /** True once `finish()` was called. */
  get finished(): boolean {
    return this.#finished;
  }

  /**
   * Logs a row of metrics. Nested objects become nested keys; `_step`, `_runtime` and
   * `_timestamp` are added. With `commit: false` values accumulate into the current row.
   *
   * @param data key → value (numbers, bigint, booleans, strings, null, NaN/±Infinity, Date,
   *   arrays, typed arrays, nested plain objects, objects with `toJSON`)
   * @throws {TypeError} naming the key path of an unsupported value; nothing is recorded
   * @throws {RunFinishedError} after `finish()`
   * @example
   * ```ts
   * import { init } from "./init.ts";
   * const run = await init({ mode: "disabled" });
   * run.log({ loss: 0.5, val: { acc: 0.9 } });
   * run.log({ extra: 1 }, { commit: false });
   * await run.finish();
   * ```
   */
  log(data: Record<string, unknown>, options?: LogOptions): void {
    if (this.#dropWrites) return;
    if (this.#finished) throw new RunFinishedError("run.log()", this.id);
    this.#history.log(data, options);
    this.#bridge?.schedule();
  }

  /**
   * Finishes the run: flushes the pending row, records the exit code, writes the final summary,
   * waits until the internal process has everything on disk, then prints the closing summary.
   * Calling it again returns the same promise.
   *
   * @param exitCode 0 for success (the default), non-zero marks the run failed
   * @example
   * ```ts
   * import { init } from "./init.ts";
   * const run = await init({ mode: "disabled" });
   * await run.finish();
   * console.assert(run.finished);
   * ```
   */
  finish(exitCode = 0): Promise<void> {
    if (this.#finishing) return this.#finishing;
    this.#exitCode = exitCode;
    this.#history.flushPending();
    const runtime = Math.floor((Date.now() - this.startTime) / 1000);
    const summaryItems = this.#summaryState.entries().map(({ path, json }) =>
      path.length === 1 ? { key: path[0]!, valueJson: json } : { nestedKey: path, valueJson: json }
    );
    this.#publish({ summary: { update: summaryItems } });
    this.#finished = true;
    this.#finishing = this.#finish(runtime).finally(() => this.#onClosed?.());
    return this.#finishing;
  }

  async #finish(runtime: number): Promise<void> {
    this.#onFinished?.(this.#exitCode);
    const bridge = this.#bridge;
    if (!bridge) return;
    await this.#makeJob();
    let result: FinishResult;
    const progress = this.settings.silent ? undefined : new SendProgressLine();
    bridge.onSendProgress = (p) => progress?.update(p);
    try {
      result = await bridge.deliver<FinishResult>({
        op: "finish",
        exitCode: this.#exitCode,
        runtime,
      });
    } catch (err) {
      // The internal process is gone: say so once; what reached the log is still there.
      this.#debug?.error(`finish failed: ${(err as Error).message}`);
      printLines([`wandb: ERROR could not finish run ${this.id}: ${(err as Error).message}`]);
      return;
    } finally {
      progress?.end();
      await bridge.terminate();
      this.#debug?.info(`run finished with exit code ${this.#exitCode}`);
      this.#debug?.close();
    }
    if (this.settings.silent) return;
    const lines = closingLines({
      runId: this.id,
      runDir: relativeDir(this.dir),
      mode: this.mode === "online" ? "online" : "offline",
      sendError: result.online && !result.online.ok
        ? (result.online.message ?? "unknown error")
        : undefined,
      history: result.sparklines,
      summary: this.#summaryState.toObject(),
      dropped: this.#history.dropped,
      droppedSteps: this.#history.droppedSteps,
      warnings: result.warnings,
      url: this.url,
    });
    printLines(this.settings.quiet ? lines.slice(-3) : lines);
  }

  /**
   * Saves files matching `glob` with the run: they are linked into the run's `files/` and
   * uploaded by `policy` (`live`: now and on every change, `now`: once now, `end`: at finish).
   *
   * @returns the saved names (paths below `basePath`)
   * @throws {UsageError} for files outside `basePath`
   * @example
   * ```ts ignore
   * run.save("checkpoints/*.pt", { policy: "end" });
   * ```
   */
  save(glob: string, options: SaveOptions = {}): string[] {
    this.#guard("run.save()");
    if (!this.dir) return [];
    const names = linkSaved(glob, `${this.dir}/files`, {
      basePath: options.basePath,
      cwd: Deno.cwd(),
    });
    const policy = { now: 0, end: 1, live: 2 }[options.policy ?? "live"];
    if (names.length > 0) {
      this.#publish({ files: { files: names.map((path) => ({ path, policy })) } });
      this.#bridge?.schedule();
    }
    return names;
  }

  /**
   * Customizes a metric as W&B's `define_metric`: the summary it keeps (`"min"`, `"max"`,
   * `"mean"`, `"first"`, `"last"`, `"best"` with `goal`, `"copy"`, `"none"`, or several as
   * `"min,last"`), the metric it is plotted against (`stepMetric`; its last value is put into rows
   * that lack it unless `stepSync: false`), and whether it is `hidden`. A name ending in `*` is a
   * glob (`"val/*"`, `"*"`). Names are W&B's: `"a.b"` is the nested key `{ a: { b } }`, `"a\\.b"`
   * the flat key `"a.b"`. `"none"` keeps no summary, even with others. Summaries are kept by the
   * internal Worker and land in the run's summary at finish (`loss: { min, last }`);
   * `run.summary` on this thread keeps showing last values until then.
   *
   * @throws {MetricError} naming a bad argument
   * @throws {RunFinishedError} after `finish()`
   * @example
   * ```ts
   * import { init } from "./init.ts";
   * const run = await init({ mode: "disabled" });
   * run.defineMetric("epoch");
   * run.defineMetric("val/*", { stepMetric: "epoch", summary: "max" });
   * run.defineMetric("loss", { summary: "min,last", goal: "minimize" });
   * await run.finish();
   * ```
   */
  defineMetric(name: string, options: DefineMetricOptions = {}): void {
    this.#guard("run.defineMetric()");
    const rec = metricRecord(name, options);
    (this.#history.stepSync ??= new StepSync()).define(rec);
    this.#publish({ metric: rec });
    this.#bridge?.schedule();
  }

  /**
   * Raises an alert, as W&B's `run.alert`: the server records it (W&B mails or posts it to
   * Slack; the local server shows it on the run page). `waitDuration` (seconds, default 60) is
   * the least time between two alerts of the same title, applied by the server.
   *
   * @throws {UsageError} `alert/invalid` naming a bad argument
   * @throws {RunFinishedError} after `finish()`
   * @example
   * ```ts
   * import { init } from "./init.ts";
   * const run = await init({ mode: "disabled" });
   * run.alert({ title: "Loss diverged", text: "loss is NaN at step 120", level: "ERROR" });
   * await run.finish();
   * ```
   */
  alert(alert: AlertOptions): void {
    this.#guard("run.alert()");
    const { title, text, level = "INFO", waitDuration = 60 } = alert ?? ({} as AlertOptions);
    const bad = (what: string) => {
      throw new UsageError("alert/invalid", `run.alert(): ${what}`);
    };
    if (typeof title !== "string" || title === "") bad("title must be a non-empty string");
    if (typeof text !== "string") bad("text must be a string");
    if (!["INFO", "WARN", "ERROR"].includes(level)) {
      bad(`level must be "INFO", "WARN" or "ERROR"; got ${JSON.stringify(level)}`);
    }
    if (
      typeof waitDuration !== "number" || !(waitDuration >= 0) || !Number.isFinite(waitDuration)
    ) {
      bad(`waitDuration must be a number of seconds >= 0; got ${JSON.stringify(waitDuration)}`);
    }
    // The official client records and sends the wait in milliseconds.
    this.#publish({
      alert: { title, text, level, waitDuration: Math.round(waitDuration * 1000) },
    });
    this.#bridge?.schedule();
  }

  /**
   * Tells the server the run is about to be preempted (W&B's `mark_preempting`): the run shows
   * as `preempting` until it finishes or resumes.
   *
   * @throws {RunFinishedError} after `finish()`
   * @example
   * ```ts
   * import { init } from "./init.ts";
   * const run = await init({ mode: "disabled" });
   * Deno.addSignalListener("SIGUSR1", () => run.markPreempting());
   * await run.finish();
   * ```
   */
  markPreempting(): void {
    this.#guard("run.markPreempting()");
    this.#publish({ preempting: {} });
    this.#bridge?.schedule();
  }

  /**
   * Logs an artifact: its record (with the manifest) goes into the run's log, and the Worker
   * uploads it (online) or `sync` does later (offline). `await artifact.wait()` for its version.
   *
   * @throws {RunFinishedError} after `finish()`
   * @example
   * ```ts ignore
   * const a = new wandb.Artifact("data", "dataset");
   * a.addDir("data/");
   * run.logArtifact(a, { aliases: ["best"] });
   * await a.wait();
   * ```
   */
  logArtifact(artifact: Artifact, options: LogArtifactOptions = {}): Artifact {
    this.#guard("run.logArtifact()");
    this.#publishArtifact(artifact, options, false);
    return artifact;
  }

  /**
   * Declares that this run uses an artifact: `"name:alias"` (or `"entity/project/name:alias"`)
   * is looked up on the server and returned ready to download; an Artifact not logged yet is
   * logged as this run's input. In a run started by a launch agent, a name the launch spec's
   * `overrides.artifacts` overrides (by `options.useAs`, the name, or its sequence) is swapped
   * for the override.
   *
   * @throws {ArtifactError} `artifact/offline` for a name in an offline run, `artifact/not-found`
   */
  async useArtifact(ref: string | Artifact, options: UseArtifactOptions = {}): Promise<Artifact> {
    this.#guard("run.useArtifact()");
    if (typeof ref === "string") {
      const swapped = launchArtifactName(this.#launchArtifacts, ref, options.useAs);
      if (swapped !== ref) {
        this.#notice(`wandb: using ${swapped} in place of ${ref} (launch artifact override)`);
      }
      ref = swapped;
    }
    if (ref instanceof Artifact) {
      if (ref.type === "job") this.#usedJob = true;
      if (ref.id) {
        this.#publish({ useArtifact: { id: ref.id, type: ref.type, name: ref.name } });
        this.#bridge?.schedule();
      } else this.#publishArtifact(ref, {}, true);
      return ref;
    }
    const gql = this.#client();
    if (!gql || this.mode !== "online") {
      throw new ArtifactError(
        "artifact/offline",
        `Cannot use artifact ${ref}: the run is ${this.mode}; use it from an online run, or download it with the public API`,
      );
    }
    const parts = ref.split("/");
    const name = parts.pop()!;
    const project = parts.pop() ?? this.project;
    const entity = parts.pop() ?? this.entity ?? "";
    const data = await fetchArtifact(gql, entity, project, name);
    const a = await Artifact.fromServer(gql, data, { entity, project });
    if (a.type === "job") this.#usedJob = true;
    this.#publish({ useArtifact: { id: a.id, type: a.type, name: a.name } });
    this.#bridge?.schedule();
    return a;
  }

  /**
   * Logs the run's source code as an artifact of type `code` (W&B's `run.log_code()`): the files
   * under `root` that `include` takes and `exclude` leaves (by default source files and Deno
   * project files, without `wandb/`, `node_modules/` and `.git/`; see sdk/jobs/code.ts), named
   * `source-<project>-<program path>` unless `name` is given. The run's job (when job creation is
   * on) then has this artifact as its source when the program is not in a git repository with a
   * remote and a commit.
   *
   * @returns the logged artifact, or undefined (with a warning) when no file matched
   * @throws {RunFinishedError} after `finish()`
   * @example
   * ```ts ignore
   * run.logCode(".", { exclude: (path) => path.includes("/fixtures/") });
   * ```
   */
  logCode(root = ".", options: LogCodeOptions = {}): Artifact | undefined {
    this.#guard("run.logCode()");
    const files = collectCode(root, options);
    if (files.length === 0) {
      this.#notice(
        `wandb: WARNING run.logCode(): no source files under ${root}; no code was logged (pass include to choose files)`,
      );
      return undefined;
    }
    const s = this.settings;
    const path = programPath(s.program ?? Deno.mainModule, s.root_dir);
    const name = options.name ??
      codeArtifactName(this.project, path ? programRelpath(path, s.disable_git) : "");
    const artifact = new Artifact(name, "code");
    for (const f of files) artifact.addFile(f.path, { name: f.name });
    this.#publishArtifact(artifact, {}, false);
    // As W&B's log_code: the run's config says which artifact holds its code.
    this.#publish({
      config: { update: [{ nestedKey: ["_wandb", "code_path"], valueJson: JSON.stringify(name) }] },
    });
    this.#code = { artifact, root: resolve(root) };
    return artifact;
  }

  /** Builds and logs the run's job at finish (W&B's job builder); never fails the finish. */
  async #makeJob(): Promise<void> {
    const s = this.settings;
    if (s.disable_job_creation) return;
    if (this.#usedJob) {
      this.#debug?.info("job: the run used a job; making none");
      return;
    }
    try {
      let code;
      // The source artifact is referred to by its server id: only an online run knows it (an
      // offline run's job falls back to the image, as W&B's does).
      if (this.#code && this.mode === "online") {
        const a = await this.#code.artifact.wait().catch(() => undefined);
        if (a?.id) code = { id: a.id, name: a.name, root: this.#code.root };
      }
      const job = await runJob({
        settings: s,
        project: this.project,
        config: this.#configState.toObject(),
        summary: this.#summaryState.toObject(),
        code,
      });
      if ("skip" in job) {
        this.#debug?.info(`job: none made: ${job.skip}`);
        return;
      }
      this.#publishArtifact(job.artifact, { aliases: job.plan.aliases }, true);
      this.#debug?.info(`job: ${job.plan.name} (${job.plan.info.source_type})`);
    } catch (err) {
      this.#debug?.warn(`job: not made: ${(err as Error).message}`);
    }
  }

  #publishArtifact(
    artifact: Artifact,
    options: LogArtifactOptions,
    use: boolean,
    ids: { clientId: string; sequenceClientId?: string } = { clientId: generateRunId(128) },
  ): void {
    const clientId = ids.clientId;
    this.#publish({
      artifact: artifact.toRecord(
        { id: this.id, project: this.project, entity: this.entity },
        { ...options, useAfterCommit: use, clientId, sequenceClientId: ids.sequenceClientId },
      ),
    });
    this.#bridge?.schedule();
    const bridge = this.#bridge;
    artifact.attach({
      clientId,
      gql: this.mode === "online" ? this.#client() : undefined,
      entity: this.entity,
      project: this.project,
      wait: async () => {
        if (!bridge || this.mode !== "online") {
          throw new ArtifactError(
            "artifact/offline",
            `Cannot wait for artifact ${artifact.name}: the run is ${this.mode}; it is kept in the run's log, and \`sync\` uploads it`,
          );
        }
        try {
          const o = await bridge.deliver<Extract<ArtifactOutcome, { ok: true }>>({
            op: "artifact",
            clientId,
          });
          return { id: o.id, versionIndex: o.versionIndex };
        } catch (err) {
          const e = err as { code?: string; message?: string };
          const code = (e.code?.startsWith("artifact/")
            ? e.code
            : "artifact/upload-failed") as ArtifactErrorCode;
          throw new ArtifactError(code, e.message ?? String(err), { cause: err });
        }
      },
    });
  }

  #gqlClient: GraphQLClient | undefined;
  #client(): GraphQLClient | undefined {
    if (this.#gqlClient) return this.#gqlClient;
    const s = this.settings;
    const creds = resolveCredentials({ baseUrl: s.base_url, apiKey: s.api_key });
    if (!creds.apiKey) return undefined;
    return this.#gqlClient = new GraphQLClient({ baseUrl: creds.baseUrl, apiKey: creds.apiKey });
  }

  /**
   * Waits until everything logged so far is in the transaction log (for tests and checkpoints).
   *
   * @returns records and bytes written so far
   */
  async flush(): Promise<{ records: number; bytes: number }> {
    if (!this.#bridge || this.#finished) return { records: 0, bytes: 0 };
    return await this.#bridge.deliver({ op: "flush" });
  }

  /** Rows dropped because their step was lower than the current step. */
  get droppedRows(): number {
    return this.#history.dropped;
  }

  /** @internal locks config keys a sweep chose: later changes are ignored with a warning */
  lockConfig(keys: Iterable<string>, by: string): void {
    this.#configState.lock(keys, by, (m) => this.#notice(m));
  }

  /** @internal sets the initial config (validated) and returns its encoded items */
  initConfig(values: Record<string, unknown>): ConfigItemData[] {
    return this.#configState.init(values);
  }

  /** @internal publishes a record (config, summary, output…) */
  publishRecord(record: wandb_internal.IRecord): void {
    this.#publish(record);
  }

  /** Writes a row's media files below `files/` and announces them (policy `now`, as W&B). */
  #writeMedia(batch: MediaBatch): void {
    if (this.dir && !this.#dropWrites) {
      const made = new Set<string>();
      for (const f of batch.files) {
        const target = `${this.dir}/files/${f.path}`;
        const parent = target.slice(0, target.lastIndexOf("/"));
        if (!made.has(parent)) {
          Deno.mkdirSync(parent, { recursive: true });
          made.add(parent);
        }
        Deno.writeFileSync(target, f.bytes);
      }
      if (batch.files.length > 0) {
        const paths = [...new Set(batch.files.map((f) => f.path))];
        this.#publish({ files: { files: paths.map((path) => ({ path, policy: 0 })) } });
      }
      // Each table also goes up as the official client's run-table artifact.
      for (const t of batch.tables) {
        const a = new Artifact(runTableArtifactName(this.id, t.key), "run_table");
        for (const [name, bytes] of t.entries) {
          const f = a.newFile(name);
          try {
            for (let n = 0; n < bytes.length;) n += f.writeSync(bytes.subarray(n));
          } finally {
            f.close();
          }
        }
        this.#publishArtifact(a, {}, false, t);
      }
      batch.commit();
    }
    if (batch.config.length > 0) {
      this.#publish({
        config: {
          update: batch.config.map((c) => ({
            nestedKey: c.path,
            valueJson: JSON.stringify(c.value),
          })),
        },
      });
    }
  }

  #publish(record: wandb_internal.IRecord): void {
    if (this.#bridge && !this.#dropWrites) this.#bridge.publish(record);
  }

  #guard(what: string): void {
    if (this.#finished && !this.#dropWrites) throw new RunFinishedError(what, this.id);
  }

  #notice(message: string): void {
    this.#debug?.warn(message);
    if (!this.settings.silent) printLines([message]);
  }
}

/**
 * The official client's run-table artifact name, `run-<run id>-<key>`, sanitized as its
 * `sanitize_artifact_name` does: characters outside `[A-Za-z0-9_.-]` dropped, then a `-` and the
 * url-safe base64 (unpadded) of the big-endian CRC-32 of the unsanitized name, for uniqueness.
 */
export function runTableArtifactName(runId: string, key: string): string {
  const name = `run-${runId}-${key}`;
  const clean = name.replace(/[^a-zA-Z0-9_\-.]+/g, "");
  if (clean === name) return name;
  const c = crc32(new TextEncoder().encode(name)) >>> 0;
  const bytes = Uint8Array.of(c >>> 24, (c >>> 16) & 255, (c >>> 8) & 255, c & 255);
  const b64 = btoa(String.fromCharCode(...bytes)).replaceAll("+", "-").replaceAll("/", "_")
    .replace(/=+$/, "");
  return `${clean}-${b64}`;
}

function* leaves(v: Record<string, unknown>, path: string[]): Generator<[string[], unknown]> {
  for (const [k, x] of Object.entries(v)) {
    if (x && typeof x === "object" && !Array.isArray(x)) {
      yield* leaves(x as Record<string, unknown>, [...path, k]);
    } else yield [[...path, k], x];
  }
}

function relativeDir(dir: string): string {
  try {
    const cwd = Deno.cwd();
    return dir.startsWith(cwd + "/") ? dir.slice(cwd.length + 1) : dir;
  } catch {
    return dir;
  }
}
