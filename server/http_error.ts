/**
 * One error type for HTTP handlers and the one place errors become responses: an `HttpError`
 * becomes its status and a JSON body `{"errors": [{"message"}]}` (the shape W&B clients parse);
 * anything else is logged and becomes a bare 500 with no stack.
 *
 * @example
 * ```ts
 * import { HttpError, toResponse } from "./http_error.ts";
 * const res = toResponse(new HttpError(401, "auth/missing", "Missing API key"));
 * console.assert(res.status === 401);
 * ```
 * @module
 */

/** An error with an HTTP status and a stable code. */
export class HttpError extends Error {
  /** Error class name. */
  override name = "HttpError";
  /**
   * Creates the error.
   *
   * @param status HTTP status
   * @param code stable code, e.g. `auth/invalid-key`
   * @param message one line for the client (never a key or a stack)
   */
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
  /** HTTP status. */
  readonly status: number;
  /** Stable code, e.g. `auth/invalid-key`. */
  readonly code: string;
}

/** Turns any thrown value into a response. */
export function toResponse(err: unknown, log: (msg: string) => void = () => {}): Response {
  if (err instanceof HttpError) {
    return Response.json({ errors: [{ message: err.message, code: err.code }] }, {
      status: err.status,
    });
  }
  log(`internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  return Response.json({ errors: [{ message: "Internal server error", code: "internal" }] }, {
    status: 500,
  });
}

/**
 * Reads a request body as text, refusing bodies over `limit` bytes (413) before reading them all.
 *
 * @throws {HttpError} 413 when the body is too large
 */
export async function readBodyText(req: Request, limit: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (declared > limit) {
    throw new HttpError(413, "body/too-large", `Request body over ${limit} bytes`);
  }
  if (!req.body) return "";
  const gzip = req.headers.get("content-encoding") === "gzip";
  // A declared length frames the body (the HTTP server reads no more): one native read.
  if (!gzip && Number.isSafeInteger(declared)) return await req.text();
  // Otherwise bytes are counted as they arrive; a gzip body is counted after decompression, so
  // a small body that inflates to gigabytes is refused once it passes the limit.
  const max = gzip ? limit * 4 : limit;
  const body = gzip ? req.body.pipeThrough(new DecompressionStream("gzip")) : req.body;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      size += chunk.length;
      if (size > max) {
        throw new HttpError(
          413,
          "body/too-large",
          gzip ? `Decompressed request body over ${max} bytes` : `Request body over ${limit} bytes`,
        );
      }
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof HttpError || !gzip) throw err;
    throw new HttpError(
      400,
      "body/gzip",
      "Request body is not valid gzip (Content-Encoding: gzip)",
    );
  }
  const all = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    all.set(c, off);
    off += c.length;
  }
  return new TextDecoder().decode(all);
}
