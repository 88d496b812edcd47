/**
 * Builds W&B's Mongo-style run filters and order strings from readable terms, in the spirit of
 * `wandb.apis.public`'s `QueryGenerator`: `config.lr > 0.1 and state = "finished"` becomes
 * `{"$and": [{"config.lr.value": {"$gt": 0.1}}, {"state": "finished"}]}`.
 *
 * Terms are `<field> <op> <value>` joined by `and`/`or` (or `&&`/`||`) with parentheses.
 * Fields: `config.<key>` (sent as `config.<key>.value`, nested keys after it), `summary.<key>`
 * (sent as `summary_metrics.<key>`), `summary_metrics.<key>`, `tags`, and run fields (`state`,
 * `name`, `displayName`, `createdAt`, `group`, `jobType`, `sweep`, ...). Operators: `=`/`==`,
 * `!=`, `>`, `>=`, `<`, `<=`, `in`, `not in`/`nin`, `regex`/`=~`, and `exists` / `not exists`
 * (no value). Values: numbers, quoted strings, `true`, `false`, `null`, lists `[a, b]`, bare
 * words (as strings), or — with the tagged-template form — any `${value}`, which is never parsed
 * as filter text.
 *
 * @example
 * ```ts
 * import { filter, orderBy } from "./filters.ts";
 * const f = filter`config.lr > ${0.1} and (state = finished or tags in ["best", "keep"])`;
 * console.assert(JSON.stringify(f) === JSON.stringify({
 *   $and: [
 *     { "config.lr.value": { $gt: 0.1 } },
 *     { $or: [{ state: "finished" }, { tags: { $in: ["best", "keep"] } }] },
 *   ],
 * }));
 * console.assert(orderBy("summary.acc") === "-summary_metrics.acc");
 * ```
 * @module
 */
import { ApiError } from "./errors.ts";

/** A Mongo-style filter document. */
export type MongoFilter = Record<string, unknown>;

type Token =
  | { kind: "word"; text: string; at: number }
  | { kind: "op"; text: string; at: number }
  | { kind: "punct"; text: "(" | ")" | "[" | "]" | ","; at: number }
  | { kind: "value"; value: unknown; at: number }
  | { kind: "end"; at: number };

const OPS: Record<string, string> = {
  "=": "$eq",
  "==": "$eq",
  "!=": "$ne",
  ">": "$gt",
  ">=": "$gte",
  "<": "$lt",
  "<=": "$lte",
  in: "$in",
  nin: "$nin",
  regex: "$regex",
  "=~": "$regex",
};

/**
 * The server path of a field: `config.lr` → `config.lr.value`, `summary.acc` →
 * `summary_metrics.acc`, other fields as they are.
 *
 * @param field the field as written in a term
 * @returns the path W&B's `filters` and `order` use
 * @example
 * ```ts
 * import { serverPath } from "./filters.ts";
 * console.assert(serverPath("config.model.layers") === "config.model.value.layers");
 * console.assert(serverPath("summary.loss") === "summary_metrics.loss");
 * ```
 */
export function serverPath(field: string): string {
  const parts = field.split(".");
  if (parts.length >= 2 && parts[0] === "config") {
    if (parts[2] === "value") return field;
    return ["config", parts[1], "value", ...parts.slice(2)].join(".");
  }
  if (parts.length >= 2 && (parts[0] === "summary" || parts[0] === "summaryMetrics")) {
    return ["summary_metrics", ...parts.slice(1)].join(".");
  }
  return field;
}

function fail(text: string, at: number, why: string): never {
  throw new ApiError(
    "api/bad-argument",
    `Bad filter ${
      JSON.stringify(text)
    } at ${at}: ${why}; write terms like config.lr > 0.1 and state = "finished"`,
  );
}

