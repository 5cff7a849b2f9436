import { z } from "zod";

/** WeChat official account settings, read from the environment (names are stable: see the README). */
export const WechatConfig = z.object({
  WECHAT_TOKEN: z.string().min(3).max(32),
  WECHAT_APPID: z.string().min(1),
  WECHAT_APPSECRET: z.string().min(1).optional(),
  WECHAT_ENCODING_AES_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}$/, "EncodingAESKey is 43 base64 characters")
    .optional(),
  /** Replay window in seconds; 0 turns the check off. */
  WECHAT_MAX_SKEW_SECONDS: z.coerce.number().int().min(0).default(300),
});
export type WechatConfig = z.infer<typeof WechatConfig>;
