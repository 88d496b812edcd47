/**
 * `wandb-ts board [DIR]`: the local board. Serves the web UI over the runs under a `wandb/`
 * directory — offline runs and online ones alike, read from their `.wandb` logs — with no sync
 * and no login: the embedded server listens on 127.0.0.1 and lets requests without an API key
 * act as its local user. New runs are picked up as they appear and live ones follow their log.
 *
 * Each log is read by the online sender itself (so the board shows what `sync` would upload),
 * into a server whose data lives in a temporary folder; nothing is written next to the runs (no
 * checkpoint, no `.synced` marker: the board does not count as a sync). A log is done once its
 * exit record was read and it stopped growing, or, with no exit record, when it has not changed
 * for `staleAfterMs` (the run crashed or was killed: shown as crashed). A damaged log is read on
 * past the damage as W&B's reader does; every skipped region is named, with its byte range, on
 * the console and as a warning on the run's page, and so is a tail that holds no whole record.
 *
 * Permissions: `-A` (reads the runs, serves, writes the temporary data folder).
 *
 * @example
 * ```ts ignore
 * const board = await Board.start({ dir: "wandb", port: 0 });
 * console.log(`open ${board.url}`);
 * await board.close();
 * ```
 * @module
 */
import { parseArgs } from "node:util";
import { basename, dirname, join } from "node:path";
import { type DamagedRegion, Sender } from "../internal/sender/mod.ts";
import { serve, type ServerHandle } from "../server/mod.ts";
import { policies } from "../sdk/online.ts";
import { resolveSettings } from "../sdk/settings.ts";
import { cliCommand } from "./command.ts";
import { findLogs } from "./run_logs.ts";

/** Usage text of `board`. */
export const BOARD_USAGE = `Usage: ${cliCommand("board")} [options] [DIR]

Shows the runs under DIR (default ./wandb: offline and online runs, read from their .wandb logs)
in the web UI, with no sync and no login. Runs that start later appear as they start; live runs
update as they log.

Options:
  --port N     port to listen on (default 8080; a free one when it is taken)
  --host ADDR  loopback address to listen on (default 127.0.0.1)
  -h, --help   this help`;

/** Options of {@linkcode Board.start}. */
export interface BoardOptions {
  /** The folder holding run directories (`wandb/`), or a project folder with a `wandb/` in it. */
  dir: string;
  /** Loopback address to listen on. @default "127.0.0.1" */
  host?: string;
  /** Port; 0 picks a free one. @default 8080 */
  port?: number;
  /** How often the folder and the logs are looked at, in ms. @default 1000 */
  pollMs?: number;
  /** A log with no exit record that has not changed for this long is a crashed run. @default 120000 */
  staleAfterMs?: number;
  /** Lines for the user (runs picked up, damage, errors). @default console.error */
  say?: (line: string) => void;
}

/** Where one run of the board stands. */
export interface BoardRun {
  /** Its `.wandb` log. */
  log: string;
  /** The run's page, once the run record was read. */
  url?: string;
  /** `live`: its log may still grow; `finished`, `crashed` (no exit record), or `failed` to read. */
  state: "live" | "finished" | "crashed" | "failed";
  /** Damaged regions skipped in its log. */
  damaged: DamagedRegion[];
  /** Bytes at the end of its log that hold no whole record (0 when none, or while live). */
  unreadTail: number;
}

type Tuning = Required<Omit<BoardOptions, "host" | "port">>;

interface Watched {
  run: BoardRun;
  sender: Sender;
  size: number;
  changedAt: number;
  closed: boolean;
  done: Promise<void>;
  /** Warnings for the run's page, held until the run exists. */
  warn: (title: string, text: string) => void;
}

/** A running board: the embedded server and the runs it follows. */
export class Board {
  /** Where the UI is (`http://127.0.0.1:PORT`). */
  readonly url: string;
  /** The embedded server. */
  readonly server: ServerHandle;
  /** The folder the runs are read from. */
  readonly dir: string;
  #o: Tuning;
  #dataDir: string;
  #watched = new Map<string, Watched>();
  #timer: ReturnType<typeof setInterval> | undefined;
  #ac: AbortController;
  #closing = false;

  private constructor(
    server: ServerHandle,
    ac: AbortController,
    dataDir: string,
    dir: string,
    o: Tuning,
  ) {
    this.server = server;
    this.url = server.url;
    this.#ac = ac;
    this.#dataDir = dataDir;
    this.dir = dir;
    this.#o = o;
  }

