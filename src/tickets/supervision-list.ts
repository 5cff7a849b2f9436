import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { tickets } from "../db/schema/index.js";
import { OPEN_STATUSES } from "../domain/ticket-status.js";

/** Open supervised tickets read to sort by light; a centre with more has bigger problems than order. */
export const SUPERVISION_SCAN = 1000;

/**
 * 督办's candidates: open tickets marked for supervision in the caller's `scope`, oldest first, at
 * most `limit`. Read through their own small index (drizzle/0061_supervision_queue_idx.sql), whose
 * predicate this condition implies: without it PostgreSQL read every open ticket's row to find the
 * few supervised ones (about 1.2 s cold at 1,000,000 tickets, docs/performance.md).
 */
export async function supervisionCandidates(
  db: Queryable,
  scope: SQL[],
  limit = SUPERVISION_SCAN,
): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(and(eq(tickets.supervised, true), inArray(tickets.status, [...OPEN_STATUSES]), ...scope))
    .orderBy(tickets.createdAt)
    .limit(limit);
}
