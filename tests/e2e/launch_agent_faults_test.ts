/**
 * The launch agent when server calls fail: through a fault-injecting proxy in front of our real
 * server (the client does not retry, so each injected fault is a call that failed "after
 * retries"), a failed agent-state read is logged and polled again, a failed ack fails the item
 * at stage `agent`, and the agent goes on to the next item and ends `KILLED`. The spec it logs
 * has no API key and no URI credentials.
 */
import assert from "node:assert/strict";
import { LaunchAgent } from "../../launch/agent.ts";
import { LaunchApi } from "../../launch/launch_api.ts";
import type { LaunchSpec } from "../../launch/spec.ts";
import { GraphQLClient } from "../../net/graphql.ts";
import { itemError, launchEnv } from "./_launch.ts";
import { startProxy } from "./_online.ts";
import { until } from "./_helpers.ts";

Deno.test("LaunchAgent survives a failed state read and a failed ack, and still ends KILLED", async () => {
  await using env = await launchEnv();
  const failed: string[] = [];
  const proxy = startProxy(env.url, (kind, _n, body) => {
    if (kind !== "graphql") return "pass";
    for (const op of ["query LaunchAgent(", "mutation ackRunQueueItem("]) {
      if (body.includes(op) && !failed.includes(op)) {
        failed.push(op);
        return { status: 500 }; // once each
      }
    }
    return "pass";
  });
  try {
    const gql = new GraphQLClient({
      baseUrl: proxy.url,
      apiKey: env.key,
      retry: { maxRetries: 0, minDelayMs: 1, maxDelayMs: 1 },
    });
    const api = new LaunchApi(gql, env.key, "local");
    const spec: LaunchSpec = {
      entity: "local",
      project: "launched",
      resource: "local-process",
      git: {},
      overrides: {},
    };
    // The first item carries secrets: the agent logs its spec without them.
    const secret = {
      ...spec,
      uri: "https://me:tok-123@127.0.0.1:9/r.git",
      _wandb_api_key: "key-456",
    };
    const first = (await env.api.pushToRunQueue("default", secret, undefined, "model-registry"))
      .runQueueItemId;
    const lines: string[] = [];
    const agent = new LaunchAgent({
      api,
      entity: "local",
      pollIntervalMs: 20,
      handleSignals: false,
      log: (l) => lines.push(l),
    });
    const loop = agent.loop();
    let second = "";
    try {
      await until(async () => (await itemError(env, "default", first)).state === "FAILED", {
        what: "the item whose ack failed is FAILED",
      });
      second = (await env.api.pushToRunQueue("default", spec, undefined, "model-registry"))
        .runQueueItemId;
      await until(async () => (await itemError(env, "default", second)).state === "FAILED", {
        what: "the next item is FAILED by the same agent",
      });
    } finally {
      agent.stop();
      await loop;
    }
    assert.deepEqual(failed, ["query LaunchAgent(", "mutation ackRunQueueItem("]);
    assert.ok(
      lines.some((l) => /^launch: could not read this agent's state: .*; retrying$/.test(l)),
      lines.join("\n"),
    );
    const acked = await itemError(env, "default", first);
    assert.equal(acked.error?.stage, "agent");
    assert.match(
      acked.error?.message ?? "",
      /^Could not acknowledge item \S+: .*; enqueue it again$/,
    );
    const next = await itemError(env, "default", second);
    assert.match(next.error?.message ?? "", /has no source/);
    assert.ok(lines.some((l) => l.includes("https://me:@127.0.0.1:9/r.git")), lines.join("\n"));
    assert.ok(!lines.some((l) => l.includes("tok-123") || l.includes("key-456")), lines.join("\n"));
    assert.equal(agent.status.state, "stopped");
    assert.equal((await env.api.launchAgent(agent.id!))?.agentStatus, "KILLED");
  } finally {
    await proxy.close();
  }
});
