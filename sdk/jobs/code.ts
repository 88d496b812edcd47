/**
 * The code artifact of `run.logCode()`: the source files under a root, as W&B's `run.log_code()`
 * collects them, in an artifact of type `code` named `source-<project>-<program path>`.
 *
 * Which files: W&B takes files ending `.py`, `Dockerfile*` and `requirements.txt`; we also take
 * the files a Deno program runs from (`.ts`, `.tsx`, `.mts`, `.cts`, `.js`, `.mjs`, `.cjs`,
 * `.jsx`) and its project files (`deno.json`, `deno.jsonc`, `deno.lock`, `package.json`). Left
 * out as W&B does: the `wandb/` and `.wandb/` folders of the root; and, ours, every
 * `node_modules/` and `.git/` folder (Deno's npm cache and git's objects are not source).
 *
 * @example
 * ```ts ignore
 * import { collectCode } from "./code.ts";
 * const files = collectCode(".", {});
 * console.log(files.map((f) => f.name));
 * ```
 * @module
 */
import { join, relative, resolve } from "node:path";

/** A filter of `logCode`: the file's absolute path and the absolute root, as W&B passes them. */
export type CodeFilter = (path: string, root: string) => boolean;

/** Options of `run.logCode()`. */
export interface LogCodeOptions {
  /** Which files to take. @default {@linkcode defaultCodeInclude} */
  include?: CodeFilter;
  /** Which files to leave out. @default {@linkcode defaultCodeExclude} */
  exclude?: CodeFilter;
  /** The artifact's name. @default `source-<project>-<program path>`, made safe */
  name?: string;
}

const CODE_EXT = /\.(py|ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;
const PROJECT_FILES = new Set([
  "requirements.txt",
  "deno.json",
  "deno.jsonc",
  "deno.lock",
  "package.json",
]);

/**
 * The default `include` of `logCode`: source files and project files (see the module docs).
 *
 * @example
 * ```ts
 * import { defaultCodeInclude } from "./code.ts";
 * console.assert(defaultCodeInclude("/p/train.ts", "/p") && !defaultCodeInclude("/p/notes.txt", "/p"));
 * ```
 */
export const defaultCodeInclude: CodeFilter = (path) => {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return CODE_EXT.test(base) || base.startsWith("Dockerfile") || PROJECT_FILES.has(base);
};

/**
 * The default `exclude` of `logCode`: the root's `wandb/` and `.wandb/` folders, as W&B's.
 *
 * @example
 * ```ts
 * import { defaultCodeExclude } from "./code.ts";
 * console.assert(defaultCodeExclude("/p/wandb/run-1/files/x.ts", "/p"));
 * console.assert(!defaultCodeExclude("/p/src/wandb.ts", "/p"));
 * ```
 */
export const defaultCodeExclude: CodeFilter = (path, root) => {
  const rel = relative(root, path);
  return rel.startsWith("wandb/") || rel.startsWith(".wandb/");
};

/** Folders never walked into. */
const SKIP_DIRS = new Set(["node_modules", ".git"]);

/**
 * The files `logCode` takes under `root`, sorted by their name in the artifact.
 *
 * @param root the folder to walk (relative to the working directory, or absolute)
 * @param options include / exclude filters
 * @returns absolute path and artifact name of each file
 * @example
 * ```ts ignore
 * import { collectCode } from "./code.ts";
 * for (const f of collectCode("src", {})) console.log(f.name, f.path);
 * ```
 */
export function collectCode(
  root: string,
  options: Pick<LogCodeOptions, "include" | "exclude">,
): { path: string; name: string }[] {
  const abs = resolve(root);
  const include = options.include ?? defaultCodeInclude;
  const exclude = options.exclude ?? defaultCodeExclude;
  const out: { path: string; name: string }[] = [];
  const walk = (dir: string) => {
    const entries = [...Deno.readDirSync(dir)].sort((a, b) => a.name < b.name ? -1 : 1);
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory) {
        if (!SKIP_DIRS.has(e.name)) walk(p);
      } else if (e.isFile && include(p, abs) && !exclude(p, abs)) {
        out.push({ path: p, name: relative(abs, p) });
      }
    }
  };
  walk(abs);
  return out;
}
