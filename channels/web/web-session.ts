import { createHmac, randomBytes } from "node:crypto";
import type { RawRequest } from "../channel.js";
import { constantTimeEqual } from "../shared/constant-time-equal.js";
import { headerValue } from "../shared/header-value.js";

/** Cookie and header that carry the web chat session token (the page sends the header; curl may use either). */
export const WEB_TOKEN_COOKIE = "zt_web_token";
export const WEB_TOKEN_HEADER = "x-web-session-token";

export interface WebSession {
  sessionId: string;
  token: string;
}

/**
 * A new anonymous chat session. The token is an HMAC of the session id, so any API process can check
 * it without a session table, and nobody can read another session's replies by guessing its id.
 */
export function issueWebSession(secret: string, random: (n: number) => Buffer = randomBytes): WebSession {
  const sessionId = `w${random(18).toString("base64url")}`;
  return { sessionId, token: webSessionToken(secret, sessionId) };
}

export function webSessionToken(secret: string, sessionId: string): string {
  return createHmac("sha256", secret).update(`zhitong-web-session:${sessionId}`).digest("base64url");
}

/** The token the request presents (header first, then cookie), or undefined. */
export function presentedWebToken(req: Pick<RawRequest, "headers">): string | undefined {
  const header = headerValue(req.headers, WEB_TOKEN_HEADER);
  if (header) return header;
  const cookie = headerValue(req.headers, "cookie") ?? "";
  for (const part of cookie.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === WEB_TOKEN_COOKIE) return rest.join("=");
  }
  return undefined;
}

/** True when `token` was issued for `sessionId` (constant-time). */
export function verifyWebSessionToken(secret: string, sessionId: string, token: string | undefined): boolean {
  return token !== undefined && constantTimeEqual(token, webSessionToken(secret, sessionId));
}
