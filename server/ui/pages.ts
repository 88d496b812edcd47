/**
 * The UI pages, rendered on the server straight from the Store: the user's projects, a
 * project's runs table, one run (config, summary, charts, console output, files), and an error
 * page. Every value goes through the escaping `html` template; chart data travels as JSON in a
 * `<script type="application/json">` element that `/static/ui.js` draws with uPlot.
 *
 * @example
 * ```ts ignore
 * const page = projectsPage(store, user); // Html
 * ```
 * @module
 */
import type { Run, Store, User } from "../store/mod.ts";
import { HttpError } from "../http_error.ts";
import { requireEntity } from "../auth.ts";
import { runArtifactsSection } from "./artifact_pages.ts";
import { resolve, sep as SEP } from "node:path";
import { collectMedia, MAX_TABLE_BYTES, mediaSection } from "./media.ts";
import { Html, html, jsonForScript, raw } from "./html.ts";
import {
  flattenConfig,
  flattenSummary,
  formatValue,
  historySeries,
  type Series,
  systemSeries,
} from "./data.ts";

/** Runs per page of the runs table. */
export const RUNS_PER_PAGE = 100;
/** Console lines shown on a run page (the first ones). */
export const OUTPUT_LINES = 5000;
/** Events rows read for the system-metric charts (the first ones). */
export const EVENT_ROWS = 20000;

const enc = encodeURIComponent;

/** The URL path of a project's runs table. */
export function projectHref(entity: string, project: string): string {
  return `/${enc(entity)}/${enc(project)}`;
}

/** The URL path of a run's page. */
export function runHref(run: Run): string {
  return `${projectHref(run.entity, run.project)}/runs/${enc(run.name)}`;
}

/** A `<time>` element showing an ISO time to the second. */
export function time(iso: string | null | undefined): Html {
  if (!iso) return html``;
  const short = iso.replace("T", " ").replace(/\.\d+Z$|Z$/, "");
  return html`<time datetime="${iso}" title="${iso}">${short}</time>`;
}

function stateBadge(state: string): Html {
  return html`<span class="state state-${state}">${state}</span>`;
}

/**
 * The whole HTML document around a page body.
 *
 * @example
 * ```ts
 * import { html } from "./html.ts";
 * import { layout } from "./pages.ts";
 * const doc = layout("T", [{ text: "home", href: "/" }], html`<p>x</p>`).toString();
 * console.assert(doc.startsWith("<!doctype html>") && doc.includes("<p>x</p>"));
 * ```
 */
export function layout(
  title: string,
  crumbs: { text: string; href?: string }[],
  body: Html,
  head: Html = html``,
): Html {
  const nav = crumbs.map((c, i) =>
    html`${i > 0 ? html`<span class="sep">/</span>` : ""}${
      c.href ? html`<a href="${c.href}">${c.text}</a>` : html`<span>${c.text}</span>`
    }`
  );
  const doc = html`
    <!doctype html>
    <html lang="en">
      <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title} · wandb-ts</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/static/ui.css">
    ${head}
      </head>
      <body>
        <header><a class="brand" href="/">wandb-ts</a><nav>${nav}</nav></header>
        <main>
    ${body}
        </main>
      </body>
    </html>
  `;
  return raw(`${doc.value.trim()}\n`);
}

/**
 * An error page (401, 403, 404, 400 …).
 *
 * @example
 * ```ts
 * import { errorPage } from "./pages.ts";
 * console.assert(errorPage(404, "No <run>").toString().includes("No &lt;run&gt;"));
 * ```
 */
export function errorPage(status: number, message: string): Html {
  return layout(
    `Error ${status}`,
    [{ text: "projects", href: "/" }],
    html`
      <h1>Error ${status}</h1>
      <p class="error">${message}</p>
    `,
  );
}

/**
 * `GET /`: the user's projects with their run count and last update.
 *
 * @example
 * ```ts ignore
 * const page = projectsPage(store, user).toString();
 * ```
 */
