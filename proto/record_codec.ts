/**
 * Encoding and decoding of `Record`s (records.md §2), the oneof type name of a record, and the
 * era rule for the Record numbers whose type changed between wandb v0.16.6 and newer clients.
 *
 * Era rule: a `.wandb` file whose first record (the header) has no `version_info` was written by
 * a v0.16-era client. In such a file Record field 24 is `LinkArtifactRecord link_artifact` and
 * field 26 is `LaunchWandbConfigParametersRecord wandb_config_parameters`; in newer files 24 is
 * `google.protobuf.Empty noop_link_artifact` and 26 is `EnvironmentRecord environment`. Decode
 * every record of a legacy file with `decodeRecord(bytes, { legacy: true })`.
 *
 * @example
 * ```ts
 * import { decodeRecord, encodeRecord, isLegacyHeader, recordType } from "./record_codec.ts";
 * const header = decodeRecord(encodeRecord({ num: 1, header: {} }));
 * const legacy = isLegacyHeader(header); // true: no version_info
 * const rec = decodeRecord(encodeRecord({ num: 2, linkArtifact: { portfolioName: "p" } }), { legacy });
 * console.assert(recordType(rec) === "link_artifact");
 * ```
 * @module
 */
import { SCHEMA, type SchemaField, wandb_internal } from "./_generated.ts";

/** Record members that only exist in v0.16-era files (numbers 24 and 26). */
export interface LegacyRecordFields {
  /** v0.16.6 Record field 24. */
  linkArtifact?: wandb_internal.ILinkArtifactRecord | null;
  /** v0.16.6 Record field 26. */
  wandbConfigParameters?: wandb_internal.ILaunchWandbConfigParametersRecord | null;
}

/** A record to encode: the generated properties, plus the legacy members. */
export type RecordInput = wandb_internal.IRecord & LegacyRecordFields;

/** A decoded record: the generated message, plus the legacy members when decoded as legacy. */
export type DecodedRecord = wandb_internal.Record & LegacyRecordFields;

/** Why bytes could not be decoded as a Record. */
export type RecordDecodeErrorCode =
  | "truncated"
  | "invalid_wire_type"
  | "invalid_varint"
  | "invalid_utf8"
  | "too_deep"
  | "malformed";

/** Raised by {@linkcode decodeRecord} on bytes that are not a valid protobuf `Record`. */
export class RecordDecodeError extends Error {
  /** What was wrong with the bytes. */
  readonly code: RecordDecodeErrorCode;
  /**
   * Creates the error.
   *
   * @param code what was wrong
   * @param message one line naming the problem and where
   * @param options the protobufjs error as `cause`
   */
  constructor(code: RecordDecodeErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "RecordDecodeError";
    this.code = code;
  }
}

function decodeErrorCode(message: string): RecordDecodeErrorCode {
  if (message.startsWith("index out of range")) return "truncated";
  if (message.startsWith("invalid wire type") || message.includes("end group")) {
    return "invalid_wire_type";
  }
  if (message.includes("varint") || message.includes("encoding")) return "invalid_varint";
  if (message.includes("encoded data")) return "invalid_utf8"; // TextDecoder({ fatal: true })
  if (message.includes("depth")) return "too_deep";
  return "malformed";
}

/**
 * Serializes a record to protobuf bytes. Legacy members (`linkArtifact`,
 * `wandbConfigParameters`) are written with their v0.16.6 numbers.
 *
 * @example
 * ```ts
 * import { encodeRecord } from "./record_codec.ts";
 * const bytes = encodeRecord({ num: 1, exit: { exitCode: 0, runtime: 3 } });
 * console.assert(bytes[0] === 0x08);
 * ```
 */
export function encodeRecord(record: RecordInput): Uint8Array {
  const main = wandb_internal.Record.encode(record).finish();
  if (record.linkArtifact == null && record.wandbConfigParameters == null) return main;
  const legacy = wandb_internal.LegacyRecord.encode({
    linkArtifact: record.linkArtifact,
    wandbConfigParameters: record.wandbConfigParameters,
  }).finish();
  // Concatenated protobuf messages merge on decode, so this is one valid Record.
  const out = new Uint8Array(main.length + legacy.length);
  out.set(main, 0);
  out.set(legacy, main.length);
  return out;
}

