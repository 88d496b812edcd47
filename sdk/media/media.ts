/**
 * The base of W&B's rich media (`wandb.Image`, `Table`, `Histogram`, …) and how a logged value
 * becomes W&B's JSON: {@linkcode WBValue.bind} reads or encodes the value's bytes, names its file
 * `media/<kind>/<key>_<step>_<sha256[:20]>.<ext>` as the official client 0.30 does, and returns
 * the history value (`_type`, `path`, `sha256`, `size`, …). Nothing is written here: the files
 * are collected in a {@linkcode MediaBatch}, which the run writes only once the whole row is
 * valid, so a rejected row leaves no file behind.
 *
 * @example
 * ```ts
 * import { MediaBatch } from "./media.ts";
 * import { Histogram } from "./histogram.ts";
 * const batch = new MediaBatch();
 * const json = new Histogram([1, 2, 3]).bind({ key: "h", step: 0, keyPath: "h", batch });
 * console.assert(json._type === "histogram");
 * ```
 * @module
 */
import { createHash } from "node:crypto";

/** Stable codes of {@linkcode MediaError}. */
export type MediaErrorCode =
  | "media/shape"
  | "media/missing-file"
  | "media/unsupported-format"
  | "media/bad-value";

/** A media value that cannot be logged; names the key path in `run.log` when there is one. */
export class MediaError extends Error {
  /** Error class name. */
  override name = "MediaError";
  /**
   * @param code what went wrong
   * @param keyPath the key in `run.log` (empty outside `run.log`)
   * @param message one line ending with the fix
   */
  /** Creates the value; see the class for the arguments. */
  constructor(readonly code: MediaErrorCode, readonly keyPath: string, message: string) {
    super(keyPath ? `Cannot log "${keyPath}": ${message}` : message);
  }
}

/** One file a media value writes below the run's `files/`. */
export interface MediaFile {
  /** Path below `files/`, `/`-separated (`media/images/k_0_abc.png`). */
  path: string;
  /** The `bytes` field. */
  bytes: Uint8Array;
}

/**
 * A table to log as the official client's run-table artifact (`run-<run id>-<key>`, type
 * `run_table`): the artifact form `<key>.table.json` and the Image cells' files.
 */
export interface MediaTable {
  /** The history key the table was logged under. */
  key: string;
  /** The artifact's files by their paths in it. */
  entries: Map<string, Uint8Array>;
  /** The artifact's client id (`artifact_path` refers to it). */
  clientId: string;
  /** The artifact sequence's client id (`_latest_artifact_path` refers to it). */
  sequenceClientId: string;
}

/** What a value logged before was bound to, by the run (history) that logged it. */
const BOUND = new WeakMap<WBValue, { owner: object; json: Record<string, unknown> }>();

/** Files and config entries collected while one row is encoded. */
export class MediaBatch {
  /** Files to write below `files/` and announce with a FilesRecord (policy `now`). */
  readonly files: MediaFile[] = [];
  /** Tables to log as run-table artifacts. */
  readonly tables: MediaTable[] = [];
  /** Config entries (`_wandb.visualize.<key>` of custom charts): nested key → value. */
  readonly config: Array<{ path: string[]; value: unknown }> = [];
  /** Values bound in this row, remembered once the row is written ({@linkcode commit}). */
  readonly #pending = new Map<WBValue, Record<string, unknown>>();

  /** Who logs the values (one run's history): a value it logged before reuses its files. */
  readonly owner: object;

  /**
   * Creates an empty batch.
   *
   * @param owner who logs the values; the same owner's later batches reuse what this one bound
   */
  constructor(owner: object = {}) {
    this.owner = owner;
  }

  /** The JSON a value was bound to when the same owner logged it before, if it did. */
  reuse(v: WBValue): Record<string, unknown> | undefined {
    const pending = this.#pending.get(v);
    if (pending) return pending;
    const b = BOUND.get(v);
    return b && b.owner === this.owner ? b.json : undefined;
  }

  /** Notes that `v` was bound to `json` in this row, and returns `json`. */
  bound(v: WBValue, json: Record<string, unknown>): Record<string, unknown> {
    this.#pending.set(v, json);
    return json;
  }

  /** Called once the row's files are written: later rows reuse what this one bound. */
  commit(): void {
    for (const [v, json] of this.#pending) BOUND.set(v, { owner: this.owner, json });
  }
}

/** Where a value is bound: its key, the step, and the batch its files go to. */
export interface BindContext {
  /** The key the file is named after (nested keys joined with `.`). */
  key: string;
  /** The `step` field. */
  step: number;
  /** The key path named in errors. */
  keyPath: string;
  /** The `batch` field. */
  batch: MediaBatch;
}

/** A value W&B logs as JSON plus files (the official client's `WBValue`). */
export abstract class WBValue {
  /** W&B's `_type` of the history value. */
  abstract readonly logType: string;
  /** Encodes the value: adds its files to `ctx.batch` and returns W&B's JSON. */
  abstract bind(ctx: BindContext): Record<string, unknown>;
}

/** Hex SHA-256 of bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The official client's media file name: `media/<subdir>/<key>_<step>_<sha256[:20]><ext>`.
 *
 * @example
 * ```ts
 * import { mediaPath } from "./media.ts";
 * console.assert(mediaPath("images", "a", 3, "0123456789abcdef0123456789", ".png") ===
 *   "media/images/a_3_0123456789abcdef0123.png");
 * ```
 */
export function mediaPath(
  subdir: string,
  key: string,
  step: number,
  sha256: string,
  ext: string,
): string {
  return `media/${subdir}/${safeKey(key)}_${step}_${sha256.slice(0, 20)}${ext}`;
}

/** Keys become file paths: a slash makes a folder (as W&B), anything else odd becomes `_`. */
function safeKey(key: string): string {
  const joined = key.split("/").filter((p) => p !== "" && p !== "." && p !== "..").join("/");
  // deno-lint-ignore no-control-regex
  return joined.replace(/[\\:*?"<>|\u0000-\u001f]/g, "_") || "_";
}

/** Adds a file to the batch and returns the file part of W&B's JSON. */
export function addFile(
  ctx: BindContext,
  subdir: string,
  ext: string,
  bytes: Uint8Array,
): { path: string; sha256: string; size: number } {
  const sha256 = sha256Hex(bytes);
  const path = mediaPath(subdir, ctx.key, ctx.step, sha256, ext);
  ctx.batch.files.push({ path, bytes });
  return { path, sha256, size: bytes.length };
}

/** Reads a file for a media value, as a {@linkcode MediaError} when it is missing. */
export function readMediaFile(path: string, keyPath: string, what: string): Uint8Array {
  try {
    return Deno.readFileSync(path);
  } catch (err) {
    if (err instanceof Deno.errors.NotFound || err instanceof Deno.errors.IsADirectory) {
      throw new MediaError(
        "media/missing-file",
        keyPath,
        `${what} file ${path} does not exist or is not a file; pass the path of an existing file`,
      );
    }
    throw err;
  }
}

/** The lower-case extension of a path, without the dot (`""` when none). */
export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).toLowerCase();
}