export function projectsPage(store: Store, user: User): Html {
  const rows: Html[] = [];
  for (const entity of store.ownedEntities(user.id)) {
    for (const { node: p } of store.listProjects(entity, { first: 10_000 }).edges) {
      const latest = store.listRuns(entity, p.name, { order: "-updated_at", first: 1 }).edges[0];
      rows.push(html`
        <tr>
          <td><a href="${projectHref(entity, p.name)}">${entity}/${p.name}</a></td>
          <td class="num">${store.countRuns(entity, p.name)}</td>
          <td>${time(latest?.node.updatedAt ?? p.createdAt)}</td>
        </tr>
      `);
    }
  }
  const body = rows.length === 0
    ? html`
      <h1>Projects</h1>
      <p class="empty">No projects yet. Log a run with
      <code>wandb.init({ project: "demo" })</code> pointed at this server.</p>
    `
    : html`
      <h1>Projects</h1>
      <table class="grid" id="projects">
        <thead>
          <tr>
            <th>Project</th>
            <th class="num">Runs</th>
            <th>Last updated</th>
          </tr>
        </thead>
        <tbody>${rows}</tbody>
      </table>
    `;
  return layout("Projects", [{ text: user.username, href: "/" }], body);
}

/** Throws 403 unless `user` owns `entity`, 404 when the project is missing. */
export function checkProject(store: Store, user: User, entity: string, project: string): void {
  requireEntity(store, user, entity);
  if (!store.getProject(entity, project)) {
    throw new HttpError(404, "ui/no-project", `No project "${entity}/${project}"`);
  }
}

/** The `?order=` link of a column header: descending first, toggled when already sorted by it. */
function sortHeader(
  label: string,
  field: string,
  current: string,
  base: string,
  cls = "",
): Html {
  const cur = current.replace(/^[+-]/, "");
  const desc = !current.startsWith("+");
  const active = cur === field;
  const next = active && desc ? `+${field}` : `-${field}`;
  const arrow = active ? (desc ? " ▼" : " ▲") : "";
  return html`
    <th class="${cls}"
      data-field="${field}"><a href="${base}?order=${enc(next)}">${label}${arrow}</a></th>
  `;
}

/**
 * `GET /:entity/:project`: the runs table, sorted by `?order=` (a `store.listRuns` order such as
 * `-created_at` or `+summary_metrics.loss`), paged by `?after=`.
 *
 * @example
 * ```ts ignore
 * const page = runsPage(store, user, "alice", "demo", new URL("http://x/alice/demo?order=name"));
 * ```
 */
export function runsPage(
  store: Store,
  user: User,
  entity: string,
  project: string,
  url: URL,
): Html {
  checkProject(store, user, entity, project);
  const order = url.searchParams.get("order") || "-created_at";
  const after = url.searchParams.get("after") || undefined;
  const page = store.listRuns(entity, project, { order, after, first: RUNS_PER_PAGE });
  const runs = page.edges.map((e) => e.node);
  const configs = runs.map((r) => flattenConfig(r.config));
  const summaries = runs.map((r) => flattenSummary(r.summary));
  const configKeys = [...new Set(configs.flatMap((m) => [...m.keys()]))].sort();
  const summaryKeys = [...new Set(summaries.flatMap((m) => [...m.keys()]))].sort();
  const base = projectHref(entity, project);
  const head = html`<tr>
${sortHeader("Name", "display_name", order, base)}${sortHeader("State", "state", order, base)}${
    sortHeader("Created", "created_at", order, base)
  }${configKeys.map((k) => sortHeader(k, `config.${k}`, order, base, "config"))}${
    summaryKeys.map((k) => sortHeader(k, `summary_metrics.${k}`, order, base, "summary"))
  }
</tr>`;
  const body = runs.map((run, i) =>
    html`<tr data-run="${run.name}">
<td><a href="${runHref(run)}">${run.displayName || run.name}</a>${
      run.displayName && run.displayName !== run.name
        ? html`
          <span class="dim">${run.name}</span>
        `
        : ""
    }</td>
<td>${stateBadge(run.state)}</td>
<td>${time(run.createdAt)}</td>
${configKeys.map((k) => html`<td class="config">${formatValue(configs[i]!.get(k))}</td>`)}${
      summaryKeys.map((k) =>
        html`<td class="summary num">${formatValue(summaries[i]!.get(k))}</td>`
      )
    }
</tr>`
  );
  const next = page.pageInfo.hasNextPage && page.pageInfo.endCursor
    ? html`<p><a class="next" href="${base}?order=${enc(order)}&after=${
      enc(page.pageInfo.endCursor)
    }">Next page →</a></p>`
    : "";
  const groups = configKeys.length + summaryKeys.length > 0
    ? html`<tr class="groups"><th colspan="3"></th>${
      configKeys.length ? html`<th class="config" colspan="${configKeys.length}">config</th>` : ""
    }${
      summaryKeys.length
        ? html`<th class="summary" colspan="${summaryKeys.length}">summary</th>`
        : ""
    }</tr>`
    : "";
  const content = html`
    <h1>${entity}/${project}</h1>
    <p
      class="dim">${page.totalCount} run${page.totalCount === 1
        ? ""
        : "s"} · sorted by <code>${order}</code> · <a id="artifacts-link" href="${base}/artifacts">Artifacts</a> · <a id="launch-link" href="${base}/launch">Launch</a></p>
    ${runs.length === 0 ? html`<p class="empty">No runs.</p>` : html`
      <div class="scroll">
        <table class="grid" id="runs">
          <thead>${groups}${head}</thead>
          <tbody>${body}</tbody>
        </table>
      </div>
    `}
    ${next}
  `;
  return layout(`${entity}/${project}`, [
    { text: entity, href: "/" },
    { text: project, href: base },
  ], content);
}

