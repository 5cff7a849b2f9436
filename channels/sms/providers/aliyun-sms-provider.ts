import { createHmac, randomUUID } from "node:crypto";
import { SmsSendError, type SmsProvider } from "../sms-provider.js";
import { gatewayFetch, mainlandNumber, requireTemplate } from "./provider-http.js";

export interface AliyunSmsProviderOptions {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  baseUrl?: string;
  fetch?: typeof fetch;
  now?: () => Date;
  nonce?: () => string;
}

/** Codes worth retrying later: flow control and Aliyun-side failures. */
const RETRYABLE = new Set([
  "Throttling",
  "Throttling.User",
  "ServiceUnavailable",
  "InternalError",
  "isv.BUSINESS_LIMIT_CONTROL",
]);

/**
 * Aliyun SMS `SendSms` (API version 2017-05-25, RPC style). Only approved templates are delivered:
 * `TemplateCode` + `TemplateParam` (JSON object). Requests are signed with Aliyun's RPC signature
 * (HMAC-SHA1 over the canonicalised, percent-encoded parameters).
 */
export function createAliyunSmsProvider(options: AliyunSmsProviderOptions): SmsProvider {
  const base = (options.baseUrl ?? "https://dysmsapi.aliyuncs.com").replace(/\/+$/, "");
  return {
    name: "aliyun",
    templatesOnly: true,
    async send(msg) {
      const template = requireTemplate(msg.template, "Aliyun SMS");
      const params: Record<string, string> = {
        AccessKeyId: options.accessKeyId,
        Action: "SendSms",
        Format: "JSON",
        PhoneNumbers: mainlandNumber(msg.to),
        RegionId: "cn-hangzhou",
        SignName: options.signName,
        SignatureMethod: "HMAC-SHA1",
        SignatureNonce: options.nonce?.() ?? randomUUID(),
        SignatureVersion: "1.0",
        TemplateCode: template.code,
        TemplateParam: JSON.stringify(template.params),
        Timestamp: (options.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z"),
        Version: "2017-05-25",
      };
      const signature = aliyunRpcSignature("POST", params, options.accessKeySecret);
      const form = new URLSearchParams({ ...params, Signature: signature });
      const { status, body } = await gatewayFetch(
        options.fetch ?? fetch,
        `${base}/`,
        {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: form.toString(),
        },
        "Aliyun SMS",
      );
      const json = (body ?? {}) as { Code?: string; Message?: string; BizId?: string };
      if (status === 200 && json.Code === "OK") return { providerMessageId: json.BizId ?? null };
      const code = json.Code ?? `HTTP${status}`;
      throw new SmsSendError(
        `Aliyun SMS ${code}: ${json.Message ?? ""}`.trim(),
        RETRYABLE.has(code) || status >= 500,
        code,
      );
    },
  };
}

/** RFC 3986 percent-encoding as Aliyun's POP signature requires (space → %20, `*` → %2A, `~` kept). */
export function aliyunPercentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Aliyun RPC signature: base64(HMAC-SHA1(secret + "&", METHOD&%2F&encode(sorted query))). */
export function aliyunRpcSignature(
  method: string,
  params: Record<string, string>,
  accessKeySecret: string,
): string {
  const canonical = Object.keys(params)
    .filter((key) => key !== "Signature")
    .sort()
    .map((key) => `${aliyunPercentEncode(key)}=${aliyunPercentEncode(params[key]!)}`)
    .join("&");
  const stringToSign = `${method}&${aliyunPercentEncode("/")}&${aliyunPercentEncode(canonical)}`;
  return createHmac("sha1", `${accessKeySecret}&`).update(stringToSign).digest("base64");
}
