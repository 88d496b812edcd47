/**
 * Artifact names of jobs and code, as W&B makes them: `job-<git remote>_<program path>`,
 * `job-<code artifact name>`, `job-<image without its tag>` and `source-<project>-<program path>`,
 * each made safe by {@linkcode makeArtifactNameSafe}.
 *
 * @example
 * ```ts
 * import { makeArtifactNameSafe } from "./names.ts";
 * console.assert(makeArtifactNameSafe("job-https://github.com/a/b.git_train.ts") === "job-https___github.com_a_b.git_train.ts");
 * ```
 * @module
 */

/**
 * W&B's `make_artifact_name_safe`: every character other than letters, digits, `_`, `-` and `.`
 * becomes `_`; a name longer than 128 keeps its first and last 63 characters around `..`.
 *
 * @param name any string
 * @returns a valid artifact name
 * @example
 * ```ts
 * import { makeArtifactNameSafe } from "./names.ts";
 * console.assert(makeArtifactNameSafe("source-proj-src/train.ts") === "source-proj-src_train.ts");
 * console.assert(makeArtifactNameSafe("x".repeat(200)).length === 128);
 * ```
 */
export function makeArtifactNameSafe(name: string): string {
  const cleaned = name.replace(/[^a-zA-Z0-9_\-.]/g, "_");
  if (cleaned.length <= 128) return cleaned;
  return `${cleaned.slice(0, 63)}..${cleaned.slice(-63)}`;
}

/**
 * The name of the code artifact `run.logCode()` makes: `source-<project>-<program path>`.
 *
 * @param project the run's project
 * @param programRelpath the program's path relative to the git root (else the working directory)
 * @returns the safe name
 * @example
 * ```ts
 * import { codeArtifactName } from "./names.ts";
 * console.assert(codeArtifactName("jobsp", "train.ts") === "source-jobsp-train.ts");
 * ```
 */
export function codeArtifactName(project: string, programRelpath: string): string {
  return makeArtifactNameSafe(`source-${project}-${programRelpath}`);
}

/**
 * Splits an image reference into the job's name part and its tag, as W&B does: the text after the
 * last `:` is a tag (and becomes an alias) when it holds only letters, digits, `_`, `-` and `.`.
 *
 * @param image e.g. `ghcr.io/acme/trainer:1.2`
 * @returns the image without its tag, and the tag (if any)
 * @example
 * ```ts
 * import { splitImageTag } from "./names.ts";
 * const { name, tag } = splitImageTag("ghcr.io/acme/trainer:1.2");
 * console.assert(name === "ghcr.io/acme/trainer" && tag === "1.2");
 * console.assert(splitImageTag("localhost:5000/x").tag === undefined);
 * ```
 */
export function splitImageTag(image: string): { name: string; tag?: string } {
  const i = image.lastIndexOf(":");
  if (i < 0) return { name: image };
  const tag = image.slice(i + 1);
  if (!/^[a-zA-Z0-9_\-.]+$/.test(tag)) return { name: image };
  // W&B removes the first ":<tag>" in the string (strings.Replace(..., 1)).
  const at = image.indexOf(`:${tag}`);
  return { name: image.slice(0, at) + image.slice(at + tag.length + 1), tag };
}
