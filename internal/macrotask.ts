/**
 * Hands the Worker's event loop over: resolves after pending I/O callbacks ran. Long synchronous
 * stretches (draining a busy inbox, building a 2 MiB post) call it every few milliseconds, or
 * the sockets of the post in flight and the monitor's timers wait until they end.
 *
 * @example
 * ```ts
 * import { macrotask } from "./macrotask.ts";
 * await macrotask();
 * ```
 * @module
 */
import { setImmediate } from "node:timers";

/** Resolves after pending I/O callbacks ran (setImmediate: no timer clamping). */
export function macrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
