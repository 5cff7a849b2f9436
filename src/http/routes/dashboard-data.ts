import { and, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { visibleUnitIds } from "../../auth/scope.js";
import type { TicketRow } from "../../db/repositories/tickets.repository.js";
import { ticketReporters, tickets } from "../../db/schema/index.js";
import {
  formatLocalDate,
  localDate,
  nextDay,
  startOfLocalDay,
  type LocalDate,
} from "../../domain/deadlines.js";
import { formatRate } from "../../domain/rates.js";
import { OPEN_STATUSES } from "../../domain/ticket-status.js";
import type { AppContext } from "../../runtime/context.js";
import { computeRates, type RatesRow } from "../../survey/survey-rates.js";
import type { StaffPrincipal } from "../staff-request.js";
import { lightsOf } from "./console-lights.js";

export type PeriodKind = "week" | "month";

export interface Period {
  kind: PeriodKind;
  from: Date;
  to: Date;
  /** 2026年第47周 (11月16日–11月22日) / 2026年11月 */
  label: string;
  days: string[];
}

/** The week (Monday to Sunday, 周通报) or calendar month (月考评) containing `day`, in the centre's zone. */
export function periodOf(kind: PeriodKind, day: LocalDate, timeZone: string): Period {
  let start: LocalDate;
  let end: LocalDate;
  if (kind === "week") {
    const dow = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay(); // 0 = Sunday
    const back = (dow + 6) % 7;
    const s = new Date(Date.UTC(day.year, day.month - 1, day.day - back));
    start = { year: s.getUTCFullYear(), month: s.getUTCMonth() + 1, day: s.getUTCDate() };
    const e = new Date(Date.UTC(start.year, start.month - 1, start.day + 7));
    end = { year: e.getUTCFullYear(), month: e.getUTCMonth() + 1, day: e.getUTCDate() };
  } else {
    start = { year: day.year, month: day.month, day: 1 };
    end =
      day.month === 12
        ? { year: day.year + 1, month: 1, day: 1 }
        : { year: day.year, month: day.month + 1, day: 1 };
  }
  const days: string[] = [];
  for (let d = start; formatLocalDate(d) < formatLocalDate(end); d = nextDay(d))
    days.push(formatLocalDate(d));
  const last = days[days.length - 1]!;
  const md = (s: string) => `${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日`;
  const label =
    kind === "week"
      ? `${start.year}年第${isoWeek(start)}周（${md(days[0]!)}—${md(last)}）`
      : `${start.year}年${start.month}月`;
  return { kind, from: startOfLocalDay(start, timeZone), to: startOfLocalDay(end, timeZone), label, days };
}

/** ISO-8601 week number: weeks start on Monday, week 1 holds the year's first Thursday. */
function isoWeek(d: LocalDate): number {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7) + 3); // the Thursday of this week
  return 1 + Math.floor((t.getTime() - Date.UTC(t.getUTCFullYear(), 0, 1)) / 604_800_000);
}

export interface UnitRanking {
  rank: number;
  unitId: string;
  unitName: string;
  received: number;
  closed: number;
  closureRate: number | null;
  /** Tickets of the period with a stage finished late or still pending past its deadline. */
  late: number;
  onTimeRate: number | null;
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  /** 0..100: 办结率 40 %, 按时率 30 %, 满意率 30 % (missing rates left out and the weights rescaled). */
  score: number | null;
}

export interface Cluster {
  communityId: string;
  communityName: string;
  category: string;
  categoryName: string;
  tickets: number;
  reporters: number;
  refs: string[];
  summaries: string[];
}

export interface Overview {
  period: { kind: PeriodKind; from: string; to: string; label: string };
  totals: {
    received: number;
    closed: number;
    closureRate: number | null;
    responseRate: number | null;
    resolutionRate: number | null;
    satisfactionRate: number | null;
    satisfactionScore: number | null;
    /** Now, over every open ticket in scope (not only the period's). */
    open: number;
    overdue: number;
    red: number;
    yellow: number;
    late: number;
  };
  display: Record<string, string>;
  series: { day: string; received: number; closed: number }[];
  ranking: UnitRanking[];
  clusters: Cluster[];
}

const WEIGHTS = { closure: 40, onTime: 30, satisfaction: 30 } as const;

