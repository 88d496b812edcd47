/**
 * `wandb.Image`: a PNG or JPEG (a file or its bytes) or raw pixels (`Uint8Array` 0–255 or
 * `Float32Array` 0–1, row-major, `channels` per pixel) encoded to PNG with fast-png; an optional
 * caption, bounding boxes and segmentation masks in W&B's JSON. Logged as W&B's `image-file`
 * (`media/images/<key>_<step>_<sha256[:20]>.png`); a list of Images in one key is W&B's
 * `images/separated`.
 *
 * @example
 * ```ts ignore
 * const pixels = new Uint8Array(32 * 32 * 3).fill(200);
 * run.log({ sample: new wandb.Image(pixels, { width: 32, height: 32, caption: "grey" }) });
 * ```
 * @module
 */
import { encode as encodePng } from "fast-png";
import { createHash } from "node:crypto";
import { pyDumps, pyRepr } from "../../internal/run_files/_py_json.ts";
import {
  addFile,
  type BindContext,
  extensionOf,
  MediaBatch,
  MediaError,
  readMediaFile,
  sha256Hex,
  WBValue,
} from "./media.ts";

/** A bounding box: W&B's `box_data` entry. */
export interface Box {
  /** `{minX, maxX, minY, maxY}` or `{middle: [x, y], width, height}`, 0–1 unless `domain: "pixel"`. */
  position: Record<string, unknown>;
  /** See the module documentation. */
  class_id: number;
  /** The `box_caption` field. */
  box_caption?: string;
  /** The `scores` field. */
  scores?: Record<string, number>;
  /** The `domain` field. */
  domain?: "pixel";
}

/** A group of boxes (W&B's `boxes` value). */
export interface BoxGroup {
  /** The `box_data` field. */
  box_data: Box[];
  /** See the module documentation. */
  class_labels?: Record<number, string>;
}

/** A segmentation mask: a class id per pixel, as rows or a flat array of the image's size. */
export interface Mask {
  /** The `mask_data` field. */
  mask_data: number[][] | Uint8Array;
  /** See the module documentation. */
  class_labels?: Record<number, string>;
}

/** Options of {@linkcode Image}. */
export interface ImageOptions {
  /** The `caption` field. */
  caption?: string;
  /** Raw pixels: the width in pixels (required with `height` for raw pixels). */
  width?: number;
  /** Raw pixels: the height in pixels. */
  height?: number;
  /** Raw pixels: values per pixel, 1 (grey), 2 (grey+alpha), 3 (RGB) or 4 (RGBA). @default 3 */
  channels?: number;
  /** Bounding-box groups by name. */
  boxes?: Record<string, BoxGroup>;
  /** Masks by name. */
  masks?: Record<string, Mask>;
}

/** An image as its encoded file bytes, format and size. */
export interface Encoded {
  /** The `bytes` field. */
  bytes: Uint8Array;
  /** The `format` field. */
  format: string;
  /** The `width` field. */
  width: number;
  /** The `height` field. */
  height: number;
}

/** An image to log. Encoding and file reads happen at `run.log`, where errors name the key. */
export class Image extends WBValue {
  /** W&B's `_type` of the history value. */
  readonly logType = "image-file";
  /** The `caption` field. */
  readonly caption: string | undefined;
  /** The `boxes` field. */
  readonly boxes: Record<string, BoxGroup> | undefined;
  /** The `masks` field. */
  readonly masks: Record<string, Mask> | undefined;
  #source: string | Uint8Array | Float32Array;
  #options: ImageOptions;
  #encoded: Encoded | undefined;

  /**
   * @param source a PNG/JPEG file path, its bytes, or raw pixels with `width` and `height`
   * @param options caption, raw-pixel shape, boxes and masks
   */
  /** Creates the value; see the class for the arguments. */
  constructor(source: string | Uint8Array | Float32Array, options: ImageOptions = {}) {
    super();
    this.#source = source;
    this.#options = options;
    this.caption = options.caption;
    this.boxes = options.boxes;
    this.masks = options.masks;
  }

  /** Reads or encodes the image once (`keyPath` names it in errors). */
  encoded(keyPath = ""): Encoded {
    return this.#encoded ??= this.#encode(keyPath);
  }

