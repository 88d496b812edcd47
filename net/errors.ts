/**
 * Errors of the conversation with a W&B server. One class, {@linkcode CommError}, with a stable
 * `code`, the HTTP `status` when there was one, and the server's own message. Messages are one
 * line, name the operation and the URL path (never a query string, never an API key) and say what
 * to do.
 *
 * @example
 * ```ts
 * import { CommError } from "./errors.ts";
 * const err = CommError.fromStatus("UpsertBucket", "https://api.wandb.ai/graphql", 401, "");
 * console.assert(err.code === "comm/unauthorized" && err.status === 401 && !err.retryable);
 * ```
 * @module
 */
import { cliCommand } from "../cli/command.ts";

/** Stable codes of {@linkcode CommError}. */
export type CommErrorCode =
  | "comm/network"
  | "comm/timeout"
  | "comm/unauthorized"
  | "comm/forbidden"
  | "comm/not-found"
  | "comm/conflict"
  | "comm/bad-request"
  | "comm/rate-limited"
  | "comm/server"
  | "comm/graphql"
  | "comm/protocol"
  | "comm/gave-up"
  | "comm/aborted";

/** A failed request to a W&B server. */
export class CommError extends Error {
  /** Always `"CommError"`. */
  override name = "CommError";
  /**
   * Makes the error; most code uses {@linkcode CommError.fromStatus} or the HTTP helpers instead.
   *
   * @param code stable code
   * @param message one line: what failed, where, and the fix
   * @param init the HTTP status, the server's message, whether a retry may succeed, Retry-After
   */
  constructor(
    readonly code: CommErrorCode,
    message: string,
    init: {
      status?: number;
      serverMessage?: string;
      retryable?: boolean;
      retryAfterMs?: number;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: init.cause });
    this.status = init.status;
    this.serverMessage = init.serverMessage;
    this.retryable = init.retryable ?? false;
    this.retryAfterMs = init.retryAfterMs;
  }
  /** HTTP status, when the server answered. */
  readonly status?: number;
  /** The server's own error text (`errors[0].message` or the body), when it sent one. */
  readonly serverMessage?: string;
  /** Whether the retry helper may try again (network errors, 408, 429, 5xx). */
  readonly retryable: boolean;
  /** The server's `Retry-After`, in milliseconds. */
  readonly retryAfterMs?: number;

  /**
   * The error for an HTTP answer with a non-2xx status.
   *
   * @param op what was being done, e.g. `file_stream` or `UpsertBucket`
   * @param url the request URL (only its origin and path are shown)
   * @param status the HTTP status
   * @param body the response body (its GraphQL/JSON error message is extracted)
   * @param retryAfter the `Retry-After` header, if any
   * @example
   * ```ts
   * import { CommError } from "./errors.ts";
   * const e = CommError.fromStatus("file_stream", "http://x/files/a/b/c/file_stream", 503, "down", "2");
   * console.assert(e.retryable && e.retryAfterMs === 2000 && e.code === "comm/server");
   * ```
   */
  static fromStatus(
    op: string,
    url: string,
    status: number,
    body: string,
    retryAfter?: string | null,
  ): CommError {
    const serverMessage = extractMessage(body);
    const where = `${op} ${safeUrl(url)}`;
    const said = serverMessage ? `: ${serverMessage}` : "";
    const retryAfterMs = parseRetryAfter(retryAfter);
    if (status === 401) {
      return new CommError(
        "comm/unauthorized",
        `${where} was refused (401 unauthorized)${said}; check the API key (${
          cliCommand("login")
        }, or WANDB_API_KEY)`,
        { status, serverMessage },
      );
    }
    if (status === 403) {
      return new CommError(
        "comm/forbidden",
        `${where} was refused (403 forbidden)${said}; check that this key may write to the entity and project`,
        { status, serverMessage },
      );
    }
    if (status === 404) {
      return new CommError(
        "comm/not-found",
        `${where} found nothing (404)${said}; check the entity, project and run names and the base URL`,
        { status, serverMessage },
      );
    }
    if (status === 409) {
      return new CommError("comm/conflict", `${where} conflicted (409)${said}`, {
        status,
        serverMessage,
      });
    }
    if (status === 429) {
      return new CommError(
        "comm/rate-limited",
        `${where} was rate limited (429)${said}`,
        { status, serverMessage, retryable: true, retryAfterMs },
      );
    }
    if (status === 408 || status >= 500) {
      return new CommError("comm/server", `${where} failed with HTTP ${status}${said}`, {
        status,
        serverMessage,
        retryable: true,
        retryAfterMs,
      });
    }
    return new CommError("comm/bad-request", `${where} was rejected (HTTP ${status})${said}`, {
      status,
      serverMessage,
    });
  }
}

/**
 * The URL without its query string and credentials (signed URLs carry tokens in the query).
 *
 * @example
 * ```ts
 * import { safeUrl } from "./errors.ts";
 * console.assert(safeUrl("http://u:p@h:1/a/b?sig=x") === "http://h:1/a/b");
 * ```
 */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return url.replace(/[?#].*$/, "");
  }
}

/**
 * Milliseconds to wait from a `Retry-After` header (seconds or an HTTP date), or undefined.
 *
 * @example
 * ```ts
 * import { parseRetryAfter } from "./errors.ts";
 * console.assert(parseRetryAfter("3") === 3000 && parseRetryAfter(null) === undefined);
 * ```
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (value === null || value === undefined || value.trim() === "") return undefined;
  const s = Number(value.trim());
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const t = Date.parse(value);
  return Number.isFinite(t) ? Math.max(0, t - now) : undefined;
}

function extractMessage(body: string): string {
  const text = body.trim();
  if (!text) return "";
  try {
    const j = JSON.parse(text) as {
      errors?: { message?: unknown }[] | string;
      error?: unknown;
      message?: unknown;
    };
    if (Array.isArray(j.errors) && typeof j.errors[0]?.message === "string") {
      return oneLine(j.errors[0].message);
    }
    if (typeof j.error === "string") return oneLine(j.error);
    if (typeof j.message === "string") return oneLine(j.message);
  } catch {
    // not JSON: use the text
  }
  return oneLine(text);
}

function oneLine(s: string): string {
  const line = s.replace(/\s+/g, " ").trim();
  return line.length > 200 ? line.slice(0, 197) + "..." : line;
}
