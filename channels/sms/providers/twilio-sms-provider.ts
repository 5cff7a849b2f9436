import { SmsSendError, type SmsProvider } from "../sms-provider.js";
import { e164Number, gatewayFetch } from "./provider-http.js";

export interface TwilioSmsProviderOptions {
  accountSid: string;
  authToken: string;
  /** A phone number, or a Messaging Service SID (`MG…`). */
  from: string;
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** Twilio Programmable Messaging: `POST /2010-04-01/Accounts/{Sid}/Messages.json`, Basic auth, free text. */
export function createTwilioSmsProvider(options: TwilioSmsProviderOptions): SmsProvider {
  const base = (options.baseUrl ?? "https://api.twilio.com").replace(/\/+$/, "");
  const auth = Buffer.from(`${options.accountSid}:${options.authToken}`).toString("base64");
  return {
    name: "twilio",
    templatesOnly: false,
    async send(msg) {
      const form = new URLSearchParams({ To: e164Number(msg.to), Body: msg.text });
      if (options.from.startsWith("MG")) form.set("MessagingServiceSid", options.from);
      else form.set("From", options.from);
      const { status, body } = await gatewayFetch(
        options.fetch ?? fetch,
        `${base}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`,
        {
          method: "POST",
          headers: { authorization: `Basic ${auth}`, "content-type": "application/x-www-form-urlencoded" },
          body: form.toString(),
        },
        "Twilio",
      );
      const json = (body ?? {}) as { sid?: string; code?: number; message?: string };
      if (status >= 200 && status < 300 && json.sid) return { providerMessageId: json.sid };
      throw new SmsSendError(
        `Twilio HTTP ${status}${json.code ? ` code ${json.code}` : ""}: ${json.message ?? ""}`.trim(),
        status === 429 || status >= 500,
        json.code === undefined ? undefined : String(json.code),
      );
    },
  };
}
