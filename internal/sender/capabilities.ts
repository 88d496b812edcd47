/**
 * The capability probe W&B's clients send before they pick between newer and older operations
 * (server-api.md §3): `ProbeServerCapabilities` lists the fields of the Query, Mutation and
 * ServerInfo types by introspection. The sender uses it to choose `CreateRunFiles` or the legacy
 * `RunUploadUrls` up front; a server that does not answer the probe (introspection off, an old
 * proxy) leaves the choice to a try-and-fall-back.
 *
 * @example
 * ```ts ignore
 * const caps = await probeCapabilities(gql);
 * if (caps?.mutations.has("createRunFiles")) console.log("CreateRunFiles");
 * ```
 * @module
 */
import type { GraphQLClient } from "../../net/graphql.ts";

/** The probe as W&B's clients send it. */
export const PROBE_SERVER_CAPABILITIES =
  `query ProbeServerCapabilities { QueryType: __type(name: "Query") { fields { name } } MutationType: __type(name: "Mutation") { fields { name } } ServerInfoType: __type(name: "ServerInfo") { fields { name } } }`;

/** What the server's schema offers. */
export interface Capabilities {
  /** Field names of the schema's Query type. */
  queries: ReadonlySet<string>;
  /** Field names of the schema's Mutation type. */
  mutations: ReadonlySet<string>;
  /** Field names of the schema's ServerInfo type. */
  serverInfo: ReadonlySet<string>;
}

type TypeFields = { fields: { name: string }[] | null } | null;

/**
 * Sends the probe (a few quick retries: it must not hold a run up); undefined when the server
 * does not answer it.
 *
 * @example
 * ```ts ignore
 * const caps = await probeCapabilities(gql, { signal });
 * ```
 */
export async function probeCapabilities(
  gql: GraphQLClient,
  options: { signal?: AbortSignal; log?: (message: string) => void } = {},
): Promise<Capabilities | undefined> {
  try {
    const data = await gql.request<
      { QueryType: TypeFields; MutationType: TypeFields; ServerInfoType: TypeFields }
    >(PROBE_SERVER_CAPABILITIES, {}, {
      retry: { maxRetries: 2, minDelayMs: 500, maxDelayMs: 2000, budgetMs: 10_000 },
      signal: options.signal,
    });
    const names = (t: TypeFields) => new Set((t?.fields ?? []).map((f) => f.name));
    return {
      queries: names(data.QueryType),
      mutations: names(data.MutationType),
      serverInfo: names(data.ServerInfoType),
    };
  } catch (err) {
    options.log?.(`capability probe failed (${(err as Error).message}); choosing by trying`);
    return undefined;
  }
}
