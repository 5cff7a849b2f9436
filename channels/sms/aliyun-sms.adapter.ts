import { z } from "zod";
import type { ChannelAdapter, ChannelDefinition } from "../channel.js";
import { InboundMessage } from "../channel.js";
import { ChannelInputError } from "../channel-input-error.js";
import { decodeUtf8Body } from "../shared/decode-utf8.js";
import { validatePayload } from "../shared/validate-payload.js";
import { verifyGatewayAccess, type GatewayAccessOptions } from "../shared/verify-gateway-access.js";
import { parseChinaTime, smsMessage } from "./sms-message.js";
import { SmsConfig } from "./sms.config.js";

const idText = z.union([z.string().min(1).max(64), z.number().int().nonnegative()]).transform(String);

/** One uplink SMS of Aliyun's SmsUp HTTP batch push (docs "SmsUp 上行短信消息"). */
const AliyunSmsUp = z.object({
  phone_number: z.string().min(1).max(32),
  content: z.string().max(1000),
  sign_name: z.string().max(64).optional(),
  send_time: z.string().max(32),
  dest_code: idText.optional(),
  sequence_id: idText,
});
const AliyunSmsUpBatch = z.array(AliyunSmsUp).min(1).max(1000);

export interface AliyunSmsAdapterOptions extends GatewayAccessOptions {
  now?: () => Date;
}

/**
 * Aliyun SMS uplink push. The body is a JSON array and may carry several messages; Aliyun retries
 * unless it gets HTTP 200 with a numeric `code`. It does not sign callbacks, so access is a secret
 * path token plus an optional IP allowlist.
 */
export function createAliyunSmsAdapter(options: AliyunSmsAdapterOptions): ChannelAdapter {
  const now = options.now ?? (() => new Date());
  return {
    channel: "sms",
    provider: "aliyun",
    verify: (req) => verifyGatewayAccess(req, options),
    parse(req) {
      const batch = validatePayload(
        AliyunSmsUpBatch,
        parseAliyunJson(decodeUtf8Body(req.rawBody)),
        "Aliyun SmsUp",
      );
      const receivedAt = now();
      return batch.map((up) =>
        validatePayload(
          InboundMessage,
          smsMessage({
            provider: "aliyun",
            // sequence_id alone is not documented as globally unique; with the phone it is the agreed key.
            channelMessageId: `${up.sequence_id}-${up.phone_number}`,
            from: up.phone_number,
            to: up.dest_code ?? null,
            text: up.content,
            sentAt: parseChinaTime(up.send_time),
            receivedAt,
            raw: { ...up },
          }),
          "Aliyun SMS",
        ),
      );
    },
    ack: () => ({
      status: 200,
      contentType: "application/json; charset=utf-8",
      body: JSON.stringify({ code: 0, msg: "接收成功" }),
    }),
  };
}

/**
 * Older Aliyun docs show `sequence_id` as a JSON number; a value above 2^53 would be rounded by
 * JSON.parse, silently merging two messages. Quote bare integers of that key before parsing.
 */
function parseAliyunJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/"(sequence_id|dest_code)"(\s*):(\s*)(\d+)/g, '"$1"$2:$3"$4"')) as unknown;
  } catch {
    throw new ChannelInputError("CHANNEL.BAD_JSON", "body is not valid JSON");
  }
}

export const aliyunSmsChannel: ChannelDefinition = {
  id: "sms-aliyun",
  path: "/channels/sms/aliyun",
  methods: ["POST"],
  acceptsPathToken: true,
  createAdapter(env, deps = {}) {
    const config = SmsConfig.parse(env);
    if (!config.ALIYUN_SMS_CALLBACK_TOKEN) return null;
    return createAliyunSmsAdapter({
      pathToken: config.ALIYUN_SMS_CALLBACK_TOKEN,
      allowedIps: config.ALIYUN_SMS_ALLOWED_IPS,
      ...(deps.now ? { now: deps.now } : {}),
    });
  },
};
