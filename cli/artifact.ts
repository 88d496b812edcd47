/**
 * `artifact put PATH --name N --type T [--project P] [--alias A]…`,
 * `artifact get [ENTITY/PROJECT/]NAME[:ALIAS] [--root DIR]`, `artifact ls PROJECT [--type T]`.
 *
 * @example
 * ```ts ignore
 * Deno.exit(await artifact(["put", "data/", "--name", "mnist", "--type", "dataset"]));
 * ```
 * @module
 */
import { parseArgs } from "node:util";
import { init } from "../sdk/init.ts";
import { Artifact } from "../sdk/artifacts/artifact.ts";
import { ArtifactError } from "../sdk/artifacts/errors.ts";
import { Api } from "../apis/public/api.ts";
import { cliCommand } from "./command.ts";

const USAGE = `Usage:
  ${
  cliCommand("artifact", "put", "PATH", "--name", "N", "--type", "T")
} [--project P] [--alias A]...
  ${cliCommand("artifact", "get", "[ENTITY/PROJECT/]NAME[:ALIAS]")} [--root DIR] [--overwrite]
  ${cliCommand("artifact", "ls", "[ENTITY/]PROJECT")} [--type T]`;

/** Runs `artifact <verb>`; @returns the exit code */
export async function artifact(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  let p;
  try {
    p = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        name: { type: "string" },
        type: { type: "string" },
        project: { type: "string" },
        alias: { type: "string", multiple: true },
        root: { type: "string" },
        overwrite: { type: "boolean" },
      },
    });
  } catch (err) {
    console.error(`wandb: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values: v, positionals } = p;
  try {
    if (verb === "put" && positionals[0]) {
      const a = prepare(positionals[0], v.name, v.type);
      if (a instanceof Error) {
        console.error(`wandb: ${a.name} ${a.code}: ${a.message}`);
        return 2;
      }
      const run = await init({ project: v.project, jobType: "auto" });
      run.logArtifact(a, { aliases: v.alias });
      const t0 = performance.now();
      console.log(`Uploading ${a.files().length} files of ${a.name} (${a.type})...`);
      await a.wait();
      await run.finish();
      console.log(
        `Uploaded ${a.qualifiedName} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
      console.log(`Use it with: ${cliCommand("artifact", "get", a.qualifiedName)}`);
      return 0;
    }
    if (verb === "get" && positionals[0]) {
      const api = new Api();
      const a = await api.artifact(positionals[0]);
      const root = v.root ?? `./artifacts/${a.name}:${a.version}`;
      const s = await a.downloadWithStats(root, { overwrite: v.overwrite });
      console.log(
        `Downloaded ${a.name}:${a.version} to ${root}: ${s.fetched} fetched, ${s.fromCache} from cache, ${s.skipped} already there`,
      );
      return 0;
    }
    if (verb === "ls" && positionals[0]) {
      const api = new Api();
      const type = v.type ?? "dataset";
      for await (const c of await api.artifactCollections(positionals[0], type)) {
        const versions = await api.artifactVersions(type, `${positionals[0]}/${c.name}`);
        for await (const a of versions) {
          console.log(
            `${type}\t${c.name}:${a.version}\t${a.aliases.join(",")}\t${a.files().length} files`,
          );
        }
      }
      return 0;
    }
  } catch (err) {
    console.error(`wandb: ${(err as Error).message}`);
    return 1;
  }
  console.error(USAGE);
  return 2;
}

/** The artifact `put` uploads, or the bad-input error (a bad name, a missing path). */
function prepare(path: string, name?: string, type?: string): Artifact | ArtifactError {
  try {
    const a = new Artifact(name ?? path.split("/").filter(Boolean).pop()!, type ?? "dataset");
    let isDir = false;
    try {
      isDir = Deno.statSync(path).isDirectory;
    } catch (err) {
      if (!(err instanceof Deno.errors.NotFound)) throw err;
      return new ArtifactError(
        "artifact/file-not-found",
        `Cannot put ${path}: no such file or directory; give an existing file or folder`,
      );
    }
    if (isDir) a.addDir(path);
    else a.addFile(path);
    return a;
  } catch (err) {
    if (err instanceof ArtifactError) return err;
    throw err;
  }
}
