/**
 * `wandb.Audio`: a sound file (WAV, MP3, OGG, FLAC) or samples (-1–1, mono) with a sample rate,
 * written as 16-bit PCM WAV. Logged as W&B's `audio-file` (`media/audio/<key>_<step>_<sha>.wav`).
 *
 * @example
 * ```ts
 * import { encodeWav } from "./audio.ts";
 * const wav = encodeWav(new Float32Array(8), 8000);
 * console.assert(wav.length === 44 + 16);
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

const FORMATS = ["wav", "mp3", "ogg", "flac", "m4a", "aac"];

/** Options of {@linkcode Audio}. */
export interface AudioOptions {
  /** Samples per second; required for samples. */
  sampleRate?: number;
  /** The `caption` field. */
  caption?: string;
}

/** A sound to log. */
export class Audio extends WBValue {
  /** W&B's `_type` of the history value. */
  readonly logType = "audio-file";
  /** The `caption` field. */
  readonly caption: string | undefined;
  #source: string | ArrayLike<number>;
  #sampleRate: number | undefined;

  /**
   * @param source a sound file path, or samples in -1–1 (with `sampleRate`)
   */
  /** Creates the value; see the class for the arguments. */
  constructor(source: string | ArrayLike<number>, options: AudioOptions = {}) {
    super();
    this.#source = source;
    this.#sampleRate = options.sampleRate;
    this.caption = options.caption;
  }

  /** Adds this value's files to the batch and returns W&B's JSON for history. */
  bind(ctx: BindContext): Record<string, unknown> {
    const src = this.#source;
    let bytes: Uint8Array, ext: string;
    if (typeof src === "string") {
      ext = extensionOf(src);
      if (!FORMATS.includes(ext)) {
        throw new MediaError(
          "media/unsupported-format",
          ctx.keyPath,
          `Audio file ${src} is not one of ${FORMATS.join(", ")}; convert it to WAV`,
        );
      }
      bytes = readMediaFile(src, ctx.keyPath, "Audio");
    } else {
      const rate = this.#sampleRate;
      if (!Number.isSafeInteger(rate) || rate! <= 0) {
        throw new MediaError(
          "media/bad-value",
          ctx.keyPath,
          `Audio samples need a positive integer sampleRate; got ${rate}`,
        );
      }
      bytes = encodeWav(src, rate!);
      ext = "wav";
    }
    const json: Record<string, unknown> = {};
    if (this.caption !== undefined) json.caption = this.caption;
    json._type = this.logType;
    Object.assign(json, addFile(ctx, "audio", `.${ext}`, bytes));
    return json;
  }
}

/** Mono samples in -1–1 as a 16-bit PCM WAV file. */
export function encodeWav(samples: ArrayLike<number>, sampleRate: number): Uint8Array {
  const n = samples.length;
  const out = new Uint8Array(44 + n * 2);
  const dv = new DataView(out.buffer);
  const ascii = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) out[at + i] = s.charCodeAt(i);
  };
  ascii(0, "RIFF");
  dv.setUint32(4, 36 + n * 2, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  dv.setUint32(16, 16, true);
  dv.setUint16(20, 1, true); // PCM
  dv.setUint16(22, 1, true); // mono
  dv.setUint32(24, sampleRate, true);
  dv.setUint32(28, sampleRate * 2, true);
  dv.setUint16(32, 2, true);
  dv.setUint16(34, 16, true);
  ascii(36, "data");
  dv.setUint32(40, n * 2, true);
  for (let i = 0; i < n; i++) {
    const v = Math.max(-1, Math.min(1, samples[i]! || 0));
    dv.setInt16(44 + i * 2, Math.round(v * 32767), true);
  }
  return out;
}
