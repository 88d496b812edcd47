/**
 * The run page's media: W&B's media values in history rows (`image-file`, `images/separated`,
 * `histogram`, `table-file`, `audio-file`, `video-file`, `html-file`, as the official client and
 * ours log them) collected per key, and their panels: images, audio, video and HTML per step
 * with a step slider, histograms over time as an SVG heat map, and the latest table (its first
 * page rendered here; `media.js` pages and sorts the rows embedded as JSON). Files are linked
 * by their unsigned storage path, which the browser fetches with the page's Basic credentials.
 *
 * @example
 * ```ts
 * import { collectMedia } from "./media.ts";
 * const m = collectMedia([{ step: 0, row: '{"h":{"_type":"histogram","values":[1],"bins":[0,1]}}' }]);
 * console.assert(m[0]?.key === "h" && m[0].kind === "histogram");
 * ```
 * @module
 */
import { parseValueJson } from "../../proto/value_json.ts";
import { storagePath } from "../storage.ts";
import { type Html, html, jsonForScript, raw } from "./html.ts";

/** The panel kinds. */
export type MediaKind = "images" | "histogram" | "table" | "audio" | "video" | "html";

const KINDS: Record<string, MediaKind> = {
  "image-file": "images",
  "images/separated": "images",
  "histogram": "histogram",
  "table-file": "table",
  "audio-file": "audio",
  "video-file": "video",
  "html-file": "html",
};

/** One media key of a run: its values by step. */
export interface MediaSeries {
  key: string;
  kind: MediaKind;
  steps: number[];
  values: Record<string, unknown>[];
}

/** Steps kept per key (evenly sampled, the last one always kept). */
export const MAX_MEDIA_STEPS = 200;
/** Rows of a table rendered in the page's HTML (the rest are paged in by media.js). */
export const TABLE_PAGE_ROWS = 20;
/** Largest table file read for the page. */
export const MAX_TABLE_BYTES = 4 << 20;

function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Collects the media values of history rows by key (nested keys joined by `.`), sorted. */
export function collectMedia(rows: Iterable<{ step: number; row: string }>): MediaSeries[] {
  const byKey = new Map<string, MediaSeries>();
  const walk = (obj: Record<string, unknown>, prefix: string, step: number) => {
    for (const [k, v] of Object.entries(obj)) {
      if (!isObj(v) || k === "_wandb") continue;
      const key = prefix ? `${prefix}.${k}` : k;
      const type = v._type;
      if (typeof type !== "string") {
        walk(v, key, step);
        continue;
      }
      const kind = KINDS[type];
      if (!kind) continue;
      let s = byKey.get(key);
      if (!s) byKey.set(key, s = { key, kind, steps: [], values: [] });
      s.steps.push(step);
      s.values.push(v);
    }
  };
  for (const { step, row } of rows) {
    if (!row.includes('"_type"')) continue;
    let r: unknown;
    try {
      r = parseValueJson(row);
    } catch {
      continue;
    }
    if (!isObj(r)) continue;
    walk(r, "", typeof r._step === "number" ? r._step : step);
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1)).map(sample);
}

function sample(s: MediaSeries): MediaSeries {
  const n = s.steps.length;
  if (n <= MAX_MEDIA_STEPS) return s;
  const idx = Array.from(
    { length: MAX_MEDIA_STEPS },
    (_, i) => Math.round((i * (n - 1)) / (MAX_MEDIA_STEPS - 1)),
  );
  return { ...s, steps: idx.map((i) => s.steps[i]!), values: idx.map((i) => s.values[i]!) };
}

/** Where the page finds a run's files. */
export interface RunFiles {
  entity: string;
  project: string;
  run: string;
  /** Reads a run file's text (for tables), or undefined when it is not there. */
  readText?: (name: string) => string | undefined;
  /** Reads an entry of a run-table artifact by the value's `artifact_path`. */
  readArtifactEntry?: (artifactPath: string) => ArtifactEntryText | undefined;
}

/** An artifact entry's text and the links to the artifact's entries by path. */
export interface ArtifactEntryText {
  /** The `text` field. */
  text: string;
  /** Download links by entry path. */
  hrefs: Map<string, string>;
}

