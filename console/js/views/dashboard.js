// Dashboard (统计分析): figures of the week (周通报) or month (月考评) as charts and tables.
import { api } from "../api.js";
import { clear, h, pct } from "../dom.js";
import { dailyBars, hBars, lightDonut } from "../charts.js";
import { go, state } from "../state.js";

export async function renderDashboard(root, params) {
  const period = params.get("period") === "month" ? "month" : "week";
  const date = params.get("date") ?? "";
  const o = await api("/reports/overview", { query: { period, date } });
  const t = o.totals;

  const controls = h(
    "form",
    { class: "filters no-print" },
    h(
      "label",
      {},
      "周期",
      h(
        "select",
        { name: "period" },
        h("option", { value: "week", selected: period === "week" }, "按周（周通报）"),
        h("option", { value: "month", selected: period === "month" }, "按月（月考评）"),
      ),
    ),
    h("label", {}, "日期", h("input", { type: "date", name: "date", value: date })),
    h("button", { type: "submit", class: "primary" }, "查看"),
    state.me.role !== "unit"
      ? [
          h(
            "a",
            {
              class: "button secondary",
              href: `/api/v1/reports/weekly.csv${date ? `?date=${date}` : ""}`,
              download: true,
            },
            "导出周报 CSV",
          ),
          h("a", { class: "button secondary", href: `#/report${date ? `?date=${date}` : ""}` }, "打印周报"),
        ]
      : null,
  );
  controls.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const f = new FormData(controls);
    const qs = new URLSearchParams({ period: String(f.get("period")) });
    if (f.get("date")) qs.set("date", String(f.get("date")));
    go(`#/dashboard?${qs}`);
  });

  const kpi = (label, value, cls = "") =>
    h(
      "div",
      { class: `kpi ${cls}` },
      h("div", { class: "kpi-value" }, value),
      h("div", { class: "kpi-label" }, label),
    );
  const kpis = h(
    "div",
    { class: "kpis", id: "kpis" },
    kpi("受理量", t.received),
    kpi("办结量", t.closed),
    kpi("办结率", pct(t.closureRate)),
    kpi("响应率", pct(t.responseRate)),
    kpi("解决率", pct(t.resolutionRate)),
    kpi("满意率", pct(t.satisfactionRate)),
    kpi("当前超期", t.overdue, t.overdue ? "bad" : ""),
    kpi("当前红灯", t.red, t.red ? "bad" : ""),
  );

  const rates = hBars(
    [
      { label: "办结率", value: t.closureRate },
      { label: "响应率", value: t.responseRate },
      { label: "解决率", value: t.resolutionRate },
      { label: "满意率", value: t.satisfactionRate },
    ],
    { max: 1, format: pct, label: "四率", left: 64, w: 400 },
  );

  const ranking = o.ranking.length
    ? [
        hBars(
          o.ranking
            .filter((r) => r.rank !== null)
            .slice(0, 12)
            .map((r) => ({
              label: `${r.rank}. ${r.unitName}`,
              value: r.score,
              cls: r.rank <= 3 ? "bar-good" : "bar-a",
            })),
          { max: 100, format: (v) => v.toFixed(1), label: "单位综合得分排名" },
        ),
        h(
          "table",
          { class: "compact ranking" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["排名", "单位", "受理", "办结", "办结率", "超时", "协办", "满意率", "得分"].map((x) =>
                h("th", {}, x),
              ),
            ),
          ),
          h(
            "tbody",
            {},
            o.ranking.map((r) =>
              h(
                "tr",
                { class: r.rank === null ? "unranked" : null },
                h("td", { class: "nowrap" }, r.rank ?? "样本不足"),
                h("td", {}, r.unitName),
                h("td", { class: "num" }, r.received),
                h("td", { class: "num" }, r.closed),
                h("td", { class: "num" }, pct(r.closureRate)),
                h("td", { class: `num ${r.late ? "bad" : ""}` }, r.late),
                h("td", { class: "num" }, r.assisted ?? 0),
                h("td", { class: "num" }, pct(r.satisfactionRate)),
                h("td", { class: "num" }, r.score === null ? "—" : r.score.toFixed(1)),
              ),
            ),
          ),
        ),
        h(
          "p",
          { class: "hint" },
          `综合得分 = 办结率×40% + 按时率×30% + 满意率×30%（无数据的项不计，权重按比例折算）。本期受理不足${o.rankingMinTickets}件的单位不参与排名，列于表末（样本不足）。超时只计主办单位；协办件数单列，不计入得分。`,
        ),
      ]
    : h("p", { class: "muted" }, "本期暂无数据。");

  const clusters = o.clusters.length
    ? [
        hBars(
          o.clusters.map((c) => ({
            label: `${c.communityName}·${c.categoryName}`,
            value: c.reporters,
            cls: "bar-warn",
          })),
          { format: (v) => `${v}人`, label: "共性问题" },
        ),
        h(
          "table",
          { class: "compact" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["社区", "类别", "工单", "反映人数", "典型诉求"].map((x) => h("th", {}, x)),
            ),
          ),
          h(
            "tbody",
            {},
            o.clusters.map((c) =>
              h(
                "tr",
                {},
                h("td", {}, c.communityName),
                h("td", {}, c.categoryName),
                h("td", { class: "num" }, c.tickets),
                h("td", { class: "num" }, c.reporters),
                h(
                  "td",
                  {},
                  c.summaries.join("；"),
                  " ",
                  c.refs
                    .slice(0, 3)
                    .map((r) => [h("a", { href: `#/ticket/${r}`, class: "ref small" }, r), " "]),
                ),
              ),
            ),
          ),
        ),
      ]
    : h("p", { class: "muted" }, "本期未发现同一社区同类问题的集中反映。");

  clear(root).append(
    h("h2", {}, `统计分析 · ${o.period.label}`),
    controls,
    kpis,
    h(
      "div",
      { class: "chart-grid" },
      h("section", { class: "card" }, h("h3", {}, "每日受理与办结"), dailyBars(o.series)),
      h(
        "section",
        { class: "card" },
        h("h3", {}, "在办工单红黄绿灯"),
        lightDonut({ red: t.red, yellow: t.yellow, green: Math.max(0, t.open - t.red - t.yellow) }),
      ),
      h("section", { class: "card" }, h("h3", {}, "办结率、响应率、解决率、满意率"), rates),
    ),
    h(
      "section",
      { class: "card", id: "ranking" },
      h("h3", {}, period === "week" ? "单位排名（周通报）" : "单位排名（月考评）"),
      ranking,
    ),
    h("section", { class: "card", id: "clusters" }, h("h3", {}, "共性问题（同一社区同类诉求）"), clusters),
    h(
      "section",
      { class: "card", id: "safety" },
      h("h3", {}, "安全确认提问（可能有危险时机器人追问）"),
      safety(o.safety),
    ),
  );
}

/** How the safety question fared: asked, and what residents answered (docs/intake.md). */
function safety(s) {
  if (!s.asked) return h("p", { class: "muted" }, "本期没有工单经过安全确认提问。");
  const rows = [
    ["答“有”，转为紧急事项", s.yes],
    ["答“没有”", s.no],
    ["其他回答（如补充地点）", s.other],
    ["未回复，按加急登记", s.unanswered],
  ];
  return h(
    "table",
    { class: "compact" },
    h("thead", {}, h("tr", {}, h("th", {}, "提问后登记的工单"), h("th", { class: "num" }, s.asked))),
    h(
      "tbody",
      {},
      rows.map(([label, n]) => h("tr", {}, h("td", {}, label), h("td", { class: "num" }, n))),
    ),
  );
}
