/**
 * Git facts for a run, as wandb's `GitRepo` collects them: the repository root, the remote URL
 * (credentials removed) and the HEAD commit, plus `git diff HEAD` for `files/diff.patch`.
 * Everything runs the `git` binary with a time limit; a missing binary, a directory outside any
 * repository, a repository without commits or a missing `--allow-run=git` yields `undefined` /
 * `""` instead of an error.
 *
 * Permissions: `--allow-run=git`.
 *
 * @example
 * ```ts ignore
 * import { gitDiff, gitInfo } from "./git.ts";
 * const info = await gitInfo(Deno.cwd());
 * if (info) console.log(info.root, info.remote, info.commit, (await gitDiff(info.root)).length);
 * ```
 * @module
 */
import { exec } from "./_exec.ts";

/** What {@linkcode gitInfo} found. */
export interface GitInfo {
  /** Absolute path of the work tree root. */
  root: string;
  /** URL of the remote (W&B setting `git_remote`, default `origin`), without credentials. */
  remote?: string;
  /** Full SHA of HEAD; absent in a repository without commits. */
  commit?: string;
}

/** Options of {@linkcode gitInfo}. */
export interface GitInfoOptions {
  /** Name of the remote to report. @default {"origin"} */
  remoteName?: string;
  /** Reported instead of the remote's URL (from `WANDB_GIT_REMOTE_URL`). */
  remoteUrl?: string;
  /** Reported instead of HEAD (from `WANDB_GIT_COMMIT`). */
  commit?: string;
  /** Limit for each git call, in ms. @default {5000} */
  timeoutMs?: number;
}

const decoder = new TextDecoder();

async function git(dir: string, args: string[], timeoutMs: number): Promise<string | undefined> {
  const out = await exec("git", args, { cwd: dir, timeoutMs });
  if (!out || out.code !== 0) return undefined;
  return decoder.decode(out.stdout).trim();
}

/**
 * Removes credentials from a remote URL as wandb does: `user:token@host` becomes `user:@host`,
 * and a user name without a password is dropped. scp-like addresses (`git@host:org/repo`) are
 * kept as they are.
 *
 * @example
 * ```ts
 * import { sanitizeRemoteUrl } from "./git.ts";
 * console.assert(sanitizeRemoteUrl("https://me:tok@github.com/o/r.git") === "https://me:@github.com/o/r.git");
 * console.assert(sanitizeRemoteUrl("https://me@github.com/o/r.git") === "https://github.com/o/r.git");
 * ```
 */
export function sanitizeRemoteUrl(url: string): string {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^/?#]*@)([^/?#]*)(.*)$/s.exec(url);
  if (!m) return url;
  const [, scheme, userinfo, host, rest] = m as unknown as [string, string, string, string, string];
  const colon = userinfo.indexOf(":");
  const creds = colon >= 0 ? userinfo.slice(0, colon) + ":@" : "";
  return scheme + creds + host + rest;
}

/**
 * Finds the git repository containing `dir`.
 *
 * @param dir any directory inside the work tree
 * @param options remote name, overrides and time limit
 * @returns the root, remote and commit, or `undefined` outside a repository or without git
 * @example
 * ```ts ignore
 * import { gitInfo } from "./git.ts";
 * const info = await gitInfo(".", { commit: Deno.env.get("WANDB_GIT_COMMIT") });
 * ```
 */
export async function gitInfo(
  dir: string,
  options: GitInfoOptions = {},
): Promise<GitInfo | undefined> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const root = await git(dir, ["rev-parse", "--show-toplevel"], timeoutMs);
  if (!root) return undefined;
  const remoteName = options.remoteName ?? "origin";
  const [commit, remote] = await Promise.all([
    options.commit ? options.commit : git(root, ["rev-parse", "--verify", "-q", "HEAD"], timeoutMs),
    options.remoteUrl
      ? options.remoteUrl
      : git(root, ["config", "--get", `remote.${remoteName}.url`], timeoutMs),
  ]);
  const info: GitInfo = { root };
  if (remote) info.remote = options.remoteUrl ? remote : sanitizeRemoteUrl(remote);
  if (commit) info.commit = commit;
  return info;
}

/**
 * `git diff HEAD` of the repository containing `dir` as raw bytes (what wandb stores as
 * `files/diff.patch`): staged and unstaged changes to tracked files, no colour, no external
 * diff driver, binary files as git summarizes them.
 *
 * @param dir any directory inside the work tree
 * @param options time limit in ms (default 5000, wandb's limit)
 * @returns the patch, empty when clean, outside a repository, without commits or on timeout
 * @example
 * ```ts ignore
 * import { gitDiffBytes } from "./git.ts";
 * const patch = await gitDiffBytes(".");
 * if (patch.length > 0) await Deno.writeFile("files/diff.patch", patch);
 * ```
 */
export async function gitDiffBytes(
  dir: string,
  options: { timeoutMs?: number } = {},
): Promise<Uint8Array> {
  const out = await exec("git", ["diff", "--no-color", "--no-ext-diff", "HEAD"], {
    cwd: dir,
    timeoutMs: options.timeoutMs ?? 5000,
  });
  if (!out || out.code !== 0 || out.timedOut) return new Uint8Array(0);
  return out.stdout;
}

/**
 * `git diff HEAD` as text (UTF-8; invalid bytes become U+FFFD). See {@linkcode gitDiffBytes}.
 *
 * @returns the patch, `""` when clean or when git cannot tell
 * @example
 * ```ts ignore
 * import { gitDiff } from "./git.ts";
 * const patch = await gitDiff(".");
 * ```
 */
export async function gitDiff(dir: string, options: { timeoutMs?: number } = {}): Promise<string> {
  return decoder.decode(await gitDiffBytes(dir, options));
}
