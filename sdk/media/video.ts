/**
 * `wandb.Video`: a GIF, MP4, WebM or OGG file or its bytes, logged as W&B's `video-file`
 * (`media/videos/<key>_<step>_<sha>.<ext>`). No encoding: frames must already be a video.
 *
 * @example
 * ```ts ignore
 * run.log({ rollout: new wandb.Video("rollout.mp4", { caption: "episode 3" }) });
 * ```
 * @module
 */
import {
  addFile,
  type BindContext,
  extensionOf,
  MediaError,
  readMediaFile,
  WBValue,
} from "./media.ts";

/** Video formats W&B plays. */
export type VideoFormat = "gif" | "mp4" | "webm" | "ogg";
const FORMATS: VideoFormat[] = ["gif", "mp4", "webm", "ogg"];

/** Options of {@linkcode Video}. */
export interface VideoOptions {
  /** The format of bytes (guessed from their first bytes when left out). */
  format?: VideoFormat;
  /** The `caption` field. */
  caption?: string;
}

/** A video to log. */
export class Video extends WBValue {
  /** W&B's `_type` of the history value. */
  readonly logType = "video-file";
  /** The `caption` field. */
  readonly caption: string | undefined;
  #source: string | Uint8Array;
  #format: string | undefined;

  /** @param source a video file path, or its bytes */
  /** Creates the value; see the class for the arguments. */
  constructor(source: string | Uint8Array, options: VideoOptions = {}) {
    super();
    this.#source = source;
    this.#format = options.format;
    this.caption = options.caption;
  }

  /** Adds this value's files to the batch and returns W&B's JSON for history. */
  bind(ctx: BindContext): Record<string, unknown> {
    const src = this.#source;
    const bytes = typeof src === "string" ? undefined : src;
    const format = this.#format ?? (typeof src === "string" ? extensionOf(src) : sniff(src));
    if (!format || !(FORMATS as string[]).includes(format)) {
      throw new MediaError(
        "media/unsupported-format",
        ctx.keyPath,
        `Video ${typeof src === "string" ? `file ${src}` : "bytes"} is not one of ${
          FORMATS.join(", ")
        }${format ? ` (got ${format})` : ""}; convert it, or pass format for bytes`,
      );
    }
    const data = bytes ?? readMediaFile(src as string, ctx.keyPath, "Video");
    const json: Record<string, unknown> = {};
    if (this.caption !== undefined) json.caption = this.caption;
    json._type = this.logType;
    Object.assign(json, addFile(ctx, "videos", `.${format}`, data));
    return json;
  }
}

function sniff(b: Uint8Array): string | undefined {
  const ascii = (at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));
  if (ascii(0, 4) === "GIF8") return "gif";
  if (ascii(4, 4) === "ftyp") return "mp4";
  if (b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return "webm";
  if (ascii(0, 4) === "OggS") return "ogg";
  return undefined;
}
