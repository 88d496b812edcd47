import { deepStrictEqual as assertEquals, match, throws as assertThrows } from "node:assert/strict";
import { FailureRules } from "./rules.ts";

function clock(start = 1_000_000) {
  const c = { now: start, fn: () => c.now };
  return c;
}

Deno.test("flapping: 3 failures within the first 60 s stop the agent", () => {
  const c = clock();
  const rules = new FailureRules({ env: {}, clock: c.fn });
  assertEquals(rules.runEnded(1), undefined);
  c.now += 10_000;
  assertEquals(rules.runEnded(2), undefined);
  c.now += 49_000; // 59 s after the start
  match(
    rules.runEnded(1) ?? "",
    /^Detected 3 failed runs in the first 60 seconds.*WANDB_AGENT_DISABLE_FLAPPING=true$/,
  );
});

Deno.test("flapping: failures after the first 60 s are not flapping", () => {
  const c = clock();
  const rules = new FailureRules({ env: {}, clock: c.fn });
  rules.runEnded(1);
  rules.runEnded(1);
  c.now += 60_000;
  assertEquals(rules.runEnded(1), undefined);
  assertEquals(rules.failed, 3);
  assertEquals(rules.finished, 3);
});

Deno.test("runs killed by a signal (null or negative) and clean exits are not failures", () => {
  const rules = new FailureRules({ env: {}, clock: clock().fn });
  for (const code of [null, -15, 0, null, -9]) assertEquals(rules.runEnded(code), undefined);
  assertEquals(rules.failed, 0);
  assertEquals(rules.finished, 5);
});

Deno.test("initial failures: 5 failed runs with nothing but failures stop the agent", () => {
  const c = clock();
  const rules = new FailureRules({ env: { WANDB_AGENT_DISABLE_FLAPPING: "true" }, clock: c.fn });
  for (let i = 0; i < 4; i++) assertEquals(rules.runEnded(1), undefined);
  match(
    rules.runEnded(1) ?? "",
    /^Detected 5 failed runs in a row.*WANDB_AGENT_MAX_INITIAL_FAILURES=val$/,
  );
});

Deno.test("initial failures: W&B's count (failures >= runs ended before this one)", () => {
  const env = { WANDB_AGENT_DISABLE_FLAPPING: "true", WANDB_AGENT_MAX_INITIAL_FAILURES: "3" };
  // One success first: the third failure has failed 3 >= ended 3, so the agent stops.
  const one = new FailureRules({ env, clock: clock().fn });
  assertEquals(one.runEnded(0), undefined);
  assertEquals(one.runEnded(1), undefined);
  assertEquals(one.runEnded(1), undefined);
  match(one.runEnded(1) ?? "", /^Detected 3 failed runs in a row/);
  // Two successes first: the failures never catch up with the runs ended, so it goes on.
  const two = new FailureRules({ env, clock: clock().fn });
  two.runEnded(0);
  two.runEnded(0);
  for (let i = 0; i < 10; i++) assertEquals(two.runEnded(1), undefined);
});

Deno.test("a WANDB_AGENT_MAX_INITIAL_FAILURES that is not an integer is refused, naming it", () => {
  assertThrows(
    () => new FailureRules({ env: { WANDB_AGENT_MAX_INITIAL_FAILURES: "many" } }),
    (e: Error & { code?: string }) =>
      e.code === "sweep/agent" && /WANDB_AGENT_MAX_INITIAL_FAILURES="many"/.test(e.message),
  );
});
