import { z } from "zod";
import type { ChannelAdapter, ChannelDefinition } from "../channel.js";
import { InboundMessage } from "../channel.js";
import { parseJsonBody } from "../shared/parse-json-body.js";
import { validatePayload } from "../shared/validate-payload.js";
import { verifyHmacSha256Header } from "../shared/verify-hmac-sha256-header.js";
import { smsMessage } from "./sms-message.js";
import { SmsConfig } from "./sms.config.js";

/** Zhitong's own inbound-SMS JSON, for gateways we connect through a small relay. */
export const GenericInboundSms = z.object({
  messageId: z.string().min(1).max(128),
  from: z.string().min(1).max(32),
  to: z.string().max(32).nullable().optional(),
  text: z.string().max(1600),
  sentAt: z.iso.datetime({ offset: true }).optional(),
});
const GenericBody = z.union([GenericInboundSms, z.array(GenericInboundSms).min(1).max(1000)]);

export interface GenericSmsAdapterOptions {
  secret: string;
  maxSkewSeconds: number;
  now?: () => Date;
}

/** Generic JSON SMS webhook, HMAC-SHA256 signed (see `verifyHmacSha256Header`). */
export function createGenericSmsAdapter(options: GenericSmsAdapterOptions): ChannelAdapter {
  const now = options.now ?? (() => new Date());
  return {
    channel: "sms",
    provider: "generic",
    verify: (req) => verifyHmacSha256Header(req, options),
    parse(req) {
      const body = validatePayload(GenericBody, parseJsonBody(req.rawBody), "generic SMS webhook");
      const receivedAt = now();
      return (Array.isArray(body) ? body : [body]).map((sms) =>
        validatePayload(
          InboundMessage,
          smsMessage({
            provider: "generic",
            channelMessageId: sms.messageId,
            from: sms.from,
            to: sms.to ?? null,
            text: sms.text,
            sentAt: sms.sentAt ? new Date(sms.sentAt) : null,
            receivedAt,
            raw: { ...sms },
          }),
          "generic SMS",
        ),
      );
    },
    ack: (_req, messages, reply) => ({
      status: 200,
      contentType: "application/json; charset=utf-8",
      body: JSON.stringify({ ok: true, received: messages.length, reply: reply?.text ?? null }),
    }),
  };
}

export const genericSmsChannel: ChannelDefinition = {
  id: "sms-generic",
  path: "/channels/sms/generic",
  methods: ["POST"],
  createAdapter(env, deps = {}) {
    const config = SmsConfig.parse(env);
    if (!config.GENERIC_SMS_SECRET) return null;
    return createGenericSmsAdapter({
      secret: config.GENERIC_SMS_SECRET,
      maxSkewSeconds: config.GENERIC_SMS_MAX_SKEW_SECONDS,
      ...(deps.now ? { now: deps.now } : {}),
    });
  },
};
