/**
 * W&B APIs other than run tracking; today the public API (`apis/public`), W&B's `wandb.Api`:
 * projects, runs, history and files of a W&B server, with lazy paginators.
 *
 * @example
 * ```ts ignore
 * import { Api } from "@wandb/ts/apis";
 * const run = await new Api().run("me/demo/abc123");
 * console.log(run.state, run.config);
 * ```
 * @module
 */
export * from "./public/mod.ts";
