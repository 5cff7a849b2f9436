import type { ChannelCapabilities, ChannelManifest } from "../port.js";
import { readWechatKfConfig, WechatKfEnv } from "./wechat-kf.config.js";

export const KF_CHANNEL = "wechat-kf";

/**
 * 微信客服 lets the company write to a customer for 48 hours after the customer's last message, at
 * most 5 messages; a new message from the customer opens a new window.
 */
export const KF_WINDOW = { ms: 48 * 3600 * 1000, maxMessages: 5 };

export const wechatKfCapabilities: ChannelCapabilities = {
  hasPhoneNumber: false,
  plainTextOnly: true,
  maxTextLength: null,
  conversational: true,
  // Replies are sent by API only: the callback carries nothing back.
  passiveReplyBudget: false,
  sendWindow: KF_WINDOW,
  templates: false,
};

/** 微信客服 (WeChat Customer Service through WeCom): callback notices, sync_msg pulls, send_msg replies. */
export const wechatKfManifest: ChannelManifest = {
  name: KF_CHANNEL,
  label: "微信客服",
  capabilities: wechatKfCapabilities,
  env: WechatKfEnv,
  checkEnv(env) {
    try {
      readWechatKfConfig(env);
      return [];
    } catch (error) {
      return [(error as Error).message];
    }
  },
  load: async () => (await import("./wechat-kf.module.js")).wechatKfModule,
};
