import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";

/** Surveys of one (unit, status, resolved, satisfaction, reason) key, as computeRates() adds them up. */
export interface SurveyKeyCount {
  unitId: string | null;
  status: string;
  resolved: string | null;
  satisfaction: string | null;
  reason: string | null;
  n: number;
}

/**
 * The survey rollup's counts (drizzle/0067_survey_day_counts.sql) of rounds resolved on local days
 * [fromDay, toDay), limited to `unitIds` (null: all), summed over the days: compacted counts and
 * pending deltas netted per key, keys that net to zero dropped. The same rows the rates' grouping of
 * the surveys returns. Null when the rollups are not counted in `timeZone` (checked in the same
 * statement, so a rebuild in another zone committing in between cannot mix two countings): the
 * caller then reads the surveys.
 */
export async function readSurveyDayCounts(
  db: Queryable,
  q: { fromDay: string; toDay: string; unitIds: string[] | null; timeZone: string },
): Promise<SurveyKeyCount[] | null> {
  if (q.unitIds && !q.unitIds.length) return [];
  const units = q.unitIds ? sql`AND unit_id = ANY(${`{${q.unitIds.join(",")}}`}::text[])` : sql``;
  const range = sql`day >= ${q.fromDay}::date AND day < ${q.toDay}::date ${units}`;
  const r = await db.execute<{
    ok: boolean;
    unit_id: string | null;
    status: string;
    resolved: string;
    satisfaction: string;
    reason: string;
    n: number;
  }>(sql`WITH s AS (SELECT timezone = ${q.timeZone} AS ok FROM report_settings),
    c AS (SELECT unit_id, status, resolved, satisfaction, reason, sum(n)::int AS n FROM (
        SELECT unit_id, status, resolved, satisfaction, reason, n FROM survey_day_counts WHERE ${range}
        UNION ALL
        SELECT unit_id, status, resolved, satisfaction, reason, n FROM survey_day_deltas WHERE ${range}) u
      GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0)
    SELECT s.ok, c.unit_id, c.status, c.resolved, c.satisfaction, c.reason, c.n
    FROM s LEFT JOIN c ON s.ok`);
  if (!r.rows.length || !r.rows[0]!.ok) return null;
  const orNull = (x: string) => (x === "" ? null : x);
  return r.rows
    .filter((x) => x.unit_id !== null)
    .map((x) => ({
      unitId: orNull(x.unit_id!),
      status: x.status,
      resolved: orNull(x.resolved),
      satisfaction: orNull(x.satisfaction),
      reason: orNull(x.reason),
      n: x.n,
    }));
}
