import type { WecomAppApi } from "./wecom-app-api.js";

/** The slice of a key-value store the token needs (Redis in production; see redisChannelCache). */
export interface TokenStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
}

/** Refresh this long before WeCom's expiry (7200 s), so no request carries a token that dies in flight. */
const EARLY_REFRESH_SECONDS = 300;

/**
 * The app's access token, shared by every process through the store. WeCom returns the same token
 * while it is valid (gettoken is rate-limited, so it must be cached, per WeCom's 获取access_token,
 * https://developer.work.weixin.qq.com/document/path/91039),
 * and concurrent fetches do not invalidate each other: no lock needed. A lost store costs one call.
 */
export function createWecomTokenCache(store: TokenStore, api: Pick<WecomAppApi, "getToken">, key: string) {
  async function fetchNew(): Promise<string> {
    const t = await api.getToken();
    await store.set(key, t.accessToken, Math.max(60, t.expiresIn - EARLY_REFRESH_SECONDS));
    return t.accessToken;
  }
  return {
    async get(): Promise<string> {
      return (await store.get(key)) ?? fetchNew();
    },
    /** WeCom rejected `rejected` (40014, 42001): fetch another unless another process already did. */
    async renew(rejected: string): Promise<string> {
      const cached = await store.get(key);
      return cached && cached !== rejected ? cached : fetchNew();
    },
  };
}
export type WecomTokenCache = ReturnType<typeof createWecomTokenCache>;
