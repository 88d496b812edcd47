/**
 * The run's `files/wandb-metadata.json` (protocol README §3.3): a one-time probe of the program,
 * the machine and git, under wandb's JSON names, written as Python's `json.dumps(indent=4)`.
 * Each probe that fails (no permission, no git, an unknown platform) leaves its field out; the
 * probe itself never throws.
 *
 * Runtime: wandb's `python` field holds `"Deno <version>"`, and the extra keys `deno`, `v8` and
 * `typescript` give the engine versions.
 *
 * Permissions used when granted: `--allow-sys` (os release, host name, memory), `--allow-env`
 * (user name), `--allow-read` (executable path, cwd), `--allow-read` + `--allow-sys=statfs`
 * (disk size) and `--allow-run=git`; physical
 * core counts come from `/proc` / `/sys`, which Deno only opens under `--allow-all`.
 *
 * @example
 * ```ts ignore
 * import { formatMetadataJson, probeMetadata } from "./metadata.ts";
 * const meta = await probeMetadata({ program: "train.ts", args: [], root: Deno.cwd(), startedAt: new Date() });
 * await Deno.writeTextFile("files/wandb-metadata.json", formatMetadataJson(meta));
 * ```
 * @module
 */
import { statfs } from "node:fs/promises";
import { userInfo } from "node:os";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gitInfo } from "./git.ts";
import { allGranted, granted } from "./_permissions.ts";
import { pythonFloatRepr } from "./_python_repr.ts";
import { pyString } from "./_py_json.ts";

/** A GPU as the system monitor describes it. */
export interface GpuDevice {
  /** Device name, e.g. `NVIDIA H100 80GB HBM3`. */
  name: string;
  /** Memory in bytes, as wandb reports it. */
  memory_total: number;
}

/** Options of {@linkcode probeMetadata}. */
export interface MetadataOptions {
  /** The main program: a path (absolute or relative to `root`) or a `file:` URL. */
  program: string;
  /** The program's arguments (`Deno.args`). */
  args: string[];
  /** The run's root directory (W&B `root_dir`). */
  root: string;
  /** Run start. */
  startedAt: Date;
  /** Host name to report. @default {Deno.hostname()} */
  host?: string;
  /** Skip the git probe (W&B `disable_git`). @default {false} */
  disableGit?: boolean;
  /** GPUs found by the system monitor; none are reported when empty. */
  gpu?: GpuDevice[];
  /** `WANDB_GIT_REMOTE_URL` override. */
  gitRemoteUrl?: string;
  /** `WANDB_GIT_COMMIT` override. */
  gitCommit?: string;
  /** Clock for `heartbeatAt`. @default {() => new Date()} */
  now?: () => Date;
}

const GIB = 1024 ** 3;

/**
 * Formats a time as Python's `datetime.utcfromtimestamp(t).isoformat()`: UTC, no zone,
 * microseconds (omitted when zero).
 *
 * @example
 * ```ts
 * import { pythonUtcIso } from "./metadata.ts";
 * console.assert(pythonUtcIso(new Date(Date.UTC(2024, 3, 3, 10, 15, 0, 120))) === "2024-04-03T10:15:00.120000");
 * console.assert(pythonUtcIso(new Date(Date.UTC(2024, 3, 3))) === "2024-04-03T00:00:00");
 * ```
 */
export function pythonUtcIso(d: Date): string {
  const iso = d.toISOString(); // 2024-04-03T10:15:00.120Z
  const ms = d.getUTCMilliseconds();
  return iso.slice(0, 19) + (ms === 0 ? "" : "." + String(ms).padStart(3, "0") + "000");
}

/** Runs `fn`, returning `undefined` when it throws (a missing permission, an absent file). */
function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

async function attemptAsync<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch {
    return undefined;
  }
}

