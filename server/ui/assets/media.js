// The run page's media panels: a step slider shows one frame (images, audio, video, HTML) per
// step; a table's rows (JSON in <script class="table-data">) are paged and sorted by column.
// After setting up, each panel carries data-ready="1".
(function () {
  "use strict";
  for (const panel of document.querySelectorAll(".media-panel")) {
    const slider = panel.querySelector(".step-slider");
    if (slider) {
      const frames = panel.querySelectorAll(".frame");
      const label = panel.querySelector(".step-label");
      slider.addEventListener("input", () => {
        const i = Number(slider.value);
        frames.forEach((f, j) => (f.hidden = j !== i));
        if (label) label.textContent = "step " + frames[i].dataset.step;
        for (const m of panel.querySelectorAll("audio, video")) m.pause();
      });
    }
    const dataEl = panel.querySelector(".table-data");
    if (dataEl) setupTable(panel, JSON.parse(dataEl.textContent || "{}"));
    panel.dataset.ready = "1";
  }

  function text(c) {
    return c === null || typeof c !== "object" ? String(c) : JSON.stringify(c);
  }

  function setupTable(panel, table) {
    const tbody = panel.querySelector("tbody");
    const pager = panel.querySelector(".pager");
    const size = Number(pager.dataset.pageRows) || 20;
    const rows = table.data.slice();
    let page = 0, sortCol = -1, dir = 1;
    function render() {
      const pages = Math.max(1, Math.ceil(rows.length / size));
      page = Math.min(page, pages - 1);
      tbody.replaceChildren(
        ...rows.slice(page * size, (page + 1) * size).map((r) => {
          const tr = document.createElement("tr");
          for (const c of r) {
            const td = document.createElement("td");
            if (c && c._type === "image-file" && typeof c.src === "string") {
              const img = document.createElement("img");
              img.className = "table-image";
              img.src = c.src;
              img.alt = img.title = c.caption == null ? "" : String(c.caption);
              td.append(img);
            } else td.textContent = text(c);
            tr.append(td);
          }
          return tr;
        }),
      );
      pager.replaceChildren();
      if (pages > 1) {
        const prev = button("‹ prev", () => (page--, render()));
        prev.disabled = page === 0;
        const next = button("next ›", () => (page++, render()));
        next.disabled = page >= pages - 1;
        const info = document.createElement("span");
        info.className = "dim page-info";
        info.textContent = ` page ${page + 1} of ${pages} `;
        pager.append(prev, info, next);
      }
      panel.querySelectorAll("th").forEach((th, i) => {
        th.setAttribute("aria-sort", i !== sortCol ? "none" : dir > 0 ? "ascending" : "descending");
      });
    }
    function button(label, onClick) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.addEventListener("click", onClick);
      return b;
    }
    panel.querySelectorAll("th").forEach((th, i) => {
      th.querySelector("button").addEventListener("click", () => {
        dir = sortCol === i ? -dir : 1;
        sortCol = i;
        rows.sort((a, b) => {
          const x = a[i], y = b[i];
          if (typeof x === "number" && typeof y === "number") return (x - y) * dir;
          return text(x).localeCompare(text(y)) * dir;
        });
        page = 0;
        render();
      });
    });
    render();
  }
})();
