/**
 * `wandb-ts sweep`: creates a sweep from a YAML file and prints the command that starts an agent,
 * or changes a sweep's state (`--pause`, `--resume`, `--stop`, `--cancel`), as `wandb sweep`.
 * A config the checker refuses is reported with the checker's message and nothing is sent.
 *
 * @example
 * ```sh
 * deno task wandb sweep sweep.yaml --project demo
 * deno task wandb sweep --pause me/demo/abc123
 * ```
 * @module
 */
import { parseArgs } from "node:util";
import { SweepConfigError } from "../server/sweeps/mod.ts";
import { createSweep } from "../sdk/sweeps/sweep.ts";
import { connect } from "../sdk/sweeps/_connect.ts";
import {
  parseSweepPath,
  setSweepState,
  sweepPathText,
  type SweepState,
} from "../sdk/sweeps/gql.ts";
import { WandbError } from "../sdk/errors.ts";
import { CommError } from "../net/errors.ts";
import { cliCommand } from "./command.ts";

/** Usage text of `sweep`. */
export const SWEEP_USAGE = `Usage: ${cliCommand("sweep")} [options] CONFIG_YAML_OR_SWEEP_ID

Creates a sweep from CONFIG_YAML and prints the command that starts an agent, or, with a state
flag, changes the state of the sweep SWEEP_ID (id, project/id or entity/project/id).

Options:
  --project NAME   project of the sweep (default: the config's, WANDB_PROJECT, settings)
  --entity NAME    entity of the sweep (default: the config's, WANDB_ENTITY, the key's)
  --name NAME      set the sweep's name
  --program PATH   set the sweep's program
  --controller     use a local controller (sets controller.type: local)
  -R, --prior_run ID   a run made before the sweep to take as its first result (repeatable)
  --pause | --resume | --stop | --cancel   change the state of SWEEP_ID
  -h, --help       this help`;

/** Where `sweep` writes. */
export interface SweepIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: SweepIo = { out: (l) => console.log(l), err: (l) => console.error(l) };

const STATES: Record<string, [SweepState, string]> = {
  stop: ["FINISHED", "Stopping"],
  cancel: ["CANCELED", "Cancelling"],
  pause: ["PAUSED", "Pausing"],
  resume: ["RUNNING", "Resuming"],
};

/**
 * Runs `sweep` with its arguments.
 *
 * @returns the exit code: 0 done, 1 refused or failed, 2 bad arguments
 * @example
 * ```ts ignore
 * Deno.exit(await sweepCommand(["sweep.yaml", "--project", "demo"]));
 * ```
 */
export async function sweepCommand(args: string[], io: SweepIo = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        project: { type: "string" },
        entity: { type: "string" },
        name: { type: "string" },
        program: { type: "string" },
        controller: { type: "boolean" },
        prior_run: { type: "string", short: "R", multiple: true },
        pause: { type: "boolean" },
        resume: { type: "boolean" },
        stop: { type: "boolean" },
        cancel: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    io.err(`wandb: ${(err as Error).message}; see \`${cliCommand("sweep", "--help")}\``);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    io.out(SWEEP_USAGE);
    return 0;
  }
  const target = parsed.positionals[0];
  if (target === undefined || parsed.positionals.length > 1) {
    io.err(`wandb: give one config file or sweep id; see \`${cliCommand("sweep", "--help")}\``);
    return 2;
  }
  const flags = Object.keys(STATES).filter((k) => v[k as keyof typeof v]);
  try {
    if (flags.length > 1) {
      io.err("wandb: ERROR Only one state flag (stop/cancel/pause/resume) is allowed.");
      return 2;
    }
    if (flags.length === 1) {
      const [state, ing] = STATES[flags[0]!]!;
      const path0 = parseSweepPath(target, { entity: v.entity, project: v.project });
      const conn = connect({ entity: path0.entity, project: path0.project });
      const path = { ...path0, entity: conn.entity, project: conn.project };
      io.err(`wandb: ${ing} sweep ${sweepPathText(path)}`);
      await setSweepState(conn.gql, path, state);
      io.err("wandb: Done.");
      return 0;
    }
    io.err(`wandb: Creating sweep from: ${target}`);
    let text: string;
    try {
      text = await Deno.readTextFile(target);
    } catch (err) {
      io.err(`wandb: ERROR Couldn't open sweep file: ${target} (${(err as Error).message})`);
      return 1;
    }
    if (text.trim() === "") {
      io.err(`wandb: ERROR Configuration file is empty: ${target}`);
      return 1;
    }
    const overrides: Record<string, unknown> = {};
    if (v.name) overrides.name = v.name;
    if (v.program) overrides.program = v.program;
    if (v.controller) {
      // The file's own controller settings, with its type local.
      const { parseYaml } = await import("../internal/run_files/_yaml.ts");
      const raw = parseYaml(text);
      if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
        throw new SweepConfigError("", `Sweep config in ${target} must be a mapping`);
      }
      const own = (raw as Record<string, unknown>).controller;
      overrides.controller = { ...(own && typeof own === "object" ? own : {}), type: "local" };
    }
    const made = await createSweep(text, {
      project: v.project,
      entity: v.entity,
      log: io.err,
      overrides,
      priorRuns: v.prior_run,
    });
    if (v.controller) {
      io.err("wandb: Starting wandb controller...");
      const { controller } = await import("../sdk/sweeps/controller.ts");
      await (await controller(made.path, { log: io.out })).run();
    }
    return 0;
  } catch (err) {
    if (err instanceof SweepConfigError) {
      io.err(`wandb: ERROR Error in sweep file ${target}: ${err.message}`);
      return 1;
    }
    if (err instanceof WandbError || err instanceof CommError) {
      io.err(`wandb: ERROR ${err.message}`);
      return 1;
    }
    throw err;
  }
}
