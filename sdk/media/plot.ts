/**
 * `wandb.plot.line/scatter/bar/histogram`: a {@linkcode Table} plus one of W&B's preset Vega
 * specs, as the official client logs them: the table goes to history as `<key>_table` and the
 * chart to the config under `_wandb.visualize.<key>` (panel `Vega2`, `panelDefId`
 * `wandb/line/v0`, …).
 *
 * @example
 * ```ts ignore
 * const t = new wandb.Table({ columns: ["x", "y"], data: [[1, 1], [2, 4]] });
 * run.log({ curve: wandb.plot.line(t, "x", "y", { title: "y = x²" }) });
 * ```
 * @module
 */
import type { Table } from "./table.ts";

/** A table with a Vega spec; log it under a key. */
export class CustomChart {
  /**
   * @param table the data
   * @param specName W&B's spec id (`wandb/line/v0`)
   * @param fields spec field → table column
   * @param stringFields spec string settings (the title)
   */
  /** Creates the value; see the class for the arguments. */
  constructor(
    readonly table: Table,
    readonly specName: string,
    readonly fields: Record<string, string | null>,
    readonly stringFields: Record<string, string>,
  ) {}

  /** The config value under `_wandb.visualize.<key>`. */
  configValue(key: string): Record<string, unknown> {
    return {
      panel_type: "Vega2",
      panel_config: {
        panelDefId: this.specName,
        fieldSettings: this.fields,
        stringSettings: this.stringFields,
        transform: { name: "tableWithLeafColNames" },
        userQuery: {
          queryFields: [{
            name: "runSets",
            args: [{ name: "runSets", value: "${runSets}" }],
            fields: [
              { name: "id", fields: [] },
              { name: "name", fields: [] },
              { name: "_defaultColorIndex", fields: [] },
              {
                name: "summaryTable",
                args: [{ name: "tableKey", value: `${key}_table` }],
                fields: [],
              },
            ],
          }],
        },
      },
    };
  }
}

/** A title. */
export interface PlotOptions {
  /** The `title` field. */
  title?: string;
}

/** A line chart of `y` over `x` (`stroke`: a column to split lines by). */
export function line(
  table: Table,
  x: string,
  y: string,
  options: PlotOptions & { stroke?: string } = {},
): CustomChart {
  return new CustomChart(table, "wandb/line/v0", { x, y, stroke: options.stroke ?? null }, {
    title: options.title ?? "",
  });
}

/** A scatter plot of `y` over `x`. */
export function scatter(
  table: Table,
  x: string,
  y: string,
  options: PlotOptions = {},
): CustomChart {
  return new CustomChart(table, "wandb/scatter/v0", { x, y }, { title: options.title ?? "" });
}

/** A bar chart: `value` per `label`. */
export function bar(
  table: Table,
  label: string,
  value: string,
  options: PlotOptions = {},
): CustomChart {
  return new CustomChart(table, "wandb/bar/v0", { label, value }, { title: options.title ?? "" });
}

/** A histogram of the column `value`. */
export function histogram(table: Table, value: string, options: PlotOptions = {}): CustomChart {
  return new CustomChart(table, "wandb/histogram/v0", { value }, { title: options.title ?? "" });
}
