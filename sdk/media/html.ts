/**
 * `wandb.Html`: an HTML fragment or page, logged as W&B's `html-file`
 * (`media/html/<key>_<step>_<sha>.html`). As the official client, a `<base>` and W&B's stylesheet
 * are injected into the head unless `inject: false`.
 *
 * @example
 * ```ts
 * import { Html } from "./html.ts";
 * console.assert(new Html("<b>hi</b>").html.endsWith("<b>hi</b>"));
 * ```
 * @module
 */
import { addFile, type BindContext, WBValue } from "./media.ts";

const HEAD =
  '<base target="_blank"><link rel="stylesheet" type="text/css" href="https://app.wandb.ai/normalize.css" />';

/** HTML to log. */
export class Html extends WBValue {
  /** W&B's `_type` of the history value. */
  readonly logType = "html-file";
  /** The HTML as it is written (after injection). */
  readonly html: string;

  /** @param html the HTML text */
  /** Creates the value; see the class for the arguments. */
  constructor(html: string, options: { inject?: boolean } = {}) {
    super();
    this.html = options.inject === false ? html : injectHead(html);
  }

  /** Adds this value's files to the batch and returns W&B's JSON for history. */
  bind(ctx: BindContext): Record<string, unknown> {
    const file = addFile(ctx, "html", ".html", new TextEncoder().encode(this.html));
    return { _type: this.logType, ...file };
  }
}

/** The official client's `inject_head`. */
function injectHead(html: string): string {
  let parts: string[];
  if (html.includes("<head>")) {
    const i = html.indexOf("<head>") + 6;
    parts = [html.slice(0, i), html.slice(i)];
  } else if (html.includes("<html>")) {
    const i = html.indexOf("<html>");
    parts = [html.slice(0, i) + "<html><head>", "</head>" + html.slice(i + 6)];
  } else parts = ["", html];
  return (parts[0] + HEAD + parts[1]).trim();
}
