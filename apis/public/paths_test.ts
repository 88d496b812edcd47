import assert from "node:assert/strict";
import { parseProjectPath, parseRunPath } from "./paths.ts";
import { ApiError } from "./errors.ts";

Deno.test("parseRunPath() accepts the full, short, web, URL and docker forms", () => {
  assert.deepEqual(parseRunPath("me/demo/abc"), { entity: "me", project: "demo", runId: "abc" });
  assert.deepEqual(parseRunPath("demo/abc"), { project: "demo", runId: "abc" });
  assert.deepEqual(parseRunPath("abc"), { runId: "abc" });
  assert.deepEqual(parseRunPath("me/demo/runs/abc"), {
    entity: "me",
    project: "demo",
    runId: "abc",
  });
  assert.deepEqual(parseRunPath("https://wandb.ai/me/demo/runs/abc?workspace=x"), {
    entity: "me",
    project: "demo",
    runId: "abc",
  });
  assert.deepEqual(parseRunPath("/me/demo/abc/"), { entity: "me", project: "demo", runId: "abc" });
  assert.deepEqual(parseRunPath("me/demo:abc"), { entity: "me", project: "demo", runId: "abc" });
});

Deno.test("parseRunPath() rejects too many parts, empty parts and empty paths, naming the path", () => {
  for (const bad of ["a/b/c/d", "a//c", "", "  ", "a/b/c/d/e", "a/b/runs/c/d"]) {
    assert.throws(() => parseRunPath(bad), (e: unknown) => {
      assert.ok(e instanceof ApiError);
      assert.equal(e.code, "api/bad-path");
      assert.ok(e.message.includes(JSON.stringify(bad)), e.message);
      assert.match(e.message, /entity\/project\/run_id/);
      return true;
    });
  }
});

Deno.test("parseProjectPath() splits entity/project and rejects other shapes", () => {
  assert.deepEqual(parseProjectPath("me/demo"), { entity: "me", project: "demo" });
  assert.deepEqual(parseProjectPath("demo"), { project: "demo" });
  for (const bad of ["a/b/c", "", "/"]) {
    assert.throws(
      () => parseProjectPath(bad),
      (e: unknown) =>
        e instanceof ApiError && e.code === "api/bad-path" &&
        e.message.includes(JSON.stringify(bad)),
    );
  }
});
