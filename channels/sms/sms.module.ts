import type { ChannelImplementation } from "../port.js";
import { aliyunSmsChannel } from "./aliyun-sms.adapter.js";
import { genericSmsChannel } from "./generic-sms.adapter.js";
import { createSmsDelivery } from "./sms-delivery.js";
import { tencentSmsChannel } from "./tencent-sms.adapter.js";
import { twilioSmsChannel } from "./twilio-sms.adapter.js";
import { createTwilioMediaSource } from "./twilio-media.js";

/** The protocol side of the channel (its manifest: `sms.manifest.ts`). */
export const smsModule: ChannelImplementation = {
  webhooks: [twilioSmsChannel, aliyunSmsChannel, tencentSmsChannel, genericSmsChannel],
  createDelivery: createSmsDelivery,
  createMediaSource: createTwilioMediaSource,
};
