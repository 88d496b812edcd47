import assert from "node:assert/strict";
import { globToRegExp, linkSaved } from "./save.ts";

Deno.test("globToRegExp: ** spans directories, * and ? stay in one segment", () => {
  const re = globToRegExp("ckpt/**/*.pt");
  assert.ok(re.test("ckpt/a.pt") && re.test("ckpt/x/y/a.pt"));
  assert.ok(!re.test("ckpt/a.ptx") && !re.test("other/a.pt"));
  assert.ok(globToRegExp("a?.txt").test("ab.txt") && !globToRegExp("a?.txt").test("a/.txt"));
  assert.ok(globToRegExp("v1.0+x.txt").test("v1.0+x.txt"));
});

Deno.test("linkSaved: links matches under files/ by their path below basePath; refuses outside", () => {
  const cwd = Deno.makeTempDirSync();
  try {
    Deno.mkdirSync(`${cwd}/out/sub`, { recursive: true });
    Deno.mkdirSync(`${cwd}/run/files`, { recursive: true });
    Deno.writeTextFileSync(`${cwd}/out/a.txt`, "a");
    Deno.writeTextFileSync(`${cwd}/out/sub/b.txt`, "b");
    Deno.writeTextFileSync(`${cwd}/out/c.md`, "c");
    const files = `${cwd}/run/files`;
    assert.deepEqual(linkSaved("out/**/*.txt", files, { cwd }), ["a.txt", "sub/b.txt"]);
    assert.equal(Deno.readTextFileSync(`${files}/sub/b.txt`), "b");
    assert.deepEqual(linkSaved("out/*.md", files, { cwd, basePath: cwd }), ["out/c.md"]);
    assert.deepEqual(linkSaved("nothing/*.x", files, { cwd }), []);
    assert.throws(
      () => linkSaved("out/a.txt", files, { cwd, basePath: `${cwd}/elsewhere` }),
      /not below basePath/,
    );
    // A glob with one file outside basePath links none of its files.
    Deno.writeTextFileSync(`${cwd}/out/d.log`, "d"); // sorted before z.log: the old code linked it
    Deno.writeTextFileSync(`${cwd}/z.log`, "z");
    const fresh = `${cwd}/run2/files`;
    Deno.mkdirSync(fresh, { recursive: true });
    assert.throws(
      () => linkSaved(`${cwd}/**/*.log`, fresh, { cwd, basePath: `${cwd}/out` }),
      /z\.log: it is not below basePath/,
    );
    assert.deepEqual([...Deno.readDirSync(fresh)], [], "nothing linked");
  } finally {
    Deno.removeSync(cwd, { recursive: true });
  }
});
