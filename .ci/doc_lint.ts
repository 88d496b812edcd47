/**
 * `deno doc --lint` over every entry point of deno.json's `exports`, generated code excluded:
 * `deno doc` has no exclude option, and `proto/mod.ts` re-exports the types protobufjs generates
 * from the `.proto` files (`proto/generated/`, documented by the `.proto` comments only), so
 * their findings are counted and dropped here; any other finding fails the check.
 *
 * Run by `deno task check`: `deno run -A .ci/doc_lint.ts`.
 *
 * @module
 */
const GENERATED = "/proto/generated/";
/** Folder faces that are public through the entry points without being entry points themselves. */
const FACES = ["internal/sender/mod.ts", "net/mod.ts"];

const config = JSON.parse(Deno.readTextFileSync("deno.json")) as {
  exports: Record<string, string>;
};
const entries = [...Object.values(config.exports), ...FACES];
const out = await new Deno.Command(Deno.execPath(), {
  args: ["doc", "--lint", ...entries],
  env: { NO_COLOR: "1" },
  stdout: "piped",
  stderr: "piped",
}).output();
const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
// Each finding starts with "error[rule]: message" and names its place on a "--> path:line:col" line.
const findings = text.split(/\n(?=error\[)/).filter((b) => b.startsWith("error["));
const kept = findings.filter((b) => !(/-->\s*(\S+)/.exec(b)?.[1] ?? "").includes(GENERATED));
const dropped = findings.length - kept.length;
if (kept.length > 0) {
  console.error(kept.join("\n"));
  console.error(`doc lint: ${kept.length} finding(s) in ${entries.join(", ")}`);
  Deno.exit(1);
}
if (out.code !== 0 && findings.length === 0) {
  console.error(text); // deno doc itself failed (not a lint finding)
  Deno.exit(out.code);
}
console.log(
  `doc lint: ${entries.length} modules clean (${dropped} findings in generated ${GENERATED} left out)`,
);
