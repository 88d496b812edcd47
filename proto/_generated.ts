/**
 * The one place that loads the generated protobufjs code (private to `proto/`).
 *
 * It also configures the protobufjs runtime: without `Long`, so 64-bit integer fields decode to
 * plain JS numbers, matching the `number` types that `pbjs --force-number` declared (exact up to
 * 2^53, far above any W&B sequence number, step, offset or byte count); and keeping unknown
 * fields (`$unknowns`) so records from newer clients re-encode without loss.
 *
 * @example
 * ```ts
 * import { wandb_internal } from "./_generated.ts";
 * const bytes = wandb_internal.Record.encode({ num: 7 }).finish();
 * console.assert(wandb_internal.Record.decode(bytes).num === 7);
 * ```
 * @module
 */
import $protobuf from "protobufjs/minimal.js";
// @ts-types="./generated/wandb.d.ts"
import { google, wandb_internal } from "./generated/wandb.js";
import schema from "./generated/wandb_schema.json" with { type: "json" };

$protobuf.Reader.discardUnknown = false;
if ($protobuf.util.Long) {
  // deno-lint-ignore no-explicit-any
  ($protobuf.util as any).Long = undefined;
  $protobuf.configure();
}

/** The reflection descriptor written by `pbjs -t json` (see `generate.ts`). */
export const SCHEMA: SchemaNamespace = schema as SchemaNamespace;

/** A namespace node of the pbjs JSON descriptor. */
export interface SchemaNamespace {
  /** Nested types and namespaces by name. */
  nested?: Record<string, SchemaNode>;
}

/** A field of a message in the pbjs JSON descriptor. */
export interface SchemaField {
  /** Scalar type name or (relative) message/enum type name. */
  type: string;
  /** Field number. */
  id: number;
  /** `"repeated"` for repeated fields. */
  rule?: string;
  /** Map key type, for map fields. */
  keyType?: string;
  /** The name in the .proto file when the JS name differs. */
  protoName?: string;
  /** Field options (`json_name`, `proto3_optional`). */
  options?: { json_name?: string; proto3_optional?: boolean };
}

/** A message, enum or namespace node of the pbjs JSON descriptor. */
export interface SchemaNode extends SchemaNamespace {
  /** Fields by JS (camelCase) name, for messages. */
  fields?: Record<string, SchemaField>;
  /** Oneofs by JS name, for messages. */
  oneofs?: Record<string, { oneof: string[] }>;
  /** Values by name, for enums. */
  values?: Record<string, number>;
}

export { google, wandb_internal };
