import { and, desc, eq } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { ticketReporters, tickets, units } from "../db/schema/index.js";
import type { TicketView } from "./dialogue/run-turn.js";

/** A ticket as the resident may see it: detail only when they are one of its reporters. */
export async function findTicketView(
  tx: Queryable,
  ref: string,
  residentId: string,
): Promise<TicketView | null> {
  const [row] = await tx
    .select({
      id: tickets.id,
      ref: tickets.ref,
      status: tickets.status,
      summary: tickets.summary,
      unitName: units.name,
      mergedIntoId: tickets.mergedIntoId,
    })
    .from(tickets)
    .leftJoin(units, eq(units.id, tickets.unitId))
    .where(eq(tickets.ref, ref))
    .limit(1);
  if (!row) return null;
  const [reporter] = await tx
    .select({ r: ticketReporters.residentId })
    .from(ticketReporters)
    .where(and(eq(ticketReporters.ticketId, row.id), eq(ticketReporters.residentId, residentId)))
    .limit(1);
  let mergedIntoRef: string | null = null;
  if (row.mergedIntoId) {
    const [m] = await tx.select({ ref: tickets.ref }).from(tickets).where(eq(tickets.id, row.mergedIntoId));
    mergedIntoRef = m?.ref ?? null;
  }
  return {
    ref: row.ref,
    status: row.status,
    summary: row.summary,
    unitName: row.unitName ?? null,
    mergedIntoRef,
    own: !!reporter,
  };
}

export async function recentTicketViews(
  tx: Queryable,
  residentId: string,
  limit: number,
): Promise<TicketView[]> {
  const rows = await tx
    .select({ ref: tickets.ref })
    .from(ticketReporters)
    .innerJoin(tickets, eq(tickets.id, ticketReporters.ticketId))
    .where(eq(ticketReporters.residentId, residentId))
    .orderBy(desc(tickets.createdAt))
    .limit(limit);
  const views: TicketView[] = [];
  for (const r of rows) {
    const v = await findTicketView(tx, r.ref, residentId);
    if (v) views.push(v);
  }
  return views;
}
