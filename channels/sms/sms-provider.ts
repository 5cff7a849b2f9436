/**
 * Outbound SMS through one gateway. Chinese providers (Aliyun, Tencent) only deliver pre-approved
 * templates; Twilio-style and generic gateways take free text. Callers pass both and the provider
 * uses what it supports.
 */
export interface SmsProvider {
  readonly name: "twilio" | "aliyun" | "tencent" | "generic" | string;
  /** True when the provider can only send templates (then `template` is required). */
  readonly templatesOnly: boolean;
  send(msg: OutboundSms): Promise<SmsSendResult>;
}

export interface OutboundSms {
  /** E.164 or mainland 11-digit number. */
  to: string;
  /** Plain text, no markup; kept within one 70-character segment where possible. */
  text: string;
  /** Template code configured for this purpose and its parameters (Aliyun/Tencent). */
  template?: { code: string; params: Record<string, string> };
  /** Stable per message, for gateways that deduplicate resends (generic relay). */
  idempotencyKey?: string;
}

export interface SmsSendResult {
  /** The provider's id for the message (for delivery receipts and support tickets). */
  providerMessageId: string | null;
}

/** A send failure; `retryable` false means retrying cannot help (bad number, template refused). */
export class SmsSendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly providerCode?: string,
  ) {
    super(message);
    this.name = "SmsSendError";
  }
}
