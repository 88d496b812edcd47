// Every GraphQL document the official W&B client 0.30 sent during `deno task compat` (captured in
// testdata/graphql/) validates against our schema: a field or type the client selects that we
// lack fails here, without Python.
import assert from "node:assert/strict";
import { buildSchema, parse, validate } from "graphql";
import { SCHEMA_SDL } from "../../server/graphql/schema.ts";

const dir = new URL("testdata/graphql/", import.meta.url);

Deno.test("the official client's captured GraphQL documents validate against our schema", () => {
  const schema = buildSchema(SCHEMA_SDL);
  const files = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) => n.endsWith(".graphql"));
  assert.ok(files.length >= 20, `expected the captured documents, found ${files.length}`);
  const failures: string[] = [];
  for (const name of files.sort()) {
    const text = Deno.readTextFileSync(new URL(name, dir));
    assert.match(text, /^# captured from the official wandb 0\.30\.0 client by: /, name);
    const errors = validate(schema, parse(text));
    if (errors.length) failures.push(`${name}: ${errors.map((e) => e.message).join("; ")}`);
  }
  assert.deepEqual(failures, []);
});

Deno.test("a document selecting a field we lack is refused, naming the field", () => {
  const schema = buildSchema(SCHEMA_SDL);
  const errors = validate(schema, parse("query GetViewer { viewer { id notAField } }"));
  assert.equal(errors.length, 1);
  assert.match(errors[0]!.message, /Cannot query field "notAField" on type "User"/);
});