/** `platform.platform()`-like: `Linux-6.1.0-x86_64`, `macOS-14.4-aarch64`, `Windows-10.0.22631-x86_64`. */
function osString(): string {
  const names: Record<string, string> = { linux: "Linux", darwin: "macOS", windows: "Windows" };
  const os = names[Deno.build.os] ?? Deno.build.os[0]!.toUpperCase() + Deno.build.os.slice(1);
  const release = granted({ name: "sys", kind: "osRelease" })
    ? attempt(() => Deno.osRelease())
    : undefined;
  return [os, release, Deno.build.arch].filter(Boolean).join("-");
}

function username(): string | undefined {
  for (const name of ["LOGNAME", "USER", "LNAME", "USERNAME"]) {
    const v = granted({ name: "env", variable: name })
      ? attempt(() => Deno.env.get(name))
      : undefined;
    if (v) return v;
  }
  if (!granted({ name: "sys", kind: "username" })) return undefined;
  return attempt(() => userInfo().username) || undefined;
}

/** Physical cores, as psutil's `cpu_count(logical=False)` counts them on Linux. */
async function physicalCores(): Promise<number | undefined> {
  if (Deno.build.os !== "linux" || !allGranted()) return undefined;
  const fromSys = await attemptAsync(async () => {
    const cores = new Set<string>();
    for await (const e of Deno.readDir("/sys/devices/system/cpu")) {
      if (!/^cpu\d+$/.test(e.name)) continue;
      const base = `/sys/devices/system/cpu/${e.name}/topology/`;
      const list = await Deno.readTextFile(base + "core_cpus_list")
        .catch(() => Deno.readTextFile(base + "thread_siblings_list"));
      cores.add(list.trim());
    }
    return cores.size || undefined;
  });
  if (fromSys) return fromSys;
  return await attemptAsync(async () => {
    const text = await Deno.readTextFile("/proc/cpuinfo");
    const cores = new Set<string>();
    for (const block of text.split("\n\n")) {
      const phys = /^physical id\s*:\s*(\d+)/m.exec(block)?.[1];
      const core = /^core id\s*:\s*(\d+)/m.exec(block)?.[1];
      if (phys !== undefined && core !== undefined) cores.add(`${phys}:${core}`);
    }
    return cores.size || undefined;
  });
}

function programPath(program: string, root: string): string | undefined {
  if (/^file:/.test(program)) return attempt(() => fileURLToPath(program));
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(program)) return undefined; // http(s): no local path
  return isAbsolute(program) ? program : resolve(root, program);
}

/**
 * Probes the program, machine and git repository for `wandb-metadata.json`.
 *
 * Fields, in wandb's order: `os`, `python` ("Deno x.y.z"), `deno`, `v8`, `typescript`,
 * `heartbeatAt`, `startedAt`, `args`, `state`, `program`, `codePathLocal`, `codePath`, `git`,
 * `root`, `host`, `username`, `executable`, `cpu_count`, `cpu_count_logical`, `disk`, `memory`,
 * `gpu`, `gpu_count`, `gpu_devices`. `codePath` is relative to the git root (else to `root`),
 * `codePathLocal` to the working directory; sizes are in GiB as floats.
 *
 * @param opts what the run knows: program, args, root, start time, GPUs
 * @returns the metadata object; never rejects
 * @example
 * ```ts ignore
 * import { probeMetadata } from "./metadata.ts";
 * const meta = await probeMetadata({ program: "train.ts", args: ["--lr", "0.1"], root: ".", startedAt: new Date() });
 * console.log(meta.os, meta.cpu_count_logical);
 * ```
 */
