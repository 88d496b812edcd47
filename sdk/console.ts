/**
 * Console capture on the user thread: everything the script prints through `console.*`,
 * `Deno.stdout` / `Deno.stderr` (`write`, `writeSync`) and `node:process` streams (which use
 * `Deno.stdout.writeSync`) still reaches the terminal unchanged, and the same text, ANSI codes
 * included, also goes to a sink (W&B's `output_raw`). Use {@linkcode stripAnsi} for `output.log`.
 *
 * How the text stays exact: the output methods of `console` are replaced by those of a second
 * console built from Deno's own `Console` class, whose print function writes where Deno's does
 * and hands the text to the sink, so formatting, colours, `%c` styles, tables and stack traces
 * are Deno's own. Stateful methods (`count*`, `time*`) keep running on the real console (its
 * counters and timers stay intact) and are mirrored silently for the sink; `group*` runs on
 * both. If that class is not reachable (another Deno version), each method is wrapped instead
 * and its text is rebuilt with `Deno.inspect`.
 *
 * Not captured (see DENO-FACTS §7): `Deno.stdout.writable`, child processes that inherit the
 * terminal, native code. While capture is on, `console` output is not mirrored to an attached
 * inspector (DevTools) console.
 *
 * @example
 * ```ts
 * import { captureConsole } from "./console.ts";
 * const seen: string[] = [];
 * const cap = captureConsole((stream, text) => seen.push(`${stream}:${text}`));
 * console.log("hello %d", 42);
 * cap.restore();
 * console.assert(seen[0] === "stdout:hello 42\n");
 * ```
 * @module
 */

/** Where a piece of captured text was written. */
export type ConsoleStream = "stdout" | "stderr";

/** Receives captured text. It must not throw; output it prints itself is not captured. */
export type ConsoleSink = (stream: ConsoleStream, text: string) => void;

/** Handle returned by {@linkcode captureConsole}. */
export interface ConsoleCapture {
  /** Stops this capture; the last active one puts every original back. Idempotent. */
  restore(): void;
}

type AnyFn = (...args: unknown[]) => unknown;
type Printer = (msg: string, level: number) => void;
interface InternalConsoleClass {
  new (print: Printer): Record<string, AnyFn>;
}
interface DenoInternal {
  Console?: InternalConsoleClass;
  core?: { print?: (msg: string, isErr: boolean) => void };
}

/** Methods that only print: served by the twin console. */
const PRINTING = [
  "log",
  "info",
  "debug",
  "dir",
  "dirxml",
  "warn",
  "error",
  "table",
  "trace",
  "assert",
  "clear",
] as const;
/** Methods with state kept by the real console, mirrored on the twin for the sink. */
const STATEFUL = ["count", "countReset", "time", "timeLog", "timeEnd"] as const;
/** Methods that change the indentation: run on both. */
const GROUPING = ["group", "groupCollapsed", "groupEnd"] as const;
/** Methods printing to stderr in the fallback wrapper. */
const STDERR_METHODS = new Set(["warn", "error", "trace", "assert"]);

const sinks = new Set<ConsoleSink>();
let uninstall: (() => void) | undefined;
let busy = false; // true while a sink runs, or inside withoutCapture()

function emit(stream: ConsoleStream, text: string): void {
  if (busy || text === "") return;
  busy = true;
  try {
    for (const sink of sinks) {
      try {
        sink(stream, text);
      } catch {
        // A failing sink must never break the program's output.
      }
    }
  } finally {
    busy = false;
  }
}

function denoInternal(): DenoInternal | undefined {
  const sym = Object.getOwnPropertySymbols(Deno).find((s) => s.description === "Deno.internal");
  return sym ? (Deno as unknown as Record<symbol, DenoInternal>)[sym] : undefined;
}

const ANSI =
  // deno-lint-ignore no-control-regex
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[PX^_][^\x1b]*\x1b\\|\x1b[@-Z\\-_]/g;

