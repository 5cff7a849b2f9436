import { createHash } from "node:crypto";
import { z } from "zod";
import type { ChannelAdapter, ChannelDefinition } from "../channel.js";
import { InboundMessage } from "../channel.js";
import { parseJsonBody } from "../shared/parse-json-body.js";
import { validatePayload } from "../shared/validate-payload.js";
import { verifyGatewayAccess, type GatewayAccessOptions } from "../shared/verify-gateway-access.js";
import { smsMessage } from "./sms-message.js";
import { SmsConfig } from "./sms.config.js";

/** Tencent Cloud SMS reply callback (docs "短信回复", API 382/5809). */
const TencentSmsReply = z.object({
  mobile: z.string().min(1).max(32),
  nationcode: z.string().max(8),
  text: z.string().max(1000),
  sign: z.string().max(64).optional(),
  time: z.number().int().nonnegative(),
  extend: z.string().max(32).nullable().optional(),
});

export interface TencentSmsAdapterOptions extends GatewayAccessOptions {
  now?: () => Date;
}

/**
 * Tencent Cloud SMS reply callback: one JSON object per reply, answered `{"result":0,"errmsg":"OK"}`.
 * It carries no message id, so the dedup key is the number, the send second and a digest of the text.
 */
export function createTencentSmsAdapter(options: TencentSmsAdapterOptions): ChannelAdapter {
  const now = options.now ?? (() => new Date());
  return {
    channel: "sms",
    provider: "tencent",
    verify: (req) => verifyGatewayAccess(req, options),
    parse(req) {
      const reply = validatePayload(TencentSmsReply, parseJsonBody(req.rawBody), "Tencent SMS reply");
      const from =
        reply.nationcode && reply.nationcode !== "86" ? `+${reply.nationcode}${reply.mobile}` : reply.mobile;
      const digest = createHash("sha256").update(reply.text).digest("hex").slice(0, 16);
      const message = smsMessage({
        provider: "tencent",
        channelMessageId: `${reply.nationcode}${reply.mobile}-${reply.time}-${digest}`,
        from,
        to: reply.extend || null,
        text: reply.text,
        sentAt: new Date(reply.time * 1000),
        receivedAt: now(),
        raw: { ...reply },
      });
      return [validatePayload(InboundMessage, message, "Tencent SMS")];
    },
    ack: () => ({
      status: 200,
      contentType: "application/json; charset=utf-8",
      body: JSON.stringify({ result: 0, errmsg: "OK" }),
    }),
  };
}

export const tencentSmsChannel: ChannelDefinition = {
  id: "sms-tencent",
  path: "/channels/sms/tencent",
  methods: ["POST"],
  acceptsPathToken: true,
  createAdapter(env, deps = {}) {
    const config = SmsConfig.parse(env);
    if (!config.TENCENT_SMS_CALLBACK_TOKEN) return null;
    return createTencentSmsAdapter({
      pathToken: config.TENCENT_SMS_CALLBACK_TOKEN,
      allowedIps: config.TENCENT_SMS_ALLOWED_IPS,
      ...(deps.now ? { now: deps.now } : {}),
    });
  },
};
