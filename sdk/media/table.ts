/**
 * `wandb.Table`: columns and rows of numbers, strings, booleans, nulls and Images, logged as W&B's
 * `table-file`: the rows go to `media/table/<key>_<step>_<sha256[:20]>.table.json`
 * (`{"columns":[...],"data":[[...]]}`, byte for byte as the official client writes it, where an
 * Image cell is the string `"Image"`) and the history value carries its `path`, `sha256`, `size`,
 * `ncols`, `nrows` and `log_mode`.
 *
 * Each table is also logged as the official client's run-table artifact (`run-<id>-<key>`, type
 * `run_table`): its `<key>.table.json` is the artifact form of the table (`_type: "table"`, W&B's
 * `column_types`, Image cells as `image-file` objects) and the Image cells' files are entries of
 * it, so W&B's table viewer shows the images. The history value refers to it with
 * `artifact_path` and `_latest_artifact_path` (`wandb-client-artifact://…`). A table logged again
 * refers to the files and artifact of its first logging, as W&B does.
 *
 * @example
 * ```ts
 * import { Table } from "./table.ts";
 * const t = new Table({ columns: ["epoch", "acc"], data: [[1, 0.5]] });
 * t.addData(2, 0.75);
 * console.assert(t.data.length === 2);
 * ```
 * @module
 */
import { pyDumps } from "../../internal/run_files/_py_json.ts";
import { addFile, type BindContext, MediaError, WBValue } from "./media.ts";
import { Image } from "./image.ts";
import { generateRunId } from "../settings.ts";

/** A cell of a {@linkcode Table}. */
export type TableCell = number | string | boolean | null | Image;

/** Options of {@linkcode Table}. */
export interface TableOptions {
  /** Column names. @default ["Column 1", …] as wide as the first row */
  columns?: string[];
  /** Rows, each as wide as `columns`. */
  data?: TableCell[][];
}

/** A table to log. */
export class Table extends WBValue {
  /** W&B's `_type` of the history value. */
  readonly logType = "table-file";
  /** The `columns` field. */
  readonly columns: string[];
  /** The `data` field. */
  readonly data: TableCell[][];

  /** @throws {MediaError} `media/shape` for a row whose width differs from the columns */
  /** Creates the value; see the class for the arguments. */
  constructor(options: TableOptions = {}) {
    super();
    const data = options.data ?? [];
    this.columns = options.columns ??
      Array.from({ length: data[0]?.length ?? 0 }, (_, i) => `Column ${i + 1}`);
    this.data = [];
    for (const row of data) this.addData(...row);
  }

