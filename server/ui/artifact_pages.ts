/**
 * The UI's artifact pages: a project's artifacts (types → collections → versions) and one
 * version (details, metadata, aliases, files with sizes and download links, the run that logged
 * it and the runs that used it), plus the run page's section listing what a run logged and used.
 * Files download through `/artifact-blobs/<md5>` with the page's Basic credentials.
 *
 * @example
 * ```ts ignore
 * const page = artifactsPage(store, user, "alice", "demo"); // Html
 * ```
 * @module
 */
import type { ArtifactRow, Run, Store, User } from "../store/mod.ts";
import { HttpError } from "../http_error.ts";
import { md5Hex } from "../artifact_storage.ts";
import { type Html, html } from "./html.ts";
import { flattenConfig } from "./data.ts";
import { checkProject, formatBytes, kvTable, layout, projectHref, runHref, time } from "./pages.ts";

const enc = encodeURIComponent;

/** The URL path of a version's page. */
export function versionHref(store: Store, a: ArtifactRow): string {
  const coll = store.artifacts.getCollectionById(a.collectionId)!;
  const type = store.artifacts.getTypeById(coll.typeId)!;
  const p = store.query("SELECT entity, name FROM projects WHERE id = ?", coll.projectId)[0]!;
  return `${projectHref(p.entity as string, p.name as string)}/artifacts/${enc(type.name)}/${
    enc(coll.name)
  }/v${a.versionIndex}`;
}

function aliasList(store: Store, a: ArtifactRow): Html {
  const aliases = store.artifacts.aliases(a.id).filter((x) => x.collectionId === a.collectionId);
  return html`${
    aliases.map((x) =>
      html`
        <span class="alias">${x.alias}</span>
      `
    )
  }`;
}

function runLink(run: Run | undefined): Html {
  return run ? html`<a href="${runHref(run)}">${run.displayName || run.name}</a>` : html``;
}

/**
 * `GET /:entity/:project/artifacts`: each artifact type, its collections, and their versions
 * (newest first) with aliases, file count, size and the run that logged them.
 */
export function artifactsPage(store: Store, user: User, entity: string, project: string): Html {
  checkProject(store, user, entity, project);
  const p = store.getProject(entity, project)!;
  const types = store.artifacts.listTypes(p.id, { first: 1000 }).edges.map((e) => e.node);
  const sections = types.map((t) => {
    const colls = store.artifacts.listCollections(p.id, { typeId: t.id, first: 1000 }).edges
      .map((e) => e.node);
    return html`<section class="artifact-type" data-type="${t.name}">
<h2>${t.name}</h2>${
      colls.map((c) => {
        const versions = store.artifacts.listVersions(c.id, { first: 1000 }).edges.map((e) =>
          e.node
        );
        return html`
          <h3>${c.name} <span class="dim">${c.kind.toLowerCase()}</span></h3>
          <table class="grid versions" data-collection="${c.name}">
            <thead>
              <tr>
                <th>Version</th>
                <th>Aliases</th>
                <th class="num">Files</th>
                <th class="num">Size</th>
                <th>Logged by</th>
                <th>Created</th>
              </tr>
            </thead>
            <tbody>${versions.map((a) =>
              html`
                <tr>
                  <td><a href="${versionHref(store, a)}">v${store.artifacts.membershipIndex(
                    c,
                    a,
                  )}</a></td>
                  <td>${aliasList(store, a)}</td>
                  <td class="num">${a.fileCount}</td>
                  <td class="num">${formatBytes(a.size)}</td>
                  <td>${runLink(a.runId === null ? undefined : store.getRunById(a.runId))}</td>
                  <td>${time(a.createdAt)}</td>
                </tr>
              `
            )}</tbody>
          </table>
        `;
      })
    }</section>`;
  });
  const body = html`<h1>Artifacts of ${entity}/${project}</h1>
${types.length ? sections : html`<p class="empty">No artifacts.</p>`}`;
  return layout("Artifacts", [
    { text: entity, href: "/" },
    { text: project, href: projectHref(entity, project) },
    { text: "artifacts", href: `${projectHref(entity, project)}/artifacts` },
  ], body);
}

/**
 * `GET /:entity/:project/artifacts/:type/:collection/:version`: one version (`v<N>` or an alias).
 *
 * @throws {HttpError} 404 when there is no such version
 */
