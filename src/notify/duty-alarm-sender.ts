import type { DutyOfficer } from "../domain/duty-roster.schema.js";
import type { AppContext } from "../runtime/context.js";
import type { notifications } from "../db/schema/index.js";
import { NotifyError, type UnitNotifier, type UnitSendResult } from "./unit-notifier.js";

export interface DutyAlarmMessage {
  text: string;
  template: { code: string; params: Record<string, string> };
  /** Stable per notification, so a gateway can drop a resend after a timeout. */
  idempotencyKey: string;
}

/**
 * One way of reaching a duty officer. An alarm is queued once per way the officer can be reached
 * (`dutyAlarmVias`), each its own notification row with its own retries, so a WeCom outage cannot
 * hold back the SMS. To add WeCom: implement this with `via: "wecom"` (sending to
 * `officer.wecomUserId`), pass it in `notifyWorkers(ctx, { dutySenders })`, and list "wecom" in
 * `dutyAlarmVias` for officers that have a WeCom userid.
 */
export interface DutyAlarmSender {
  readonly via: string;
  send(officer: DutyOfficer, msg: DutyAlarmMessage): Promise<UnitSendResult>;
}

/** The ways an officer is alarmed; SMS always (it needs nothing but the phone on the roster). */
export function dutyAlarmVias(_officer: DutyOfficer): string[] {
  return ["sms"];
}

/** The alarm as an SMS to the officer's phone, through the same SMS notifier units use. */
export class SmsDutyAlarmSender implements DutyAlarmSender {
  readonly via = "sms";
  constructor(private readonly sms: UnitNotifier) {}

  send(officer: DutyOfficer, msg: DutyAlarmMessage): Promise<UnitSendResult> {
    return this.sms.send({ unitId: `duty:${officer.id}`, phone: officer.phone, ...msg });
  }
}

/**
 * Delivers a duty notification: the officer is looked up in the roster now (a changed phone is
 * used at once); an officer taken off the roster or a `via` without a sender fails at once, and
 * the failure shows in the daily digest.
 */
export async function sendToDutyOfficer(
  ctx: AppContext,
  n: Pick<typeof notifications.$inferSelect, "recipientId" | "via">,
  senders: readonly DutyAlarmSender[],
  msg: DutyAlarmMessage,
): Promise<UnitSendResult> {
  const officer = ctx.config.duty?.officers.find((o) => o.id === n.recipientId);
  if (!officer) throw new NotifyError(`duty officer ${n.recipientId ?? "(none)"} is not in duty.json`, false);
  const sender = senders.find((s) => s.via === n.via);
  if (!sender) throw new NotifyError(`no duty alarm sender for "${n.via ?? "(none)"}"`, false);
  return sender.send(officer, msg);
}
