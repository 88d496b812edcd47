import assert from "node:assert/strict";
import { decodeRunId, encodeId, encodeRunId } from "./ids.ts";
import { GraphqlApiError } from "./errors.ts";

Deno.test("run ids round-trip, W&B-shaped, with colons and non-ASCII in run names", () => {
  assert.equal(atob(encodeRunId("me", "proj", "abc")), "Run:v1:abc:proj:me");
  for (const name of ["abc", "a:b:c", "ünï-cødé", "x y"]) {
    assert.deepEqual(decodeRunId(encodeRunId("me", "proj", name)), {
      entity: "me",
      project: "proj",
      name,
    });
  }
});

Deno.test("invalid run ids are refused with graphql/bad-id", () => {
  for (
    const id of [
      "",
      "!!!",
      btoa("Run:v1:onlyname"),
      encodeId("Project", "p", "e"),
      btoa("Run:v1::p:e"),
    ]
  ) {
    assert.throws(() => decodeRunId(id), (e: unknown) => {
      assert.ok(e instanceof GraphqlApiError);
      assert.equal(e.code, "graphql/bad-id");
      return true;
    }, id);
  }
});
