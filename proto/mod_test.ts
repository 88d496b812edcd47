import assert from "node:assert/strict";
import {
  decodeRecord,
  encodeRecord,
  isLegacyHeader,
  messageToJson,
  ProtoJsonError,
  RecordDecodeError,
  type RecordInput,
  recordToJson,
  recordType,
  wandb_internal,
} from "./mod.ts";
import { fixtureLines, fixturePayloads } from "./_test_fixture.ts";

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => [...new TextEncoder().encode(s)];

/** A length-delimited field: tag (1 or 2 varint bytes) + length + payload. */
function ld(field: number, payload: number[]): number[] {
  const tag = (field << 3) | 2;
  const tagBytes = tag < 0x80 ? [tag] : [(tag & 0x7f) | 0x80, tag >> 7];
  assert.ok(payload.length < 0x80, "test helper handles short payloads only");
  return [...tagBytes, payload.length, ...payload];
}

Deno.test("encode/decode round-trips several record types field for field", () => {
  const records: RecordInput[] = [
    { num: 1, header: { versionInfo: { producer: "0.30.0", minConsumer: "0.70.0" } } },
    {
      num: 2,
      control: { mailboxSlot: "slot", reqResp: true },
      run: {
        runId: "abc",
        project: "p",
        tags: ["a", "b"],
        startTime: { seconds: 1795415447, nanos: 828845000 },
        config: { update: [{ key: "lr", valueJson: "0.01" }] },
        telemetry: { feature: { offline: true, metricSummary: true }, cliVersion: "0.1.0" },
        git: { remoteUrl: "https://example.invalid/r.git", commit: "deadbeef" },
        startingStep: 9_007_199_254_740_991,
      },
      _info: { streamId: "abc" },
    },
    {
      num: 3,
      history: {
        item: [{ key: "loss", valueJson: "0.5" }, { nestedKey: ["val", "acc"], valueJson: "1" }],
        step: { num: 45 },
      },
    },
    {
      num: 4,
      outputRaw: {
        outputType: wandb_internal.OutputRawRecord.OutputType.STDOUT,
        timestamp: { seconds: 10, nanos: 5 },
        line: "héllo\n",
      },
    },
    {
      num: 5,
      files: { files: [{ path: "a.txt", policy: wandb_internal.FilesItem.PolicyType.END }] },
    },
    { num: 6, metric: { name: "val/loss", summary: { min: true }, options: { defined: true } } },
    {
      num: 7,
      environment: { os: "Linux", cpuCount: 2, disk: { "/": { total: 270553174016, used: 1 } } },
    },
    { num: 8, exit: { exitCode: 1, runtime: 2 }, control: { alwaysSend: true } },
    {
      num: 9,
      artifact: {
        name: "ds",
        type: "dataset",
        aliases: ["latest"],
        manifest: {
          version: 1,
          contents: [{ path: "x", digest: "d", size: 3, extra: [{ key: "k", valueJson: "1" }] }],
        },
      },
    },
  ];
  for (const rec of records) {
    const back = decodeRecord(encodeRecord(rec));
    assert.deepEqual(recordToJson(back), recordToJson(rec), `record ${rec.num}`);
    assert.equal(recordType(back), recordType(rec));
  }
  const run = decodeRecord(encodeRecord(records[1]!));
  assert.equal(run.run?.startingStep, 9_007_199_254_740_991, "int64 decodes to an exact number");
  assert.equal(typeof run.num, "number");
  assert.deepEqual(run.run?.tags, ["a", "b"]);
  assert.equal(run.run?.telemetry?.feature?.metricSummary, true);
  const env = decodeRecord(encodeRecord(records[6]!));
  assert.equal(env.environment?.disk?.["/"]?.total, 270553174016);
  assert.equal(decodeRecord(encodeRecord(records[3]!)).outputRaw?.line, "héllo\n");
});

Deno.test("recordType names the oneof member in snake_case, or 'unknown'", () => {
  assert.equal(recordType({ outputRaw: {} }), "output_raw");
  assert.equal(recordType({ useArtifact: {} }), "use_artifact");
  assert.equal(recordType({ noopLinkArtifact: {} }), "noop_link_artifact");
  assert.equal(recordType({ outputLogger: { line: "x" } }), "output_logger");
  assert.equal(recordType({ request: { defer: {} } }), "request");
  assert.equal(recordType({ num: 3 }), "unknown");
  // A record type from a client newer than this schema: field 99, unknown to us.
  const future = decodeRecord(bytes(0x08, 0x03, ...ld(99, ascii("x"))));
  assert.equal(recordType(future), "unknown");
});

