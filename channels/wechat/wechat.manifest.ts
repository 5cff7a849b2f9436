import type { ChannelCapabilities, ChannelManifest } from "../port.js";
import { WECHAT_WINDOW_MS } from "./wechat-window.js";

export const wechatCapabilities: ChannelCapabilities = {
  // An openid is not a phone number: the dialogue asks for one.
  hasPhoneNumber: false,
  plainTextOnly: true,
  maxTextLength: null,
  conversational: true,
  passiveReplyBudget: true,
  sendWindow: { ms: WECHAT_WINDOW_MS, maxMessages: null },
  templates: true,
  sharesLocation: true,
  resultCards: true,
};

/** 微信公众号: webhook, passive replies, customer-service and template messages. */
export const wechatManifest: ChannelManifest = {
  name: "wechat",
  label: "微信",
  capabilities: wechatCapabilities,
  templateConfigured: (env, purpose) =>
    purpose !== "reply" && !!env[`WECHAT_TEMPLATE_${purpose.toUpperCase()}`],
  // Fields of WECHAT_TEMPLATE_<PURPOSE> are filled from these parameters when the window is closed.
  template: (_env, purpose, _text, params) => ({ code: purpose, params }),
  load: async () => ({ ...wechatManifest, ...(await import("./wechat.module.js")).wechatModule }),
};
