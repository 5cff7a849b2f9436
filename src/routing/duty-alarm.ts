import type { Queryable } from "../db/client.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { raiseDutyAlarm } from "../duty/raise-duty-alarm.js";
import { queueResidentMessage } from "../notify/queue-resident-message.js";
import { alarmText, clip, returnedAlarmText } from "../notify/unit-texts.js";
import type { AppContext } from "../runtime/context.js";
import { reporterIds } from "../tickets/ticket-store.js";

/**
 * An emergency that routing could not hand to any unit must still reach a person at once: the
 * officer on duty (or, with nobody on the roster, the duty unit) is alarmed by SMS through the
 * outbox, the console shows the alarm to the centre until acknowledged, and the reporters are told
 * what is true now: no unit has it yet, the centre's duty staff do. Idempotent per ticket and round.
 */
export async function alarmDutyContact(
  tx: Queryable,
  ctx: AppContext,
  ticket: TicketRow,
  actorId: string,
): Promise<boolean> {
  const now = ctx.now();
  const params = alarmParams(ticket);
  const raised = await raiseDutyAlarm(tx, ctx, {
    ticket,
    reason: "unroutable_emergency",
    purpose: "alarm",
    text: alarmText(params),
    params,
    actorId,
  });
  if (!raised) return false;
  // Only what has happened: the alarm is raised for the duty staff; nobody has been sent yet.
  for (const residentId of await reporterIds(tx, ticket.id))
    await queueResidentMessage(tx, {
      residentId,
      // The safety advice (119/120/110) went out at intake already; it is not repeated here.
      text: `您反映的紧急情况（编号${ticket.ref}）暂未能自动派给承办单位，已转指挥中心值班人员紧急处置。`,
      purpose: "status",
      ticketId: ticket.id,
      at: now,
    });
  return true;
}

/**
 * A unit sent an emergency back (退回): nobody holds it now, so the duty officer is alarmed as for
 * an emergency routing could not place. Residents are not told anything new: nothing they were
 * told has become untrue, and the centre decides what happens next.
 */
export async function alarmReturnedEmergency(
  tx: Queryable,
  ctx: AppContext,
  ticket: TicketRow,
  actorId: string,
): Promise<boolean> {
  const params = alarmParams(ticket);
  const raised = await raiseDutyAlarm(tx, ctx, {
    ticket,
    reason: "emergency_returned",
    purpose: "alarm",
    text: returnedAlarmText(params),
    params,
    actorId,
  });
  return raised !== null;
}

/** What an alarm SMS or card says of the ticket; the place may be unknown for an emergency. */
export function alarmParams(ticket: TicketRow) {
  return {
    ref: ticket.ref,
    summary: clip(ticket.summary),
    place: clip(ticket.locationText ?? "未知，请回电居民", 16),
  };
}
