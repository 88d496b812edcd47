/**
 * `run.save(glob, { basePath, policy })`: files matching a glob are linked into the run's
 * `files/` directory (keeping their path below `basePath`) and announced with a `FilesRecord`, so
 * the sender uploads them: `now` at once, `live` at once and again whenever they change, `end`
 * when the run finishes (W&B's `wandb.save`).
 *
 * Permissions: `--allow-read` of the matched files, `--allow-write` of the run directory.
 *
 * @example
 * ```ts ignore
 * run.save("checkpoints/*.pt", { policy: "end" });
 * ```
 * @module
 */
import { UsageError } from "./errors.ts";

/** Upload policies of saved files. */
export type SavePolicy = "live" | "now" | "end";

/** Options of `run.save`. */
export interface SaveOptions {
  /** Paths under `files/` are relative to this. @default the glob's directory part */
  basePath?: string;
  /** When to upload: on every change (`live`), once now, or at the end. @default "live" */
  policy?: SavePolicy;
}

/**
 * A glob as a RegExp over `/`-separated paths: `**` any depth, `*` and `?` within a segment.
 *
 * @example
 * ```ts
 * import { globToRegExp } from "./save.ts";
 * const re = globToRegExp("out/**\/*.txt");
 * console.assert(re.test("out/a/b/c.txt") && re.test("out/c.txt") && !re.test("out/c.txtx"));
 * ```
 */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      re += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/**
 * Finds the files a glob matches (absolute paths, sorted). Relative globs are taken from `cwd`.
 *
 * @example
 * ```ts ignore
 * const files = matchGlob("logs/*.txt", Deno.cwd());
 * ```
 */
export function matchGlob(glob: string, cwd: string): string[] {
  const abs = glob.startsWith("/") ? glob : `${cwd}/${glob}`;
  const parts = abs.split("/");
  const firstGlob = parts.findIndex((p) => /[*?]/.test(p));
  if (firstGlob < 0) {
    try {
      return Deno.statSync(abs).isFile ? [abs] : [];
    } catch {
      return [];
    }
  }
  const root = parts.slice(0, firstGlob).join("/") || "/";
  const re = globToRegExp(parts.slice(firstGlob).join("/"));
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: Deno.DirEntry[];
    try {
      entries = [...Deno.readDirSync(dir)];
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory) walk(`${dir}/${e.name}`, r);
      else if (re.test(r)) out.push(`${dir}/${e.name}`);
    }
  };
  walk(root, "");
  return out.sort();
}

/**
 * Links the files of `glob` into `filesDir` and returns their names there.
 *
 * @throws {UsageError} `save/outside` when a file is not below `basePath`, `save/into-run`
 * when the glob points into the run directory itself
 */
export function linkSaved(
  glob: string,
  filesDir: string,
  options: { basePath?: string; cwd: string },
): string[] {
  const files = matchGlob(glob, options.cwd);
  const absGlob = glob.startsWith("/") ? glob : `${options.cwd}/${glob}`;
  const parts = absGlob.split("/");
  const firstGlob = parts.findIndex((p) => /[*?]/.test(p));
  const defaultBase = parts.slice(0, firstGlob < 0 ? parts.length - 1 : firstGlob).join("/");
  let base = options.basePath ?? defaultBase;
  if (!base.startsWith("/")) base = `${options.cwd}/${base}`;
  base = base.replace(/\/+$/, "");
  // Every file is checked before any is linked: a refused glob leaves nothing behind.
  for (const f of files) {
    if (f.startsWith(filesDir + "/")) {
      throw new UsageError(
        "save/into-run",
        `Cannot save ${f}: it is inside the run's own files directory; save the original file instead`,
      );
    }
    if (!f.startsWith(base + "/")) {
      throw new UsageError(
        "save/outside",
        `Cannot save ${f}: it is not below basePath ${base}; pass a basePath that contains it`,
      );
    }
  }
  const names: string[] = [];
  for (const f of files) {
    const name = f.slice(base.length + 1);
    const target = `${filesDir}/${name}`;
    const slash = target.lastIndexOf("/");
    Deno.mkdirSync(target.slice(0, slash), { recursive: true });
    try {
      Deno.removeSync(target);
    } catch {
      // not there yet
    }
    Deno.symlinkSync(f, target);
    names.push(name);
  }
  return names;
}
