import { createHmac } from "node:crypto";
import type { RawRequest, VerifyResult } from "../channel.js";
import { constantTimeEqual } from "./constant-time-equal.js";
import { headerValue } from "./header-value.js";

export const SIGNATURE_HEADER = "x-zhitong-signature";
export const TIMESTAMP_HEADER = "x-zhitong-timestamp";

export interface HmacHeaderOptions {
  secret: string;
  /** Largest accepted |now − timestamp| in seconds; 0 disables the check. */
  maxSkewSeconds: number;
  now?: () => Date;
}

/**
 * Zhitong's own webhook signature for gateways we integrate ourselves (generic SMS, hotline feed):
 * `X-Zhitong-Timestamp: <unix seconds>` and `X-Zhitong-Signature: sha256=<hex>` where the HMAC-SHA256
 * covers `<timestamp>.<raw body>`. The timestamp is inside the MAC (as Stripe and Slack do) because an
 * unsigned timestamp header would let anyone replay a captured body with a fresh time.
 */
export function verifyHmacSha256Header(req: RawRequest, options: HmacHeaderOptions): VerifyResult {
  const signature = headerValue(req.headers, SIGNATURE_HEADER);
  const timestamp = headerValue(req.headers, TIMESTAMP_HEADER);
  if (!signature?.startsWith("sha256=") || timestamp === undefined) {
    return {
      ok: false,
      status: 401,
      code: "SIGNATURE.MISSING",
      reason: "signature or timestamp header missing",
    };
  }
  if (!/^\d{1,12}$/.test(timestamp)) {
    return {
      ok: false,
      status: 401,
      code: "SIGNATURE.BAD_TIMESTAMP",
      reason: "timestamp is not unix seconds",
    };
  }
  const expected = computeHmacSha256Signature(options.secret, timestamp, req.rawBody);
  if (!constantTimeEqual(signature, expected)) {
    return { ok: false, status: 401, code: "SIGNATURE.MISMATCH", reason: "signature does not match" };
  }
  if (options.maxSkewSeconds > 0) {
    const nowSeconds = Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
    if (Math.abs(nowSeconds - Number(timestamp)) > options.maxSkewSeconds) {
      return {
        ok: false,
        status: 401,
        code: "SIGNATURE.STALE",
        reason: "timestamp outside the accepted window",
      };
    }
  }
  return { ok: true };
}

/** The header value a sender computes: `sha256=` + hex HMAC-SHA256 of `<timestamp>.<raw body>`. */
export function computeHmacSha256Signature(secret: string, timestamp: string, rawBody: Buffer): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.`).update(rawBody).digest("hex");
  return `sha256=${mac}`;
}
