import type { ChannelModule } from "../port.js";
import { aliyunSmsChannel } from "./aliyun-sms.adapter.js";
import { genericSmsChannel } from "./generic-sms.adapter.js";
import { createSmsDelivery } from "./sms-delivery.js";
import { smsManifest } from "./sms.manifest.js";
import { tencentSmsChannel } from "./tencent-sms.adapter.js";
import { twilioSmsChannel } from "./twilio-sms.adapter.js";
import { createTwilioMediaSource } from "./twilio-media.js";

export const smsModule: ChannelModule = {
  ...smsManifest,
  webhooks: [twilioSmsChannel, aliyunSmsChannel, tencentSmsChannel, genericSmsChannel],
  createDelivery: createSmsDelivery,
  createMediaSource: createTwilioMediaSource,
};
