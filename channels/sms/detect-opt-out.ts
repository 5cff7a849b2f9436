/**
 * Opt-out words residents and carriers use: 退订 and TD/T are the Chinese carriers' convention
 * (MIIT rules require honouring them), STOP/UNSUBSCRIBE the international one.
 */
const OPT_OUT_WORDS = new Set(["退订", "TD", "T", "STOP", "取消订阅", "UNSUBSCRIBE", "退订短信"]);

/**
 * True when the whole message is an opt-out word (ignoring case, spaces and punctuation), so that
 * "T恤被偷了" or "STOP the noise" are still treated as appeals.
 */
export function detectOptOut(text: string | null): boolean {
  if (!text) return false;
  const normalized = text
    .normalize("NFKC")
    .replace(/[\s\p{P}\p{S}]/gu, "")
    .toUpperCase();
  return OPT_OUT_WORDS.has(normalized);
}
