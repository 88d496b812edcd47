import { deepStrictEqual as assertEquals } from "node:assert/strict";
import {
  b64ToHex,
  cachePath,
  manifestDigest,
  manifestJson,
  manifestText,
  md5Base64,
  md5File,
  parseManifest,
} from "./manifest.ts";

const enc = (s: string) => new TextEncoder().encode(s);

// Expected values computed once with the official client (wandb 0.30, ~/.cache/wandb-ts/pywandb30):
//   printf 'abc' > d/a.txt; : > d/empty.bin; printf 'hello world\n' > d/sub/b.csv; printf 'hi' > c.txt
//   a = wandb.Artifact("ds", "dataset"); a.add_dir("d", name="data"); a.add_file("c.txt")
//   a.add_reference("file:///tmp/artfx/c.txt", name="ref/c.txt")
//   a.add_reference("file:///tmp/artfx/d/a.txt", name="ref/nock.txt", checksum=False)
//   a.manifest.digest(); json.dumps(a.manifest.to_manifest_json(), indent=4)
const OFFICIAL = {
  digest: "013911d373695becc8650ca160f36e34",
  contents: {
    "data/empty.bin": { digest: "1B2M2Y8AsgTpgAmY7PhCfg==", size: 0 },
    "data/a.txt": { digest: "kAFQmDzST7DWlj99KOF/cg==", size: 3 },
    "data/sub/b.csv": { digest: "b1kCrCNwJL3QwXbLkwY9xA==", size: 12 },
    "c.txt": { digest: "SfaKXIST7CwL9ImCHCH8Ow==", size: 2 },
    "ref/c.txt": { digest: "SfaKXIST7CwL9ImCHCH8Ow==", ref: "file:///tmp/artfx/c.txt", size: 2 },
    "ref/nock.txt": {
      digest: "Fb8g+QGdEle7ecMISOfWWQ==",
      ref: "file:///tmp/artfx/d/a.txt",
      size: 3,
    },
  },
};

Deno.test("md5Base64 gives the official client's entry digests", () => {
  assertEquals(md5Base64(enc("abc")), "kAFQmDzST7DWlj99KOF/cg==");
  assertEquals(md5Base64(enc("")), "1B2M2Y8AsgTpgAmY7PhCfg==");
  assertEquals(md5Base64(enc("hello world\n")), "b1kCrCNwJL3QwXbLkwY9xA==");
  // checksum=False file reference: the MD5 of the file's URI
  assertEquals(md5Base64("file:///tmp/artfx/d/a.txt"), "Fb8g+QGdEle7ecMISOfWWQ==");
});

Deno.test("manifestDigest matches the official client's artifact digest, in any entry order", () => {
  const entries = Object.entries(OFFICIAL.contents).map(([path, e]) => ({ path, ...e }));
  assertEquals(manifestDigest(entries), OFFICIAL.digest);
  assertEquals(manifestDigest(entries.reverse()), OFFICIAL.digest);
});

Deno.test("manifestJson: W&B's shape, keys only when set, 4-space text, path order", () => {
  const entries = Object.entries(OFFICIAL.contents).map(([path, e]) => ({ path, ...e }));
  const j = manifestJson(entries) as { contents: Record<string, unknown> };
  assertEquals(Object.keys(j.contents), [
    "c.txt",
    "data/a.txt",
    "data/empty.bin",
    "data/sub/b.csv",
    "ref/c.txt",
    "ref/nock.txt",
  ]);
  assertEquals(j.contents["ref/c.txt"], OFFICIAL.contents["ref/c.txt"]);
  const text = manifestText([{ path: "a", digest: "x", size: 1, localPath: "/tmp/a" }]);
  assertEquals(
    text,
    '{\n    "version": 1,\n    "storagePolicy": "wandb-storage-policy-v1",\n    "storagePolicyConfig": {\n        "storageLayout": "V2"\n    },\n    "contents": {\n        "a": {\n            "digest": "x",\n            "size": 1\n        }\n    }\n}',
  );
  assertEquals(parseManifest(JSON.parse(text)), [{ path: "a", digest: "x", size: 1 }]);
});

Deno.test("cachePath: W&B's obj/md5/<2 hex>/<30 hex> layout", () => {
  assertEquals(b64ToHex("kAFQmDzST7DWlj99KOF/cg=="), "900150983cd24fb0d6963f7d28e17f72");
  assertEquals(
    cachePath("/c", "kAFQmDzST7DWlj99KOF/cg=="),
    "/c/obj/md5/90/0150983cd24fb0d6963f7d28e17f72",
  );
  assertEquals(cachePath("/c", "some-etag"), undefined);
});

Deno.test("md5File reads a file in chunks", async () => {
  const p = await Deno.makeTempFile();
  try {
    const big = new Uint8Array(3 * (1 << 20) + 7).fill(97);
    await Deno.writeFile(p, big);
    assertEquals(await md5File(p), { digest: md5Base64(big), size: big.length });
  } finally {
    await Deno.remove(p);
  }
});
