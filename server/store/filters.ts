/**
 * Compiles W&B's Mongo-style run filters and order strings into SQLite `WHERE` / `ORDER BY`
 * fragments over the `runs` table, with every value (and JSON path) bound as a parameter.
 *
 * Field paths: `config.<key>` (the wrapped config's `.value`; a trailing `.value` is accepted),
 * `summary_metrics.<key>` / `summaryMetrics.<key>`, `system_metrics.<key>` (the whole rest one
 * key, as system-metrics rows are flat: `system_metrics.system.cpu`), `tags` (array: an
 * operator matches if any tag matches; `$ne`/`$nin` if none does), and the columns `state`, `name`,
 * `displayName`, `createdAt`, `updatedAt`, `heartbeatAt`, `group`, `jobType`, `sweep`, `host`,
 * `program`, `notes`, `description`, `commit`, `exitcode` (snake_case spellings too).
 *
 * @example
 * ```ts
 * import { compileRunFilters } from "./filters.ts";
 * const q = compileRunFilters({ "config.lr": { $gt: 0.01 }, state: "finished" }, "-summary_metrics.loss");
 * console.assert(q.params.length === 3 && q.where.includes("json_extract"));
 * ```
 * @module
 */
import type { DatabaseSync } from "node:sqlite";

/** Why a filter or order was rejected. */
export type FilterErrorCode =
  | "filter/bad-json"
  | "filter/unknown-operator"
  | "filter/unknown-field"
  | "filter/bad-value"
  | "filter/bad-order";

/** A filter or order that cannot be compiled; `path` locates the offending part. */
export class FilterError extends Error {
  override name = "FilterError";
  /**
   * @param code stable error code
   * @param path where in the filter, e.g. `filters.$and[1].config.lr.$foo`
   * @param detail what is wrong and how to fix it
   * @example
   * ```ts
   * import { FilterError } from "./filters.ts";
   * const e = new FilterError("filter/unknown-operator", "filters.state.$foo", "unknown operator");
   * console.assert(e.message.startsWith("Bad run filter at filters.state.$foo"));
   * ```
   */
  constructor(readonly code: FilterErrorCode, readonly path: string, detail: string) {
    super(`Bad run filter at ${path}: ${detail}`);
  }
}

/** A compiled filter + order; `where` binds `params`, `orderBy` and `sortExpr` bind `sortParams`. */
export interface CompiledRunQuery {
  /** SQL boolean expression over the `runs` table (no `WHERE` keyword); `"1"` when empty. */
  where: string;
  /** Parameters of `where`, in order. */
  params: unknown[];
  /** `ORDER BY` body (no keyword), ending with the `runs.id` tie-breaker. */
  orderBy: string;
  /** The primary sort expression, for keyset cursors. */
  sortExpr: string;
  /** Parameters of `sortExpr` (and so of `orderBy`). */
  sortParams: unknown[];
  /** True for a descending order. */
  descending: boolean;
}

type Scalar = string | number | null;
/** An SQL expression and the params it binds. */
type Expr = [sql: string, params: unknown[]];
type Field =
  | { kind: "column"; sql: string }
  | { kind: "json"; column: string; path: string }
  | { kind: "array"; column: string };

const COLUMNS: Record<string, string> = {
  state: "state",
  name: "name",
  displayName: "display_name",
  display_name: "display_name",
  createdAt: "created_at",
  created_at: "created_at",
  updatedAt: "updated_at",
  updated_at: "updated_at",
  heartbeatAt: "heartbeat_at",
  heartbeat_at: "heartbeat_at",
  group: "run_group",
  jobType: "job_type",
  job_type: "job_type",
  sweep: "sweep",
  sweepName: "sweep",
  host: "host",
  program: "program",
  notes: "notes",
  description: "description",
  commit: "git_commit",
  exitcode: "exitcode",
};

const JSON_PREFIXES: Record<string, string> = {
  config: "config",
  summary_metrics: "summary",
  summaryMetrics: "summary",
  system_metrics: "system_metrics",
  systemMetrics: "system_metrics",
};

