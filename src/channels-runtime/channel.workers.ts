import { DelayedError, type Job, type Worker } from "bullmq";
import { MEMBER_RETRY_DELAY_MS, requeueMembers, settleMembers } from "../queue/bulk-members.js";
import type { BulkMember, JobData, OutboundJobData } from "../queue/queues.js";
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
  const common = { connection: ctx.redis, prefix: ctx.env.QUEUE_PREFIX, log: ctx.log };
  const outbound = startWorker("outbound", outboundHandler(ctx, new OutboundDelivery(ctx, deps)), {
    ...common,
    concurrency: 8,
  });
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

/**
 * The outbound queue's handler: one message, or a bulk job's messages (see deliverBulk). Exported
 * for tests, which run it as a process would.
 */
export function outboundHandler(ctx: AppContext, delivery: OutboundDelivery) {
  /**
   * A bulk job's messages (see BULK_JOBS), eight sends at a time like eight single jobs. Each
   * message's row is its own state (claimed \`queued\` → \`sending\` → \`sent\`), so the job may run
   * twice (a crash half way, a stalled job) and sends nothing twice: what was sent is skipped.
   * A message that cannot go now (its window not over, an earlier message to the resident still on
   * its way, a failed send) goes back to the queue alone, as the job it would have been on its own
   * (its own id, BullMQ's attempts), and the bulk job completes with the others. No member is ever
   * on its last attempt here: the one that fails has all of its own job's attempts still to come.
   */
  async function deliverBulk(
    members: BulkMember<OutboundJobData>[],
    notAfter: Date | undefined,
    dueAt: (early: Date) => number,
  ): Promise<Record<string, number>> {
    const settled = await settleMembers(members, 8, ({ messageId }) =>
      delivery.deliver(messageId, { isLast: false, notAfter }),
    );
    const result: Record<string, number> = {};
    const again: { member: BulkMember<OutboundJobData>; delay: number }[] = [];
    settled.forEach((s, i) => {
      const member = members[i]!;
      const outcome = s.status === "fulfilled" ? s.value : "retry";
      const key = typeof outcome === "object" ? "early" : outcome;
      result[key] = (result[key] ?? 0) + 1;
      if (typeof outcome === "object")
        again.push({ member, delay: Math.max(0, dueAt(outcome.early) - Date.now()) });
      else if (outcome === "blocked") again.push({ member, delay: BLOCKED_RECHECK_MS });
      else if (outcome === "retry") again.push({ member, delay: MEMBER_RETRY_DELAY_MS });
    });
    if (again.length) {
      ctx.log.warn(
        { messages: again.length, ...result },
        "outbound bulk job: messages not sent now go back to the queue alone",
      );
      await requeueMembers(ctx.queues.outbound, "outbound", again);
    }
    return result;
  }
  return async (data: JobData<"outbound">, job: Job): Promise<unknown> => {
    const token = job.token;
    // The relay already delays the job until sendAfter; this guards jobs added by other means
    // (manual retries) so a WeChat reply never overtakes its passive-reply window. sendAfter is
    // on the application's clock, BullMQ schedules on the wall clock: the job waits what is left
    // of the window, counted from when it was queued (job.timestamp, wall clock), so it waits at
    // most once even when the application's clock stands still (tests, replays). Hence a message
    // is due when sendAfter <= now + max(50 ms, time since the job was queued).
    const appNow = ctx.now().getTime();
    const notAfter = token ? new Date(appNow + Math.max(50, Date.now() - job.timestamp)) : undefined;
    /** When (wall clock) a message sent too early by `early` (app clock) is due. */
    const dueAt = (early: Date) => job.timestamp + (early.getTime() - appNow);
    if ("bulk" in data) return deliverBulk(data.bulk, notAfter, dueAt);
    const { messageId } = data;
    const outcome = await delivery.deliver(messageId, {
      isLast: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
      notAfter,
    });
    if (typeof outcome === "object" && token) {
      await job.moveToDelayed(dueAt(outcome.early), token);
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
  };
}
