/**
 * `launchAdd()`: puts a launch spec on a run queue for an agent (W&B's `launch_add`), and the
 * {@linkcode QueuedRun} that follows the item to its run.
 *
 * @example
 * ```ts ignore
 * const queued = await launchAdd({
 *   uri: "https://github.com/me/train.git",
 *   entryPoint: ["deno", "run", "-A", "train.ts"],
 *   resource: "local-process",
 *   queueName: "default",
 * });
 * const run = await queued.waitUntilFinished();
 * console.log(run.state);
 * ```
 * @module
 */
import { Api } from "../apis/public/api.ts";
import type { Run } from "../apis/public/runs.ts";
import { sleep } from "../net/retry.ts";
import { fetchArtifact } from "../sdk/artifacts/remote.ts";
import { LaunchError } from "./errors.ts";
import { LaunchApi, type RunQueueItemInfo } from "./launch_api.ts";
import {
  constructLaunchSpec,
  LAUNCH_DEFAULT_PROJECT,
  type LaunchSpec,
  type LaunchSpecOptions,
  parseJobRef,
  validateLaunchSpec,
} from "./spec.ts";

/** Options of {@linkcode launchAdd}. */
export interface LaunchAddOptions extends Omit<LaunchSpecOptions, "defaultEntity"> {
  /** The queue. @default "default" */
  queueName?: string;
  /** The project that holds the queue. @default "model-registry" */
  projectQueue?: string;
  /** 0 (highest) to 4; needs a prioritized queue. */
  priority?: number;
  /** Values of the queue's template variables. */
  templateVariables?: Record<string, string | number>;
  /** Build an image first (not supported here: there is no builder). */
  build?: boolean;
  /** The server and key. @default {@linkcode LaunchApi.fromEnv} */
  api?: LaunchApi;
}

/**
 * Enqueues a launch.
 *
 * @param options the source (`uri` | `job` | `dockerImage`), overrides, queue
 * @returns the queued item
 * @throws {LaunchError} `launch/spec` (no or several sources, `build`), `launch/resource`,
 * `launch/job-not-found` (checked before the push), `launch/queue` (the push failed)
 * @example
 * ```ts ignore
 * const q = await launchAdd({ job: "me/proj/job-train:latest", queueName: "gpu", runConfig: { lr: 0.1 } });
 * console.log(q.id, await q.state());
 * ```
 */
export async function launchAdd(options: LaunchAddOptions): Promise<QueuedRun> {
  if (options.build) {
    throw new LaunchError(
      "launch/spec",
      "launchAdd({ build: true }) needs an image builder, which wandb-ts does not have; build the image yourself and pass dockerImage",
    );
  }
  const api = options.api ?? LaunchApi.fromEnv();
  const spec = constructLaunchSpec({
    ...options,
    defaultEntity: options.entity ?? await api.defaultEntity(),
  });
  const queueName = options.queueName ?? "default";
  const projectQueue = options.projectQueue ?? LAUNCH_DEFAULT_PROJECT;
  let templateVariables: Record<string, unknown> | undefined = options.templateVariables;
  if (spec.template_variables && typeof spec.template_variables === "object") {
    templateVariables = { ...spec.template_variables, ...templateVariables };
    delete spec.template_variables;
  }
  const err = validateLaunchSpec(spec);
  if (err) throw err;
  if (spec.job) await checkJob(api, spec);
  const res = await api.pushToRunQueue(
    queueName,
    spec,
    templateVariables,
    projectQueue,
    options.priority,
  );
  const updated = res.runSpec;
  if (updated?.resource_args) {
    spec.resource_args = updated.resource_args as LaunchSpec["resource_args"];
  }
  if (updated?.resource) spec.resource = updated.resource as string;
  return new QueuedRun(api, {
    entity: spec.queue_entity || spec.entity,
    project: spec.project,
    runEntity: spec.entity,
    queueName,
    projectQueue,
    id: res.runQueueItemId,
    priority: options.priority,
    spec,
  });
}

async function checkJob(api: LaunchApi, spec: LaunchSpec): Promise<void> {
  const { entity, project, name } = parseJobRef(spec.job!, spec);
  try {
    await fetchArtifact(api.gql, entity, project, name);
  } catch (err) {
    throw new LaunchError(
      "launch/job-not-found",
      `Unable to fetch job with name ${entity}/${project}/${name}: ${
        String((err as Error).message).split("\n")[0]
      }`,
      "agent",
      { cause: err },
    );
  }
}

/** Where a {@linkcode QueuedRun} is. */
export interface QueuedRunInfo {
  /** The queue's entity. */
  entity: string;
  /** The project the run goes to. */
  project: string;
  /** The entity the run goes to. */
  runEntity: string;
  /** The queue. */
  queueName: string;
  /** The project holding the queue. */
  projectQueue: string;
  /** The item id. */
  id: string;
  /** Its priority. */
  priority?: number;
  /** The spec as pushed. */
  spec?: LaunchSpec;
}

