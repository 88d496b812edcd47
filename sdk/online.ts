/**
 * What an online run needs before its Worker starts: the server and key (WANDB_API_KEY, netrc,
 * settings), the retry policies from settings, and for `resume` the RunResumeStatus answer turned
 * into W&B's decision (allow / must / never / auto) plus where the run left off.
 *
 * Permissions: `--allow-net` to the server, `--allow-read` of the netrc file.
 *
 * @example
 * ```ts ignore
 * const plan = await planOnline(settings, wandbDir);
 * if (plan.kind === "offline") console.log(plan.message);
 * ```
 * @module
 */
import {
  FILE_STREAM_POLICY,
  GRAPHQL_POLICY,
  GraphQLClient,
  resolveCredentials,
  type RetryPolicy,
} from "../net/mod.ts";
import { parseValueJson } from "../proto/value_json.ts";
import type { OnlineStart } from "../proto/worker_protocol.ts";
import { UsageError } from "./errors.ts";
import type { Settings } from "./settings.ts";
import { cliCommand } from "../cli/command.ts";

/** The resume query of W&B's sender (server-api.md §6). */
export const RUN_RESUME_STATUS =
  `query RunResumeStatus($project: String, $entity: String, $name: String!) { model(name: $project, entityName: $entity) { id name entity { id name } bucket(name: $name, missingOk: true) { id name summaryMetrics displayName logLineCount historyLineCount eventsLineCount historyTail eventsTail config tags notes } } }`;

/** A resumed run's past, as the SDK uses it. */
export interface Resumed {
  startingStep: number;
  /** Unwrapped config values of the earlier run. */
  config: Record<string, unknown>;
  summary: Record<string, unknown>;
  /** Seconds the earlier run(s) ran. */
  runtime: number;
  tags?: string[];
  /** The earlier run's notes. */
  notes?: string;
}

/** The plan for an online run. */
export type OnlinePlan =
  | { kind: "online"; start: OnlineStart; resumed?: Resumed; runId: string }
  | { kind: "offline"; message: string };

/** How the sender talks to the server, from settings (W&B defaults where unset). */
export interface SendPolicies {
  graphqlPolicy: RetryPolicy;
  fileStreamPolicy: RetryPolicy;
  graphqlTimeoutMs: number;
  fileStreamTimeoutMs: number;
}

/**
 * The sender's retry policies and timeouts from settings; the field names are those of the
 * Worker's start message and of the `Sender` options, so both take them as they are.
 *
 * @example
 * ```ts
 * import { policies } from "./online.ts";
 * import { resolveSettings } from "./settings.ts";
 * const s = resolveSettings({ env: { WANDB_X_FILE_STREAM_RETRY_MAX: "3" }, files: false });
 * console.assert(policies(s.settings).fileStreamPolicy.maxRetries === 3);
 * ```
 */
export function policies(s: Settings): SendPolicies {
  const ms = (v: number | undefined, d: number) => v === undefined ? d : v * 1000;
  return {
    graphqlPolicy: {
      maxRetries: s.x_graphql_retry_max ?? GRAPHQL_POLICY.maxRetries,
      minDelayMs: ms(s.x_graphql_retry_wait_min_seconds, GRAPHQL_POLICY.minDelayMs),
      maxDelayMs: ms(s.x_graphql_retry_wait_max_seconds, GRAPHQL_POLICY.maxDelayMs),
      budgetMs: GRAPHQL_POLICY.budgetMs,
    },
    fileStreamPolicy: {
      maxRetries: s.x_file_stream_retry_max ?? FILE_STREAM_POLICY.maxRetries,
      minDelayMs: ms(s.x_file_stream_retry_wait_min_seconds, FILE_STREAM_POLICY.minDelayMs),
      maxDelayMs: ms(s.x_file_stream_retry_wait_max_seconds, FILE_STREAM_POLICY.maxDelayMs),
    },
    graphqlTimeoutMs: ms(s.x_graphql_timeout_seconds, 20_000),
    fileStreamTimeoutMs: ms(s.x_file_stream_timeout_seconds, 180_000),
  };
}

/**
 * Resolves the server, key and resume state of an online run.
 *
 * @param settings resolved settings (`mode` is online)
 * @param wandbDir the `wandb/` directory (for `wandb-resume.json` with resume `auto`)
 * @param explicitId whether the run id was given (else `auto` takes it from wandb-resume.json)
 * @throws {UsageError} `run/resume-must` / `run/resume-never` for W&B's resume conflicts
 */
