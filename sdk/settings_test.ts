import assert from "node:assert/strict";
import { SettingsError } from "./errors.ts";
import { generateRunId, parseIni, resolveSettings } from "./settings.ts";

Deno.test({
  name: "resolveSettings() applies defaults < global file < workspace file < env < setup < init",
  permissions: { read: true, write: true, env: true },
  fn() {
    const dir = Deno.makeTempDirSync();
    try {
      Deno.mkdirSync(`${dir}/cfg`);
      Deno.mkdirSync(`${dir}/root/wandb`, { recursive: true });
      Deno.writeTextFileSync(
        `${dir}/cfg/settings`,
        "[default]\nproject = from-global\nentity = team-g\nbase_url = http://g:1/\n",
      );
      Deno.writeTextFileSync(`${dir}/root/wandb/settings`, "[default]\nproject = from-workspace\n");
      const r = resolveSettings({
        env: {
          WANDB_CONFIG_DIR: `${dir}/cfg`,
          WANDB_DIR: `${dir}/root`,
          WANDB_TAGS: "a, b",
          WANDB_SILENT: "true",
        },
        setup: { run_group: "from-setup" },
        init: { run_group: "from-init" },
      });
      assert.equal(r.settings.project, "from-workspace");
      assert.equal(r.settings.entity, "team-g");
      assert.equal(r.settings.base_url, "http://g:1");
      assert.deepEqual(r.settings.run_tags, ["a", "b"]);
      assert.equal(r.settings.silent, true);
      assert.equal(r.settings.run_group, "from-init");
      assert.equal(r.settings.mode, "online");
      assert.match(r.settings.run_id, /^[a-z0-9]{8}$/);
      assert.equal(r.sources.project, `${dir}/root/wandb/settings`);
      assert.equal(r.sources.run_tags, "WANDB_TAGS");
      // Two overrides with different values were announced, each in one line.
      assert.ok(
        r.notices.some((n) =>
          /wandb\/settings sets project = "from-workspace", overriding the value from .*cfg\/settings/
            .test(n)
        ),
      );
      assert.ok(
        r.notices.some((n) =>
          /init\(\) sets run_group = "from-init", overriding the value from setup\(\)/.test(n)
        ),
      );
      // Told once: the same override resolved again is not announced again.
      const again = resolveSettings({
        setup: { run_group: "from-setup" },
        init: { run_group: "from-init" },
        env: {},
        files: false,
      });
      assert.equal(again.notices.length, 0);
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

Deno.test("resolveSettings() maps dryrun to offline and run to online, and rejects an unknown mode naming it", () => {
  assert.equal(
    resolveSettings({ env: { WANDB_MODE: "dryrun" }, files: false }).settings.mode,
    "offline",
  );
  assert.equal(
    resolveSettings({ init: { mode: "run" }, env: {}, files: false }).settings.mode,
    "online",
  );
  assert.throws(
    () => resolveSettings({ env: { WANDB_MODE: "fast" }, files: false }),
    (e: unknown) =>
      e instanceof SettingsError && e.setting === "mode" &&
      /Invalid setting "mode" \(from WANDB_MODE\): unknown mode "fast"; use online, offline or disabled/
        .test(e.message),
  );
});

Deno.test("resolveSettings() rejects bad run ids, resume values, projects and booleans, naming the setting", () => {
  const bad: Array<[Record<string, unknown>, string]> = [
    [{ run_id: "a/b" }, "run_id"],
    [{ run_id: "has space" }, "run_id"],
    [{ resume: "sometimes" }, "resume"],
    [{ project: "a/b" }, "project"],
    [{ silent: "maybe" }, "silent"],
    [{ console: "tty" }, "console"],
    [{ x_stats_sampling_interval: "-1" }, "x_stats_sampling_interval"],
  ];
  for (const [init, setting] of bad) {
    assert.throws(
      () => resolveSettings({ init, env: {}, files: false }),
      (e: unknown) =>
        e instanceof SettingsError && e.setting === setting && e.code === "settings/invalid",
      setting,
    );
  }
  assert.equal(
    resolveSettings({ init: { resume: true as unknown as string }, env: {}, files: false }).settings
      .resume,
    "auto",
  );
});

Deno.test("parseIni() reads only the [default] section and ignores comments", () => {
  assert.deepEqual(
    parseIni("# c\n[other]\nproject = no\n[default]\nproject = yes\n; c\nmode: offline\n"),
    {
      project: "yes",
      mode: "offline",
    },
  );
});

Deno.test("generateRunId() makes 8 characters from a-z0-9, all different over many calls", () => {
  const ids = new Set(Array.from({ length: 1000 }, () => generateRunId()));
  assert.equal(ids.size, 1000);
  for (const id of ids) assert.match(id, /^[a-z0-9]{8}$/);
});