export async function probeMetadata(opts: MetadataOptions): Promise<Record<string, unknown>> {
  const now = opts.now ?? (() => new Date());
  const path = programPath(opts.program, opts.root);
  const [git, cores, disk] = await Promise.all([
    opts.disableGit || !path ? undefined : gitInfo(dirname(path), {
      ...(opts.gitRemoteUrl ? { remoteUrl: opts.gitRemoteUrl } : {}),
      ...(opts.gitCommit ? { commit: opts.gitCommit } : {}),
    }).catch(() => undefined),
    physicalCores(),
    granted({ name: "read", path: "/" }) && granted({ name: "sys", kind: "statfs" })
      ? attemptAsync(() => statfs("/"))
      : undefined,
  ]);
  const m: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    if (value !== undefined && value !== "") m[key] = value;
  };
  put("os", osString());
  put("python", `Deno ${Deno.version.deno}`);
  put("deno", Deno.version.deno);
  put("v8", Deno.version.v8);
  put("typescript", Deno.version.typescript);
  put("heartbeatAt", pythonUtcIso(now()));
  put("startedAt", pythonUtcIso(opts.startedAt));
  put("args", [...opts.args]);
  put("state", "running");
  put("program", opts.program);
  if (path) {
    const cwd = granted({ name: "read" }) ? attempt(() => Deno.cwd()) : undefined;
    if (cwd) put("codePathLocal", relative(cwd, path));
    put("codePath", relative(git?.root ?? resolve(opts.root), path));
  }
  if (git) put("git", { remote: git.remote ?? null, commit: git.commit ?? null });
  put("root", opts.root);
  const sys = (kind: Deno.SysPermissionDescriptor["kind"]) => granted({ name: "sys", kind });
  put("host", opts.host ?? (sys("hostname") ? attempt(() => Deno.hostname()) : undefined));
  put("username", username());
  put("executable", granted({ name: "read" }) ? attempt(() => Deno.execPath()) : undefined);
  put("cpu_count", cores);
  put("cpu_count_logical", navigator.hardwareConcurrency || undefined);
  if (disk && disk.blocks > 0) {
    const frsize = (disk as { frsize?: number }).frsize || disk.bsize; // psutil uses f_frsize
    const total = (disk.blocks * frsize) / GIB;
    const used = ((disk.blocks - disk.bfree) * frsize) / GIB;
    put("disk", { "/": { total, used } });
  }
  const mem = sys("systemMemoryInfo") ? attempt(() => Deno.systemMemoryInfo().total) : undefined;
  if (mem) put("memory", { total: mem / GIB });
  const gpus = opts.gpu ?? [];
  if (gpus.length > 0) {
    put("gpu", gpus[0]!.name);
    put("gpu_count", gpus.length);
    put("gpu_devices", gpus.map((g) => ({ name: g.name, memory_total: g.memory_total })));
  }
  return m;
}

/**
 * Serializes metadata as Python's `json.dumps(meta, indent=4)` plus a newline: 4-space indent,
 * `","` at line ends, `": "` after keys, non-ASCII escaped as `\uXXXX`, and floats that
 * are whole written with `.0` where wandb's floats are (`disk`, `memory`).
 *
 * @example
 * ```ts
 * import { formatMetadataJson } from "./metadata.ts";
 * console.assert(formatMetadataJson({ a: [1], m: { total: 2 } }) === '{\n    "a": [\n        1\n    ],\n    "m": {\n        "total": 2.0\n    }\n}\n');
 * ```
 */
export function formatMetadataJson(meta: Record<string, unknown>): string {
  return pyJson(meta, "", "") + "\n";
}

const FLOAT_PATHS = /^(?:\.memory\.total|\.disk\.[^.]+\.(?:total|used))$/;

function pyNumber(n: number, path: string): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "-Infinity";
  if (Number.isSafeInteger(n) && !Object.is(n, -0) && !FLOAT_PATHS.test(path)) return String(n);
  return pythonFloatRepr(n);
}

function pyJson(v: unknown, indent: string, path: string): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return pyNumber(v, path);
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "string") return pyString(v);
  const inner = indent + "    ";
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    const items = v.map((x, i) => inner + pyJson(x, inner, `${path}[${i}]`));
    return "[\n" + items.join(",\n") + "\n" + indent + "]";
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  if (entries.length === 0) return "{}";
  const items = entries.map(([k, x]) =>
    inner + pyString(k) + ": " + pyJson(x, inner, `${path}.${k}`)
  );
  return "{\n" + items.join(",\n") + "\n" + indent + "}";
}