  #encode(keyPath: string): Encoded {
    const src = this.#source, o = this.#options;
    if (typeof src === "string") {
      const bytes = readMediaFile(src, keyPath, "Image");
      const ext = extensionOf(src);
      const dims = imageSize(bytes);
      if (!dims) {
        throw new MediaError(
          "media/unsupported-format",
          keyPath,
          `Image file ${src} is not a PNG or JPEG; convert it to PNG or pass raw pixels`,
        );
      }
      // W&B takes the format from the file name (".jpg" stays "jpg").
      return { ...dims, bytes, format: ext || dims.format };
    }
    if (o.width === undefined && o.height === undefined && src instanceof Uint8Array) {
      const dims = imageSize(src);
      if (!dims) {
        throw new MediaError(
          "media/unsupported-format",
          keyPath,
          "Image bytes are not a PNG or JPEG; pass PNG/JPEG bytes, or raw pixels with width and height",
        );
      }
      return { bytes: src, ...dims };
    }
    return encodePixels(src, o, keyPath);
  }

  /** Adds this value's files to the batch and returns W&B's JSON for history. */
  bind(ctx: BindContext): Record<string, unknown> {
    const prior = ctx.batch.reuse(this);
    if (prior) return prior;
    const enc = this.encoded(ctx.keyPath);
    const json: Record<string, unknown> = {};
    if (this.caption !== undefined) json.caption = this.caption;
    json._type = this.logType;
    Object.assign(json, addFile(ctx, "images", `.${enc.format}`, enc.bytes));
    json.format = enc.format;
    json.width = enc.width;
    json.height = enc.height;
    if (this.boxes) json.boxes = this.#bindBoxes(ctx);
    if (this.masks) json.masks = this.#bindMasks(ctx, enc);
    return ctx.batch.bound(this, json);
  }

  #bindBoxes(ctx: BindContext): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, group] of Object.entries(this.boxes!)) {
      if (!group || !Array.isArray(group.box_data)) {
        throw new MediaError(
          "media/bad-value",
          ctx.keyPath,
          `Image boxes "${name}" has no box_data array; pass { box_data: [...], class_labels }`,
        );
      }
      const body = JSON.stringify({
        box_data: group.box_data,
        class_labels: group.class_labels ?? {},
      });
      const file = addFile(
        ctx,
        "metadata/boxes2D",
        ".boxes2D.json",
        new TextEncoder().encode(body),
      );
      out[name] = { _type: "boxes2D", sha256: file.sha256, size: file.size, path: file.path };
    }
    return out;
  }

  #bindMasks(ctx: BindContext, enc: Encoded): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, png] of this.#maskPngs(ctx, enc)) {
      const file = addFile(ctx, "images/mask", ".mask.png", png);
      out[name] = { _type: "mask", sha256: file.sha256, size: file.size, path: file.path };
    }
    return out;
  }

  #maskPngs(ctx: BindContext, enc: Encoded): Array<[string, Uint8Array]> {
    return Object.entries(this.masks ?? {}).map(([name, mask]) => {
      const { width, height, data } = maskPixels(mask, enc, `${ctx.keyPath} mask "${name}"`, ctx);
      return [name, encodePng({ width, height, data, channels: 1, depth: 8 })];
    });
  }

  /**
   * The image as a cell of a table inside an artifact (the official client's
   * `Image.to_json(artifact)`): its files are added to `entries` by their artifact paths
   * (`media/images/<sha256[:20]>.<ext>`, masks under `media/images/mask/`, the class set under
   * `media/classes/`) and boxes are written inline.
   */
  artifactJson(ctx: BindContext, entries: Map<string, Uint8Array>): Record<string, unknown> {
    const enc = this.encoded(ctx.keyPath);
    const sha256 = sha256Hex(enc.bytes);
    const path = `media/images/${sha256.slice(0, 20)}.${enc.format}`;
    entries.set(path, enc.bytes);
    const json: Record<string, unknown> = {
      _type: this.logType,
      format: enc.format,
      height: enc.height,
      path,
      sha256,
      width: enc.width,
    };
    if (this.caption !== undefined) json.caption = this.caption;
    const classes = this.classSet();
    if (classes.length > 0) {
      const id = createHash("md5").update(pythonClassSetRepr(classes)).digest("hex");
      const bytes = new TextEncoder().encode(pyDumps({ _type: "classes", class_set: classes }));
      const classPath = `media/classes/${id}_cls.classes.json`;
      entries.set(classPath, bytes);
      json.classes = {
        type: "classes-file",
        path: classPath,
        digest: createHash("md5").update(bytes).digest("base64"),
      };
    }
    if (this.boxes) {
      this.#bindBoxes({ ...ctx, batch: new MediaBatch() }); // validates the groups
      json.boxes = Object.fromEntries(
        Object.entries(this.boxes).map(([name, group]) => [name, group.box_data]),
      );
    }
    if (this.masks) {
      const masks: Record<string, unknown> = {};
      for (const [name, png] of this.#maskPngs(ctx, enc)) {
        const sha = sha256Hex(png);
        const maskPath = `media/images/mask/${sha.slice(0, 20)}.mask.png`;
        entries.set(maskPath, png);
        masks[name] = { _type: "mask", path: maskPath, sha256: sha };
      }
      json.masks = masks;
    }
    return json;
  }

  /**
   * The image's classes (the official client's `Image._classes`): the class labels of its box
   * groups, then of its masks, by id in first-seen order.
   */
  classSet(): Array<{ id: number | string; name: string }> {
    const total = new Map<string, string>();
    for (const g of Object.values(this.boxes ?? {})) {
      for (const [id, name] of Object.entries(g?.class_labels ?? {})) total.set(id, name);
    }
    for (const m of Object.values(this.masks ?? {})) {
      for (const [id, name] of Object.entries(m?.class_labels ?? {})) total.set(id, name);
    }
    return [...total].map(([id, name]) => ({ id: /^-?\d+$/.test(id) ? Number(id) : id, name }));
  }
}

