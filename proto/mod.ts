/**
 * The W&B record protocol: generated protobuf types for every record, request and response of
 * `wandb_internal` (from the `.proto` files in this folder), record encode/decode, the record's
 * type name, and protobuf canonical JSON. The only public face of `proto/`: nothing outside this
 * folder imports protobufjs or `proto/generated/` directly.
 *
 * 64-bit integer fields are plain JS `number`s (exact up to 2^53). Decoding keeps unknown fields,
 * and encoding writes them back.
 *
 * **Era rule.** Record numbers 24 and 26 changed type after wandb v0.16: in v0.16-era files they
 * are `LinkArtifactRecord link_artifact` and `LaunchWandbConfigParametersRecord
 * wandb_config_parameters`; in newer files `google.protobuf.Empty noop_link_artifact` and
 * `EnvironmentRecord environment` (27 `OutputLoggerRecord output_logger` is new). A file is
 * v0.16-era when its header record has no `version_info` ({@linkcode isLegacyHeader}); decode every
 * record of such a file with `decodeRecord(bytes, { legacy: true })`, which puts fields 24/26 in
 * `linkArtifact` / `wandbConfigParameters` instead. `recordType` and `recordToJson` report them
 * under those names, and `encodeRecord` writes them back with their old numbers.
 *
 * ```ts
 * import { decodeRecord, encodeRecord, isLegacyHeader, recordToJson, recordType } from "./mod.ts";
 * const files = [encodeRecord({ num: 1, header: { versionInfo: { producer: "0.30.0" } } }),
 *   encodeRecord({ num: 2, environment: { os: "Linux" } })];
 * let legacy = false;
 * for (const [i, bytes] of files.entries()) {
 *   const rec = decodeRecord(bytes, { legacy });
 *   if (i === 0) legacy = isLegacyHeader(rec);
 *   console.log(recordType(rec), JSON.stringify(recordToJson(rec)));
 * }
 * ```
 * @module
 */
export { google, wandb_internal } from "./_generated.ts";
export {
  type DecodedRecord,
  decodeRecord,
  type DecodeRecordOptions,
  encodeRecord,
  isLegacyHeader,
  type LegacyRecordFields,
  RecordDecodeError,
  type RecordDecodeErrorCode,
  type RecordInput,
  recordType,
  type RecordTypeName,
} from "./record_codec.ts";
export {
  messageToJson,
  ProtoJsonError,
  type ProtoJsonErrorCode,
  recordToJson,
} from "./record_json.ts";
export { RecordField, recordField } from "./wire.ts";
