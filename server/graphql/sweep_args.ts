/**
 * A sweep run's `args` as W&B's server writes them: a whole number the sweep config wrote as a
 * float (`values: [1.0, 2.5]`, `value: 3.0`, a continuous distribution's sample) stays a float in
 * the JSON of the heartbeat's `run` command and of the run's config (`1.0`, not `1`), so the
 * official agent passes `--lr=1.0`. JavaScript numbers cannot tell `1.0` from `1`, so such a value
 * travels as a raw JSON literal (`JSON.rawJSON("1.0")`), which `JSON.stringify` writes verbatim.
 *
 * @example
 * ```ts ignore
 * const args = floatArgs({ lr: { value: 1 } }, floatParameterValues(sweep.config));
 * JSON.stringify(args); // '{"lr":{"value":1.0}}'
 * ```
 * @module
 */

/** `JSON.rawJSON` and the reviver's source text (ES2025; V8 has both, TypeScript's lib lags). */
const Json = JSON as unknown as {
  rawJSON(text: string): unknown;
  parse(
    text: string,
    reviver: (key: string, value: unknown, context: { source?: string }) => unknown,
  ): unknown;
};

/** A whole number as a JSON float literal (`1.0`; `1e+21` is one already). */
function floatLiteral(n: number): unknown {
  const s = String(n);
  return /[.eE]/.test(s) || !Number.isFinite(n) ? n : Json.rawJSON(`${s}.0`);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) &&
    Object.getPrototypeOf(v) === Object.prototype;
}

/**
 * A copy of a run's `args` (`{name: {value}}`, nested parameters nested in `value`) whose whole
 * numbers that `floats` (from `floatParameterValues`) marks as floats are raw float literals.
 *
 * @example
 * ```ts ignore
 * JSON.stringify(floatArgs({ lr: { value: 1 } }, new Map([['["lr"]', "all"]]))); // {"lr":{"value":1.0}}
 * ```
 */
export function floatArgs(
  args: Record<string, unknown>,
  floats: Map<string, Set<number> | "all">,
): Record<string, unknown> {
  if (floats.size === 0) return args;
  const mark = (v: unknown, path: string[]): unknown => {
    if (typeof v === "number") {
      const f = floats.get(JSON.stringify(path));
      return Number.isInteger(v) && (f === "all" || f?.has(v)) ? floatLiteral(v) : v;
    }
    if (isPlainObject(v) && !floats.has(JSON.stringify(path))) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mark(x, [...path, k])]));
    }
    return v;
  };
  const out: Record<string, unknown> = {};
  for (const [name, arg] of Object.entries(args)) {
    out[name] = isPlainObject(arg) && "value" in arg
      ? { ...arg, value: mark(arg.value, [name]) }
      : arg;
  }
  return out;
}

/**
 * Parses JSON keeping a whole number written as a float (`1.0`) a float: it comes back as a raw
 * JSON literal, so `JSON.stringify` writes `1.0` again (a local controller's `schedule` args, a
 * stored run's args).
 *
 * @example
 * ```ts ignore
 * JSON.stringify(parseKeepingFloats('{"lr":{"value":1.0}}')); // {"lr":{"value":1.0}}
 * ```
 */
export function parseKeepingFloats(text: string): unknown {
  return Json.parse(
    text,
    (_key, value, context) =>
      typeof value === "number" && Number.isInteger(value) && context.source !== undefined &&
        /[.eE]/.test(context.source)
        ? Json.rawJSON(context.source)
        : value,
  );
}
