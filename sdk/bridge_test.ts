import assert from "node:assert/strict";
import { encodeRecord } from "../proto/mod.ts";
import type { FinishResult, FlushResult } from "../proto/worker_protocol.ts";
import { RecordField, recordField } from "../proto/wire.ts";
import { readTransactionLog } from "../internal/transaction_log.ts";
import { Bridge, INFLIGHT_LIMIT } from "./bridge.ts";

Deno.test({
  name: "Bridge.publish() keeps the bytes in flight under INFLIGHT_LIMIT and every record arrives",
  async fn() {
    const runDir = await Deno.makeTempDir({ prefix: "wandb-bridge-test-" });
    await Deno.mkdir(`${runDir}/files`);
    await Deno.mkdir(`${runDir}/logs`);
    const bridge = Bridge.start({
      runId: "bridge1",
      project: "p",
      mode: "offline",
      runDir,
      startMs: Date.now(),
      statsInterval: 0,
      disableGit: true,
      program: "bridge_test.ts",
      args: [],
      rootDir: runDir,
      host: "test",
      version: "0.0.0",
    });
    try {
      // 16 × the limit, published without ever yielding: only backpressure bounds the queue.
      const record = encodeRecord({
        history: { item: [{ key: "x", valueJson: JSON.stringify("a".repeat(1000)) }] },
      });
      const count = Math.ceil((16 * INFLIGHT_LIMIT) / record.length);
      for (let i = 0; i < count; i++) bridge.frames.pushFrame(record);
      const flushed = await bridge.deliver<FlushResult>({ op: "flush" });
      assert.ok(
        bridge.maxInflight <= INFLIGHT_LIMIT,
        `${bridge.maxInflight} bytes were in flight; the limit is ${INFLIGHT_LIMIT}`,
      );
      assert.ok(bridge.maxInflight > 0);
      assert.ok(flushed.records > count);
      assert.ok(flushed.memory && flushed.memory.heapTotal > 0, "the flush reply has the memory");
      const done = await bridge.deliver<FinishResult>({ op: "finish", exitCode: 0, runtime: 1 });
      assert.ok(done.records > flushed.records);
      let histories = 0;
      for await (const entry of readTransactionLog(await Deno.readFile(done.logPath))) {
        assert.equal(entry.kind, "record");
        if (entry.kind === "record" && recordField(entry.bytes) === RecordField.history) {
          histories++;
        }
      }
      assert.equal(histories, count);
    } finally {
      await bridge.terminate();
      await Deno.remove(runDir, { recursive: true });
    }
  },
});
