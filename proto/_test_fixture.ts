/**
 * Test-only access to the official client's fixture (shared/fixtures/wandb-0.30-offline): the
 * record payloads of its `.wandb` file, split from the LevelDB-style chunks without checking CRCs
 * (transaction-log.md §1), and the lines of its `records.jsonl`.
 *
 * @example
 * ```ts ignore
 * import { fixturePayloads } from "./_test_fixture.ts";
 * const records = fixturePayloads();
 * console.log(records.length, records[0]!.offset); // 150 7
 * ```
 * @module
 */

const BLOCK = 32768;
const HEADER = 7;
const FULL = 1, FIRST = 2, MIDDLE = 3, LAST = 4;

/** One record payload and the file offsets of its first and last chunks. */
export interface FixturePayload {
  /** Offset of the record's first chunk in the file. */
  offset: number;
  /**
   * Offset of the record's last chunk (equal to `offset` for a FULL chunk). records.jsonl's
   * `offset` is this one: the official dump reports where a multi-chunk record was completed.
   */
  lastChunkOffset: number;
  /** The serialized `Record`. */
  bytes: Uint8Array;
}

/** One line of records.jsonl. */
export interface FixtureLine {
  /** Offset of the record in the `.wandb` file. */
  offset: number;
  /** The record's oneof member name. */
  type: string;
  /** The record as protobuf canonical JSON. */
  record: unknown;
}

/** The fixture's run directory. */
export function fixtureRunDir(): string {
  const root = new URL("../../shared/fixtures/wandb-0.30-offline/", import.meta.url);
  for (const e of Deno.readDirSync(root)) {
    if (e.isDirectory && e.name.startsWith("offline-run-")) {
      return decodeURIComponent(new URL(`${e.name}/`, root).pathname);
    }
  }
  throw new Error(`no offline-run-* directory in ${root.pathname}; is shared/ checked out?`);
}

/** Splits a `.wandb` file's bytes into record payloads (no CRC check). */
export function splitChunks(data: Uint8Array): FixturePayload[] {
  if (data[0] !== 0x3a || data[1] !== 0x57 || data[2] !== 0x26 || data[3] !== 0x42) {
    throw new Error("not a .wandb file: the first 4 bytes are not ':W&B'");
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: FixturePayload[] = [];
  let pos = HEADER;
  let parts: Uint8Array[] = [];
  let start = -1;
  while (pos + HEADER <= data.length) {
    const left = BLOCK - (pos % BLOCK);
    if (left < HEADER) {
      pos += left;
      continue;
    }
    const len = view.getUint16(pos + 4, true);
    const type = data[pos + 6];
    if (type === 0 && len === 0) { // zero padding to the block end
      pos += left;
      continue;
    }
    const payload = data.subarray(pos + HEADER, pos + HEADER + len);
    if (type === FULL) out.push({ offset: pos, lastChunkOffset: pos, bytes: payload });
    else if (type === FIRST) {
      start = pos;
      parts = [payload];
    } else if (type === MIDDLE) parts.push(payload);
    else if (type === LAST) {
      parts.push(payload);
      const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
      out.push({ offset: start, lastChunkOffset: pos, bytes });
      parts = [];
    } else throw new Error(`bad chunk type ${type} at offset ${pos}`);
    pos += HEADER + len;
  }
  return out;
}

/** The record payloads of the fixture's `.wandb` file. */
export function fixturePayloads(): FixturePayload[] {
  const dir = fixtureRunDir();
  const name = [...Deno.readDirSync(dir)].find((e) => e.name.endsWith(".wandb"));
  if (!name) throw new Error(`no .wandb file in ${dir}`);
  return splitChunks(Deno.readFileSync(`${dir}${name.name}`));
}

/** The record lines of the fixture's records.jsonl (without the trailing counts line). */
export function fixtureLines(): FixtureLine[] {
  const text = Deno.readTextFileSync(`${fixtureRunDir()}records.jsonl`);
  return text.trim().split("\n").map((l) => JSON.parse(l)).filter((l) => "type" in l);
}