export function rankingScore(
  r: Pick<UnitRanking, "closureRate" | "onTimeRate" | "satisfactionRate">,
): number | null {
  const parts: [number | null, number][] = [
    [r.closureRate, WEIGHTS.closure],
    [r.onTimeRate, WEIGHTS.onTime],
    [r.satisfactionRate, WEIGHTS.satisfaction],
  ];
  const present = parts.filter((p): p is [number, number] => p[0] !== null);
  if (!present.length) return null;
  const w = present.reduce((s, p) => s + p[1], 0);
  return Math.round((present.reduce((s, p) => s + p[0] * p[1], 0) / w) * 10000) / 100;
}

/** Everything the dashboard and the weekly report show, limited to what `staff` may see. */
export async function buildOverview(
  ctx: AppContext,
  staff: StaffPrincipal,
  period: Period,
): Promise<Overview> {
  const db = ctx.database.db;
  const visible = visibleUnitIds(ctx.config, staff);
  const scope: SQL[] =
    visible === null ? [] : visible.length ? [inArray(tickets.unitId, visible)] : [sql`false`];
  const tz = ctx.config.jurisdiction.timezone;
  // The whole period even when it is the current one: nothing can be received or resolved later
  // than now, so counting "up to the end of the week" equals counting "up to now".
  const rates = await computeRates(db, ctx.config, {
    from: period.from,
    to: period.to,
    unitIds: visible,
    groupBy: "unit",
  });

  // Tickets received in the period: the daily series, late stages per unit and the clusters.
  const received: TicketRow[] = await db
    .select()
    .from(tickets)
    .where(and(gte(tickets.createdAt, period.from), lt(tickets.createdAt, period.to), ...scope));
  const counted = received.filter((t) => t.status !== "merged" && t.status !== "cancelled");
  const lights = await lightsOf(ctx, db, counted);
  const lateByUnit = new Map<string, number>();
  let late = 0;
  counted.forEach((t, i) => {
    const isLate = lights[i]!.stages.some(
      (s) => s.late && (s.stage === "acceptance" || s.stage === "resolution"),
    );
    if (isLate && t.unitId) lateByUnit.set(t.unitId, (lateByUnit.get(t.unitId) ?? 0) + 1);
    if (isLate) late++;
  });
  const series = period.days.map((day) => ({ day, received: 0, closed: 0 }));
  const byDay = new Map(series.map((s) => [s.day, s]));
  for (const t of counted) {
    const s = byDay.get(formatLocalDate(localDate(t.createdAt, tz)));
    if (s) s.received++;
    if (t.resolvedAt && ["resolved", "surveyed", "closed"].includes(t.status)) {
      const c = byDay.get(formatLocalDate(localDate(t.resolvedAt, tz)));
      if (c) c.closed++;
    }
  }

  // Open tickets now: how many are overdue, red, yellow.
  const open: TicketRow[] = await db
    .select()
    .from(tickets)
    .where(and(inArray(tickets.status, [...OPEN_STATUSES]), ...scope));
  const openLights = await lightsOf(ctx, db, open);

  const ranking = rates.rows
    .filter((r): r is RatesRow & { unitId: string } => r.unitId !== null && r.received + r.surveyed > 0)
    .map((r) => {
      const lateN = lateByUnit.get(r.unitId) ?? 0;
      const onTimeRate = r.received ? Math.max(0, 1 - lateN / r.received) : null;
      const row = {
        rank: 0,
        unitId: r.unitId,
        unitName: r.unitName ?? r.unitId,
        received: r.received,
        closed: r.closed,
        closureRate: r.closureRate,
        late: lateN,
        onTimeRate,
        responseRate: r.responseRate,
        resolutionRate: r.resolutionRate,
        satisfactionRate: r.satisfactionRate,
        score: null as number | null,
      };
      row.score = rankingScore(row);
      return row;
    })
    .sort(
      (a, b) =>
        (b.score ?? -1) - (a.score ?? -1) || b.received - a.received || a.unitId.localeCompare(b.unitId),
    );
  ranking.forEach((r, i) => (r.rank = i + 1));

  const clusters = await buildClusters(ctx, received);
  const total = rates.total;
  return {
    period: {
      kind: period.kind,
      from: period.from.toISOString(),
      to: period.to.toISOString(),
      label: period.label,
    },
    totals: {
      received: total.received,
      closed: total.closed,
      closureRate: total.closureRate,
      responseRate: total.responseRate,
      resolutionRate: total.resolutionRate,
      satisfactionRate: total.satisfactionRate,
      satisfactionScore: total.satisfactionScore,
      open: open.length,
      overdue: openLights.filter((l) => l.overdue.length > 0).length,
      red: openLights.filter((l) => l.light === "red").length,
      yellow: openLights.filter((l) => l.light === "yellow").length,
      late,
    },
    display: {
      closureRate: formatRate(total.closureRate),
      responseRate: formatRate(total.responseRate),
      resolutionRate: formatRate(total.resolutionRate),
      satisfactionRate: formatRate(total.satisfactionRate),
    },
    series,
    ranking,
    clusters,
  };
}

