import { and, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { surveys, tickets } from "../db/schema/index.js";
import type { DomainConfig } from "../domain/config.js";
import type { Resolved, Satisfaction } from "../domain/survey-answer.js";
import {
  closureRate,
  countSurveys,
  emptyCounts,
  formatRate,
  surveyRates,
  type SurveyCounts,
  type SurveyRates,
} from "./rates.js";
import { readDayTotals, wholeDays, type DayTotals } from "./day-counts-read.js";
import { readSurveyDayCounts, type SurveyKeyCount } from "./survey-day-counts.js";

const SATISFACTIONS: readonly Satisfaction[] = ["satisfied", "basically", "dissatisfied"];

/**
 * The figures centres are judged by, per unit and period (formulas in src/reports/rates.ts and
 * docs/surveys.md):
 * - survey rates over the surveys of rounds RESOLVED in [from, to), attributed to the unit
 *   snapshotted when the survey was sent; surveys still waiting are reported as `pending` only;
 * - closure rate over tickets RECEIVED in [from, to) (merged and cancelled excluded), closed =
 *   resolved, surveyed or closed now, with the resolution before `to`; attributed to the ticket's
 *   current unit.
 */
export interface RatesQuery {
  from: Date;
  to: Date;
  /** Only these units (null: all). */
  unitIds: string[] | null;
  groupBy: "unit" | "none";
}

/**
 * The daily rollup's totals of [fromDay, toDay) for the query's units, read once for several
 * figures (the dashboard's rates and its daily series): null when the rollup cannot answer.
 */
export interface SharedDayTotals {
  fromDay: string;
  toDay: string;
  totals: DayTotals | null;
}

export interface RatesRow extends SurveyCounts, SurveyRates {
  unitId: string | null;
  unitName: string | null;
  pending: number;
  received: number;
  closed: number;
  closureRate: number | null;
  unreachableByReason: Record<string, number>;
  display: Record<"responseRate" | "resolutionRate" | "satisfactionRate" | "closureRate", string>;
}

export async function computeRates(
  db: Queryable,
  config: DomainConfig,
  q: RatesQuery,
  /** The rollup's totals of exactly these days and units, already read by the caller. */
  shared?: SharedDayTotals,
  /** "surveys": count the survey table even for whole days (the rollup's reference). */
  surveySource: "rollup" | "surveys" = "rollup",
): Promise<{ rows: RatesRow[]; total: RatesRow }> {
  const surveyRows =
    (surveySource === "rollup" ? await surveyCountsOfRollup(db, config, q) : null) ??
    (await surveyCountsOfSurveys(db, q));
  const ticketRows = await receivedAndClosed(db, config, q, shared);
  const acc = new Map<string, Acc>();
  const keyOf = (unitId: string | null) => (q.groupBy === "unit" ? (unitId ?? "") : "*");
  const get = (k: string) => {
    let a = acc.get(k);
    if (!a) acc.set(k, (a = emptyAcc()));
    return a;
  };
  const total = emptyAcc();
  for (const r of surveyRows) for (const a of [get(keyOf(r.unitId)), total]) addSurveys(a, r);
  for (const r of ticketRows)
    for (const a of [get(keyOf(r.unitId)), total]) {
      a.received += r.received;
      a.closed += r.closed;
    }

  const rows = [...acc.entries()]
    .map(([k, a]) => toRow(q.groupBy === "unit" ? k || null : null, a, config))
    .sort((x, y) => (x.unitId ?? "~").localeCompare(y.unitId ?? "~"));
  return { rows: q.groupBy === "unit" ? rows : [], total: toRow(null, total, config) };
}

/**
 * The period's surveys per (unit, status, resolved, satisfaction, reason) from the survey rollup
 * (drizzle/0067_survey_day_counts.sql) when the period is whole local days (every dashboard
 * period): a month is a few hundred rows instead of the month's surveys. Null when it cannot answer.
 */
async function surveyCountsOfRollup(
  db: Queryable,
  config: DomainConfig,
  q: RatesQuery,
): Promise<SurveyKeyCount[] | null> {
  const tz = config.jurisdiction.timezone;
  const days = wholeDays(q.from, q.to, tz);
  return days ? readSurveyDayCounts(db, { ...days, unitIds: q.unitIds, timeZone: tz }) : null;
}

/** The same counted from the surveys (surveys_report_idx): any period, and the rollup's reference. */
export async function surveyCountsOfSurveys(
  db: Queryable,
  q: Pick<RatesQuery, "from" | "to" | "unitIds">,
): Promise<SurveyKeyCount[]> {
  const sWhere: SQL[] = [
    gte(surveys.resolvedAt, q.from),
    lt(surveys.resolvedAt, q.to),
    // Never asked because another reporter's answer had already reopened the round.
    sql`${surveys.unreachableReason} IS DISTINCT FROM 'superseded'`,
  ];
  if (q.unitIds) sWhere.push(q.unitIds.length ? inArray(surveys.unitId, q.unitIds) : sql`false`);
  return db
    .select({
      unitId: surveys.unitId,
      status: surveys.status,
      resolved: surveys.resolved,
      satisfaction: surveys.satisfaction,
      reason: surveys.unreachableReason,
      n: sql<number>`count(*)::int`,
    })
    .from(surveys)
    .where(and(...sWhere))
    .groupBy(
      surveys.unitId,
      surveys.status,
      surveys.resolved,
      surveys.satisfaction,
      surveys.unreachableReason,
    );
}

interface Acc extends SurveyCounts {
  pending: number;
  received: number;
  closed: number;
  unreachableByReason: Record<string, number>;
}

/**
 * Tickets received in [from, to) per current unit and, of those, closed before `to`: from the daily
 * rollup when the period is whole local days (every dashboard period), else from the tickets.
 */
async function receivedAndClosed(
  db: Queryable,
  config: DomainConfig,
  q: RatesQuery,
  shared?: SharedDayTotals,
): Promise<{ unitId: string | null; received: number; closed: number }[]> {
  const tz = config.jurisdiction.timezone;
  const days = wholeDays(q.from, q.to, tz);
  if (!days) return receivedAndClosedOfTickets(db, q);
  const totals =
    shared && shared.fromDay === days.fromDay && shared.toDay === days.toDay
      ? shared.totals
      : await readDayTotals(db, { ...days, unitIds: q.unitIds, timeZone: tz });
  return totals ? totals.units : receivedAndClosedOfTickets(db, q);
}

/** The same counted from the tickets (tickets_report_idx): any period, and the rollup's reference. */
export async function receivedAndClosedOfTickets(
  db: Queryable,
  q: Pick<RatesQuery, "from" | "to" | "unitIds">,
): Promise<{ unitId: string | null; received: number; closed: number }[]> {
  const tWhere: SQL[] = [
    gte(tickets.createdAt, q.from),
    lt(tickets.createdAt, q.to),
    sql`${tickets.status} NOT IN ('merged', 'cancelled')`,
  ];
  if (q.unitIds) tWhere.push(q.unitIds.length ? inArray(tickets.unitId, q.unitIds) : sql`false`);
  return db
    .select({
      unitId: tickets.unitId,
      received: sql<number>`count(*)::int`,
      closed: sql<number>`(count(*) FILTER (WHERE ${tickets.status} IN ('resolved', 'surveyed', 'closed') AND coalesce(${tickets.resolvedAt}, ${tickets.closedAt}, ${tickets.updatedAt}) < ${q.to.toISOString()}::timestamptz))::int`,
    })
    .from(tickets)
    .where(and(...tWhere))
    .groupBy(tickets.unitId);
}

function emptyAcc(): Acc {
  return { ...emptyCounts(), pending: 0, received: 0, closed: 0, unreachableByReason: {} };
}

function addSurveys(
  a: Acc,
  r: {
    status: string;
    resolved: string | null;
    satisfaction: string | null;
    reason: string | null;
    n: number;
  },
): void {
  if (r.status !== "answered" && r.status !== "unreachable") {
    a.pending += r.n;
    return;
  }
  countSurveys(
    a,
    {
      outcome: r.status,
      resolved: r.resolved as Resolved | null,
      satisfaction: SATISFACTIONS.includes(r.satisfaction as Satisfaction)
        ? (r.satisfaction as Satisfaction)
        : null,
    },
    r.n,
  );
  if (r.status === "unreachable") {
    const reason = r.reason ?? "no_answer";
    a.unreachableByReason[reason] = (a.unreachableByReason[reason] ?? 0) + r.n;
  }
}

function toRow(unitId: string | null, a: Acc, config: DomainConfig): RatesRow {
  const rates = surveyRates(a);
  const closure = closureRate(a.closed, a.received);
  return {
    unitId,
    unitName: unitId ? (config.units.get(unitId)?.name ?? null) : null,
    ...a,
    ...rates,
    closureRate: closure,
    display: {
      responseRate: formatRate(rates.responseRate),
      resolutionRate: formatRate(rates.resolutionRate),
      satisfactionRate: formatRate(rates.satisfactionRate),
      closureRate: formatRate(closure),
    },
  };
}

/** A unit and everything under it (a street's figures include its communities). */
export function unitWithDescendants(config: DomainConfig, unitId: string): string[] {
  const out = [unitId];
  for (let i = 0; i < out.length; i++)
    for (const u of config.units.values()) if (u.parent === out[i] && !out.includes(u.id)) out.push(u.id);
  return out;
}
