import type { DutyOfficer } from "../domain/duty-roster.schema.js";
import type { AppContext } from "../runtime/context.js";
import type { notifications } from "../db/schema/index.js";
import { NotifyError, type UnitNotifier, type UnitSendResult } from "./unit-notifier.js";
import { cardLink, WecomApiError, type WecomSender } from "./wecom/index.js";
import { clipBytes } from "./wecom/wecom-card.js";

export interface DutyAlarmMessage {
  /** alarm | red_alarm (the notification's purpose). */
  purpose: string;
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

/**
 * The ways an officer is alarmed: SMS always (it needs nothing but the phone on the roster), and
 * WeCom too when the app is configured and the roster names the officer's WeCom userid.
 */
export function dutyAlarmVias(officer: DutyOfficer, available: { wecom: boolean }): string[] {
  return available.wecom && officer.wecomUserId ? ["sms", "wecom"] : ["sms"];
}

/** The alarm as an SMS to the officer's phone, through the same SMS notifier units use. */
export class SmsDutyAlarmSender implements DutyAlarmSender {
  readonly via = "sms";
  constructor(private readonly sms: UnitNotifier) {}

  send(officer: DutyOfficer, msg: DutyAlarmMessage): Promise<UnitSendResult> {
    return this.sms.send({
      unitId: `duty:${officer.id}`,
      phone: officer.phone,
      text: msg.text,
      template: msg.template,
      idempotencyKey: msg.idempotencyKey,
    });
  }
}

/** The alarm as a WeCom app text card to the officer's userid; its button opens the ticket on the mobile page. */
export class WecomDutyAlarmSender implements DutyAlarmSender {
  readonly via = "wecom";
  constructor(private readonly wecom: WecomSender) {}

  async send(officer: DutyOfficer, msg: DutyAlarmMessage): Promise<UnitSendResult> {
    if (!officer.wecomUserId)
      throw new NotifyError(`duty officer ${officer.id} has no wecomUserId in duty.json`, false);
    const ref = msg.template.params["ref"] ?? null;
    try {
      const r = await this.wecom.sendTextCard(
        { users: [officer.wecomUserId], parties: [], tags: [] },
        {
          title: clipBytes(`值班警报${ref ? ` ${ref}` : ""}`, 128),
          // The SMS text without its 【直通】 signature, escaped for the card's markup.
          description: `<div class="highlight">${escapeCard(clipBytes(msg.text.replace(/^【直通】/, ""), 400))}</div>`,
          url: cardLink(this.wecom.config.publicBaseUrl, ref),
          btntxt: "查看",
        },
      );
      if (r.invalid.users.length)
        throw new NotifyError(`WeCom did not deliver to ${officer.wecomUserId} (invaliduser)`, false);
      return { channel: "wecom", providerMessageId: r.msgid };
    } catch (err) {
      if (err instanceof NotifyError) throw err;
      if (err instanceof WecomApiError) throw new NotifyError(err.message, err.retryable);
      throw new NotifyError(err instanceof Error ? err.message : String(err), true);
    }
  }
}

function escapeCard(text: string): string {
  return text.replace(/[&<>]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[ch]!);
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
