import type { ChannelImplementation } from "../port.js";
import { wechatChannel } from "./wechat.adapter.js";
import { createWechatDelivery } from "./wechat-delivery.js";
import { createWechatMediaSource } from "./wechat-media.js";

/** The protocol side of the channel (its manifest: `wechat.manifest.ts`). */
export const wechatModule: ChannelImplementation = {
  webhooks: [wechatChannel],
  createDelivery: createWechatDelivery,
  createMediaSource: createWechatMediaSource,
};
