import { eq } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { appendEvent, type TicketRow } from "../db/repositories/tickets.repository.js";
import { tickets } from "../db/schema/index.js";
import { queueResidentMessage } from "../notify/queue-resident-message.js";
import { queueUnitNotification } from "../notify/notifications.js";
import { alarmText, clip } from "../notify/unit-texts.js";
import type { AppContext } from "../runtime/context.js";
import { reporterIds } from "../tickets/ticket-store.js";

/**
 * An emergency that routing could not hand to any unit must still reach a person at once: the
 * duty unit's phone gets an SMS through the outbox, the ticket is marked for the console, and the
 * reporters are told — only now, because only now is it true — that the duty staff were notified.
 * Idempotent: the alarm's dedupe key is per ticket and round, so a retried route job alarms once.
 */
export async function alarmDutyContact(
  tx: Queryable,
  ctx: AppContext,
  ticket: TicketRow,
  actorId: string,
): Promise<boolean> {
  const now = ctx.now();
  const dutyUnit = ctx.config.jurisdiction.policy.dutyUnit;
  const params = {
    ref: ticket.ref,
    summary: clip(ticket.summary),
    place: clip(ticket.locationText ?? "未知，请回电居民", 16),
  };
  const id = await queueUnitNotification(tx, {
    unitId: dutyUnit,
    purpose: "alarm",
    text: alarmText(params),
    params,
    ticketId: ticket.id,
    dedupeKey: `alarm:${ticket.id}:r${ticket.round}`,
    now,
  });
  if (id === null) return false;
  await tx.update(tickets).set({ alarmedAt: now }).where(eq(tickets.id, ticket.id));
  await appendEvent(
    tx,
    ticket.id,
    { type: "system", id: actorId },
    {
      action: "duty_alarm",
      fromStatus: ticket.status,
      toStatus: ticket.status,
      reason: "紧急事项无法自动派单，已通知值班人员",
      data: { unitId: dutyUnit, notificationId: id },
      at: now,
    },
  );
  const dutyName = ctx.config.units.get(dutyUnit)?.name ?? "值班人员";
  for (const residentId of await reporterIds(tx, ticket.id))
    await queueResidentMessage(tx, {
      residentId,
      text: `已通知${dutyName}值班人员紧急处置，编号${ticket.ref}。请按安全提示做好防护。`,
      purpose: "status",
      ticketId: ticket.id,
      at: now,
    });
  return true;
}
