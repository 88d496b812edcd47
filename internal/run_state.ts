/**
 * What the internal process knows about a run beyond the log: the config (for `config.yaml`),
 * the consolidated summary (for `wandb-summary.json`), console text (for `output.log`) and the
 * history sample (for the closing sparklines). It applies decoded records and writes the files.
 *
 * Permissions: `--allow-write` on the run directory.
 *
 * @example
 * ```ts ignore
 * const state = new RunState("/tmp/run", { startMs: Date.now(), version: "0.1.0" });
 * state.applyConfig({ update: [{ key: "lr", valueJson: "0.1" }] });
 * state.writeConfigYaml();
 * ```
 * @module
 */
import type { wandb_internal } from "../proto/mod.ts";
import { stringifyValueJson } from "../proto/value_json.ts";
import { formatConfigYaml, yamlFloat } from "./run_files/mod.ts";
import { HistorySampler } from "./sparklines.ts";
import { applyItems } from "./record_items.ts";
import { shownText } from "./sender/console_lines.ts";

/** Options of {@linkcode RunState}. */
export interface RunStateOptions {
  /** Run start, ms since epoch. */
  startMs: number;
  /** SDK version, recorded under `_wandb`. */
  version: string;
}

/** The run's config, summary, console text and history sample, kept by the Worker. */
export class RunState {
  readonly config: Record<string, unknown> = {};
  readonly summary: Record<string, unknown> = {};
  readonly sampler: HistorySampler = new HistorySampler(256);
  readonly warnings: string[] = [];
  #configDirty = false;
  #output = "";
  #outputFile: Deno.FsFile | undefined;
  #lastLineOpen = false;

  /**
   * @param filesDir the run's `files/` directory
   * @param options start time and version
   */
  constructor(readonly filesDir: string, readonly options: RunStateOptions) {}

  /** Applies a ConfigRecord. */
  applyConfig(rec: wandb_internal.IConfigRecord): void {
    applyItems(this.config, rec);
    this.#configDirty = true;
  }

  /** Applies a SummaryRecord. */
  applySummary(rec: wandb_internal.ISummaryRecord): void {
    applyItems(this.summary, rec);
  }

  /** Appends console text to `output.log` (ANSI codes removed, `\r` rewrites collapsed). */
  appendOutput(text: string): void {
    this.#output += text;
  }

  /** Writes pending output and, if the config changed, `config.yaml`. */
  flushFiles(): void {
    if (this.#output) {
      const text = collapseCarriageReturns(stripAnsi(this.#output));
      this.#output = "";
      try {
        this.#outputFile ??= Deno.openSync(`${this.filesDir}/output.log`, {
          create: true,
          append: true,
        });
        writeAll(this.#outputFile, new TextEncoder().encode(text));
        this.#lastLineOpen = !text.endsWith("\n");
      } catch (err) {
        this.warn(`could not write output.log: ${(err as Error).message}`);
      }
    }
    if (this.#configDirty) this.writeConfigYaml();
  }

  /** Writes `files/config.yaml` with the `_wandb` key W&B adds. */
  writeConfigYaml(): void {
    this.#configDirty = false;
    const { _wandb: _, ...user } = this.config;
    const wandb = {
      cli_version: this.options.version,
      is_jupyter_run: false,
      is_kaggle_kernel: false,
      start_time: yamlFloat(Math.floor(this.options.startMs / 1000)),
    };
    this.#writeText("config.yaml", formatConfigYaml({ ...user, _wandb: wandb }));
  }

  /** Writes `files/wandb-summary.json` with `_wandb.runtime`. */
  writeSummaryJson(runtime: number): void {
    const summary = { ...this.summary, _wandb: { runtime } };
    this.#writeText("wandb-summary.json", stringifyValueJson(summary));
  }

  /** Closes the output file. */
  close(): void {
    this.flushFiles();
    if (this.#lastLineOpen && this.#outputFile) {
      writeAll(this.#outputFile, new TextEncoder().encode("\n"));
    }
    this.#outputFile?.close();
    this.#outputFile = undefined;
  }

  /** Records a problem to report at finish. */
  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  #writeText(name: string, text: string): void {
    try {
      Deno.writeTextFileSync(`${this.filesDir}/${name}`, text);
    } catch (err) {
      this.warn(`could not write ${name}: ${(err as Error).message}`);
    }
  }
}

function writeAll(file: Deno.FsFile, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) off += file.writeSync(bytes.subarray(off));
}

// deno-lint-ignore no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*(\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

/** Removes ANSI escape sequences. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

/** Keeps what a terminal would show of `\r`-rewritten lines (progress bars). */
export function collapseCarriageReturns(text: string): string {
  if (!text.includes("\r")) return text;
  return text.split("\n").map(shownText).join("\n");
}
