/**
 * The file_stream side of the sender (server-api.md §5): lines of `wandb-history.jsonl`,
 * `wandb-events.jsonl` and `output.log` at line offsets, the latest `wandb-summary.json`, and the
 * `uploaded`/`complete`/`exitcode` notices, batched into posts. A batch is cut when it is full
 * (about 2 MiB) or when the rate interval has passed; posts go one at a time through the shared
 * retry helper, so a resent post lands on the same offsets and never duplicates a line.
 *
 * @example
 * ```ts ignore
 * const fs = new FileStream({ url, apiKey, policy: FILE_STREAM_POLICY, timeoutMs: 180_000 });
 * fs.batch.addHistory(recordBytes);
 * await fs.post(fs.cut());
 * ```
 * @module
 */
import {
  basicAuth,
  CommError,
  fetchFailure,
  httpRequest,
  retry,
  type RetryEvent,
  type RetryPolicy,
} from "../../net/mod.ts";
import { LineBuffer } from "./line_buffer.ts";

/** File names of the stream. */
export const HISTORY = "wandb-history.jsonl";
export const EVENTS = "wandb-events.jsonl";
export const OUTPUT = "output.log";
export const SUMMARY = "wandb-summary.json";

/** Pending bytes at which a batch is posted without waiting for the rate interval. */
export const FULL_BYTES = 2 * 1024 * 1024;
/**
 * W&B's `MAX_LINE_BYTES` (10 MiB − 100 KiB, server-api.md §5.2): the most line bytes in one post,
 * so also the longest line that can be sent.
 */
export const MAX_LINE_BYTES = 10 * 1024 * 1024 - 100 * 1024;

/** Next line numbers of the streamed files. */
export interface LineOffsets {
  /** Next line of `wandb-history.jsonl`. */
  history: number;
  /** Next line of `wandb-events.jsonl`. */
  events: number;
  /** Next line of `output.log`. */
  output: number;
}

/** Lines waiting for one post. */
export class Batch {
  /** Lines of `wandb-history.jsonl`. */
  readonly history = new LineBuffer();
  /** Lines of `wandb-events.jsonl` (system metrics). */
  readonly events = new LineBuffer();
  /** Lines of `output.log`. */
  readonly output = new LineBuffer();
  /** First offset of each buffer's lines. */
  start: LineOffsets = { history: 0, events: 0, output: 0 };
  /** The `wandb-summary.json` text to post, if the summary changed. */
  summary: string | undefined;
  /** Names of files uploaded since the last post (the `uploaded` notice). */
  uploaded: string[] = [];
  /** Console lines (by offset) that overwrite a posted line (`\r`): each offset in a post of its own. */
  overwrites: Map<number, string> = new Map();
  /** What the sender's state was when this batch was cut (a checkpoint to save on ack). */
  snapshot: unknown;

  /** Bytes of line content held. */
  get size(): number {
    return this.history.size + this.events.size + this.output.size + (this.summary?.length ?? 0);
  }

  /** Whether there is anything to post. */
  get empty(): boolean {
    return this.history.count + this.events.count + this.output.count === 0 &&
      this.summary === undefined && this.uploaded.length === 0 && this.overwrites.size === 0;
  }

  /** Next offsets after this batch's lines. */
  end(): LineOffsets {
    return {
      history: this.start.history + this.history.count,
      events: this.start.events + this.events.count,
      output: this.start.output + this.output.count,
    };
  }

  /** Empties the batch for lines starting at `start`. */
  reset(start: LineOffsets): void {
    this.history.clear();
    this.events.clear();
    this.output.clear();
    this.start = { ...start };
    this.summary = undefined;
    this.uploaded = [];
    this.overwrites.clear();
    this.snapshot = undefined;
  }
}

/** Options of {@linkcode FileStream}. */
export interface FileStreamOptions {
  /** `<base>/files/<entity>/<project>/<run>/file_stream` */
  url: string;
  /** The API key (sent as basic auth); none for a server without auth. */
  apiKey?: string;
  /** Retry policy of each post. */
  policy: RetryPolicy;
  /** Timeout of one post attempt, in ms (0: none). */
  timeoutMs: number;
  /** The `User-Agent` header. @default "W&B Internal Client 0.1.0" */
  userAgent?: string;
  /** Called before each retry. */
  onRetry?: (event: RetryEvent) => void;
  /** Aborts posts. */
  signal?: AbortSignal;
}

/** Extra fields of a post. */
export interface PostFlags {
  /** The final post: sends `complete: true` with `exitcode`. */
  complete?: boolean;
  /** The run's exit code, sent with `complete`. @default 0 */
  exitcode?: number;
  /** W&B's preempting notice (`complete: false, preempting: true`); ignored with `complete`. */
  preempting?: boolean;
}

const enc = new TextEncoder();