/** The media panels of a run. */
export function mediaSection(media: MediaSeries[], files: RunFiles): Html {
  if (media.length === 0) return html``;
  const url = (name: unknown) =>
    typeof name === "string" ? storagePath(files.entity, files.project, files.run, name) : "";
  return html`
    <section id="media-section">
      <h2>Media</h2>
      <div class="media">${media.map((m) => {
        switch (m.kind) {
          case "histogram":
            return histogramPanel(m);
          case "table":
            return tablePanel(m, files);
          default:
            return stepPanel(m, url);
        }
      })}</div>
    </section>
  `;
}

function stepPanel(m: MediaSeries, url: (name: unknown) => string): Html {
  const last = m.steps.length - 1;
  return html`
    <figure class="media-panel media-${m.kind}" data-media-key="${m.key}">
      <figcaption>${m.key} <span class="dim step-label">step ${m.steps[last]}</span></figcaption>
      ${m.steps.length > 1
        ? html`
          <input type="range" class="step-slider" min="0" max="${last}" value="${last}"
            aria-label="step of ${m.key}" data-steps="${m.steps.join(",")}">
        `
        : ""}
      <div class="frames">${m.values.map((v, i) =>
        html`<div class="frame" data-step="${m.steps[i]}" ${i === last ? "" : raw("hidden")}>${
          frame(m.kind, v, url, i === last)
        }</div>`
      )}</div>
    </figure>
  `;
}

