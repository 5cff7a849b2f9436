import { z } from "zod";

const secret = (min: number) => z.string().min(min, `must be at least ${min} characters`).optional();
const httpUrl = (fallback: string) => z.url({ protocol: /^https?$/ }).default(fallback);
const seconds = z.coerce.number().int().min(0).optional();
/** `CODE` or `CODE:param1,param2` (parameter order for providers that take a list, e.g. Tencent). */
const smsTemplate = z
  .string()
  .regex(/^[\w.-]+(:[\w]+(,[\w]+)*)?$/, "use CODE or CODE:param1,param2")
  .optional();
/** `templateId|field=param,field=param` (WeChat template/subscription message field mapping). */
const wechatTemplate = z
  .string()
  .regex(/^[\w-]+\|[\w.]+=[\w]+(,[\w.]+=[\w]+)*$/, "use TEMPLATE_ID|field=param,field=param")
  .optional();

/**
 * Every environment variable of the channels (webhooks and outbound delivery), merged into the
 * application's Env so that a mistake stops the process at boot. Each adapter re-reads its own
 * settings with its config schema (`wechat.config.ts`, `sms.config.ts`, `hotline.config.ts`).
 */
export const ChannelEnv = z.object({
  WECHAT_TOKEN: z
    .string()
    .min(3, "3 to 32 characters, as entered in the WeChat console")
    .max(32, "3 to 32 characters, as entered in the WeChat console")
    .optional(),
  WECHAT_APPID: z.string().min(1).optional(),
  WECHAT_APPSECRET: z.string().min(1).optional(),
  WECHAT_ENCODING_AES_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}$/, "EncodingAESKey is 43 base64 characters")
    .optional(),
  WECHAT_MAX_SKEW_SECONDS: seconds,
  /** Base of the WeChat server API (tests point it at a local fake). */
  WECHAT_API_BASE: httpUrl("https://api.weixin.qq.com"),
  /**
   * How long a call to WeChat's server API may take. A customer-service text whose answer misses it
   * is not sent again at once: its connection is kept and the answer awaited until three quarters
   * of the outbound lease (OUTBOUND_SEND_LEASE_MS, 2 minutes) from the claim, and only a text with
   * no answer by then is sent again (the API has no idempotency key). At most a minute: a send must
   * end well inside that lease, or another process takes the message over while it is being sent.
   */
  WECHAT_API_TIMEOUT_MS: z.coerce.number().int().positive().max(60_000).default(30_000),
  /** template = 模板消息 (/cgi-bin/message/template/send); subscribe = 订阅通知 (/cgi-bin/message/subscribe/bizsend). */
  WECHAT_TEMPLATE_API: z.enum(["template", "subscribe"]).default("template"),
  WECHAT_TEMPLATE_STATUS: wechatTemplate,
  WECHAT_TEMPLATE_SURVEY: wechatTemplate,
  WECHAT_TEMPLATE_NOTICE: wechatTemplate,

  SMS_PROVIDER: z.enum(["twilio", "aliyun", "tencent", "generic"]).optional(),
  SMS_TEMPLATE_REPLY: smsTemplate,
  SMS_TEMPLATE_STATUS: smsTemplate,
  SMS_TEMPLATE_SURVEY: smsTemplate,
  SMS_TEMPLATE_NOTICE: smsTemplate,
  TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  TWILIO_ACCOUNT_SID: z.string().min(1).optional(),
  /** Sender: a phone number or a Messaging Service SID (MG…). */
  TWILIO_FROM: z.string().min(1).optional(),
  TWILIO_API_BASE: httpUrl("https://api.twilio.com"),
  ALIYUN_SMS_CALLBACK_TOKEN: secret(16),
  ALIYUN_SMS_ALLOWED_IPS: z.string().optional(),
  ALIYUN_ACCESS_KEY_ID: z.string().min(1).optional(),
  ALIYUN_ACCESS_KEY_SECRET: z.string().min(1).optional(),
  ALIYUN_SMS_SIGN_NAME: z.string().min(1).optional(),
  ALIYUN_SMS_API_BASE: httpUrl("https://dysmsapi.aliyuncs.com"),
  TENCENT_SMS_CALLBACK_TOKEN: secret(16),
  TENCENT_SMS_ALLOWED_IPS: z.string().optional(),
  TENCENT_SECRET_ID: z.string().min(1).optional(),
  TENCENT_SECRET_KEY: z.string().min(1).optional(),
  TENCENT_SMS_SDK_APP_ID: z.string().min(1).optional(),
  TENCENT_SMS_SIGN_NAME: z.string().min(1).optional(),
  TENCENT_SMS_REGION: z.string().min(1).default("ap-guangzhou"),
  TENCENT_SMS_API_BASE: httpUrl("https://sms.tencentcloudapi.com"),
  GENERIC_SMS_SECRET: secret(16),
  GENERIC_SMS_MAX_SKEW_SECONDS: seconds,
  /** Where the generic gateway accepts outbound SMS (signed like its webhook). */
  GENERIC_SMS_SEND_URL: z.url({ protocol: /^https?$/ }).optional(),

  HOTLINE_HMAC_SECRET: secret(16),
  HOTLINE_BEARER_TOKEN: secret(16),
  HOTLINE_MAX_SKEW_SECONDS: seconds,
  /** A call with no event for this long is assembled even if `call.ended` never comes. */
  HOTLINE_SILENCE_SECONDS: z.coerce.number().int().positive().default(120),
  /**
   * Speech-to-text results can trail `call.ended` by a second or two: the transcript is assembled
   * this long after the call's last event (0 = at once). A segment later still amends the ticket.
   */
  HOTLINE_END_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(5000),

  WEB_CHAT_SECRET: secret(16),
  WEB_CHAT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
});
export type ChannelEnv = z.infer<typeof ChannelEnv>;

/** The environment as the adapters' `createAdapter(env)` reads it: strings only. */
export function envRecord(env: Readonly<Record<string, unknown>>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(env).map(([key, value]) => [key, value === undefined ? undefined : String(value)]),
  );
}
