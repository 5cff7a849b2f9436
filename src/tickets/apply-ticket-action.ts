import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { appendEvent, type TicketRow } from "../db/repositories/tickets.repository.js";
import { tickets } from "../db/schema/index.js";
import { AppError, conflict } from "../domain/app-error.js";
import type { Tier } from "../domain/taxonomy.schema.js";
import {
  transition,
  type Actor,
  type ActorRole,
  type TicketAction,
  type TicketState,
} from "../domain/ticket-lifecycle.js";

/** Who the event log names: the survey worker, or the staff member who recorded a callback result. */
export interface EventActor {
  role: ActorRole;
  id: string | null;
  unitId?: string | null;
}

/**
 * Applies one lifecycle action to a ticket row inside the caller's transaction: checks it with the
 * pure lifecycle, writes the new status / tier / round / supervision with a compare-and-set on the
 * row's version (a concurrent action makes this one fail instead of overwriting it), and appends the
 * event. Returns the updated row. `extra` is merged into the event data (e.g. the survey's explanation).
 */
export async function applyTicketAction(
  tx: Queryable,
  ticket: TicketRow,
  action: TicketAction,
  actor: EventActor,
  opts: { now: Date; reopenRaisesTier: boolean; extra?: Record<string, unknown> },
): Promise<TicketRow> {
  const state: TicketState = {
    id: ticket.id,
    status: ticket.status,
    unitId: ticket.unitId,
    tier: ticket.tier as Tier,
    round: ticket.round,
    transferCount: ticket.transferCount,
    // Extensions live in the SLA table and do not influence the survey's actions.
    pendingExtensionDays: null,
    extensionDays: 0,
    supervised: ticket.supervised,
    mergedInto: ticket.mergedIntoId,
  };
  const lifecycleActor: Actor = { role: actor.role, id: actor.id, unitId: actor.unitId ?? null };
  const r = transition(state, action, lifecycleActor, { reopenRaisesTier: opts.reopenRaisesTier });
  if (!r.ok) throw new AppError(r.code, r.message, 409);
  const [row] = await tx
    .update(tickets)
    .set({
      status: r.state.status,
      unitId: r.state.unitId,
      tier: r.state.tier,
      round: r.state.round,
      supervised: r.state.supervised,
      updatedAt: opts.now,
      version: sql`${tickets.version} + 1`,
      ...(action.type === "close" ? { closedAt: opts.now } : {}),
      ...(action.type === "resolve" ? { resolvedAt: opts.now } : {}),
      ...(action.type === "reopen" ? { closedAt: null } : {}),
    })
    .where(and(eq(tickets.id, ticket.id), eq(tickets.version, ticket.version)))
    .returning();
  if (!row) throw conflict("TICKET.CONCURRENT_UPDATE", "工单已被他人更新，请刷新后重试");
  const data: Record<string, unknown> = { ...r.event.data, round: r.event.round, ...opts.extra };
  const reason = typeof data.reason === "string" ? data.reason : null;
  await appendEvent(
    tx,
    ticket.id,
    { type: actor.role === "system" ? "system" : "staff", id: actor.id, unitId: actor.unitId ?? null },
    { action: action.type, fromStatus: r.event.from, toStatus: r.event.to, reason, data, at: opts.now },
  );
  return row;
}
