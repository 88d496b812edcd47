/**
 * A tiny escaping `html` tagged template: every interpolated value is HTML-escaped unless it is
 * markup built by `html` itself or explicitly trusted with `raw()`. Arrays are joined, `null`,
 * `undefined` and `false` render as nothing.
 *
 * @example
 * ```ts
 * import { html } from "./html.ts";
 * const name = "<script>";
 * console.assert(html`<b>${name}</b>`.toString() === "<b>&lt;script&gt;</b>");
 * ```
 * @module
 */

/** Markup that is already safe to emit (built by {@link html} or {@link raw}). */
export class Html {
  /** @param value the trusted markup */
  constructor(readonly value: string) {}
  /** The markup as a string. */
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for use in HTML content or a quoted attribute.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "./html.ts";
 * console.assert(escapeHtml(`a"<&`) === "a&quot;&lt;&amp;");
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Marks a string as trusted markup, emitted unescaped. Never pass user data.
 *
 * @example
 * ```ts
 * import { html, raw } from "./html.ts";
 * console.assert(html`${raw("<br>")}`.toString() === "<br>");
 * ```
 */
export function raw(markup: string): Html {
  return new Html(markup);
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/**
 * Builds markup, escaping every interpolated value that is not {@link Html}.
 *
 * @example
 * ```ts
 * import { html } from "./html.ts";
 * const rows = ["a", "<b>"].map((x) => html`<li>${x}</li>`);
 * console.assert(html`<ul>${rows}</ul>`.toString() === "<ul><li>a</li><li>&lt;b&gt;</li></ul>");
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? "");
  return new Html(out);
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>`, `&` and the line separators
 * U+2028/U+2029 are written as `\uXXXX` escapes, so `</script>` or `<!--` in data cannot end or
 * alter the element. Non-finite numbers become `null`.
 *
 * @example
 * ```ts
 * import { jsonForScript } from "./html.ts";
 * console.assert(jsonForScript({ s: "</script>" }).value === '{"s":"\\u003c/script\\u003e"}');
 * ```
 */
export function jsonForScript(value: unknown): Html {
  const text = JSON.stringify(value) ?? "null";
  return new Html(
    text.replace(
      /[<>&\u2028\u2029]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    ),
  );
}
