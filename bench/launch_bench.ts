/**
 * Launch measure for `deno task bench` (`--only launch`), against the local server in its own
 * process (as `artifacts_bench.ts`):
 *
 * - `push`: items/s enqueued with `pushToRunQueueByName` over HTTP, 8 clients at once;
 * - `pop_8_agents`: items/s the server hands out to 8 launch agents popping one queue of N items
 *   (default 10,000) at once with `popFromRunQueue` over HTTP (each with its agent id, so every
 *   pop also records a heartbeat), until the queue is empty; it then checks, and reports, that no
 *   item was handed out twice and none was lost (the bench throws if one was);
 * - baselines measured in the same run: `pop_1_agent` (one agent over HTTP, a fifth of the items)
 *   and `pop_raw_sqlite` (the store's own pop in this process, no HTTP or GraphQL), with the
 *   8-agent rate as a ratio to each.
 *
 * Run alone: `deno run -A bench/launch_bench.ts [--items N]`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { Store } from "../server/store/mod.ts";
import { startServer } from "./artifacts_bench.ts";

/** Options of {@linkcode benchLaunch}. */
export interface LaunchBenchOptions {
  /** Items queued for the 8 agents. @default 10_000 */
  items?: number;
  /** Agents popping at once. @default 8 */
  agents?: number;
}

const PUSH = `mutation P($q: String!, $spec: JSONString!) { pushToRunQueueByName(input: {
  entityName: "local", projectName: "model-registry", queueName: $q, runSpec: $spec }) {
  runQueueItemId } }`;
const POP = `mutation popFromRunQueue($q: String!, $agent: ID) { popFromRunQueue(input: {
  entityName: "local", projectName: "model-registry", queueName: $q, launchAgentId: $agent }) {
  runQueueItemId runSpec } }`;

/** Runs `n` tasks over `workers` concurrent loops; returns seconds taken. */
async function concurrently(n: number, workers: number, task: (i: number) => Promise<void>) {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: workers }, async () => {
    while (next < n) await task(next++);
  }));
  return (performance.now() - t0) / 1000;
}

/**
 * Measures Launch queue throughput; see the module doc.
 *
 * @example
 * ```ts ignore
 * console.log(await benchLaunch({ items: 1000 }));
 * ```
 */
export async function benchLaunch(options: LaunchBenchOptions = {}) {
  const items = options.items ?? 10_000;
  const agents = options.agents ?? 8;
  const root = await Deno.makeTempDir({ prefix: "launch-bench-" });
  try {
    await using server = await startServer(`${root}/server`);
    const auth = `Basic ${btoa(`api:${server.key}`)}`;
    // deno-lint-ignore no-explicit-any
    const gql = async (query: string, variables: Record<string, unknown>): Promise<any> => {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: auth },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    const createQueue = async (name: string) =>
      (await gql(
        `mutation C($q: String!) { createRunQueue(input: {entityName: "local",
          projectName: "model-registry", queueName: $q, access: PROJECT}) { queueID } }`,
        { q: name },
      )).createRunQueue.queueID as string;
    const pushAll = (queue: string, n: number) =>
      concurrently(n, agents, async (i) => {
        await gql(PUSH, { q: queue, spec: JSON.stringify({ docker: { docker_image: "x" }, i }) });
      });
    /** Pops until empty with `k` agents; returns seconds and the spec index of each pop. */
    const drain = async (queue: string, queueId: string, k: number) => {
      const got: number[] = [];
      const t0 = performance.now();
      await Promise.all(Array.from({ length: k }, async () => {
        const agent = (await gql(
          `mutation A($q: [ID!]!) { createLaunchAgent(input: {entityName: "local",
            projectName: "model-registry", runQueues: $q, hostname: "bench"}) { launchAgentId } }`,
          { q: [queueId] },
        )).createLaunchAgent.launchAgentId;
        for (;;) {
          const p = (await gql(POP, { q: queue, agent })).popFromRunQueue;
          if (!p) return;
          got.push(p.runSpec.i);
        }
      }));
      return { seconds: (performance.now() - t0) / 1000, got };
    };
    const check = (got: number[], n: number) => {
      const distinct = new Set(got);
      const lost = Array.from({ length: n }, (_, i) => i).filter((i) => !distinct.has(i)).length;
      const out = { handed_out: got.length, duplicates: got.length - distinct.size, lost };
      if (out.duplicates || out.lost) {
        throw new Error(`launch bench: items handed out twice or lost: ${JSON.stringify(out)}`);
      }
      return out;
    };

    const mainQ = await createQueue("bench8");
    const pushS = await pushAll("bench8", items);
    const eight = await drain("bench8", mainQ, agents);
    const eightCheck = check(eight.got, items);

    const oneItems = Math.max(1, Math.floor(items / 5));
    const oneQ = await createQueue("bench1");
    await pushAll("bench1", oneItems);
    const one = await drain("bench1", oneQ, 1);
    check(one.got, oneItems);

    // The store's own pop, no HTTP: the floor of a pop's cost.
    const store = Store.open(`${root}/raw`);
    const q = store.launch.createQueue({ entity: "me", project: "p", name: "q", createdBy: null });
    store.transaction(() => {
      for (let i = 0; i < items; i++) store.launch.push(q.id, { spec: JSON.stringify({ i }) });
    });
    const rawGot: number[] = [];
    const t0 = performance.now();
    for (let it; (it = store.launch.pop(q.id, null));) rawGot.push(it.spec.i as number);
    const rawS = (performance.now() - t0) / 1000;
    store.close();
    await store.closed;
    check(rawGot, items);

    const rate = (n: number, s: number) => Math.round(n / s);
    const eightRate = rate(items, eight.seconds);
    return {
      items,
      agents,
      push: { items_per_s: rate(items, pushS), clients: agents },
      pop_8_agents: { items_per_s: eightRate, seconds: +eight.seconds.toFixed(2), ...eightCheck },
      pop_1_agent: { items: oneItems, items_per_s: rate(oneItems, one.seconds) },
      pop_raw_sqlite: { items_per_s: rate(items, rawS) },
      ratio_8_agents_to_1_agent: +(eightRate / rate(oneItems, one.seconds)).toFixed(2),
      ratio_8_agents_to_raw_sqlite: +(eightRate / rate(items, rawS)).toFixed(3),
    };
  } finally {
    await Deno.remove(root, { recursive: true });
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: { items: { type: "string", default: "10000" } },
  });
  console.log(
    JSON.stringify(
      { deno: Deno.version.deno, launch: await benchLaunch({ items: +values.items }) },
      null,
      2,
    ),
  );
}
