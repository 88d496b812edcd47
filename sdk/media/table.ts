/**
 * `wandb.Table`: columns and rows of numbers, strings, booleans, nulls and Images, logged as W&B's
 * `table-file`: the rows go to `media/table/<key>_<step>_<sha256[:20]>.table.json`
 * (`{"columns":[...],"data":[[...]]}`, byte for byte as the official client writes it, where an
 * Image cell is the string `"Image"`) and the history value carries its `path`, `sha256`, `size`,
 * `ncols`, `nrows` and `log_mode`.
 *
 * TODO(artifacts, issue #12): the official client also logs each table as a run-table artifact
 * (`run-<id>-<key>`, type `run_table`) holding the Image cells' files, and adds `artifact_path`
 * and `_latest_artifact_path` (`wandb-client-artifact://…`) to the history value. That is the
 * artifacts work's; hook it in {@linkcode Table.bind} where marked.
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
import { addFile, type BindContext, MediaError, WBValue } from "./media.ts";
import { Image } from "./image.ts";

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
    for (const cell of row) checkCell(cell);
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
    for (const cell of data) checkCell(cell);
    this.columns.push(name);
    this.data.forEach((row, i) => row.push(data[i]!));
  }

  /** The table file's JSON text, as the official client writes it into a run. */
  toJSONText(): string {
    return JSON.stringify({
      columns: this.columns,
      data: this.data.map((row) => row.map((c) => (c instanceof Image ? "Image" : c))),
    }, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
  }

  /** Adds this value's files to the batch and returns W&B's JSON for history. */
  bind(ctx: BindContext): Record<string, unknown> {
    const bytes = new TextEncoder().encode(this.toJSONText());
    const file = addFile(ctx, "table", ".table.json", bytes);
    // The official client also logs the table as a run-table artifact and, where client ids
    // resolve (online), names its entry by them (wb_value.py `_get_artifact_entry_ref_url`).
    const clientId = crypto.randomUUID();
    const sequenceClientId = crypto.randomUUID();
    ctx.batch.tables.push({ key: ctx.key, path: file.path, clientId, sequenceClientId });
    const entry = `${ctx.key}.table.json`;
    return {
      _type: this.logType,
      sha256: file.sha256,
      size: file.size,
      path: file.path,
      ncols: this.columns.length,
      nrows: this.data.length,
      log_mode: "IMMUTABLE",
      ...(ctx.batch.clientIds
        ? {
          artifact_path: `wandb-client-artifact://${clientId}/${entry}`,
          _latest_artifact_path: `wandb-client-artifact://${sequenceClientId}:latest/${entry}`,
        }
        : {}),
    };
  }
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
