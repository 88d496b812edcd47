/**
 * A small async channel: `push` from callbacks, `for await` in a pipeline stage. Closing ends the
 * iteration once the queue is drained.
 *
 * @example
 * ```ts
 * import { Channel } from "./channel.ts";
 * const ch = new Channel<number>();
 * ch.push(1); ch.push(2); ch.close();
 * const seen: number[] = [];
 * for await (const n of ch) seen.push(n);
 * console.assert(seen.join() === "1,2");
 * ```
 * @module
 */

/** An unbounded FIFO with one async reader (bounded upstream by the batch backpressure). */
export class Channel<T> implements AsyncIterable<T> {
  #queue: T[] = [];
  #head = 0;
  #closed = false;
  #wake: (() => void) | null = null;

  /** Items waiting. */
  get length(): number {
    return this.#queue.length - this.#head;
  }

  /** True once `close()` was called. */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Adds an item.
   *
   * @throws {Error} when the channel is closed
   */
  push(item: T): void {
    if (this.#closed) throw new Error("Cannot push to a closed channel");
    this.#queue.push(item);
    const wake = this.#wake;
    if (wake) {
      this.#wake = null;
      wake();
    }
  }

  /** Ends the stream after the queued items. */
  close(): void {
    this.#closed = true;
    const wake = this.#wake;
    if (wake) {
      this.#wake = null;
      wake();
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    while (true) {
      if (this.#head < this.#queue.length) {
        const item = this.#queue[this.#head]!;
        this.#queue[this.#head++] = undefined as T;
        if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
          this.#queue = this.#queue.slice(this.#head);
          this.#head = 0;
        }
        yield item;
        continue;
      }
      if (this.#closed) return;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }
}