function tokenize(strings: readonly string[], values: readonly unknown[], text: string): Token[] {
  const out: Token[] = [];
  let offset = 0;
  strings.forEach((s, part) => {
    let i = 0;
    while (i < s.length) {
      const c = s[i]!;
      const at = offset + i;
      if (/\s/.test(c)) {
        i++;
      } else if ("()[],".includes(c)) {
        out.push({ kind: "punct", text: c as "(" | ")" | "[" | "]" | ",", at });
        i++;
      } else if (c === '"' || c === "'") {
        let j = i + 1;
        let str = "";
        while (j < s.length && s[j] !== c) {
          if (s[j] === "\\" && j + 1 < s.length) j++;
          str += s[j];
          j++;
        }
        if (j >= s.length) fail(text, at, "a string is not closed");
        out.push({ kind: "value", value: str, at });
        i = j + 1;
      } else if (s.startsWith("&&", i) || s.startsWith("||", i)) {
        out.push({ kind: "word", text: c === "&" ? "and" : "or", at });
        i += 2;
      } else if (/[<>=!~]/.test(c)) {
        const m = /^(==|!=|>=|<=|=~|[<>=])/.exec(s.slice(i));
        if (!m) fail(text, at, `unknown operator starting with ${JSON.stringify(c)}`);
        out.push({ kind: "op", text: m[0], at });
        i += m[0].length;
      } else {
        const m = /^[^\s()[\],<>=!~"']+/.exec(s.slice(i))!;
        out.push({ kind: "word", text: m[0], at });
        i += m[0].length;
      }
    }
    offset += s.length;
    if (part < values.length) {
      out.push({ kind: "value", value: values[part], at: offset });
      offset += `\${${part}}`.length;
    }
  });
  out.push({ kind: "end", at: offset });
  return out;
}

function bareValue(word: string): unknown {
  if (word === "true") return true;
  if (word === "false") return false;
  if (word === "null") return null;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(word)) return Number(word);
  return word;
}

class Parser {
  #i = 0;
  constructor(readonly tokens: Token[], readonly text: string) {}

  #at(): Token {
    return this.tokens[this.#i]!;
  }