  /**
   * Starts the server and reads the runs there are; then looks for new ones every `pollMs`.
   *
   * @param options the folder, the address, the polling
   * @returns the running board
   * @throws {ServeError} when the address cannot be bound
   * @example
   * ```ts ignore
   * const board = await Board.start({ dir: "wandb", port: 0 });
   * ```
   */
  static async start(options: BoardOptions): Promise<Board> {
    const dir = runsDir(options.dir);
    const dataDir = await Deno.makeTempDir({ prefix: "wandb-board-" });
    const ac = new AbortController();
    const say = options.say ?? ((l: string) => console.error(l));
    const listen = (port: number) =>
      serve({
        host: options.host ?? "127.0.0.1",
        port,
        dataDir,
        anonymous: true,
        signal: ac.signal,
        log: (m) => say(`wandb-ts board: server: ${m}`),
      });
    let server: ServerHandle;
    try {
      try {
        server = await listen(options.port ?? 8080);
      } catch (err) {
        if (options.port !== undefined) throw err;
        server = await listen(0); // 8080 is taken: any free port
      }
    } catch (err) {
      await Deno.remove(dataDir, { recursive: true }).catch(() => {});
      throw err;
    }
    const board = new Board(server, ac, dataDir, dir, {
      dir,
      pollMs: options.pollMs ?? 1000,
      staleAfterMs: options.staleAfterMs ?? 120_000,
      say,
    });
    board.scan();
    board.#timer = setInterval(() => board.scan(), board.#o.pollMs);
    return board;
  }

