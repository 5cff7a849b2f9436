import {
  computeHmacSha256Signature,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from "../../shared/verify-hmac-sha256-header.js";
import { SmsSendError, type SmsProvider } from "../sms-provider.js";
import { gatewayFetch } from "./provider-http.js";

export interface GenericSmsProviderOptions {
  url: string;
  secret: string;
  fetch?: typeof fetch;
  now?: () => Date;
}

/**
 * Zhitong's own outbound JSON for gateways connected through a small relay: `POST <url>` with
 * `{to, text, template, idempotencyKey}`, signed like the generic webhook (`X-Zhitong-Timestamp`,
 * `X-Zhitong-Signature: sha256=HMAC(timestamp.body)`); the relay answers `{messageId}`.
 */
export function createGenericSmsProvider(options: GenericSmsProviderOptions): SmsProvider {
  return {
    name: "generic",
    templatesOnly: false,
    async send(msg) {
      const body = Buffer.from(
        JSON.stringify({
          to: msg.to,
          text: msg.text,
          template: msg.template ?? null,
          idempotencyKey: msg.idempotencyKey ?? null,
        }),
      );
      const timestamp = String(Math.floor((options.now?.() ?? new Date()).getTime() / 1000));
      const { status, body: answer } = await gatewayFetch(
        options.fetch ?? fetch,
        options.url,
        {
          method: "POST",
          headers: {
            "content-type": "application/json; charset=utf-8",
            [TIMESTAMP_HEADER]: timestamp,
            [SIGNATURE_HEADER]: computeHmacSha256Signature(options.secret, timestamp, body),
          },
          body,
        },
        "generic SMS gateway",
      );
      if (status >= 200 && status < 300) {
        const id = (answer as { messageId?: unknown } | null)?.messageId;
        return { providerMessageId: typeof id === "string" || typeof id === "number" ? String(id) : null };
      }
      const error = (answer as { error?: { code?: string; message?: string } } | null)?.error;
      throw new SmsSendError(
        `generic SMS gateway HTTP ${status}${error?.code ? ` ${error.code}` : ""}`,
        status === 429 || status >= 500,
        error?.code,
      );
    },
  };
}
