/**
 * The file_stream endpoint (server-api.md §5): `POST /files/<entity>/<project>/<run>/file_stream`
 * with `{"files": {<name>: {"offset", "content": [...]}}, "complete", "exitcode", "preempting"}`.
 * Lines are stored at `offset + i` (a resent chunk overwrites, never duplicates); history rows are
 * indexed by step; the summary line replaces the summary; events and console lines keep their
 * order; `complete` sets finished/failed (killed for a run stopped with `stopRun`, which the answer
 * tells the client as `"stopped": true`); `preempting` is recorded; every post is a heartbeat.
 *
 * @example
 * ```ts ignore
 * const res = handleFileStream(store, user, { entity, project, run }, bodyText);
 * ```
 * @module
 */
import type { Store, User } from "./store/mod.ts";
import { HttpError } from "./http_error.ts";
import { requireEntity } from "./auth.ts";

/** Where a post goes. */
export interface FileStreamTarget {
  entity: string;
  project: string;
  run: string;
}

interface FileChunk {
  offset: number;
  content: string[];
}

/**
 * Applies one file_stream post.
 *
 * @returns the response body W&B clients expect
 * @throws {HttpError} 400 naming the bad field, 403 for another user's entity
 */
export function handleFileStream(
  store: Store,
  user: User,
  target: FileStreamTarget,
  bodyText: string,
  now: Date = new Date(),
): Record<string, unknown> {
  requireEntity(store, user, target.entity);
  let body: unknown;
  try {
    body = bodyText.trim() === "" ? {} : JSON.parse(bodyText);
  } catch {
    throw new HttpError(400, "file_stream/json", "Request body is not JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new HttpError(400, "file_stream/body", "Request body must be a JSON object");
  }
  const b = body as Record<string, unknown>;
  const files = validateFiles(b.files);
  // One transaction per post: its writes commit together (one WAL commit instead of one per
  // file and another for the heartbeat), and a rejected chunk leaves nothing half-applied.
  return store.transaction(() => {
    const run = store.getRun(target.entity, target.project, target.run) ??
      store.upsertRun(target.entity, target.project, target.run).run;
    for (const [name, chunk] of files) {
      switch (name) {
        case "wandb-history.jsonl":
          store.appendHistory(run.id, chunk.offset, chunk.content);
          break;
        case "wandb-events.jsonl":
          store.appendEvents(run.id, chunk.offset, chunk.content);
          break;
        case "wandb-summary.json":
          if (chunk.content.length > 0) {
            store.setSummary(run.id, chunk.content[chunk.content.length - 1]!);
          }
          break;
        case "output.log":
          store.appendOutput(run.id, chunk.offset, chunk.content);
          break;
        default:
          break; // other files are uploaded, not streamed
      }
    }
    if (b.complete === true) {
      const code = typeof b.exitcode === "number" ? b.exitcode : 0;
      // A run stopped from the server ends "killed", however its program exits.
      const state = run.stopped ? "killed" : code === 0 ? "finished" : "failed";
      store.updateRun(run.id, { state, exitcode: code });
    } else if (b.preempting === true) {
      store.updateRun(run.id, { state: "preempting" });
    } else if (run.state !== "running") {
      // Data from a run that had ended (resumed) or lost its heartbeat: it is running (again).
      store.updateRun(run.id, { state: "running", heartbeatAt: now.toISOString() });
    } else {
      store.updateRun(run.id, { heartbeatAt: now.toISOString() });
    }
    // Newer W&B clients read `stopped` here as well as from RunStoppedStatus (§4.3, §5.6).
    return run.stopped
      ? { exitcode: null, limits: {}, stopped: true }
      : { exitcode: null, limits: {} };
  });
}

function validateFiles(files: unknown): Array<[string, FileChunk]> {
  if (files === undefined || files === null) return [];
  if (typeof files !== "object" || Array.isArray(files)) {
    throw new HttpError(
      400,
      "file_stream/files",
      '"files" must be an object of file name → {offset, content}',
    );
  }
  const out: Array<[string, FileChunk]> = [];
  for (const [name, chunk] of Object.entries(files as Record<string, unknown>)) {
    const c = chunk as { offset?: unknown; content?: unknown } | null;
    if (!c || typeof c !== "object") {
      throw new HttpError(400, "file_stream/files", `"files.${name}" must be an object`);
    }
    if (!Number.isSafeInteger(c.offset) || (c.offset as number) < 0) {
      throw new HttpError(
        400,
        "file_stream/offset",
        `"files.${name}.offset" must be a non-negative integer`,
      );
    }
    if (!Array.isArray(c.content) || !c.content.every((l) => typeof l === "string")) {
      throw new HttpError(
        400,
        "file_stream/content",
        `"files.${name}.content" must be a list of strings`,
      );
    }
    out.push([name, { offset: c.offset as number, content: c.content as string[] }]);
  }
  return out;
}
