import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";

/**
 * Forgets `Idempotency-Key`s older than the retention, a chunk at a time so the delete never holds
 * many row locks against a filing that is claiming a key. A key is honoured for at least the
 * retention and forgotten at the next sweep after it (the IETF Idempotency-Key draft asks servers to
 * publish such an expiry; Stripe's is 24 h). Safe to run from every process at once: the rows a
 * concurrent run already deleted are simply not found again.
 */
export async function pruneIdempotencyKeys(
  db: Db,
  retentionHours: number,
  now: Date,
  chunk = 5_000,
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionHours * 3_600_000);
  let deleted = 0;
  for (;;) {
    const res = await db.execute(sql`
      DELETE FROM ticket_idempotency_keys
       WHERE ctid = ANY (ARRAY(
         SELECT ctid FROM ticket_idempotency_keys
          WHERE created_at < ${cutoff.toISOString()}::timestamptz
          LIMIT ${chunk}
          FOR UPDATE SKIP LOCKED))`);
    deleted += res.rowCount ?? 0;
    if ((res.rowCount ?? 0) < chunk) return deleted;
  }
}
