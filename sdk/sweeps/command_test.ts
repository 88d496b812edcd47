import { deepStrictEqual as assertEquals } from "node:assert/strict";
import {
  argVariants,
  buildCommand,
  expandEnvVars,
  interpreterFor,
  paramFileText,
  parseJsonKeepingFloats,
  pyJsonDumps,
  pyStr,
  type RunArgs,
} from "./command.ts";
import { parseConfigYaml } from "../../internal/run_files/config_yaml.ts";

// Values as W&B's server sends them in a `run` command (floats kept as the agent reads them).
const args = parseJsonKeepingFloats(
  '{"lr": {"value": 0.001}, "eps": {"value": 1e-05}, "whole": {"value": 1.0}, "n": {"value": 3},' +
    ' "fast": {"value": true}, "slow": {"value": false}, "opt": {"value": "adam"},' +
    ' "dims": {"value": [64, 0.5]}, "none": {"value": null}}',
) as RunArgs;

Deno.test("the default command is /usr/bin/env python PROGRAM --name=value with Python's str()", () => {
  const argv = buildCommand({
    program: "train.py",
    args,
    argsJsonFile: "f.json",
    env: {},
    os: "linux",
  });
  assertEquals(argv, [
    "/usr/bin/env",
    "python",
    "train.py",
    "--lr=0.001",
    "--eps=1e-05",
    "--whole=1.0",
    "--n=3",
    "--fast=True",
    "--slow=False",
    "--opt=adam",
    "--dims=[64, 0.5]",
    "--none=None",
  ]);
});

Deno.test("${env} expands to nothing on Windows", () => {
  const argv = buildCommand({
    program: "t.py",
    args: {},
    argsJsonFile: "f",
    env: {},
    os: "windows",
  });
  assertEquals(argv, ["python", "t.py"]);
});

Deno.test("every argument macro of W&B's agent", () => {
  const small = { a: { value: true }, b: { value: false }, c: { value: 0.5 } };
  const v = argVariants(small);
  assertEquals(v.args, ["--a=True", "--b=False", "--c=0.5"]);
  assertEquals(v.args_no_hyphens, ["a=True", "b=False", "c=0.5"]);
  assertEquals(v.args_no_equals, ["--a", "True", "--b", "False", "--c", "0.5"]);
  assertEquals(v.args_no_boolean_flags, ["--a", "--c=0.5"]);
  assertEquals(v.args_json, ['{"a": true, "b": false, "c": 0.5}']);
  assertEquals(v.args_append_hydra, ["+a=True", "+b=False", "+c=0.5"]);
  assertEquals(v.args_override_hydra, ["++a=True", "++b=False", "++c=0.5"]);
});

Deno.test("a command template: macros are whole elements, ${envvar:X} works inside one", () => {
  const argv = buildCommand({
    command: [
      "${env}",
      "${interpreter}",
      "-u",
      "${program}",
      "${args_json}",
      "--file=${args_json_file}",
      "${args_json_file}",
      "--out=${envvar:OUT_DIR}/${envvar:MISSING}",
      "${unknown_macro}",
      7,
    ],
    program: "t.py",
    args: { n: { value: 2 } },
    argsJsonFile: "wandb/sweep-s/config-r.json",
    env: { OUT_DIR: "/tmp/o" },
    interpreter: ["python3"],
    os: "linux",
  });
  assertEquals(argv, [
    "/usr/bin/env",
    "python3",
    "-u",
    "t.py",
    '{"n": 2}',
    "--file=${args_json_file}",
    "wandb/sweep-s/config-r.json",
    "--out=/tmp/o/MISSING",
    "7",
  ]);
});

Deno.test("expandEnvVars replaces every occurrence and keeps the name of an unset variable", () => {
  assertEquals(expandEnvVars("${envvar:A}${envvar:A}-${envvar:B_2}", { A: "x" }), "xx-B_2");
  assertEquals(expandEnvVars("${envvar:lower}", { lower: "no" }), "${envvar:lower}");
});

Deno.test("the interpreter: python for .py (and anything else), this Deno for .ts/.js", () => {
  assertEquals(interpreterFor("train.py"), ["python"]);
  assertEquals(interpreterFor("run.sh"), ["python"]);
  assertEquals(interpreterFor("dir/train.ts"), [Deno.execPath(), "run", "-A"]);
  assertEquals(interpreterFor("train.mjs"), [Deno.execPath(), "run", "-A"]);
});

Deno.test("Python str() and json.dumps of nested values", () => {
  assertEquals(
    pyStr({ k: "it's", q: 'say "x"', n: [null, 1.5e300] }),
    `{'k': "it's", 'q': 'say "x"', 'n': [None, 1.5e+300]}`,
  );
  assertEquals(pyStr(-0.0001), "-0.0001");
  assertEquals(pyStr(0.00001), "1e-05");
  assertEquals(pyStr(1e16), "1e+16");
  assertEquals(
    pyJsonDumps({ s: "é\n", f: 2.5, i: 10, l: [true, null] }),
    '{"s": "\\u00e9\\n", "f": 2.5, "i": 10, "l": [true, null]}',
  );
});

Deno.test("the parameter file is config.yaml format that our config reader and W&B read back", () => {
  const text = paramFileText({
    lr: { value: 0.001 },
    layers: { value: [64, 32] },
    name: { value: "a b" },
  });
  assertEquals(
    text,
    "wandb_version: 1\n\nlr:\n  value: 0.001\nlayers:\n  value:\n  - 64\n  - 32\nname:\n  value: a b\n",
  );
  assertEquals(parseConfigYaml(text), { lr: 0.001, layers: [64, 32], name: "a b" });
  assertEquals(paramFileText({}), "wandb_version: 1");
  assertEquals(
    paramFileText({ w: { value: args.whole!.value } }),
    "wandb_version: 1\n\nw:\n  value: 1.0\n",
  );
});
