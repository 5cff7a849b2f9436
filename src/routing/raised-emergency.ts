import type { Queryable } from "../db/client.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import type { TicketStatus } from "../domain/ticket-status.js";
import { queueUnitNotification } from "../notify/notifications.js";
import { formatDeadline, urgencyRaisedText } from "../notify/unit-texts.js";
import type { AppContext } from "../runtime/context.js";
import { alarmDutyContact, alarmParams } from "./duty-alarm.js";

/** States in which a unit holds the ticket and must hear that it became an emergency. */
const HELD_BY_UNIT: readonly TicketStatus[] = ["dispatched", "accepted", "pending_review"];

/**
 * A ticket became an emergency after it was filed (a late hotline segment, an operator's alarm).
 * Routing alarms only the emergencies it routes; this one was routed as an everyday matter, so
 * somebody must hear now: the unit that holds it (its own notice, with its retries), or the duty
 * officer when no unit does (in triage, or sent back). A ticket still waiting for routing needs
 * nothing here: the route worker reads its urgency and alarms the duty officer if it cannot place it.
 * Idempotent per ticket and round, like the alarms it reuses.
 */
export async function alarmRaisedEmergency(
  tx: Queryable,
  ctx: AppContext,
  ticket: TicketRow,
  actorId: string,
  now: Date,
): Promise<"unit" | "duty" | "routing"> {
  if (ticket.unitId && HELD_BY_UNIT.includes(ticket.status as TicketStatus)) {
    // The deadline the unit now works to (shortened by the raise when it was running).
    const deadline = ticket.resolveDueAt
      ? formatDeadline(ticket.resolveDueAt, ctx.config.jurisdiction.timezone)
      : "立即";
    const params = { ...alarmParams(ticket), deadline };
    await queueUnitNotification(tx, {
      unitId: ticket.unitId,
      purpose: "urgency_raised",
      text: urgencyRaisedText(params),
      params,
      ticketId: ticket.id,
      dedupeKey: `urgency_raised:${ticket.id}:r${ticket.round}`,
      now,
    });
    return "unit";
  }
  if (ticket.triage || ticket.status === "transferred") {
    await alarmDutyContact(tx, ctx, ticket, actorId);
    return "duty";
  }
  return "routing";
}
