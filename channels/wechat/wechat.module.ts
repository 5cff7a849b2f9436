import type { ChannelModule } from "../port.js";
import { wechatChannel } from "./wechat.adapter.js";
import { createWechatDelivery } from "./wechat-delivery.js";
import { wechatManifest } from "./wechat.manifest.js";
import { createWechatMediaSource } from "./wechat-media.js";

export const wechatModule: ChannelModule = {
  ...wechatManifest,
  webhooks: [wechatChannel],
  createDelivery: createWechatDelivery,
  createMediaSource: createWechatMediaSource,
};
