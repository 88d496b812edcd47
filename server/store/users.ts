/**
 * The users family of the store: user accounts, their API keys (kept as SHA-256 only), and
 * entities with their owners.
 *
 * @example
 * ```ts
 * import { Store } from "./store.ts";
 * const s = Store.open(":memory:");
 * const { user, apiKey } = s.createUser("alice");
 * console.assert(s.userByApiKey(apiKey)?.id === user.id && s.entityOwner("alice") === user.id);
 * s.close();
 * ```
 * @module
 */
import { createHash } from "node:crypto";
import type { StoreContext } from "./_context.ts";
import type { Row } from "./_rows.ts";
import { StoreError } from "./store_error.ts";

/** A user account; the API key itself is never stored, only its SHA-256. */
export interface User {
  /** Storage id. */
  id: number;
  /** User (and own entity) name. */
  username: string;
  /** Email address, if given. */
  email: string | null;
  /** Creation time, ISO-8601 UTC. */
  createdAt: string;
}

/**
 * SHA-256 hex of an API key, as stored in `users.api_key_hash`.
 *
 * @example
 * ```ts
 * import { hashApiKey } from "./store.ts";
 * console.assert(hashApiKey("k").length === 64);
 * ```
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

function rowToUser(r: Row): User {
  return {
    id: r.id as number,
    username: r.username as string,
    email: r.email as string | null,
    createdAt: r.created_at as string,
  };
}

/** The `users` and `entities` tables; {@link Store} delegates its user and entity methods here. */
export class UserStore {
  readonly #ctx: StoreContext;

  /** @param ctx the store's shared database, statements, transactions and clock */
  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  /** See {@link Store.createUser}. */
  createUser(username: string, options: { email?: string } = {}): { user: User; apiKey: string } {
    if (!username) throw new StoreError("store/bad-argument", "createUser: username is empty");
    const bytes = crypto.getRandomValues(new Uint8Array(20));
    const apiKey = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    const ctx = this.#ctx;
    return ctx.tx(() => {
      if (ctx.stmt("SELECT 1 FROM users WHERE username = ?").get(username)) {
        throw new StoreError(
          "store/bad-argument",
          `User "${username}" already exists; pick another name`,
        );
      }
      const now = ctx.nowIso();
      const r = ctx.stmt(
        "INSERT INTO users (username, email, api_key_hash, created_at) VALUES (?, ?, ?, ?) RETURNING *",
      ).get(username, options.email ?? null, hashApiKey(apiKey), now) as Row;
      ctx.stmt(
        "INSERT INTO entities (name, owner, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET owner = excluded.owner",
      )
        .run(username, r.id as number, now);
      return { user: rowToUser(r), apiKey };
    });
  }

  /** See {@link Store.userByApiKey}. */
  userByApiKey(key: string): User | undefined {
    const r = this.#ctx.stmt("SELECT * FROM users WHERE api_key_hash = ?").get(hashApiKey(key)) as
      | Row
      | undefined;
    return r && rowToUser(r);
  }

  /** See {@link Store.userByName}. */
  userByName(username: string): User | undefined {
    const r = this.#ctx.stmt("SELECT * FROM users WHERE username = ?").get(username) as
      | Row
      | undefined;
    return r && rowToUser(r);
  }

  /** See {@link Store.userById}. */
  userById(id: number): User | undefined {
    const r = this.#ctx.stmt("SELECT * FROM users WHERE id = ?").get(id) as Row | undefined;
    return r && rowToUser(r);
  }

  /** See {@link Store.entityOwner}. */
  entityOwner(name: string): number | undefined {
    const r = this.#ctx.stmt("SELECT owner FROM entities WHERE name = ?").get(name) as
      | Row
      | undefined;
    return r?.owner === null || r?.owner === undefined ? undefined : Number(r.owner);
  }

  /** See {@link Store.ownedEntities}. */
  ownedEntities(userId: number): string[] {
    return (this.#ctx.stmt("SELECT name FROM entities WHERE owner = ? ORDER BY name").all(
      userId,
    ) as Row[]).map((r) => r.name as string);
  }

  /** See {@link Store.ensureEntity}. */
  ensureEntity(name: string): void {
    this.#ctx.stmt(
      "INSERT INTO entities (name, owner, created_at) VALUES (?, NULL, ?) ON CONFLICT DO NOTHING",
    )
      .run(name, this.#ctx.nowIso());
  }
}
