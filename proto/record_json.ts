/**
 * Protobuf canonical JSON (the ProtoJSON mapping) of records and other messages, as the official
 * client's tools print them (records.jsonl's `record` field): JSON names (`_info` → `"Info"`,
 * `json_name` options honoured), 64-bit integers as strings, enums by name, Timestamps as
 * RFC 3339 with 0, 3, 6 or 9 fractional digits, default scalars and empty lists/maps omitted,
 * set sub-messages kept even when empty (`"step": {}`), fields in field-number order.
 *
 * @example
 * ```ts
 * import { recordToJson } from "./record_json.ts";
 * const json = recordToJson({ num: 19, history: { item: [{ nestedKey: ["loss"], valueJson: "1" }], step: {} } });
 * console.assert(JSON.stringify(json) ===
 *   '{"num":"19","history":{"item":[{"nestedKey":["loss"],"valueJson":"1"}],"step":{}}}');
 * ```
 * @module
 */
import { SCHEMA, type SchemaField, type SchemaNode } from "./_generated.ts";
import type { RecordInput } from "./record_codec.ts";

/** Why a value cannot be written as canonical JSON. */
export type ProtoJsonErrorCode = "unknown_type" | "invalid_timestamp";

/** Raised when a value cannot be written as canonical JSON. */
export class ProtoJsonError extends Error {
  /** What went wrong. */
  readonly code: ProtoJsonErrorCode;
  /**
   * Creates the error.
   *
   * @param code what went wrong
   * @param message one line naming the value and where
   */
  constructor(code: ProtoJsonErrorCode, message: string) {
    super(message);
    this.name = "ProtoJsonError";
    this.code = code;
  }
}

const enum Kind {
  Int64,
  Int32,
  Float,
  Double,
  Bool,
  String,
  Bytes,
  Enum,
  Message,
  Timestamp,
  Empty,
}

interface FieldPlan {
  js: string;
  json: string;
  id: number;
  kind: Kind;
  repeated: boolean;
  map: boolean;
  /** Explicit presence: oneof member or proto3 `optional`. */
  presence: boolean;
  /** Fully qualified type name for messages and enums. */
  type: string;
  enumNames?: Map<number, string>;
}

const SCALARS: Record<string, Kind> = {
  int64: Kind.Int64,
  uint64: Kind.Int64,
  sint64: Kind.Int64,
  fixed64: Kind.Int64,
  sfixed64: Kind.Int64,
  int32: Kind.Int32,
  uint32: Kind.Int32,
  sint32: Kind.Int32,
  fixed32: Kind.Int32,
  sfixed32: Kind.Int32,
  float: Kind.Float,
  double: Kind.Double,
  bool: Kind.Bool,
  string: Kind.String,
  bytes: Kind.Bytes,
};

let index: Map<string, SchemaNode> | undefined;
const plans = new Map<string, FieldPlan[]>();

function typeIndex(): Map<string, SchemaNode> {
  if (index) return index;
  index = new Map();
  const walk = (prefix: string, node: SchemaNode) => {
    for (const [name, child] of Object.entries(node.nested ?? {})) {
      const full = prefix ? `${prefix}.${name}` : name;
      index!.set(full, child);
      walk(full, child);
    }
  };
  walk("", SCHEMA);
  return index;
}

/** Resolves a type reference the way protoc does: innermost scope first. */
function resolve(ref: string, scope: string): string {
  const types = typeIndex();
  if (ref.startsWith(".")) return ref.slice(1);
  const parts = scope.split(".");
  for (let i = parts.length; i >= 0; i--) {
    const candidate = [...parts.slice(0, i), ref].join(".");
    if (types.has(candidate)) return candidate;
  }
  throw new ProtoJsonError(
    "unknown_type",
    `type ${ref} referenced from ${scope} is not in the schema`,
  );
}

/** protoc's default JSON name: drop underscores, upper-case the letter after one. */
function defaultJsonName(protoName: string): string {
  let out = "";
  let upper = false;
  for (const c of protoName) {
    if (c === "_") upper = true;
    else if (upper) {
      out += c.toUpperCase();
      upper = false;
    } else out += c;
  }
  return out;
}

