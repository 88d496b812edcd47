import assert from "node:assert/strict";
import { findDependencies, lockRequirements } from "./dependencies.ts";

// Fixtures live in testdata/deps/ (a deno.lock with npm and jsr entries, a deno.jsonc with pinned
// imports) with the requirement lines they must give.
const deps = new URL("./testdata/deps/", import.meta.url);
const LOCK_V5 = Deno.readTextFileSync(new URL("deno.lock", deps));
const REQUIREMENTS = Deno.readTextFileSync(new URL("requirements.txt", deps));
const CONFIG_JSONC = Deno.readTextFileSync(new URL("deno.jsonc", deps));
const REQUIREMENTS_NO_LOCK = Deno.readTextFileSync(new URL("requirements_no_lock.txt", deps));

Deno.test("lockRequirements() lists npm and jsr packages of lock v3 to v5, sorted", () => {
  assert.deepEqual(lockRequirements(LOCK_V5), REQUIREMENTS.split("\n"));
  assert.equal(lockRequirements(LOCK_V5).length, 5);
  const v3 = JSON.stringify({ version: "3", packages: { npm: { "chalk@5.3.0": {} } } });
  assert.deepEqual(lockRequirements(v3), ["npm:chalk==5.3.0"]);
  assert.deepEqual(lockRequirements("not json"), []);
});

Deno.test("findDependencies() walks up from the program to deno.json and deno.lock", async () => {
  const dir = await Deno.makeTempDir({ prefix: "wandb_deps_" });
  try {
    const config = '{ "imports": { "protobufjs": "npm:protobufjs@8.8.1" } }\n';
    await Deno.writeTextFile(`${dir}/deno.json`, config);
    await Deno.writeTextFile(`${dir}/deno.lock`, LOCK_V5);
    await Deno.mkdir(`${dir}/src/deep`, { recursive: true });
    const deps = await findDependencies(`file://${dir}/src/deep/train.ts`);
    assert.ok(deps);
    assert.equal(deps.projectDir, dir);
    assert.equal(deps.requirements, REQUIREMENTS);
    assert.deepEqual(deps.files, [
      { name: "deno.json", content: config },
      { name: "deno.lock", content: LOCK_V5 },
    ]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("findDependencies() falls back to the pinned imports without a lock", async () => {
  const dir = await Deno.makeTempDir({ prefix: "wandb_deps_" });
  try {
    const config = CONFIG_JSONC;
    await Deno.writeTextFile(`${dir}/deno.jsonc`, config);
    await Deno.writeTextFile(`${dir}/package.json`, "{}");
    const deps = await findDependencies(`${dir}/main.ts`);
    assert.equal(deps?.requirements, REQUIREMENTS_NO_LOCK);
    assert.deepEqual(deps?.files.map((f) => f.name), ["deno.jsonc", "package.json"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("findDependencies() returns undefined for remote programs and unreadable trees", async () => {
  assert.equal(await findDependencies("https://example.com/main.ts"), undefined);
  const dir = await Deno.makeTempDir({ prefix: "wandb_deps_" });
  try {
    assert.equal(await findDependencies(`${dir}/lonely.ts`), undefined);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "findDependencies() finds nothing without read permission",
  permissions: "none",
  async fn() {
    assert.equal(await findDependencies(new URL("../../mod.ts", import.meta.url).href), undefined);
  },
});

Deno.test("findDependencies() reads this repository's own deno.lock", async () => {
  const deps = await findDependencies(new URL("../../mod.ts", import.meta.url).href);
  assert.ok(deps?.requirements.split("\n").includes("npm:protobufjs==8.8.1"));
  assert.deepEqual(deps?.files.map((f) => f.name), ["deno.json", "deno.lock"]);
});
