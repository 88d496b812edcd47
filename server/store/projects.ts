/**
 * The projects family of the store: projects (W&B "models") of an entity, created on first use.
 *
 * @example
 * ```ts
 * import { Store } from "./store.ts";
 * const s = Store.open(":memory:");
 * s.ensureProject("me", "a");
 * console.assert(s.listProjects("me").edges[0]?.node.name === "a");
 * s.close();
 * ```
 * @module
 */
import type { StoreContext } from "./_context.ts";
import type { Row } from "./_rows.ts";
import { type Connection, decodeCursor, type PageArgs, pageSize, toConnection } from "./_paging.ts";
import type { UserStore } from "./users.ts";
import { StoreError } from "./store_error.ts";

/** A project (W&B "model"). */
export interface Project {
  /** Storage id (Project.internalId). */
  id: number;
  /** Owning entity. */
  entity: string;
  /** Project name. */
  name: string;
  /** Description, if set. */
  description: string | null;
  /** Creation time, ISO-8601 UTC. */
  createdAt: string;
}

function rowToProject(r: Row): Project {
  return {
    id: r.id as number,
    entity: r.entity as string,
    name: r.name as string,
    description: r.description as string | null,
    createdAt: r.created_at as string,
  };
}

/** The `projects` table; {@link Store} delegates its project methods here. */
export class ProjectStore {
  readonly #ctx: StoreContext;
  readonly #users: UserStore;

  /**
   * @param ctx the store's shared database, statements, transactions and clock
   * @param users creates a new project's entity
   */
  constructor(ctx: StoreContext, users: UserStore) {
    this.#ctx = ctx;
    this.#users = users;
  }

  /** See {@link Store.ensureProject}. */
  ensureProject(entity: string, name: string): Project {
    if (!entity || !name) {
      throw new StoreError(
        "store/bad-argument",
        `Project needs an entity and a name, got "${entity}/${name}"`,
      );
    }
    const ctx = this.#ctx;
    return ctx.tx(() => {
      const found = this.getProject(entity, name);
      if (found) return found;
      this.#users.ensureEntity(entity);
      const r = ctx.stmt(
        "INSERT INTO projects (entity, name, created_at) VALUES (?, ?, ?) RETURNING *",
      )
        .get(entity, name, ctx.nowIso()) as Row;
      return rowToProject(r);
    });
  }

  /** See {@link Store.getProject}. */
  getProject(entity: string, name: string): Project | undefined {
    const r = this.#ctx.stmt("SELECT * FROM projects WHERE entity = ? AND name = ?").get(
      entity,
      name,
    ) as
      | Row
      | undefined;
    return r && rowToProject(r);
  }

  /** See {@link Store.listProjects}. */
  listProjects(entity: string, args: PageArgs = {}): Connection<Project> {
    const first = pageSize(args.first);
    const afterId = args.after ? decodeCursor(args.after, 1)[0] : null;
    const rows = this.#ctx.stmt(
      "SELECT * FROM projects WHERE entity = ? AND id > ? ORDER BY id LIMIT ?",
    ).all(entity, typeof afterId === "number" ? afterId : 0, first + 1) as Row[];
    const total =
      (this.#ctx.stmt("SELECT count(*) AS n FROM projects WHERE entity = ?").get(entity) as Row)
        .n as number;
    return toConnection(rows, first, total, rowToProject, (r) => [r.id]);
  }
}
