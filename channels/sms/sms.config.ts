import { z } from "zod";

const ipList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  );

/** SMS gateway settings by environment; each gateway is enabled only when its secret is set. */
export const SmsConfig = z.object({
  /** Public URL the gateways call (behind a proxy the app sees another one); Twilio signs this URL. */
  PUBLIC_BASE_URL: z.url().optional(),
  TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  /** Secret path token for the Aliyun uplink callback URL (`/channels/sms/aliyun/<token>`). */
  ALIYUN_SMS_CALLBACK_TOKEN: z.string().min(16).optional(),
  ALIYUN_SMS_ALLOWED_IPS: ipList,
  TENCENT_SMS_CALLBACK_TOKEN: z.string().min(16).optional(),
  TENCENT_SMS_ALLOWED_IPS: ipList,
  /** HMAC secret shared with a generic gateway (`X-Zhitong-Signature`). */
  GENERIC_SMS_SECRET: z.string().min(16).optional(),
  GENERIC_SMS_MAX_SKEW_SECONDS: z.coerce.number().int().min(0).default(300),
});
export type SmsConfig = z.infer<typeof SmsConfig>;
