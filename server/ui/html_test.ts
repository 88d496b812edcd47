import assert from "node:assert/strict";
import { escapeHtml, Html, html, jsonForScript, raw } from "./html.ts";

Deno.test("html escapes every interpolated value, in text and in attributes", () => {
  const evil = `<script>alert("x")</script>&'`;
  const out = html`<a title="${evil}">${evil}</a>`.toString();
  assert.equal(
    out,
    '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">' +
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</a>",
  );
  assert.ok(!out.includes("<script>"));
});

Deno.test("html nests Html unescaped, joins arrays, drops null/undefined/false, keeps 0", () => {
  const items = ["<a>", "b"].map((x) => html`<li>${x}</li>`);
  assert.equal(
    html`<ul>${items}</ul>${null}${undefined}${false}${0}`.toString(),
    "<ul><li>&lt;a&gt;</li><li>b</li></ul>0",
  );
  assert.equal(html`${raw("<br>")}`.toString(), "<br>");
  assert.ok(html`x` instanceof Html);
  assert.equal(escapeHtml("plain"), "plain");
});

Deno.test("jsonForScript cannot close the script element and round-trips", () => {
  const value = { s: "</script><!-- \u2028 &", n: NaN, arr: [1, 2] };
  const text = jsonForScript(value).toString();
  assert.ok(!/[<>&\u2028\u2029]/.test(text), text);
  assert.deepEqual(JSON.parse(text), { s: "</script><!-- \u2028 &", n: null, arr: [1, 2] });
});
