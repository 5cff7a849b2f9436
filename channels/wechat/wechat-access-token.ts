import { randomUUID } from "node:crypto";
import type { ChannelCache, ChannelPort } from "../port.js";
import { createWechatApi, WECHAT_API_TIMEOUT_MS, type WechatApi } from "./wechat-api.js";

/** Refresh this long before WeChat's expiry so no request carries a token that dies in flight. */
const EARLY_REFRESH_SECONDS = 300;
const LOCK_MS = 10_000;
const WAIT_STEP_MS = 50;
/**
 * How long a process keeps the token it last read or fetched without asking Redis again. Far
 * shorter than EARLY_REFRESH_SECONDS, so a token kept here is still valid at WeChat for minutes
 * after the shared copy expires; a token another process renewed in the meantime is caught by
 * WeChat's 40001/42001, and `renew()` then takes the shared one.
 */
const KEEP_MS = 30_000;

/**
 * The official account's access token, in the shared cache (Redis) for every API and worker process.
 * Only the holder of a short lock fetches a new one; the others wait for it to appear, so a burst of
 * senders makes one `stable_token` call, not one each.
 */
export class WechatAccessToken {
  private readonly key: string;
  private readonly lockKey: string;
  /** The token this process last saw, kept for KEEP_MS (a Redis round trip per send saved). */
  private kept: { token: string; until: number } | null = null;
  /** Bumped by `renew()`: a read that started before it must not keep what it read. */
  private renewals = 0;
  private readonly keepMs: number;
  private readonly clock: () => number;

  constructor(
    private readonly cache: ChannelCache,
    private readonly api: WechatApi,
    opts: { appid: string; keepMs?: number; clock?: () => number },
  ) {
    this.key = `wechat:access-token:${opts.appid}`;
    this.lockKey = `${this.key}:lock`;
    this.keepMs = opts.keepMs ?? KEEP_MS;
    // Wall clock: the token's lifetime at WeChat is real time, not business time.
    this.clock = opts.clock ?? Date.now;
  }

  /** A valid token: the one kept in this process, else the shared one, else a fresh one. */
  async get(): Promise<string> {
    if (this.kept && this.clock() < this.kept.until) return this.kept.token;
    this.kept = null;
    const renewals = this.renewals;
    const token = (await this.cache.get(this.key)) ?? (await this.refresh(null));
    return renewals === this.renewals ? this.keep(token) : token;
  }

  /**
   * WeChat rejected `rejected` (40001/42001/40014): drop it and fetch another, unless another process
   * already replaced it. Force a refresh only if WeChat hands back the same rejected token.
   */
  async renew(rejected: string): Promise<string> {
    this.kept = null;
    const renewals = ++this.renewals;
    const token = await this.refresh(rejected);
    return renewals === this.renewals ? this.keep(token) : token;
  }

  private keep(token: string): string {
    this.kept = { token, until: this.clock() + this.keepMs };
    return token;
  }

  private async refresh(rejected: string | null): Promise<string> {
    // Wall clock: this bounds how long we wait for another process, not business time.
    const deadline = Date.now() + LOCK_MS;
    while (Date.now() < deadline) {
      const cached = await this.cache.get(this.key);
      if (cached && cached !== rejected) return cached;
      const owner = randomUUID();
      if (await this.cache.setIfAbsent(this.lockKey, owner, LOCK_MS)) {
        try {
          // Re-check under the lock: the previous holder may have just stored a good token.
          const again = await this.cache.get(this.key);
          if (again && again !== rejected) return again;
          let token = await this.api.fetchStableToken(false);
          if (rejected !== null && token.accessToken === rejected)
            token = await this.api.fetchStableToken(true);
          const ttl = Math.max(60, token.expiresIn - EARLY_REFRESH_SECONDS);
          await this.cache.set(this.key, token.accessToken, ttl);
          return token.accessToken;
        } finally {
          // Release only our own lock (it may have expired and been taken by someone else).
          await this.cache.deleteIfEquals(this.lockKey, owner);
        }
      }
      await new Promise((r) => setTimeout(r, WAIT_STEP_MS));
    }
    throw new Error("timed out waiting for the WeChat access token lock");
  }
}

/**
 * The official account's API client and its shared access token, from the channel's environment;
 * null when WECHAT_APPID/APPSECRET are unset (the account is not configured).
 */
export function wechatApiWithToken(port: ChannelPort): { api: WechatApi; token: WechatAccessToken } | null {
  const { WECHAT_APPID: appid, WECHAT_APPSECRET: secret } = port.env;
  if (!appid || !secret) return null;
  const api = createWechatApi({
    baseUrl: port.env["WECHAT_API_BASE"] ?? "https://api.weixin.qq.com",
    appid,
    secret,
    timeoutMs: Number(port.env["WECHAT_API_TIMEOUT_MS"] ?? WECHAT_API_TIMEOUT_MS),
    fetch: port.fetch,
  });
  return { api, token: new WechatAccessToken(port.cache, api, { appid }) };
}
