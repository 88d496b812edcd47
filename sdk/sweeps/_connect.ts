/**
 * The connection every sweep and launch call makes: settings resolved as `init()` resolves them
 * (env, settings files, the call's entity/project), the key from `WANDB_API_KEY` or netrc, and the
 * one GraphQL client with the settings' retry policy and timeout.
 *
 * @module
 */
import { GraphQLClient } from "../../net/graphql.ts";
import { resolveCredentials } from "../../net/credentials.ts";
import { cliCommand } from "../../cli/command.ts";
import { UsageError } from "../errors.ts";
import { policies } from "../online.ts";
import { resolveSettings, type Settings } from "../settings.ts";

/** A ready connection and the defaults it was resolved with. */
export interface SweepConnection {
  gql: GraphQLClient;
  baseUrl: string;
  /** The key the client sends. */
  apiKey: string;
  /** The entity given or set (undefined: the server's default for the key). */
  entity?: string;
  /** The project given or set, else "uncategorized". */
  project: string;
  settings: Settings;
}

/** What {@linkcode connect} is given; unset fields come from the environment and settings. */
export interface ConnectOptions {
  /** The entity. */
  entity?: string;
  /** The project. */
  project?: string;
  /** Server root. */
  baseUrl?: string;
  /** API key (over `WANDB_API_KEY` and netrc). */
  apiKey?: string;
  /** Environment to read. @default the process's */
  env?: Record<string, string>;
  /** Stops pending retries. */
  signal?: AbortSignal;
}

/**
 * Connects with the resolved settings.
 *
 * @throws {UsageError} `sweep/no-key` when no API key is found (the message names `login`)
 */
export function connect(given: ConnectOptions = {}): SweepConnection {
  const init: Record<string, string> = {};
  if (given.entity) init.entity = given.entity;
  if (given.project) init.project = given.project;
  if (given.baseUrl) init.base_url = given.baseUrl;
  const resolved = resolveSettings({ init, env: given.env });
  const settings = resolved.settings;
  const creds = resolveCredentials({
    baseUrl: settings.base_url,
    apiKey: given.apiKey ?? settings.api_key,
    env: given.env,
  });
  if (!creds.apiKey) {
    throw new UsageError(
      "sweep/no-key",
      `No API key for ${creds.baseUrl}: run \`${
        cliCommand("login", "--host", creds.baseUrl)
      }\` or set WANDB_API_KEY`,
    );
  }
  const p = policies(settings);
  const gql = new GraphQLClient({
    baseUrl: creds.baseUrl,
    apiKey: creds.apiKey,
    timeoutMs: p.graphqlTimeoutMs,
    retry: p.graphqlPolicy,
    signal: given.signal,
  });
  return {
    gql,
    baseUrl: creds.baseUrl,
    apiKey: creds.apiKey,
    entity: settings.entity,
    project: settings.project,
    settings,
  };
}

/**
 * The web address of a sweep: W&B's app for `api.*` hosts, else the server itself.
 */
export function sweepUrl(baseUrl: string, entity: string, project: string, id: string): string {
  let app = baseUrl.replace(/\/+$/, "");
  try {
    const u = new URL(app);
    if (u.hostname.startsWith("api.")) {
      u.hostname = u.hostname.slice(4);
      app = u.origin;
    }
  } catch {
    // keep as is
  }
  const enc = encodeURIComponent;
  return `${app}/${enc(entity)}/${enc(project)}/sweeps/${enc(id)}`;
}
