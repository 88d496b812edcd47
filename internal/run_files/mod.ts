/**
 * Files the internal process writes into a run directory besides the transaction log:
 * `config.yaml`, `wandb-metadata.json`, `requirements.txt` (+ the project's `deno.json` /
 * `deno.lock`), `diff.patch`, and the `wandb/latest-run` and `wandb/debug*.log` links
 * (protocol README §3).
 *
 * @example
 * ```ts
 * import { formatConfigYaml } from "./mod.ts";
 * console.assert(formatConfigYaml({ epochs: 3 }) === "wandb_version: 1\n\nepochs:\n  desc: null\n  value: 3\n");
 * ```
 * @module
 */
export {
  ConfigYamlValueError,
  dumpYaml,
  formatConfigYaml,
  parseConfigYaml,
  pythonFloatYaml,
  YamlFloat,
  yamlFloat,
  YamlSyntaxError,
} from "./config_yaml.ts";
export {
  formatMetadataJson,
  type GpuDevice,
  type MetadataOptions,
  probeMetadata,
  pythonUtcIso,
} from "./metadata.ts";
export {
  gitDiff,
  gitDiffBytes,
  type GitInfo,
  gitInfo,
  type GitInfoOptions,
  sanitizeRemoteUrl,
} from "./git.ts";
export { type Dependencies, findDependencies, lockRequirements } from "./dependencies.ts";
export { linkDebugLogs, linkLatest, replaceSymlink } from "./symlink.ts";