  /** The runs the board follows, in the order they were found. */
  runs(): BoardRun[] {
    return [...this.#watched.values()].map((w) => ({ ...w.run, damaged: [...w.run.damaged] }));
  }

  /** Settles once every run whose log is done has been read to its end. */
  async settled(): Promise<void> {
    await Promise.all([...this.#watched.values()].filter((w) => w.closed).map((w) => w.done));
  }

  /**
   * One look at the folder and the logs: new runs are picked up, grown logs read on, finished
   * ones closed. Runs every `pollMs` on its own.
   */
  scan(): void {
    if (this.#closing) return;
    let logs: string[];
    try {
      logs = findLogs(this.dir) ?? [];
    } catch (err) {
      this.#o.say(`wandb-ts board: cannot list ${this.dir}: ${(err as Error).message}`);
      return;
    }
    for (const log of logs) {
      if (!this.#watched.has(log)) this.#watch(log);
    }
    const now = Date.now();
    for (const w of this.#watched.values()) {
      if (w.closed) continue;
      let size: number;
      try {
        size = Deno.statSync(w.run.log).size;
      } catch {
        continue; // removed: what was read stays
      }
      if (size > w.size) {
        grow(w, size);
        w.changedAt = now;
      }
      const quiet = now - w.changedAt;
      if (
        (w.sender.sawExit && quiet >= Math.min(1000, this.#o.staleAfterMs)) ||
        quiet >= this.#o.staleAfterMs
      ) {
        w.closed = true;
        w.sender.close(w.size);
      }
    }
  }

  #watch(log: string): void {
    let st: Deno.FileInfo;
    try {
      st = Deno.statSync(log);
    } catch {
      return;
    }
    const settings = resolveSettings({}).settings;
    const run: BoardRun = { log, state: "live", damaged: [], unreadTail: 0 };
    const pending: { title: string; text: string }[] = [];
    let runRow: number | undefined;
    const store = this.server.store;
    const warn = (title: string, text: string) => {
      this.#o.say(`wandb-ts board: WARNING ${text}`);
      if (runRow === undefined) pending.push({ title, text });
      else if (!this.#closing) {
        store.addAlert(runRow, { title, text, severity: "WARN", waitMs: null });
      }
    };
    const name = relative(this.dir, log);
    const sender = new Sender({
      logPath: log,
      filesDir: join(dirname(log), "files"),
      baseUrl: this.server.url,
      apiKey: this.server.localUser.apiKey,
      ...policies(settings),
      live: false, // every chunk's CRC checked, damage skipped and reported
      saveProgress: false,
      transmitIntervalSeconds: Math.max(0.2, this.#o.pollMs / 1000),
      stopPollSeconds: 0,
      entity: this.server.localUser.username,
      onDamaged: (d) => {
        run.damaged.push(d);
        warn(
          "Damaged .wandb log",
          `${name}: bytes ${d.from}–${d.to} are damaged (${d.reason}) and were skipped; the run is shown from the next whole record on`,
        );
      },
      notice: (m) => this.#o.say(`wandb-ts board: ${name}: ${m.replace(/^wandb: /, "")}`),
    });
    const w: Watched = {
      run,
      sender,
      size: 0,
      changedAt: st.mtime?.getTime() ?? Date.now(),
      closed: false,
      done: Promise.resolve(),
      warn,
    };
    grow(w, st.size); // changedAt stays the file's: an old log without exit is done at once
    sender.started.then((info) => {
      run.url = info.url;
      runRow = store.getRun(info.entity, info.project, info.runId)?.id;
      if (runRow !== undefined) {
        for (const p of pending.splice(0)) {
          store.addAlert(runRow, { title: p.title, text: p.text, severity: "WARN", waitMs: null });
        }
      }
      this.#o.say(`wandb-ts board: + ${name} → ${info.url}`);
    }, () => {});
    w.done = sender.done.then((r) => {
      if (this.#closing) return;
      if (!r.ok) {
        run.state = "failed";
        this.#o.say(`wandb-ts board: ERROR cannot show ${name}: ${r.message}`);
        return;
      }
      const unread = w.size - sender.progress.readOffset;
      if (unread > 0) {
        run.unreadTail = unread;
        warn(
          "Incomplete .wandb log",
          `${name}: the last ${unread} bytes (from byte ${sender.progress.readOffset}) hold no whole record (a crash mid-write?) and are not shown`,
        );
      }
      run.state = r.complete ? "finished" : "crashed";
      if (!r.complete && runRow !== undefined) store.updateRun(runRow, { state: "crashed" });
    });
    this.#watched.set(log, w);
  }

  /** Stops following the logs and the server, and deletes the board's temporary data. */
  async close(): Promise<void> {
    if (this.#closing) return;
    this.#closing = true;
    clearInterval(this.#timer);
    for (const w of this.#watched.values()) w.sender.abort("the board was closed");
    await Promise.all([...this.#watched.values()].map((w) => w.done.catch(() => {})));
    this.#ac.abort();
    await this.server.finished;
    await Deno.remove(this.#dataDir, { recursive: true }).catch(() => {});
  }
}

/**
 * Runs the `board` command until SIGINT/SIGTERM.
 *
 * @param args the command's arguments
 * @returns the exit code: 0 after a signal, 1 when the server cannot start, 2 for bad usage
 * @example
 * ```ts ignore
 * Deno.exit(await board(["wandb", "--port", "8080"]));
 * ```
 */
export async function board(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    console.error(
      `wandb-ts board: ${(err as Error).message}; see \`${cliCommand("board", "--help")}\``,
    );
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    console.log(BOARD_USAGE);
    return 0;
  }
  if (parsed.positionals.length > 1) {
    console.error(
      `wandb-ts board: one folder at most, got ${parsed.positionals.length}; see --help`,
    );
    return 2;
  }
  const port = v.port === undefined ? undefined : Number(v.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    console.error(`wandb-ts board: --port ${v.port} is not a port number (0–65535)`);
    return 2;
  }
  const dir = parsed.positionals[0] ?? "wandb";
  try {
    if (!Deno.statSync(dir).isDirectory) {
      console.error(`wandb-ts board: ${dir} is not a folder; give the wandb/ folder of your runs`);
      return 2;
    }
  } catch {
    console.error(`wandb-ts board: ${dir}: no such folder; give the wandb/ folder of your runs`);
    return 2;
  }
  let b: Board;
  try {
    b = await Board.start({ dir, host: v.host, port });
  } catch (err) {
    console.error(`wandb-ts board: ${(err as Error).message}`);
    return 1;
  }
  const n = b.runs().length;
  console.log(
    n === 0
      ? `wandb-ts board: no runs under ${b.dir} yet; they show up here as they start`
      : `wandb-ts board: showing ${n} run(s) from ${b.dir}`,
  );
  console.log(`wandb-ts board: open ${b.url}/ (no login needed; Ctrl-C stops)`);
  const stop = Promise.withResolvers<void>();
  const onSignal = () => stop.resolve();
  Deno.addSignalListener("SIGINT", onSignal);
  Deno.addSignalListener("SIGTERM", onSignal);
  await stop.promise;
  Deno.removeSignalListener("SIGINT", onSignal);
  Deno.removeSignalListener("SIGTERM", onSignal);
  await b.close();
  return 0;
}

/** The log grew to `size`: the sender reads on (and tells whether it read the exit record). */
function grow(w: Watched, size: number): void {
  w.size = size;
  w.sender.wake(size);
}

/** `DIR` itself when it holds runs (or nothing yet); `DIR/wandb` for a project folder. */
function runsDir(dir: string): string {
  const hasRuns = (d: string) => {
    try {
      return [...Deno.readDirSync(d)].some((e) => /^(offline-)?run-/.test(e.name));
    } catch {
      return false;
    }
  };
  const inner = join(dir, "wandb");
  let innerIsDir = false;
  try {
    innerIsDir = Deno.statSync(inner).isDirectory;
  } catch {
    // no wandb/ in it
  }
  if (!hasRuns(dir) && basename(dir) !== "wandb" && innerIsDir) return inner;
  return dir;
}

function relative(dir: string, log: string): string {
  return log.startsWith(dir + "/") ? log.slice(dir.length + 1) : log;
}