  #isWord(t: Token, ...words: string[]): boolean {
    return t.kind === "word" && words.includes(t.text.toLowerCase());
  }

  parse(): MongoFilter {
    if (this.#at().kind === "end") fail(this.text, 0, "it is empty");
    const f = this.#or();
    if (this.#at().kind !== "end") fail(this.text, this.#at().at, "unexpected text");
    return f;
  }

  #or(): MongoFilter {
    const parts = [this.#and()];
    while (this.#isWord(this.#at(), "or")) {
      this.#i++;
      parts.push(this.#and());
    }
    return parts.length === 1 ? parts[0]! : or(...parts);
  }

  #and(): MongoFilter {
    const parts = [this.#unary()];
    while (this.#isWord(this.#at(), "and")) {
      this.#i++;
      parts.push(this.#unary());
    }
    return parts.length === 1 ? parts[0]! : and(...parts);
  }

  #unary(): MongoFilter {
    const t = this.#at();
    if (t.kind === "punct" && t.text === "(") {
      this.#i++;
      const f = this.#or();
      const close = this.#at();
      if (!(close.kind === "punct" && close.text === ")")) fail(this.text, close.at, "missing )");
      this.#i++;
      return f;
    }
    return this.#term();
  }

  #term(): MongoFilter {
    const field = this.#at();
    if (field.kind !== "word") fail(this.text, field.at, "expected a field name");
    this.#i++;
    const path = serverPath(field.text);
    let opTok = this.#at();
    let op: string | undefined;
    if (this.#isWord(opTok, "not")) {
      this.#i++;
      opTok = this.#at();
      if (this.#isWord(opTok, "in")) op = "$nin";
      else if (this.#isWord(opTok, "exists")) {
        this.#i++;
        return { [path]: { $exists: false } };
      } else fail(this.text, opTok.at, 'expected "in" or "exists" after "not"');
    } else if (this.#isWord(opTok, "exists")) {
      this.#i++;
      return { [path]: { $exists: true } };
    } else if (opTok.kind === "op" || opTok.kind === "word") {
      op = OPS[opTok.kind === "word" ? opTok.text.toLowerCase() : opTok.text];
    }
    if (!op) fail(this.text, opTok.at, `expected an operator after ${field.text}`);
    this.#i++;
    const value = this.#value();
    if ((op === "$in" || op === "$nin") && !Array.isArray(value)) {
      fail(this.text, opTok.at, `${op.slice(1)} needs a list such as ["a", "b"]`);
    }
    if (op === "$regex" && typeof value !== "string") {
      fail(this.text, opTok.at, "regex needs a string pattern");
    }
    return op === "$eq" ? { [path]: value } : { [path]: { [op]: value } };
  }

  #value(): unknown {
    const t = this.#at();
    this.#i++;
    if (t.kind === "value") return t.value;
    if (t.kind === "word") return bareValue(t.text);
    if (t.kind === "punct" && t.text === "[") {
      const items: unknown[] = [];
      for (;;) {
        const next = this.#at();
        if (next.kind === "punct" && next.text === "]") break;
        if (next.kind === "end") fail(this.text, t.at, "a list is not closed");
        items.push(this.#value());
        const sep = this.#at();
        if (sep.kind === "punct" && sep.text === ",") this.#i++;
        else if (!(sep.kind === "punct" && sep.text === "]")) {
          fail(this.text, sep.at, "expected , or ] in a list");
        }
      }
      this.#i++;
      return items;
    }
    fail(this.text, t.at, "expected a value");
  }
}

/**
 * Parses filter terms into a Mongo-style filter; also a tagged template whose `${values}` are
 * taken as values as they are.
 *
 * @param expr the terms (or the template's strings)
 * @param values the template's values
 * @returns the filter for `api.runs(path, { filters })`
 * @throws {ApiError} `api/bad-argument` naming the position of a syntax error
 * @example
 * ```ts
 * import { filter } from "./filters.ts";
 * const name = 'it "quoted" (really)';
 * console.assert(filter`displayName = ${name}`.displayName === name);
 * console.assert(JSON.stringify(filter("summary.acc >= 0.9")) === '{"summary_metrics.acc":{"$gte":0.9}}');
 * ```
 */
export function filter(expr: string | TemplateStringsArray, ...values: unknown[]): MongoFilter {
  const strings = typeof expr === "string" ? [expr] : [...expr];
  const text = strings.reduce((acc, s, i) => acc + (i > 0 ? `\${${i - 1}}` : "") + s, "");
  return new Parser(tokenize(strings, typeof expr === "string" ? [] : values, text), text).parse();
}

/**
 * All of the filters (`$and`, nested `$and`s flattened).
 *
 * @param filters the parts
 * @returns `{"$and": [...]}` (or the one part)
 * @example
 * ```ts
 * import { and, filter } from "./filters.ts";
 * const f = and(filter("state = finished"), { "config.lr.value": { $gt: 0.1 } });
 * console.assert(Array.isArray(f.$and) && (f.$and as unknown[]).length === 2);
 * ```
 */
export function and(...filters: MongoFilter[]): MongoFilter {
  return combine("$and", filters);
}

/**
 * Any of the filters (`$or`, nested `$or`s flattened).
 *
 * @param filters the parts
 * @returns `{"$or": [...]}` (or the one part)
 * @example
 * ```ts
 * import { filter, or } from "./filters.ts";
 * const f = or(filter("state = finished"), filter("state = crashed"));
 * console.assert(JSON.stringify(f) === '{"$or":[{"state":"finished"},{"state":"crashed"}]}');
 * ```
 */
export function or(...filters: MongoFilter[]): MongoFilter {
  return combine("$or", filters);
}

/** `{[op]: parts}` with nested `op`s flattened, or the one part. */
function combine(op: "$and" | "$or", filters: MongoFilter[]): MongoFilter {
  const parts = filters.flatMap((f) =>
    Object.keys(f).length === 1 && Array.isArray(f[op]) ? f[op] as MongoFilter[] : [f]
  );
  return parts.length === 1 ? parts[0]! : { [op]: parts };
}

/**
 * An order string for `api.runs(path, { order })`: `-` (descending, the default) or `+`
 * (ascending) and the field's server path.
 *
 * @param field e.g. `createdAt`, `config.lr`, `summary.acc`
 * @param direction `desc` (default) or `asc`
 * @returns e.g. `+config.lr.value`
 * @example
 * ```ts
 * import { orderBy } from "./filters.ts";
 * console.assert(orderBy("config.lr", "asc") === "+config.lr.value");
 * ```
 */
export function orderBy(field: string, direction: "asc" | "desc" = "desc"): string {
  return (direction === "asc" ? "+" : "-") + serverPath(field);
}
