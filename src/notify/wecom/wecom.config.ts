import { z } from "zod";

/**
 * The WeCom (企业微信) self-built application that notifies units and signs their staff in on the
 * mobile ticket page. All optional: without WECOM_CORP_ID units are notified by SMS only.
 */
export const WecomAppEnv = z.object({
  /** 企业ID (My Company → Company Information in the WeCom admin console). */
  WECOM_CORP_ID: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "a WeCom corp id, e.g. ww1234567890abcdef")
    .optional(),
  /** The application's AgentId (App Management → the app), a whole number. */
  WECOM_AGENT_ID: z.coerce
    .number({ error: "must be the application's AgentId (a whole number)" })
    .int("must be the application's AgentId (a whole number)")
    .positive("must be the application's AgentId (a whole number)")
    .optional(),
  /** The application's Secret (for gettoken); never logged. */
  WECOM_AGENT_SECRET: z.string().min(8, "the application's Secret from the WeCom admin console").optional(),
  /** Base of the WeCom server API (tests point it at a local fake). */
  WECOM_API_BASE: z
    .url({ protocol: /^https?$/, error: "must be a URL like https://qyapi.weixin.qq.com" })
    .default("https://qyapi.weixin.qq.com"),
  /** Base of WeCom's OAuth2 authorize page (tests point it at a local fake). */
  WECOM_OAUTH_BASE: z
    .url({ protocol: /^https?$/, error: "must be a URL like https://open.weixin.qq.com" })
    .default("https://open.weixin.qq.com"),
  /** Request timeout for the WeCom API in ms. */
  WECOM_TIMEOUT_MS: z.coerce
    .number({ error: "must be a number of milliseconds" })
    .int("must be a whole number")
    .min(500, "at least 500")
    .max(30_000, "at most 30000")
    .default(8_000),
});
export type WecomAppEnv = z.infer<typeof WecomAppEnv>;

export interface WecomAppConfig {
  corpId: string;
  agentId: number;
  secret: string;
  apiBase: string;
  oauthBase: string;
  timeoutMs: number;
  /** Where the mobile page lives: PUBLIC_BASE_URL, the WeCom app's trusted domain. */
  publicBaseUrl: string;
}

const KEYS = ["WECOM_CORP_ID", "WECOM_AGENT_ID", "WECOM_AGENT_SECRET"] as const;

/**
 * Settings that are only wrong together: a partly configured app, or one without PUBLIC_BASE_URL
 * (the card's link and the OAuth redirect must be absolute URLs on the app's trusted domain).
 * Lines name keys, never values.
 */
export function wecomEnvProblems(raw: (key: string) => string | undefined): string[] {
  const present = KEYS.filter((k) => raw(k));
  if (present.length === 0) return [];
  const problems: string[] = [];
  const missing = KEYS.filter((k) => !raw(k));
  if (missing.length)
    problems.push(
      `${missing.join(", ")}: required for the WeCom unit notifier (set with ${present.join(", ")}); ` +
        "take them from the WeCom admin console (App Management → your app), or unset the WECOM_ variables",
    );
  if (!raw("PUBLIC_BASE_URL"))
    problems.push(
      "PUBLIC_BASE_URL: required when WECOM_CORP_ID is set (the card's link and the OAuth redirect), " +
        "e.g. https://zhitong.example.gov.cn — the WeCom app's trusted domain",
    );
  return problems;
}

/** The app's settings when configured (preflight has checked them), else null. */
export function wecomAppConfig(
  env: WecomAppEnv & { PUBLIC_BASE_URL?: string | undefined },
): WecomAppConfig | null {
  if (!env.WECOM_CORP_ID || !env.WECOM_AGENT_ID || !env.WECOM_AGENT_SECRET || !env.PUBLIC_BASE_URL)
    return null;
  return {
    corpId: env.WECOM_CORP_ID,
    agentId: env.WECOM_AGENT_ID,
    secret: env.WECOM_AGENT_SECRET,
    apiBase: env.WECOM_API_BASE.replace(/\/+$/, ""),
    oauthBase: env.WECOM_OAUTH_BASE.replace(/\/+$/, ""),
    timeoutMs: env.WECOM_TIMEOUT_MS,
    publicBaseUrl: env.PUBLIC_BASE_URL.replace(/\/+$/, ""),
  };
}