/** Options of {@linkcode decodeRecord}. */
export interface DecodeRecordOptions {
  /**
   * Read numbers 24 and 26 with their v0.16.6 types (`linkArtifact`, `wandbConfigParameters`).
   * Set it for every record of a file whose header {@linkcode isLegacyHeader}.
   */
  legacy?: boolean;
}

/**
 * Parses protobuf bytes into a `Record`. Unknown fields are kept (in `$unknowns`) and written
 * back by {@linkcode encodeRecord}.
 *
 * @throws {RecordDecodeError} when the bytes are not a valid protobuf message
 * @example
 * ```ts
 * import { decodeRecord, encodeRecord } from "./record_codec.ts";
 * const rec = decodeRecord(encodeRecord({ num: 3, config: { update: [{ key: "lr", valueJson: "0.1" }] } }));
 * console.assert(rec.config?.update?.[0]?.key === "lr");
 * ```
 */
export function decodeRecord(bytes: Uint8Array, options: DecodeRecordOptions = {}): DecodedRecord {
  let record: DecodedRecord;
  try {
    record = wandb_internal.Record.decode(bytes);
    if (options.legacy && (record.environment != null || record.noopLinkArtifact != null)) {
      const legacy = wandb_internal.LegacyRecord.decode(bytes);
      delete record.environment;
      delete record.noopLinkArtifact;
      if (legacy.linkArtifact != null) record.linkArtifact = legacy.linkArtifact;
      if (legacy.wandbConfigParameters != null) {
        record.wandbConfigParameters = legacy.wandbConfigParameters;
      }
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new RecordDecodeError(
      decodeErrorCode(message),
      `cannot decode ${bytes.length} bytes as a wandb_internal.Record: ${message}; ` +
        `the record is corrupt or not a W&B record`,
      { cause: e },
    );
  }
  return record;
}

/** The oneof member name of every record type, snake_case as in `.proto` (e.g. "output_raw"). */
export type RecordTypeName =
  | "history"
  | "summary"
  | "output"
  | "config"
  | "files"
  | "stats"
  | "artifact"
  | "tbrecord"
  | "alert"
  | "telemetry"
  | "metric"
  | "output_raw"
  | "run"
  | "exit"
  | "final"
  | "header"
  | "footer"
  | "preempting"
  | "noop_link_artifact"
  | "use_artifact"
  | "environment"
  | "output_logger"
  | "request"
  | "link_artifact"
  | "wandb_config_parameters"
  | "unknown";

let typeMembers: [jsName: string, protoName: RecordTypeName][] | undefined;

function recordTypeMembers(): [string, RecordTypeName][] {
  if (typeMembers) return typeMembers;
  const nested = SCHEMA.nested?.wandb_internal?.nested ?? {};
  const members: [string, RecordTypeName][] = [];
  for (const name of ["Record", "LegacyRecord"]) {
    const node = nested[name];
    const fields: Record<string, SchemaField> = node?.fields ?? {};
    for (const js of node?.oneofs?.recordType?.oneof ?? []) {
      members.push([js, (fields[js]?.protoName ?? js) as RecordTypeName]);
    }
  }
  return (typeMembers = members);
}

/**
 * The record's oneof member in snake_case, as in records.jsonl's `type` ("header", "run",
 * "output_raw", "environment", ...; "link_artifact" / "wandb_config_parameters" for legacy
 * members). `"unknown"` when no member is set (e.g. a type from a newer client).
 *
 * @example
 * ```ts
 * import { recordType } from "./record_codec.ts";
 * console.assert(recordType({ outputRaw: { line: "hi" } }) === "output_raw");
 * ```
 */
export function recordType(record: RecordInput): RecordTypeName {
  for (const [js, proto] of recordTypeMembers()) {
    if ((record as Record<string, unknown>)[js] != null) return proto;
  }
  return "unknown";
}

/**
 * True when `record` is a header written by a v0.16-era client (no `version_info`): decode the
 * rest of that file with `{ legacy: true }`. False for any other record.
 *
 * @example
 * ```ts
 * import { isLegacyHeader } from "./record_codec.ts";
 * console.assert(isLegacyHeader({ header: {} }));
 * console.assert(!isLegacyHeader({ header: { versionInfo: { producer: "0.30.0" } } }));
 * ```
 */
export function isLegacyHeader(record: RecordInput): boolean {
  return record.header != null && record.header.versionInfo == null;
}
