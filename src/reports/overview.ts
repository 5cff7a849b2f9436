import { and, gte, inArray, isNotNull, lt, sql } from "drizzle-orm";
import { freeTextPolicy, maskFreeText, ticketNames } from "../auth/free-text-mask.js";
import { ticketScopeSql, visibleUnitIds } from "../auth/scope.js";
import type { Queryable } from "../db/client.js";
import { tickets } from "../db/schema/index.js";
import { formatLocalDate, localDate, parseLocalDate, startOfLocalDay } from "../domain/local-time.js";
import { readDayTotals, type DayTotals } from "./day-counts-read.js";
import { formatRate } from "./rates.js";
import type { AppContext } from "../runtime/context.js";
import { computeRates } from "./compute-rates.js";
import type { Period, PeriodKind } from "./period.js";
import { rankUnits, type UnitRanking } from "./ranking.js";
import { recurringProblemsOf, type Cluster } from "./recurring-problems.js";
import { lateTickets } from "./late-tickets.js";
import { safetyQuestions, type SafetyQuestions } from "./safety-questions.js";
import { openLights } from "./open-lights.js";
import type { StaffPrincipal } from "../auth/staff-principal.js";

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
  /** The safety question asked of reports that became tickets in the period, and the answers. */
  safety: SafetyQuestions;
}

/** Everything the dashboard and the weekly report show, limited to what `staff` may see. */
export async function buildOverview(
  ctx: AppContext,
  staff: StaffPrincipal,
  period: Period,
): Promise<Overview> {
  const db = ctx.database.db;
  const visible = visibleUnitIds(ctx.config, staff);
  const scope = ticketScopeSql(ctx.config, staff, { assisting: false });
  const policy = freeTextPolicy(staff, null);
  // Every figure is an aggregate in the database: a busy city's month is a few hundred thousand
  // tickets, too many to load and count here. The whole period even when it is the current one:
  // nothing can be received or resolved later than now, so counting "up to the end of the week"
  // equals counting "up to now".
  //
  // Two connections, not one per part: recurring problems (the longest statement, about half the
  // dashboard's PostgreSQL time) on one, every other part one after another on the other. The
  // machine this was measured on has two cores; with seven parts side by side the backends fought
  // over them and over the same index pages, and the whole cost about a quarter more PostgreSQL CPU
  // than its parts one after another (docs/history/performance-rounds.md, tenth round). The two halves take
  // about as long as each other.
  //
  // The rates' received and closed counts and the daily series are two sums of the same rows of the
  // daily rollup: read once, for both.
  const days = periodDays(ctx, period);
  const [clusters, { rates, series, late, open, assisted, safety }] = await Promise.all([
    dashboardPart(db, (q) =>
      recurringProblemsOf(q, ctx.config, { from: period.from, to: period.to, scope, unitIds: visible }, (t) =>
        maskFreeText(t.summary, policy, ticketNames(t)),
      ),
    ),
    dashboardPart(db, async (q) => {
      const totals = await readDayTotals(q, {
        ...days,
        unitIds: visible,
        timeZone: ctx.config.jurisdiction.timezone,
      });
      const rates = await computeRates(
        q,
        ctx.config,
        { from: period.from, to: period.to, unitIds: visible, groupBy: "unit" },
        { ...days, totals },
      );
      const series = await dailySeries(ctx, period, visible, q, totals);
      const late = await lateTickets(ctx, q, { from: period.from, to: period.to, unitIds: visible });
      const open = await openLights(ctx, visible, q);
      const assisted = await assistedByUnit(ctx, period, visible, q);
      const safety = await safetyQuestions(q, { from: period.from, to: period.to, unitIds: visible });
      return { rates, series, late, open, assisted, safety };
    }),
  ]);
  const ranking = rankUnits(
    rates.rows,
    late.byUnit,
    ctx.config.jurisdiction.policy.rankingMinTickets,
    assisted,
    (id) => ctx.config.units.get(id)?.name ?? id,
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
      ...open,
      late: late.total,
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
    safety,
  };
}

/**
 * Runs one half of the dashboard in a transaction of its own with PostgreSQL's parallel workers
 * and JIT compilation off. The halves already run side by side, one connection each, so the cores
 * are taken; the workers a part's scan would start only compete with the other half and add their
 * start-up and the merging of their results. Measured at 1,000,000 tickets on two cores
 * (docs/history/performance-rounds.md): the month's late count (171 → 98 ms) and the open lights (158 → 68 ms),
 * the two parts PostgreSQL ran in parallel, each alone.
 *
 * JIT: a server built with LLVM (Debian's and the official images' packages; not the embedded
 * one) compiles any statement whose estimated cost passes jit_above_cost (100,000), and the month's
 * recurring problems cost 101,000–116,000 at 1,000,000 tickets: 89 functions compiled on every call,
 * 60–156 ms, for a statement that runs in 60–130 ms without. Nothing here runs long enough to win
 * that back.
 */
