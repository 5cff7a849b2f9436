import { DelayedError, type Worker } from "bullmq";
import { startWorker } from "../queue/worker.js";
import type { AppContext } from "../runtime/context.js";
import { OutboundDelivery } from "./deliver-outbound.js";
import { assembleHotlineCall } from "./hotline-feed.js";

/**
 * The channels' consumers: `outbound` (deliver a stored reply/notice on its channel) and
 * `hotline-call` (assemble a finished call's transcript into one inbound message).
 */
export function channelWorkers(ctx: AppContext, deps: { fetch?: typeof fetch } = {}): Worker[] {
  const delivery = new OutboundDelivery(ctx, deps);
  const common = { connection: ctx.redis, prefix: ctx.env.QUEUE_PREFIX, log: ctx.log };
  const outbound = startWorker(
    "outbound",
    async ({ messageId }, job) => {
      const token = job.token;
      // The relay already delays the job until sendAfter; this guards jobs added by other means
      // (manual retries) so a WeChat reply never overtakes its passive-reply window.
      const sendAfter = await delivery.pendingSendAfter(messageId);
      // sendAfter is on the application's clock, BullMQ schedules on the wall clock: the job waits
      // what is left of the window, counted from when it was queued (job.timestamp, wall clock), so
      // it waits at most once even when the application's clock stands still (tests, replays).
      const wait = sendAfter === null ? 0 : sendAfter - ctx.now().getTime();
      const until = job.timestamp + wait;
      if (wait > 50 && token && Date.now() < until) {
        await job.moveToDelayed(until, token);
        throw new DelayedError();
      }
      const outcome = await delivery.deliver(messageId, {
        isLast: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
      });
      if (outcome === "retry") throw new Error(`outbound message ${messageId}: retrying`);
      return outcome;
    },
    { ...common, concurrency: 8 },
  );
  const hotline = startWorker("hotline-call", ({ callId }) => assembleHotlineCall(ctx, callId), common);
  return [outbound, hotline];
}
