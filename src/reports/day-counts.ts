import { sql } from "drizzle-orm";
import type { Db, Queryable } from "../db/client.js";
import { lightMarksMissing, rebuildLightMarks } from "./light-marks.js";
import { ROLLUP_LOCK } from "./rollup-lock.js";
import { shareLockTicketsAndSurveys } from "./share-lock-both.js";

/**
 * Upkeep of the reports' two rollups, kept by one trigger on `tickets` that appends +1/-1 deltas as
 * tickets change: the daily rollup of received and closed tickets per unit
 * (drizzle/0041_report_day_counts.sql) and the recurring problems' tickets per community, category
 * and unit (drizzle/0063_report_group_day_counts.sql); and the rates' survey rollup, kept the same
 * way by a trigger on `surveys` (drizzle/0067_survey_day_counts.sql). This module rebuilds them from
 * the tickets and surveys (with the open tickets' light marks, src/reports/light-marks.ts) and
 * folds their deltas into the compacted counts.
 */

/** The time zone the rollup's days are counted in, or null when it was never built. */
export async function dayCountsTimezone(db: Queryable): Promise<string | null> {
  const r = await db.execute<{ timezone: string }>(sql`SELECT timezone FROM report_settings`);
  return r.rows[0]?.timezone ?? null;
}

/**
 * Recounts the rollups (and the open tickets' light marks, src/reports/light-marks.ts) from the
 * tickets and surveys, in `timeZone`, in one transaction. Ticket and survey writes wait meanwhile
 * (SHARE locks, taken so that they cannot deadlock with a writer: src/reports/share-lock-both.ts;
 * reads go on), so no change falls between the count and the trigger; about
 * a second or two per million tickets. Idempotent: run it again at any time. With `onlyIfStale`, does
 * nothing when the rollup is already counted in `timeZone` (checked under the lock, so two processes
 * starting together build it once).
 */
