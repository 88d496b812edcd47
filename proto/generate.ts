/**
 * Regenerates `proto/generated/` from the `.proto` files in `proto/` with protobufjs-cli 2.7.1:
 *
 * - `wandb.js`: static ES module (`pbjs -t static-module -w es6 --es6 --force-number`, no JSDoc
 *   comments, no verify/convert/delimited/typeurl helpers) importing `protobufjs/minimal.js`;
 *   int64 fields are typed `number` (`proto/_generated.ts` configures protobufjs without Long);
 * - `wandb.d.ts`: its types (`pbts`, run on the same module generated with comments; its
 *   CommonJS `import Long = require("long")`, unused, is removed so JSR can publish it);
 * - `wandb_schema.json`: the reflection descriptor (`pbjs -t json`), read by `recordToJson`.
 *
 * The output is deterministic, so `proto/generate_test.ts` regenerates into a temporary folder
 * and compares. Run it with `deno task proto` after editing a `.proto` file. It needs no network
 * once the npm package is cached.
 *
 * @example
 * ```ts ignore
 * import { generate } from "./generate.ts";
 * const files = await generate({ outDir: await Deno.makeTempDir() });
 * console.log(Object.keys(files)); // ["wandb.js", "wandb.d.ts", "wandb_schema.json"]
 * ```
 * @module
 */

import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The `.proto` sources, in the order handed to pbjs. */
export const PROTO_FILES: readonly string[] = [
  "wandb_base.proto",
  "wandb_telemetry.proto",
  "wandb_internal.proto",
];

/** The files written into the output folder. */
export const GENERATED_FILES: readonly string[] = ["wandb.js", "wandb.d.ts", "wandb_schema.json"];

const CLI = "npm:protobufjs-cli@2.7.1";
const STATIC_FLAGS = [
  "-t",
  "static-module",
  "-w",
  "es6",
  "--es6",
  "--no-verify",
  "--no-convert",
  "--no-delimited",
  "--no-typeurl",
  "--no-service",
  "--force-number",
];

const LONG_IMPORT = 'import Long = require("long");\n';

/** Raised when pbjs or pbts fails. */
export class ProtoGenerateError extends Error {
  /** Which step failed. */
  readonly code: "pbjs_failed" | "pbts_failed";
  /**
   * Creates the error.
   *
   * @param code which step failed
   * @param message one line naming the step and the tool's output
   */
  constructor(code: "pbjs_failed" | "pbts_failed", message: string) {
    super(message);
    this.name = "ProtoGenerateError";
    this.code = code;
  }
}

/** Options of {@linkcode generate}. */
export interface GenerateOptions {
  /** Folder to write into; created if missing. Default: `proto/generated`. */
  outDir?: string;
  /** Folder holding the `.proto` files. Default: this module's folder. */
  protoDir?: string;
}

async function runCli(
  bin: "pbjs" | "pbts",
  args: string[],
  cwd: string,
): Promise<void> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", `${CLI}/${bin}`, ...args],
    cwd,
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  if (!out.success) {
    const text = new TextDecoder().decode(out.stderr).trim().split("\n").slice(-3).join(" | ");
    throw new ProtoGenerateError(
      bin === "pbjs" ? "pbjs_failed" : "pbts_failed",
      `${bin} ${args.join(" ")} failed in ${cwd} (exit ${out.code}): ${text}; ` +
        `check the .proto syntax and that ${CLI} is in the npm cache`,
    );
  }
}

/**
 * Runs pbjs and pbts and writes {@linkcode GENERATED_FILES} into `outDir`.
 *
 * @returns the generated files' contents by file name
 * @throws {ProtoGenerateError} when a tool fails
 * @example
 * ```ts ignore
 * import { generate } from "./generate.ts";
 * await generate(); // rewrites proto/generated/
 * ```
 */
export async function generate(options: GenerateOptions = {}): Promise<Record<string, string>> {
  const protoDir = options.protoDir ?? fileURLToPath(new URL(".", import.meta.url));
  const outDir = options.outDir ?? join(protoDir, "generated");
  await Deno.mkdir(outDir, { recursive: true });
  const scratch = await Deno.makeTempDir({ prefix: "wandb_proto_" });
  try {
    const commented = join(scratch, "wandb.js");
    await Promise.all([
      runCli("pbjs", [...STATIC_FLAGS, "-o", commented, ...PROTO_FILES], protoDir),
      runCli(
        "pbjs",
        [...STATIC_FLAGS, "--no-comments", "-o", join(outDir, "wandb.js"), ...PROTO_FILES],
        protoDir,
      ),
      runCli(
        "pbjs",
        ["-t", "json", "-o", join(outDir, "wandb_schema.json"), ...PROTO_FILES],
        protoDir,
      ),
    ]);
    const dts = join(outDir, "wandb.d.ts");
    await runCli("pbts", ["-o", dts, commented], protoDir);
    // pbts writes `import Long = require("long");`: CommonJS, which JSR refuses in a published
    // declaration file, and unused here (int64 fields are typed number).
    const text = await Deno.readTextFile(dts);
    if (/\bLong\b/.test(text.replace(LONG_IMPORT, ""))) {
      throw new ProtoGenerateError("pbts_failed", "wandb.d.ts uses Long; int64 must stay number");
    }
    await Deno.writeTextFile(dts, text.replace(LONG_IMPORT, ""));
  } finally {
    await Deno.remove(scratch, { recursive: true });
  }
  const files: Record<string, string> = {};
  for (const name of GENERATED_FILES) files[name] = await Deno.readTextFile(join(outDir, name));
  return files;
}

if (import.meta.main) {
  const files = await generate();
  for (const [name, text] of Object.entries(files)) {
    console.log(`proto/generated/${name}: ${text.length} bytes`);
  }
}
