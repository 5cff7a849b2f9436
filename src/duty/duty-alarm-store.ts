import { and, asc, eq, isNull } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { appendEvent, type TicketRow } from "../db/repositories/tickets.repository.js";
import { dutyAlarms, tickets } from "../db/schema/index.js";
import { notFound } from "../domain/app-error.js";

export type DutyAlarmRow = typeof dutyAlarms.$inferSelect;

/** Alarms nobody has acknowledged yet, oldest first, with their tickets (the console's banner). */
export async function openDutyAlarms(db: Queryable): Promise<{ alarm: DutyAlarmRow; ticket: TicketRow }[]> {
  return db
    .select({ alarm: dutyAlarms, ticket: tickets })
    .from(dutyAlarms)
    .innerJoin(tickets, eq(tickets.id, dutyAlarms.ticketId))
    .where(isNull(dutyAlarms.acknowledgedAt))
    .orderBy(asc(dutyAlarms.raisedAt), asc(dutyAlarms.id))
    .limit(100);
}

/**
 * Acknowledges an alarm for everyone (确认) and records who did it in the ticket's event log, in
 * one transaction. Acknowledging twice changes nothing and says so (`changed: false`), so two
 * dispatchers pressing 确认 at once both get an answer without a second event.
 */
export async function acknowledgeDutyAlarm(
  tx: Queryable,
  id: number,
  staff: { id: string; unitId: string | null },
  now: Date,
): Promise<{ changed: boolean; alarm: DutyAlarmRow }> {
  const [updated] = await tx
    .update(dutyAlarms)
    .set({ acknowledgedAt: now, acknowledgedBy: staff.id })
    .where(and(eq(dutyAlarms.id, id), isNull(dutyAlarms.acknowledgedAt)))
    .returning();
  if (!updated) {
    const [existing] = await tx.select().from(dutyAlarms).where(eq(dutyAlarms.id, id)).limit(1);
    if (!existing) throw notFound("DUTY.ALARM_NOT_FOUND", `没有编号为 ${id} 的值班警报`);
    return { changed: false, alarm: existing };
  }
  await appendEvent(
    tx,
    updated.ticketId,
    { type: "staff", id: staff.id, unitId: staff.unitId },
    {
      action: "duty_alarm_ack",
      reason: "值班警报已确认",
      data: { alarmId: updated.id, alarmReason: updated.reason, round: updated.round },
      at: now,
    },
  );
  return { changed: true, alarm: updated };
}
