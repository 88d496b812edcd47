/**
 * The run-files family of the store: files of a run reserved for upload, recorded once uploaded
 * (size, MD5, where the bytes are), and listed by name or pattern.
 *
 * @example
 * ```ts
 * import { Store } from "./store.ts";
 * const s = Store.open(":memory:");
 * const { run } = s.upsertRun("me", "p", "r1");
 * s.putFile(run.id, { name: "config.yaml", size: 10 });
 * console.assert(s.getFile(run.id, "config.yaml")?.size === 10);
 * s.close();
 * ```
 * @module
 */
import type { StoreContext } from "./_context.ts";
import type { Row } from "./_rows.ts";
import { type Connection, decodeCursor, type PageArgs, pageSize, toConnection } from "./_paging.ts";

/** A stored run file. */
export interface RunFile {
  /** File name, relative to the run. */
  name: string;
  /** Size in bytes; null until uploaded. */
  size: number | null;
  /** Base64 MD5; null until uploaded. */
  md5: string | null;
  /** Where the bytes are, below the files directory. */
  path: string | null;
  /** Upload time; null while reserved but not uploaded. */
  updatedAt: string | null;
}

/** A file pattern (`*`/`%`, `?`/`_` wildcards) as an SQLite GLOB; `[` is matched literally. */
function filePatternGlob(pattern: string): string {
  return pattern.replace(
    /[*%?_[]/g,
    (c) => c === "%" ? "*" : c === "_" ? "?" : c === "[" ? "[[]" : c,
  );
}

function rowToFile(r: Row): RunFile {
  return {
    name: r.name as string,
    size: r.size as number | null,
    md5: r.md5 as string | null,
    path: r.path as string | null,
    updatedAt: r.updated_at as string | null,
  };
}

/** The `files` table; {@link Store} delegates its run-file methods here. */
export class RunFileStore {
  readonly #ctx: StoreContext;

  /** @param ctx the store's shared database, statements, transactions and clock */
  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  /** See {@link Store.reserveFile}. */
  reserveFile(runId: number, name: string): RunFile {
    const r = this.#ctx.stmt(
      `INSERT INTO files (run, name) VALUES (?, ?) ON CONFLICT (run, name) DO NOTHING`,
    ).run(runId, name);
    if (Number(r.changes) > 0) {
      return { name, size: null, md5: null, path: null, updatedAt: null };
    }
    return this.getFile(runId, name)!;
  }

  /** See {@link Store.putFile}. */
  putFile(
    runId: number,
    file: { name: string; size?: number; md5?: string; path?: string },
  ): RunFile {
    const r = this.#ctx.stmt(
      `INSERT INTO files (run, name, size, md5, path, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (run, name) DO UPDATE SET size = coalesce(excluded.size, size),
       md5 = coalesce(excluded.md5, md5), path = coalesce(excluded.path, path), updated_at = excluded.updated_at
       RETURNING *`,
    ).get(
      runId,
      file.name,
      file.size ?? null,
      file.md5 ?? null,
      file.path ?? null,
      this.#ctx.nowIso(),
    ) as Row;
    return rowToFile(r);
  }

  /** See {@link Store.getFile}. */
  getFile(runId: number, name: string): RunFile | undefined {
    const r = this.#ctx.stmt("SELECT * FROM files WHERE run = ? AND name = ?").get(runId, name) as
      | Row
      | undefined;
    return r && rowToFile(r);
  }

  /** See {@link Store.listFiles}. */
  listFiles(
    runId: number,
    args: PageArgs & { names?: readonly string[]; pattern?: string | null } = {},
  ): Connection<RunFile> {
    const first = pageSize(args.first);
    const after = args.after ? String(decodeCursor(args.after, 1)[0]) : "";
    const names = args.names && args.names.length > 0 ? JSON.stringify(args.names) : null;
    const glob = args.pattern ? filePatternGlob(args.pattern) : null;
    const filter =
      "run = ? AND updated_at IS NOT NULL AND (? IS NULL OR name IN (SELECT value FROM json_each(?))) AND (? IS NULL OR name GLOB ?)";
    const params = [runId, names, names, glob, glob];
    const rows = this.#ctx.stmt(
      `SELECT * FROM files WHERE ${filter} AND name > ? ORDER BY name LIMIT ?`,
    )
      .all(...params, after, first + 1) as Row[];
    const total = (this.#ctx.stmt(`SELECT count(*) AS n FROM files WHERE ${filter}`).get(
      ...params,
    ) as Row)
      .n as number;
    return toConnection(rows, first, total, rowToFile, (r) => [r.name]);
  }
}
