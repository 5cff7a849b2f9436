import type { ChannelModule } from "../port.js";
import { aliyunSmsChannel } from "./aliyun-sms.adapter.js";
import { smsTemplateFor } from "./create-sms-provider.js";
import { genericSmsChannel } from "./generic-sms.adapter.js";
import { createSmsDelivery, smsCapabilities } from "./sms-delivery.js";
import { tencentSmsChannel } from "./tencent-sms.adapter.js";
import { twilioSmsChannel } from "./twilio-sms.adapter.js";
import { createTwilioMediaSource } from "./twilio-media.js";

/** 短信 through one of four gateways (SMS_PROVIDER chooses the sender; every configured webhook listens). */
export const smsModule: ChannelModule = {
  name: "sms",
  label: "短信",
  capabilities: smsCapabilities,
  webhooks: [twilioSmsChannel, aliyunSmsChannel, tencentSmsChannel, genericSmsChannel],
  template: (env, purpose, text, params) => smsTemplateFor(env, purpose, text, params),
  createDelivery: createSmsDelivery,
  createMediaSource: createTwilioMediaSource,
};
