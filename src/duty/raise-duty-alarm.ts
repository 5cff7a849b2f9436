import { eq, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { appendEvent, type TicketRow } from "../db/repositories/tickets.repository.js";
import { dutyAlarms, tickets } from "../db/schema/index.js";
import { officerOnDuty } from "../domain/duty-roster.js";
import { DUTY_ALARM_REASON_LABEL, type DutyAlarmReason } from "../domain/labels.js";
import { dutyAlarmVias } from "../notify/duty-alarm-sender.js";
import { wecomAppConfig } from "../notify/wecom/index.js";
import { queueDutyNotification, queueUnitNotification } from "../notify/notifications.js";
import type { UnitPurpose } from "../notify/unit-texts.js";
import type { AppContext } from "../runtime/context.js";

/**
 * Alarms that mean no unit holds an emergency: the ticket carries `alarmed_at` (the console's
 * "已通知值班" tag) for these. A red light's alarm is about a unit that holds the ticket.
 */
const UNHELD_EMERGENCY: ReadonlySet<DutyAlarmReason> = new Set([
  "unroutable_emergency",
  "emergency_returned",
]);

export interface DutyAlarmInput {
  ticket: TicketRow;
  reason: DutyAlarmReason;
  /** The SMS: its purpose (template), text and template params. */
  purpose: UnitPurpose;
  text: string;
  params: Record<string, string>;
  /** Extra facts for the event log and the console (e.g. which stage went red). */
  data?: Record<string, unknown>;
  /** The worker raising it, for the event log. */
  actorId: string;
}

export interface RaisedAlarm {
  alarmId: number;
  /** The roster officer alarmed, or null when nobody was on duty and the duty unit was. */
  officer: { id: string; name: string } | null;
  /** The duty unit alarmed instead of an officer. */
  unitId: string | null;
}

/**
 * Alarms whoever is on duty (值班) at the application clock's time, in the caller's transaction:
 * one `duty_alarms` row (unique per ticket, reason and round — a retried job or a second sweep
 * raises nothing), the SMS through the outbox (one notification per way the officer can be
 * reached), and a `duty_alarm` event. Nobody on the roster then → the duty unit
 * (`policy.dutyUnit`) is alarmed on its phone. Returns null when this alarm was raised before.
 */
export async function raiseDutyAlarm(
  tx: Queryable,
  ctx: AppContext,
  a: DutyAlarmInput,
): Promise<RaisedAlarm | null> {
  const now = ctx.now();
  const onDuty = officerOnDuty(ctx.config.duty, now, ctx.config.jurisdiction.timezone);
  const officer = onDuty ? { id: onDuty.officer.id, name: onDuty.officer.name } : null;
  const [row] = await tx
    .insert(dutyAlarms)
    .values({
      ticketId: a.ticket.id,
      reason: a.reason,
      round: a.ticket.round,
      officerId: officer?.id ?? null,
      officerName: officer?.name ?? null,
      data: a.data ?? {},
      raisedAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: dutyAlarms.id });
  if (!row) return null;
  if (UNHELD_EMERGENCY.has(a.reason))
    // `tickets.alarmed_at` is a cache of the latest such `duty_alarms.raised_at`, kept here in the
    // same transaction as the row itself so the inbox can show it without a join.
    await tx
      .update(tickets)
      .set({ alarmedAt: sql`GREATEST(${tickets.alarmedAt}, ${now.toISOString()}::timestamptz)` })
      .where(eq(tickets.id, a.ticket.id));

  const base = { purpose: a.purpose, text: a.text, params: a.params, ticketId: a.ticket.id, now };
  const notificationIds: number[] = [];
  let unitId: string | null = null;
  if (onDuty) {
    const available = { wecom: wecomAppConfig(ctx.env) !== null };
    for (const via of dutyAlarmVias(onDuty.officer, available)) {
      const id = await queueDutyNotification(tx, {
        ...base,
        officerId: onDuty.officer.id,
        via,
        dedupeKey: `duty:${row.id}:${via}`,
      });
      if (id !== null) notificationIds.push(id);
    }
  } else {
    unitId = ctx.config.jurisdiction.policy.dutyUnit;
    const id = await queueUnitNotification(tx, { ...base, unitId, dedupeKey: `duty:${row.id}:unit` });
    if (id !== null) notificationIds.push(id);
  }
  await appendEvent(
    tx,
    a.ticket.id,
    { type: "system", id: a.actorId },
    {
      action: "duty_alarm",
      fromStatus: a.ticket.status,
      toStatus: a.ticket.status,
      // "Alarm sent to", not "notified": the SMS leaves after this transaction commits.
      reason: `${DUTY_ALARM_REASON_LABEL[a.reason]}，警报发给${officer ? `值班人员${officer.name}` : "值班单位"}`,
      data: {
        ...a.data,
        alarmId: row.id,
        alarmReason: a.reason,
        round: a.ticket.round,
        officerId: officer?.id ?? null,
        unitId,
        notificationIds,
      },
      at: now,
    },
  );
  return { alarmId: row.id, officer, unitId };
}
