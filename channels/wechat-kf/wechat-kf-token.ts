import type { ChannelCache } from "../port.js";
import type { WechatKfApi } from "./wechat-kf-api.js";

/** Refresh this long before expiry so no request carries a token that dies in flight. */
const EARLY_REFRESH_SECONDS = 300;

/**
 * The WeCom access token, shared by every process through the cache. WeCom's gettoken returns the
 * same token while it is valid, so concurrent fetches do not invalidate each other: no lock needed.
 */
export function createKfTokenCache(cache: ChannelCache, api: WechatKfApi, corpId: string) {
  const key = `wechat-kf:access-token:${corpId}`;
  async function fetchNew(): Promise<string> {
    const token = await api.getToken();
    await cache.set(key, token.accessToken, Math.max(60, token.expiresIn - EARLY_REFRESH_SECONDS));
    return token.accessToken;
  }
  return {
    async get(): Promise<string> {
      return (await cache.get(key)) ?? fetchNew();
    },
    /** WeCom rejected `rejected`: fetch another unless another process already did. */
    async renew(rejected: string): Promise<string> {
      const cached = await cache.get(key);
      return cached && cached !== rejected ? cached : fetchNew();
    },
  };
}
export type KfTokenCache = ReturnType<typeof createKfTokenCache>;
