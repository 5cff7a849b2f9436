import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { tickets } from "../db/schema/index.js";
import { RUNNING_STATUSES } from "../domain/ticket-status.js";

// The centre's work queues as the console's routes read them; the reports bench times these same
// statements, so a change here is measured where it is served.

/** 人工分派: tickets no unit could be resolved for, emergencies and often-transferred ones first. */
export function triageQueue(db: Queryable, limit: number): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(and(eq(tickets.triage, true), inArray(tickets.status, ["received", "transferred", "reopened"])))
    .orderBy(
      sql`CASE ${tickets.urgency} WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END`,
      sql`${tickets.transferCount} DESC`,
      tickets.createdAt,
    )
    .limit(limit);
}

/** 办结审核: resolutions waiting for the centre's approval, oldest first. */
export function reviewQueue(db: Queryable, limit: number): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(eq(tickets.status, "pending_review"))
    .orderBy(tickets.resolvedAt, tickets.createdAt)
    .limit(limit);
}

/** 退单审核: units' return requests waiting for the centre's decision, oldest first. */
export function returnQueue(db: Queryable, limit: number): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(and(isNotNull(tickets.returnRequestedAt), inArray(tickets.status, [...RUNNING_STATUSES])))
    .orderBy(tickets.returnRequestedAt)
    .limit(limit);
}
