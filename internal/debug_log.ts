/**
 * `logs/debug-internal.log` (and the user side's `logs/debug.log`): timestamped lines in W&B's
 * layout, appended synchronously so the file is current even if the process is killed.
 *
 * @example
 * ```ts ignore
 * const log = new DebugLog("/tmp/run/logs/debug-internal.log", "internal");
 * log.info("writer started");
 * ```
 * @module
 */

/** An append-only debug log that never throws. */
export class DebugLog {
  #file: Deno.FsFile | undefined;
  #enc = new TextEncoder();

  /**
   * @param path file to append to
   * @param thread name written on each line
   */
  constructor(readonly path: string, readonly thread: string) {
    try {
      this.#file = Deno.openSync(path, { create: true, append: true });
    } catch {
      this.#file = undefined;
    }
  }

  /** Appends an INFO line. */
  info(message: string): void {
    this.#write("INFO", message);
  }

  /** Appends a WARNING line. */
  warn(message: string): void {
    this.#write("WARNING", message);
  }

  /** Appends an ERROR line. */
  error(message: string): void {
    this.#write("ERROR", message);
  }

  /** Closes the file. */
  close(): void {
    this.#file?.close();
    this.#file = undefined;
  }

  #write(level: string, message: string): void {
    if (!this.#file) return;
    const d = new Date();
    const ts = d.toISOString().replace("T", " ").replace("Z", "").replace(".", ",");
    try {
      this.#file.writeSync(
        this.#enc.encode(`${ts} ${level.padEnd(7)} ${this.thread}:${Deno.pid} ${message}\n`),
      );
    } catch {
      // a debug log must never break the run
    }
  }
}
