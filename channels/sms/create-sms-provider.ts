import { ChannelEnv } from "../channels.env.js";
import { createAliyunSmsProvider } from "./providers/aliyun-sms-provider.js";
import { createGenericSmsProvider } from "./providers/generic-sms-provider.js";
import { createTencentSmsProvider } from "./providers/tencent-sms-provider.js";
import { createTwilioSmsProvider } from "./providers/twilio-sms-provider.js";
import type { SmsProvider } from "./sms-provider.js";
import { stringsOnly } from "./sms-template.js";

// Where callers have always found them.
export { fitOneSegment, smsTemplateFor, type SmsPurpose } from "./sms-template.js";

const SmsEnv = ChannelEnv.pick({
  SMS_PROVIDER: true,
  TWILIO_AUTH_TOKEN: true,
  TWILIO_ACCOUNT_SID: true,
  TWILIO_FROM: true,
  TWILIO_API_BASE: true,
  ALIYUN_ACCESS_KEY_ID: true,
  ALIYUN_ACCESS_KEY_SECRET: true,
  ALIYUN_SMS_SIGN_NAME: true,
  ALIYUN_SMS_API_BASE: true,
  TENCENT_SECRET_ID: true,
  TENCENT_SECRET_KEY: true,
  TENCENT_SMS_SDK_APP_ID: true,
  TENCENT_SMS_SIGN_NAME: true,
  TENCENT_SMS_REGION: true,
  TENCENT_SMS_API_BASE: true,
  GENERIC_SMS_SECRET: true,
  GENERIC_SMS_SEND_URL: true,
  SMS_TEMPLATE_REPLY: true,
  SMS_TEMPLATE_STATUS: true,
  SMS_TEMPLATE_SURVEY: true,
  SMS_TEMPLATE_NOTICE: true,
});

/** The variables each outbound SMS provider cannot send without (checked by `config check` too). */
export const SMS_PROVIDER_NEEDS = {
  twilio: ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM"],
  aliyun: ["ALIYUN_ACCESS_KEY_ID", "ALIYUN_ACCESS_KEY_SECRET", "ALIYUN_SMS_SIGN_NAME"],
  tencent: ["TENCENT_SECRET_ID", "TENCENT_SECRET_KEY", "TENCENT_SMS_SDK_APP_ID", "TENCENT_SMS_SIGN_NAME"],
  generic: ["GENERIC_SMS_SEND_URL", "GENERIC_SMS_SECRET"],
} as const satisfies Record<NonNullable<ChannelEnv["SMS_PROVIDER"]>, readonly (keyof ChannelEnv)[]>;

export interface SmsProviderDeps {
  fetch?: typeof fetch;
  now?: () => Date;
}

/**
 * The outbound SMS provider selected by `SMS_PROVIDER`, or null when none is set. Throws with the
 * missing variables when the selected provider is incomplete (a boot-time mistake, not a send error).
 * Used for residents' SMS (outbound worker) and unit notifications alike.
 */
export function createSmsProvider(
  env: Readonly<Record<string, unknown>>,
  deps: SmsProviderDeps = {},
): SmsProvider | null {
  const e = SmsEnv.parse(stringsOnly(env));
  const need = (...keys: readonly (keyof typeof e)[]) => {
    const missing = keys.filter((k) => !e[k]);
    if (missing.length > 0) throw new Error(`SMS_PROVIDER=${e.SMS_PROVIDER} needs ${missing.join(", ")}`);
  };
  switch (e.SMS_PROVIDER) {
    case undefined:
      return null;
    case "twilio":
      need(...SMS_PROVIDER_NEEDS.twilio);
      return createTwilioSmsProvider({
        accountSid: e.TWILIO_ACCOUNT_SID!,
        authToken: e.TWILIO_AUTH_TOKEN!,
        from: e.TWILIO_FROM!,
        baseUrl: e.TWILIO_API_BASE,
        ...deps,
      });
    case "aliyun":
      need(...SMS_PROVIDER_NEEDS.aliyun);
      return createAliyunSmsProvider({
        accessKeyId: e.ALIYUN_ACCESS_KEY_ID!,
        accessKeySecret: e.ALIYUN_ACCESS_KEY_SECRET!,
        signName: e.ALIYUN_SMS_SIGN_NAME!,
        baseUrl: e.ALIYUN_SMS_API_BASE,
        ...deps,
      });
    case "tencent":
      need(...SMS_PROVIDER_NEEDS.tencent);
      return createTencentSmsProvider({
        secretId: e.TENCENT_SECRET_ID!,
        secretKey: e.TENCENT_SECRET_KEY!,
        sdkAppId: e.TENCENT_SMS_SDK_APP_ID!,
        signName: e.TENCENT_SMS_SIGN_NAME!,
        region: e.TENCENT_SMS_REGION,
        baseUrl: e.TENCENT_SMS_API_BASE,
        ...deps,
      });
    case "generic":
      need(...SMS_PROVIDER_NEEDS.generic);
      return createGenericSmsProvider({
        url: e.GENERIC_SMS_SEND_URL!,
        secret: e.GENERIC_SMS_SECRET!,
        ...deps,
      });
  }
}
