// Draws the run page's charts with uPlot (loaded before this script, both deferred). Chart data
// is the JSON array in <script id="chart-data">; element [data-chart=i] gets series i. After
// drawing, each element carries data-points (the plotted, non-null points) and data-drawn="1".
/* global uPlot */
(function () {
  "use strict";
  const dataEl = document.getElementById("chart-data");
  if (!dataEl) return;
  const series = JSON.parse(dataEl.textContent || "[]");
  const colors = ["#1f77b4", "#e4572e", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf"];
  const charts = [];

  function fmt(v) {
    if (v === null || v === undefined) return "–";
    return Math.abs(v) >= 1e5 || (v !== 0 && Math.abs(v) < 1e-3)
      ? v.toExponential(3)
      : String(Number(v.toPrecision(5)));
  }

  function width(el) {
    return Math.max(240, el.clientWidth - 4);
  }

  for (const el of document.querySelectorAll("[data-chart]")) {
    const s = series[Number(el.dataset.chart)];
    if (!s) continue;
    const color = colors[Number(el.dataset.chart) % colors.length];
    const opts = {
      width: width(el),
      height: 200,
      legend: { show: true, live: true },
      cursor: { drag: { x: true, y: false } },
      scales: { x: { time: false } },
      series: [
        { label: s.xLabel, value: (_u, v) => fmt(v) },
        {
          label: s.key,
          stroke: color,
          width: 1.5,
          spanGaps: false,
          value: (_u, v) => fmt(v),
          points: { show: s.x.length <= 60, size: 4, fill: color },
        },
      ],
      axes: [
        { label: s.xLabel, labelSize: 18, size: 36, grid: { stroke: "#eee" } },
        { size: 56, grid: { stroke: "#eee" }, values: (_u, ticks) => ticks.map(fmt) },
      ],
    };
    const chart = new uPlot(opts, [s.x, s.y], el);
    const drawn = chart.data[1].filter((v) => v !== null && v !== undefined).length;
    el.dataset.points = String(drawn);
    el.dataset.drawn = "1";
    charts.push({ el, chart });
  }

  let pending = 0;
  globalThis.addEventListener("resize", () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      for (const { el, chart } of charts) chart.setSize({ width: width(el), height: 200 });
    }, 100);
  });
})();