function planFor(typeName: string): FieldPlan[] {
  const cached = plans.get(typeName);
  if (cached) return cached;
  const node = typeIndex().get(typeName);
  if (!node?.fields) {
    throw new ProtoJsonError("unknown_type", `${typeName} is not a message type of the schema`);
  }
  const inOneof = new Set<string>();
  for (const o of Object.values(node.oneofs ?? {})) for (const m of o.oneof) inOneof.add(m);
  const list: FieldPlan[] = [];
  for (const [js, f] of Object.entries(node.fields) as [string, SchemaField][]) {
    let kind = SCALARS[f.type];
    let type = f.type;
    let enumNames: Map<number, string> | undefined;
    if (kind === undefined) {
      type = resolve(f.type, typeName);
      const target = typeIndex().get(type)!;
      if (target.values) {
        kind = Kind.Enum;
        enumNames = new Map();
        for (const [name, v] of Object.entries(target.values)) {
          if (!enumNames.has(v)) enumNames.set(v, name);
        }
      } else if (type === "google.protobuf.Timestamp") kind = Kind.Timestamp;
      else if (type === "google.protobuf.Empty") kind = Kind.Empty;
      else kind = Kind.Message;
    }
    list.push({
      js,
      json: f.options?.json_name ?? defaultJsonName(f.protoName ?? js),
      id: f.id,
      kind,
      repeated: f.rule === "repeated",
      map: f.keyType !== undefined,
      presence: inOneof.has(js) || f.options?.proto3_optional === true,
      type,
      enumNames,
    });
  }
  list.sort((a, b) => a.id - b.id);
  plans.set(typeName, list);
  return list;
}

function int64String(v: unknown): string {
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Math.trunc(v));
  return String(v); // string, bigint, or a Long (its toString is exact)
}

function isDefault(plan: FieldPlan, v: unknown): boolean {
  switch (plan.kind) {
    case Kind.Int64:
      if (typeof v === "object" && v !== null && "low" in v && "high" in v) {
        return (v as { low: number; high: number }).low === 0 &&
          (v as { low: number; high: number }).high === 0;
      }
      return v === 0 || v === "0" || v === 0n;
    case Kind.Int32:
    case Kind.Float:
    case Kind.Double:
    case Kind.Enum:
      return v === 0 && !Object.is(v, -0);
    case Kind.Bool:
      return v === false;
    case Kind.String:
      return v === "";
    case Kind.Bytes:
      return (v as Uint8Array).length === 0;
    default:
      return false;
  }
}

function nonFinite(n: number): string | number {
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "Infinity";
  if (n === -Infinity) return "-Infinity";
  return n;
}

/** The shortest decimal that reads back as the same 32-bit float. */
function float32(n: number): string | number {
  if (!Number.isFinite(n)) return nonFinite(n);
  const f = Math.fround(n);
  for (let p = 1; p <= 9; p++) {
    const s = Number(f.toPrecision(p));
    if (Math.fround(s) === f) return s;
  }
  return f;
}

