import {
  createWecomAppApi,
  WecomApiError,
  type WecomRecipients,
  type WecomSendResult,
  type WecomTextCard,
} from "./wecom-app-api.js";
import type { WecomAppConfig } from "./wecom.config.js";
import { createWecomTokenCache, type TokenStore } from "./wecom-token.js";

/**
 * Sends WeCom application messages to any members, departments or tags of the corp, and resolves
 * OAuth codes to members. The unit notifier, the mobile page's sign-in and the duty officer's alarm
 * all use this one sender (one token, one error mapping).
 */
export interface WecomSender {
  /** Throws {@link WecomApiError}; `retryable` says whether trying later may help. */
  sendTextCard(to: WecomRecipients, card: WecomTextCard): Promise<WecomSendResult>;
  /** The member's userid behind an OAuth code, or null when the code belongs to a non-member. */
  userIdFromCode(code: string): Promise<string | null>;
  /** The absolute URL that signs a WeCom member in and opens `path` of the mobile page. */
  signInUrl(state: string): string;
  readonly config: WecomAppConfig;
}

export function createWecomSender(
  config: WecomAppConfig,
  store: TokenStore,
  fetchImpl: typeof fetch = fetch,
): WecomSender {
  const api = createWecomAppApi({
    baseUrl: config.apiBase,
    corpId: config.corpId,
    secret: config.secret,
    agentId: config.agentId,
    fetch: fetchImpl,
    timeoutMs: config.timeoutMs,
  });
  const tokens = createWecomTokenCache(store, api, `wecom:access-token:${config.corpId}:${config.agentId}`);

  /** Runs `fn` with the cached token; on 40014/42001 renews it once and tries again. */
  async function withToken<T>(fn: (token: string) => Promise<T>): Promise<T> {
    const token = await tokens.get();
    try {
      return await fn(token);
    } catch (err) {
      if (!(err instanceof WecomApiError) || !err.tokenRejected) throw err;
      return fn(await tokens.renew(token));
    }
  }

  return {
    config,
    sendTextCard: (to, card) => withToken((t) => api.sendTextCard(t, to, card)),
    userIdFromCode: (code) => withToken((t) => api.userIdFromCode(t, code)),
    signInUrl(state) {
      // WeCom's 构造网页授权链接 (https://developer.work.weixin.qq.com/document/path/91022): snsapi_base needs no consent screen inside WeCom; the redirect
      // domain must be the app's trusted domain (可信域名), and the #wechat_redirect fragment is required.
      const q = new URLSearchParams({
        appid: config.corpId,
        redirect_uri: `${config.publicBaseUrl}/m/auth/wecom`,
        response_type: "code",
        scope: "snsapi_base",
        state,
        agentid: String(config.agentId),
      });
      return `${config.oauthBase}/connect/oauth2/authorize?${q.toString()}#wechat_redirect`;
    },
  };
}