Deno.test("unknown fields survive decode and re-encode", () => {
  const raw = bytes(0x08, 0x05, ...ld(21, ld(1, ld(1, ascii("0.30")))), ...ld(99, ascii("zz")));
  const rec = decodeRecord(raw);
  assert.equal(rec.header?.versionInfo?.producer, "0.30");
  assert.deepEqual([...encodeRecord(rec)], [...raw]);
});

Deno.test("legacy field 24/26: hand-built v0.16 bytes decode under the old meaning with { legacy: true }", () => {
  // Header of a v0.16.6 file: field 21, empty HeaderRecord (no version_info).
  const header = decodeRecord(bytes(0x08, 0x01, ...ld(21, [])));
  assert.equal(isLegacyHeader(header), true);
  const newHeader = decodeRecord(bytes(0x08, 0x01, ...ld(21, ld(1, ld(1, ascii("0.30.0"))))));
  assert.equal(isLegacyHeader(newHeader), false);
  assert.equal(isLegacyHeader({ num: 1, run: {} }), false, "only headers are legacy headers");

  // Record{num=2, 26: LaunchWandbConfigParametersRecord{include_paths=[{path:["a","b"]}],
  //   exclude_paths=[{path:["c"]}]}}
  const params = bytes(
    0x08,
    0x02,
    ...ld(26, [
      ...ld(1, [...ld(1, ascii("a")), ...ld(1, ascii("b"))]),
      ...ld(2, ld(1, ascii("c"))),
    ]),
  );
  const asNew = decodeRecord(params);
  assert.equal(recordType(asNew), "environment", "without legacy, 26 is EnvironmentRecord");
  const asOld = decodeRecord(params, { legacy: true });
  assert.equal(recordType(asOld), "wandb_config_parameters");
  assert.equal(asOld.environment, null);
  assert.deepEqual(asOld.wandbConfigParameters?.includePaths?.map((p) => p.path), [["a", "b"]]);
  assert.deepEqual(asOld.wandbConfigParameters?.excludePaths?.map((p) => p.path), [["c"]]);
  assert.deepEqual(recordToJson(asOld), {
    num: "2",
    wandbConfigParameters: {
      includePaths: [{ path: ["a", "b"] }],
      excludePaths: [{ path: ["c"] }],
    },
  });
  assert.deepEqual([...encodeRecord(asOld)], [...params], "re-encodes to the same bytes");

  // Record{num=3, 24: LinkArtifactRecord{client_id="c", portfolio_name="p",
  //   portfolio_aliases=["x","y"], _info={stream_id="s"}}}
  const link = bytes(
    0x08,
    0x03,
    ...ld(24, [
      ...ld(1, ascii("c")),
      ...ld(3, ascii("p")),
      ...ld(6, ascii("x")),
      ...ld(6, ascii("y")),
      ...ld(200, ld(1, ascii("s"))),
    ]),
  );
  const linkNew = decodeRecord(link);
  assert.equal(recordType(linkNew), "noop_link_artifact");
  assert.deepEqual(recordToJson(linkNew), { num: "3", noopLinkArtifact: {} });
  const linkOld = decodeRecord(link, { legacy: true });
  assert.equal(recordType(linkOld), "link_artifact");
  assert.deepEqual(recordToJson(linkOld), {
    num: "3",
    linkArtifact: {
      clientId: "c",
      portfolioName: "p",
      portfolioAliases: ["x", "y"],
      Info: { streamId: "s" },
    },
  });
  // Legacy mode leaves every other record type alone.
  const hist = bytes(0x08, 0x04, ...ld(2, ld(1, [...ld(1, ascii("k")), 0x82, 0x01, 1, 0x31])));
  assert.deepEqual(recordToJson(decodeRecord(hist, { legacy: true })), {
    num: "4",
    history: { item: [{ key: "k", valueJson: "1" }] },
  });
});

Deno.test("decodeRecord throws RecordDecodeError with a code on malformed bytes", () => {
  const cases: [Uint8Array, string][] = [
    [bytes(0x08), "truncated"], // varint cut off
    [bytes(0x12, 0x05, 0x0a), "truncated"], // length past the end
    [bytes(0x0f, 0x00), "invalid_wire_type"], // field 1, wire type 7
    [
      bytes(0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01),
      "invalid_varint",
    ],
  ];
  for (const [b, code] of cases) {
    assert.throws(
      () => decodeRecord(b),
      (e: unknown) => e instanceof RecordDecodeError && e.code === code && /Record/.test(e.message),
      `expected ${code} for ${[...b]}`,
    );
  }
});