/** Options of the waits of {@linkcode QueuedRun}. */
export interface WaitOptions {
  /** Between polls. @default 2000 */
  intervalMs?: number;
  /** Stops waiting. */
  signal?: AbortSignal;
}

const ENDED = new Set(["finished", "failed", "crashed", "killed", "stopped"]);

/** An item on a run queue (W&B's `QueuedRun`). */
export class QueuedRun {
  readonly #api: LaunchApi;
  readonly #info: QueuedRunInfo;
  #run?: Run;

  /**
   * Follows an item.
   *
   * @param api the server
   * @param info where the item is
   */
  constructor(api: LaunchApi, info: QueuedRunInfo) {
    this.#api = api;
    this.#info = info;
  }

  /** The item id. */
  get id(): string {
    return this.#info.id;
  }

  /** The queue's name. */
  get queueName(): string {
    return this.#info.queueName;
  }

  /** The queue's entity. */
  get entity(): string {
    return this.#info.entity;
  }

  /** The project the run goes to. */
  get project(): string {
    return this.#info.project;
  }

  /** The project holding the queue. */
  get projectQueue(): string {
    return this.#info.projectQueue;
  }

  /** The spec as pushed, when this object pushed it. */
  get spec(): LaunchSpec | undefined {
    return this.#info.spec;
  }

  /**
   * The item as the server has it (`GetRunQueueItem`).
   *
   * @example
   * ```ts ignore
   * console.log((await queued.item())?.associatedRunId);
   * ```
   */
  async item(): Promise<RunQueueItemInfo | undefined> {
    const i = this.#info;
    return await this.#api.runQueueItem(i.entity, i.projectQueue, i.queueName, i.id);
  }

  /**
   * The item's state, lower-cased (`pending`, `leased`, `claimed`, `failed`, …).
   *
   * @throws {LaunchError} `launch/queue` when the item is gone
   * @example
   * ```ts ignore
   * console.log(await queued.state());
   * ```
   */
  async state(): Promise<string> {
    const item = await this.item();
    if (!item) {
      throw new LaunchError(
        "launch/queue",
        `Could not find queued run ${this.id} on queue ${this.queueName}; it was deleted`,
      );
    }
    return item.state.toLowerCase();
  }

  /**
   * Waits until an agent started the item's run, and returns the run.
   *
   * @throws {LaunchError} `launch/run-failed` when the item failed before its run started
   * @example
   * ```ts ignore
   * const run = await queued.waitUntilRunning();
   * ```
   */
  async waitUntilRunning(options: WaitOptions = {}): Promise<Run> {
    if (this.#run) return this.#run;
    const interval = options.intervalMs ?? 2000;
    const publicApi = this.#publicApi();
    for (;;) {
      const item = await this.item();
      if (item?.associatedRunId) {
        try {
          this.#run = await publicApi.run(
            `${this.#info.runEntity}/${this.#info.project}/${item.associatedRunId}`,
          );
          return this.#run;
        } catch {
          // acked, but the run has not called init yet
        }
      }
      if (item && item.state.toLowerCase() === "failed") {
        throw new LaunchError(
          "launch/run-failed",
          `Queued run ${this.id} on queue ${this.queueName} failed before its run started; see the queue's page for the error`,
          "agent",
        );
      }
      await sleep(interval, options.signal);
    }
  }

  /**
   * Waits until the item's run ended, and returns it (reloaded).
   *
   * @example
   * ```ts ignore
   * const run = await queued.waitUntilFinished();
   * console.log(run.state, run.summary.get("loss"));
   * ```
   */
  async waitUntilFinished(options: WaitOptions = {}): Promise<Run> {
    const run = await this.waitUntilRunning(options);
    const interval = options.intervalMs ?? 2000;
    for (;;) {
      await run.load(true);
      if (ENDED.has(run.state)) return run;
      await sleep(interval, options.signal);
    }
  }

  /**
   * Deletes the item from its queue.
   *
   * @example
   * ```ts ignore
   * await queued.delete();
   * ```
   */
  async delete(): Promise<void> {
    const i = this.#info;
    await this.#api.deleteFromRunQueue(i.entity, i.projectQueue, i.queueName, i.id);
  }

  #publicApi(): Api {
    return new Api({
      baseUrl: this.#api.baseUrl,
      apiKey: this.#api.apiKey,
      env: {},
    });
  }

  /** `<QueuedRun queue (id)>`. */
  toString(): string {
    return `<QueuedRun ${this.queueName} (${this.id})>`;
  }
}
