import assert from "node:assert/strict";
import { ConsoleLines, shownText } from "./console_lines.ts";

const T = Date.UTC(2024, 3, 3, 10, 15, 3);
const lines = (c: ConsoleLines, stream: "stdout" | "stderr", text: string) =>
  c.add(stream, text, T).map((l) => [l.offset, l.line.replace(/^(ERROR )?\S+ /, "")]);

Deno.test("console lines: \\r\\n line ends (Windows) keep their lines", () => {
  const c = new ConsoleLines(0);
  assert.deepEqual(lines(c, "stdout", "hello\r\nworld\r\n"), [[0, "hello\n"], [1, "world\n"]]);
});

Deno.test("console lines: a \\r line overwrites the stream's last line; chunks join until a newline", () => {
  const c = new ConsoleLines(5);
  assert.deepEqual(lines(c, "stdout", "epoch 1\n"), [[5, "epoch 1\n"]]);
  assert.deepEqual(lines(c, "stderr", "warn\n"), [[6, "warn\n"]]);
  assert.deepEqual(lines(c, "stdout", "\r 10%"), []);
  assert.deepEqual(
    lines(c, "stdout", "\r 50%"),
    [],
    "an incomplete \\r chunk replaces the pending one",
  );
  assert.deepEqual(lines(c, "stdout", "\n"), [[5, " 50%\n"]]);
  assert.deepEqual(lines(c, "stdout", "a\rb\n"), [[7, "b\n"]], "no leading \\r: a new line");
});

Deno.test("shownText: the text after the last \\r, a trailing \\r not counted", () => {
  assert.equal(shownText("10%\r50%"), "50%");
  assert.equal(shownText("done\r"), "done");
  assert.equal(shownText("a\rb\r\r"), "b");
  assert.equal(shownText("\r"), "");
  assert.equal(shownText(""), "");
});
