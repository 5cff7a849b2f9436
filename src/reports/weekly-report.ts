import { toCsv, type Cell } from "./csv.js";
import type { Overview } from "./overview.js";
import { formatRate } from "./rates.js";

export interface ReportTable {
  columns: string[];
  rows: Cell[][];
}

/** The weekly report (周通报) as the server lays it out: the console prints it, the CSV exports it. */
export interface WeeklyReport {
  title: string;
  period: Overview["period"];
  /** The opening paragraph, with every figure in it. */
  summary: string;
  series: Overview["series"];
  totals: ReportTable;
  ranking: ReportTable;
  clusters: ReportTable;
  /** The safety question asked of reports that became tickets, and what residents answered. */
  safety: ReportTable;
}

export function weeklyReport(o: Overview): WeeklyReport {
  const pct = formatRate;
  const t = o.totals;
  return {
    title: "群众诉求办理情况周通报",
    period: o.period,
    summary:
      `本周共受理群众诉求 ${t.received} 件，办结 ${t.closed} 件，办结率 ${pct(t.closureRate)}；` +
      `回访响应率 ${pct(t.responseRate)}，解决率 ${pct(t.resolutionRate)}，满意率 ${pct(t.satisfactionRate)}。` +
      `截至目前，在办工单中超期 ${t.overdue} 件（红灯 ${t.red} 件、黄灯 ${t.yellow} 件）。`,
    series: o.series,
    totals: {
      columns: [
        "受理量",
        "办结量",
        "办结率",
        "响应率",
        "解决率",
        "满意率",
        "当前超期",
        "当前红灯",
        "当前黄灯",
      ],
      rows: [
        [
          t.received,
          t.closed,
          pct(t.closureRate),
          pct(t.responseRate),
          pct(t.resolutionRate),
          pct(t.satisfactionRate),
          t.overdue,
          t.red,
          t.yellow,
        ],
      ],
    },
    ranking: {
      columns: [
        "排名",
        "单位",
        "受理量",
        "办结量",
        "办结率",
        "超时件数",
        "协办件数",
        "按时率",
        "响应率",
        "解决率",
        "满意率",
        "综合得分",
      ],
      rows: o.ranking.map((r) => [
        r.rank ?? "样本不足",
        r.unitName,
        r.received,
        r.closed,
        pct(r.closureRate),
        r.late,
        r.assisted,
        pct(r.onTimeRate),
        pct(r.responseRate),
        pct(r.resolutionRate),
        pct(r.satisfactionRate),
        r.score === null ? null : r.score.toFixed(1),
      ]),
    },
    clusters: {
      columns: ["序号", "社区", "类别", "工单数", "反映人数", "典型诉求", "工单编号"],
      rows: o.clusters.map((c, i) => [
        i + 1,
        c.communityName,
        c.categoryName,
        c.tickets,
        c.reporters,
        c.summaries.join("；"),
        c.refs.join(" "),
      ]),
    },
    safety: {
      columns: ["提问后登记", "答“有”转紧急", "答“没有”", "其他回答", "未回复按加急登记"],
      rows: [[o.safety.asked, o.safety.yes, o.safety.no, o.safety.other, o.safety.unanswered]],
    },
  };
}

export function weeklyCsv(r: WeeklyReport): string {
  const section = (name: string, t: ReportTable): Cell[][] => [[name], t.columns, ...t.rows];
  return toCsv([
    ["周通报", r.period.label],
    [],
    ...section("总体情况", r.totals),
    [],
    ...section("单位排名", r.ranking),
    [],
    ...section("共性问题", r.clusters),
    [],
    ...section("安全确认提问", r.safety),
  ]);
}
