/**
 * Opaque GraphQL ids, shaped as W&B's: base64 of `<Type>:v1:<parts joined by ":">`. A run is
 * `base64("Run:v1:<name>:<project>:<entity>")` and a project `base64("Project:v1:<name>:<entity>")`,
 * so ids survive a store rebuild and never expose storage row numbers. Entity and project names
 * must not contain `:` (W&B forbids it too); a run name may.
 *
 * @example
 * ```ts
 * import { decodeRunId, encodeRunId } from "./ids.ts";
 * const id = encodeRunId("me", "proj", "abc123");
 * console.assert(decodeRunId(id).name === "abc123");
 * ```
 * @module
 */
import { GraphqlApiError } from "./errors.ts";
import { b64, unb64 } from "../store/_base64.ts";

/** A run's address. */
export interface RunRef {
  /** Entity (user or team) name. */
  entity: string;
  /** Project name. */
  project: string;
  /** The run id chosen by the client. */
  name: string;
}

/**
 * The opaque id of a run (`Run.id`, `runID`, `bucket.id`).
 *
 * @example
 * ```ts
 * import { encodeRunId } from "./ids.ts";
 * console.assert(atob(encodeRunId("e", "p", "r")) === "Run:v1:r:p:e");
 * ```
 */
export function encodeRunId(entity: string, project: string, name: string): string {
  return b64(`Run:v1:${name}:${project}:${entity}`);
}

/**
 * Decodes {@link encodeRunId}.
 *
 * @throws {GraphqlApiError} `graphql/bad-id` when `id` is not a run id
 * @example
 * ```ts
 * import { decodeRunId, encodeRunId } from "./ids.ts";
 * console.assert(decodeRunId(encodeRunId("e", "p", "a:b")).name === "a:b");
 * ```
 */
export function decodeRunId(id: string): RunRef {
  const text = unb64(id);
  const prefix = "Run:v1:";
  if (text?.startsWith(prefix)) {
    const rest = text.slice(prefix.length);
    const e = rest.lastIndexOf(":");
    const p = e > 0 ? rest.lastIndexOf(":", e - 1) : -1;
    if (p > 0 && e > p + 1 && e < rest.length - 1) {
      return { name: rest.slice(0, p), project: rest.slice(p + 1, e), entity: rest.slice(e + 1) };
    }
  }
  throw new GraphqlApiError(
    "graphql/bad-id",
    `Invalid run id ${JSON.stringify(id)}; pass the Run.id (or bucket.id) this server returned`,
  );
}

/**
 * The opaque id of another object type, e.g. `encodeId("Project", name, entity)`.
 *
 * @example
 * ```ts
 * import { encodeId } from "./ids.ts";
 * console.assert(atob(encodeId("Project", "p", "e")) === "Project:v1:p:e");
 * ```
 */
export function encodeId(type: string, ...parts: (string | number)[]): string {
  return b64(`${type}:v1:${parts.join(":")}`);
}
