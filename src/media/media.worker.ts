import type { Worker } from "bullmq";
import type { MediaSource } from "../../channels/port.js";
import { loadChannelModule } from "../../channels/registry.js";
import { createChannelPort } from "../channels-runtime/channel-port.js";
import { startWorker } from "../queue/worker.js";
import type { AppContext } from "../runtime/context.js";
import { fetchInboundMedia } from "./fetch-inbound-media.js";

/** Each channel's media fetcher, built on first use (null: the channel has none here). */
export function mediaSources(ctx: AppContext, deps: { fetch?: typeof fetch } = {}) {
  const sources = new Map<string, MediaSource | null>();
  return async (channel: string): Promise<MediaSource | null> => {
    if (!sources.has(channel)) {
      const module = await loadChannelModule(channel);
      sources.set(channel, module?.createMediaSource?.(createChannelPort(ctx, channel, deps)) ?? null);
    }
    return sources.get(channel) ?? null;
  };
}

/** The `media` queue's consumer: downloads residents' photos and voice soon after they arrive. */
export function mediaWorkers(ctx: AppContext, deps: { fetch?: typeof fetch } = {}): Worker[] {
  const sourceFor = mediaSources(ctx, deps);
  return [
    startWorker("media", async ({ messageId }) => fetchInboundMedia(ctx, messageId, sourceFor), {
      connection: ctx.redis,
      prefix: ctx.env.QUEUE_PREFIX,
      log: ctx.log,
      concurrency: 2,
    }),
  ];
}
