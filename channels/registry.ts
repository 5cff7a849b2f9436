import type { ChannelDefinition } from "./channel.js";
import { hotlineModule } from "./hotline/hotline.module.js";
import type { ChannelCapabilities, ChannelModule } from "./port.js";
import { smsModule } from "./sms/sms.module.js";
import { webModule } from "./web/web.module.js";
import { wechatModule } from "./wechat/wechat.module.js";
import { wechatKfModule } from "./wechat-kf/wechat-kf.module.js";

/**
 * Every channel Zhitong knows; adding a channel = one folder + one line here. Channel names, labels,
 * choice lists and capabilities everywhere else are read from this list.
 */
export const channelModules: readonly ChannelModule[] = [
  wechatModule,
  smsModule,
  hotlineModule,
  webModule,
  wechatKfModule,
];

/** Every webhook endpoint of every channel. */
export const channelRegistry: readonly ChannelDefinition[] = channelModules.flatMap((m) => m.webhooks);

/** Names of the channels residents write on (stored in `messages.channel`). */
export const channelNames: readonly string[] = channelModules.map((m) => m.name);

export function findChannelModule(name: string): ChannelModule | undefined {
  return channelModules.find((m) => m.name === name);
}

export function channelCapabilities(name: string): ChannelCapabilities | undefined {
  return findChannelModule(name)?.capabilities;
}