async function dashboardPart<T>(
  db: AppContext["database"]["db"],
  part: (q: Queryable) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    // Both settings in one round trip, for this transaction only (SET LOCAL).
    await tx.execute(
      sql`SELECT set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)`,
    );
    return part(tx);
  });
}

/**
 * Per local day of the period: tickets received (merged and cancelled left out) and, of those,
 * resolved that day and still resolved, surveyed or closed; limited to the tickets of `visible`
 * units (null: all). Read from the daily rollup (src/reports/day-counts-read.ts); from the tickets
 * while the rollup is not built in the centre's zone.
 */
export async function dailySeries(
  ctx: AppContext,
  period: Period,
  visible: string[] | null,
  db: Queryable = ctx.database.db,
  /** The rollup's totals of periodDays(period) and `visible`, when the caller already read them. */
  shared?: DayTotals | null,
): Promise<{ day: string; received: number; closed: number }[]> {
  const tz = ctx.config.jurisdiction.timezone;
  const totals =
    shared !== undefined
      ? shared
      : await readDayTotals(db, { ...periodDays(ctx, period), unitIds: visible, timeZone: tz });
  if (!totals) return dailySeriesOfTickets(ctx, period, visible, db);
  const series = period.days.map((d) => ({ day: d, received: 0, closed: 0 }));
  const byDay = new Map(series.map((s) => [s.day, s]));
  for (const t of totals.days) {
    const s = byDay.get(t.day);
    if (s) {
      s.received += t.received;
      s.closed += t.closed;
    }
  }
  return series;
}

/** The local days [fromDay, toDay) a period spans, as the daily rollup is read. */
function periodDays(ctx: AppContext, period: Period): { fromDay: string; toDay: string } {
  const toDay = formatLocalDate(localDate(period.to, ctx.config.jurisdiction.timezone));
  return { fromDay: period.days[0]!, toDay };
}

/** The daily series counted from the tickets: the fallback, and the rollup's reference in tests. */
export async function dailySeriesOfTickets(
  ctx: AppContext,
  period: Period,
  visible: string[] | null,
  db: Queryable = ctx.database.db,
): Promise<{ day: string; received: number; closed: number }[]> {
  const tz = ctx.config.jurisdiction.timezone;
  const scope = visible === null ? [] : visible.length ? [inArray(tickets.unitId, visible)] : [sql`false`];
  const counted = and(
    gte(tickets.createdAt, period.from),
    lt(tickets.createdAt, period.to),
    sql`${tickets.status} NOT IN ('merged', 'cancelled')`,
    ...scope,
  );
  // Each local day's first instant, computed here in the centre's zone: the database places every
  // timestamp by binary search among them (width_bucket) instead of converting it to local time.
  const starts = period.days.map((d) => startOfLocalDay(parseLocalDate(d), tz).toISOString());
  const bounds = sql`${`{${starts.join(",")}}`}::timestamptz[]`;
  const bucket = (col: typeof tickets.createdAt | typeof tickets.resolvedAt) =>
    sql<number>`width_bucket(${col}, ${bounds})`;
  // One pass over the period's tickets: each row's day of receipt and, when it counts as closed,
  // its day of resolution (null otherwise), grouped together.
  const closedDay = sql<number | null>`CASE WHEN ${and(
    isNotNull(tickets.resolvedAt),
    lt(tickets.resolvedAt, period.to),
    inArray(tickets.status, ["resolved", "surveyed", "closed"]),
  )} THEN ${bucket(tickets.resolvedAt)} END`;
  const rows = await db
    .select({ received: bucket(tickets.createdAt), closed: closedDay, n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(counted)
    .groupBy(sql`1`, sql`2`);
  // Bucket k (1-based) is the k-th day; 0 is before the period.
  const series = period.days.map((d) => ({ day: d, received: 0, closed: 0 }));
  for (const r of rows) {
    if (r.received >= 1) series[r.received - 1]!.received += r.n;
    if (r.closed !== null && r.closed >= 1) series[r.closed - 1]!.closed += r.n;
  }
  return series;
}

/**
 * How many tickets received in the period each unit assisted (协办), whoever led them; limited to
 * the units the caller may see (null = all).
 */
async function assistedByUnit(
  ctx: AppContext,
  period: Period,
  visible: string[] | null,
  db: Queryable = ctx.database.db,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ unitId: sql<string>`u.unit_id`, n: sql<number>`count(*)::int` })
    .from(sql`${tickets}, unnest(${tickets.assistUnitIds}) AS u(unit_id)`)
    .where(
      and(
        gte(tickets.createdAt, period.from),
        lt(tickets.createdAt, period.to),
        sql`${tickets.status} NOT IN ('merged', 'cancelled')`,
        // Spelled as the partial index's predicate, so only the few assisted tickets are read.
        sql`${tickets.assistUnitIds} <> '{}'`,
      ),
    )
    .groupBy(sql`u.unit_id`);
  return new Map(
    rows.filter((r) => visible === null || visible.includes(r.unitId)).map((r) => [r.unitId, r.n]),
  );
}