/**
 * Removes ANSI escape sequences (colours, cursor moves, OSC titles and links).
 *
 * @example
 * ```ts
 * import { stripAnsi } from "./console.ts";
 * console.assert(stripAnsi("\x1b[33m1\x1b[39m done") === "1 done");
 * ```
 */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

/**
 * Runs `fn` with capture paused: what it prints reaches the terminal but no sink. For the SDK's
 * own messages.
 *
 * @example
 * ```ts
 * import { withoutCapture } from "./console.ts";
 * withoutCapture(() => console.error("wandb: syncing"));
 * ```
 */
export function withoutCapture<T>(fn: () => T): T {
  if (busy) return fn();
  busy = true;
  try {
    return fn();
  } finally {
    busy = false;
  }
}

/** Saves an own property so it can be put back exactly, or removed if it was not own. */
function saveProp(obj: object, key: string): () => void {
  const had = Object.getOwnPropertyDescriptor(obj, key);
  return () => {
    if (had) Object.defineProperty(obj, key, had);
    else delete (obj as Record<string, unknown>)[key];
  };
}

/** Sets `obj[key] = value` as an own writable, configurable property; returns its restorer. */
function patch(obj: object, key: string, value: unknown): () => void {
  const undo = saveProp(obj, key);
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: true });
  return () => {
    // Only undo our own patch: a later patch by someone else stays.
    if ((obj as Record<string, unknown>)[key] === value) undo();
  };
}

function patchStream(file: typeof Deno.stdout, stream: ConsoleStream): Array<() => void> {
  const decoder = new TextDecoder();
  const origSync = file.writeSync;
  const origAsync = file.write;
  let depth = 0; // one call may be implemented with the other: count the outer one only
  const writeSync = function (this: typeof file, p: Uint8Array): number {
    depth++;
    try {
      const n = origSync.call(this, p);
      if (depth === 1 && n > 0) emit(stream, decoder.decode(p.subarray(0, n), { stream: true }));
      return n;
    } finally {
      depth--;
    }
  };
  const write = async function (this: typeof file, p: Uint8Array): Promise<number> {
    depth++;
    try {
      const n = await origAsync.call(this, p);
      if (depth === 1 && n > 0) emit(stream, decoder.decode(p.subarray(0, n), { stream: true }));
      return n;
    } finally {
      depth--;
    }
  };
  return [patch(file, "writeSync", writeSync), patch(file, "write", write)];
}

/** Installs the twin console; returns the restorers, or undefined when Deno's class is missing. */
function patchConsoleTwin(con: Record<string, AnyFn>): Array<() => void> | undefined {
  const internal = denoInternal();
  const ConsoleClass = internal?.Console;
  const print = internal?.core?.print;
  if (typeof ConsoleClass !== "function" || typeof print !== "function") return undefined;
  let mute = false;
  let twin: Record<string, AnyFn>;
  try {
    twin = new ConsoleClass((msg: string, level: number) => {
      const stream = level > 1 ? "stderr" : "stdout";
      if (!mute) print(msg, level > 1);
      emit(stream, msg);
    });
  } catch {
    return undefined;
  }
  if (PRINTING.some((m) => typeof twin[m] !== "function")) return undefined;
  const undo: Array<() => void> = [];
  for (const m of PRINTING) undo.push(patch(con, m, twin[m]));
  for (const m of STATEFUL) {
    const real = con[m];
    const mirror = twin[m];
    if (typeof real !== "function" || typeof mirror !== "function") continue;
    undo.push(patch(con, m, function (this: unknown, ...args: unknown[]) {
      real.apply(this, args);
      mute = true;
      try {
        mirror(...args);
      } finally {
        mute = false;
      }
    }));
  }
  for (const m of GROUPING) {
    const real = con[m];
    const mirror = twin[m];
    if (typeof real !== "function" || typeof mirror !== "function") continue;
    undo.push(patch(con, m, function (this: unknown, ...labels: unknown[]) {
      mirror(...labels); // prints the label through the twin, then indents it
      real.call(this); // no label: only indents the real console, silently
    }));
  }
  return undo;
}

