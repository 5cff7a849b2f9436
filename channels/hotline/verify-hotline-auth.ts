import type { RawRequest, VerifyResult } from "../channel.js";
import { constantTimeEqual } from "../shared/constant-time-equal.js";
import { headerValue } from "../shared/header-value.js";
import { verifyHmacSha256Header } from "../shared/verify-hmac-sha256-header.js";

export type HotlineAuth =
  | { kind: "hmac"; secret: string; maxSkewSeconds: number; now?: () => Date }
  | { kind: "bearer"; token: string };

/** Authenticates the speech-to-text feed with Zhitong's HMAC header or a static bearer token. */
export function verifyHotlineAuth(req: RawRequest, auth: HotlineAuth): VerifyResult {
  if (auth.kind === "hmac") return verifyHmacSha256Header(req, auth);
  const header = headerValue(req.headers, "authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1] || !constantTimeEqual(match[1], auth.token)) {
    return { ok: false, status: 401, code: "HOTLINE.BAD_TOKEN", reason: "missing or wrong bearer token" };
  }
  return { ok: true };
}
