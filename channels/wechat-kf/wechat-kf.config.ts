import { z } from "zod";

/**
 * 微信客服 (WeChat Customer Service through the WeCom API) settings. All optional: the channel is
 * mounted only when the callback keys are set, and sends only when the secret is set too.
 */
export const WechatKfEnv = z.object({
  /** The WeCom corp id (企业ID): the `receiveid` of the callback encryption and gettoken's corpid. */
  WECHAT_KF_CORP_ID: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "a WeCom corp id")
    .optional(),
  /** The 微信客服 application's Secret (for gettoken). */
  WECHAT_KF_SECRET: z.string().min(1).optional(),
  /** Callback Token configured in the WeCom admin console. */
  WECHAT_KF_TOKEN: z.string().min(3).max(32).optional(),
  WECHAT_KF_ENCODING_AES_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}$/, "EncodingAESKey is 43 base64 characters")
    .optional(),
  /** Base of the WeCom server API (tests point it at a local fake). */
  WECHAT_KF_API_BASE: z.url({ protocol: /^https?$/ }).default("https://qyapi.weixin.qq.com"),
  /** Replay window for callback timestamps in seconds; 0 turns the check off. */
  WECHAT_KF_MAX_SKEW_SECONDS: z.coerce.number().int().min(0).default(300),
});
export type WechatKfEnv = z.infer<typeof WechatKfEnv>;

const CALLBACK_KEYS = ["WECHAT_KF_CORP_ID", "WECHAT_KF_TOKEN", "WECHAT_KF_ENCODING_AES_KEY"] as const;

/**
 * The settings when the channel is configured, null when none of its callback keys is set. A partial
 * configuration is a boot-time mistake: the error names the missing keys, never a value.
 */
export function readWechatKfConfig(env: Readonly<Record<string, string | undefined>>): WechatKfEnv | null {
  const present = CALLBACK_KEYS.filter((k) => env[k]);
  if (present.length === 0) return null;
  const missing = CALLBACK_KEYS.filter((k) => !env[k]);
  if (missing.length > 0)
    throw new Error(`微信客服 channel needs ${missing.join(", ")} (set with ${present.join(", ")})`);
  const parsed = WechatKfEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}
