/**
 * Multipart upload of one large artifact file (server-api.md §9.2 step 3), as the official
 * client does: files of at least {@linkcode MULTIPART_THRESHOLD_BYTES} go up in parts of
 * {@linkcode PART_BYTES} (more when that would make over {@linkcode MAX_PARTS} parts), each part
 * read from disk on its own (never the whole file in memory), `PUT` with its base64 MD5 as
 * `content-md5`, a few at once; the answered ETags then go to `completeMultipartUploadArtifact`.
 *
 * @example
 * ```ts
 * import { planParts } from "./artifact_multipart.ts";
 * const parts = planParts(250, 100);
 * console.assert(parts.length === 3 && parts[2]!.offset === 200 && parts[2]!.length === 50);
 * ```
 * @module
 */
import { createHash } from "node:crypto";

/** Files this large or larger go up in parts (the official client's 2 GiB). */
export const MULTIPART_THRESHOLD_BYTES = 2 * 1024 ** 3;
/** Bytes per part (the official client's 100 MiB). */
export const PART_BYTES = 100 * 1024 ** 2;
/** At most this many parts; larger files get larger parts (`ceil(size / MAX_PARTS)`). */
export const MAX_PARTS = 1000;
/** Parts of one file in flight at once. */
export const PARALLEL_PARTS = 4;

/** W&B's CompleteMultipartUploadArtifact. */
export const COMPLETE_MULTIPART_UPLOAD =
  `mutation CompleteMultipartUploadArtifact($completeMultipartAction: CompleteMultipartAction!, $completedParts: [UploadPartsInput!]!, $artifactID: ID!, $storagePath: String!, $uploadID: String!) { completeMultipartUploadArtifact(input: {completeMultipartAction: $completeMultipartAction, completedParts: $completedParts, artifactID: $artifactID, storagePath: $storagePath, uploadID: $uploadID}) { digest } }`;

/** One part of a file: 1-based number, byte range, hex MD5 once hashed. */
export interface FilePart {
  partNumber: number;
  offset: number;
  length: number;
  hexMD5: string;
}

/**
 * Splits `size` bytes into parts of `partBytes` (grown to `ceil(size / MAX_PARTS)` when needed).
 *
 * @param size the file's size
 * @param partBytes bytes per part
 * @returns the parts, unhashed (`hexMD5` empty)
 */
export function planParts(size: number, partBytes: number = PART_BYTES): FilePart[] {
  const per = Math.max(1, partBytes, Math.ceil(size / MAX_PARTS));
  const parts: FilePart[] = [];
  for (let offset = 0, n = 1; offset < size; offset += per, n++) {
    parts.push({ partNumber: n, offset, length: Math.min(per, size - offset), hexMD5: "" });
  }
  return parts;
}

const CHUNK = 1 << 20;

/**
 * Reads the file once and fills in each part's hex MD5.
 *
 * @param path the file
 * @param parts from {@linkcode planParts}
 */
export async function hashParts(path: string, parts: FilePart[]): Promise<void> {
  using file = await Deno.open(path, { read: true });
  const buf = new Uint8Array(CHUNK);
  for (const p of parts) {
    const h = createHash("md5");
    let left = p.length;
    while (left > 0) {
      const n = await file.read(buf.subarray(0, Math.min(CHUNK, left)));
      if (n === null) {
        throw new Error(
          `Cannot hash ${path}: it ended before byte ${p.offset + p.length}; was it changed?`,
        );
      }
      h.update(buf.subarray(0, n));
      left -= n;
    }
    p.hexMD5 = h.digest("hex");
  }
}

/**
 * A stream of the bytes of one part, read from disk a chunk at a time; the file is closed when
 * the stream ends or is cancelled.
 *
 * @param path the file
 * @param part the byte range
 * @returns the part's bytes
 */
export function partStream(path: string, part: FilePart): ReadableStream<Uint8Array> {
  let file: Deno.FsFile | undefined;
  let left = part.length;
  const close = () => {
    file?.close();
    file = undefined;
  };
  return new ReadableStream<Uint8Array>({
    async start() {
      file = await Deno.open(path, { read: true });
      await file.seek(part.offset, Deno.SeekMode.Start);
    },
    async pull(controller) {
      if (left <= 0 || !file) {
        close();
        controller.close();
        return;
      }
      const buf = new Uint8Array(Math.min(CHUNK, left));
      const n = await file.read(buf);
      if (n === null) {
        close();
        controller.error(
          new Error(`Cannot read part ${part.partNumber} of ${path}: file is shorter`),
        );
        return;
      }
      left -= n;
      controller.enqueue(buf.subarray(0, n));
    },
    cancel() {
      close();
    },
  }, { highWaterMark: 0 });
}

/** Base64 of a hex string's bytes (`content-md5` from a hex MD5). */
export function hexToBase64(hex: string): string {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Runs `fn` over `items` with at most `limit` at once; the first failure stops new starts and is
 * thrown once the running ones ended.
 *
 * @returns the results, in the order of `items`
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  let failed: { error: unknown } | undefined;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i]!);
      } catch (error) {
        failed ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failed) throw failed.error;
  return out;
}
