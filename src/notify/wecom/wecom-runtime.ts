import { redisChannelCache } from "../../channels-runtime/channel-port.js";
import type { AppContext } from "../../runtime/context.js";
import { wecomAppConfig } from "./wecom.config.js";
import { createWecomSender, type WecomSender } from "./wecom-sender.js";

const senders = new WeakMap<AppContext, WecomSender | null>();

/**
 * The deployment's WeCom sender (token in Redis under QUEUE_PREFIX), or null when the app is not
 * configured. One per context, so the notify worker, the mobile sign-in and the duty alarm share it.
 */
export function wecomSenderFor(ctx: AppContext): WecomSender | null {
  if (senders.has(ctx)) return senders.get(ctx)!;
  const config = wecomAppConfig(ctx.env);
  const sender = config
    ? createWecomSender(config, redisChannelCache(ctx.redis, ctx.env.QUEUE_PREFIX))
    : null;
  senders.set(ctx, sender);
  return sender;
}
