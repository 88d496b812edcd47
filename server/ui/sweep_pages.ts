/**
 * The UI's sweep pages: a project's sweeps (state, method, runs, best metric) and one sweep (its
 * config, a table of its runs with their parameters and metric, the metric against run index, and
 * a parallel-coordinates plot of parameters → metric). The charts are SVG drawn on the server, so
 * they need no script and pass the pages' content security policy.
 *
 * @example
 * ```ts ignore
 * const page = sweepPage(store, user, "alice", "demo", "ab12cd34"); // Html
 * ```
 * @module
 */
import type { Run, Store, SweepRow, User } from "../store/mod.ts";
import { HttpError } from "../http_error.ts";
import { reapLapsed } from "../graphql/sweep_scheduler.ts";
import { parseSweepConfig, runMetric, type SweepConfig, type SweepRunInfo } from "../sweeps/mod.ts";
import { type Html, html } from "./html.ts";
import { flattenConfig, flattenSummary, formatValue } from "./data.ts";
import { checkProject, layout, projectHref, runHref, time } from "./pages.ts";

const enc = encodeURIComponent;

/** The URL path of a sweep's page (W&B's `/<entity>/<project>/sweeps/<id>`). */
export function sweepHref(s: SweepRow): string {
  return `${projectHref(s.entity, s.project)}/sweeps/${enc(s.name)}`;
}

function configOf(s: SweepRow): SweepConfig | undefined {
  try {
    return parseSweepConfig(s.config).config;
  } catch {
    return undefined;
  }
}

function runsOf(store: Store, s: SweepRow): Run[] {
  return store.sweeps.runNames(s).map((n) => store.getRun(s.entity, s.project, n)!).filter(
    Boolean,
  );
}

/** The run's metric as the search scores it (best of history and summary). */
function metricOf(store: Store, config: SweepConfig | undefined, run: Run): number | undefined {
  if (!config?.metric) return undefined;
  const summary = flattenSummary(run.summary, { hidden: true });
  const info: SweepRunInfo = {
    name: run.name,
    state: run.state as SweepRunInfo["state"],
    config: {},
    summaryMetrics: Object.fromEntries(summary),
    history: store.history(run.id, { keys: ["_step", config.metric.name], samples: 10_000 }),
  };
  return runMetric(config, info);
}

/** `GET /:entity/:project/sweeps`: the project's sweeps, newest first. */
export function sweepsPage(store: Store, user: User, entity: string, project: string): Html {
  checkProject(store, user, entity, project);
  const p = store.getProject(entity, project)!;
  const sweeps = store.sweeps.list(p.id, { first: 1000 }).edges.map((e) => e.node);
  const rows = sweeps.map((s) => {
    const config = configOf(s);
    return html`
      <tr data-sweep="${s.name}">
        <td><a href="${sweepHref(s)}">${s.displayName || s.name}</a></td>
        <td><span class="state state-${s.state.toLowerCase()}">${s.state.toLowerCase()}</span></td>
        <td>${s.method}</td>
        <td class="num">${store.sweeps.runCount(s)}</td>
        <td>${config?.metric?.name ?? ""}</td>
        <td class="num">${s.bestLoss === null ? "" : formatValue(s.bestLoss)}</td>
        <td>${time(s.createdAt)}</td>
      </tr>
    `;
  });
  const body = html`<h1>Sweeps of ${entity}/${project}</h1>
${
    sweeps.length === 0 ? html`<p class="empty">No sweeps.</p>` : html`
      <table class="grid" id="sweeps">
        <thead>
          <tr>
            <th>Sweep</th>
            <th>State</th>
            <th>Method</th>
            <th class="num">Runs</th>
            <th>Metric</th>
            <th class="num">Best</th>
            <th>Created</th>
          </tr>
        </thead>
        <tbody>${rows}</tbody>
      </table>
    `
  }`;
  return layout("Sweeps", [
    { text: entity, href: "/" },
    { text: project, href: projectHref(entity, project) },
    { text: "sweeps", href: `${projectHref(entity, project)}/sweeps` },
  ], body);
}

const W = 640;
const H = 260;
const PAD = 40;

/** A linear scale from the values' range onto [a, b] (a flat range maps to the middle). */
function scale(values: number[], a: number, b: number): (v: number) => number {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (!(hi > lo)) return () => (a + b) / 2;
  return (v) => a + ((v - lo) / (hi - lo)) * (b - a);
}