export function versionPage(
  store: Store,
  user: User,
  entity: string,
  project: string,
  typeName: string,
  collection: string,
  version: string,
): Html {
  checkProject(store, user, entity, project);
  const p = store.getProject(entity, project)!;
  const a = store.artifacts.byName(p.id, collection, version);
  const coll = store.artifacts.getCollection(p.id, collection);
  const type = coll && store.artifacts.getTypeById(coll.typeId);
  if (!a || !coll || type?.name !== typeName) {
    throw new HttpError(
      404,
      "ui/no-artifact",
      `No artifact "${entity}/${project}/${collection}:${version}" of type "${typeName}"`,
    );
  }
  const files = store.artifacts.listFiles(a.id, { first: 10_000 }).edges.map((e) => e.node);
  const creator = a.runId === null ? undefined : store.getRunById(a.runId);
  const users = store.artifacts.usedBy(a.id).map((id) => store.getRunById(id))
    .filter((r): r is Run => r !== undefined);
  let metadata = new Map<string, unknown>();
  try {
    metadata = flattenConfig(
      JSON.stringify(
        Object.fromEntries(
          Object.entries(JSON.parse(a.metadata ?? "{}")).map(([k, v]) => [k, { value: v }]),
        ),
      ),
    );
  } catch { /* metadata that is not an object is shown as nothing */ }
  const details: [string, Html | string | null][] = [
    ["Type", type.name],
    ["Version", `v${a.versionIndex}`],
    ["Aliases", aliasList(store, a)],
    ["Tags", store.artifacts.tags(a.id).join(", ") || null],
    ["State", a.state],
    ["Digest", a.digest],
    ["Description", a.description],
    ["Files", String(a.fileCount)],
    ["Size", formatBytes(a.size)],
    ["Created", time(a.createdAt)],
    ["Logged by", creator ? runLink(creator) : null],
  ];
  const body = html`<h1>${collection}:v${a.versionIndex}</h1>
<table class="kv" id="details">${
    details.filter(([, v]) => v !== null && v !== "").map(([k, v]) =>
      html`
        <tr>
          <th>${k}</th>
          <td>${v}</td>
        </tr>
      `
    )
  }</table>
<section><h2>Metadata</h2>${
    metadata.size ? kvTable("metadata", metadata) : html`<p class="empty">No metadata.</p>`
  }</section>
<section><h2>Files</h2>${
    files.length
      ? html`
        <table class="grid" id="artifact-files">
          <thead>
            <tr>
              <th>Name</th>
              <th class="num">Size</th>
              <th>Digest</th>
            </tr>
          </thead>
          <tbody>${files.map((f) => {
            const hex = md5Hex(f.digest);
            return html`
              <tr>
                <td>${hex && !f.ref
                  ? html`<a href="/artifact-blobs/${hex}" download="${
                    f.name.split("/").at(-1)
                  }">${f.name}</a>`
                  : f.ref ?? f.name}</td>
                <td class="num">${formatBytes(f.size)}</td>
                <td><code>${f.digest}</code></td>
              </tr>
            `;
          })}</tbody>
        </table>
      `
      : html`<p class="empty">No files.</p>`
  }</section>
<section><h2>Used by</h2>${
    users.length
      ? html`<ul id="used-by">${users.map((r) => html`<li>${runLink(r)}</li>`)}</ul>`
      : html`<p class="empty">No run used this version.</p>`
  }</section>`;
  return layout(`${collection}:v${a.versionIndex}`, [
    { text: entity, href: "/" },
    { text: project, href: projectHref(entity, project) },
    { text: "artifacts", href: `${projectHref(entity, project)}/artifacts` },
    { text: `${collection}:v${a.versionIndex}` },
  ], body);
}

/** The run page's section: the versions a run logged and the ones it used, linked. */
export function runArtifactsSection(store: Store, run: Run): Html {
  const logged = store.artifacts.listLoggedBy(run.id, { first: 1000 }).edges.map((e) => e.node);
  const used = store.artifacts.listUsedBy(run.id, { first: 1000 }).edges.map((e) => e.node);
  if (logged.length + used.length === 0) return html``;
  const list = (id: string, items: ArtifactRow[]) =>
    html`<ul id="${id}">${
      items.map((a) => {
        const coll = store.artifacts.getCollectionById(a.collectionId)!;
        return html`<li><a href="${
          versionHref(store, a)
        }">${coll.name}:v${a.versionIndex}</a></li>`;
      })
    }</ul>`;
  return html`<section id="artifacts-section"><h2>Artifacts</h2>
${logged.length ? html`<h3>Logged</h3>${list("logged-artifacts", logged)}` : ""}
${used.length ? html`<h3>Used</h3>${list("used-artifacts", used)}` : ""}
</section>`;
}