/** Fallback: wraps each method and rebuilds the text the way Deno's console formats it. */
function patchConsoleWrap(con: Record<string, AnyFn>): Array<() => void> {
  const undo: Array<() => void> = [];
  let indent = 0;
  for (const m of [...PRINTING, ...GROUPING]) {
    const real = con[m];
    if (typeof real !== "function") continue;
    undo.push(patch(con, m, function (this: unknown, ...args: unknown[]) {
      const result = real.apply(this, args);
      if (m === "groupEnd") indent = Math.max(0, indent - 2);
      else if (m === "assert") {
        if (!args[0]) emit("stderr", pad(`Assertion failed: ${formatArgs(args.slice(1))}`, indent));
      } else if (m !== "clear") {
        if (args.length > 0) {
          const text = m === "trace" ? `Trace: ${formatArgs(args)}` : formatArgs(args);
          emit(STDERR_METHODS.has(m) ? "stderr" : "stdout", pad(text, indent));
        }
        if (m === "group" || m === "groupCollapsed") indent += 2;
      }
      return result;
    }));
  }
  return undo;
}

function pad(text: string, indent: number): string {
  const sp = " ".repeat(indent);
  return text.split("\n").map((l) => sp + l).join("\n") + "\n";
}

/** `util.format`-like rendering of console arguments with `Deno.inspect`. */
function formatArgs(args: unknown[]): string {
  const out: string[] = [];
  let rest = args;
  if (typeof args[0] === "string") {
    let i = 1;
    const first = (args[0] as string).replace(/%([sdifoOjc%])/g, (all, c: string) => {
      if (c === "%") return "%";
      if (i >= args.length) return all;
      const v = args[i++];
      switch (c) {
        case "s":
          return typeof v === "string" ? v : Deno.inspect(v);
        case "d":
        case "i":
          return typeof v === "bigint"
            ? `${v}n`
            : String(c === "i" ? Math.trunc(Number(v)) : Number(v));
        case "f":
          return String(Number(v));
        case "c":
          return "";
        default:
          return Deno.inspect(v);
      }
    });
    out.push(first);
    rest = args.slice(i);
  }
  for (const v of rest) out.push(typeof v === "string" ? v : Deno.inspect(v));
  return out.join(" ");
}

function install(): () => void {
  const con = console as unknown as Record<string, AnyFn>;
  const undo = [
    ...(patchConsoleTwin(con) ?? patchConsoleWrap(con)),
    ...patchStream(Deno.stdout, "stdout"),
    ...patchStream(Deno.stderr, "stderr"),
  ];
  return () => {
    for (const u of undo.reverse()) u();
  };
}

/**
 * Starts capturing console output. Several captures may be active at once; each sink gets
 * every piece of text, and the originals come back when the last one is restored.
 *
 * @param sink called synchronously with each piece of text as written (raw, with ANSI codes);
 *   text it prints itself is not captured again, and its exceptions are swallowed
 * @returns a handle whose `restore()` stops this capture
 * @example
 * ```ts
 * import { captureConsole } from "./console.ts";
 * const parts: string[] = [];
 * const cap = captureConsole((_stream, text) => parts.push(text));
 * Deno.stdout.writeSync(new TextEncoder().encode("raw\n"));
 * cap.restore();
 * console.assert(parts.join("") === "raw\n");
 * ```
 */
export function captureConsole(sink: ConsoleSink): ConsoleCapture {
  const entry: ConsoleSink = (stream, text) => sink(stream, text); // unique per capture
  sinks.add(entry);
  uninstall ??= install();
  let done = false;
  return {
    restore() {
      if (done) return;
      done = true;
      sinks.delete(entry);
      if (sinks.size === 0 && uninstall) {
        const u = uninstall;
        uninstall = undefined;
        u();
      }
    },
  };
}
