import type { ChannelCapabilities, ChannelManifest } from "../port.js";
import { readWechatKfConfig, WechatKfEnv } from "./wechat-kf.config.js";
import { KF_CHANNEL, KF_WINDOW } from "./wechat-kf.constants.js";

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
  load: async () => ({ ...wechatKfManifest, ...(await import("./wechat-kf.module.js")).wechatKfModule }),
};
