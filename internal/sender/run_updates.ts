/**
 * Run updates: the run's attributes, config and defined metrics as read from its run, config and
 * metric records (and the keys of history rows a defined glob matches), sent with W&B's
 * UpsertBucket (server-api.md §4.2): the full run at the start, a run change at once, a config
 * change debounced (30 s), and what is left at the end. The config carries the defined metrics
 * as `_wandb.m` (see `metric_config.ts`).
 *
 * @example
 * ```ts ignore
 * const runs = new RunUpdates({ gql, filesDir, configDebounceSeconds: 30 });
 * runs.onRun(record.run);
 * const info = await runs.start();
 * if (runs.due(Date.now())) await runs.update(runs.runDirty);
 * ```
 * @module
 */
import { decodeRecord, type wandb_internal } from "../../proto/mod.ts";
import { CommError, type GraphQLClient } from "../../net/mod.ts";
import { itemMetricName } from "../../proto/metric_name.ts";
import { applyItems } from "../record_items.ts";
import type { Checkpoint, RunInfo } from "./checkpoint.ts";
import { MetricsConfig } from "./metric_config.ts";

/** The mutation W&B's sender uses to create and update runs (server-api.md §4.2). */
export const UPSERT_BUCKET =
  `mutation UpsertBucket($id: String, $name: String, $project: String, $entity: String, $groupName: String, $description: String, $displayName: String, $notes: String, $commit: String, $config: JSONString, $host: String, $debug: Boolean, $program: String, $repo: String, $jobType: String, $state: String, $sweep: String, $tags: [String!], $summaryMetrics: JSONString) { upsertBucket(input: {id: $id, name: $name, groupName: $groupName, modelName: $project, entityName: $entity, description: $description, displayName: $displayName, notes: $notes, config: $config, commit: $commit, host: $host, debug: $debug, jobProgram: $program, jobRepo: $repo, jobType: $jobType, state: $state, sweep: $sweep, tags: $tags, summaryMetrics: $summaryMetrics}) { bucket { id name displayName description config sweepName project { id name entity { id name } } historyLineCount } inserted } }`;

/** What the run start settled. */
export interface StartInfo {
  /** The run id. */
  runId: string;
  /** The entity the server put the run in. */
  entity: string;
  /** The project the server put the run in. */
  project: string;
  /** The display name (the run id when there is none). */
  displayName: string;
  /** The run's web page ({@linkcode runUrl}). */
  url: string;
  /** Whether UpsertBucket created the run (false: it existed). */
  inserted: boolean;
}

/** The run the server calls are about. */
export interface RunTarget {
  /** The run id. */
  readonly runId: string;
  /** The run's entity. */
  readonly entity: string;
  /** The run's project. */
  readonly project: string;
}

/** Options of {@linkcode RunUpdates}. */
export interface RunUpdatesOptions {
  /** The client UpsertBucket goes through. */
  gql: GraphQLClient;
  /** The run's `files/` directory (`wandb-metadata.json` gives the program and git). */
  filesDir: string;
  /** Overrides the entity (sync `--entity`). */
  entity?: string;
  /** Overrides the project (sync `--project`). */
  project?: string;
  /** Seconds between config UpsertBuckets. @default 30 */
  configDebounceSeconds?: number;
  /** Debug-log sink. */
  log?: (level: "info" | "warn" | "error", message: string) => void;
}

/** The run's state on its way to UpsertBucket. */
export class RunUpdates implements RunTarget {
  /** The run id. */
  runId = "";
  /** The run's entity (the server's name for it once the run started). */
  entity = "";
  /** The run's project (the server's name for it once the run started). */
  project = "";
  /** The display name ("" while none is known). */
  displayName = "";
  /** Run attributes for UpsertBucket. */
  run: RunInfo = {};
  /** A config change not sent yet. */
  configDirty = false;
  /** A run change (name, tags, ...) not sent yet. */
  runDirty = false;
  #o: RunUpdatesOptions;
  /** The run config (plain values; UpsertBucket and checkpoints wrap each key). */
  #config: Record<string, unknown> = {};
  /** The defined metrics, sent as the config's `_wandb.m`. */
  #metrics = new MetricsConfig();
  #sawRun = false;
  #started = false;
  #lastConfig = 0;

  /**
   * Creates the state, empty or as a checkpoint saved it.
   *
   * @param options the client, files directory, overrides and debounce
   * @param checkpoint where a previous sender stopped
   */
  constructor(options: RunUpdatesOptions, checkpoint?: Checkpoint) {
    this.#o = options;
    const c = checkpoint;
    if (!c) return;
    this.runId = c.runId;
    this.entity = c.entity;
    this.project = c.project;
    this.displayName = c.displayName;
    this.run = c.run;
    this.#sawRun = true;
    this.#config = unwrapConfig(c.config);
    this.configDirty = c.configDirty;
    this.runDirty = c.runDirty ?? false;
  }

