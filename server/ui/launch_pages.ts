/**
 * The UI's Launch pages: a project's run queues and launch agents
 * (`GET /:entity/:project/launch`: each queue with its items by state; each agent with its
 * hostname, status, queues, last heartbeat and a Stop button that sets `stopPolling`), and one
 * queue (`GET /:entity/:project/launch/:queue`: its items with state, priority, the run each
 * started, the agent that took it, failures with their stage and message, and warnings).
 *
 * @example
 * ```ts ignore
 * const page = launchPage(store, user, "alice", "model-registry"); // Html
 * ```
 * @module
 */
import type { LaunchAgentRow, RunQueueItemRow, Store, User } from "../store/mod.ts";
import { HttpError } from "../http_error.ts";
import { type Html, html } from "./html.ts";
import { checkProject, layout, projectHref, runHref, time } from "./pages.ts";

const enc = encodeURIComponent;

/** The URL path of a project's Launch page. */
export function launchHref(entity: string, project: string): string {
  return `${projectHref(entity, project)}/launch`;
}

function badge(state: string): Html {
  const s = state.toLowerCase();
  return html`<span class="state state-${s}">${s}</span>`;
}

function agentLabel(agent: LaunchAgentRow | undefined): Html {
  return agent
    ? html`<span class="agent" data-agent="${agent.name}">${agent.name}
      <span class="dim">${agent.hostname}</span></span>`
    : html``;
}

function issueList(issues: RunQueueItemRow["warnings"], cls: string): Html {
  return html`${
    issues.map((w) =>
      html`<div class="${cls}"><span class="stage">${w.stage}</span> ${w.message}${
        w.filePaths.length
          ? html`
            <span class="dim">(${w.filePaths.join(", ")})</span>
          `
          : ""
      }</div>`
    )
  }`;
}

/**
 * `GET /:entity/:project/launch`: the project's queues (item counts by state) and its agents.
 *
 * @example
 * ```ts ignore
 * launchPage(store, user, "alice", "model-registry").toString();
 * ```
 */
