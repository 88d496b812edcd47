import { deepStrictEqual as assertEquals, match, rejects } from "node:assert/strict";
import { GraphQLClient } from "../../net/graphql.ts";
import { parseYaml } from "../../internal/run_files/_yaml.ts";
import {
  agentHeartbeat,
  parseSweepPath,
  sweepWithRuns,
  UPSERT_SWEEP_VARIANTS,
  upsertSweep,
} from "./gql.ts";
import { pyStr } from "./command.ts";

/** A GraphQL endpoint that answers with `answer(query, variables)`, recording each request. */
function fakeServer(
  answer: (query: string, vars: Record<string, unknown>) => { status?: number; body: unknown },
) {
  const seen: { query: string; variables: Record<string, unknown> }[] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
    const { query, variables } = await req.json();
    seen.push({ query, variables });
    const a = answer(query, variables);
    return Response.json(a.body, { status: a.status ?? 200 });
  });
  const gql = new GraphQLClient({
    baseUrl: `http://127.0.0.1:${server.addr.port}`,
    apiKey: "k".repeat(40),
    retry: { maxRetries: 0, minDelayMs: 1, maxDelayMs: 1 },
  });
  return { gql, seen, [Symbol.asyncDispose]: () => server.shutdown() };
}

Deno.test("UpsertSweep falls back through W&B's 5 variants on GraphQL errors", async () => {
  await using s = fakeServer((query) => {
    if (query.includes("launchScheduler") || query.includes("configValidationWarnings")) {
      return { body: { errors: [{ message: "Unknown field" }] } };
    }
    return {
      body: {
        data: {
          upsertSweep: { sweep: { name: "abc123", project: { name: "p", entity: { name: "e" } } } },
        },
      },
    };
  });
  const made = await upsertSweep(s.gql, {
    config: { method: "grid", description: "d", parameters: { x: { values: [1, 2] } } },
    project: "p",
  });
  assertEquals(made, { name: "abc123", project: "p", entity: "e", warnings: [] });
  assertEquals(s.seen.map((r) => r.query), UPSERT_SWEEP_VARIANTS.slice(0, 4));
  const v = s.seen[0]!.variables;
  assertEquals(v.description, "d");
  assertEquals(v.projectName, "p");
  assertEquals(v.entityName, null);
  assertEquals(parseYaml(v.config as string), {
    description: "d",
    method: "grid",
    parameters: { x: { values: [1, 2] } },
  });
  assertEquals(v.priorRunsFilters, null);
  assertEquals(v.templateVariableValues, "null");
  // The 5th variant asks for neither the project nor the warnings.
  const last = UPSERT_SWEEP_VARIANTS[4]!;
  assertEquals([last.includes("project {"), last.includes("configValidationWarnings")], [
    false,
    false,
  ]);
});

Deno.test("UpsertSweep sends prior runs as W&B's filter and quotes strings that start with 0", async () => {
  await using s = fakeServer(() => ({
    body: { data: { upsertSweep: { sweep: { name: "abc123" }, configValidationWarnings: [] } } },
  }));
  await upsertSweep(s.gql, {
    config: { method: "grid", parameters: { code: { values: ["008", "7", "0"] } } },
    priorRuns: ["r1", "r2"],
  });
  const v = s.seen[0]!.variables;
  assertEquals(v.priorRunsFilters, JSON.stringify({ $or: [{ name: "r1" }, { name: "r2" }] }));
  // W&B's NonOctalStringDumper: '008' stays a string for a YAML 1.2 reader; "7" is quoted anyway.
  assertEquals(
    v.config,
    "method: grid\nparameters:\n  code:\n    values:\n    - '008'\n    - '7'\n    - '0'\n",
  );
});

Deno.test("UpsertSweep: an HTTP error is thrown at once, without trying the other variants", async () => {
  await using s = fakeServer(() => ({ status: 401, body: { errors: [{ message: "no" }] } }));
  await rejects(upsertSweep(s.gql, { config: { method: "grid", parameters: {} } }), {
    name: "CommError",
  });
  assertEquals(s.seen.length, 1);
});

Deno.test("SweepWithRuns: an unknown sweep is a typed error naming it", async () => {
  await using s = fakeServer(() => ({ body: { data: { project: { sweep: null } } } }));
  await rejects(
    sweepWithRuns(s.gql, { entity: "e", project: "p", sweep: "nope" }),
    (e: Error & { code?: string }) => {
      assertEquals(e.code, "sweep/not-found");
      match(e.message, /^Sweep e\/p\/nope not found/);
      return true;
    },
  );
  assertEquals(s.seen[0]!.variables, { entity: "e", project: "p", sweep: "nope", specs: "{}" });
});

Deno.test("Heartbeat sends run states as JSON text and reads commands with floats kept", async () => {
  await using s = fakeServer(() => ({
    body: {
      data: {
        agentHeartbeat: {
          agent: { id: "a1" },
          commands:
            '[{"type": "run", "run_id": "r1", "program": "t.py", "args": {"lr": {"value": 1.0}}}]',
        },
      },
    },
  }));
  const commands = await agentHeartbeat(s.gql, "a1", { r0: true });
  assertEquals(s.seen[0]!.variables, { id: "a1", metrics: "{}", runState: '{"r0":true}' });
  assertEquals(commands.length, 1);
  assertEquals(pyStr(commands[0]!.args!.lr!.value), "1.0");
});

Deno.test("sweep paths: id, project/id, entity/project/id; more parts are refused", () => {
  assertEquals(parseSweepPath("abc", { entity: "e", project: "p" }), {
    entity: "e",
    project: "p",
    sweep: "abc",
  });
  assertEquals(parseSweepPath("q/abc", { project: "p" }), {
    entity: undefined,
    project: "q",
    sweep: "abc",
  });
  assertEquals(parseSweepPath("x/q/abc"), { entity: "x", project: "q", sweep: "abc" });
  try {
    parseSweepPath("a/b/c/d");
    throw new Error("not refused");
  } catch (e) {
    assertEquals((e as { code?: string }).code, "sweep/id");
  }
});
