import type { InboundMessage } from "../channel.js";
import { detectOptOut } from "./detect-opt-out.js";

export interface SmsFields {
  provider: string;
  channelMessageId: string;
  from: string;
  to: string | null;
  text: string;
  sentAt: Date | null;
  receivedAt: Date;
  raw: Record<string, unknown>;
}

/** Normalises an inbound SMS from any gateway; opt-out words are flagged, never dropped. */
export function smsMessage(fields: SmsFields): InboundMessage {
  return {
    channel: "sms",
    provider: fields.provider,
    channelMessageId: fields.channelMessageId,
    from: fields.from,
    to: fields.to,
    kind: "text",
    text: fields.text,
    location: null,
    mediaId: null,
    mediaUrl: null,
    event: null,
    transcript: null,
    optOut: detectOptOut(fields.text),
    sentAt: fields.sentAt,
    receivedAt: fields.receivedAt,
    raw: fields.raw,
  };
}

/** Parses "2017-09-01 00:00:00" (China Standard Time, as Chinese gateways send it) or returns null. */
export function parseChinaTime(text: string | undefined): Date | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})[ T]?(\d{2}):?(\d{2}):?(\d{2})$/.exec(text?.trim() ?? "");
  if (!match) return null;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}+08:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}