function base64(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the canonical JSON range. */
const MIN_SECONDS = -62_135_596_800;
const MAX_SECONDS = 253_402_300_799;

function timestamp(v: { seconds?: unknown; nanos?: number | null }): string {
  const seconds = Number(v.seconds ?? 0);
  const nanos = v.nanos ?? 0;
  if (
    !(seconds >= MIN_SECONDS && seconds <= MAX_SECONDS) || !Number.isInteger(nanos) ||
    nanos < 0 || nanos > 999_999_999
  ) {
    throw new ProtoJsonError(
      "invalid_timestamp",
      `Timestamp {seconds: ${v.seconds}, nanos: ${v.nanos}} is outside 0001-01-01..9999-12-31 ` +
        `or has nanos outside 0..999999999; fix the value before converting`,
    );
  }
  const iso = new Date(seconds * 1000).toISOString(); // YYYY-MM-DDTHH:MM:SS.000Z
  const base = iso.slice(0, iso.indexOf("."));
  if (nanos === 0) return `${base}Z`;
  const digits = String(nanos).padStart(9, "0");
  const frac = nanos % 1_000_000 === 0
    ? digits.slice(0, 3)
    : nanos % 1000 === 0
    ? digits.slice(0, 6)
    : digits;
  return `${base}.${frac}Z`;
}

function scalar(plan: FieldPlan, v: unknown): unknown {
  switch (plan.kind) {
    case Kind.Int64:
      return int64String(v);
    case Kind.Int32:
      return Number(v);
    case Kind.Float:
      return float32(Number(v));
    case Kind.Double:
      return nonFinite(Number(v));
    case Kind.Bool:
      return Boolean(v);
    case Kind.String:
      return String(v);
    case Kind.Bytes:
      return base64(v as Uint8Array);
    case Kind.Enum:
      return plan.enumNames!.get(Number(v)) ?? Number(v);
    case Kind.Timestamp:
      return timestamp(v as { seconds?: unknown; nanos?: number });
    case Kind.Empty:
      return {};
    case Kind.Message:
      return messageToJson(plan.type, v as Record<string, unknown>);
  }
}

function mapKeyPlan(plan: FieldPlan): FieldPlan {
  return { ...plan, repeated: false, map: false };
}

function writeFields(
  typeName: string,
  message: Record<string, unknown>,
  out: [number, string, unknown][],
): void {
  for (const plan of planFor(typeName)) {
    const v = message[plan.js];
    if (v === undefined || v === null) continue;
    if (plan.map) {
      const entries = Object.entries(v as Record<string, unknown>);
      if (entries.length === 0) continue;
      const valuePlan = mapKeyPlan(plan);
      const obj: Record<string, unknown> = {};
      for (const [k, mv] of entries) obj[k] = scalar(valuePlan, mv);
      out.push([plan.id, plan.json, obj]);
    } else if (plan.repeated) {
      const arr = v as unknown[];
      if (arr.length === 0) continue;
      out.push([plan.id, plan.json, arr.map((x) => scalar(plan, x))]);
    } else if (plan.kind >= Kind.Message || plan.presence || !isDefault(plan, v)) {
      out.push([plan.id, plan.json, scalar(plan, v)]);
    }
  }
}

function toObject(fields: [number, string, unknown][]): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (const [, name, value] of fields) obj[name] = value;
  return obj;
}

/**
 * Canonical JSON of any message of the schema, given its full name (e.g.
 * `"wandb_internal.RunRecord"`) and a decoded message or plain properties object.
 *
 * @throws {ProtoJsonError} when `typeName` is not a message of the schema
 * @example
 * ```ts
 * import { messageToJson } from "./record_json.ts";
 * const json = messageToJson("wandb_internal.GitRepoRecord", { remoteUrl: "u", commit: "" });
 * console.assert(JSON.stringify(json) === '{"remote":"u"}');
 * ```
 */
export function messageToJson(
  typeName: string,
  message: Record<string, unknown> | object,
): Record<string, unknown> {
  const fields: [number, string, unknown][] = [];
  writeFields(typeName, message as Record<string, unknown>, fields);
  return toObject(fields);
}

/**
 * Canonical JSON of a record, equal to records.jsonl's `record` field for the same record.
 * Legacy members (`linkArtifact`, `wandbConfigParameters`) appear under their v0.16.6 names.
 *
 * @example
 * ```ts
 * import { recordToJson } from "./record_json.ts";
 * const json = recordToJson({ num: 1, header: { versionInfo: { producer: "0.30.0" } } });
 * console.assert(JSON.stringify(json) === '{"num":"1","header":{"versionInfo":{"producer":"0.30.0"}}}');
 * ```
 */
export function recordToJson(record: RecordInput): Record<string, unknown> {
  const fields: [number, string, unknown][] = [];
  const r = record as Record<string, unknown>;
  writeFields("wandb_internal.Record", r, fields);
  if (record.linkArtifact != null || record.wandbConfigParameters != null) {
    writeFields("wandb_internal.LegacyRecord", r, fields);
    fields.sort((a, b) => a[0] - b[0]);
  }
  return toObject(fields);
}
