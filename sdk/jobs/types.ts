/**
 * W&B's type JSON (`{"wb_type": ...}`) of config and summary values, as the official client's
 * core writes a job's `input_types` and `output_types`: numbers are `number`, strings `string`,
 * booleans `boolean`, `null` is `none`, objects are `typedDict` (with a `type_map` of their
 * members, `_wandb` left out), arrays are `list` (with the `element_type` and `length`; an empty
 * array's elements are `unknown`, elements of several kinds make a `union`), anything else
 * `unknown`.
 *
 * Where W&B is loose we are deterministic: of list elements of one kind the last one's type
 * stands (as W&B's), and a union lists its kinds in the order they first appear (W&B's order is
 * Go's map order). A member whose value is an empty object is left out of its `typedDict`, as the
 * official client's job shows for an empty config dict.
 *
 * @example
 * ```ts
 * import { wandbTypeOf } from "./types.ts";
 * console.assert(JSON.stringify(wandbTypeOf({ lr: 0.1 })) ===
 *   '{"wb_type":"typedDict","params":{"type_map":{"lr":{"wb_type":"number"}}}}');
 * ```
 * @module
 */

/** One W&B type as JSON. */
export interface WandbType {
  /** `number`, `string`, `boolean`, `none`, `list`, `union`, `typedDict`, `unknown`, ... */
  wb_type: string;
  /** `type_map` (typedDict), `element_type` + `length` (list), `allowed_types` (union). */
  params?: {
    type_map?: Record<string, WandbType>;
    element_type?: WandbType;
    length?: number;
    allowed_types?: WandbType[];
  };
}

/**
 * The W&B type of a JSON-like value.
 *
 * @param value a config or summary value
 * @returns its type JSON
 * @example
 * ```ts
 * import { wandbTypeOf } from "./types.ts";
 * console.assert(JSON.stringify(wandbTypeOf([1, "a"])) ===
 *   '{"wb_type":"list","params":{"element_type":{"wb_type":"union","params":{"allowed_types":[{"wb_type":"number"},{"wb_type":"string"}]}},"length":2}}');
 * ```
 */
export function wandbTypeOf(value: unknown): WandbType {
  if (value === null || value === undefined) return { wb_type: "none" };
  switch (typeof value) {
    case "number":
    case "bigint":
      return { wb_type: "number" };
    case "string":
      return { wb_type: "string" };
    case "boolean":
      return { wb_type: "boolean" };
  }
  if (Array.isArray(value)) {
    // Of each kind the last element's type stands, kinds in the order they first appear.
    const byKind = new Map<string, WandbType>();
    for (const el of value) {
      const t = wandbTypeOf(el);
      byKind.set(t.wb_type, t); // an existing key keeps its place
    }
    const kinds = [...byKind.values()];
    const element: WandbType = kinds.length === 0
      ? { wb_type: "unknown" }
      : kinds.length === 1
      ? kinds[0]!
      : { wb_type: "union", params: { allowed_types: kinds } };
    return { wb_type: "list", params: { element_type: element, length: value.length } };
  }
  if (typeof value === "object" && isPlain(value)) {
    const typeMap: Record<string, WandbType> = {};
    for (const key of Object.keys(value).sort()) {
      if (key === "_wandb") continue;
      const v = (value as Record<string, unknown>)[key];
      if (isPlain(v) && Object.keys(v as object).length === 0) continue;
      typeMap[key] = wandbTypeOf(v);
    }
    return { wb_type: "typedDict", params: { type_map: typeMap } };
  }
  return { wb_type: "unknown" };
}

function isPlain(v: unknown): boolean {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
