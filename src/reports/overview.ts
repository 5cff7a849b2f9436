import { and, gte, inArray, lt } from "drizzle-orm";
import { freeTextPolicy, maskFreeText, ticketNames } from "../auth/free-text-mask.js";
import { ticketScopeSql, visibleUnitIds } from "../auth/scope.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { tickets } from "../db/schema/index.js";
import { formatLocalDate, localDate } from "../domain/local-time.js";
import { formatRate } from "./rates.js";
import { OPEN_STATUSES } from "../domain/ticket-status.js";
import type { AppContext } from "../runtime/context.js";
import { computeRates } from "./compute-rates.js";
import type { Period, PeriodKind } from "./period.js";
import { rankUnits, type UnitRanking } from "./ranking.js";
import { recurringProblems, type Cluster } from "./recurring-problems.js";
import type { StaffPrincipal } from "../auth/staff-principal.js";
import { lightsOf } from "../sla/live-lights.js";

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
  /** Units with fewer tickets received in the period are listed without a rank. */
  rankingMinTickets: number;
  clusters: Cluster[];
}

/** Everything the dashboard and the weekly report show, limited to what `staff` may see. */
export async function buildOverview(
  ctx: AppContext,
  staff: StaffPrincipal,
  period: Period,
): Promise<Overview> {
  const db = ctx.database.db;
  const visible = visibleUnitIds(ctx.config, staff);
  const scope = ticketScopeSql(ctx.config, staff);
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

  const ranking = rankUnits(rates.rows, lateByUnit, ctx.config.jurisdiction.policy.rankingMinTickets);
  const policy = freeTextPolicy(staff, null);
  const clusters = await recurringProblems(db, ctx.config, received, (t) =>
    maskFreeText(t.summary, policy, ticketNames(t)),
  );
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
    rankingMinTickets: ctx.config.jurisdiction.policy.rankingMinTickets,
    clusters,
  };
}