const OPERATORS = new Set([
  "$eq",
  "$ne",
  "$gt",
  "$gte",
  "$lt",
  "$lte",
  "$in",
  "$nin",
  "$regex",
  "$options",
  "$exists",
]);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function jsonPath(keys: string[], at: string): string {
  let p = "$";
  for (const k of keys) {
    if (k === "" || k.includes('"')) {
      throw new FilterError(
        "filter/unknown-field",
        at,
        `key ${JSON.stringify(k)} is empty or contains '"'`,
      );
    }
    p += `."${k}"`;
  }
  return p;
}

function resolveField(field: string, at: string): Field {
  const column = COLUMNS[field];
  if (column) return { kind: "column", sql: `runs.${column}` };
  if (field === "tags") return { kind: "array", column: "runs.tags" };
  const dot = field.indexOf(".");
  const prefix = dot > 0 ? JSON_PREFIXES[field.slice(0, dot)] : undefined;
  if (prefix) {
    const keys = field.slice(dot + 1).split(".");
    if (prefix === "config") {
      // Config is stored wrapped ({"lr": {"value": 0.1, "desc": null}}); `config.lr.value` is
      // accepted as a synonym of `config.lr`.
      if (keys.length > 1 && keys[1] === "value") keys.splice(1, 1);
      keys.splice(1, 0, "value");
    } else if (prefix === "system_metrics") {
      // System-metrics rows are flat, their keys dotted: `system_metrics.system.cpu` is the key
      // "system.cpu".
      keys.splice(0, keys.length, keys.join("."));
    }
    return { kind: "json", column: `runs.${prefix}`, path: jsonPath(keys, at) };
  }
  throw new FilterError(
    "filter/unknown-field",
    at,
    `unknown field "${field}"; use config.<key>, summary_metrics.<key>, tags, state, name, displayName, createdAt, group, jobType, ...`,
  );
}

function scalar(v: unknown, at: string): Scalar {
  if (v === null || typeof v === "string") return v;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new FilterError("filter/bad-value", at, "non-finite number");
    return v;
  }
  if (typeof v === "boolean") return v ? 1 : 0;
  throw new FilterError(
    "filter/bad-value",
    at,
    `expected a string, number, boolean or null, got ${Array.isArray(v) ? "an array" : typeof v}`,
  );
}

class Compiler {
  readonly params: unknown[] = [];

  doc(d: unknown, at: string): string {
    if (!isObject(d)) throw new FilterError("filter/bad-value", at, "expected an object");
    const parts: string[] = [];
    for (const [key, value] of Object.entries(d)) {
      const here = `${at}.${key}`;
      if (key === "$and" || key === "$or" || key === "$nor") {
        if (!Array.isArray(value)) {
          throw new FilterError("filter/bad-value", here, `${key} takes an array of filters`);
        }
        const subs = value.map((s, i) => this.doc(s, `${here}[${i}]`));
        if (key === "$and") parts.push(subs.length ? `(${subs.join(" AND ")})` : "1");
        else if (key === "$or") parts.push(subs.length ? `(${subs.join(" OR ")})` : "0");
        else parts.push(subs.length ? `NOT (${subs.join(" OR ")})` : "1");
      } else if (key.startsWith("$")) {
        throw new FilterError("filter/unknown-operator", here, `unknown operator "${key}"`);
      } else {
        parts.push(this.field(key, value, here));
      }
    }
    return parts.length === 0 ? "1" : parts.length === 1 ? parts[0]! : `(${parts.join(" AND ")})`;
  }

  field(name: string, cond: unknown, at: string): string {
    const f = resolveField(name, at);
    const ops = isObject(cond) && Object.keys(cond).some((k) => k.startsWith("$"))
      ? cond
      : { $eq: cond };
    const parts: string[] = [];
    for (const [op, v] of Object.entries(ops)) {
      const here = ops === cond ? `${at}.${op}` : at;
      if (!OPERATORS.has(op)) {
        throw new FilterError("filter/unknown-operator", here, `unknown operator "${op}"`);
      }
      if (op === "$options") {
        if (!("$regex" in ops)) {
          throw new FilterError("filter/bad-value", here, "$options needs $regex beside it");
        }
        continue;
      }
      parts.push(this.op(f, op, v, here, ops["$options"], `${at}.$options`));
    }
    return parts.length === 1 ? parts[0]! : `(${parts.join(" AND ")})`;
  }