export async function planOnline(
  settings: Settings,
  wandbDir: string,
  explicitId: boolean,
): Promise<OnlinePlan> {
  const creds = resolveCredentials({ baseUrl: settings.base_url, apiKey: settings.api_key });
  if (!creds.apiKey) {
    return {
      kind: "offline",
      message: `no API key for ${creds.baseUrl}: run \`${
        cliCommand("login", "--host", creds.baseUrl)
      }\` or set WANDB_API_KEY; this run is saved offline`,
    };
  }
  const p = policies(settings);
  const initTimeoutMs = settings.init_timeout * 1000;
  const start: OnlineStart = {
    baseUrl: creds.baseUrl,
    apiKey: creds.apiKey,
    ...p,
    initTimeoutMs,
    transmitIntervalSeconds: settings.x_file_stream_transmit_interval,
    stopPollSeconds: settings.x_stop_polling_interval,
  };
  let runId = settings.run_id;
  const mode = settings.resume;
  if (!mode) return { kind: "online", start, runId };
  if (mode === "auto" && !explicitId) {
    try {
      const saved = JSON.parse(Deno.readTextFileSync(`${wandbDir}/wandb-resume.json`));
      if (typeof saved.run_id === "string") runId = saved.run_id;
    } catch {
      // nothing to resume: a new run
    }
  }
  const gql = new GraphQLClient({
    baseUrl: creds.baseUrl,
    apiKey: creds.apiKey,
    timeoutMs: p.graphqlTimeoutMs,
    retry: { ...p.graphqlPolicy, budgetMs: initTimeoutMs },
  });
  let data: { model: { entity: { name: string }; bucket: Bucket | null } | null };
  try {
    data = await gql.request(RUN_RESUME_STATUS, {
      project: settings.project,
      entity: settings.entity,
      name: runId,
    });
  } catch (err) {
    return {
      kind: "offline",
      message: `could not ask ${creds.baseUrl} about run ${runId} to resume it: ${
        (err as Error).message
      }; this run is saved offline`,
    };
  }
  const bucket = data.model?.bucket ?? null;
  const where = `${
    data.model?.entity.name ?? settings.entity ?? "(default entity)"
  }/${settings.project}`;
  if (!bucket) {
    if (mode === "must") {
      throw new UsageError(
        "run/resume-must",
        `resume="must" but run ${runId} does not exist in ${where}; check the run id, or use resume="allow"`,
      );
    }
    return { kind: "online", start, runId };
  }
  if (mode === "never") {
    throw new UsageError(
      "run/resume-never",
      `resume="never" but run ${runId} already exists in ${where}; pick a new id, or use resume="allow"`,
    );
  }
  const resumed = resumedFrom(bucket);
  start.resume = {
    lines: {
      history: bucket.historyLineCount ?? 0,
      events: bucket.eventsLineCount ?? 0,
      output: bucket.logLineCount ?? 0,
    },
    summary: resumed.summary,
  };
  return { kind: "online", start, resumed, runId };
}

interface Bucket {
  summaryMetrics: string | null;
  historyLineCount: number | null;
  eventsLineCount: number | null;
  logLineCount: number | null;
  historyTail: string | null;
  eventsTail: string | null;
  config: string | null;
  tags: string[] | null;
  /** Absent from older servers' answers. */
  notes?: string | null;
}

/**
 * W&B's resume arithmetic (server-api.md §6): the next step after the last history row, the
 * earlier runtime, the unwrapped config and the summary.
 *
 * @example
 * ```ts
 * import { resumedFrom } from "./online.ts";
 * const r = resumedFrom({ historyLineCount: 16, historyTail: '["{\\"_step\\": 15, \\"_runtime\\": 60}"]',
 *   eventsTail: null, summaryMetrics: '{"loss": 1}', config: '{"lr": {"value": 0.1, "desc": null}}',
 *   eventsLineCount: 0, logLineCount: 0, tags: null });
 * console.assert(r.startingStep === 16 && r.runtime === 60 && r.config.lr === 0.1);
 * ```
 */
export function resumedFrom(b: Bucket): Resumed {
  const lastRow = (tail: string | null): Record<string, unknown> => {
    try {
      const rows = JSON.parse(tail ?? "[]") as string[];
      const last = rows[rows.length - 1];
      return last ? parseValueJson(last) as Record<string, unknown> : {};
    } catch {
      return {};
    }
  };
  const h = lastRow(b.historyTail);
  const e = lastRow(b.eventsTail);
  const step = typeof h._step === "number" ? h._step : 0;
  const startingStep = (b.historyLineCount ?? 0) > 0 ? step + 1 : step;
  let summary: Record<string, unknown> = {};
  try {
    summary = JSON.parse(b.summaryMetrics ?? "{}") ?? {};
  } catch {
    // unreadable summary: start empty
  }
  const wandbRuntime = (summary._wandb as { runtime?: unknown } | undefined)?.runtime;
  const runtime = Math.max(
    typeof h._runtime === "number" ? h._runtime : 0,
    typeof e._runtime === "number" ? e._runtime : 0,
    typeof wandbRuntime === "number" ? wandbRuntime : 0,
  );
  const config: Record<string, unknown> = {};
  try {
    const wrapped = JSON.parse(b.config ?? "{}") as Record<string, { value?: unknown }>;
    for (const [k, v] of Object.entries(wrapped ?? {})) {
      if (k === "_wandb" || k === "wandb_version") continue;
      config[k] = v && typeof v === "object" && "value" in v ? v.value : v;
    }
  } catch {
    // unreadable config: keep none
  }
  return {
    startingStep,
    config,
    summary,
    runtime,
    tags: b.tags ?? undefined,
    notes: b.notes ?? undefined,
  };
}