  /** Appends a row (one cell per column). */
  addData(...row: TableCell[]): void {
    if (row.length !== this.columns.length) {
      throw new MediaError(
        "media/shape",
        "",
        `Table row has ${row.length} cells but the table has ${this.columns.length} columns; pass one cell per column`,
      );
    }
    row.forEach((cell, c) => this.#checkCell(cell, c, this.data.length));
    this.data.push(row);
  }

  /** Adds a column with one cell per existing row. */
  addColumn(name: string, data: TableCell[]): void {
    if (this.columns.includes(name)) {
      throw new MediaError(
        "media/bad-value",
        "",
        `Table already has a column "${name}"; pick another name`,
      );
    }
    if (data.length !== this.data.length) {
      throw new MediaError(
        "media/shape",
        "",
        `Table column "${name}" has ${data.length} cells but the table has ${this.data.length} rows; pass one cell per row`,
      );
    }
    const kinds = new Set(data.map(cellKind).filter((k) => k !== "none"));
    if (kinds.size > 1) {
      throw new MediaError(
        "media/bad-value",
        "",
        `Table column "${name}" holds ${
          [...kinds].join(" and ")
        } cells; a column holds one kind of value (and nulls), as in W&B`,
      );
    }
    this.columns.push(name);
    this.data.forEach((row, i) => row.push(data[i]!));
  }

  /** The table file's JSON text, as the official client writes it into a run. */
  toJSONText(): string {
    const cells = this.data.map((row) => row.map((c) => (c instanceof Image ? "Image" : c)));
    // The official client writes non-finite numbers bare (NaN, Infinity), which JSON cannot.
    const marks = new Map<string, string>();
    const text = JSON.stringify({ columns: this.columns, data: cells }, (_k, v) => {
      if (typeof v !== "number" || Number.isFinite(v)) return v;
      const mark = `\u0000${String(v)}\u0000`;
      marks.set(JSON.stringify(mark), String(v));
      return mark;
    });
    let out = text;
    for (const [quoted, bare] of marks) out = out.replaceAll(quoted, bare);
    return out;
  }

  /**
   * The table as the official client writes it into its run-table artifact (`Table.to_json`
   * for an artifact): `{_type: "table", column_types, columns, data, log_mode, ncols, nrows}` as
   * Python's `json.dumps(sort_keys=True)`; Image cells' files are added to `entries`.
   */
  toArtifactJSONText(ctx: BindContext, entries: Map<string, Uint8Array>): string {
    const data = this.data.map((row) =>
      row.map((c) => (c instanceof Image ? c.artifactJson(ctx, entries) : c))
    );
    return pyDumps({
      _type: "table",
      column_types: {
        params: {
          type_map: Object.fromEntries(this.columns.map((name, i) => [name, this.#columnType(i)])),
        },
        wb_type: "typedDict",
      },
      columns: this.columns,
      data,
      log_mode: "IMMUTABLE",
      ncols: this.columns.length,
      nrows: this.data.length,
    });
  }

  /** W&B's type of column `i`: the union of `none` and the kind of its cells. */
  #columnType(i: number): Record<string, unknown> {
    const cells = this.data.map((row) => row[i]);
    const kind = cells.map(cellKind).find((k) => k !== "none") ?? "unknown";
    const type: Record<string, unknown> = kind === "image-file"
      ? imageFileType(cells.filter((c): c is Image => c instanceof Image))
      : { wb_type: kind };
    const allowed = [type, { wb_type: "none" }].sort((a, b) =>
      String(a.wb_type) < String(b.wb_type) ? -1 : 1
    );
    return { params: { allowed_types: allowed }, wb_type: "union" };
  }

  #checkCell(cell: unknown, column: number, row: number): void {
    checkCell(cell);
    const kind = cellKind(cell as TableCell);
    if (kind === "none") return;
    for (let r = 0; r < this.data.length; r++) {
      const other = cellKind(this.data[r]![column]!);
      if (other === "none") continue;
      if (other !== kind) {
        throw new MediaError(
          "media/bad-value",
          "",
          `Table column "${
            this.columns[column]
          }" holds a ${other} in row ${r} but row ${row} has a ${kind}; a column holds one kind of value (and nulls), as in W&B`,
        );
      }
      return;
    }
  }

  /** Adds this value's files to the batch and returns W&B's JSON for history. */
  bind(ctx: BindContext): Record<string, unknown> {
    const prior = ctx.batch.reuse(this);
    if (prior) return prior;
    const bytes = new TextEncoder().encode(this.toJSONText());
    const file = addFile(ctx, "table", ".table.json", bytes);
    // The run-table artifact: the artifact form of the table plus the Image cells' files; the
    // history value names its entry by the artifact's client ids (wb_value.py
    // `_get_artifact_entry_ref_url`), which the server resolves once the artifact is logged.
    const entry = `${ctx.key}.table.json`;
    const entries = new Map<string, Uint8Array>();
    const artifactText = this.toArtifactJSONText(ctx, entries);
    entries.set(entry, new TextEncoder().encode(artifactText));
    const clientId = generateRunId(128);
    const sequenceClientId = generateRunId(128);
    ctx.batch.tables.push({ key: ctx.key, entries, clientId, sequenceClientId });
    return ctx.batch.bound(this, {
      _type: this.logType,
      sha256: file.sha256,
      size: file.size,
      path: file.path,
      ncols: this.columns.length,
      nrows: this.data.length,
      log_mode: "IMMUTABLE",
      artifact_path: `wandb-client-artifact://${clientId}/${entry}`,
      _latest_artifact_path: `wandb-client-artifact://${sequenceClientId}:latest/${entry}`,
    });
  }
}

/** W&B's `_dtypes` name of a cell's kind. */
function cellKind(cell: TableCell | undefined): string {
  if (cell === null || cell === undefined) return "none";
  if (cell instanceof Image) return "image-file";
  if (typeof cell === "number") return "number";
  if (typeof cell === "string") return "string";
  return "boolean";
}

/** W&B's `_ImageFileType` of a column's images, their parameters merged as `assign` does. */
function imageFileType(images: Image[]): Record<string, unknown> {
  const boxLayers = new Map<string, Set<number | string>>();
  const maskLayers = new Map<string, Set<number | string>>();
  const boxClassMaps: Record<string, Record<string, string>> = {};
  const maskClassMaps: Record<string, Record<string, string>> = {};
  const scoreKeys = new Set<string>();
  const classMap: Record<string, string> = {};
  const ids = (labels: Record<string, string> | undefined) =>
    Object.keys(labels ?? {}).map((k) => (/^-?\d+$/.test(k) ? Number(k) : k));
  for (const img of images) {
    for (const [name, g] of Object.entries(img.boxes ?? {})) {
      const layer = boxLayers.get(name) ?? new Set();
      for (const id of ids(g.class_labels)) layer.add(id);
      boxLayers.set(name, layer);
      boxClassMaps[name] = { ...(g.class_labels ?? {}), ...(boxClassMaps[name] ?? {}) };
      for (const b of g.box_data ?? []) {
        for (const k of Object.keys(b.scores ?? {})) scoreKeys.add(k);
      }
    }
    for (const [name, m] of Object.entries(img.masks ?? {})) {
      const layer = maskLayers.get(name) ?? new Set();
      for (const id of ids(m.class_labels)) layer.add(id);
      maskLayers.set(name, layer);
      maskClassMaps[name] = { ...(m.class_labels ?? {}), ...(maskClassMaps[name] ?? {}) };
    }
    for (const c of img.classSet()) classMap[String(c.id)] ??= c.name;
  }
  const sorted = (s: Set<number | string>) =>
    [...s].sort((a, b) =>
      typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : 1
    );
  const layers = (m: Map<string, Set<number | string>>) =>
    Object.fromEntries([...m].map(([k, v]) => [k, sorted(v)]));
  const constant = (val: unknown, isSet = false) => ({
    params: { is_set: isSet, val },
    wb_type: "const",
  });
  return {
    params: {
      box_class_maps: constant(boxClassMaps),
      box_layers: constant(layers(boxLayers)),
      box_score_keys: constant([...scoreKeys].sort(), true),
      class_map: constant(classMap),
      mask_class_maps: constant(maskClassMaps),
      mask_layers: constant(layers(maskLayers)),
    },
    wb_type: "image-file",
  };
}

function checkCell(cell: unknown): void {
  const t = typeof cell;
  if (
    cell === null || t === "number" || t === "string" || t === "boolean" || cell instanceof Image
  ) {
    return;
  }
  throw new MediaError(
    "media/bad-value",
    "",
    `Table cells must be numbers, strings, booleans, null or Images; got ${
      Array.isArray(cell) ? "an array" : t
    }`,
  );
}