  op(f: Field, op: string, v: unknown, at: string, options: unknown, optionsAt: string): string {
    if (op === "$exists") {
      if (typeof v !== "boolean") {
        throw new FilterError("filter/bad-value", at, "$exists takes true or false");
      }
      if (f.kind === "array") return `json_array_length(${f.column}) ${v ? ">" : "="} 0`;
      if (f.kind === "json") {
        this.params.push(f.path);
        return `json_type(${f.column}, ?) IS ${v ? "NOT " : ""}NULL`;
      }
      return `${f.sql} IS ${v ? "NOT " : ""}NULL`;
    }
    // On the tags array, positive operators match if any element does; $ne / $nin if none does.
    if (f.kind === "array") {
      const negated = op === "$ne" || op === "$nin";
      const positive = op === "$ne" ? "$eq" : op === "$nin" ? "$in" : op;
      const inner = this.scalarOp(["value", []], positive, v, at, options, optionsAt);
      return `${negated ? "NOT " : ""}EXISTS (SELECT 1 FROM json_each(${f.column}) WHERE ${inner})`;
    }
    const e: Expr = f.kind === "column" ? [f.sql, []] : [`json_extract(${f.column}, ?)`, [f.path]];
    return this.scalarOp(e, op, v, at, options, optionsAt);
  }

  /** Returns the expression's SQL after binding its params (call once per textual use). */
  use(e: Expr): string {
    this.params.push(...e[1]);
    return e[0];
  }

  scalarOp(
    e: Expr,
    op: string,
    v: unknown,
    at: string,
    options: unknown,
    optionsAt: string,
  ): string {
    switch (op) {
      case "$eq": {
        const s = scalar(v, at);
        if (s === null) return `${this.use(e)} IS NULL`;
        const sql = `${this.use(e)} = ?`;
        this.params.push(s);
        return sql;
      }
      case "$ne": {
        const sql = `${this.use(e)} IS NOT ?`;
        this.params.push(scalar(v, at));
        return sql;
      }
      case "$gt":
      case "$gte":
      case "$lt":
      case "$lte": {
        const s = scalar(v, at);
        if (s === null) {
          throw new FilterError("filter/bad-value", at, `${op} needs a non-null value`);
        }
        const sql = `${this.use(e)} ${COMPARISONS[op]} ?`;
        this.params.push(s);
        return sql;
      }
      case "$in":
      case "$nin": {
        if (!Array.isArray(v)) {
          throw new FilterError("filter/bad-value", at, `${op} takes an array`);
        }
        const values = v.map((x, i) => scalar(x, `${at}[${i}]`));
        const hasNull = values.includes(null);
        const list = values.filter((x) => x !== null);
        const inList = () => {
          if (list.length === 0) return "0";
          const sql = `${this.use(e)} IN (${list.map(() => "?").join(", ")})`;
          this.params.push(...list);
          return sql;
        };
        if (op === "$in") {
          const sql = inList();
          return hasNull ? `(${sql} OR ${this.use(e)} IS NULL)` : sql;
        }
        // Mongo's $nin also matches a missing field unless null is in the list.
        const isNull = `${this.use(e)} IS ${hasNull ? "NOT " : ""}NULL`;
        return `(${isNull} ${hasNull ? "AND" : "OR"} NOT ${inList()})`;
      }
      case "$regex": {
        if (typeof v !== "string") {
          throw new FilterError("filter/bad-value", at, "$regex takes a string");
        }
        let flags = "";
        if (options !== undefined) {
          if (typeof options !== "string" || !/^[ims]*$/.test(options)) {
            throw new FilterError(
              "filter/bad-value",
              optionsAt,
              "$options takes a string of i, m, s",
            );
          }
          flags = options;
        }
        try {
          new RegExp(v, flags);
        } catch {
          throw new FilterError(
            "filter/bad-value",
            at,
            `invalid regular expression ${JSON.stringify(v)}`,
          );
        }
        const sql = `${this.use(e)} REGEXP ?`;
        this.params.push(flags ? `(?${flags})${v}` : v);
        return sql;
      }
    }
    throw new FilterError("filter/unknown-operator", at, `unknown operator "${op}"`);
  }
}