/** A two-column key/value table. */
export function kvTable(id: string, map: Map<string, unknown>): Html {
  if (map.size === 0) return html`<p class="empty">None.</p>`;
  return html`
    <table class="kv" id="${id}">
      <tbody>${[...map].map(([k, v]) =>
        html`
          <tr>
            <th>${k}</th>
            <td>${formatValue(v)}</td>
          </tr>
        `
      )}</tbody>
    </table>
  `;
}

function chartGrid(series: Series[], offset: number): Html {
  return html`<div class="charts">${
    series.map((s, i) =>
      html`
        <figure class="chart" data-chart="${offset + i}" data-metric="${s.key}">
          <figcaption>${s.key}</figcaption>
        </figure>
      `
    )
  }</div>`;
}

/** A stored run file's text (at most MAX_TABLE_BYTES), or undefined; never outside `filesDir`. */
function readRunFile(filesDir: string, parts: string[]): string | undefined {
  const root = resolve(filesDir);
  const full = resolve(root, ...parts);
  if (!full.startsWith(root + SEP)) return undefined;
  try {
    if (Deno.statSync(full).size > MAX_TABLE_BYTES) return undefined;
    return Deno.readTextFileSync(full);
  } catch {
    return undefined;
  }
}

/** A byte count for people (`512 B`, `1.5 KiB`, …); empty for null. */
export function formatBytes(n: number | null): string {
  if (n === null) return "";
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let u = -1;
  do {
    v /= 1024;
    u++;
  } while (v >= 1024 && u < units.length - 1);
  return `${v.toFixed(1)} ${units[u]}`;
}

/**
 * `GET /:entity/:project/runs/:run`: run details, config, summary, one chart per history metric
 * against `_step`, system-metric charts, console output and files.
 *
 * @example
 * ```ts ignore
 * const page = runPage(store, user, "alice", "demo", "abc123");
 * ```
 */
