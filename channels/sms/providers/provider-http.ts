import { keepAliveHttp } from "../../shared/keep-alive-http.js";
import { SmsSendError } from "../sms-provider.js";

/** What an SMS gateway call sends: a form or JSON body (bytes when they are signed) and plain headers. */
export interface GatewayRequest {
  method: "POST";
  headers: Record<string, string>;
  body: string | Buffer;
}

/**
 * One HTTP call to an SMS gateway: network errors and timeouts are retryable failures. The global
 * `fetch` is replaced by node's own client with a keep-alive pool (the one the WeChat and Tencent
 * clients use): the same call without the WHATWG objects built around each one, which were the
 * largest Node-side cost of a unit's dispatch SMS in the worker's profile. A fetch passed in (tests
 * that make the gateway fail on purpose) is used as given.
 */
export async function gatewayFetch(
  doFetch: typeof fetch,
  url: string,
  init: GatewayRequest,
  provider: string,
  timeoutMs = 10_000,
): Promise<{ status: number; body: unknown }> {
  let status: number;
  let text: string;
  try {
    if (doFetch === globalThis.fetch) {
      const answer = await keepAliveHttp(url, { ...init, timeoutMs });
      status = answer.status;
      text = answer.body.toString("utf8");
    } else {
      const res = await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      status = res.status;
      text = await res.text();
    }
  } catch (error) {
    throw new SmsSendError(`${provider} unreachable: ${(error as Error).message}`, true);
  }
  const ok = status >= 200 && status < 300;
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    if (ok) throw new SmsSendError(`${provider} answered non-JSON`, true);
  }
  return { status, body };
}

/** Mainland numbers as most Chinese gateways want them: 11 digits, no +86. */
export function mainlandNumber(phone: string): string {
  const digits = phone.replace(/[\s-]/g, "");
  return /^(\+?86)1\d{10}$/.test(digits) ? digits.replace(/^\+?86/, "") : digits;
}

/** E.164 (Twilio, Tencent): a bare mainland mobile number gets +86. */
export function e164Number(phone: string): string {
  const digits = phone.replace(/[\s-]/g, "");
  if (/^1\d{10}$/.test(digits)) return `+86${digits}`;
  if (/^86\d{11}$/.test(digits)) return `+${digits}`;
  return digits;
}

export function requireTemplate(
  template: { code: string; params: Record<string, string> } | undefined,
  provider: string,
) {
  if (!template) {
    throw new SmsSendError(
      `${provider} only sends approved templates and no template is configured for this message`,
      false,
    );
  }
  return template;
}
