// The printable weekly report (周通报): the same figures as the CSV, laid out for A4 paper.
import { api } from "../api.js";
import { clear, h, pct } from "../dom.js";
import { dailyBars } from "../charts.js";
import { state } from "../state.js";

export async function renderReport(root, params) {
  const date = params.get("date") ?? "";
  const o = await api("/reports/overview", { query: { period: "week", date } });
  const t = o.totals;
  const table = (head, rows) =>
    h(
      "table",
      { class: "compact print-table" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          head.map((x) => h("th", {}, x)),
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
      h("h1", { class: "report-title" }, "群众诉求办理情况周通报"),
      h("p", { class: "report-sub" }, `${o.period.label} · ${state.me.unitName ?? "全区"}`),
      h(
        "p",
        {},
        `本周共受理群众诉求 ${t.received} 件，办结 ${t.closed} 件，办结率 ${pct(t.closureRate)}；` +
          `回访响应率 ${pct(t.responseRate)}，解决率 ${pct(t.resolutionRate)}，满意率 ${pct(t.satisfactionRate)}。` +
          `截至目前，在办工单中超期 ${t.overdue} 件（红灯 ${t.red} 件、黄灯 ${t.yellow} 件）。`,
      ),
      h("h2", {}, "一、每日受理与办结"),
      dailyBars(o.series, { height: 180 }),
      h("h2", {}, "二、单位排名"),
      o.ranking.length
        ? table(
            [
              "排名",
              "单位",
              "受理",
              "办结",
              "办结率",
              "超时",
              "按时率",
              "响应率",
              "解决率",
              "满意率",
              "得分",
            ],
            o.ranking.map((r) => [
              r.rank,
              r.unitName,
              r.received,
              r.closed,
              pct(r.closureRate),
              r.late,
              pct(r.onTimeRate),
              pct(r.responseRate),
              pct(r.resolutionRate),
              pct(r.satisfactionRate),
              r.score?.toFixed(1),
            ]),
          )
        : h("p", {}, "本周无数据。"),
      h("h2", {}, "三、共性问题"),
      o.clusters.length
        ? table(
            ["序号", "社区", "类别", "工单数", "反映人数", "典型诉求"],
            o.clusters.map((c, i) => [
              i + 1,
              c.communityName,
              c.categoryName,
              c.tickets,
              c.reporters,
              c.summaries.join("；"),
            ]),
          )
        : h("p", {}, "本周未发现集中反映的共性问题。"),
      h("p", { class: "report-foot" }, `直通诉求办理平台自动生成 · 统计口径见操作手册`),
    ),
  );
}
