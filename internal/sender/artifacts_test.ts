import assert from "node:assert/strict";
import { GraphQLClient } from "../../net/mod.ts";
import { ArtifactSaver } from "./artifacts.ts";
import { md5Base64 } from "../artifacts/manifest.ts";

const POLICY = { maxRetries: 1, minDelayMs: 1, maxDelayMs: 2 };

/** A stand-in server: the ops of server-api.md §9.2, recorded in order; PUTs to /put/<name>. */
function fakeServer(opts: { failPut?: string } = {}) {
  const ops: string[] = [];
  const puts = new Map<string, string>();
  const digests = new Set<string>();
  const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, async (req) => {
    const url = new URL(req.url);
    if (req.method === "PUT") {
      const name = decodeURIComponent(url.pathname.slice(5));
      if (name === opts.failPut) return new Response("no", { status: 403 });
      puts.set(name, await req.text());
      return new Response("");
    }
    const { query, variables: v } = await req.json();
    const op = /mutation (\w+)/.exec(query)![1]!;
    ops.push(op);
    const data: Record<string, unknown> = {};
    if (op === "CreateArtifact") {
      const seen = digests.has(v.digest);
      data.createArtifact = {
        artifact: {
          id: "A1",
          state: seen ? "COMMITTED" : "PENDING",
          versionIndex: 0,
          artifactSequence: { id: "S", latestArtifact: { id: "A1", versionIndex: 0 } },
        },
      };
      ops.push(`digest ${v.digest}`);
    } else if (op === "CreateArtifactManifest") {
      data.createArtifactManifest = {
        artifactManifest: {
          id: "M1",
          file: {
            id: "F",
            name: "wandb_manifest.json",
            displayName: "wandb_manifest.json",
            uploadUrl: v.includeUpload ? "/put/wandb_manifest.json" : undefined,
            uploadHeaders: [],
          },
        },
      };
    } else if (op === "CreateArtifactFiles") {
      data.createArtifactFiles = {
        files: {
          edges: v.artifactFiles.map((f: { name: string }) => ({
            node: {
              id: f.name,
              name: f.name,
              displayName: f.name,
              uploadUrl: `/put/${encodeURIComponent(f.name)}`,
              uploadHeaders: ["Content-Type:application/octet-stream"],
              artifact: { id: "A1" },
            },
          })),
        },
      };
    } else if (op === "CommitArtifact") {
      digests.add("D");
      data.commitArtifact = { artifact: { id: "A1", digest: "D" } };
    }
    return Response.json({ data });
  });
  return { ops, puts, digests, server, url: `http://127.0.0.1:${server.addr.port}` };
}

async function save(url: string, dir: string, digest = "D") {
  const ac = new AbortController();
  const gql = new GraphQLClient({ baseUrl: url, retry: POLICY, signal: ac.signal });
  const progress: number[] = [];
  const saver = new ArtifactSaver({
    gql,
    policy: POLICY,
    signal: ac.signal,
    run: () => ({ runId: "r1", entity: "e", project: "p" }) as never,
    onProgress: (p) => progress.push(p.files),
  });
  await Deno.writeTextFile(`${dir}/a.txt`, "abc");
  await Deno.writeTextFile(`${dir}/b.txt`, "hi");
  saver.onArtifact({
    name: "ds",
    type: "dataset",
    digest,
    clientId: "c1",
    manifest: {
      version: 1,
      contents: [
        { path: "a.txt", digest: md5Base64("abc"), size: 3, localPath: `${dir}/a.txt` },
        { path: "b.txt", digest: md5Base64("hi"), size: 2, localPath: `${dir}/b.txt` },
        { path: "s3ref", digest: "s3://b/k", ref: "s3://b/k" },
      ],
    },
  });
  const outcome = saver.outcome("c1");
  await saver.idle();
  return { outcome: await outcome, progress };
}

Deno.test("ArtifactSaver: W&B's flow, uploads, final manifest, commit; an unchanged version sends nothing more", async () => {
  const s = fakeServer();
  const dir = await Deno.makeTempDir();
  try {
    const { outcome, progress } = await save(s.url, dir);
    assert.deepEqual(outcome, { ok: true, id: "A1", versionIndex: 0, digest: "D", uploaded: 2 });
    assert.deepEqual(s.ops, [
      "CreateArtifact",
      "digest D",
      "CreateArtifactManifest",
      "CreateArtifactFiles",
      "CreateArtifactManifest",
      "CommitArtifact",
    ]);
    assert.equal(s.puts.get("a.txt"), "abc");
    assert.equal(progress.at(-1), 2);
    const manifest = JSON.parse(s.puts.get("wandb_manifest.json")!);
    assert.deepEqual(manifest.contents["a.txt"], {
      digest: "kAFQmDzST7DWlj99KOF/cg==",
      birthArtifactID: "A1",
      size: 3,
    });
    assert.deepEqual(manifest.contents["s3ref"], { digest: "s3://b/k", ref: "s3://b/k" });
    s.ops.length = 0;
    s.puts.clear();
    const again = await save(s.url, dir);
    assert.equal(again.outcome.ok, true);
    assert.deepEqual(s.ops, ["CreateArtifact", "digest D"]);
    assert.equal(s.puts.size, 0);
  } finally {
    await s.server.shutdown();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("ArtifactSaver: a failed upload leaves the version uncommitted and says why", async () => {
  const s = fakeServer({ failPut: "b.txt" });
  const dir = await Deno.makeTempDir();
  try {
    const { outcome } = await save(s.url, dir);
    assert.equal(outcome.ok, false);
    assert.match((outcome as { message: string }).message, /Cannot save artifact ds: .*b\.txt/);
    assert.ok(!s.ops.includes("CommitArtifact"));
  } finally {
    await s.server.shutdown();
    await Deno.remove(dir, { recursive: true });
  }
});
