/**
 * Permission checks made before a probe touches a guarded API, so that a probe never makes
 * Deno prompt on an interactive terminal: without the grant the probe is skipped.
 *
 * @module
 */

/** True when `desc` is granted now (never prompts). */
export function granted(desc: Deno.PermissionDescriptor): boolean {
  try {
    return Deno.permissions.querySync(desc).state === "granted";
  } catch {
    return false;
  }
}

/** True under `--allow-all` (or every flag), which Deno requires to read `/proc` and `/sys`. */
export function allGranted(): boolean {
  const names = ["read", "write", "net", "env", "run", "ffi", "sys"] as const;
  return names.every((name) => granted({ name }));
}
