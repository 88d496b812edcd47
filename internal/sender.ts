/**
 * The sender stage: turns records into the server conversation. In offline mode it only drains
 * its input (the transaction log is the durable copy that `wandb sync` uploads later); the online
 * conversation (UpsertBucket, file_stream, uploads) plugs in here.
 *
 * @example
 * ```ts ignore
 * await runSender(channel, { mode: "offline" });
 * ```
 * @module
 */

/** Items the sender consumes: encoded record frames, batched. */
export type SenderItem = { kind: "batch"; bytes: Uint8Array } | {
  kind: "record";
  bytes: Uint8Array;
};

/** Options of {@linkcode runSender}. */
export interface SenderOptions {
  mode: "online" | "offline";
}

/**
 * Runs the sender until `items` ends.
 *
 * @returns the number of items consumed
 */
export async function runSender(
  items: AsyncIterable<SenderItem>,
  options: SenderOptions,
): Promise<number> {
  let n = 0;
  for await (const _item of items) {
    n++;
    if (options.mode === "offline") continue;
    // Online sending is not built yet: records stay in the transaction log for `wandb sync`.
  }
  return n;
}
