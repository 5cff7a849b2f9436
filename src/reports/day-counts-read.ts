import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { formatLocalDate, localDate, startOfLocalDay } from "../domain/local-time.js";

/** One key of the daily rollup with its count: `closedDay` null = not closed; `unitId` null = none. */
export interface DayCount {
  day: string;
  unitId: string | null;
  closedDay: string | null;
  resolved: boolean;
  n: number;
}

/**
 * The local days [fromDay, toDay) ("YYYY-MM-DD") that [from, to) spans exactly, or null when an end
 * is not a local midnight.
 */
export function wholeDays(from: Date, to: Date, timeZone: string): { fromDay: string; toDay: string } | null {
  const aligned = (d: Date) => startOfLocalDay(localDate(d, timeZone), timeZone).getTime() === d.getTime();
  if (!aligned(from) || !aligned(to)) return null;
  const day = (d: Date) => formatLocalDate(localDate(d, timeZone));
  return { fromDay: day(from), toDay: day(to) };
}

/**
 * The rollup's counts of tickets received on [fromDay, toDay) (local days), limited to `unitIds`
 * (null: all), compacted counts and pending deltas summed. Null when the rollup is not counted in
 * `timeZone` (never built, or the zone changed and start-up has not rebuilt it yet): the caller then
 * reads the tickets.
 */
export async function readDayCounts(
  db: Queryable,
  q: { fromDay: string; toDay: string; unitIds: string[] | null; timeZone: string },
): Promise<DayCount[] | null> {
  if (q.unitIds && !q.unitIds.length) return [];
  // The zone check rides in the same statement (same snapshot as the counts): a rebuild in
  // another zone committing in between cannot mix two countings.
  const r = await db.execute<{
    ok: boolean;
    day: string | null;
    unit_id: string;
    closed_day: string;
    resolved: boolean;
    n: number;
  }>(sql`WITH s AS (SELECT timezone = ${q.timeZone} AS ok FROM report_settings), c AS (${nettedKeys(q)})
    SELECT s.ok, c.day::text AS day, c.unit_id, c.closed_day::text AS closed_day, c.resolved, c.n
    FROM s LEFT JOIN c ON s.ok`);
  if (!r.rows.length || !r.rows[0]!.ok) return null;
  return r.rows
    .filter((x) => x.day !== null)
    .map((x) => ({
      day: x.day!,
      unitId: x.unit_id === "" ? null : x.unit_id,
      closedDay: x.closed_day === "infinity" ? null : x.closed_day,
      resolved: x.resolved,
      n: x.n,
    }));
}

/** What the dashboard shows of the rollup, summed in the database (a few dozen rows, not thousands). */
export interface DayTotals {
  /** Per current unit (null: none): received in [fromDay, toDay) and, of those, closed before toDay. */
  units: { unitId: string | null; received: number; closed: number }[];
  /**
   * Per local day of [fromDay, toDay) that has any: received that day, and resolved that day of the
   * tickets received in the range (still resolved, surveyed or closed).
   */
  days: { day: string; received: number; closed: number }[];
}

/**
 * The same counts as readDayCounts(), summed the way the rates (per unit) and the daily series (per
 * day) sum them, in the same statement: a month of all units is about 2,000 keys, which cost Node
 * more to parse and add up than PostgreSQL to sum. Null when the rollup is not counted in
 * `timeZone`, as readDayCounts().
 */
export async function readDayTotals(
  db: Queryable,
  q: { fromDay: string; toDay: string; unitIds: string[] | null; timeZone: string },
): Promise<DayTotals | null> {
  if (q.unitIds && !q.unitIds.length) return { units: [], days: [] };
  // Keys are netted first, as readDayCounts() returns them; a not-closed key's closed_day is
  // 'infinity', never before toDay.
  const r = await db.execute<{
    ok: boolean;
    kind: "u" | "d" | "c" | null;
    key: string;
    received: number;
    closed: number;
  }>(sql`WITH s AS (SELECT timezone = ${q.timeZone} AS ok FROM report_settings), c AS (${nettedKeys(q)})
    SELECT s.ok, x.kind, x.key, x.received, x.closed
    FROM s LEFT JOIN (
      SELECT 'u' AS kind, unit_id AS key, sum(n)::int AS received,
             coalesce(sum(n) FILTER (WHERE closed_day < ${q.toDay}::date), 0)::int AS closed
        FROM c GROUP BY unit_id
      UNION ALL
      SELECT 'd', day::text, sum(n)::int, 0 FROM c GROUP BY day
      UNION ALL
      SELECT 'c', closed_day::text, 0, sum(n)::int FROM c
       WHERE resolved AND closed_day >= ${q.fromDay}::date AND closed_day < ${q.toDay}::date
       GROUP BY closed_day) x ON s.ok`);
  if (!r.rows.length || !r.rows[0]!.ok) return null;
  const out: DayTotals = { units: [], days: [] };
  const byDay = new Map<string, { day: string; received: number; closed: number }>();
  const dayOf = (day: string) => {
    let d = byDay.get(day);
    if (!d) byDay.set(day, (d = { day, received: 0, closed: 0 }));
    return d;
  };
  for (const x of r.rows) {
    if (x.kind === "u")
      out.units.push({ unitId: x.key === "" ? null : x.key, received: x.received, closed: x.closed });
    else if (x.kind === "d") dayOf(x.key).received += x.received;
    else if (x.kind === "c") dayOf(x.key).closed += x.closed;
  }
  out.days = [...byDay.values()];
  return out;
}

/**
 * The rollup's keys of [fromDay, toDay) for `unitIds` (null: all): compacted counts and pending
 * deltas summed per key, keys that net to zero dropped.
 */
function nettedKeys(q: { fromDay: string; toDay: string; unitIds: string[] | null }) {
  const units = q.unitIds ? sql`AND unit_id = ANY(${`{${q.unitIds.join(",")}}`}::text[])` : sql``;
  const range = sql`day >= ${q.fromDay}::date AND day < ${q.toDay}::date ${units}`;
  return sql`SELECT day, unit_id, closed_day, resolved, sum(n)::int AS n FROM (
      SELECT day, unit_id, closed_day, resolved, n FROM ticket_day_counts WHERE ${range}
      UNION ALL
      SELECT day, unit_id, closed_day, resolved, n FROM ticket_day_deltas WHERE ${range}) u
    GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0`;
}
