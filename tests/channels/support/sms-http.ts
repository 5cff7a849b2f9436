import { computeHmacSha256Signature } from "../../../channels/shared/verify-hmac-sha256-header.js";
import { computeTwilioSignature } from "../../../channels/sms/twilio-signature.js";

export const SMS_SECRETS = {
  twilioToken: "twilio-auth-token-0001",
  aliyunPath: "aliyun-path-token-0123456789",
  tencentPath: "tencent-path-token-0123456789",
  generic: "generic-secret-0123456789",
  hotline: "hotline-secret-0123456789",
  publicBase: "https://zhitong.example.gov.cn",
} as const;

export const smsEnv = (extra: Record<string, string> = {}) => ({
  PUBLIC_BASE_URL: SMS_SECRETS.publicBase,
  TWILIO_AUTH_TOKEN: SMS_SECRETS.twilioToken,
  ALIYUN_SMS_CALLBACK_TOKEN: SMS_SECRETS.aliyunPath,
  TENCENT_SMS_CALLBACK_TOKEN: SMS_SECRETS.tencentPath,
  GENERIC_SMS_SECRET: SMS_SECRETS.generic,
  HOTLINE_HMAC_SECRET: SMS_SECRETS.hotline,
  ...extra,
});

/** A Twilio incoming-SMS webhook, signed over the public URL and every parameter. */
export function twilioSms(fields: Record<string, string>, path = "/channels/sms/twilio") {
  const params = Object.entries(fields);
  const signature = computeTwilioSignature(SMS_SECRETS.twilioToken, SMS_SECRETS.publicBase + path, params);
  return {
    method: "POST" as const,
    url: path,
    payload: new URLSearchParams(fields).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
  };
}

/** A body signed with Zhitong's HMAC header scheme (generic SMS, hotline feed). */
export function hmacSigned(url: string, body: unknown, secret: string, at: Date) {
  const payload = typeof body === "string" ? body : JSON.stringify(body);
  const timestamp = String(Math.floor(at.getTime() / 1000));
  return {
    method: "POST" as const,
    url,
    payload,
    headers: {
      "content-type": "application/json",
      "x-zhitong-timestamp": timestamp,
      "x-zhitong-signature": computeHmacSha256Signature(secret, timestamp, Buffer.from(payload)),
    },
  };
}