Deno.test("recordToJson follows protobuf canonical JSON", () => {
  const ts = (nanos: number) =>
    (recordToJson({ outputRaw: { timestamp: { seconds: 1795415447, nanos } } }) as {
      outputRaw: { timestamp: string };
    }).outputRaw.timestamp;
  assert.equal(ts(0), "2026-11-23T06:30:47Z");
  assert.equal(ts(500_000_000), "2026-11-23T06:30:47.500Z");
  assert.equal(ts(828_845_000), "2026-11-23T06:30:47.828845Z");
  assert.equal(ts(836_366_149), "2026-11-23T06:30:47.836366149Z");
  assert.deepEqual(
    recordToJson({
      num: 0,
      uuid: "",
      history: { item: [], step: {} },
      control: { local: false, endOffset: 12 },
      _info: { streamId: "s", _tracelogId: "t" },
    }),
    {
      control: { endOffset: "12" },
      history: { step: {} },
      Info: { streamId: "s", TracelogId: "t" },
    },
    "defaults omitted, empty sub-message kept, int64 as string, _info → Info",
  );
  assert.deepEqual(recordToJson({ outputRaw: { outputType: 0, line: "x" } }), {
    outputRaw: { line: "x" },
  });
  assert.deepEqual(recordToJson({ outputRaw: { outputType: 1 } }), {
    outputRaw: { outputType: "STDOUT" },
  });
  assert.deepEqual(
    messageToJson("wandb_internal.EnvironmentRecord", {
      cpuCount: 2,
      gpuType: "A100",
      codePath: "t.py",
      startedAt: { seconds: 0, nanos: 0 },
      disk: { "/": { total: 5 } },
      git: { remoteUrl: "r" },
    }),
    {
      startedAt: "1970-01-01T00:00:00Z",
      codePath: "t.py",
      git: { remote: "r" },
      cpu_count: 2,
      gpu: "A100",
      disk: { "/": { total: "5" } },
    },
    "json_name options win",
  );
  assert.deepEqual(
    messageToJson("wandb_internal.Deprecated", { init_ConfigIncludeKeys: true }),
    { initConfigIncludeKeys: true },
  );
  assert.deepEqual(messageToJson("wandb_internal.BranchPoint", { value: NaN }), { value: "NaN" });
  assert.deepEqual(messageToJson("wandb_internal.SystemMetricSample", { value: 0.1 }), {
    value: 0.1,
  });
  assert.deepEqual(messageToJson("wandb_internal.TBRecord", { namespace: "" }), { namespace: "" });
  assert.throws(() => messageToJson("wandb_internal.Nope", {}), ProtoJsonError);
  assert.throws(
    () => recordToJson({ stats: { timestamp: { seconds: 1e13 } } }),
    (e: unknown) => e instanceof ProtoJsonError && e.code === "invalid_timestamp",
  );
  // Key order is field-number order, like the official printers.
  assert.deepEqual(
    Object.keys(recordToJson({ _info: {}, run: {}, control: {}, num: 1 })),
    ["num", "control", "run", "Info"],
  );
});

Deno.test("fixture: every record of the 0.30 client's .wandb file matches records.jsonl", () => {
  const payloads = fixturePayloads();
  const lines = fixtureLines();
  assert.equal(payloads.length, lines.length);
  assert.ok(lines.length >= 150);
  const header = decodeRecord(payloads[0]!.bytes);
  assert.equal(isLegacyHeader(header), false, "0.30 headers carry version_info");
  const types = new Set<string>();
  for (let i = 0; i < payloads.length; i++) {
    const line = lines[i]!;
    const rec = decodeRecord(payloads[i]!.bytes, { legacy: false });
    assert.equal(payloads[i]!.lastChunkOffset, line.offset, `offset of record ${i}`);
    assert.equal(recordType(rec), line.type, `type of record ${i} at ${line.offset}`);
    assert.deepEqual(recordToJson(rec), line.record, `record ${i} at ${line.offset}`);
    // Re-encoding keeps every field (protobufjs orders oneof members by number, Go writes them
    // last, so the bytes may differ in order only).
    const again = encodeRecord(rec);
    assert.equal(again.length, payloads[i]!.bytes.length, `size of re-encoded record ${i}`);
    assert.deepEqual(recordToJson(decodeRecord(again)), line.record);
    types.add(line.type);
  }
  for (const t of ["header", "run", "environment", "output_raw", "stats", "metric", "exit"]) {
    assert.ok(types.has(t), `fixture covers ${t}`);
  }
});
