/**
 * HTTP Basic authentication as W&B clients send it: `Authorization: Basic base64("api:" + key)`.
 * Only the password is checked (one W&B download helper sends the user name `user`). Keys are
 * looked up by hash; they never appear in errors or logs.
 *
 * @example
 * ```ts ignore
 * const user = authenticate(req, ctx); // throws HttpError 401
 * ```
 * @module
 */
import type { Store, User } from "./store/mod.ts";
import type { ServerContext } from "./routes.ts";
import { HttpError } from "./http_error.ts";
import { cliCommand } from "../cli/command.ts";

/**
 * Returns the user whose API key the request carries. A request without an Authorization header
 * acts as `ctx.anonymousUser` when the server has one (the board on a loopback address).
 *
 * @param req the request
 * @param ctx the store, and the user of requests without credentials (if any)
 * @throws {HttpError} 401 when the header is missing, malformed, or the key is unknown
 */
export function authenticate(
  req: Request,
  ctx: Pick<ServerContext, "store" | "anonymousUser">,
): User {
  const store = ctx.store;
  const header = req.headers.get("authorization");
  const anonymous = !header && ctx.anonymousUser !== undefined
    ? store.userByName(ctx.anonymousUser)
    : undefined;
  if (anonymous) return anonymous;
  if (!header) {
    throw new HttpError(
      401,
      "auth/missing",
      'Missing API key; send HTTP Basic auth with user "api" and your key',
    );
  }
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  let password: string | undefined;
  if (m) {
    try {
      const decoded = atob(m[1]!);
      const colon = decoded.indexOf(":");
      if (colon >= 0) password = decoded.slice(colon + 1);
    } catch {
      password = undefined;
    }
  }
  if (!password) {
    throw new HttpError(
      401,
      "auth/malformed",
      "Malformed Authorization header; use HTTP Basic api:<key>",
    );
  }
  const user = store.userByApiKey(password);
  if (!user) {
    throw new HttpError(
      401,
      "auth/invalid-key",
      `Invalid API key; run \`${cliCommand("login")}\` with a key from this server`,
    );
  }
  return user;
}

/**
 * Checks that `user` owns `entity`.
 *
 * @throws {HttpError} 403 otherwise (404-like message: the entity is not visible)
 */
export function requireEntity(store: Store, user: User, entity: string): void {
  if (store.entityOwner(entity) !== user.id) {
    throw new HttpError(403, "auth/entity", `Entity "${entity}" is not one of yours`);
  }
}
