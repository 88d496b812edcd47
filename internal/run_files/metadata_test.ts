import assert from "node:assert/strict";
import { formatMetadataJson, probeMetadata, pythonUtcIso } from "./metadata.ts";

Deno.test("formatMetadataJson() matches Python's json.dumps(indent=4) + newline", () => {
  const meta = {
    os: "Linux-6.1.0-x86_64",
    args: ["--name", "café 😀", 'a"b\\c\x7f'],
    state: "running",
    git: { remote: null, commit: "abc" },
    cpu_count_logical: 2,
    disk: { "/": { total: 251, used: 22.010066986083984 } },
    memory: { total: 16 },
    gpu_devices: [],
    small: 1e-7,
    big: 1e21,
    e: {},
  };
  // Expected text printed by Python 3.11: json.dumps(<the same dict, floats for disk/memory>, indent=4) + "\n"
  const expected =
    '{\n    "os": "Linux-6.1.0-x86_64",\n    "args": [\n        "--name",\n        "caf\\u00e9 \\ud83d\\ude00",\n        "a\\"b\\\\c\\u007f"\n    ],\n    "state": "running",\n    "git": {\n        "remote": null,\n        "commit": "abc"\n    },\n    "cpu_count_logical": 2,\n    "disk": {\n        "/": {\n            "total": 251.0,\n            "used": 22.010066986083984\n        }\n    },\n    "memory": {\n        "total": 16.0\n    },\n    "gpu_devices": [],\n    "small": 1e-07,\n    "big": 1e+21,\n    "e": {}\n}\n';
  assert.equal(formatMetadataJson(meta), expected);
});

Deno.test("pythonUtcIso() writes UTC without a zone and with microseconds, as Python does", () => {
  assert.equal(
    pythonUtcIso(new Date(Date.UTC(2024, 3, 3, 10, 15, 0, 7))),
    "2024-04-03T10:15:00.007000",
  );
  assert.equal(pythonUtcIso(new Date(Date.UTC(2024, 3, 3, 10, 15, 0, 0))), "2024-04-03T10:15:00");
});

async function git(cwd: string, ...args: string[]): Promise<void> {
  const out = await new Deno.Command("git", {
    args: ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args],
    cwd,
    stdout: "null",
    stderr: "null",
  }).output();
  assert.equal(out.code, 0, `git ${args.join(" ")}`);
}

Deno.test("probeMetadata() reports program, git, runtime, machine and GPUs under wandb's names", async () => {
  const dir = await Deno.realPath(await Deno.makeTempDir({ prefix: "wandb_meta_" }));
  try {
    await git(dir, "init", "-q");
    await Deno.mkdir(`${dir}/src`);
    await Deno.writeTextFile(`${dir}/src/train.ts`, "console.log(1);\n");
    await git(dir, "add", ".");
    await git(dir, "commit", "-q", "-m", "x");
    const meta = await probeMetadata({
      program: `${dir}/src/train.ts`,
      args: ["--lr", "0.1"],
      root: `${dir}/src`,
      startedAt: new Date(Date.UTC(2024, 3, 3, 10, 15, 0, 500)),
      host: "box",
      gpu: [{ name: "NVIDIA H100", memory_total: 85899345920 }],
      gitRemoteUrl: "https://example.com/o/r.git",
      now: () => new Date(Date.UTC(2024, 3, 3, 10, 15, 1)),
    });
    if (Deno.build.os === "linux") {
      assert.match(String(meta.os), /^Linux-\S+-x86_64$|^Linux-\S+-aarch64$/);
    }
    assert.equal(meta.python, `Deno ${Deno.version.deno}`);
    assert.equal(meta.deno, Deno.version.deno);
    assert.equal(meta.v8, Deno.version.v8);
    assert.equal(meta.startedAt, "2024-04-03T10:15:00.500000");
    assert.equal(meta.heartbeatAt, "2024-04-03T10:15:01");
    assert.deepEqual(meta.args, ["--lr", "0.1"]);
    assert.equal(meta.state, "running");
    assert.equal(meta.codePath, "src/train.ts"); // relative to the git root, not to root
    assert.equal(meta.root, `${dir}/src`);
    assert.equal(meta.host, "box");
    const g = meta.git as { remote: string; commit: string };
    assert.equal(g.remote, "https://example.com/o/r.git");
    assert.match(g.commit, /^[0-9a-f]{40}$/);
    assert.equal(meta.executable, Deno.execPath());
    assert.equal(meta.cpu_count_logical, navigator.hardwareConcurrency);
    assert.ok((meta.memory as { total: number }).total > 0);
    const disk = (meta.disk as Record<string, { total: number; used: number }>)["/"]!;
    assert.ok(disk.total > 0 && disk.used > 0 && disk.used <= disk.total);
    assert.equal(meta.gpu, "NVIDIA H100");
    assert.equal(meta.gpu_count, 1);
    assert.deepEqual(meta.gpu_devices, [{ name: "NVIDIA H100", memory_total: 85899345920 }]);
    assert.deepEqual(Object.keys(meta).slice(0, 5), ["os", "python", "deno", "v8", "typescript"]);

    const noGit = await probeMetadata({
      program: "src/train.ts",
      args: [],
      root: dir,
      startedAt: new Date(),
      disableGit: true,
    });
    assert.equal(noGit.git, undefined);
    assert.equal(noGit.codePath, "src/train.ts"); // relative program resolved against root
    assert.equal(noGit.gpu, undefined);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "probeMetadata() drops what it may not read and never throws without permissions",
  permissions: "none",
  async fn() {
    const meta = await probeMetadata({
      program: "file:///home/u/p/train.ts",
      args: [],
      root: "/home/u/p",
      startedAt: new Date(0),
    });
    for (const key of ["git", "host", "username", "executable", "memory", "disk", "cpu_count"]) {
      assert.equal(meta[key], undefined, key);
    }
    const osName: Record<string, string> = { linux: "Linux", darwin: "macOS", windows: "Windows" };
    assert.equal(meta.os, `${osName[Deno.build.os]}-${Deno.build.arch}`); // no release without --allow-sys
    assert.equal(meta.codePath, "train.ts");
    assert.equal(meta.startedAt, "1970-01-01T00:00:00");
  },
});
