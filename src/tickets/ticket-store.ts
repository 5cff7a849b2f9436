import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import {
  appendEvent,
  type Actor as EventActor,
  type TicketRow,
} from "../db/repositories/tickets.repository.js";
import { ticketReporters, ticketSla, tickets } from "../db/schema/index.js";
import { AppError, conflict } from "../domain/app-error.js";
import type { Actor, TicketEvent, TicketState, TransitionResult } from "../domain/ticket-lifecycle.js";
import type { Tier } from "../domain/taxonomy.schema.js";

export type TicketSlaRow = typeof ticketSla.$inferSelect;

/** The lifecycle's view of a stored ticket (extension state lives in ticket_sla). */
export function toTicketState(t: TicketRow, sla: TicketSlaRow | undefined): TicketState {
  return {
    id: t.id,
    status: t.status,
    unitId: t.unitId,
    tier: t.tier as Tier,
    round: t.round,
    transferCount: t.transferCount,
    pendingExtensionDays: sla?.pendingExtensionDays ?? null,
    extensionDays: sla?.extensionDays ?? 0,
    supervised: t.supervised,
    mergedInto: t.mergedIntoId,
  };
}

export async function loadSla(tx: Queryable, ticketId: string): Promise<TicketSlaRow | undefined> {
  const [row] = await tx.select().from(ticketSla).where(eq(ticketSla.ticketId, ticketId)).limit(1);
  return row;
}

/**
 * Optimistic concurrency: the update applies only if nobody changed the ticket since it was read
 * (same `version`); otherwise 409 TICKET.CONFLICT and the caller's transaction rolls back.
 */
export async function updateTicketIfUnchanged(
  tx: Queryable,
  ticket: Pick<TicketRow, "id" | "version">,
  set: Partial<typeof tickets.$inferInsert>,
  now: Date,
): Promise<TicketRow> {
  const [row] = await tx
    .update(tickets)
    .set({ ...set, version: sql`${tickets.version} + 1`, updatedAt: now })
    .where(and(eq(tickets.id, ticket.id), eq(tickets.version, ticket.version)))
    .returning();
  if (!row)
    throw conflict(
      "TICKET.CONFLICT",
      "工单已被他人更新，请刷新后重试 (the ticket changed meanwhile; reload and retry)",
    );
  return row;
}

/** Writes the ticket_sla row's extension fields (created on first use). */
export async function saveSla(
  tx: Queryable,
  ticketId: string,
  set: Partial<Omit<TicketSlaRow, "ticketId">>,
): Promise<void> {
  await tx
    .insert(ticketSla)
    .values({ ticketId, ...set })
    .onConflictDoUpdate({ target: ticketSla.ticketId, set });
}

/** Throws the lifecycle's refusal as an AppError with an HTTP status the console can act on. */
export function assertTransition(r: TransitionResult): asserts r is Extract<TransitionResult, { ok: true }> {
  if (r.ok) return;
  const status =
    r.code === "TICKET.INVALID_TRANSITION" ||
    r.code === "TICKET.EXTENSION_PENDING" ||
    r.code === "TICKET.NO_EXTENSION_PENDING"
      ? 409
      : r.code === "TICKET.ROLE_NOT_ALLOWED" || r.code === "TICKET.NOT_YOUR_UNIT"
        ? 403
        : 422;
  throw new AppError(r.code, r.message, status);
}

/** The lifecycle actor as the event log records it. */
export function eventActor(actor: Actor, onBehalfOf?: string | null): EventActor {
  if (actor.role === "system") return { type: "system", id: actor.id ?? "system", unitId: null };
  return { type: "staff", id: actor.id ?? null, unitId: onBehalfOf ?? actor.unitId ?? null };
}

/** Appends a lifecycle event with extra data (reasons, deadlines) to the ticket's log. */
export async function recordEvent(
  tx: Queryable,
  event: TicketEvent,
  actor: EventActor,
  at: Date,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const reason = typeof event.data.reason === "string" ? event.data.reason : null;
  await appendEvent(tx, event.ticketId, actor, {
    action: event.type,
    fromStatus: event.from,
    toStatus: event.to,
    reason,
    data: { ...event.data, round: event.round, actorRole: event.actor.role, ...extra },
    at,
  });
}

export async function reporterIds(tx: Queryable, ticketId: string): Promise<string[]> {
  const rows = await tx
    .select({ residentId: ticketReporters.residentId })
    .from(ticketReporters)
    .where(eq(ticketReporters.ticketId, ticketId));
  return rows.map((r) => r.residentId);
}