  /** The config as a checkpoint keeps it (each key's `{ desc, value }`). */
  get wrappedConfig(): Record<string, { desc: null; value: unknown }> {
    return wrapConfig(this.#config);
  }

  // --- records ---------------------------------------------------------------------------------

  /**
   * A run record: the first fills the run, a later one is an update (run.name/notes/tags/...
   * set) that carries every field, so an empty one clears it.
   *
   * @param r the record's `run`
   * @returns `"run"`: the sender starts the run on the server if it has not yet
   */
  onRun(r: wandb_internal.IRunRecord): "run" {
    this.runId ||= r.runId ?? "";
    this.entity = this.#o.entity ?? (this.entity || (r.entity ?? ""));
    this.project = this.#o.project ?? (this.project || (r.project ?? ""));
    if (r.displayName) this.displayName = r.displayName;
    const run = this.run;
    const update = this.#sawRun;
    this.#sawRun = true;
    if (update || r.runGroup) run.group = r.runGroup || undefined;
    if (update || r.jobType) run.jobType = r.jobType || undefined;
    if (update || r.notes) run.notes = r.notes ?? "";
    if (update || r.tags?.length) run.tags = [...(r.tags ?? [])];
    if (r.host) run.host = r.host;
    if (r.sweepId) run.sweep = r.sweepId;
    if (r.git?.commit) run.commit = r.git.commit;
    if (r.git?.remoteUrl) run.repo = r.git.remoteUrl;
    const start = tsMs(r.startTime);
    if (start !== undefined && run.startSeconds === undefined) run.startSeconds = start / 1000;
    if (r.config) applyItems(this.#config, r.config);
    if (this.#started) this.runDirty = true;
    return "run";
  }

  /**
   * A config record: applied, sent with the next (debounced) update.
   *
   * @param c the record's `config`
   */
  onConfig(c: wandb_internal.IConfigRecord): void {
    applyItems(this.#config, c);
    this.configDirty = true;
  }

  /**
   * A metric record (`run.defineMetric`). A glob's expansion (the Worker's, or the official
   * client's handler's) is listed from the history keys themselves, with the glob's options, as
   * the official client's live `m` has it.
   *
   * @param m the record's `metric`
   */
  onMetric(m: wandb_internal.IMetricRecord): void {
    if (m.expandedFromGlob) return;
    if (this.#metrics.define(m)) this.#metricsChanged();
  }

  /**
   * A history record: while globs are defined, lists the keys they match.
   *
   * @param bytes the encoded record
   */
  onHistory(bytes: Uint8Array): void {
    if (!this.#metrics.hasGlobs) return;
    const items = decodeRecord(bytes).history?.item ?? [];
    if (this.#metrics.observe(items.map(itemMetricName)).length > 0) this.#metricsChanged();
  }

  // --- server calls ----------------------------------------------------------------------------

  /**
   * Creates (or finds) the run on the server with every run field.
   *
   * @returns where the server put the run
   * @throws {CommError} when the server cannot be reached or refuses
   */
  async start(): Promise<StartInfo> {
    const info = await this.#upsert(true);
    this.#lastConfig = Date.now();
    this.#started = true;
    return info;
  }

  /**
   * Whether an update is due: a run change at once, a config change once the debounce passed.
   *
   * @param now the time, ms
   */
  due(now: number): boolean {
    if (!this.runDirty && !this.configDirty) return false;
    return this.runDirty ||
      now - this.#lastConfig >= (this.#o.configDebounceSeconds ?? 30) * 1000;
  }

  /**
   * A config/run update. A server that refuses it (a 4xx, e.g. a config too large) costs the
   * update, not the run: said in the debug log, and the stream goes on. Outages still stop it.
   *
   * @param full send every run field, not only the config
   * @throws {CommError} when the server cannot be reached
   */
  async update(full: boolean): Promise<void> {
    try {
      await this.#upsert(full);
    } catch (err) {
      const refused = err instanceof CommError && !err.retryable && err.code !== "comm/gave-up" &&
        err.code !== "comm/aborted";
      if (!refused) throw err;
      this.configDirty = false;
      this.#o.log?.("warn", `run update refused, going on without it: ${err.message}`);
    }
  }

  /**
   * The last update of a run that ends: what is still dirty, with every run field when a run
   * update was read after the loop stopped sending them (always in sync) or the program became
   * known late (the probe finished after the start).
   */
  async finish(): Promise<void> {
    const hadProgram = this.run.program !== undefined;
    this.#fillFromMetadata();
    const learned = !hadProgram && this.run.program !== undefined;
    const full = learned || this.runDirty;
    if (this.configDirty || full) await this.update(full);
  }

  /**
   * Program and git commit/remote for UpsertBucket come from the run's `wandb-metadata.json`
   * (the probe writes it; RunRecord carries no program). Until it exists they stay unset.
   */
  #fillFromMetadata(): void {
    const run = this.run;
    if (run.program !== undefined && run.commit !== undefined) return;
    try {
      const m = JSON.parse(Deno.readTextFileSync(`${this.#o.filesDir}/wandb-metadata.json`)) as {
        program?: string;
        git?: { remote?: string | null; commit?: string | null };
      };
      run.program ??= m.program;
      run.commit ??= m.git?.commit ?? undefined;
      run.repo ??= m.git?.remote ?? undefined;
    } catch {
      // not written yet (the first UpsertBucket races the probe), or not readable
    }
  }

  async #upsert(full: boolean): Promise<StartInfo> {
    const run = this.run;
    if (full) this.#fillFromMetadata();
    const vars: Record<string, unknown> = {
      name: this.runId,
      entity: this.entity || null,
      project: this.project || null,
      config: JSON.stringify(wrapConfig(this.#configWithMetrics())),
    };
    if (full) {
      Object.assign(vars, {
        groupName: run.group,
        jobType: run.jobType,
        displayName: this.displayName || undefined,
        notes: run.notes,
        tags: run.tags,
        host: run.host,
        sweep: run.sweep,
        commit: run.commit,
        repo: run.repo,
        program: run.program,
      });
    }
    this.configDirty = false;
    this.runDirty = false;
    this.#lastConfig = Date.now();
    let data;
    try {
      data = await this.#o.gql.request<{
        upsertBucket: {
          bucket: {
            name: string;
            displayName: string | null;
            project: { name: string; entity: { name: string } };
          };
          inserted: boolean;
        };
      }>(UPSERT_BUCKET, vars);
    } catch (err) {
      this.configDirty = true;
      throw err;
    }
    const bucket = data.upsertBucket.bucket;
    this.entity = bucket.project.entity.name;
    this.project = bucket.project.name;
    if (bucket.displayName) this.displayName = bucket.displayName;
    return {
      runId: bucket.name,
      entity: this.entity,
      project: this.project,
      displayName: this.displayName || bucket.name,
      url: runUrl(this.#o.gql.baseUrl, this.entity, this.project, bucket.name),
      inserted: data.upsertBucket.inserted,
    };
  }

  /** The config's `_wandb.m` follows the defined metrics; the next run update sends it. */
  #metricsChanged(): void {
    this.#config = this.#configWithMetrics();
    this.configDirty = true;
  }

  /**
   * The config with `_wandb.m` set from the defined metrics (a later run record's config may
   * have replaced `_wandb`); as it is when no metric was read (a checkpoint may hold them).
   */
  #configWithMetrics(): Record<string, unknown> {
    if (this.#metrics.list.length === 0) return this.#config;
    const w = this.#config._wandb;
    const wandb = w !== null && typeof w === "object" && !Array.isArray(w) ? w : {};
    return { ...this.#config, _wandb: { ...wandb, m: this.#metrics.list.map((e) => ({ ...e })) } };
  }
}

/**
 * The web address of a run: W&B's app for `api.*` hosts, else the server itself (ours serves its
 * UI at the same origin).
 *
 * @param baseUrl the server's base URL
 * @param entity the run's entity
 * @param project the run's project
 * @param runId the run id
 * @returns the run page's URL
 * @example
 * ```ts
 * import { runUrl } from "./run_updates.ts";
 * console.assert(runUrl("https://api.wandb.ai", "e", "p", "r") === "https://wandb.ai/e/p/runs/r");
 * console.assert(runUrl("http://127.0.0.1:8080", "e", "p", "r") === "http://127.0.0.1:8080/e/p/runs/r");
 * ```
 */
export function runUrl(baseUrl: string, entity: string, project: string, runId: string): string {
  let app = baseUrl;
  try {
    const u = new URL(baseUrl);
    if (u.hostname.startsWith("api.")) {
      u.hostname = u.hostname.slice(4);
      app = u.origin;
    }
  } catch {
    // keep as is
  }
  const enc = encodeURIComponent;
  return `${app}/${enc(entity)}/${enc(project)}/runs/${enc(runId)}`;
}

/**
 * Milliseconds since the epoch of a protobuf Timestamp, or undefined for none.
 *
 * @param t the timestamp (seconds as a number or a Long)
 * @returns the time in ms
 */
export function tsMs(
  t: { seconds?: number | { toNumber(): number } | null; nanos?: number | null } | null | undefined,
): number | undefined {
  if (!t) return undefined;
  const s = t.seconds ?? 0;
  return (typeof s === "number" ? s : s.toNumber()) * 1000 + (t.nanos ?? 0) / 1e6;
}

/** UpsertBucket's config shape: each top-level key as `{ desc, value }`. */
function wrapConfig(
  config: Record<string, unknown>,
): Record<string, { desc: null; value: unknown }> {
  const out: Record<string, { desc: null; value: unknown }> = {};
  for (const [k, value] of Object.entries(config)) out[k] = { desc: null, value };
  return out;
}

/** The plain config of a checkpoint's wrapped one. */
function unwrapConfig(wrapped: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(wrapped)) {
    out[k] = v !== null && typeof v === "object" && "value" in v
      ? (v as { value: unknown }).value
      : v;
  }
  return out;
}