function frame(
  kind: MediaKind,
  v: Record<string, unknown>,
  url: (name: unknown) => string,
  eager: boolean,
): Html {
  const caption = typeof v.caption === "string" ? html`<p class="caption">${v.caption}</p>` : "";
  const loading = eager ? "eager" : "lazy";
  switch (kind) {
    case "images": {
      if (v._type === "images/separated" && Array.isArray(v.filenames)) {
        const caps = Array.isArray(v.captions) ? v.captions : [];
        return html`<div class="image-row">${
          v.filenames.map((f, i) =>
            html`<div><img class="media-image" src="${url(f)}" loading="${loading}" alt="${
              String(caps[i] ?? "")
            }">${typeof caps[i] === "string" ? html`<p class="caption">${caps[i]}</p>` : ""}</div>`
          )
        }</div>`;
      }
      return html`
        <img class="media-image" src="${url(v.path)}" loading="${loading}" width="${String(
          v.width ?? "",
        )}"
          height="${String(v.height ?? "")}" alt="${String(v.caption ?? "")}">${caption}
      `;
    }
    case "audio":
      return html`<audio controls preload="none" src="${url(v.path)}"></audio>${caption}`;
    case "video":
      return String(v.path).endsWith(".gif")
        ? html`<img class="media-image" src="${url(v.path)}" loading="${loading}">${caption}`
        : html`<video controls preload="none" src="${url(v.path)}"></video>${caption}`;
    default:
      return html`<a href="${url(v.path)}" target="_blank" rel="noopener">open HTML</a>`;
  }
}

/** Histograms over time: one row of bins per logged step, darker for higher counts. */
function histogramPanel(m: MediaSeries): Html {
  let lo = Infinity, hi = -Infinity;
  const hs = m.values.map((v) => ({
    values: Array.isArray(v.values) ? (v.values as number[]) : [],
    bins: Array.isArray(v.bins) ? (v.bins as number[]) : [],
  }));
  for (const h of hs) {
    if (h.bins.length < 2) continue;
    lo = Math.min(lo, h.bins[0]!);
    hi = Math.max(hi, h.bins[h.bins.length - 1]!);
  }
  if (!(hi > lo)) hi = lo + 1;
  const W = 400, rowH = Math.max(2, Math.min(12, Math.floor(240 / Math.max(1, hs.length))));
  const H = rowH * hs.length;
  const x = (v: number) => ((v - lo) / (hi - lo)) * W;
  const rects: Html[] = [];
  hs.forEach((h, r) => {
    const max = Math.max(1, ...h.values.filter((c) => Number.isFinite(c)));
    h.values.forEach((c, i) => {
      if (!(c > 0) || h.bins[i + 1] === undefined) return;
      const x0 = x(h.bins[i]!), w = Math.max(0.5, x(h.bins[i + 1]!) - x0);
      rects.push(
        html`
          <rect x="${x0.toFixed(2)}" y="${r * rowH}" width="${w.toFixed(
            2,
          )}" height="${rowH}" fill="#1f77b4"
            fill-opacity="${(0.15 + 0.85 * (c / max)).toFixed(3)}">
            <title>step ${m.steps[r]}: ${c} in [${h.bins[i]}, ${h.bins[i + 1]})</title>
          </rect>
        `,
      );
    });
  });
  return html`
    <figure class="media-panel media-histogram" data-media-key="${m.key}" data-steps="${m.steps
      .length}">
      <figcaption>${m.key} <span class="dim">steps ${m.steps[0]}–${m
        .steps[m.steps.length - 1]}, values ${fmt(lo)} to ${fmt(hi)}</span></figcaption>
      <svg class="histogram" viewBox="0 0 ${W} ${H}" width="${W}"
        height="${H}" preserveAspectRatio="none" role="img"
        aria-label="histogram of ${m.key} over steps">${rects}</svg>
    </figure>
  `;
}

/** The table of a run file (`{columns, data}`, Image cells as the string "Image"). */
function runFileTable(last: Record<string, unknown>, files: RunFiles): TableData | undefined {
  const text = typeof last.path === "string" ? files.readText?.(last.path) : undefined;
  try {
    const t = text === undefined ? undefined : JSON.parse(text);
    if (t && Array.isArray(t.columns) && Array.isArray(t.data)) return t;
  } catch { /* shown as not available */ }
  return undefined;
}

/**
 * The table of the run-table artifact the value refers to (`artifact_path`): its Image cells
 * are W&B's `image-file` objects, given a `src` link to the image entry.
 */
function artifactTable(last: Record<string, unknown>, files: RunFiles): TableData | undefined {
  if (typeof last.artifact_path !== "string") return undefined;
  const entry = files.readArtifactEntry?.(last.artifact_path);
  if (!entry) return undefined;
  try {
    const t = JSON.parse(entry.text);
    if (!t || !Array.isArray(t.columns) || !Array.isArray(t.data)) return undefined;
    for (const row of t.data) {
      if (!Array.isArray(row)) return undefined;
      for (const c of row) {
        if (c && typeof c === "object" && c._type === "image-file" && typeof c.path === "string") {
          c.src = entry.hrefs.get(c.path);
        }
      }
    }
    return { columns: t.columns, data: t.data };
  } catch {
    return undefined;
  }
}

/** A table's columns and rows. */
interface TableData {
  columns: unknown[];
  data: unknown[][];
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v);
}

/** The latest logged table: its first page in HTML, all rows as JSON for media.js. */
function tablePanel(m: MediaSeries, files: RunFiles): Html {
  const last = m.values[m.values.length - 1]!;
  const step = m.steps[m.steps.length - 1];
  const table = artifactTable(last, files) ?? runFileTable(last, files);
  const head = html`<figcaption>${m.key} <span class="dim">step ${step}${
    table ? `, ${table.data.length} rows` : ""
  }</span></figcaption>`;
  if (!table) {
    return html`<figure class="media-panel media-table" data-media-key="${m.key}">${head}
      <p class="empty">The table file ${String(last.path ?? "")} has not arrived.</p></figure>`;
  }
  const cell = (c: unknown) => {
    if (c === null || typeof c !== "object") return String(c);
    const img = c as { _type?: unknown; src?: unknown; caption?: unknown };
    if (img._type === "image-file" && typeof img.src === "string") {
      return html`<img class="table-image" src="${img.src}" alt="${
        String(img.caption ?? "")
      }" title="${String(img.caption ?? "")}">`;
    }
    return JSON.stringify(c);
  };
  return html`
    <figure class="media-panel media-table" data-media-key="${m.key}">${head}
      <table class="grid wandb-table">
        <thead><tr>${table.columns.map((c, i) =>
          html`<th data-col="${i}"><button type="button" class="sort">${String(c)}</button></th>`
        )}</tr></thead>
        <tbody>${table.data.slice(0, TABLE_PAGE_ROWS).map((row) =>
          html`<tr>${row.map((c) => html`<td>${cell(c)}</td>`)}</tr>`
        )}</tbody>
      </table>
      <div class="pager" data-page-rows="${TABLE_PAGE_ROWS}"></div>
      <script type="application/json" class="table-data">${jsonForScript(table)}</script>
    </figure>
  `;
}