export function runPage(
  store: Store,
  user: User,
  entity: string,
  project: string,
  name: string,
  options: { filesDir?: string } = {},
): Html {
  requireEntity(store, user, entity);
  const run = store.getRun(entity, project, name);
  if (!run) throw new HttpError(404, "ui/no-run", `No run "${entity}/${project}/${name}"`);
  const metrics = historySeries(store.scanHistory(run.id));
  const system = systemSeries(store.events(run.id, { limit: EVENT_ROWS }));
  const output = store.output(run.id, { limit: OUTPUT_LINES });
  const files = store.listFiles(run.id, { first: 10_000 }).edges.map((e) => e.node);
  const alerts = store.alerts(run.id);
  const media = mediaSection(collectMedia(store.scanHistory(run.id)), {
    entity,
    project,
    run: run.name,
    readText: (file) => {
      if (!options.filesDir || !store.getFile(run.id, file)) return undefined;
      return readRunFile(options.filesDir, [entity, project, run.name, ...file.split("/")]);
    },
  });
  const details: [string, Html | string | null][] = [
    ["Run id", run.name],
    ["State", stateBadge(run.state)],
    ["Created", time(run.createdAt)],
    ["Updated", time(run.updatedAt)],
    ["Heartbeat", time(run.heartbeatAt)],
    ["Host", run.host],
    ["Program", run.program],
    ["Group", run.group],
    ["Job type", run.jobType],
    ["Tags", run.tags.length ? run.tags.join(", ") : null],
    ["Notes", run.notes],
    ["Commit", run.commit],
    ["Exit code", run.exitcode === null ? null : String(run.exitcode)],
  ];
  const outputNote = run.logLineCount > output.length
    ? html`<p class="dim">First ${output.length} of ${run.logLineCount} lines.</p>`
    : "";
  // W&B's stop button: the run's SDK reads `stopped` from its next poll or file_stream answer.
  const stop = run.state !== "running"
    ? ""
    : run.stopped
    ? html`<p class="dim" id="stop-requested">Stop requested; the run ends at its next poll.</p>`
    : html`
      <form method="post" action="${runHref(run)}/stop" id="stop">
        <button type="submit">Stop run</button>
      </form>
    `;
  const content = html`
    <h1>${run.displayName || run.name}</h1>
    ${stop}
    <table class="kv" id="details">
      <tbody>${details.filter(([, v]) => v !== null && v !== "").map(([k, v]) =>
        html`
          <tr>
            <th>${k}</th>
            <td>${v}</td>
          </tr>
        `
      )}</tbody>
    </table>
    ${alerts.length
      ? html`
        <section id="alerts-section">
          <h2>Alerts</h2>
          <table class="grid" id="alerts">
            <thead>
              <tr>
                <th>Level</th>
                <th>Title</th>
                <th>Text</th>
                <th>Raised</th>
              </tr>
            </thead>
            <tbody>${alerts.map((a) =>
              html`
                <tr class="alert-${a.severity.toLowerCase()}">
                  <td>${a.severity}</td>
                  <td>${a.title}</td>
                  <td class="text">${a.text}</td>
                  <td>${time(a.createdAt)}</td>
                </tr>
              `
            )}</tbody>
          </table>
        </section>
      `
      : ""}
    <section id="charts-section"><h2>Charts</h2>${metrics.length
      ? chartGrid(metrics, 0)
      : html`<p class="empty">No history yet.</p>`}</section>
    ${media}
    <div class="two">
      <section><h2>Config</h2>${kvTable("config", flattenConfig(run.config))}</section>
      <section><h2>Summary</h2>${kvTable(
        "summary",
        flattenSummary(run.summary, { hidden: true }),
      )}</section>
    </div>
    <section id="system-section"><h2>System</h2>${system.length
      ? chartGrid(system, metrics.length)
      : html`<p class="empty">No system metrics.</p>`}</section>
    <section><h2>Console output</h2>${outputNote}${output.length
      ? html`<pre id="output">${output.map((l) => l.text).join("\n")}</pre>`
      : html`<p class="empty">No output.</p>`}</section>
    ${runArtifactsSection(store, run)}
    <section><h2>Files</h2>${files.length
      ? html`
        <table class="grid" id="files">
          <thead>
            <tr>
              <th>Name</th>
              <th class="num">Size</th>
              <th>Updated</th>
            </tr>
          </thead>
          <tbody>${files.map((f) =>
            html`
              <tr>
                <td>${f.name}</td>
                <td class="num">${formatBytes(f.size)}</td>
                <td>${time(f.updatedAt)}</td>
              </tr>
            `
          )}</tbody>
        </table>
      `
      : html`<p class="empty">No files.</p>`}</section>
    <script type="application/json" id="chart-data">${jsonForScript([
      ...metrics,
      ...system,
    ])}</script>
  `;
  const head = html`<link rel="stylesheet" href="/static/uplot.min.css">
<script src="/static/uplot.min.js" defer></script>
<script src="/static/ui.js" defer></script>
<script src="/static/media.js" defer></script>`;
  return layout(
    run.displayName || run.name,
    [
      { text: entity, href: "/" },
      { text: project, href: projectHref(entity, project) },
      { text: run.name, href: runHref(run) },
    ],
    content,
    head,
  );
}