export function launchPage(store: Store, user: User, entity: string, project: string): Html {
  checkProject(store, user, entity, project);
  const p = store.getProject(entity, project)!;
  const queues = store.launch.queues(p.id);
  const names = new Map(queues.map((q) => [q.id, q.name]));
  const base = launchHref(entity, project);
  const queueRows = queues.map((q) => {
    const counts = store.launch.stateCounts(q.id);
    return html`
      <tr data-queue="${q.name}">
        <td><a href="${base}/${enc(q.name)}">${q.name}</a></td>
        <td>${q.access.toLowerCase()}</td>
        <td>${q.prioritizationMode === "V0" ? "priority" : "fifo"}</td>
        <td>${[...counts].map(([s, n]) =>
          html`
            ${badge(s)} <span class="count">${n}</span>
          `
        )}</td>
        <td>${time(q.createdAt)}</td>
      </tr>
    `;
  });
  const agents = store.launch.agents(p.id);
  const agentRows = agents.map((a) =>
    html`
      <tr data-agent="${a.name}">
        <td>${a.name}</td>
        <td>${a.hostname}</td>
        <td>${badge(a.status)}${a.stopPolling
          ? html`
            <span class="dim">stop requested</span>
          `
          : ""}</td>
        <td>${a.queueIds.map((id) => names.get(id) ?? `#${id}`).join(", ")}</td>
        <td>${time(a.heartbeatAt)}</td>
        <td>${a.stopPolling || a.status === "KILLED"
          ? ""
          : html`<form method="post" action="${base}/agents/${a.id}/stop">
          <button type="submit" class="stop-agent">Stop</button></form>`}</td>
      </tr>
    `
  );
  const body = html`<h1>Launch · ${entity}/${project}</h1>
<h2>Run queues</h2>
${
    queues.length
      ? html`
        <table class="grid" id="queues">
          <thead>
            <tr>
              <th>Queue</th>
              <th>Access</th>
              <th>Order</th>
              <th>Items</th>
              <th>Created</th>
            </tr>
          </thead>
          <tbody>${queueRows}</tbody>
        </table>
      `
      : html`<p class="empty">No run queues. Enqueue with <code>launchAdd()</code> or
      <code>wandb launch --queue default</code>.</p>`
  }
<h2>Agents</h2>
${
    agents.length
      ? html`
        <table class="grid" id="agents">
          <thead>
            <tr>
              <th>Agent</th>
              <th>Host</th>
              <th>Status</th>
              <th>Queues</th>
              <th>Last heartbeat</th>
              <th></th>
            </tr>
          </thead>
          <tbody>${agentRows}</tbody>
        </table>
      `
      : html`<p class="empty">No launch agents.</p>`
  }`;
  return layout("Launch", [
    { text: entity, href: "/" },
    { text: project, href: projectHref(entity, project) },
    { text: "launch", href: base },
  ], body);
}

/**
 * `GET /:entity/:project/launch/:queue`: one queue's items, oldest first.
 *
 * @throws {HttpError} 404 when there is no such queue
 */
export function queuePage(
  store: Store,
  user: User,
  entity: string,
  project: string,
  queueName: string,
): Html {
  checkProject(store, user, entity, project);
  const p = store.getProject(entity, project)!;
  const q = store.launch.queueByName(p.id, queueName);
  if (!q) {
    throw new HttpError(404, "ui/no-queue", `No run queue "${entity}/${project}/${queueName}"`);
  }
  const agents = new Map(store.launch.agents(p.id).map((a) => [a.id, a]));
  const items = store.launch.items(q.id, { first: 10_000 }).edges.map((e) => e.node);
  const rows = items.map((it) => {
    const run = it.run && store.getRun(it.run.entity, it.run.project, it.run.name);
    const source = it.spec.job ?? (it.spec.docker as { docker_image?: string } | undefined)
      ?.docker_image ??
      it.spec.uri ?? "";
    return html`
      <tr data-item="${it.id}" data-state="${it.state}">
        <td class="num">${it.id}</td>
        <td>${badge(it.state)}</td>
        <td class="num">${it.priority}</td>
        <td><code>${String(source)}</code></td>
        <td class="run">${run
          ? html`<a href="${runHref(run)}">${run.displayName || run.name}</a>`
          : it.run
          ? html`<span class="dim">${it.run.name}</span>`
          : ""}</td>
        <td>${agentLabel(it.agentId === null ? undefined : agents.get(it.agentId))}</td>
        <td class="issues">${it.error ? issueList([it.error], "failure") : ""}${issueList(
          it.warnings,
          "warning",
        )}</td>
        <td>${time(it.createdAt)}</td>
      </tr>
    `;
  });
  const base = launchHref(entity, project);
  const body = html`<h1>Run queue ${q.name}</h1>
<p class="dim">${q.access.toLowerCase()} access · ${
    q.prioritizationMode === "V0" ? "by priority (0 highest), then oldest first" : "oldest first"
  } · created by ${q.createdBy ?? "?"}</p>
${
    items.length
      ? html`
        <table class="grid" id="items">
          <thead>
            <tr>
              <th class="num">Item</th>
              <th>State</th>
              <th class="num">Priority</th>
              <th>Source</th>
              <th>Run</th>
              <th>Agent</th>
              <th>Failure / warnings</th>
              <th>Queued</th>
            </tr>
          </thead>
          <tbody>${rows}</tbody>
        </table>
      `
      : html`<p class="empty">The queue is empty.</p>`
  }`;
  return layout(`Queue ${q.name}`, [
    { text: entity, href: "/" },
    { text: project, href: projectHref(entity, project) },
    { text: "launch", href: base },
    { text: q.name, href: `${base}/${enc(q.name)}` },
  ], body);
}

/**
 * `POST /:entity/:project/launch/agents/:agent/stop`: asks the agent to stop (it reads
 * `stopPolling` before its next poll and exits); answers a redirect to the Launch page.
 *
 * @throws {HttpError} 404 when the project has no such agent
 */
export function stopAgent(
  store: Store,
  user: User,
  entity: string,
  project: string,
  agentId: string,
): Response {
  checkProject(store, user, entity, project);
  const p = store.getProject(entity, project)!;
  const a = /^\d+$/.test(agentId) ? store.launch.agent(Number(agentId)) : undefined;
  if (!a || a.projectId !== p.id) {
    throw new HttpError(404, "ui/no-agent", `No launch agent ${agentId} in ${entity}/${project}`);
  }
  store.launch.updateAgent(a.id, { stopPolling: true });
  return new Response(null, { status: 303, headers: { location: launchHref(entity, project) } });
}
