import assert from "node:assert/strict";
import { generate, GENERATED_FILES } from "./generate.ts";

Deno.test("proto/generated/ is up to date with the .proto files (run `deno task proto` if not)", async () => {
  const outDir = await Deno.makeTempDir({ prefix: "wandb_proto_stale_" });
  try {
    const fresh = await generate({ outDir });
    assert.deepEqual(Object.keys(fresh).sort(), [...GENERATED_FILES].sort());
    for (const name of GENERATED_FILES) {
      const committed = await Deno.readTextFile(new URL(`./generated/${name}`, import.meta.url));
      assert.ok(
        committed === fresh[name],
        `proto/generated/${name} differs from a fresh generation: run \`deno task proto\``,
      );
    }
    assert.match(fresh["wandb.js"]!, /from "protobufjs\/minimal\.js"/);
    assert.match(fresh["wandb.d.ts"]!, /class Record\b/);
  } finally {
    await Deno.remove(outDir, { recursive: true });
  }
});
