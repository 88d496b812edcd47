/**
 * Paths of projects and runs as `wandb.Api` accepts them. Runs: `entity/project/run_id`,
 * `project/run_id`, `run_id`, the web form `entity/project/runs/run_id` (a full URL too) and the
 * docker-like `entity/project:run_id`; missing parts come from the defaults. Projects:
 * `entity/project` or `project`.
 *
 * @example
 * ```ts
 * import { parseRunPath } from "./paths.ts";
 * const p = parseRunPath("https://wandb.ai/me/demo/runs/abc123");
 * console.assert(p.entity === "me" && p.project === "demo" && p.runId === "abc123");
 * ```
 * @module
 */
import { ApiError } from "./errors.ts";

/** A run path with its parts present or left to the defaults. */
export interface RunPathParts {
  /** Undefined: the default entity. */
  entity?: string;
  /** Undefined: the default project. */
  project?: string;
  /** The run id. */
  runId: string;
}

/** A project path with its entity present or left to the default. */
export interface ProjectPathParts {
  /** Undefined: the default entity. */
  entity?: string;
  /** The project name. */
  project: string;
}

const RUN_FORMS = '"entity/project/run_id", "project/run_id", "run_id" or ' +
  '"entity/project/runs/run_id"';

function badRunPath(path: string, why: string): ApiError {
  return new ApiError(
    "api/bad-path",
    `Bad run path ${JSON.stringify(path)}: ${why}; use ${RUN_FORMS}`,
  );
}

function stripUrl(path: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(path);
  if (!m) return path;
  return (m[1] ?? "").replace(/[?#].*$/, "");
}

/**
 * Splits a run path into its parts.
 *
 * @param path one of the forms of the module doc
 * @returns the parts; absent ones are left to the defaults
 * @throws {ApiError} `api/bad-path` for an empty path, an empty part or too many parts
 * @example
 * ```ts
 * import { parseRunPath } from "./paths.ts";
 * console.assert(parseRunPath("demo/abc").project === "demo");
 * console.assert(parseRunPath("me/demo:abc").runId === "abc");
 * ```
 */
export function parseRunPath(path: string): RunPathParts {
  if (typeof path !== "string") throw badRunPath(String(path), "not a string");
  let text = stripUrl(path.trim()).replace(/^\/+|\/+$/g, "");
  let parts = text.split("/");
  // The web form: entity/project/runs/id.
  if (parts.length === 4 && parts[2] === "runs") parts = [parts[0]!, parts[1]!, parts[3]!];
  text = parts.join("/");
  let runId: string;
  if (text.includes(":")) {
    const colon = text.lastIndexOf(":");
    runId = text.slice(colon + 1);
    parts = [...text.slice(0, colon).split("/"), runId];
  } else runId = parts.at(-1) ?? "";
  if (text === "") throw badRunPath(path, "it is empty");
  if (parts.length > 3) throw badRunPath(path, `it has ${parts.length} parts`);
  if (parts.some((p) => p === "")) throw badRunPath(path, "a part is empty");
  if (parts.length === 3) return { entity: parts[0]!, project: parts[1]!, runId };
  if (parts.length === 2) return { project: parts[0]!, runId };
  return { runId };
}

/**
 * Splits a project path (`entity/project` or `project`) into its parts.
 *
 * @param path the path
 * @returns the parts; an absent entity is left to the default
 * @throws {ApiError} `api/bad-path` for an empty path, an empty part or more than two parts
 * @example
 * ```ts
 * import { parseProjectPath } from "./paths.ts";
 * console.assert(parseProjectPath("me/demo").entity === "me");
 * console.assert(parseProjectPath("demo").entity === undefined);
 * ```
 */
export function parseProjectPath(path: string): ProjectPathParts {
  const text = stripUrl(String(path).trim()).replace(/^\/+|\/+$/g, "");
  const parts = text.split("/");
  const bad = (why: string) =>
    new ApiError(
      "api/bad-path",
      `Bad project path ${JSON.stringify(path)}: ${why}; use "entity/project" or "project"`,
    );
  if (text === "") throw bad("it is empty");
  if (parts.length > 2) throw bad(`it has ${parts.length} parts`);
  if (parts.some((p) => p === "")) throw bad("a part is empty");
  return parts.length === 2 ? { entity: parts[0]!, project: parts[1]! } : { project: parts[0]! };
}