/** The metric of each run against its index (order of creation). */
function metricChart(name: string, points: { i: number; y: number; run: Run }[]): Html {
  if (points.length === 0) {
    return html`<p class="empty" id="metric-chart-empty">No ${name} yet.</p>`;
  }
  const x = scale(points.map((p) => p.i), PAD, W - PAD / 2);
  const ys = points.map((p) => p.y);
  const y = scale(ys, H - PAD, PAD / 2);
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  return html`
    <svg id="metric-chart" class="chart" viewBox="0 0 ${W} ${H}" width="${W}"
      height="${H}"
      role="img" aria-label="${name} by run index">
    <line x1="${PAD}" y1="${H - PAD}" x2="${W - PAD / 2}" y2="${H - PAD}" stroke="#888"/>
    <line x1="${PAD}" y1="${PAD / 2}" x2="${PAD}" y2="${H - PAD}" stroke="#888"/>
    <text x="${PAD}" y="${H - PAD / 2}" font-size="11">run index</text>
    <text x="${PAD + 8}" y="${PAD / 2 + 4}" font-size="11">${name}</text>
    <text x="4" y="${y(hi) + 4}" font-size="10">${formatValue(hi)}</text>
    <text x="4" y="${y(lo) + 4}" font-size="10">${formatValue(lo)}</text>
    ${points.map((p) =>
      html`
        <circle class="point" cx="${x(p.i).toFixed(1)}" cy="${y(p.y).toFixed(1)}" r="4"
          fill="#3b82f6" data-run="${p.run.name}">
          <title>${p.run.displayName || p.run.name}: ${formatValue(p.y)}</title>
        </circle>
      `
    )}
    </svg>
  `;
}

/** Parallel coordinates: one axis per numeric or categorical parameter, then the metric. */
function parallelChart(
  params: string[],
  metric: string,
  rows: { run: Run; values: Map<string, unknown>; y: number }[],
): Html {
  if (rows.length === 0 || params.length === 0) {
    return html`<p class="empty" id="parallel-empty">No runs with a ${metric} yet.</p>`;
  }
  const axes = [...params, metric];
  const ax = scale(axes.map((_, i) => i), PAD, W - PAD);
  const position = new Map<string, (v: unknown) => number>();
  const ticks: { axis: number; y: number; label: string }[] = [];
  params.forEach((name, axis) => {
    const vs = rows.map((r) => r.values.get(name));
    if (vs.every((v) => typeof v === "number")) {
      const nums = vs as number[];
      const s = scale(nums, H - PAD, PAD / 2);
      position.set(name, (v) => s(v as number));
      for (const v of new Set([Math.min(...nums), Math.max(...nums)])) {
        ticks.push({ axis, y: s(v), label: formatValue(v) });
      }
    } else {
      const cats = [...new Set(vs.map((v) => formatValue(v)))].sort();
      const s = scale(cats.map((_, i) => i), H - PAD, PAD / 2);
      position.set(name, (v) => s(cats.indexOf(formatValue(v))));
      cats.forEach((c, i) => ticks.push({ axis, y: s(i), label: c }));
    }
  });
  const ys = rows.map((r) => r.y);
  const my = scale(ys, H - PAD, PAD / 2);
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  for (const v of new Set([lo, hi])) {
    ticks.push({ axis: params.length, y: my(v), label: formatValue(v) });
  }
  const color = (v: number) => {
    const t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
    return `rgb(${Math.round(40 + 200 * t)},${Math.round(90 + 60 * (1 - t))},${
      Math.round(230 - 190 * t)
    })`;
  };
  return html`
    <svg id="parallel-chart" class="chart" viewBox="0 0 ${W} ${H}" width="${W}"
      height="${H}"
      role="img" aria-label="parameters and ${metric}">
    ${axes.map((name, i) =>
      html`
        <line class="axis" x1="${ax(i)}" y1="${PAD / 2}" x2="${ax(i)}" y2="${H - PAD}"
          stroke="#888" />
        <text x="${ax(i) - 20}" y="${H - PAD / 2}" font-size="11">${name}</text>
      `
    )}
    ${ticks.map((t) =>
      html`
        <text class="tick" x="${ax(t.axis) + 4}" y="${t.y.toFixed(1)}" font-size="10"
          fill="#555">${t.label}</text>
      `
    )}
    ${rows.map((r) => {
      const pts = params.map((n, i) =>
        `${ax(i).toFixed(1)},${position.get(n)!(r.values.get(n)).toFixed(1)}`
      );
      pts.push(`${ax(params.length).toFixed(1)},${my(r.y).toFixed(1)}`);
      return html`
        <polyline class="line" points="${pts.join(" ")}" fill="none" stroke="${color(
          r.y,
        )}" stroke-width="2"
          data-run="${r.run.name}">
          <title>${r.run.displayName || r.run.name}: ${formatValue(r.y)}</title>
        </polyline>
      `;
    })}
    </svg>
  `;
}

