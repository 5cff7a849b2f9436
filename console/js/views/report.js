// The printable weekly report (周通报): the server lays it out (the same tables as the CSV export);
// this view only prints them.
import { api } from "../api.js";
import { clear, h } from "../dom.js";
import { dailyBars } from "../charts.js";
import { state } from "../state.js";

function table({ columns, rows }) {
  return h(
    "table",
    { class: "compact print-table" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        columns.map((x) => h("th", {}, x)),
      ),
    ),
    h(
      "tbody",
      {},
      rows.map((r) =>
        h(
          "tr",
          {},
          r.map((c) => h("td", {}, c ?? "—")),
        ),
      ),
    ),
  );
}

export async function renderReport(root, params) {
  const date = params.get("date") ?? "";
  const r = await api("/reports/weekly", { query: { date } });
  clear(root).append(
    h(
      "div",
      { class: "report" },
      h(
        "div",
        { class: "no-print report-tools" },
        h("button", { type: "button", class: "primary", onclick: () => window.print() }, "打印"),
        h(
          "a",
          {
            class: "button secondary",
            href: `/api/v1/reports/weekly.csv${date ? `?date=${date}` : ""}`,
            download: true,
          },
          "导出 CSV",
        ),
      ),
      h("h1", { class: "report-title" }, r.title),
      h("p", { class: "report-sub" }, `${r.period.label} · ${state.me.unitName ?? "全区"}`),
      h("p", {}, r.summary),
      h("h2", {}, "一、每日受理与办结"),
      dailyBars(r.series, { height: 180 }),
      h("h2", {}, "二、单位排名"),
      r.ranking.rows.length ? table(r.ranking) : h("p", {}, "本周无数据。"),
      h("h2", {}, "三、共性问题"),
      r.clusters.rows.length ? table(r.clusters) : h("p", {}, "本周未发现集中反映的共性问题。"),
      h("h2", {}, "四、安全确认提问"),
      table(r.safety),
      h("p", { class: "report-foot" }, `直通诉求办理平台自动生成 · 统计口径见操作手册`),
    ),
  );
}
