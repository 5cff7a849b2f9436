import type { Queryable } from "../db/client.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { deadlineAfterRaise } from "../domain/deadlines.js";
import { URGENCY_LABEL } from "../domain/labels.js";
import type { Urgency } from "../domain/taxonomy.schema.js";
import { RUNNING_STATUSES, type TicketStatus } from "../domain/ticket-status.js";
import { queueUnitNotification } from "../notify/notifications.js";
import { formatDeadline, urgencyRaisedText } from "../notify/unit-texts.js";
import type { AppContext } from "../runtime/context.js";
import { alarmDutyContact, alarmParams } from "./duty-alarm.js";

/** States in which a unit holds the ticket and must hear that its urgency rose. */
const HELD_BY_UNIT: readonly TicketStatus[] = [...RUNNING_STATUSES, "pending_review"];

/**
 * A ticket's urgency rose after it was filed (a late hotline segment, an operator's alarm). It was
 * routed as an everyday matter, so somebody must hear now: the unit that holds it gets its own
 * notice (with its retries) naming the urgency and the deadline it now works to; an emergency no
 * unit holds (in triage, or sent back) alarms the duty officer, as one routing could not place does.
 * A ticket still waiting for routing needs nothing here: the route worker reads its urgency (and
 * alarms the duty officer if it cannot place an emergency); an urgent ticket in triage waits for the
 * dispatcher, who sees the raised urgency. Idempotent per ticket, urgency and round.
 */
export async function tellOfRaisedUrgency(
  tx: Queryable,
  ctx: AppContext,
  ticket: TicketRow,
  actorId: string,
  now: Date,
): Promise<"unit" | "duty" | null> {
  const urgency = ticket.urgency as Urgency;
  if (urgency === "normal") return null;
  if (ticket.unitId && HELD_BY_UNIT.includes(ticket.status as TicketStatus)) {
    // The deadline the unit now works to (shortened by the raise when it was running).
    const deadline = ticket.resolveDueAt
      ? formatDeadline(ticket.resolveDueAt, ctx.config.jurisdiction.timezone)
      : "立即";
    const params = { ...alarmParams(ticket), urgency: URGENCY_LABEL[urgency], deadline };
    await queueUnitNotification(tx, {
      unitId: ticket.unitId,
      purpose: "urgency_raised",
      text: urgencyRaisedText(params),
      params,
      ticketId: ticket.id,
      dedupeKey: `urgency_raised:${ticket.id}:${urgency}:r${ticket.round}`,
      now,
    });
    return "unit";
  }
  if (urgency === "emergency" && (ticket.triage || ticket.status === "transferred")) {
    await alarmDutyContact(tx, ctx, ticket, actorId);
    return "duty";
  }
  return null;
}

/**
 * A unit working on the ticket was given the everyday deadline; now that it is urgent, its hours
 * count from this moment (src/domain/deadlines.ts). Tickets not yet dispatched get theirs at
 * dispatch, from the urgency they then have.
 */
export function raisedDeadline(ctx: AppContext, ticket: TicketRow, urgency: Urgency, now: Date) {
  if (!RUNNING_STATUSES.includes(ticket.status as TicketStatus) || !ticket.resolveDueAt) return null;
  return deadlineAfterRaise({ resolveBy: ticket.resolveDueAt }, now, urgency, ctx.config.jurisdiction.policy);
}
