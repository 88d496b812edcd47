/**
 * The script's dependency list, our counterpart of wandb's `requirements.txt`: the packages in
 * the nearest `deno.lock` (or, without a lock, the pinned `npm:` / `jsr:` imports of the
 * nearest `deno.json`), plus copies of the project files that define them.
 *
 * Permissions: `--allow-read` on the program's directory and its parents; without it nothing is
 * found (and Deno is never made to prompt).
 *
 * @example
 * ```ts ignore
 * import { findDependencies } from "./dependencies.ts";
 * const deps = await findDependencies("/home/me/project/train.ts");
 * if (deps) await Deno.writeTextFile("files/requirements.txt", deps.requirements);
 * ```
 * @module
 */
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { granted } from "./_permissions.ts";

/** What {@linkcode findDependencies} found. */
export interface Dependencies {
  /** Lines `npm:<name>==<version>` (and the same for jsr packages), sorted, joined by `\n`, no final newline. */
  requirements: string;
  /** Project files to store under `files/` (`deno.json`, `deno.jsonc`, `package.json`, `deno.lock`). */
  files: Array<{ name: string; content: string }>;
  /** Directory of the project configuration (or of the lock when there is no configuration). */
  projectDir: string;
}

const CONFIG_NAMES = ["deno.json", "deno.jsonc", "package.json"] as const;

async function readIfFile(path: string): Promise<string | undefined> {
  if (!granted({ name: "read", path })) return undefined;
  try {
    return await Deno.readTextFile(path);
  } catch {
    return undefined;
  }
}

/** Splits a lock key such as `@scope/pkg@1.2.3_peer@4.5.6` into name and version. */
function splitKey(key: string): [string, string] | undefined {
  const at = key.indexOf("@", 1);
  if (at <= 0) return undefined;
  const version = key.slice(at + 1).split("_")[0]!;
  return version ? [key.slice(0, at), version] : undefined;
}

/**
 * The `name==version` lines of a `deno.lock` (versions 3 to 5): every `npm` and `jsr` package.
 *
 * @param lockText the lock file text
 * @returns sorted, de-duplicated lines; empty when the text is not a lock
 * @example
 * ```ts
 * import { lockRequirements } from "./dependencies.ts";
 * const lock = JSON.stringify({ version: "5", npm: { "protobufjs@8.8.1": {}, "@a/b@1.0.0_x@2.0.0": {} } });
 * console.assert(lockRequirements(lock).join(",") === "npm:@a/b==1.0.0,npm:protobufjs==8.8.1");
 * ```
 */
export function lockRequirements(lockText: string): string[] {
  let lock: Record<string, unknown>;
  try {
    lock = JSON.parse(lockText);
  } catch {
    return [];
  }
  if (typeof lock !== "object" || lock === null) return [];
  const packages = (lock.packages ?? lock) as Record<string, unknown>; // v3 nests under "packages"
  const lines = new Set<string>();
  for (const kind of ["npm", "jsr"] as const) {
    const section = packages[kind];
    if (typeof section !== "object" || section === null) continue;
    for (const key of Object.keys(section)) {
      const nv = splitKey(key);
      if (nv) lines.add(`${kind}:${nv[0]}==${nv[1]}`);
    }
  }
  return [...lines].sort();
}

/** Pinned `npm:` / `jsr:` specifiers of a deno.json `imports` map (`npm:x@1.2.3`). */
function importRequirements(configText: string): string[] {
  let config: { imports?: Record<string, unknown> };
  try {
    config = JSON.parse(configText.replace(/^\s*\/\/.*$/gm, ""));
  } catch {
    return [];
  }
  const lines = new Set<string>();
  for (const spec of Object.values(config.imports ?? {})) {
    const m = typeof spec === "string"
      ? /^(npm|jsr):\/?(@?[^@/]+(?:\/[^@/]+)?)@([^/]+)/.exec(spec)
      : null;
    if (m) lines.add(`${m[1]}:${m[2]}==${m[3]}`);
  }
  return [...lines].sort();
}

function programDir(program: string): string | undefined {
  try {
    if (program.startsWith("file:")) return dirname(fileURLToPath(program));
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(program)) return undefined;
    if (isAbsolute(program)) return dirname(program);
    return granted({ name: "read" }) ? dirname(resolve(program)) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds the program's project files and lists its packages.
 *
 * Walks up from the program's directory to the nearest directory with `deno.json`,
 * `deno.jsonc` or `package.json`, and to the nearest `deno.lock` (the same directory or above).
 *
 * @param program the main program: an absolute path, a path relative to the cwd, or a `file:` URL
 * @returns the requirement lines and file copies, or `undefined` when neither a configuration
 *   nor a lock was found (or could be read)
 * @example
 * ```ts ignore
 * import { findDependencies } from "./dependencies.ts";
 * const deps = await findDependencies(Deno.mainModule);
 * console.log(deps?.requirements);
 * ```
 */
export async function findDependencies(program: string): Promise<Dependencies | undefined> {
  let dir = programDir(program);
  if (!dir) return undefined;
  const files: Dependencies["files"] = [];
  let projectDir: string | undefined;
  let lock: string | undefined;
  let config: string | undefined;
  for (;;) {
    if (!projectDir) {
      for (const name of CONFIG_NAMES) {
        const text = await readIfFile(join(dir, name));
        if (text === undefined) continue;
        projectDir ??= dir;
        files.push({ name, content: text });
        if (name !== "package.json") config ??= text;
      }
    }
    if (lock === undefined) {
      lock = await readIfFile(join(dir, "deno.lock"));
      if (lock !== undefined) {
        files.push({ name: "deno.lock", content: lock });
        projectDir ??= dir;
      }
    }
    const parent = dirname(dir);
    if (lock !== undefined || parent === dir) break;
    dir = parent;
  }
  if (!projectDir) return undefined;
  const lines = lock !== undefined ? lockRequirements(lock) : importRequirements(config ?? "{}");
  return { requirements: lines.join("\n"), files, projectDir };
}