/**
 * 共性问题: tickets of one community and one category in the period, when there are at least two —
 * e.g. thirty households of one compound reporting weak heating. Merged duplicates count: each was
 * somebody's appeal. Reporters counts the people behind them, each once: a merge links the merged
 * ticket's reporters to the kept ticket as well, so counting per ticket would count them twice.
 */
async function buildClusters(ctx: AppContext, rows: TicketRow[]): Promise<Cluster[]> {
  const groups = new Map<string, TicketRow[]>();
  for (const t of rows) {
    if (!t.communityId || t.status === "cancelled") continue;
    const key = `${t.communityId}\u0000${t.category}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const big = [...groups.values()].filter((g) => g.length >= 2);
  const ids = big.flatMap((g) => g.map((t) => t.id));
  const links = ids.length
    ? await ctx.database.db
        .select({ ticketId: ticketReporters.ticketId, residentId: ticketReporters.residentId })
        .from(ticketReporters)
        .where(inArray(ticketReporters.ticketId, ids))
    : [];
  const reportersOf = new Map<string, string[]>();
  for (const l of links) reportersOf.set(l.ticketId, [...(reportersOf.get(l.ticketId) ?? []), l.residentId]);
  // A ticket a dispatcher typed in from a phone call may have no resident row: it is still one person.
  const people = (g: TicketRow[]) =>
    new Set(g.flatMap((t) => reportersOf.get(t.id) ?? [`ticket:${t.id}`])).size;
  const categoryName = (code: string) =>
    ctx.config.taxonomy.categories.find((c) => c.code === code)?.name ?? code;
  return big
    .map((g) => {
      const newest = [...g].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
      return {
        communityId: g[0]!.communityId!,
        communityName: ctx.config.units.get(g[0]!.communityId!)?.name ?? g[0]!.communityId!,
        category: g[0]!.category,
        categoryName: categoryName(g[0]!.category),
        tickets: g.length,
        reporters: people(g),
        refs: newest.slice(0, 5).map((t) => t.ref),
        summaries: [...new Set(newest.map((t) => t.summary))].slice(0, 3),
      };
    })
    .sort((a, b) => b.reporters - a.reporters || b.tickets - a.tickets)
    .slice(0, 10);
}

/** RFC 4180 CSV with a UTF-8 BOM, so Excel (which assumes the ANSI code page otherwise) shows Chinese. */
export function toCsv(rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? "" : String(v);
    // A leading = + - @ would be run as a formula by Excel: prefix a quote (CSV injection).
    const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?%?$/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}

export function weeklyCsv(o: Overview): string {
  const pct = (r: number | null) => formatRate(r);
  const rows: (string | number | null)[][] = [
    ["周通报", o.period.label],
    [],
    ["受理量", "办结量", "办结率", "响应率", "解决率", "满意率", "当前超期", "当前红灯", "当前黄灯"],
    [
      o.totals.received,
      o.totals.closed,
      pct(o.totals.closureRate),
      pct(o.totals.responseRate),
      pct(o.totals.resolutionRate),
      pct(o.totals.satisfactionRate),
      o.totals.overdue,
      o.totals.red,
      o.totals.yellow,
    ],
    [],
    [
      "排名",
      "单位",
      "受理量",
      "办结量",
      "办结率",
      "超时件数",
      "按时率",
      "响应率",
      "解决率",
      "满意率",
      "综合得分",
    ],
    ...o.ranking.map((r) => [
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
      r.score,
    ]),
    [],
    ["共性问题", "社区", "类别", "工单数", "反映人数", "工单编号"],
    ...o.clusters.map((c, i) => [
      i + 1,
      c.communityName,
      c.categoryName,
      c.tickets,
      c.reporters,
      c.refs.join(" "),
    ]),
  ];
  return toCsv(rows);
}

export { localDate };
