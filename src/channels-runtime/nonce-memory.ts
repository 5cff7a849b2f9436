import type { Redis } from "ioredis";

export type NonceVerdict = "fresh" | "same" | "conflict";

export interface NonceMemory {
  /**
   * Remembers `key` (a signed request's timestamp and nonce) with the digest of its body for the
   * replay window. "same": the provider resent the identical request (a retry, deduplicated later);
   * "conflict": the signed URL is being reused with another body — a replay to refuse.
   */
  remember(key: string, digest: string, now: Date): Promise<NonceVerdict>;
}

export interface NonceMemoryOptions {
  keyPrefix: string;
  windowSeconds: number;
  /** Redis gets this long to answer before this process' own memory decides alone. */
  timeoutMs?: number;
  /** Entries kept in process memory at most (oldest dropped first). */
  maxLocalEntries?: number;
  onRedisError?: (err: unknown) => void;
}

/**
 * Replay memory shared through Redis (SET NX with a TTL, so every API process sees it) and kept in
 * process memory too: when Redis is slow, down or lost its data, a replay to the same process is
 * still refused, and a genuine request is never held up for long.
 */
export function createNonceMemory(redis: Redis, opts: NonceMemoryOptions): NonceMemory {
  const windowMs = opts.windowSeconds * 1000;
  const timeoutMs = opts.timeoutMs ?? 300;
  const maxLocal = opts.maxLocalEntries ?? 100_000;
  const local = new Map<string, { digest: string; expiresAt: number }>();

  function rememberLocally(key: string, digest: string, nowMs: number): NonceVerdict {
    const seen = local.get(key);
    if (seen && seen.expiresAt > nowMs) return seen.digest === digest ? "same" : "conflict";
    local.delete(key);
    local.set(key, { digest, expiresAt: nowMs + windowMs });
    // Insertion order is age order: drop the oldest pairs first.
    for (const k of local.keys()) {
      if (local.size <= maxLocal) break;
      local.delete(k);
    }
    return "fresh";
  }

  async function rememberInRedis(key: string, digest: string): Promise<NonceVerdict> {
    const redisKey = `${opts.keyPrefix}:nonce:${key}`;
    const set = await redis.set(redisKey, digest, "PX", windowMs, "NX");
    if (set === "OK") return "fresh";
    const stored = await redis.get(redisKey);
    if (stored === null) return "fresh"; // expired between the two calls
    return stored === digest ? "same" : "conflict";
  }

  return {
    async remember(key, digest, now) {
      const mine = rememberLocally(key, digest, now.getTime());
      if (mine === "conflict") return mine;
      let timer: NodeJS.Timeout | undefined;
      try {
        const shared = await Promise.race([
          rememberInRedis(key, digest),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`redis did not answer in ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
        // Another process saw this pair first: its verdict wins over this process' "fresh".
        return shared === "fresh" ? mine : shared;
      } catch (err) {
        opts.onRedisError?.(err);
        return mine;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