/** Python's `str()` of a class set (`[{'id': 1, 'name': 'cat'}]`), which W&B names its file by. */
function pythonClassSetRepr(classes: Array<{ id: number | string; name: string }>): string {
  const item = (c: { id: number | string; name: string }) =>
    `{'id': ${typeof c.id === "number" ? c.id : pyRepr(c.id)}, 'name': ${pyRepr(c.name)}}`;
  return `[${classes.map(item).join(", ")}]`;
}

function maskPixels(
  mask: Mask,
  enc: Encoded,
  what: string,
  ctx: BindContext,
): { width: number; height: number; data: Uint8Array } {
  const m = mask?.mask_data;
  if (m instanceof Uint8Array) {
    if (m.length !== enc.width * enc.height) {
      throw new MediaError(
        "media/shape",
        ctx.keyPath,
        `${what} has ${m.length} values but the image is ${enc.width}×${enc.height}; pass one class id per pixel`,
      );
    }
    return { width: enc.width, height: enc.height, data: m };
  }
  if (!Array.isArray(m) || m.length === 0 || !Array.isArray(m[0])) {
    throw new MediaError(
      "media/bad-value",
      ctx.keyPath,
      `${what} has no mask_data rows; pass mask_data as number[][] or a Uint8Array`,
    );
  }
  const height = m.length, width = m[0]!.length;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = m[y]!;
    if (row.length !== width) {
      throw new MediaError(
        "media/shape",
        ctx.keyPath,
        `${what} row ${y} has ${row.length} values, row 0 has ${width}; pass rows of equal length`,
      );
    }
    for (let x = 0; x < width; x++) data[y * width + x] = row[x]!;
  }
  return { width, height, data };
}

function encodePixels(
  src: Uint8Array | Float32Array,
  o: ImageOptions,
  keyPath: string,
): Encoded {
  const { width, height } = o;
  const channels = o.channels ?? 3;
  if (
    !Number.isSafeInteger(width) || !Number.isSafeInteger(height) || width! <= 0 || height! <= 0
  ) {
    throw new MediaError(
      "media/shape",
      keyPath,
      `Image raw pixels need positive integer width and height; got ${width}×${height}`,
    );
  }
  if (![1, 2, 3, 4].includes(channels)) {
    throw new MediaError(
      "media/shape",
      keyPath,
      `Image channels must be 1, 2, 3 or 4; got ${channels}`,
    );
  }
  const want = width! * height! * channels;
  if (src.length !== want) {
    throw new MediaError(
      "media/shape",
      keyPath,
      `Image pixel array has ${src.length} values but ${width}×${height}×${channels} = ${want}; pass width, height and channels that match the array`,
    );
  }
  const data = src instanceof Uint8Array ? src : floatsToBytes(src);
  const bytes = encodePng({ width: width!, height: height!, data, channels, depth: 8 });
  return { bytes, format: "png", width: width!, height: height! };
}

/** Floats in 0–1 to bytes; arrays with negative values are rescaled min–max first (as W&B). */
function floatsToBytes(src: Float32Array): Uint8Array {
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < src.length; i++) {
    const v = src[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const rescale = min < 0 && max > min;
  const out = new Uint8Array(src.length);
  for (let i = 0; i < src.length; i++) {
    const v = rescale ? (src[i]! - min) / (max - min) : src[i]!;
    out[i] = Math.max(0, Math.min(255, Math.round(v * 255)));
  }
  return out;
}

/**
 * Format and size of PNG or JPEG bytes, or `undefined` for anything else.
 *
 * @example
 * ```ts
 * import { imageSize } from "./image.ts";
 * console.assert(imageSize(new Uint8Array([1, 2, 3])) === undefined);
 * ```
 */
export function imageSize(
  b: Uint8Array,
): { format: string; width: number; height: number } | undefined {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    return { format: "png", width: dv.getUint32(16), height: dv.getUint32(20) };
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return undefined;
      const marker = b[i + 1]!;
      if (marker === 0xff) {
        i++;
        continue;
      }
      const len = dv.getUint16(i + 2);
      // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (
        marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
      ) {
        return { format: "jpeg", height: dv.getUint16(i + 5), width: dv.getUint16(i + 7) };
      }
      i += 2 + len;
    }
  }
  return undefined;
}

/** W&B's `images/separated` value of a list of Images logged under one key. */
export function bindImageList(images: Image[], ctx: BindContext): Record<string, unknown> {
  const jsons = images.map((img) => img.bind(ctx));
  const first = jsons[0]!;
  const meta: Record<string, unknown> = {
    _type: "images/separated",
    width: first.width,
    height: first.height,
    format: first.format,
    count: images.length,
    filenames: jsons.map((j) => j.path),
  };
  if (images[0]!.caption !== undefined) meta.captions = images.map((i) => i.caption ?? null);
  if (jsons.some((j) => j.masks)) meta.all_masks = jsons.map((j) => j.masks ?? null);
  if (jsons.some((j) => j.boxes)) meta.all_boxes = jsons.map((j) => j.boxes ?? null);
  return meta;
}
