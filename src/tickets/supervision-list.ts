import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { tickets, ticketSla } from "../db/schema/index.js";
import { OPEN_STATUSES } from "../domain/ticket-status.js";
import type { AppContext } from "../runtime/context.js";
import { lightOf, type TicketLight } from "../sla/live-lights.js";

/** Open supervised tickets read to sort by light; a centre with more has bigger problems than order. */
export const SUPERVISION_SCAN = 1000;

/**
 * 督办's condition: open tickets marked for supervision, in the caller's `scope`. Served by their
 * own small index (drizzle/0061_supervision_queue_idx.sql, covering since 0062), whose predicate
 * this implies: without it PostgreSQL read every open ticket's row to find the few supervised ones
 * (about 1.2 s cold at 1,000,000 tickets, docs/performance.md).
 */
function supervised(scope: SQL[]): SQL {
  return and(eq(tickets.supervised, true), inArray(tickets.status, [...OPEN_STATUSES]), ...scope)!;
}

const ORDER: Record<TicketLight["light"], number> = { red: 0, yellow: 1, green: 2 };

/**
 * The 督办 page: of the oldest SUPERVISION_SCAN candidates, red first, then yellow, then green,
 * oldest first within each (a stable sort), the first `limit`, as full rows. The candidates are
 * read with only the columns their live light needs, their SLA row joined in the same statement,
 * from the covering index alone (0062); the page's full rows afterwards. Reading a thousand full
 * rows to show a hundred, then a thousand heap rows and a second statement for their SLA rows, was
 * nearly all of this list's time (docs/performance.md). A ticket that left the list between the
 * two reads is left out.
 */
export async function supervisionPage(
  ctx: AppContext,
  db: Queryable,
  scope: SQL[],
  limit: number,
): Promise<TicketRow[]> {
  const candidates = await db
    .select({
      id: tickets.id,
      status: tickets.status,
      urgency: tickets.urgency,
      triage: tickets.triage,
      unitId: tickets.unitId,
      tier: tickets.tier,
      dispatchedAt: tickets.dispatchedAt,
      acceptedAt: tickets.acceptedAt,
      firstContactAt: tickets.firstContactAt,
      resolvedAt: tickets.resolvedAt,
      firstContactDueAt: tickets.firstContactDueAt,
      acceptYellowAt: tickets.acceptYellowAt,
      acceptRedAt: tickets.acceptRedAt,
      resolveDueAt: tickets.resolveDueAt,
      resolveYellowAt: ticketSla.resolveYellowAt,
    })
    .from(tickets)
    .leftJoin(ticketSla, eq(ticketSla.ticketId, tickets.id))
    .where(supervised(scope))
    .orderBy(tickets.createdAt)
    .limit(SUPERVISION_SCAN);
  const ids = candidates
    .map((c) => ({ id: c.id, rank: ORDER[lightOf(ctx, c, c.resolveYellowAt).light] }))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((c) => c.id);
  if (!ids.length) return [];
  const rows = await db
    .select()
    .from(tickets)
    .where(and(inArray(tickets.id, ids), supervised(scope)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
