import { createHash, createHmac } from "node:crypto";
import { SmsSendError, type SmsProvider } from "../sms-provider.js";
import { e164Number, gatewayFetch, requireTemplate } from "./provider-http.js";

export interface TencentSmsProviderOptions {
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  signName: string;
  region?: string;
  baseUrl?: string;
  fetch?: typeof fetch;
  now?: () => Date;
}

const RETRYABLE_PREFIXES = ["InternalError", "RequestLimitExceeded", "LimitExceeded.DeliveryFrequencyLimit"];

/**
 * Tencent Cloud SMS `SendSms` (API 3.0, version 2021-01-11), signed with TC3-HMAC-SHA256. Templates
 * only: `TemplateId` + `TemplateParamSet` (an ordered list; the order is the one configured in
 * `SMS_TEMPLATE_*`).
 */
export function createTencentSmsProvider(options: TencentSmsProviderOptions): SmsProvider {
  const baseUrl = (options.baseUrl ?? "https://sms.tencentcloudapi.com").replace(/\/+$/, "");
  const host = new URL(baseUrl).host;
  return {
    name: "tencent",
    templatesOnly: true,
    async send(msg) {
      const template = requireTemplate(msg.template, "Tencent SMS");
      const payload = JSON.stringify({
        PhoneNumberSet: [e164Number(msg.to)],
        SmsSdkAppId: options.sdkAppId,
        SignName: options.signName,
        TemplateId: template.code,
        TemplateParamSet: Object.values(template.params),
      });
      const timestamp = Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
      const authorization = tc3Authorization({
        secretId: options.secretId,
        secretKey: options.secretKey,
        service: "sms",
        host,
        timestamp,
        payload,
        contentType: "application/json; charset=utf-8",
      });
      const { status, body } = await gatewayFetch(
        options.fetch ?? fetch,
        `${baseUrl}/`,
        {
          method: "POST",
          headers: {
            authorization,
            "content-type": "application/json; charset=utf-8",
            host,
            "x-tc-action": "SendSms",
            "x-tc-timestamp": String(timestamp),
            "x-tc-version": "2021-01-11",
            "x-tc-region": options.region ?? "ap-guangzhou",
          },
          body: payload,
        },
        "Tencent SMS",
      );
      const response = ((body ?? {}) as { Response?: Record<string, unknown> }).Response ?? {};
      const error = response["Error"] as { Code?: string; Message?: string } | undefined;
      if (error || status !== 200) {
        const code = error?.Code ?? `HTTP${status}`;
        const retryable = status >= 500 || RETRYABLE_PREFIXES.some((p) => code.startsWith(p));
        throw new SmsSendError(`Tencent SMS ${code}: ${error?.Message ?? ""}`.trim(), retryable, code);
      }
      const first = (
        response["SendStatusSet"] as Array<{ Code?: string; Message?: string; SerialNo?: string }> | undefined
      )?.[0];
      if (first?.Code === "Ok") return { providerMessageId: first.SerialNo ?? null };
      const code = first?.Code ?? "NoStatus";
      throw new SmsSendError(
        `Tencent SMS ${code}: ${first?.Message ?? ""}`.trim(),
        RETRYABLE_PREFIXES.some((p) => code.startsWith(p)),
        code,
      );
    },
  };
}

export interface Tc3Input {
  secretId: string;
  secretKey: string;
  service: string;
  host: string;
  timestamp: number;
  payload: string;
  contentType: string;
}

const sha256Hex = (text: string) => createHash("sha256").update(text).digest("hex");
const hmac = (key: Buffer | string, text: string) => createHmac("sha256", key).update(text).digest();

/** TC3-HMAC-SHA256 `Authorization` header (Tencent Cloud API 3.0 signature v3), signing content-type and host. */
export function tc3Authorization(input: Tc3Input): string {
  const date = new Date(input.timestamp * 1000).toISOString().slice(0, 10);
  const signedHeaders = "content-type;host";
  const canonicalRequest = [
    "POST",
    "/",
    "",
    `content-type:${input.contentType}\nhost:${input.host}\n`,
    signedHeaders,
    sha256Hex(input.payload),
  ].join("\n");
  const scope = `${date}/${input.service}/tc3_request`;
  const stringToSign = ["TC3-HMAC-SHA256", String(input.timestamp), scope, sha256Hex(canonicalRequest)].join(
    "\n",
  );
  const secretDate = hmac(`TC3${input.secretKey}`, date);
  const secretService = hmac(secretDate, input.service);
  const secretSigning = hmac(secretService, "tc3_request");
  const signature = createHmac("sha256", secretSigning).update(stringToSign).digest("hex");
  return `TC3-HMAC-SHA256 Credential=${input.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
