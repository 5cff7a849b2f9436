import { DelayedError, type Worker } from "bullmq";
import { startWorker } from "../queue/worker.js";
import type { AppContext } from "../runtime/context.js";
import { OutboundDelivery } from "./deliver-outbound.js";
import { assembleHotlineCall } from "./hotline-feed.js";

/** How soon a message held behind an earlier one to the same resident looks again. */
const BLOCKED_RECHECK_MS = 500;

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
      // (manual retries) so a WeChat reply never overtakes its passive-reply window. sendAfter is
      // on the application's clock, BullMQ schedules on the wall clock: the job waits what is left
      // of the window, counted from when it was queued (job.timestamp, wall clock), so it waits at
      // most once even when the application's clock stands still (tests, replays). Hence a message
      // is due when sendAfter <= now + max(50 ms, time since the job was queued).
      const appNow = ctx.now().getTime();
      const notAfter = token ? new Date(appNow + Math.max(50, Date.now() - job.timestamp)) : undefined;
      const outcome = await delivery.deliver(messageId, {
        isLast: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
        notAfter,
      });
      if (typeof outcome === "object" && token) {
        await job.moveToDelayed(job.timestamp + (outcome.early.getTime() - appNow), token);
        throw new DelayedError();
      }
      if (outcome === "blocked" && token) {
        // Waiting behind an earlier message is not a failure: look again soon without using an attempt.
        await job.moveToDelayed(Date.now() + BLOCKED_RECHECK_MS, token);
        throw new DelayedError();
      }
      if (outcome === "retry" || outcome === "blocked" || typeof outcome === "object")
        throw new Error(`outbound message ${messageId}: retrying`);
      return outcome;
    },
    { ...common, concurrency: 8 },
  );
  const hotline = startWorker(
    "hotline-call",
    async ({ callId }, job) => {
      const outcome = await assembleHotlineCall(ctx, callId);
      // Ended but inside its grace period (a later event moved it on): look again once it is over.
      if (outcome === "grace" && job.token) {
        await job.moveToDelayed(Date.now() + Math.max(100, ctx.env.HOTLINE_END_GRACE_MS), job.token);
        throw new DelayedError();
      }
      return outcome;
    },
    common,
  );
  return [outbound, hotline];
}