export async function rebuildDayCounts(
  db: Db,
  timeZone: string,
  opts: { onlyIfStale?: boolean } = {},
): Promise<{ rebuilt: boolean; rows: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${ROLLUP_LOCK})`);
    if (opts.onlyIfStale && !(await rollupsStale(tx, timeZone))) return { rebuilt: false, rows: 0 };
    await shareLockTicketsAndSurveys(tx);
    await tx.execute(sql`INSERT INTO report_settings (id, timezone, rebuilt_at) VALUES (true, ${timeZone}, now())
      ON CONFLICT (id) DO UPDATE SET timezone = excluded.timezone, rebuilt_at = excluded.rebuilt_at`);
    await tx.execute(sql`DELETE FROM ticket_day_deltas`);
    await tx.execute(sql`DELETE FROM ticket_day_counts`);
    await tx.execute(sql`DELETE FROM ticket_group_day_deltas`);
    await tx.execute(sql`DELETE FROM ticket_group_day_counts`);
    const r = await tx.execute(sql`INSERT INTO ticket_day_counts (day, unit_id, closed_day, resolved, n)
      SELECT d.day, d.unit_id, d.closed_day, d.resolved, count(*)::int
      FROM tickets t, ticket_day_deltas_of(t, ${timeZone}, 1) d
      GROUP BY 1, 2, 3, 4`);
    const g =
      await tx.execute(sql`INSERT INTO ticket_group_day_counts (day, community_id, category, unit_id, n)
      SELECT d.day, d.community_id, d.category, d.unit_id, count(*)::int
      FROM tickets t, ticket_group_day_deltas_of(t, ${timeZone}, 1) d
      GROUP BY 1, 2, 3, 4`);
    await tx.execute(sql`DELETE FROM survey_day_deltas`);
    await tx.execute(sql`DELETE FROM survey_day_counts`);
    const s =
      await tx.execute(sql`INSERT INTO survey_day_counts (day, unit_id, status, resolved, satisfaction, reason, n)
      SELECT d.day, d.unit_id, d.status, d.resolved, d.satisfaction, d.reason, count(*)::int
      FROM surveys s, survey_day_deltas_of(s, ${timeZone}, 1) d
      GROUP BY 1, 2, 3, 4, 5, 6`);
    const l = await rebuildLightMarks(tx);
    return { rebuilt: true, rows: (r.rowCount ?? 0) + (g.rowCount ?? 0) + (s.rowCount ?? 0) + l };
  });
}

/**
 * Builds the rollups when they were never built, were counted in another time zone (the centre's
 * zone changed in config/jurisdiction.json), or the recurring problems' rollup holds nothing while
 * tickets it counts exist (emptied by hand, or never filled: an existing database right after
 * migration 0063), or the open tickets' light marks (drizzle/0065_open_light_marks.sql) are missing
 * while open tickets exist. Called at start-up and by `zhitong migrate`; three cheap reads otherwise.
 */
export async function ensureDayCounts(db: Db, timeZone: string): Promise<boolean> {
  if (!(await rollupsStale(db, timeZone))) return false;
  return (await rebuildDayCounts(db, timeZone, { onlyIfStale: true })).rebuilt;
}

/** Whether ensureDayCounts() has to rebuild: see there. */
async function rollupsStale(db: Queryable, timeZone: string): Promise<boolean> {
  if ((await dayCountsTimezone(db)) !== timeZone) return true;
  const r = await db.execute<{ empty: boolean }>(sql`SELECT
      NOT EXISTS (SELECT 1 FROM ticket_group_day_counts) AND NOT EXISTS (SELECT 1 FROM ticket_group_day_deltas)
      AND EXISTS (SELECT 1 FROM tickets WHERE community_id IS NOT NULL AND status <> 'cancelled')
      OR NOT EXISTS (SELECT 1 FROM survey_day_counts) AND NOT EXISTS (SELECT 1 FROM survey_day_deltas)
      AND EXISTS (SELECT 1 FROM surveys WHERE unreachable_reason IS DISTINCT FROM 'superseded') AS empty`);
  return r.rows[0]?.empty === true || (await lightMarksMissing(db));
}

/**
 * Folds the pending deltas into the compacted counts, `batch` at a time (at most `maxBatches`), each
 * batch one transaction: the deltas it deletes and the sums it adds commit together, so a crash
 * leaves either both or neither. Concurrent ticket writes keep appending meanwhile (they never touch
 * the counts). Skips at once while another process compacts or rebuilds.
 */
export async function compactDayCounts(
  db: Db,
  opts: { batch?: number; maxBatches?: number } = {},
): Promise<{ folded: number }> {
  const batch = opts.batch ?? 50_000;
  const maxBatches = opts.maxBatches ?? 20;
  let folded = 0;
  for (const fold of [compactBatch, compactGroupBatch, compactSurveyBatch])
    for (let i = 0; i < maxBatches; i++) {
      const n = await fold(db, batch);
      folded += Math.max(n, 0);
      if (n < batch) break;
    }
  return { folded };
}

/** One batch of the recurring problems' rollup, as compactBatch() folds the daily one. */
async function compactGroupBatch(db: Db, batch: number): Promise<number> {
  return db.transaction(async (tx) => {
    const lock = await tx.execute<{ ok: boolean }>(
      sql`SELECT pg_try_advisory_xact_lock(${ROLLUP_LOCK}) AS ok`,
    );
    if (!lock.rows[0]?.ok) return -1;
    const moved = await tx.execute<{
      n: number;
      zero: [string, string, string, string][] | null;
    }>(sql`WITH moved AS (
        DELETE FROM ticket_group_day_deltas
         WHERE id IN (SELECT id FROM ticket_group_day_deltas ORDER BY id LIMIT ${batch})
        RETURNING day, community_id, category, unit_id, n),
      summed AS (
        SELECT day, community_id, category, unit_id, sum(n)::int AS n, count(*) AS rows FROM moved
        GROUP BY 1, 2, 3, 4),
      upserted AS (
        INSERT INTO ticket_group_day_counts (day, community_id, category, unit_id, n)
        SELECT day, community_id, category, unit_id, n FROM summed WHERE n <> 0
        ON CONFLICT (day, community_id, category, unit_id)
        DO UPDATE SET n = ticket_group_day_counts.n + excluded.n
        RETURNING day, community_id, category, unit_id, n)
      SELECT (SELECT coalesce(sum(rows), 0)::int FROM summed) AS n,
        (SELECT json_agg(json_build_array(day, community_id, category, unit_id)) FROM upserted WHERE n = 0) AS zero`);
    // Keys whose tickets all moved on count nothing: dropped so the table stays small. Only the keys
    // this batch brought to zero (the table holds a row per day, group and unit: a year is about
    // 200,000 rows, too many to scan on every sweep).
    const zero = moved.rows[0]?.zero ?? [];
    if (zero.length)
      await tx.execute(sql`DELETE FROM ticket_group_day_counts c
        USING json_to_recordset(${JSON.stringify(zero.map(([day, communityId, category, unitId]) => ({ day, communityId, category, unitId })))}::json)
          AS z(day date, "communityId" text, category text, "unitId" text)
        WHERE c.day = z.day AND c.community_id = z."communityId" AND c.category = z.category
          AND c.unit_id = z."unitId" AND c.n = 0`);
    return moved.rows[0]?.n ?? 0;
  });
}

/** One batch of the survey rollup (drizzle/0067_survey_day_counts.sql), as compactBatch() folds the daily one. */
async function compactSurveyBatch(db: Db, batch: number): Promise<number> {
  return db.transaction(async (tx) => {
    const lock = await tx.execute<{ ok: boolean }>(
      sql`SELECT pg_try_advisory_xact_lock(${ROLLUP_LOCK}) AS ok`,
    );
    if (!lock.rows[0]?.ok) return -1;
    const moved = await tx.execute<{ n: number; zero: unknown[] | null }>(sql`WITH moved AS (
        DELETE FROM survey_day_deltas WHERE id IN (SELECT id FROM survey_day_deltas ORDER BY id LIMIT ${batch})
        RETURNING day, unit_id, status, resolved, satisfaction, reason, n),
      summed AS (
        SELECT day, unit_id, status, resolved, satisfaction, reason, sum(n)::int AS n, count(*) AS rows
        FROM moved GROUP BY 1, 2, 3, 4, 5, 6),
      upserted AS (
        INSERT INTO survey_day_counts (day, unit_id, status, resolved, satisfaction, reason, n)
        SELECT day, unit_id, status, resolved, satisfaction, reason, n FROM summed WHERE n <> 0
        ON CONFLICT (day, unit_id, status, resolved, satisfaction, reason)
        DO UPDATE SET n = survey_day_counts.n + excluded.n
        RETURNING day, unit_id, status, resolved, satisfaction, reason, n)
      SELECT (SELECT coalesce(sum(rows), 0)::int FROM summed) AS n,
        (SELECT json_agg(json_build_object('day', day, 'unit', unit_id, 'status', status,
           'resolved', resolved, 'satisfaction', satisfaction, 'reason', reason))
           FROM upserted WHERE n = 0) AS zero`);
    // A survey's key moves as it is sent and answered: the keys this batch brought to zero count
    // nothing and are dropped so the table stays small (only those: a year is too many rows to scan
    // on every sweep).
    const zero = moved.rows[0]?.zero ?? [];
    if (zero.length)
      await tx.execute(sql`DELETE FROM survey_day_counts c
        USING json_to_recordset(${JSON.stringify(zero)}::json)
          AS z(day date, unit text, status text, resolved text, satisfaction text, reason text)
        WHERE c.day = z.day AND c.unit_id = z.unit AND c.status = z.status AND c.resolved = z.resolved
          AND c.satisfaction = z.satisfaction AND c.reason = z.reason AND c.n = 0`);
    return moved.rows[0]?.n ?? 0;
  });
}

/** One batch; -1 when another process holds the rollup. */
async function compactBatch(db: Db, batch: number): Promise<number> {
  return db.transaction(async (tx) => {
    const lock = await tx.execute<{ ok: boolean }>(
      sql`SELECT pg_try_advisory_xact_lock(${ROLLUP_LOCK}) AS ok`,
    );
    if (!lock.rows[0]?.ok) return -1;
    const moved = await tx.execute<{ n: number }>(sql`WITH moved AS (
        DELETE FROM ticket_day_deltas WHERE id IN (SELECT id FROM ticket_day_deltas ORDER BY id LIMIT ${batch})
        RETURNING day, unit_id, closed_day, resolved, n),
      summed AS (
        SELECT day, unit_id, closed_day, resolved, sum(n)::int AS n, count(*) AS rows FROM moved
        GROUP BY 1, 2, 3, 4),
      upserted AS (
        INSERT INTO ticket_day_counts (day, unit_id, closed_day, resolved, n)
        SELECT day, unit_id, closed_day, resolved, n FROM summed WHERE n <> 0
        ON CONFLICT (day, unit_id, closed_day, resolved) DO UPDATE SET n = ticket_day_counts.n + excluded.n
        RETURNING 1)
      SELECT coalesce(sum(rows), 0)::int AS n FROM summed`);
    // Keys whose tickets all moved on count nothing: dropped so the table stays small.
    await tx.execute(sql`DELETE FROM ticket_day_counts WHERE n = 0`);
    return moved.rows[0]?.n ?? 0;
  });
}
