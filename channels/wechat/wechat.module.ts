import type { ChannelModule } from "../port.js";
import { wechatChannel } from "./wechat.adapter.js";
import { createWechatDelivery, wechatCapabilities } from "./wechat-delivery.js";
import { createWechatMediaSource } from "./wechat-media.js";

/** 微信公众号: webhook, passive replies, customer-service and template messages. */
export const wechatModule: ChannelModule = {
  name: "wechat",
  label: "微信",
  capabilities: wechatCapabilities,
  webhooks: [wechatChannel],
  templateConfigured: (env, purpose) =>
    purpose !== "reply" && !!env[`WECHAT_TEMPLATE_${purpose.toUpperCase()}`],
  // Fields of WECHAT_TEMPLATE_<PURPOSE> are filled from these parameters when the window is closed.
  template: (_env, purpose, _text, params) => ({ code: purpose, params }),
  createDelivery: createWechatDelivery,
  createMediaSource: createWechatMediaSource,
};
