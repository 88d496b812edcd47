/**
 * The viewer (the user an API key belongs to): W&B's public-API `Viewer` query and its answer
 * turned into a {@linkcode Viewer}. `PublicClient` asks it once and keeps it; `Api.viewer` and the
 * default entity both read that one answer.
 *
 * @example
 * ```ts
 * import { toViewer } from "./viewer.ts";
 * const v = toViewer({ viewer: { id: "1", entity: "me", flags: '{"a": 1}' } });
 * console.assert(v.entity === "me" && v.flags.a === 1 && v.teams.length === 0);
 * ```
 * @module
 */
import { parseObject } from "./_json.ts";
import { ApiError } from "./errors.ts";

/** The viewer (the user the key belongs to). */
export interface Viewer {
  /** The server's id of the user. */
  id: string;
  /** The user's own entity (the default for short paths). */
  entity: string;
  /** User name. */
  username: string | null;
  /** Email, when the server shares it. */
  email: string | null;
  /** Whether the user is an administrator of the server. */
  admin: boolean;
  /** Feature flags. */
  flags: Record<string, unknown>;
  /** Teams (other entities) the viewer belongs to. */
  teams: string[];
}

/** `Viewer` as the public API sends it. */
export const VIEWER_QUERY = `query Viewer {
  viewer {
    id entity username email flags admin
    apiKeys { edges { node { id name description } } }
    teams { edges { node { name } } }
  }
}`;

/** The `data` of {@linkcode VIEWER_QUERY}. */
export interface ViewerData {
  viewer: {
    id: string;
    entity: string;
    username?: string | null;
    email?: string | null;
    admin?: boolean | null;
    flags?: string | null;
    teams?: { edges: { node: { name: string } | null }[] } | null;
  } | null;
}

/**
 * The {@linkcode Viewer} of a `Viewer` answer.
 *
 * @throws {ApiError} `api/not-found` when the server returned no viewer for the key
 * @example
 * ```ts
 * import { toViewer } from "./viewer.ts";
 * console.assert(toViewer({ viewer: { id: "1", entity: "me" } }).admin === false);
 * ```
 */
export function toViewer({ viewer: v }: ViewerData): Viewer {
  if (!v) throw new ApiError("api/not-found", "The server returned no viewer for this key");
  return {
    id: v.id,
    entity: v.entity,
    username: v.username ?? null,
    email: v.email ?? null,
    admin: v.admin ?? false,
    flags: parseObject(v.flags),
    teams: (v.teams?.edges ?? []).flatMap((e) => e.node ? [e.node.name] : []),
  };
}
