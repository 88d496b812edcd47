/**
 * The public API: typed, lazily paginated read and write access to a W&B server's projects,
 * runs, history and files, speaking the same GraphQL as W&B's Python `wandb.Api`.
 *
 * @example
 * ```ts ignore
 * import { Api } from "@wandb/ts/apis";
 * const api = new Api();
 * for await (const run of api.runs("me/demo", { filters: { state: "finished" } })) {
 *   console.log(run.id, run.summary.get("loss"));
 * }
 * ```
 * @module
 */
export {
  ApiError,
  type ApiErrorCode,
  CommError,
  type CommErrorCode,
  isApiError,
} from "./errors.ts";
