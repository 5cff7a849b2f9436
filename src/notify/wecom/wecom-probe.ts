import { createWecomAppApi, WecomApiError } from "./wecom-app-api.js";
import type { WecomAppConfig } from "./wecom.config.js";

/** What each refusal of `gettoken` means for the operator, by WeCom errcode. */
const MEANING: Record<number, string> = {
  40001: "WeCom refused WECOM_AGENT_SECRET (40001 invalid credential): copy the app's Secret again",
  40013: "WeCom does not know WECOM_CORP_ID (40013 invalid corpid): use 我的企业 → 企业ID",
  60020:
    "WeCom refuses calls from this server's address (60020): add it to the app's 企业可信IP in the WeCom admin console",
};

/**
 * Asks WeCom for an access token with the configured corp id and secret, as `config check` does:
 * null when it works, else one line that names the key to fix (never a value). Cards would fail the
 * same way and every unit would silently get SMS instead, so this is worth knowing before going live.
 */
export async function probeWecom(
  config: WecomAppConfig,
  fetchImpl: typeof fetch = fetch,
): Promise<string | null> {
  const api = createWecomAppApi({
    baseUrl: config.apiBase,
    corpId: config.corpId,
    secret: config.secret,
    agentId: config.agentId,
    fetch: fetchImpl,
    timeoutMs: config.timeoutMs,
  });
  try {
    await api.getToken();
    return null;
  } catch (err) {
    if (err instanceof WecomApiError && err.errcode !== null && MEANING[err.errcode])
      return `WeCom: ${MEANING[err.errcode]}; until then units are notified by SMS`;
    return `WeCom: cannot get an access token (${(err as Error).message}) at WECOM_API_BASE; until then units are notified by SMS`;
  }
}