/** Builds and sends file_stream posts. */
export class FileStream {
  /** The batch being filled. */
  batch = new Batch();
  #spare = new Batch();
  /** Posts given up on (sent as `dropped`). */
  dropped = 0;
  /** Data rows acknowledged by the server. */
  ackedLines = 0;
  #options: FileStreamOptions;
  #headers: Record<string, string>;

  /**
   * Sets up posting; the first batch starts at `start`.
   *
   * @param options where and how to post
   * @param start the next line offsets on the server
   */
  constructor(options: FileStreamOptions, start: LineOffsets) {
    this.#options = options;
    this.batch.reset(start);
    this.#headers = {
      "Content-Type": "application/json",
      "User-Agent": options.userAgent ?? "W&B Internal Client 0.1.0",
    };
    if (options.apiKey) this.#headers.Authorization = basicAuth(options.apiKey);
  }

  /** Changes the URL (the canonical entity/project became known). */
  set url(url: string) {
    this.#options = { ...this.#options, url };
  }

  /** Takes the batch being filled and starts a new one after it; the old one is returned. */
  cut(snapshot?: unknown): Batch {
    const full = this.batch;
    full.snapshot = snapshot;
    this.batch = this.#spare;
    this.batch.reset(full.end());
    this.#spare = full;
    return full;
  }

  /**
   * Posts a batch (its `\r` overwrites first, each offset on its own), retrying per the policy.
   * The sender keeps each batch under W&B's line limit.
   *
   * @returns the server's answer (`limits` and the like)
   * @throws {CommError} `comm/gave-up` when the retries ran out (the batch is not acknowledged);
   * a 400/403/404/409 answer drops the batch (counted in `dropped`) instead of throwing
   */
  async post(batch: Batch, flags: PostFlags = {}): Promise<Record<string, unknown>> {
    for (const [offset, line] of batch.overwrites) {
      await this.#send(enc.encode(
        `{"files":{"output.log":{"offset":${offset},"content":[${
          JSON.stringify(line)
        }]}},"dropped":${this.dropped}}`,
      ));
    }
    const answer = await this.#send(this.#body(batch, flags));
    this.ackedLines += batch.history.count + batch.events.count + batch.output.count;
    return answer;
  }

  async #send(body: Uint8Array<ArrayBuffer>): Promise<Record<string, unknown>> {
    let answer: Record<string, unknown> = {};
    try {
      answer = await retry("file_stream", async () => {
        const res = await httpRequest("file_stream", this.#options.url, {
          method: "POST",
          headers: this.#headers,
          body,
        }, { timeoutMs: this.#options.timeoutMs, signal: this.#options.signal });
        let text: string;
        try {
          text = await res.text();
        } catch (err) {
          // The connection broke before the answer was complete: the post may or may not have
          // landed; resending lands on the same offsets.
          throw fetchFailure("file_stream", this.#options.url, err, {
            timeoutMs: this.#options.timeoutMs,
            signal: this.#options.signal,
          });
        }
        try {
          return JSON.parse(text);
        } catch {
          return {}; // non-JSON answers are ignored (spec §5.6)
        }
      }, { ...this.#options.policy, signal: this.#options.signal, onRetry: this.#options.onRetry });
    } catch (err) {
      if (
        err instanceof CommError && [400, 403, 404, 409].includes(err.status ?? 0) &&
        err.code !== "comm/gave-up"
      ) {
        this.dropped++;
        return {};
      }
      throw err;
    }
    return answer && typeof answer === "object" ? answer : {};
  }

  #body(b: Batch, flags: PostFlags): Uint8Array<ArrayBuffer> {
    const parts: (string | Uint8Array)[] = ["{"];
    const files: (string | Uint8Array)[] = [];
    const file = (name: string, offset: number, buf: LineBuffer) => {
      if (buf.count === 0) return;
      if (files.length) files.push(",");
      files.push(`${JSON.stringify(name)}:{"offset":${offset},"content":[`, buf.bytes(), "]}");
    };
    file(HISTORY, b.start.history, b.history);
    file(EVENTS, b.start.events, b.events);
    file(OUTPUT, b.start.output, b.output);
    if (b.summary !== undefined) {
      if (files.length) files.push(",");
      files.push(
        `${JSON.stringify(SUMMARY)}:{"offset":0,"content":[${JSON.stringify(b.summary)}]}`,
      );
    }
    if (files.length) parts.push(`"files":{`, ...files, "},");
    if (b.uploaded.length) parts.push(`"uploaded":${JSON.stringify(b.uploaded)},`);
    if (flags.complete) parts.push(`"complete":true,"exitcode":${flags.exitcode ?? 0},`);
    else if (flags.preempting) parts.push(`"complete":false,"preempting":true,`);
    parts.push(`"dropped":${this.dropped}}`);
    let size = 0;
    const bytes = parts.map((p) => typeof p === "string" ? enc.encode(p) : p);
    for (const p of bytes) size += p.length;
    const out = new Uint8Array(size);
    let o = 0;
    for (const p of bytes) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }
}