const COMPARISONS: Record<string, string> = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" };

/**
 * Registers the SQL function `regexp(pattern, value)` behind `value REGEXP pattern`: an unanchored
 * JavaScript regular expression test, with optional leading `(?ims)` flags as `$options` compile
 * them; non-string values never match. Compiled patterns are cached.
 *
 * @example
 * ```ts
 * import { DatabaseSync } from "node:sqlite";
 * import { registerRegexp } from "./filters.ts";
 * const db = new DatabaseSync(":memory:");
 * registerRegexp(db);
 * console.assert((db.prepare("SELECT 'Abc' REGEXP '(?i)^a' AS m").get() as { m: number }).m === 1);
 * ```
 */
export function registerRegexp(db: DatabaseSync): void {
  const cache = new Map<string, RegExp>();
  db.function("regexp", { deterministic: true }, (pattern, value) => {
    if (typeof value !== "string" || typeof pattern !== "string") return 0;
    let re = cache.get(pattern);
    if (!re) {
      const m = /^\(\?([ims]+)\)/.exec(pattern);
      re = m ? new RegExp(pattern.slice(m[0].length), m[1]) : new RegExp(pattern);
      if (cache.size > 256) cache.clear();
      cache.set(pattern, re);
    }
    return re.test(value) ? 1 : 0;
  });
}

/**
 * Compiles a filter document (object or its JSON text; `null`/`""` = no filter) and an order string
 * (`-created_at` by default; a `+` prefix sorts ascending, a `-` prefix or none descending, as W&B
 * does) into SQL over the `runs` table. Keys: the filter field paths, plus `config.<key>.value`.
 *
 * @example
 * ```ts
 * import { compileRunFilters, FilterError } from "./filters.ts";
 * try {
 *   compileRunFilters({ $and: [{ state: { $like: "x" } }] });
 * } catch (e) {
 *   console.assert(e instanceof FilterError && e.path === "filters.$and[0].state.$like");
 * }
 * ```
 */
export function compileRunFilters(filters?: unknown, order?: string | null): CompiledRunQuery {
  let doc = filters;
  if (typeof doc === "string") {
    if (doc.trim() === "") doc = null;
    else {
      try {
        doc = JSON.parse(doc);
      } catch (e) {
        throw new FilterError(
          "filter/bad-json",
          "filters",
          `not valid JSON (${(e as Error).message})`,
        );
      }
    }
  }
  const c = new Compiler();
  const where = doc === null || doc === undefined ? "1" : c.doc(doc, "filters");
  const { sql, params, descending } = compileOrder(order);
  const dir = descending ? "DESC" : "ASC";
  return {
    where,
    params: c.params,
    orderBy: `${sql} ${dir}, runs.id ${dir}`,
    sortExpr: sql,
    sortParams: params,
    descending,
  };
}

function compileOrder(
  order?: string | null,
): { sql: string; params: unknown[]; descending: boolean } {
  let o = (order ?? "").trim() || "-created_at";
  let descending = true;
  if (o.startsWith("+")) {
    descending = false;
    o = o.slice(1);
  } else if (o.startsWith("-")) o = o.slice(1);
  let f: Field;
  try {
    f = resolveField(o, "order");
  } catch (e) {
    if (e instanceof FilterError) {
      throw new FilterError(
        "filter/bad-order",
        "order",
        e.message.replace(/^Bad run filter at order: /, ""),
      );
    }
    throw e;
  }
  if (f.kind === "array") {
    throw new FilterError("filter/bad-order", "order", `cannot order by "${o}"`);
  }
  if (f.kind === "column") return { sql: f.sql, params: [], descending };
  return { sql: `json_extract(${f.column}, ?)`, params: [f.path], descending };
}
