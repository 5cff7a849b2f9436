import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { houseNumberTokens } from "../domain/duplicate-score.js";
import { OPEN_STATUSES } from "../domain/ticket-status.js";

const OPEN = sql.join(
  OPEN_STATUSES.map((st) => sql`${st}`),
  sql`, `,
);

/**
 * Fills `tickets.dup_numbers` for open tickets that have none (filed before migration 0058, or
 * whose text changed since): only open tickets are ever duplicate candidates. The numbers need the
 * scorer's text rules, so they are worked out here and not in the migration; a ticket without them
 * is still gated correctly, by the route worker instead of PostgreSQL.
 *
 * Keyset batches by id, one statement each, so a large table is never locked at length. A row is
 * written only while its column is still null and its texts are the ones read (an edit meanwhile
 * leaves it for the next run); its version and `updated_at` stay: the numbers are derived, not an
 * action on the ticket, and a route worker's compare-and-set must not lose to this. Idempotent.
 */
export async function backfillHouseNumbers(
  db: Queryable,
  opts: { batch?: number; maxBatches?: number } = {},
): Promise<{ updated: number; done: boolean }> {
  const batch = opts.batch ?? 2000;
  const maxBatches = opts.maxBatches ?? Number.POSITIVE_INFINITY;
  let after = "00000000-0000-0000-0000-000000000000";
  let updated = 0;
  for (let n = 0; n < maxBatches; n++) {
    const { rows } = await db.execute<{ id: string; summary: string; description: string }>(sql`
      SELECT id, summary, description FROM tickets
       WHERE dup_numbers IS NULL AND status IN (${OPEN}) AND id > ${after}::uuid
       ORDER BY id LIMIT ${batch}`);
    if (rows.length === 0) return { updated, done: true };
    const input = rows.map((r) => ({ ...r, dup_numbers: houseNumberTokens(r.summary, r.description) }));
    const res = await db.execute(sql`
      UPDATE tickets t SET dup_numbers = x.dup_numbers
        FROM jsonb_to_recordset(${JSON.stringify(input)}::jsonb)
          AS x(id uuid, summary text, description text, dup_numbers text[])
       WHERE t.id = x.id AND t.dup_numbers IS NULL AND t.summary = x.summary AND t.description = x.description`);
    updated += res.rowCount ?? 0;
    if (rows.length < batch) return { updated, done: true };
    after = rows[rows.length - 1]!.id;
  }
  return { updated, done: false };
}
