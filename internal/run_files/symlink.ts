/**
 * The convenience links wandb keeps in its `wandb/` directory (protocol README §3):
 * `latest-run -> run-…`, `debug.log -> run-…/logs/debug.log` and
 * `debug-internal.log -> run-…/logs/debug-internal.log`. Targets are relative, and each link
 * is replaced atomically: made as `<name>.<pid>`, then renamed over the old one. Links are
 * skipped on Windows, and any failure (no permission, a file system without symlinks) only
 * makes the call return `false`.
 *
 * Permissions: `--allow-read` and `--allow-write` on the wandb directory.
 *
 * @example
 * ```ts ignore
 * import { linkDebugLogs, linkLatest } from "./symlink.ts";
 * linkLatest("wandb", "run-20240403_101500-ab12cd34");
 * linkDebugLogs("wandb", "run-20240403_101500-ab12cd34");
 * ```
 * @module
 */
import { granted } from "./_permissions.ts";

/**
 * Points `<dir>/<name>` at the relative `target`, replacing any old link atomically.
 *
 * @returns `true` when the link is in place
 * @example
 * ```ts ignore
 * import { replaceSymlink } from "./symlink.ts";
 * replaceSymlink("wandb", "latest-run", "offline-run-20240403_101500-ab12cd34");
 * ```
 */
export function replaceSymlink(dir: string, name: string, target: string): boolean {
  if (Deno.build.os === "windows") return false;
  if (!granted({ name: "write", path: dir }) || !granted({ name: "read", path: dir })) return false;
  const link = `${dir}/${name}`;
  const tmp = `${link}.${Deno.pid}`;
  try {
    try {
      Deno.removeSync(tmp);
    } catch {
      // no leftover from an earlier attempt
    }
    Deno.symlinkSync(target, tmp);
    Deno.renameSync(tmp, link);
    return true;
  } catch {
    try {
      Deno.removeSync(tmp);
    } catch {
      // nothing to clean up
    }
    return false;
  }
}

/**
 * Makes `<wandbDir>/latest-run` point at the run directory.
 *
 * @param wandbDir the `wandb/` (or `.wandb/`) directory
 * @param runDirName the run directory's name inside it, e.g. `run-20240403_101500-ab12cd34`
 * @returns `true` when the link is in place
 * @example
 * ```ts ignore
 * import { linkLatest } from "./symlink.ts";
 * linkLatest("wandb", "offline-run-20240403_101500-ab12cd34");
 * ```
 */
export function linkLatest(wandbDir: string, runDirName: string): boolean {
  return replaceSymlink(wandbDir, "latest-run", runDirName);
}

/**
 * Makes `<wandbDir>/debug.log` and `<wandbDir>/debug-internal.log` point at the run's logs.
 *
 * @param wandbDir the `wandb/` (or `.wandb/`) directory
 * @param runDirName the run directory's name inside it
 * @returns `true` when both links are in place
 * @example
 * ```ts ignore
 * import { linkDebugLogs } from "./symlink.ts";
 * linkDebugLogs("wandb", "run-20240403_101500-ab12cd34");
 * ```
 */
export function linkDebugLogs(wandbDir: string, runDirName: string): boolean {
  const user = replaceSymlink(wandbDir, "debug.log", `${runDirName}/logs/debug.log`);
  const internal = replaceSymlink(
    wandbDir,
    "debug-internal.log",
    `${runDirName}/logs/debug-internal.log`,
  );
  return user && internal;
}
