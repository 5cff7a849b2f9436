// Charts as inline SVG built in the page (no library, no network). Colours come from classes in
// app.css so the CSP can forbid inline styles.
import { h, s } from "./dom.js";

/** Grouped vertical bars per day: received and closed. */
export function dailyBars(series, { height = 220 } = {}) {
  const w = Math.max(560, series.length * 36 + 60);
  const top = 16;
  const bottom = 42;
  const left = 36;
  const max = Math.max(1, ...series.map((d) => Math.max(d.received, d.closed)));
  const ticks = niceTicks(max);
  const y = (v) => top + (height - top - bottom) * (1 - v / ticks[ticks.length - 1]);
  const step = (w - left - 8) / series.length;
  const bar = Math.min(14, step / 2.6);
  const svg = s(
    "svg",
    {
      viewBox: `0 0 ${w} ${height}`,
      class: "chart hbars",
      width: w,
      role: "img",
      "aria-label": "每日受理量与办结量",
    },
    ticks.map((t) => [
      s("line", { x1: left, x2: w - 4, y1: y(t), y2: y(t), class: "grid" }),
      s("text", { x: left - 6, y: y(t) + 4, class: "axis", "text-anchor": "end" }, t),
    ]),
    series.map((d, i) => {
      const x = left + i * step + step / 2;
      return s(
        "g",
        {},
        s(
          "rect",
          { x: x - bar - 1, y: y(d.received), width: bar, height: y(0) - y(d.received), class: "bar-a" },
          s("title", {}, `${d.day} 受理 ${d.received}`),
        ),
        s(
          "rect",
          { x: x + 1, y: y(d.closed), width: bar, height: y(0) - y(d.closed), class: "bar-b" },
          s("title", {}, `${d.day} 办结 ${d.closed}`),
        ),
        series.length <= 10 || i % Math.ceil(series.length / 10) === 0
          ? s("text", { x, y: height - bottom + 16, class: "axis", "text-anchor": "middle" }, d.day.slice(5))
          : null,
      );
    }),
  );
  return h(
    "figure",
    { class: "chart-box" },
    svg,
    legend([
      ["bar-a", "受理量"],
      ["bar-b", "办结量"],
    ]),
  );
}

/** Horizontal bars with labels and values, e.g. rates (0..1) or scores (0..100). */
export function hBars(items, { max, format = (v) => v, label = "", left = 150, w = 560 } = {}) {
  const rowH = 28;
  const height = items.length * rowH + 8;
  const top = Math.max(max ?? 0, ...items.map((i) => i.value ?? 0), 1e-9);
  const svg = s(
    "svg",
    // Rendered at most at its natural size: a wide card must not blow the text up.
    { viewBox: `0 0 ${w} ${height}`, class: "chart hbars", width: w, role: "img", "aria-label": label },
    items.map((it, i) => {
      const y = 4 + i * rowH;
      const bw = it.value === null || it.value === undefined ? 0 : ((w - left - 70) * it.value) / top;
      return s(
        "g",
        {},
        s("text", { x: left - 8, y: y + 17, class: "label", "text-anchor": "end" }, clip(it.label, 11)),
        s("rect", { x: left, y: y + 4, width: w - left - 70, height: rowH - 10, class: "track" }),
        s("rect", { x: left, y: y + 4, width: Math.max(0, bw), height: rowH - 10, class: it.cls ?? "bar-a" }),
        s(
          "text",
          { x: left + Math.max(0, bw) + 6, y: y + 17, class: "value" },
          it.value === null || it.value === undefined ? "—" : format(it.value),
        ),
      );
    }),
  );
  return h("figure", { class: "chart-box" }, svg);
}

/** A donut of the lights of open tickets. */
export function lightDonut({ red, yellow, green }) {
  const total = red + yellow + green;
  const r = 52;
  const c = 2 * Math.PI * r;
  let offset = 0;
  const seg = (n, cls) => {
    const len = total ? (c * n) / total : 0;
    const el = s("circle", {
      cx: 70,
      cy: 70,
      r,
      class: `donut ${cls}`,
      "stroke-dasharray": `${len} ${c - len}`,
      "stroke-dashoffset": -offset,
    });
    offset += len;
    return el;
  };
  const svg = s(
    "svg",
    { viewBox: "0 0 140 140", class: "chart donut-chart", role: "img", "aria-label": "在办工单红黄绿灯" },
    s("circle", { cx: 70, cy: 70, r, class: "donut track-ring" }),
    seg(red, "light-red"),
    seg(yellow, "light-yellow"),
    seg(green, "light-green"),
    s("text", { x: 70, y: 68, class: "donut-total", "text-anchor": "middle" }, total),
    s("text", { x: 70, y: 88, class: "axis", "text-anchor": "middle" }, "在办"),
  );
  return h(
    "figure",
    { class: "chart-box donut-box" },
    svg,
    legend([
      ["light-red", `红灯 ${red}`],
      ["light-yellow", `黄灯 ${yellow}`],
      ["light-green", `绿灯 ${green}`],
    ]),
  );
}

function legend(items) {
  return h(
    "figcaption",
    { class: "legend" },
    items.map(([cls, text]) => h("span", {}, h("i", { class: `swatch ${cls}` }), text)),
  );
}

function niceTicks(max) {
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((x) => x >= raw) ?? raw;
  const out = [];
  for (let v = 0; v <= max + step * 0.999; v += step) out.push(Math.round(v));
  if (out[out.length - 1] < max) out.push(out[out.length - 1] + step);
  return out.length > 1 ? out : [0, 1];
}

function clip(text, n) {
  const chars = [...String(text)];
  return chars.length > n ? `${chars.slice(0, n - 1).join("")}…` : String(text);
}
