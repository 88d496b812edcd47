/**
 * Finding runs' `.wandb` logs on disk, for `sync` and `board`.
 *
 * @module
 */

/**
 * The `.wandb` logs of a path: the file itself, a run directory's, or those of the run directories
 * (`run-*`, `offline-run-*`) in it, sorted. The `latest-run` link is not followed (its run is
 * listed under its own name).
 *
 * @param path a `.wandb` file, a run directory, or a folder of run directories (`wandb/`)
 * @returns the logs, or undefined when `path` does not exist
 * @example
 * ```ts ignore
 * for (const log of findLogs("wandb") ?? []) console.log(log);
 * ```
 */
export function findLogs(path: string): string[] | undefined {
  let st: Deno.FileInfo;
  try {
    st = Deno.statSync(path);
  } catch {
    return undefined;
  }
  if (st.isFile) return [path];
  const own = [...Deno.readDirSync(path)].filter((e) => e.isFile && /^run-.*\.wandb$/.test(e.name));
  if (own.length > 0) return own.map((e) => `${path}/${e.name}`).sort();
  const out: string[] = [];
  for (const e of [...Deno.readDirSync(path)].sort((a, b) => a.name < b.name ? -1 : 1)) {
    if (!e.isDirectory || !/^(offline-)?run-/.test(e.name)) continue;
    out.push(...(findLogs(`${path}/${e.name}`) ?? []));
  }
  return out;
}
