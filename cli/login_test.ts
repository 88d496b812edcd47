import assert from "node:assert/strict";
import { writeGlobalBaseUrl } from "./login.ts";
import { globalSettingsPath, resolveSettings } from "../sdk/settings.ts";

Deno.test("login --host: base_url replaces the [default] line only, other sections and keys stay", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const env = { WANDB_CONFIG_DIR: dir, HOME: "/nonexistent" };
    await Deno.writeTextFile(
      `${dir}/settings`,
      [
        "# mine",
        "[other]",
        "base_url = http://other:1",
        "[ default ]",
        "project = p",
        "base_url = http://old:1",
        "base_url: http://older:1",
        "",
        "[later]",
        "base_url = http://later:1",
      ].join("\n") + "\n",
    );
    assert.equal(writeGlobalBaseUrl("http://new:2", env), `${dir}/settings`);
    assert.equal(
      await Deno.readTextFile(`${dir}/settings`),
      [
        "# mine",
        "[other]",
        "base_url = http://other:1",
        "[ default ]",
        "base_url = http://new:2",
        "project = p",
        "",
        "[later]",
        "base_url = http://later:1",
      ].join("\n") + "\n",
    );
    const { settings } = resolveSettings({ env, files: true });
    assert.equal(settings.base_url, "http://new:2");
    assert.equal(settings.project, "p");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("login --host: a new settings file goes where resolveSettings reads it", async () => {
  const home = await Deno.makeTempDir();
  try {
    const env = { HOME: home };
    const path = writeGlobalBaseUrl("http://127.0.0.1:8080", env);
    assert.equal(path, `${home}/.config/wandb/settings`);
    assert.equal(path, globalSettingsPath(env));
    assert.equal(await Deno.readTextFile(path!), "[default]\nbase_url = http://127.0.0.1:8080\n");
    assert.equal(resolveSettings({ env }).settings.base_url, "http://127.0.0.1:8080");
    assert.equal(writeGlobalBaseUrl("http://x:1", {}), undefined, "no HOME: nothing written");
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});
