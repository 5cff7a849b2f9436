import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";

/**
 * Marks reporter rows written before migration 0051 (or loaded with triggers off): `extra` is false
 * for the first reporter of each ticket and true for the others, as the insert trigger would have
 * set it. Until a row is marked it counts as extra, which only loosens the people bound of recurring
 * problems (src/reports/recurring-problems.ts), never breaks it.
 *
 * Keyset batches of tickets, one short transaction each, so a large table is never locked at length
 * and a crash loses at most the batch in flight. Idempotent, and safe beside filing, merges and
 * another process running it: only unmarked rows are written, and every run ranks a ticket's rows
 * the same way (a row the trigger already marked false comes first). The SLA sweep calls it; `zhitong
 * migrate --rebuild-report-counts` runs it to the end.
 */
export async function backfillReporterExtra(
  db: Db,
  opts: { batch?: number; maxBatches?: number } = {},
): Promise<{ updated: number; done: boolean }> {
  const batch = opts.batch ?? 5000;
  const maxBatches = opts.maxBatches ?? Number.POSITIVE_INFINITY;
  let after = "00000000-0000-0000-0000-000000000000";
  let updated = 0;
  for (let n = 0; n < maxBatches; n++) {
    // One statement: the batch's tickets through the partial index of unmarked rows (empty when done).
    const r = await db.execute<{ last: string | null; tickets: number; updated: number }>(sql`
      WITH batch AS (
        SELECT DISTINCT ticket_id FROM ticket_reporters
         WHERE extra IS NULL AND ticket_id > ${after}::uuid
         ORDER BY ticket_id LIMIT ${batch}),
      ranked AS (
        SELECT r.ticket_id, r.resident_id,
               row_number() OVER (PARTITION BY r.ticket_id
                                  ORDER BY r.extra IS NOT FALSE, r.created_at, r.resident_id) AS rank
          FROM ticket_reporters r JOIN batch b ON b.ticket_id = r.ticket_id),
      marked AS (
        UPDATE ticket_reporters r SET extra = k.rank > 1
          FROM ranked k
         WHERE r.ticket_id = k.ticket_id AND r.resident_id = k.resident_id AND r.extra IS NULL
        RETURNING 1)
      SELECT (SELECT ticket_id FROM batch ORDER BY ticket_id DESC LIMIT 1) AS last, (SELECT count(*)::int FROM batch) AS tickets,
             (SELECT count(*)::int FROM marked) AS updated`);
    const row = r.rows[0]!;
    updated += row.updated;
    if (row.tickets < batch || !row.last) return { updated, done: true };
    after = row.last;
  }
  return { updated, done: false };
}
