import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { WechatApi } from "./wechat-api.js";

/** Refresh this long before WeChat's expiry so no request carries a token that dies in flight. */
const EARLY_REFRESH_SECONDS = 300;
const LOCK_MS = 10_000;
const WAIT_STEP_MS = 50;

/**
 * The official account's access token, cached in Redis and shared by every API and worker process.
 * Only the holder of a short Redis lock fetches a new one; the others wait for it to appear, so a
 * burst of senders makes one `stable_token` call, not one each.
 */
export class WechatAccessToken {
  private readonly key: string;
  private readonly lockKey: string;

  constructor(
    private readonly redis: Redis,
    private readonly api: WechatApi,
    opts: { prefix: string; appid: string },
  ) {
    this.key = `${opts.prefix}:wechat:access-token:${opts.appid}`;
    this.lockKey = `${this.key}:lock`;
  }

  /** A valid token from the cache, or a fresh one. */
  async get(): Promise<string> {
    const cached = await this.redis.get(this.key);
    if (cached) return cached;
    return this.refresh(null);
  }

  /**
   * WeChat rejected `rejected` (40001/42001/40014): drop it and fetch another, unless another process
   * already replaced it. Force a refresh only if WeChat hands back the same rejected token.
   */
  async renew(rejected: string): Promise<string> {
    return this.refresh(rejected);
  }

  private async refresh(rejected: string | null): Promise<string> {
    const deadline = Date.now() + LOCK_MS;
    while (Date.now() < deadline) {
      const cached = await this.redis.get(this.key);
      if (cached && cached !== rejected) return cached;
      const owner = randomUUID();
      if (await this.redis.set(this.lockKey, owner, "PX", LOCK_MS, "NX")) {
        try {
          // Re-check under the lock: the previous holder may have just stored a good token.
          const again = await this.redis.get(this.key);
          if (again && again !== rejected) return again;
          let token = await this.api.fetchStableToken(false);
          if (rejected !== null && token.accessToken === rejected)
            token = await this.api.fetchStableToken(true);
          const ttl = Math.max(60, token.expiresIn - EARLY_REFRESH_SECONDS);
          await this.redis.set(this.key, token.accessToken, "EX", ttl);
          return token.accessToken;
        } finally {
          // Release only our own lock (it may have expired and been taken by someone else).
          await this.redis.eval(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            1,
            this.lockKey,
            owner,
          );
        }
      }
      await new Promise((r) => setTimeout(r, WAIT_STEP_MS));
    }
    throw new Error("timed out waiting for the WeChat access token lock");
  }
}
