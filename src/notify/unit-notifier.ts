import { SmsSendError, type SmsProvider } from "../../channels/sms/sms-provider.js";

/** One message to a unit's duty contact. */
export interface UnitMessage {
  unitId: string;
  /** The unit's duty phone (units.phone); notifiers that do not use phones ignore it. */
  phone: string | null;
  text: string;
  template: { code: string; params: Record<string, string> } | null;
  /** Stable per notification: a gateway that supports it drops a resend after a timeout. */
  idempotencyKey?: string;
  /** Why the unit is told (dispatch, reminder, escalation, reopen, digest, alarm). */
  purpose?: string;
  /**
   * The ticket as a notice may show it to whoever reads the unit's phone or WeCom: summary and place
   * with contact details and house numbers masked. Null for notices about no single ticket (digest).
   */
  ticket?: { ref: string; summary: string; place: string | null } | null;
  /** The queue will not try again after this attempt: a notifier with a fallback uses it now. */
  finalAttempt?: boolean;
}

export interface UnitSendResult {
  /** Which notifier delivered it, e.g. "sms:aliyun" or "wecom". */
  channel: string;
  providerMessageId: string | null;
  /** Delivered, but not to everyone (e.g. WeCom's `invaliduser`): kept in `notifications.last_error`. */
  warning?: string;
}

/**
 * How a unit is told about a ticket. SMS to the duty phone is the default; WeCom (企业微信) or e-mail
 * can be added by implementing this interface and passing it to the notify worker.
 */
export interface UnitNotifier {
  readonly name: string;
  send(msg: UnitMessage): Promise<UnitSendResult>;
}

/** A send failure; `retryable: false` marks the notification failed at once (no phone, refused template). */
export class NotifyError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "NotifyError";
  }
}

/** Unit notifications as SMS through any channel SMS provider (Aliyun, Tencent, Twilio, generic). */
export class SmsUnitNotifier implements UnitNotifier {
  readonly name: string;
  constructor(private readonly provider: SmsProvider) {
    this.name = `sms:${provider.name}`;
  }

  async send(msg: UnitMessage): Promise<UnitSendResult> {
    if (!msg.phone) throw new NotifyError(`unit ${msg.unitId} has no duty phone (units.phone)`, false);
    if (this.provider.templatesOnly && !msg.template)
      throw new NotifyError(`provider ${this.provider.name} needs a template`, false);
    try {
      const r = await this.provider.send({
        to: msg.phone,
        text: msg.text,
        ...(msg.template ? { template: msg.template } : {}),
        ...(msg.idempotencyKey ? { idempotencyKey: msg.idempotencyKey } : {}),
      });
      return { channel: this.name, providerMessageId: r.providerMessageId };
    } catch (err) {
      if (err instanceof SmsSendError) throw new NotifyError(err.message, err.retryable);
      throw new NotifyError(err instanceof Error ? err.message : String(err), true);
    }
  }
}

/**
 * Used when no provider is configured: every send fails at once (retrying cannot help) with a
 * message saying what to set; the failures are listed in the daily digest.
 */
export class UnconfiguredNotifier implements UnitNotifier {
  readonly name = "none";
  send(): Promise<UnitSendResult> {
    return Promise.reject(
      new NotifyError("no unit notifier configured (set SMS_PROVIDER and its credentials)", false),
    );
  }
}