/**
 * `GET /:entity/:project/sweeps/:sweep`: one sweep. Its agents whose heartbeat is older than
 * `agents.agentTimeoutSeconds` (default 60) are marked lapsed first (sweep_scheduler.ts).
 *
 * @throws {HttpError} 404 when there is no such sweep
 */
export function sweepPage(
  store: Store,
  user: User,
  entity: string,
  project: string,
  name: string,
  agents: { agentTimeoutSeconds?: number; now: () => Date } = { now: () => new Date() },
): Html {
  checkProject(store, user, entity, project);
  const p = store.getProject(entity, project)!;
  const found = store.sweeps.byName(p.id, name);
  if (!found) throw new HttpError(404, "ui/no-sweep", `No sweep "${entity}/${project}/${name}"`);
  // Agents whose heartbeat lapsed lose their runs before the page shows them.
  reapLapsed(store, found, agents);
  const sweep = store.sweeps.byId(found.id)!;
  const config = configOf(sweep);
  const params = Object.keys(config?.parameters ?? {}).sort();
  const metric = config?.metric?.name;
  const runs = runsOf(store, sweep);
  const rows = runs.map((run, i) => ({
    run,
    i,
    values: flattenConfig(run.config),
    y: metricOf(store, config, run),
  }));
  const scored = rows.filter((r): r is typeof r & { y: number } => r.y !== undefined);
  const table = html`
    <table class="grid" id="sweep-runs">
      <thead>
        <tr>
          <th class="num">#</th>
          <th>Run</th>
          <th>State</th>
          ${params.map((n) => html`<th class="param">${n}</th>`)}
          ${metric ? html`<th class="num metric">${metric}</th>` : ""}
        </tr>
      </thead>
      <tbody>${rows.map((r) =>
        html`
          <tr data-run="${r.run.name}">
            <td class="num">${r.i}</td>
            <td><a href="${runHref(r.run)}">${r.run.displayName || r.run.name}</a></td>
            <td><span class="state state-${r.run.state}">${r.run.state}</span></td>
            ${params.map((n) => html`<td class="param">${formatValue(r.values.get(n))}</td>`)}
            ${metric
              ? html`<td class="num metric">${r.y === undefined ? "" : formatValue(r.y)}</td>`
              : ""}
          </tr>
        `
      )}</tbody>
    </table>
  `;
  const body = html`<h1>Sweep ${sweep.displayName || sweep.name}</h1>
<p class="dim" id="sweep-summary"><span class="state state-${sweep.state.toLowerCase()}">${sweep.state.toLowerCase()}</span>
  · ${sweep.method} · ${runs.length} run${runs.length === 1 ? "" : "s"}${
    metric
      ? html`
        · ${config?.metric?.goal ?? "minimize"} <code>${metric}</code>
      `
      : ""
  }${
    sweep.bestLoss === null ? "" : html`
      · best <span id="best">${formatValue(sweep.bestLoss)}</span>
    `
  }
  · id <code>${sweep.name}</code> · created ${time(sweep.createdAt)}</p>
${runs.length === 0 ? html`<p class="empty">No runs yet.</p>` : table}
${
    metric
      ? html`<h2>${metric} by run</h2>${metricChart(metric, scored)}
<h2>Parameters → ${metric}</h2>${parallelChart(params, metric, scored)}`
      : ""
  }
<h2>Config</h2>
<pre id="sweep-config">${sweep.config}</pre>`;
  return layout(`Sweep ${sweep.name}`, [
    { text: entity, href: "/" },
    { text: project, href: projectHref(entity, project) },
    { text: "sweeps", href: `${projectHref(entity, project)}/sweeps` },
    { text: sweep.name },
  ], body);
}
