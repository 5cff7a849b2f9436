import type { ChannelDefinition } from "./channel.js";
import { hotlineChannel } from "./hotline/hotline.adapter.js";
import { aliyunSmsChannel } from "./sms/aliyun-sms.adapter.js";
import { genericSmsChannel } from "./sms/generic-sms.adapter.js";
import { tencentSmsChannel } from "./sms/tencent-sms.adapter.js";
import { twilioSmsChannel } from "./sms/twilio-sms.adapter.js";
import { webChannel } from "./web/web.adapter.js";
import { wechatChannel } from "./wechat/wechat.adapter.js";

/** Every channel Zhitong can mount; adding a channel = one folder + one line here. */
export const channelRegistry: readonly ChannelDefinition[] = [
  wechatChannel,
  twilioSmsChannel,
  aliyunSmsChannel,
  tencentSmsChannel,
  genericSmsChannel,
  hotlineChannel,
  webChannel,
];
