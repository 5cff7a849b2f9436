import { SmsSendError } from "../sms-provider.js";

/** One HTTP call to an SMS gateway: network errors and timeouts are retryable failures. */
export async function gatewayFetch(
  doFetch: typeof fetch,
  url: string,
  init: RequestInit,
  provider: string,
  timeoutMs = 10_000,
): Promise<{ status: number; body: unknown }> {
  let res: Response;
  try {
    res = await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new SmsSendError(`${provider} unreachable: ${(error as Error).message}`, true);
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    if (res.ok) throw new SmsSendError(`${provider} answered non-JSON`, true);
  }
  return { status: res.status, body };
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
