import { createHash } from "node:crypto";
import type { RawRequest, VerifyResult } from "../../channels/channel.js";
import { queryValue } from "../../channels/shared/header-value.js";
import type { AppContext } from "../runtime/context.js";
import { createNonceMemory } from "./nonce-memory.js";

const DEFAULT_SKEW_SECONDS = 300;

/**
 * Refuses a signed WeChat URL reused with another body. WeChat's signature covers only token,
 * timestamp and nonce (in plaintext mode the body is unsigned), so one captured URL would otherwise
 * let anyone post as any openid until the timestamp goes stale. WeChat's own retries resend the
 * identical request and pass (the message id deduplicates them).
 */
export function wechatReplayGuard(ctx: AppContext): (raw: RawRequest) => Promise<VerifyResult> {
  const skew = ctx.env.WECHAT_MAX_SKEW_SECONDS ?? DEFAULT_SKEW_SECONDS;
  // Timestamps are accepted up to `skew` either side of now; with the check off keep ten minutes.
  const windowSeconds = skew > 0 ? 2 * skew + 60 : 600;
  let lastWarning = 0;
  const memory = createNonceMemory(ctx.redis, {
    keyPrefix: `${ctx.env.QUEUE_PREFIX}:wechat`,
    windowSeconds,
    onRedisError: (err) => {
      const now = ctx.now().getTime();
      if (now - lastWarning < 60_000) return;
      lastWarning = now;
      ctx.log.warn(
        { err: (err as Error).message },
        "wechat nonce memory: Redis unavailable, using process memory",
      );
    },
  });
  return async (raw) => {
    if (raw.method.toUpperCase() !== "POST") return { ok: true };
    // In safe mode the adapter has checked msg_signature, which covers the encrypted body: a signed
    // URL reused with another body fails there, and the memory (a Redis round trip) adds nothing.
    if (queryValue(raw.query, "encrypt_type") === "aes") return { ok: true };
    const timestamp = queryValue(raw.query, "timestamp") ?? "";
    const nonce = queryValue(raw.query, "nonce") ?? "";
    const digest = createHash("sha256").update(raw.rawBody).digest("base64url");
    const key = createHash("sha256").update(`${timestamp}\n${nonce}`).digest("base64url");
    const verdict = await memory.remember(key, digest, ctx.now());
    if (verdict === "conflict")
      return {
        ok: false,
        status: 401,
        code: "WECHAT.REPLAYED",
        reason: "this signed URL was already used for another message",
      };
    return { ok: true };
  };
}
