import { sql } from "drizzle-orm";
import type { Db, Queryable } from "../db/client.js";

/**
 * Upkeep of the daily rollup (drizzle/0041_report_day_counts.sql, docs/history/performance-rounds.md): the trigger
 * on `tickets` appends +1/-1 deltas as tickets change; this module rebuilds the rollup from the
 * tickets and folds the deltas into the compacted counts.
 */

/** The time zone the rollup's days are counted in, or null when it was never built. */
export async function dayCountsTimezone(db: Queryable): Promise<string | null> {
  const r = await db.execute<{ timezone: string }>(sql`SELECT timezone FROM report_settings`);
  return r.rows[0]?.timezone ?? null;
}

/** One rebuild or compaction at a time, across processes (transaction-scoped advisory lock). */
const ROLLUP_LOCK = 7271141;

/**
 * Recounts the rollup from the tickets, in `timeZone`, in one transaction. Ticket writes wait
 * meanwhile (SHARE lock: reads go on), so no change falls between the count and the trigger; about
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
    if (opts.onlyIfStale && (await dayCountsTimezone(tx)) === timeZone) return { rebuilt: false, rows: 0 };
    await tx.execute(sql`LOCK TABLE tickets IN SHARE MODE`);
    await tx.execute(sql`INSERT INTO report_settings (id, timezone, rebuilt_at) VALUES (true, ${timeZone}, now())
      ON CONFLICT (id) DO UPDATE SET timezone = excluded.timezone, rebuilt_at = excluded.rebuilt_at`);
    await tx.execute(sql`DELETE FROM ticket_day_deltas`);
    await tx.execute(sql`DELETE FROM ticket_day_counts`);
    const r = await tx.execute(sql`INSERT INTO ticket_day_counts (day, unit_id, closed_day, resolved, n)
      SELECT d.day, d.unit_id, d.closed_day, d.resolved, count(*)::int
      FROM tickets t, ticket_day_deltas_of(t, ${timeZone}, 1) d
      GROUP BY 1, 2, 3, 4`);
    return { rebuilt: true, rows: r.rowCount ?? 0 };
  });
}

/**
 * Builds the rollup when it was never built or was counted in another time zone (the centre's zone
 * changed in config/jurisdiction.json). Called at start-up; a cheap read otherwise.
 */
export async function ensureDayCounts(db: Db, timeZone: string): Promise<boolean> {
  if ((await dayCountsTimezone(db)) === timeZone) return false;
  return (await rebuildDayCounts(db, timeZone, { onlyIfStale: true })).rebuilt;
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
  for (let i = 0; i < maxBatches; i++) {
    const n = await compactBatch(db, batch);
    folded += Math.max(n, 0);
    if (n < batch) break;
  }
  return { folded };
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
